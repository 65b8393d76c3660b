#!/usr/bin/env node
// Packs the gknb command line for npm: gknb-<version>.tgz with bin/, dist/cli.js (also run by its worker threads), the bundles
// it loads only when asked (dist/readers.js, reader-pdf.js and cmaps/ for Word/PDF/web pages, writers.js for
// gknb export, cli-xlsx.js for --format xlsx), README.md, LICENSE and a package.json of its own (no
// dependencies: esbuild bundles them).
// The CLI gets its own manifest because the repository's package.json is the VS Code extension's: vsce
// refuses a `files` field next to .vscodeignore, and npm should not show `%description%`, `contributes`
// or the extension's `main`. Build first (npm run package, or npm run build -- --production).
//   node scripts/pack-npm.mjs [--out <folder>]   prints the tarball's path
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (f) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));
const outArg = process.argv.indexOf('--out');
const out = path.resolve(outArg > 0 ? process.argv[outArg + 1] ?? '.' : root);

/** What the tarball holds besides package.json (npm adds README and LICENSE on its own). */
const LAZY = ['dist/readers.js', 'dist/reader-pdf.js', 'dist/writers.js', 'dist/cli-xlsx.js'];
const CMAPS = fs.existsSync(path.join(root, 'dist', 'cmaps')) ? fs.readdirSync(path.join(root, 'dist', 'cmaps')).map((f) => `dist/cmaps/${f}`) : [];
// bundle-ids.json last: bin/gknb.js trusts it only when no bundle is newer (the copies' times go into the tarball).
const FILES = ['bin/gknb.js', 'dist/cli.js', ...LAZY, ...CMAPS, 'dist/bundle-ids.json', 'README.md', 'LICENSE'];

const missing = FILES.filter((f) => !fs.existsSync(path.join(root, f)));
if (missing.length) {
  console.error(`pack-npm: missing ${missing.join(', ')} (build first: npm run build -- --production)`);
  process.exit(1);
}

const pkg = read('package.json');
const zh = read('package.nls.zh-cn.json');
const en = read('package.nls.json');
const manifest = {
  name: pkg.name,
  version: pkg.version,
  description: `${zh.description} ${en.description}`,
  keywords: pkg.keywords,
  license: pkg.license,
  repository: pkg.repository,
  bin: pkg.bin,
  files: ['bin/', 'dist/cli.js', 'dist/bundle-ids.json', ...LAZY, 'dist/cmaps/'],
  engines: { node: pkg.engines.node },
};

// A clean staging folder (git-ignored), so nothing else of the repository can slip in.
const stage = path.join(root, '.cache', 'npm-package');
fs.rmSync(stage, { recursive: true, force: true });
for (const f of FILES) {
  fs.mkdirSync(path.dirname(path.join(stage, f)), { recursive: true });
  fs.copyFileSync(path.join(root, f), path.join(stage, f));
}
fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

fs.mkdirSync(out, { recursive: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const r = spawnSync(npm, ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8' });
if (r.status !== 0) {
  console.error(`pack-npm: npm pack failed (exit ${r.status}):\n${r.stderr}`);
  process.exit(1);
}
const [packed] = JSON.parse(r.stdout);
console.log(path.join(out, packed.filename));
