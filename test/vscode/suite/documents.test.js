// Word, PDF and web page reports in a real VS Code: import beside the document (checked live), opening a .docx
// offers the import, export to Word (the round trip gives the same diagnostics), this year's report from last year's.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { FIXTURES, activate, codeOf, waitForDiagnostics, until } = require('./helpers');

const root = () => vscode.workspace.workspaceFolders[0].uri.fsPath;
const copy = (from, name) => {
  const file = path.join(root(), 'docs', name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.copyFileSync(from, file);
  return vscode.Uri.file(file);
};
const rules = (diags) => diags.map((d) => codeOf(d)).sort();

describe('gknb documents', function () {
  this.timeout(120000);
  before(async () => {
    await activate();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  after(() => fs.rmSync(path.join(root(), 'docs'), { recursive: true, force: true }));

  for (const ext of ['docx', 'pdf', 'html']) {
    it(`“Import Report” on a .${ext} writes the Markdown beside it, opens it, and it is checked live`, async () => {
      const source = copy(path.join(FIXTURES, 'readers', `faulty.${ext}`), `报告-${ext}.${ext}`);
      const target = await vscode.commands.executeCommand('gknb.importDocument', source);
      assert.strictEqual(target.fsPath, source.fsPath.replace(/\.\w+$/, '.md'));
      assert.ok(fs.existsSync(target.fsPath));
      await until(() => vscode.window.activeTextEditor?.document.uri.fsPath === target.fsPath);
      assert.match(vscode.window.activeTextEditor.document.getText(), /^示范县交通运输局2023年政府信息公开工作年度报告/);
      const diags = await waitForDiagnostics(target, (d) => d.some((x) => codeOf(x) === 'balance'));
      for (const r of ['cell-invalid', 'cell-missing', 'row-total', 'balance', 'fee-statement-missing']) assert.ok(rules(diags).includes(r), `${r} in ${rules(diags)}`);
    });
  }

  it('opening a .docx shows the import page, not binary noise', async () => {
    const source = copy(path.join(FIXTURES, 'readers', 'official.docx'), '打开.docx');
    await vscode.commands.executeCommand('vscode.open', source);
    await until(() => vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputCustom);
    const input = vscode.window.tabGroups.activeTabGroup.activeTab.input;
    assert.strictEqual(input.viewType, 'gknb.documentPreview');
    assert.strictEqual(input.uri.fsPath, source.fsPath);
  });

  it('“Export to Word Document” writes the official layout; importing it back gives the same diagnostics', async () => {
    const md = copy(path.join(FIXTURES, 'readers', 'faulty.md'), '导出.md');
    const doc = await vscode.workspace.openTextDocument(md);
    await vscode.window.showTextDocument(doc);
    const before = await waitForDiagnostics(md, (d) => d.some((x) => codeOf(x) === 'balance'));
    const out = vscode.Uri.file(path.join(root(), 'docs', '导出结果.docx'));
    await vscode.commands.executeCommand('gknb.exportDocx', md, out);
    assert.ok(fs.statSync(out.fsPath).size > 5000);
    const back = await vscode.commands.executeCommand('gknb.importDocument', out);
    const after = await waitForDiagnostics(back, (d) => d.length === before.length);
    assert.deepStrictEqual(after.map((d) => `${codeOf(d)} ${d.message}`).sort(), before.map((d) => `${codeOf(d)} ${d.message}`).sort());
  });

  it('“New Report from Last Year\'s” writes this year\'s report beside last year\'s and opens it', async () => {
    const last = copy(path.join(FIXTURES, 'layouts', 'pipe.md'), '示范县2023.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(last));
    const made = await vscode.commands.executeCommand('gknb.newFromLastYear', last);
    assert.strictEqual(path.basename(made.fsPath), '示范县2024.md');
    await until(() => vscode.window.activeTextEditor?.document.uri.fsPath === made.fsPath);
    const text = vscode.window.activeTextEditor.document.getText();
    assert.match(text, /^# 示范县交通运输局2024年政府信息公开工作年度报告/);
    assert.match(text, /\| 二、上年结转政府信息公开申请数量 \| 1 \| 0 \| 0 \| 0 \| 1 \| 0 \| 2 \|/);
    // Checked live: the blank cells are there to fill.
    await waitForDiagnostics(made, (d) => d.some((x) => codeOf(x) === 'cell-missing'));
  });
});
