// Bundles the language server, the extension client and the CLI with esbuild.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pdfjsTextOnly } from './pdfjs-text-only.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const require = createRequire(import.meta.url);
const { rulesBaseUrl } = require('./repository.cjs');
const { asciiBundle } = require('./ascii-bundle.cjs');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * The engine's data files (server/src/engine/data/*.json) explain themselves in "$comment" keys, which no code
 * reads: bundled without them (each bundle holding the engine carries the data, its Chinese escaped to ASCII).
 */
const dataWithoutComments = {
  name: 'data-without-comments',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]engine[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      const data = JSON.parse(readFileSync(args.path, 'utf8'), (key, value) => (key === '$comment' ? undefined : value));
      return { contents: JSON.stringify(data), loader: 'json' };
    });
  },
};

const common = {
  bundle: true,
  plugins: [dataWithoutComments],
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: {
    GKNB_VERSION: JSON.stringify(pkg.version),
    // The rule links of diagnostics and SARIF point at the repository's pages (server/src/ruleLinks.ts).
    GKNB_RULES_BASE_URL: JSON.stringify(rulesBaseUrl(pkg)),
    // Some dependencies are ESM and read import.meta.url; give them the bundle's own URL, worked out when
    // first read (pathToFileURL cost ~2 ms of every start of a bundle that never reads it, as cli.js).
    'import.meta.url': '__gknbImportMeta.url',
  },
  banner: { js: "const __gknbImportMeta = { get url() { return require('url').pathToFileURL(__filename).href; } };" },
  // jsonc-parser's `main` is a UMD build whose requires esbuild cannot follow: bundle its ES module build.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // exceljs, for `gknb extract --format xlsx` only: run in a worker when asked for (writeXlsx in cli/main.ts).
  { entryPoints: ['server/src/cli/xlsx-worker.ts'], outfile: 'dist/cli-xlsx.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // The document readers (Word, web pages, PDF with PDF.js): a bundle of their own, loaded only when a
  // document is read, so that checking a Markdown report or starting the server loads none of it.
  { entryPoints: ['server/src/readers/index.ts'], outfile: 'dist/readers.js' },
  // PDF.js without the font files it builds for drawing (scripts/pdfjs-text-only.mjs).
  // Left as esbuild writes it (not made ASCII): finding PDF.js's regex literals in 3.5 MB takes ~2 s of every build,
  // for a start that PDF.js's own work on a PDF dwarfs.
  { entryPoints: ['server/src/readers/pdf.ts'], outfile: 'dist/reader-pdf.js', plugins: [dataWithoutComments, pdfjsTextOnly], ascii: false },
  // The Word writer (the docx package), loaded only by gknb export.
  { entryPoints: ['server/src/writers/index.ts'], outfile: 'dist/writers.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
];

const existing = entries.filter((e) => {
  try { readFileSync(e.entryPoints[0]); return true; } catch { return false; }
});

if (watch) {
  // Rebuilt bundles stay as esbuild writes them (not made ASCII: that only speeds up their start).
  for (const { ascii, ...e } of existing) (await esbuild.context({ ...common, ...e })).watch();
} else {
  // Each bundle made pure ASCII as soon as it is written (scripts/ascii-bundle.cjs: Node reads it as a one-byte string,
  // not a UTF-8 decoded two-byte one — ~3.7 ms of every `gknb check`). Its source map's columns after an escaped
  // character of the same line are off by the escape's length.
  await Promise.all(existing.map(({ ascii, ...e }) => esbuild.build({ ...common, ...e }).then(() => {
    if (ascii === false) return;
    const code = readFileSync(e.outfile, 'utf8');
    const out = asciiBundle(code);
    if (out !== code) writeFileSync(e.outfile, out);
  })));
  // Each bundle's crc32 and size, which bin/gknb.js names its V8 code caches by without loading zlib (a few
  // milliseconds of every start). Written after the bundles: bin/gknb.js trusts it only if no bundle is newer.
  const { crc32 } = await import('node:zlib');
  const ids = {};
  for (const e of existing) {
    const bytes = readFileSync(e.outfile);
    ids[e.outfile.replace(/^dist\//, '')] = { crc32: crc32(bytes).toString(16), size: bytes.length };
  }
  writeFileSync(new URL('../dist/bundle-ids.json', import.meta.url), JSON.stringify(ids, null, 1) + '\n');
}

// PDF.js reads Chinese text in fonts that are not embedded through Adobe's predefined GB CMaps: ship those
// (not the Japanese, Korean and traditional-Chinese ones) beside the PDF reader.
const { copyFileSync, mkdirSync } = await import('node:fs');
const CMAPS = ['UniGB-UCS2-H', 'UniGB-UCS2-V', 'UniGB-UTF16-H', 'UniGB-UTF16-V', 'Adobe-GB1-UCS2', 'GBK-EUC-H', 'GBK-EUC-V', 'GB-EUC-H', 'GB-EUC-V', 'GBK2K-H', 'GBK2K-V'];
mkdirSync(new URL('../dist/cmaps/', import.meta.url), { recursive: true });
for (const name of CMAPS) copyFileSync(new URL(`../node_modules/pdfjs-dist/cmaps/${name}.bcmap`, import.meta.url), new URL(`../dist/cmaps/${name}.bcmap`, import.meta.url));

// The .gknbrc.json schema is generated from the manifest and its translations: keep it in step.
const schema = require('./schema.cjs');
if (!existsSync(schema.OUT) || readFileSync(schema.OUT, 'utf8') !== schema.render()) writeFileSync(schema.OUT, schema.render());
