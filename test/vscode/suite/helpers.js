// Shared helpers for the gknb suites that run inside the real VS Code extension host.
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const REPO = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(REPO, 'test', 'fixtures');

function seedText(prefix) {
  const dir = path.join(FIXTURES, 'seeds');
  const name = fs.readdirSync(dir).find((f) => f.startsWith(prefix));
  return fs.readFileSync(path.join(dir, name), 'utf8');
}

/** Write a file into the (temporary) workspace folder and return its Uri. */
function writeWorkspaceFile(name, text) {
  const folder = vscode.workspace.workspaceFolders[0].uri.fsPath;
  const file = path.join(folder, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

async function activate() {
  const ext = vscode.extensions.getExtension('gknb.gknb');
  if (!ext) throw new Error('gknb extension is not installed');
  await ext.activate();
  return ext;
}

async function openDoc(uri) {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return doc;
}

function codeOf(d) {
  return typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
}

/** Wait (on onDidChangeDiagnostics, not sleeps) until the predicate holds for the document's diagnostics. */
function waitForDiagnostics(uri, predicate, timeoutMs = 20000) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diags = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gknb');
      if (predicate(diags)) {
        sub.dispose();
        clearTimeout(timer);
        resolve(diags);
        return true;
      }
      return false;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      const got = vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1} ${codeOf(d)}`);
      reject(new Error(`timed out waiting for diagnostics on ${path.basename(uri.fsPath)}; have: ${got.join(', ') || 'none'}`));
    }, timeoutMs);
    check();
  });
}

/** Poll a provider-backed command until it answers something non-empty (the server may still be starting). */
async function until(fn, { timeoutMs = 20000, intervalMs = 100 } = {}) {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last && (!Array.isArray(last) || last.length)) return last;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return last;
}

module.exports = { REPO, FIXTURES, seedText, writeWorkspaceFile, activate, openDoc, codeOf, waitForDiagnostics, until };
