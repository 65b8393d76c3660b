/**
 * Packaging: `npm run package` (a production build, then @vscode/vsce) makes gknb.vsix, and the .vsix
 * holds what the extension needs at run time and nothing else. A .vsix is a zip: its entries are read from
 * the zip's central directory here (no unzip program needed), and single entries are inflated with zlib.
 * That the .vsix installs into a real VS Code and works is shown by the `vsix` stage of `npm test`
 * (test/vscode/vsix/), which installs the very bytes checked here (copied to test-output/vsix/gknb.vsix).
 *
 * `npm run package` rebuilds dist/ minified; afterwards the development build (with source maps) is
 * restored, so the tests that follow use the same files as before.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { ROOT } from '../helpers/fixtures';

const VSIX = path.join(ROOT, 'gknb.vsix');
/** The bytes checked here, for the `vsix` stage to install (gknb.vsix itself may be rebuilt meanwhile, e.g. by `npm run bench`). */
const CHECKED_VSIX = path.join(ROOT, 'test-output', 'vsix', 'gknb.vsix');
const MAX_BYTES = 500 * 1024;
/**
 * The document readers and the Word writer (issue 13), bundles the extension loads only when a document is
 * imported or a report exported: PDF.js alone is about 0.5 MB compressed. They have a budget of their own, so
 * that the rest of the extension keeps the 500 KB it had.
 */
