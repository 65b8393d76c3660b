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

  it('activates, checks a report and links each diagnostic to its rule page on the web; the page is also installed', async () => {
    const ext = await activate();
    assert.ok(ext.isActive);
    const text = seedText('002').replace('(一) 予以公开\t1\t', '(一) 予以公开\t2\t');
    const uri = writeWorkspaceFile('broken-total.txt', text);
    await openDoc(uri);
    const diags = await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'row-total'));
    const rt = diags.find((d) => codeOf(d) === 'row-total');
    assert.strictEqual(rt.severity, vscode.DiagnosticSeverity.Error);
    assert.match(rt.message, /=2，但总计为 1/);
    // The link is the page in the repository named by the manifest (derived when the .vsix was built)…
    const repository = String(ext.packageJSON.repository.url).replace(/^git\+/, '').replace(/\.git$/, '');
    assert.strictEqual(rt.code.target.toString(true), `${repository}/blob/main/docs/rules/row-total.md`);
    // …and the same page ships inside the installed extension, for reading offline.
    assert.ok(fs.existsSync(path.join(ext.extensionPath, 'docs', 'rules', 'row-total.md')), 'docs/rules/row-total.md is not installed');
  });

  it('“Open Rule Page (Local)” opens the installed page in the Markdown preview', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('gknb.openRule', 'row-total');
    const deadline = Date.now() + 15000;
    let labels = [];
    while (Date.now() < deadline) {
      labels = vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
      if (labels.some((l) => l.includes('row-total.md'))) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.includes('row-total.md'));
    assert.ok(tab, `no tab for row-total.md (tabs: ${labels.join(', ')})`);
    // A preview is a webview; if the Markdown extension were missing the page opens as text, from the installed copy.
    if (tab.input instanceof vscode.TabInputText) assert.ok(tab.input.uri.fsPath.startsWith(vscode.extensions.getExtension('gknb.gknb').extensionPath));
    else assert.ok(tab.input instanceof vscode.TabInputWebview && /markdown/i.test(tab.input.viewType), `tab input ${tab.input?.constructor?.name}`);
  });

  it('“Open Rule Page (Local)” from the command palette offers the rule at the cursor first', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors'); // no rule page open from before
    const uri = writeWorkspaceFile('broken-total-2.txt', seedText('002').replace('(一) 予以公开\t1\t', '(一) 予以公开\t2\t'));
    const doc = await openDoc(uri);
    const diags = await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'row-total'));
    const rt = diags.find((d) => codeOf(d) === 'row-total');
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(rt.range.start, rt.range.start);
    assert.ok(!vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.label.includes('row-total.md'))));
    const opened = vscode.commands.executeCommand('gknb.openRule');
    await new Promise((r) => setTimeout(r, 1000)); // the quick pick opens
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await opened;
    const deadline = Date.now() + 15000;
    let labels = [];
    while (Date.now() < deadline) {
      labels = vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
      if (labels.some((l) => l.includes('row-total.md'))) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(labels.some((l) => l.includes('row-total.md')), `the first rule offered was not row-total (tabs: ${labels.join(', ')})`);
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
