/**
 * The language server over real LSP (JSON-RPC over stdio, the built dist/server.js):
 * every request it answers, incremental changes, cancellation, stale fixes and a clean shutdown.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  CodeActionRequest, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest, CompletionRequest,
  ExecuteCommandRequest, DocumentDiagnosticRequest, CodeAction, DocumentSymbol, CompletionItem, TextDocumentEdit,
  CancellationTokenSource, DidChangeConfigurationNotification,
} from 'vscode-languageserver-protocol/node';
import { ROOT, seed } from '../helpers/fixtures';
import { applyEdits, change, open, pull, startServer, stop, TestServer } from '../helpers/lspClient';

const URI = 'file:///work/report-002.md';

/** package.json's repository as a web address (the one place it is written). */
function repositoryUrl(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return String(pkg.repository.url).replace(/^git\+/, '').replace(/\.git$/, '');
}

describe('language server protocol', function () {
  this.timeout(30000);
  let server: TestServer;
  let text: string;

  before(async () => {
    server = await startServer();
    text = seed('002').text;
    await open(server, URI, text);
  });

  after(async () => {
    if (server) server.process.kill();
  });

  it('publishes pull diagnostics with rule codes, rule pages and fix data', async () => {
    const items = await pull(server, URI);
    const hint = items.find((d) => d.code === 'title-format');
    assert.ok(hint, 'title-format diagnostic');
    assert.strictEqual(hint!.source, 'gknb');
    // The rule page on the web: the repository named in package.json, its default branch.
    assert.strictEqual(hint!.codeDescription!.href, `${repositoryUrl()}/blob/main/docs/rules/title-format.md`);
    assert.strictEqual((hint!.data as any).version, 1);
  });

  it('links the rule pages to the mirror the client names (gknb.rulesBaseUrl), and ignores an unusable address', async () => {
    const cases: [string, string][] = [
      ['https://git.intranet.example/gknb/docs/rules/', 'https://git.intranet.example/gknb/docs/rules/title-format.md'],
      ['http://10.0.0.8/rules', 'http://10.0.0.8/rules/title-format.md'],
      ['https://wiki.example/gknb?rule={id}', 'https://wiki.example/gknb?rule=title-format'],
      ['javascript:alert(1)', `${repositoryUrl()}/blob/main/docs/rules/title-format.md`],
      ['', `${repositoryUrl()}/blob/main/docs/rules/title-format.md`],
    ];
    for (const [rulesBaseUrl, expected] of cases) {
      const mirrored = await startServer({ rulesBaseUrl });
      try {
        await open(mirrored, URI, seed('002').text);
        const hint = (await pull(mirrored, URI)).find((d) => d.code === 'title-format');
        assert.strictEqual(hint?.codeDescription?.href, expected, `rulesBaseUrl ${JSON.stringify(rulesBaseUrl)}`);
      } finally {
        mirrored.process.kill();
      }
    }
  });

  it('an incremental change that breaks a total yields row-total with related cells', async () => {
    // Line 47 (0-based 46): "三、本年度办理结果\t(一) 予以公开\t1\t0…": make 自然人 2.
    const line = text.split('\n').findIndex((l) => l.includes('予以公开'));
    const col = text.split('\n')[line].indexOf('\t1\t') + 1;
    await change(server, URI, 2, [{ range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: '2' }]);
    text = applyEdits(text, [{ range: { start: { line, character: col }, end: { line, character: col + 1 } }, newText: '2' }]);
    const items = await pull(server, URI);
    const rt = items.find((d) => d.code === 'row-total');
    assert.ok(rt, 'row-total after the change');
    assert.match(rt!.message, /自然人\(2\).*=2，但总计为 1，相差 1/);
    assert.strictEqual(rt!.relatedInformation!.length, 6);
    assert.ok(items.some((d) => d.code === 'result-total'));
    // （七）总计 did not change, so 一 + 二 = （七） + 四 still holds.
    assert.ok(!items.some((d) => d.code === 'balance'));
  });

  it('the quick fix sets the total; after applying it the diagnostic is gone', async () => {
    const items = await pull(server, URI);
    const rt = items.find((d) => d.code === 'row-total')!;
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI }, range: rt.range, context: { diagnostics: [rt] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.title === '把总计改为 2');
    assert.ok(fix, `actions: ${actions.map((a) => a.title)}`);
    const edit = fix!.edit!.documentChanges![0] as TextDocumentEdit;
    assert.strictEqual(edit.textDocument.version, 2);
    text = applyEdits(text, edit.edits as any);
    await change(server, URI, 3, [{ text }]);
    const after = await pull(server, URI);
    assert.ok(!after.some((d) => d.code === 'row-total' && d.range.start.line === rt.range.start.line));
  });

  it('refuses a stale fix: a diagnostic of an older version whose text moved gets no quick fix', async () => {
    const items = await pull(server, URI);
    const some = items.find((d) => (d.data as any)?.fixes?.length)!;
    assert.ok(some);
    // Unchanged text keeps its fix (recomputed for the current version)…
    await change(server, URI, 4, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    const still = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI }, range: some.range, context: { diagnostics: [some] },
    })) as CodeAction[];
    assert.ok(still.some((a) => a.kind === 'quickfix' && (a.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version === 4));
    // …but once a line is inserted above it, the old diagnostic is stale and its fix is refused.
    await change(server, URI, 5, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    text = '\n' + text;
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI }, range: some.range, context: { diagnostics: [some] },
    })) as CodeAction[];
    assert.deepStrictEqual(actions.filter((a) => a.kind === 'quickfix'), []);
  });

  it('source.fixAll.gknb gathers the safe fixes', async () => {
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.gknb'] },
    })) as CodeAction[];
    assert.strictEqual(actions.length, 1);
    const edits = (actions[0].edit!.documentChanges![0] as TextDocumentEdit).edits;
    assert.ok(edits.length >= 1);
  });

  it('document symbols: the title, then the six sections with their tables', async () => {
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    assert.strictEqual(symbols.length, 1);
    assert.match(symbols[0].name, /政府信息公开工作年度报告/);
    const sections = symbols[0].children!;
    assert.deepStrictEqual(sections.map((s) => s.name.slice(0, 2)), ['一、', '二、', '三、', '四、', '五、', '六、']);
    const t3 = sections[2].children!.find((c) => c.name.startsWith('表格三'))!;
    assert.ok(t3, 'table 三 under section 三');
    // The row total was fixed above, but （七）总计 still disagrees in two columns.
    assert.strictEqual(t3.detail, '✗ 2 处合计不符');
    assert.strictEqual(sections[3].children!.find((c) => c.name.startsWith('表格四'))!.detail, '✓ 合计平衡');
  });

  it('folding ranges cover each section and each table', async () => {
    const ranges = await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: URI } });
    const lines = text.split('\n');
    const sectionLines = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'].map((t) => lines.findIndex((l) => l.includes(t)));
    for (const l of sectionLines) assert.ok(ranges!.some((r) => r.startLine === l), `fold at ${l + 1}`);
    const table3Start = lines.findIndex((l) => l.startsWith('(本列数据'));
    assert.ok(ranges!.some((r) => r.startLine === table3Start && r.endLine >= table3Start + 20), 'table 三 folds');
  });

  it('hover on a total shows the sum it should equal with each term', async () => {
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('一、本年新收'));
    const cells = lines[line].split('\t');
    const totalCol = cells.slice(0, 8).join('\t').length + 1; // after label, '', and 6 applicant cells
    const h = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line, character: totalCol } });
    const value = (h!.contents as any).value as string;
    assert.match(value, /应为 \*\*0\*\*/);
    assert.match(value, /自然人：0/);
  });

  it('completion offers the section titles at the start of a line', async () => {
    const items = (await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: { line: 1, character: 0 } })) as CompletionItem[];
    assert.ok(items.some((i) => i.label === '三、收到和处理政府信息公开申请情况'));
    assert.ok(items.some((i) => i.label === '（七）总计'));
  });

  it('executeCommand inserts a standard table through workspace/applyEdit', async () => {
    const before = server.appliedEdits.length;
    const ok = await server.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gknb.server.insertTemplate', arguments: [{ uri: URI, template: 'table4', position: { line: 2, character: 0 } }] });
    assert.strictEqual(ok, true);
    assert.strictEqual(server.appliedEdits.length, before + 1);
    const edit = server.appliedEdits[before].documentChanges![0] as TextDocumentEdit;
    assert.match(edit.edits[0].newText, /行政复议\t\t\t\t\t行政诉讼/);
  });

  it('a request cancelled at once is answered (result or cancellation) and the server stays up', async () => {
    const source = new CancellationTokenSource();
    const p = server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } }, source.token);
    source.cancel();
    await p.then(() => undefined, (e) => assert.ok([-32800, -32802].includes(e.code), `code ${e.code}`));
    const items = await pull(server, URI);
    assert.ok(Array.isArray(items));
  });

  it('settings: a rule set to off disappears after a configuration change', async () => {
    server.settings = { rules: { 'title-format': 'off' } };
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await new Promise((r) => setTimeout(r, 100));
    const items = await pull(server, URI);
    assert.ok(!items.some((d) => d.code === 'title-format'));
    assert.ok(server.refreshes >= 1, 'asked the client to re-pull diagnostics');
    server.settings = {};
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
  });

  it('a Markdown file that is not a report gets nothing', async () => {
    const uri = 'file:///work/notes.md';
    await open(server, uri, '# 会议纪要\n\n一、总体情况很好。\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    assert.deepStrictEqual(await pull(server, uri), []);
    const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.deepStrictEqual(symbols, []);
  });

  it('shuts down cleanly', async () => {
    const code = await stop(server);
    assert.strictEqual(code, 0);
    server = undefined as any;
  });
});
