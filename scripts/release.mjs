#!/usr/bin/env node
// npm run release -- <version>: sets the version in package.json and package-lock.json, moves the
// changelog's Unreleased entries under the version with today's date, then packages gknb.vsix
// (npm run package) and the CLI's npm tarball (scripts/pack-npm.mjs). Everything is checked before any file
// is written. It neither commits nor publishes: it prints the commands for that.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { bumpVersion, releaseChangelog } = require('./release-notes.cjs');
const { repositoryUrl } = require('./repository.cjs');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = (f) => path.join(root, f);
const fail = (message) => {
  console.error(`release: ${message}\n用法 / usage: npm run release -- <版本 version, e.g. 0.3.0>`);
  process.exit(2);
};

const version = process.argv[2];
if (!version) fail('no version given');
const pkg = JSON.parse(fs.readFileSync(file('package.json'), 'utf8'));
const today = new Date().toISOString().slice(0, 10);
let changes;
try {
  changes = {
    'package.json': bumpVersion(fs.readFileSync(file('package.json'), 'utf8'), pkg.name, version),
    'package-lock.json': bumpVersion(fs.readFileSync(file('package-lock.json'), 'utf8'), pkg.name, version),
    'CHANGELOG.md': releaseChangelog(fs.readFileSync(file('CHANGELOG.md'), 'utf8'), version, today, repositoryUrl(pkg)),
  };
} catch (error) {
  fail(error.message);
}
for (const [f, text] of Object.entries(changes)) fs.writeFileSync(file(f), text);
console.log(`release: ${pkg.version} → ${version}, CHANGELOG.md ${version} - ${today}`);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const built = spawnSync(npm, ['run', 'package'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) fail('npm run package failed (the version and changelog are updated; fix and run again)');
const packed = spawnSync(process.execPath, [file('scripts/pack-npm.mjs')], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
if (packed.status !== 0) fail('packing the npm tarball failed');
const tgz = packed.stdout.trim();
console.log(`
release: gknb.vsix and ${path.relative(root, tgz)} are ready. To publish:
  git commit -am "Release ${version}" && git tag v${version}
  npx vsce publish --packagePath gknb.vsix     # VS Code Marketplace
  npx ovsx publish gknb.vsix                   # Open VSX
  npm publish ${path.relative(root, tgz).padEnd(32)} # npm (the CLI)`);
