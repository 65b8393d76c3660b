/**
 * Bad input and faults at the server (real LSP over stdio, dist/server.js): odd documents get correct
 * results or one clear diagnostic; requests that fail never take the server down; quick fixes are
 * versioned and a fix of an older version is refused, not misapplied.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import {
  CodeAction, CodeActionRequest, CompletionRequest, Diagnostic, DocumentSymbolRequest, ExecuteCommandRequest,
  FoldingRangeRequest, HoverRequest, TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { seed } from '../helpers/fixtures';
import { applyEdits, change, open, pull, startServer, stop, TestServer } from '../helpers/lspClient';

const TABLE4 = ['行政复议\t\t\t\t\t行政诉讼', '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0'].join('\n');
let uriCount = 0;
const nextUri = (ext = '.md') => `file:///gknb-faults/doc-${++uriCount}${ext}`;

async function actionsFor(server: TestServer, uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  return (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics },
  })) as CodeAction[];
}

/** A request that may fail with an error response but must be answered. */
async function answered(p: Promise<unknown>): Promise<{ result?: unknown; error?: any }> {
  try {
    return { result: await p };
  } catch (error) {
    return { error };
  }
}

describe('server faults: odd documents', function () {
  this.timeout(60000);
  let server: TestServer;
  before(async () => { server = await startServer(); });
  after(async () => { if (server) await stop(server); });

  it('a report with NUL bytes gets exactly one diagnostic saying it was not analysed', async () => {
    const uri = nextUri();
    await open(server, uri, seed('002').text.replace('二、主动公开', '\u0000\u0000二、主动公开'));
    const items = await pull(server, uri);
    assert.strictEqual(items.length, 1, items.map((d) => d.code).join());
    assert.strictEqual(items[0].code, 'not-analysed');
    assert.match(items[0].message, /NUL/);
  });

  it('PNG bytes opened as a gknb document: one diagnostic; as Markdown: nothing (not a report)', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]).toString('latin1');
    const gknb = nextUri('.gknb');
    await open(server, gknb, png, 'gknb');
    const items = await pull(server, gknb);
    assert.deepStrictEqual(items.map((d) => d.code), ['not-analysed']);
    const md = nextUri();
    await open(server, md, png);
    assert.deepStrictEqual(await pull(server, md), []);
  });

  it('GBK bytes shown as UTF-8 mojibake: one diagnostic suggesting GB18030, for a gknb and a plain-text document', async () => {
    const mojibake = new TextDecoder('utf-8').decode(iconv.encode(seed('003').text, 'gbk'));
    for (const [languageId, ext] of [['gknb', '.gknb'], ['plaintext', '.txt'], ['markdown', '.md']]) {
      const uri = nextUri(ext);
      await open(server, uri, mojibake, languageId);
      const items = await pull(server, uri);
      assert.strictEqual(items.length, 1, `${languageId}: ${items.map((d) => d.code).join()}`);
      assert.strictEqual(items[0].code, 'encoding');
      assert.match(items[0].message, /GB18030/);
    }
  });

  it('random Unicode with lone surrogates: answered, and the same as a fresh open after edits', async () => {
    const parts = fc.sample(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\ud800', '\udfff', '\r\n', '\n', '\t', '一、总体情况', '（七）总计\t1\t2', '|')), { maxLength: 60 }), { numRuns: 8, seed: 11 });
    for (const p of parts) {
      const text = p.join('');
      const uri = nextUri('.gknb');
      await open(server, uri, text, 'gknb');
      const first = await pull(server, uri);
      assert.ok(Array.isArray(first));
      await change(server, uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\udc00二、主动公开政府信息情况\n\ud83d' }]);
      const incremental = await pull(server, uri);
      const fresh = nextUri('.gknb');
      await open(server, fresh, applyEdits(text, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '\udc00二、主动公开政府信息情况\n\ud83d' }]), 'gknb');
      const strip = (ds: Diagnostic[]) => ds.map((d) => ({ ...d, data: undefined, relatedInformation: undefined }));
      assert.deepStrictEqual(strip(incremental), strip(await pull(server, fresh)));
      const hover = await answered(server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } }));
      assert.ok(!hover.error, String(hover.error));
    }
  });

  it('10,000 tables: answered, the report\'s own tables check out, and an edit is answered too', async () => {
    const uri = nextUri('.gknb');
    const text = seed('002').text + ('\n' + TABLE4).repeat(10000);
    await open(server, uri, text, 'gknb');
    const items = await pull(server, uri);
    assert.deepStrictEqual(items.filter((d) => d.severity === 1).map((d) => d.code), []);
    const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0);
    await change(server, uri, 2, [{ range: { start: { line: 15000, character: 0 }, end: { line: 15000, character: 1 } }, text: 'x' }]);
    assert.ok(Array.isArray(await pull(server, uri)));
  });
});

