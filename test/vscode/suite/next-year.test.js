// "由上年报告新建本年报告" in a real VS Code: the new file is written beside last year's, opened and checked
// live. (That an existing file is never overwritten without asking is tested on the CLI, which shares the writer:
// the editor's modal question cannot be answered from inside the extension host.)
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { seedText, writeWorkspaceFile, activate, waitForDiagnostics } = require('./helpers');

const root = () => vscode.workspace.workspaceFolders[0].uri.fsPath;

describe('gknb: new report from last year’s', function () {
  this.timeout(60000);

  before(async () => {
    await activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(path.join(root(), 'nextyear'), { recursive: true, force: true });
  });

  it('writes 承留镇2023年报告.txt beside the 2022 report, opens it, and the Problems panel checks it', async () => {
    const last = writeWorkspaceFile('nextyear/承留镇2022年报告.txt', seedText('002'));
    const made = await vscode.commands.executeCommand('gknb.newFromLastYear', last);
    const target = path.join(root(), 'nextyear', '承留镇2023年报告.txt');
    assert.ok(made instanceof vscode.Uri, 'the command returns the new file');
    assert.strictEqual(made.fsPath, target);
    const text = fs.readFileSync(target, 'utf8');
    assert.match(text, /承留镇人民政府 2023 年政府信息公开工作年度报告/);
    assert.match(text, /【请改写】以下沿用 2022 年度报告原文/);
    assert.strictEqual(vscode.window.activeTextEditor.document.uri.fsPath, target);
    // Checked live like any report: the blank cells of the new tables are listed.
    const diagnostics = await waitForDiagnostics(made, (ds) => ds.some((d) => String(d.code?.value ?? d.code) === 'cell-missing'));
    assert.ok(!diagnostics.some((d) => ['section-missing', 'table-missing', 'row-missing'].includes(String(d.code?.value ?? d.code))));
  });
});
