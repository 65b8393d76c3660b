// The repository's web address, read from package.json's `repository` (the one place it is written):
// `git+https://github.com/o/r.git` → `https://github.com/o/r`. The build derives the rule pages' address
// from it (`<repository>/blob/main/docs/rules/`); vsce and npm derive `bugs` and `homepage` from it too.
const fs = require('fs');
const path = require('path');

function repositoryUrl(pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'))) {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!raw) throw new Error('package.json has no repository');
  return raw.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
}

/** The folder of the rule pages on the repository's default branch. */
function rulesBaseUrl(pkg) {
  return `${repositoryUrl(pkg)}/blob/main/docs/rules/`;
}

module.exports = { repositoryUrl, rulesBaseUrl };
