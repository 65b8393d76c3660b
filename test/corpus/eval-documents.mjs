#!/usr/bin/env node
/**
 * The engine on report documents read by gknb's own readers (server/src/readers: Word, PDF via PDF.js, HTML), as
 * `gknb check *.docx *.pdf *.html` reads them, against each document's truth (test/corpus/README.md).
 *
 *   node test/corpus/eval-documents.mjs [--dir <folder>]... [--filter <docx|pdf|html|id>]... [--show <id>[/<ext>]]
 *                                       [--json out.json] [--no-build]
 *
 * A folder holds `<id>.truth.json` with `<id>.docx|.pdf|.html` beside it (test/fixtures/documents, or the
 * `documents/` folder generate.mjs --out writes); a corpus folder with a `documents/` folder inside is read there.
 * Without --dir: the committed documents (test/fixtures/documents, its borderless/ and test/fixtures/unseen-documents).
 * Prints a table by format and by defect class, the commonest false diagnostics and a last line with the figures.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compiled, ROOT, values } from './lib/run.mjs';
import { header, line, figuresLine, topFalse, printDifferences } from './lib/figures.mjs';

const FORMATS = ['docx', 'pdf', 'html'];
const { ev, out } = compiled();
const { readDocument, isReaderError } = out('server', 'src', 'readers', 'index.js');

const filters = values('filter');
const [show] = values('show');
const [jsonOut] = values('json');
const given = values('dir').map((d) => path.resolve(d));
const dirs = (given.length ? given : ['documents', 'documents/borderless', 'unseen-documents'].map((d) => path.join(ROOT, 'test', 'fixtures', d)))
  .map((d) => (existsSync(path.join(d, 'documents')) && !readdirSync(d).some((f) => f.endsWith('.truth.json')) ? path.join(d, 'documents') : d));

/** Every document of a folder with its truth: [truth, format, file]. */
function documentsIn(dir) {
  if (!existsSync(dir)) {
    console.error(`eval-documents: no folder ${dir}`);
    process.exit(2);
  }
  return readdirSync(dir).filter((f) => f.endsWith('.truth.json')).sort().flatMap((f) => {
    const id = f.replace(/\.truth\.json$/, '');
    const truth = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
    return FORMATS.filter((ext) => existsSync(path.join(dir, `${id}.${ext}`))).map((ext) => [truth, ext, path.join(dir, `${id}.${ext}`)]);
  });
}

const keep = (id, ext) => (show ? `${id}/${ext}` === show || id === show : !filters.length || filters.some((f) => f === ext || id.includes(f)));
const todo = dirs.flatMap(documentsIn).filter(([t, ext]) => keep(t.id, ext));
if (!todo.length) {
  console.error(`eval-documents: no document with a truth.json in ${dirs.map((d) => path.relative(ROOT, d) || '.').join(', ')}${filters.length || show ? ' matching the filter' : ''}`);
  process.exit(2);
}

const t0 = Date.now();
const results = [];
const unreadable = [];
for (const [truth, ext, file] of todo) {
  let text = '';
  try {
    text = (await readDocument(file)).text;
  } catch (e) {
    // A document the reader refuses counts with nothing read (every cell missed), and is listed.
    unreadable.push(`${truth.id}.${ext}: ${isReaderError(e) ? e.text('zh-cn') : e instanceof Error ? e.message : String(e)}`);
  }
  results.push({ ...ev.evaluateText(truth, ext, text), layout: ext });
}

if (show) {
  printDifferences(results);
} else {
  const groupBy = (key) => [...new Set(results.map((r) => r[key]))].sort().map((k) => [k, results.filter((r) => r[key] === k)]);
  console.log(`Documents in ${dirs.map((d) => path.relative(ROOT, d) || '.').join(', ')}\n\nBy format`);
  console.log(header);
  for (const [k, rs] of groupBy('layout')) console.log(line(ev, k, rs));
  console.log('\nBy defect class');
  console.log(header);
  for (const [k, rs] of groupBy('defect')) console.log(line(ev, k, rs));
  const top = topFalse(results);
  if (top.length) {
    console.log('\nMost frequent false diagnostics (e.g. --show <id>/<format>)');
    for (const [k, c] of top) console.log(`${String(c.n).padStart(5)}  ${k}  e.g. ${c.example}`);
  }
  const wrong = results.filter((r) => r.cellsExact < r.cells);
  if (wrong.length) console.log(`\nDocuments with cells not read exactly: ${wrong.map((r) => `${r.id}/${r.layout} (${r.cells - r.cellsExact})`).join(', ')}`);
}
for (const u of unreadable) console.log(`UNREADABLE ${u}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 1));
console.log(figuresLine(ev, 'eval documents', results, ((Date.now() - t0) / 1000).toFixed(1)));