describe('server faults: the size limit (gknb.maxFileSize)', function () {
  this.timeout(60000);

  it('a document over the limit gets one "not analysed" diagnostic, and is analysed again once edits shrink it', async () => {
    const text = seed('002').text;
    const limit = Math.floor(text.length * 0.6);
    const server = await startServer({ settings: { maxFileSize: limit } });
    try {
      const uri = nextUri();
      // Opened at once after start-up, as an editor does with the files it restores.
      await open(server, uri, text);
      const over = await pull(server, uri);
      assert.strictEqual(over.length, 1, over.map((d) => d.code).join());
      assert.strictEqual(over[0].code, 'not-analysed');
      assert.match(over[0].message, /maxFileSize/);
      // Delete everything after line 20: under the limit, so it is checked (the later sections are missing).
      assert.ok(text.split('\n').slice(0, 20).join('\n').length < limit);
      const lines = text.split('\n');
      await change(server, uri, 2, [{ range: { start: { line: 20, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } }, text: '' }]);
      const under = await pull(server, uri);
      assert.ok(!under.some((d) => d.code === 'not-analysed'), under.map((d) => d.code).join());
      assert.ok(under.some((d) => d.code === 'section-missing'));
      // Growing past the limit again stops the analysis again.
      await change(server, uri, 3, [{ range: { start: { line: 20, character: 0 }, end: { line: 20, character: 0 } }, text: lines.slice(20).join('\n') }]);
      assert.deepStrictEqual((await pull(server, uri)).map((d) => d.code), ['not-analysed']);
    } finally {
      await stop(server);
    }
  });
});

describe('server faults: failing requests never take the server down', function () {
  this.timeout(60000);
  let server: TestServer;
  const uri = nextUri();
  let baseline: Diagnostic[];
  before(async () => {
    server = await startServer();
    await open(server, uri, seed('001').text);
    baseline = await pull(server, uri);
  });
  after(async () => { if (server) server.process.kill(); });

  const far = { line: 1e9, character: 1e9 };
  const cases: [string, (s: TestServer) => Promise<unknown>][] = [
    ['hover beyond the end', (s) => s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: far })],
    ['hover at a negative position', (s) => s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: -3, character: -1 } })],
    ['hover on an unknown document', (s) => s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere/x.md' }, position: { line: 0, character: 0 } })],
    ['hover without params', (s) => s.connection.sendRequest('textDocument/hover', null)],
    ['completion beyond the end', (s) => s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: far })],
    ['code action beyond the end', (s) => s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: far, end: far }, context: { diagnostics: [] } })],
    ['code action without a context', (s) => s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: far, end: far } })],
    ['code action with garbage fix data', (s) => s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: far, end: far }, context: { diagnostics: [{ source: 'gknb', code: 'row-total', message: 'x', range: { start: far, end: far }, data: { version: 1, fixes: 'garbage' } }] } })],
    ['document symbols of an unknown document', (s) => s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///nowhere/x.md' } })],
    ['document symbols with a number for a document', (s) => s.connection.sendRequest('textDocument/documentSymbol', { textDocument: 42 })],
    ['folding ranges of an unknown document', (s) => s.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: 'file:///nowhere/x.md' } })],
    ['diagnostics of an unknown document', (s) => s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'file:///nowhere/x.md' } })],
    ['executeCommand with a string for arguments', (s) => s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gknb.server.fixAll', arguments: 'garbage' as any })],
    ['executeCommand with null arguments', (s) => s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gknb.server.insertTemplate', arguments: [null] })],
    ['executeCommand with a number for a uri', (s) => s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gknb.server.insertTemplate', arguments: [{ uri: 42, template: {} }] })],
    ['executeCommand with an unknown template', (s) => s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gknb.server.insertTemplate', arguments: [{ uri, template: 'table9' }] })],
    ['executeCommand of an unknown command', (s) => s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'no.such.command', arguments: [] })],
    ['executeCommand without params', (s) => s.connection.sendRequest('workspace/executeCommand', null)],
    ['an unknown method', (s) => s.connection.sendRequest('gknb/noSuchMethod', { x: 1 })],
  ];

  for (const [name, send] of cases) {
    it(`${name}: answered, and the next request works`, async () => {
      const a = await answered(send(server));
      if (name === 'an unknown method') assert.strictEqual(a.error?.code, -32601, JSON.stringify(a));
      else assert.ok(!a.error || typeof a.error.code === 'number', String(a.error));
      assert.strictEqual(server.process.exitCode, null, 'the server is still running');
      assert.deepStrictEqual(await pull(server, uri), baseline);
    });
  }
});

