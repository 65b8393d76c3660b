// The reviewer's workflow in a real VS Code: "Check All Reports in Workspace" on 300 reports, an inline
// exception silencing one diagnostic, run mode off, .gknbrc.json (severities, run mode, a broken file),
// "Create/Open gknb Configuration", "Format Tables" and the gknb task.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { REPO, seedText, writeWorkspaceFile, activate, openDoc, codeOf, waitForDiagnostics } = require('./helpers');

const BROKEN = seedText('002').replace('(一) 予以公开\t1\t', '(一) 予以公开\t2\t');
const root = () => vscode.workspace.workspaceFolders[0].uri.fsPath;
const gknbDiagnostics = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gknb');

/** Wait for an event-driven condition (no sleeps): resolve when check() is true after any diagnostics change. */
function waitFor(check, what, timeoutMs = 20000) {
  return new Promise((resolve, reject) => {
    const done = () => {
      if (!check()) return false;
      sub.dispose();
      clearTimeout(timer);
      resolve();
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics(done);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    done();
  });
}

function removeWorkspacePath(rel) {
  fs.rmSync(path.join(root(), rel), { recursive: true, force: true });
}

describe('gknb reviewer workflow', function () {
  this.timeout(120000);

  before(async () => {
    await activate();
  });

  afterEach(async () => {
    // A failed test may leave an edited document: revert it, so closing asks nothing.
    for (const d of vscode.workspace.textDocuments.filter((x) => x.isDirty)) {
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.commands.executeCommand('gknb.clearWorkspaceResults');
    for (const rel of ['batch', 'cfg', 'runmode', '.gknbrc.json']) removeWorkspacePath(rel);
  });

  it('“Check All Reports in Workspace” fills the Problems panel for 300 reports, open or not', async () => {
    const seeds = ['000', '001', '002', '003', '004'].map(seedText);
    const files = [];
    for (let i = 0; i < 300; i++) {
      // Every third report has a broken total; the others are the seeds as they are.
      const text = i % 3 === 0 ? BROKEN : seeds[i % 5];
      files.push(writeWorkspaceFile(`batch/${String(Math.floor(i / 100))}/报告${String(i).padStart(3, '0')}.txt`, text));
    }
    const summary = await vscode.commands.executeCommand('gknb.checkWorkspace');
    assert.ok(summary && !summary.cancelled, JSON.stringify(summary));
    assert.ok(summary.reports >= 300, `${summary.reports} reports`);
    // The timing goes to test-output for the record (never asserted).
    fs.mkdirSync(path.join(REPO, 'test-output', 'vscode'), { recursive: true });
    fs.writeFileSync(path.join(REPO, 'test-output', 'vscode', 'workspace-check-300.json'), JSON.stringify({ ...summary, batchFiles: files.length }, null, 2));
    for (const [i, uri] of files.entries()) {
      const ds = gknbDiagnostics(uri);
      assert.ok(ds.length > 0, `no diagnostics for ${path.basename(uri.fsPath)}`);
      assert.strictEqual(ds.some((d) => codeOf(d) === 'row-total'), i % 3 === 0, path.basename(uri.fsPath));
    }
    // Opening one hands it to the live diagnostics: no duplicates. An edit moves the live ones down a
    // line, so a left-over workspace entry would show at the old line.
    const first = files[0];
    const line = gknbDiagnostics(first).find((d) => codeOf(d) === 'row-total').range.start.line;
    const doc = await openDoc(first);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(first, new vscode.Position(0, 0), '\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(first, (ds) => ds.some((d) => codeOf(d) === 'row-total' && d.range.start.line === line + 1));
    assert.deepStrictEqual(gknbDiagnostics(first).filter((d) => codeOf(d) === 'row-total').map((d) => d.range.start.line), [line + 1]);
    // Closed without saving: checked again from the file on disk, back in the workspace results.
    assert.strictEqual(vscode.window.activeTextEditor.document, doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitForDiagnostics(first, (ds) => ds.some((d) => codeOf(d) === 'row-total' && d.range.start.line === line));
  });

  it('an inline exception comment silences exactly one diagnostic (quick fix “忽略此处”)', async () => {
    const uri = writeWorkspaceFile('cfg/exception.txt', BROKEN);
    const doc = await openDoc(uri);
    const before = await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'row-total'));
    const rt = before.find((d) => codeOf(d) === 'row-total');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, rt.range, vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((a) => a.title === '忽略此处（row-total）');
    assert.ok(ignore, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    assert.strictEqual(doc.lineAt(rt.range.start.line).text, '<!-- gknb-disable-next-line row-total -->');
    const after = await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === 'row-total'));
    const key = (d) => `${codeOf(d)}:${d.message}`;
    assert.deepStrictEqual(after.map(key).sort(), before.filter((d) => d !== rt).map(key).sort());
    assert.ok(!after.some((d) => codeOf(d) === 'unused-disable'));
  });

  it('run mode off clears gknb’s diagnostics at once; on brings them back', async () => {
    const uri = writeWorkspaceFile('runmode/report.txt', BROKEN);
    await openDoc(uri);
    await waitForDiagnostics(uri, (ds) => ds.length > 0);
    const config = vscode.workspace.getConfiguration('gknb');
    await config.update('run', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(uri, (ds) => ds.length === 0);
    } finally {
      await config.update('run', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'row-total'));
    // The same from a .gknbrc.json next to the report (the server watches the file).
    const cfg = writeWorkspaceFile('runmode/.gknbrc.json', '{ "run": "off" }');
    await waitForDiagnostics(uri, (ds) => ds.length === 0);
    fs.unlinkSync(cfg.fsPath);
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'row-total'));
  });

  it('.gknbrc.json sets severities for the reports below it; a broken file shows one error with its line and the defaults apply', async () => {
    const cfg = writeWorkspaceFile('cfg/.gknbrc.json', '{\n  // 审核组\n  "rules": { "row-total": "hint" }\n}\n');
    const report = writeWorkspaceFile('cfg/sub/report.txt', BROKEN);
    await openDoc(report);
    await waitForDiagnostics(report, (ds) => ds.some((d) => codeOf(d) === 'row-total' && d.severity === vscode.DiagnosticSeverity.Hint));
    // The open configuration file gets its problems while it is edited (from the server's parser).
    const cfgDoc = await openDoc(cfg);
    assert.strictEqual(cfgDoc.languageId, 'jsonc');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(cfg, new vscode.Range(2, 0, 2, 100), '  "rules": { "row-total": "hint" ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => gknbDiagnostics(cfg).length === 1, 'a diagnostic on the broken .gknbrc.json');
    const [problem] = gknbDiagnostics(cfg);
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Error);
    // The inner object took the outer brace: the outer one is missing at the end of the file (line 5).
    assert.match(problem.message, /语法错误.*第 5 行.*使用默认设置/);
    assert.strictEqual(problem.range.start.line, 4);
    // Saved broken: the report falls back to the defaults (row-total is an error again).
    await cfgDoc.save();
    await waitForDiagnostics(report, (ds) => ds.some((d) => codeOf(d) === 'row-total' && d.severity === vscode.DiagnosticSeverity.Error));
    // Fixed: no problem on the file, and its severity applies again.
    const fix = new vscode.WorkspaceEdit();
    fix.replace(cfg, new vscode.Range(2, 0, 2, 100), '  "rules": { "row-total": "warning" }');
    assert.ok(await vscode.workspace.applyEdit(fix));
    await cfgDoc.save();
    await waitFor(() => gknbDiagnostics(cfg).length === 0, 'the problem on .gknbrc.json to go');
    await waitForDiagnostics(report, (ds) => ds.some((d) => codeOf(d) === 'row-total' && d.severity === vscode.DiagnosticSeverity.Warning));
  });

  it('“Create/Open gknb Configuration” opens the nearest file, or creates one at the folder root', async () => {
    writeWorkspaceFile('cfg/.gknbrc.json', '{ "rules": {} }');
    await openDoc(writeWorkspaceFile('cfg/sub/report2.txt', BROKEN));
    const opened = await vscode.commands.executeCommand('gknb.openConfig');
    assert.strictEqual(opened.fsPath, path.join(root(), 'cfg', '.gknbrc.json'));
    assert.strictEqual(vscode.window.activeTextEditor.document.uri.fsPath, opened.fsPath);
    // A report with no configuration above it: a new file at the root, valid, with comments.
    await openDoc(writeWorkspaceFile('batch/extra.txt', BROKEN));
    const config = vscode.workspace.getConfiguration('gknb');
    await config.update('rules.overview-topics', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      const created = await vscode.commands.executeCommand('gknb.openConfig');
      assert.strictEqual(created.fsPath, path.join(root(), '.gknbrc.json'));
      const text = fs.readFileSync(created.fsPath, 'utf8');
      assert.match(text, /\/\/ gknb 配置文件/);
      assert.match(text, /"overview-topics": "off"/, 'the rule changed in the settings is carried over');
      // The template is a valid configuration (read with the engine's own parser).
      const { parseConfig } = require(path.join(REPO, 'out', 'server', 'src', 'engine', 'config'));
      const parsed = parseConfig(text);
      assert.deepStrictEqual(parsed.problems, []);
      assert.deepStrictEqual(parsed.config.rules, { 'overview-topics': 'off' });
    } finally {
      await config.update('rules.overview-topics', undefined, vscode.ConfigurationTarget.Workspace);
      removeWorkspacePath('.gknbrc.json');
    }
  });

  it('“Format Tables” aligns a Markdown pipe table and changes no value', async () => {
    const text = '# 示范县2023年政府信息公开工作年度报告\n\n## 二、主动公开政府信息情况\n\n第二十条第（六）项\n\n| 信息内容 | 本年处理决定数量 |\n|---|--:|\n|行政处罚|120|\n| 行政强制 |  4 |\n';
    const uri = writeWorkspaceFile('cfg/format.md', text);
    const doc = await openDoc(uri);
    const before = await waitForDiagnostics(uri, (ds) => ds.length > 0);
    const changed = await vscode.commands.executeCommand('gknb.formatTables');
    assert.strictEqual(changed, 3, 'the header row was aligned already');
    assert.deepStrictEqual(doc.getText().split('\n').slice(6, 10), [
      '| 信息内容 | 本年处理决定数量 |',
      '| -------- | ---------------: |',
      '| 行政处罚 |              120 |',
      '| 行政强制 |                4 |',
    ]);
    const after = await waitForDiagnostics(uri, (ds) => ds.length === before.length);
    assert.deepStrictEqual(after.map((d) => d.message).sort(), before.map((d) => d.message).sort());
    assert.strictEqual(await vscode.commands.executeCommand('gknb.formatTables'), 0, 'formatting again changes nothing');
  });

  it('the gknb task runs the bundled CLI with the $gknb problem matcher', async () => {
    writeWorkspaceFile('cfg/task/report.txt', BROKEN);
    const tasks = await vscode.tasks.fetchTasks({ type: 'gknb' });
    assert.ok(tasks.length >= 1);
    const task = tasks[0];
    assert.deepStrictEqual(task.problemMatchers, ['$gknb']);
    assert.deepStrictEqual(task.execution.args.slice(1, 4), ['check', '--format', 'compact']);
    const resolved = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the task did not end')), 60000);
      const sub = vscode.tasks.onDidEndTaskProcess((e) => {
        if (e.execution.task.definition.type !== 'gknb') return;
        clearTimeout(timer);
        sub.dispose();
        resolve(e.exitCode);
      });
      vscode.tasks.executeTask(task).then(undefined, reject);
    });
    assert.strictEqual(resolved, 1, 'exit 1: the workspace has reports with errors');
  });
});
