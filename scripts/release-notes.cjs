// The text changes of a release, kept apart from the file and process work of scripts/release.mjs so they
// can be tested: the version in package.json / package-lock.json, and the changelog's Unreleased section
// moved under the new version (Keep a Changelog). Each function returns the new text or throws a message.
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** package.json or package-lock.json text with the package's own version set (only those lines change). */
function bumpVersion(text, name, version) {
  if (!SEMVER.test(version)) throw new Error(`“${version}” is not a version (x.y.z)`);
  const json = JSON.parse(text);
  let out = text.replace(/^(  "version": )"[^"]*"/m, `$1"${version}"`);
  // package-lock.json repeats it for the root package.
  if (json.packages?.['']) {
    out = out.replace(/^(  "packages": \{\n    "": \{\n(?:      .*\n)*?      "version": )"[^"]*"/m, `$1"${version}"`);
  }
  const check = JSON.parse(out);
  if (check.name !== name || check.version !== version || (check.packages?.[''] && check.packages[''].version !== version)) {
    throw new Error('could not set the version: unexpected layout');
  }
  return out;
}

/**
 * The changelog with the entries under "## [Unreleased]" moved to "## [version] - date", an empty Unreleased
 * left on top, and the comparison links at the bottom updated. A version already in the changelog is left as
 * it is (a repeated release only packages again), unless new entries wait under Unreleased.
 */
function releaseChangelog(text, version, date, repository) {
  if (!SEMVER.test(version)) throw new Error(`“${version}” is not a version (x.y.z)`);
  const unreleased = /^## \[Unreleased\][^\n]*\n([\s\S]*?)(?=^## \[|^\[[^\]]+\]: |(?![\s\S]))/m.exec(text);
  if (!unreleased) throw new Error('CHANGELOG.md has no “## [Unreleased]” section');
  const entries = unreleased[1].trim();
  const released = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm').test(text);
  if (released) {
    if (entries) throw new Error(`${version} is already in CHANGELOG.md, and there are new entries under Unreleased: choose a new version`);
    return text;
  }
  if (!entries) throw new Error('nothing under “## [Unreleased]” in CHANGELOG.md: write what changed first');
  const previous = /^## \[(\d[^\]]*)\]/m.exec(text.slice(unreleased.index + unreleased[0].length))?.[1];
  let out = text.slice(0, unreleased.index)
    + `## [Unreleased]\n\n## [${version}] - ${date}\n\n${entries}\n\n`
    + text.slice(unreleased.index + unreleased[0].length);
  const links = `[Unreleased]: ${repository}/compare/v${version}...HEAD\n`
    + `[${version}]: ${previous ? `${repository}/compare/v${previous}...v${version}` : `${repository}/releases/tag/v${version}`}\n`;
  out = /^\[Unreleased\]: .*\n?/m.test(out) ? out.replace(/^\[Unreleased\]: .*\n?/m, links) : `${out.trimEnd()}\n\n${links}`;
  return out;
}

module.exports = { SEMVER, bumpVersion, releaseChangelog };
