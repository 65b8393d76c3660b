/**
 * How the PDF reader runs PDF.js (issue 15, PDFs checked at the speed poppler extracts them): its worker
 * side in this thread behind ports that hand messages over without cloning them (pdf-port.ts), and in the
 * bundle (dist/reader-pdf.js) without the font files PDF.js compiles for drawing
 * (scripts/pdfjs-text-only.mjs). Neither may change a character read: the bundle must read every committed
 * PDF exactly as PDF.js unchanged does (the reader as tsc compiles it loads pdfjs-dist as published).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { inThreadPorts } from '../../server/src/readers/pdf-port';
import { readPdf } from '../../server/src/readers/pdf';
import type { ReadResult } from '../../server/src/readers/types';
import { ROOT } from '../helpers/fixtures';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('PDF.js in this thread: the port pair', () => {
  it('delivers after the posting code has run, in order, to the other end only', async () => {
    const [a, b] = inThreadPorts();
    const atA: unknown[] = [];
    const atB: unknown[] = [];
    a.addEventListener('message', (e) => atA.push(e.data));
    b.addEventListener('message', (e) => atB.push(e.data));
    a.postMessage({ n: 1 });
    a.postMessage({ n: 2 });
    assert.deepStrictEqual(atB, [], 'not delivered synchronously (PDF.js posts, then goes on)');
    await tick();
    assert.deepStrictEqual(atB, [{ n: 1 }, { n: 2 }]);
    assert.deepStrictEqual(atA, []);
  });

  it('copies a stream chunk and its arrays (PDF.js empties or replaces them right after posting), hands the rest over as is', async () => {
    const [a, b] = inThreadPorts();
    let got: any;
    b.addEventListener('message', (e) => (got = e.data));
    const glyphs = [{ unicode: '表' }];
    const fnArray = [1, 2, 3];
    const argsArray: unknown[] = [null, [glyphs], null];
    const chunk = { fnArray, argsArray, items: [{ str: '一' }], lastChunk: false };
    a.postMessage({ stream: 4, streamId: 1, chunk });
    // What OperatorList.flush and getTextContent's enqueueChunk do once they have posted.
    fnArray.length = 0;
    argsArray.length = 0;
    chunk.items = [];
    await tick();
    assert.deepStrictEqual(got.chunk.fnArray, [1, 2, 3]);
    assert.strictEqual(got.chunk.argsArray[1][0], glyphs, 'elements are not cloned');
    assert.deepStrictEqual(got.chunk.items, [{ str: '一' }]);
    const info = { numPages: 3 };
    a.postMessage({ action: 'GetDoc', data: info });
    await tick();
    assert.strictEqual(got.data, info);
  });

  it('stops delivering to a listener removed, aborted or terminated', async () => {
    const [a, b] = inThreadPorts();
    let removed = 0;
    let aborted = 0;
    let kept = 0;
    const remove = () => removed++;
    b.addEventListener('message', remove);
    const ac = new AbortController();
    b.addEventListener('message', () => aborted++, { signal: ac.signal });
    b.addEventListener('message', () => kept++);
    b.removeEventListener('message', remove);
    ac.abort();
    a.postMessage({});
    await tick();
    assert.deepStrictEqual([removed, aborted, kept], [0, 0, 1]);
    b.terminate();
    a.postMessage({});
    await tick();
    assert.strictEqual(kept, 1);
  });
});

describe('PDF.js without compiled font files (the bundle)', function () {
  this.timeout(240000);
  const bundle = path.join(ROOT, 'dist', 'reader-pdf.js');
  const pdfs = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pdfs(path.join(dir, e.name)) : e.name.endsWith('.pdf') ? [path.join(dir, e.name)] : []));
  const files = pdfs(path.join(ROOT, 'test', 'fixtures')).sort();
  const outcome = async (read: (bytes: Uint8Array) => Promise<ReadResult>, file: string) => {
    try {
      const r = await read(fs.readFileSync(file));
      return { text: r.text, places: JSON.stringify(r.map), notes: r.notes };
    } catch (e) {
      return { error: String((e as Error).message) };
    }
  };

  it('the build edits PDF.js (one edit each) and the bundle reads every committed PDF as PDF.js unchanged does', async () => {
    assert.ok(fs.existsSync(bundle), 'npm run build first');
    const code = fs.readFileSync(bundle, 'utf8');
    // One of the edits, as it reads in the development and in the minified build.
    assert.match(code, /\["CFF "\]\.data\s*=\s*null/, 'the text-only edits are in the bundle');
    const bundled = require(bundle) as { readPdf: typeof readPdf };
    assert.ok(files.length >= 20, `${files.length} PDFs`);
    let texts = 0;
    for (const file of files) {
      const [mine, published] = [await outcome(bundled.readPdf, file), await outcome(readPdf, file)];
      assert.deepStrictEqual(mine, published, path.relative(ROOT, file));
      if ('text' in mine) texts++;
    }
    assert.ok(texts >= 20, `${texts} PDFs read to text`);
  });
});
