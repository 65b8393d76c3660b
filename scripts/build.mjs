// Bundles the language server, the extension client and the CLI with esbuild.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const require = createRequire(import.meta.url);
const { rulesBaseUrl } = require('./repository.cjs');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
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
    // Some dependencies are ESM and read import.meta.url; give them the bundle's own URL.
    'import.meta.url': '__gknbImportMetaUrl',
  },
  banner: { js: "const __gknbImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
  // jsonc-parser's `main` is a UMD build whose requires esbuild cannot follow: bundle its ES module build.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.js' },
  // exceljs, for `gknb extract --format xlsx` only: run in a worker when asked for (writeXlsx in cli/main.ts).
  { entryPoints: ['server/src/cli/xlsx-worker.ts'], outfile: 'dist/cli-xlsx.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
];

const existing = entries.filter((e) => {
  try { readFileSync(e.entryPoints[0]); return true; } catch { return false; }
});

if (watch) {
  for (const e of existing) (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(existing.map((e) => esbuild.build({ ...common, ...e })));
}

// The .gknbrc.json schema is generated from the manifest and its translations: keep it in step.
const schema = require('./schema.cjs');
if (!existsSync(schema.OUT) || readFileSync(schema.OUT, 'utf8') !== schema.render()) writeFileSync(schema.OUT, schema.render());