const DOCUMENT_BUNDLES = ['extension/dist/readers.js', 'extension/dist/reader-pdf.js', 'extension/dist/writers.js'];
/** Adobe's GB CMaps, which PDF.js needs for Chinese text in fonts that are not embedded. */
const isCMap = (name: string) => /^extension\/dist\/cmaps\/[\w-]+\.bcmap$/.test(name);
const MAX_DOCUMENT_BUNDLE_BYTES = 900 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/** The entries of a zip, from its central directory (end-of-central-directory record first). */
function zipEntries(zip: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, 'not a zip file: no end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    assert.strictEqual(zip.readUInt32LE(at), 0x02014b50, `central directory entry ${n} is broken`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localHeader: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One entry's contents (stored or deflated). */
function readEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const h = entry.localHeader;
  assert.strictEqual(zip.readUInt32LE(h), 0x04034b50, `${entry.name}: broken local header`);
  const start = h + 30 + zip.readUInt16LE(h + 26) + zip.readUInt16LE(h + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  const out = entry.method === 8 ? zlib.inflateRawSync(data) : entry.method === 0 ? Buffer.from(data) : undefined;
  assert.ok(out, `${entry.name}: unknown compression method ${entry.method}`);
  assert.strictEqual(out.length, entry.size, `${entry.name}: size`);
  return out;
}

describe('packaging (npm run package → gknb.vsix)', function () {
  this.timeout(180000);
  let zip: Buffer;
  let entries: ZipEntry[];
  let names: string[];
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

  before(() => {
    const started = Date.now() - 1000;
    const r = spawnSync(npm, ['run', 'package'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    assert.strictEqual(r.status, 0, `npm run package failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    assert.ok(fs.statSync(VSIX).mtimeMs >= started, 'gknb.vsix was not written by this run');
    zip = fs.readFileSync(VSIX);
    fs.mkdirSync(path.dirname(CHECKED_VSIX), { recursive: true });
    fs.writeFileSync(CHECKED_VSIX, zip);
    entries = zipEntries(zip);
    names = entries.map((e) => e.name);
  });

  after(() => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, `restoring the development build failed:\n${r.stderr}`);
  });

  it(`makes gknb.vsix of at most ${MAX_BYTES / 1024} KB besides the document bundles, which take at most ${MAX_DOCUMENT_BUNDLE_BYTES / 1024} KB`, () => {
    assert.ok(zip.length > 0);
    const documents = entries.filter((e) => DOCUMENT_BUNDLES.includes(e.name) || isCMap(e.name));
    assert.deepStrictEqual(documents.filter((e) => !isCMap(e.name)).map((e) => e.name).sort(), [...DOCUMENT_BUNDLES].sort());
    assert.ok(documents.some((e) => e.name === 'extension/dist/cmaps/UniGB-UCS2-H.bcmap'));
    const documentBytes = documents.reduce((n, e) => n + e.compressedSize, 0);
    const rest = zip.length - documentBytes;
    assert.ok(rest <= MAX_BYTES, `gknb.vsix is ${(rest / 1024).toFixed(0)} KB without the document bundles`);
    assert.ok(documentBytes <= MAX_DOCUMENT_BUNDLE_BYTES, `the document bundles are ${(documentBytes / 1024).toFixed(0)} KB`);
  });

  it('contains the bundles, the manifest and its translations, the grammars, snippets and rule pages', () => {
    const required = [
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/package.nls.json',
      'extension/package.nls.zh-cn.json',
      'extension/dist/client.js',
      'extension/dist/server.js',
      'extension/dist/cli.js',
      'extension/dist/cli-worker.js',
      'extension/schemas/gknbrc.schema.json',
      'extension/syntaxes/gknb.tmLanguage.json',
      'extension/syntaxes/gknb.markdown-injection.tmLanguage.json',
      'extension/syntaxes/gknb.language-configuration.json',
      'extension/snippets/gknb.code-snippets',
    ];
    // Every translation bundle, every rule page of the repository.
    for (const f of fs.readdirSync(path.join(ROOT, 'l10n'))) required.push(`extension/l10n/${f}`);
    const rules = fs.readdirSync(path.join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
    assert.ok(rules.length >= 20, `only ${rules.length} rule pages in docs/rules`);
    for (const f of rules) required.push(`extension/docs/rules/${f}`);
    const missing = required.filter((f) => !names.includes(f));
    assert.deepStrictEqual(missing, [], `missing from gknb.vsix (entries: ${names.join(', ')})`);
  });

  it('every file the manifest points at is in the package', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const c = manifest.contributes;
    const paths: string[] = [
      manifest.main,
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.snippets.map((s: { path: string }) => s.path),
      ...c.languages.filter((l: { configuration?: string }) => l.configuration).map((l: { configuration: string }) => l.configuration),
      ...c.jsonValidation.map((j: { url: string }) => j.url),
    ];
    for (const p of paths) {
      const entry = `extension/${path.posix.normalize(p)}`;
      assert.ok(names.includes(entry), `${p} (from package.json) is not in gknb.vsix`);
    }
  });

  it('contains no sources, tests, node_modules, source maps or build leftovers', () => {
    const forbidden = names.filter((n) =>
      /^extension\/(src|server|client|test|out|node_modules|scripts|bench|samples|\.cache|test-output)\//.test(n) ||
      /\.(map|ts|tsbuildinfo|vsix)$/.test(n) ||
      /(^|\/)(tsconfig[^/]*\.json|\.git[^/]*|\.mocharc[^/]*|package-lock\.json|\.vscodeignore)$/.test(n),
    );
    assert.deepStrictEqual(forbidden, []);
  });

  it('ships the manifest as it is in the repository, and minified bundles that point at no source map', () => {
    const inVsix = JSON.parse(readEntry(zip, entries.find((e) => e.name === 'extension/package.json')!).toString('utf8'));
    const repo = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.strictEqual(`${inVsix.publisher}.${inVsix.name}@${inVsix.version}`, `${repo.publisher}.${repo.name}@${repo.version}`);
    assert.deepStrictEqual(inVsix.contributes, repo.contributes);
    const zhNls = JSON.parse(readEntry(zip, entries.find((e) => e.name === 'extension/package.nls.zh-cn.json')!).toString('utf8'));
    assert.strictEqual(zhNls['command.insertTable'], '插入标准表格');
    for (const f of ['client.js', 'server.js']) {
      const js = readEntry(zip, entries.find((e) => e.name === `extension/dist/${f}`)!).toString('utf8');
      assert.ok(!/sourceMappingURL/.test(js), `dist/${f} refers to a source map`);
      assert.ok(js.split('\n').length < 200, `dist/${f} is not minified (${js.split('\n').length} lines)`);
    }
  });
});