describe('server faults: fixes of an older version are refused', function () {
  this.timeout(60000);
  let server: TestServer;
  before(async () => { server = await startServer(); });
  after(async () => { if (server) await stop(server); });

  it('every quick fix and fix-all is a versioned edit of the version it was computed for', async () => {
    const uri = nextUri('.txt');
    await open(server, uri, seed('000').text, 'plaintext', 7);
    const items = await pull(server, uri);
    const withFixes = items.filter((d) => (d.data as any)?.fixes?.length);
    assert.ok(withFixes.length >= 3, `${withFixes.length} diagnostics with fixes`);
    let quickfixes = 0;
    for (const d of withFixes) {
      for (const a of await actionsFor(server, uri, [d])) {
        const edit = a.edit!.documentChanges![0] as TextDocumentEdit;
        assert.deepStrictEqual(edit.textDocument, { uri, version: 7 }, a.title);
        quickfixes++;
      }
    }
    assert.ok(quickfixes >= withFixes.length);
    const fixAll = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.gknb'] } })) as CodeAction[];
    for (const a of fixAll) assert.strictEqual((a.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version, 7);
    const before = server.appliedEdits.length;
    await server.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gknb.server.fixAll', arguments: [{ uri }] });
    for (const e of server.appliedEdits.slice(before)) assert.strictEqual((e.documentChanges![0] as TextDocumentEdit).textDocument.version, 7);
  });

  it('after an edit that moves the text, no diagnostic of the old version gets a quick fix; the old ones carry the old version', async () => {
    const uri = nextUri('.txt');
    const text = seed('000').text;
    await open(server, uri, text, 'plaintext', 1);
    const old = (await pull(server, uri)).filter((d) => (d.data as any)?.fixes?.length);
    const oldActions = await actionsFor(server, uri, [old[0]]);
    assert.ok(oldActions.length > 0);
    await change(server, uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '新增的第一行\n' }]);
    // The fix computed before the edit names version 1: a client refuses it on version 2.
    assert.strictEqual((oldActions[0].edit!.documentChanges![0] as TextDocumentEdit).textDocument.version, 1);
    for (const d of old) {
      const quick = (await actionsFor(server, uri, [d])).filter((a) => a.kind === 'quickfix');
      assert.deepStrictEqual(quick.map((a) => a.title), [], `stale ${d.code} at line ${d.range.start.line + 1}`);
    }
    // The current diagnostics still get theirs, for version 2.
    const now = (await pull(server, uri)).filter((d) => (d.data as any)?.fixes?.length);
    const fresh = await actionsFor(server, uri, [now[0]]);
    assert.ok(fresh.length > 0);
    assert.strictEqual((fresh[0].edit!.documentChanges![0] as TextDocumentEdit).textDocument.version, 2);
  });

  it('a stale row-total at the same place whose sum has changed gets no fix; the current one offers the new sum', async () => {
    const uri = nextUri('.txt');
    let text = seed('002').text.replace('(一) 予以公开\t1\t', '(一) 予以公开\t2\t');
    await open(server, uri, text, 'plaintext', 1);
    const old = (await pull(server, uri)).find((d) => d.code === 'row-total')!;
    assert.ok(old, 'row-total');
    const totals = (actions: CodeAction[]) => actions.filter((a) => a.kind === 'quickfix' && a.title.startsWith('把总计改为'));
    assert.deepStrictEqual(totals(await actionsFor(server, uri, [old])).map((a) => a.title), ['把总计改为 2']);
    // 自然人 2 → 3 (same line, same width): the total's range is unchanged but the right sum is now 3.
    const line = old.range.start.line;
    const col = text.split('\n')[line].indexOf('\t2\t') + 1;
    await change(server, uri, 2, [{ range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: '3' }]);
    text = applyEdits(text, [{ range: { start: { line, character: col }, end: { line, character: col + 1 } }, newText: '3' }]);
    assert.deepStrictEqual(totals(await actionsFor(server, uri, [old])), [], 'the stale “set the total to 2” is refused');
    const current = (await pull(server, uri)).find((d) => d.code === 'row-total')!;
    assert.deepStrictEqual(current.range, old.range);
    const actions = totals(await actionsFor(server, uri, [current]));
    assert.deepStrictEqual(actions.map((a) => a.title), ['把总计改为 3']);
    assert.strictEqual((actions[0].edit!.documentChanges![0] as TextDocumentEdit).textDocument.version, 2);
  });

  it('an inserted table uses the document\'s line breaks, also one cell per line in a CRLF document', async () => {
    const s = await startServer({ settings: { template: { style: 'cells' } } });
    try {
      const uri = nextUri('.txt');
      await open(s, uri, seed('002').text.replace(/\n/g, '\r\n'), 'plaintext');
      await pull(s, uri);
      const ok = await s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'gknb.server.insertTemplate', arguments: [{ uri, template: 'table4', position: { line: 3, character: 0 } }] });
      assert.strictEqual(ok, true);
      const inserted = (s.appliedEdits[0].documentChanges![0] as TextDocumentEdit).edits[0].newText;
      assert.ok(inserted.startsWith('\t行政复议\r\n\t\r\n'), JSON.stringify(inserted.slice(0, 80)));
      assert.ok(!/[^\r]\n/.test(inserted), 'no bare LF in a CRLF document');
    } finally {
      await stop(s);
    }
  });
});
