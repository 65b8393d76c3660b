// gknb installed from the packaged gknb.vsix (not the repository folder), in a real VS Code:
//   npm run package && node test/vscode/harness/run.mjs --extension gknb.vsix test/vscode/vsix
// (the `vsix` stage of `npm test` installs test-output/vsix/gknb.vsix: the bytes test/unit/package.test.ts checked).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { REPO, seedText, writeWorkspaceFile, activate, openDoc, codeOf, waitForDiagnostics } = require('../suite/helpers');

describe('gknb installed from gknb.vsix', function () {
  this.timeout(60000);

  it('is the unpacked .vsix, not the repository, and has the repository’s manifest', () => {
    const ext = vscode.extensions.getExtension('gknb.gknb');
    assert.ok(ext, 'gknb.gknb is not installed');
    const repoManifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.notStrictEqual(path.resolve(ext.extensionPath), path.resolve(REPO), 'the repository folder is loaded, not the .vsix');
    assert.strictEqual(path.basename(ext.extensionPath), `gknb.gknb-${repoManifest.version}`);
    assert.strictEqual(ext.packageJSON.version, repoManifest.version);
    // Only what the .vsix ships: no sources, no tests next to the installed extension.
    for (const absent of ['src', 'server', 'client', 'test', 'node_modules']) {
      assert.ok(!fs.existsSync(path.join(ext.extensionPath, absent)), `${absent}/ was installed`);
    }
  });

  it('activates, checks a report and links each diagnostic to its rule page inside the installed extension', async () => {
    const ext = await activate();
    assert.ok(ext.isActive);
    const text = seedText('002').replace('(一) 予以公开\t1\t', '(一) 予以公开\t2\t');
    const uri = writeWorkspaceFile('broken-total.txt', text);
    await openDoc(uri);
    const diags = await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'row-total'));
    const rt = diags.find((d) => codeOf(d) === 'row-total');
    assert.strictEqual(rt.severity, vscode.DiagnosticSeverity.Error);
    assert.match(rt.message, /=2，但总计为 1/);
    // The language server runs from the installed copy: its rule links point there, and the page exists.
    const page = rt.code.target;
    assert.strictEqual(page.scheme, 'file');
    assert.ok(page.fsPath.startsWith(ext.extensionPath + path.sep), `${page.fsPath} is not inside ${ext.extensionPath}`);
    assert.ok(fs.existsSync(page.fsPath), `${page.fsPath} is missing`);
  });

  it('contributes its commands and the gknb language', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['gknb.insertTable', 'gknb.fixAll', 'gknb.checkWorkspace']) assert.ok(commands.includes(c), c);
    assert.ok((await vscode.languages.getLanguages()).includes('gknb'));
  });

  it('imports a Word file and a PDF with the readers shipped in the .vsix (PDF.js and its CMaps included)', async () => {
    await activate();
    const ext = vscode.extensions.getExtension('gknb.gknb');
    for (const f of ['readers.js', 'reader-pdf.js', 'writers.js', 'cmaps/UniGB-UCS2-H.bcmap']) {
      assert.ok(fs.existsSync(path.join(ext.extensionPath, 'dist', f)), `dist/${f} is not installed`);
    }
    // Each under its own name: two documents named alike would write the same .md (and the import would ask).
    for (const [name, as, expect] of [['faulty.docx', 'word.docx', /十二/], ['faulty.pdf', 'pdf.pdf', /十二/], ['edge/predefined-cmap.pdf', 'cmap.pdf', /本年度未收取信息处理费/]]) {
      const bytes = fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'readers', name));
      const uri = writeWorkspaceFile(`documents/${as}`, '');
      fs.writeFileSync(uri.fsPath, bytes);
      const md = await vscode.commands.executeCommand('gknb.importDocument', uri);
      assert.ok(md, `${name} was not imported`);
      assert.match(fs.readFileSync(md.fsPath, 'utf8'), expect);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
