/**
 * The release script's text changes (scripts/release-notes.cjs): the version set in package.json and
 * package-lock.json and nowhere else, the changelog's Unreleased entries moved under the new version with
 * its date and comparison link; and a bad version is refused before any file is written.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/fixtures';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { bumpVersion, releaseChangelog } = require(path.join(ROOT, 'scripts', 'release-notes.cjs'));
const REPO = 'https://github.com/o/r';

const CHANGELOG = `# Changelog

Intro.

## [Unreleased]

### Added

- A new rule.

## [0.2.0] - 2026-12-06

### Added

- The icon.

[Unreleased]: ${REPO}/compare/v0.2.0...HEAD
[0.2.0]: ${REPO}/compare/v0.1.0...v0.2.0
`;

describe('release script (npm run release -- <version>)', () => {
  it('moves the Unreleased entries under the version with its date, leaves an empty Unreleased and links the comparison', () => {
    const out: string = releaseChangelog(CHANGELOG, '0.3.0', '2027-01-02', REPO);
    assert.strictEqual(out, `# Changelog

Intro.

## [Unreleased]

## [0.3.0] - 2027-01-02

### Added

- A new rule.

## [0.2.0] - 2026-12-06

### Added

- The icon.

[Unreleased]: ${REPO}/compare/v0.3.0...HEAD
[0.3.0]: ${REPO}/compare/v0.2.0...v0.3.0
[0.2.0]: ${REPO}/compare/v0.1.0...v0.2.0
`);
  });

  it('a version already released is left alone; new entries with an old version, an empty Unreleased or a bad version are refused', () => {
    const released = CHANGELOG.replace('### Added\n\n- A new rule.\n\n', '');
    assert.strictEqual(releaseChangelog(released, '0.2.0', '2027-01-02', REPO), released);
    assert.throws(() => releaseChangelog(CHANGELOG, '0.2.0', '2027-01-02', REPO), /already in CHANGELOG\.md/);
    assert.throws(() => releaseChangelog(released, '0.3.0', '2027-01-02', REPO), /nothing under/);
    assert.throws(() => releaseChangelog(CHANGELOG, 'v0.3', '2027-01-02', REPO), /not a version/);
    assert.throws(() => releaseChangelog('# Changelog\n', '0.3.0', '2027-01-02', REPO), /no “## \[Unreleased\]”/);
  });

  it('sets the version of package.json and of the lock file\'s root package, and nothing else', () => {
    for (const f of ['package.json', 'package-lock.json']) {
      const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
      const out: string = bumpVersion(text, 'gknb', '9.8.7');
      const before = JSON.parse(text);
      const after = JSON.parse(out);
      assert.strictEqual(after.version, '9.8.7', f);
      if (before.packages) assert.strictEqual(after.packages[''].version, '9.8.7', f);
      // Only those lines differ (the dependencies' own versions are untouched).
      const lines = text.split('\n');
      const changed = out.split('\n').filter((l, i) => l !== lines[i]);
      assert.deepStrictEqual(changed.map((l) => l.trim()), (before.packages ? [1, 2] : [1]).map(() => '"version": "9.8.7",'), f);
    }
  });

  it('refuses a bad version with a message and writes nothing', () => {
    const files = ['package.json', 'package-lock.json', 'CHANGELOG.md'].map((f) => path.join(ROOT, f));
    const before = files.map((f) => fs.readFileSync(f, 'utf8'));
    for (const args of [[], ['1.2'], ['latest']]) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'release.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
      assert.strictEqual(r.status, 2, `${args}: ${r.stderr}`);
      assert.match(r.stderr, /^release: .+\n用法 \/ usage: npm run release -- </);
    }
    assert.deepStrictEqual(files.map((f) => fs.readFileSync(f, 'utf8')), before);
  });
});
