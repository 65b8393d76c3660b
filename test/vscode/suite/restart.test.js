// The language server dies (killed from outside, while the editor is busy with it): the extension restarts
// it, the diagnostics come back and follow new edits, and the user is told once per session, not once per
// crash. (A crash under load makes several of the client's writes fail before the exit is seen; the client
// used to give up after the fourth and leave the server dead.)
const assert = require('assert');
const { execFileSync } = require('child_process');
const vscode = require('vscode');
const { seedText, writeWorkspaceFile, activate, openDoc, codeOf, waitForDiagnostics } = require('./helpers');

/** Language servers of this extension host: its child processes running dist/server.js. */
function serverPids() {
  const out = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  return out.split('\n')
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m) => m && Number(m[2]) === process.pid && /dist[\\/]server\.js/.test(m[3]))
    .map((m) => Number(m[1]));
}

/** Poll the process table until the predicate holds (the restart is asynchronous). */
async function waitForPids(predicate, what, timeoutMs = 20000) {
  const end = Date.now() + timeoutMs;
  let pids = serverPids();
  while (!predicate(pids)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; server pids: ${pids.join(', ') || 'none'}`);
    await new Promise((r) => setTimeout(r, 100));
    pids = serverPids();
  }
  return pids;
}

/**
 * Kill the server while the editor is busy with it: requests sent in the same tick as the kill fail to
 * be written, as when a server dies under a user who is typing (a crash rarely comes alone).
 */
async function killBusy(pid, doc) {
  // Stopped, the server reads nothing: what the editor sends piles up (a few large changes fill the pipe).
  process.kill(pid, 'SIGSTOP');
  const filler = `${'　'.repeat(20000)}\n`;
  for (let i = 0; i < 8; i++) {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, filler);
    await vscode.workspace.applyEdit(edit);
  }
  const pending = [];
  for (let i = 0; i < 12; i++) pending.push(vscode.commands.executeCommand(i % 2 ? 'vscode.executeDocumentSymbolProvider' : 'vscode.executeFoldingRangeProvider', doc.uri));
  process.kill(pid, 'SIGKILL');
  await Promise.allSettled(pending);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('gknb language server restart', function () {
  this.timeout(90000);
  const warnings = [];
  let original;

  before(async () => {
    // Record the warnings the extension shows (this suite shares the extension's vscode API object).
    original = vscode.window.showWarningMessage;
    vscode.window.showWarningMessage = function (...args) {
      warnings.push(String(args[0]));
      return original.apply(this, args);
    };
    await activate();
  });

  after(async () => {
    vscode.window.showWarningMessage = original;
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('after the server is killed, it is restarted, diagnostics come back and follow edits; the user is told once', async () => {
    assert.notStrictEqual(vscode.window.showWarningMessage, original, 'warnings can be observed');
    const text = seedText('002').replace('(一) 予以公开\t1\t', '(一) 予以公开\t2\t');
    const uri = writeWorkspaceFile('restart.md', text);
    const doc = await openDoc(uri);
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'row-total'));
    const [first] = await waitForPids((p) => p.length === 1, 'one language server');

    await killBusy(first, doc);
    const [second] = await waitForPids((p) => p.length === 1 && p[0] !== first, 'a new language server');
    assert.ok(!isAlive(first));
    // The new server analyses the open report: break another total and see it reported.
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('一、本年新收'));
    assert.ok(line > 0);
    const lineText = doc.lineAt(line).text;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(line, 0, line, lineText.length), lineText.replace(/\t0\t/, '\t5\t'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'row-total' && d.range.start.line === line));
    const restarted = warnings.filter((w) => /restarted|重启/.test(w));
    assert.strictEqual(restarted.length, 1, `warnings: ${warnings.join(' | ')}`);

    // A second crash: restarted again, but the user is not told again.
    await killBusy(second, doc);
    await waitForPids((p) => p.length === 1 && p[0] !== second && p[0] !== first, 'a third language server');
    // The third server follows edits too: put the line back and its row-total goes away.
    const back = new vscode.WorkspaceEdit();
    back.replace(uri, doc.lineAt(line).range, lineText);
    assert.ok(await vscode.workspace.applyEdit(back));
    await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === 'row-total' && d.range.start.line === line) && ds.some((d) => codeOf(d) === 'row-total'));
    assert.strictEqual(warnings.filter((w) => /restarted|重启/.test(w)).length, 1, `warnings: ${warnings.join(' | ')}`);
  });
});
