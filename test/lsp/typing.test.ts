/**
 * Typing bursts over real LSP: during a burst the server waits for a pause in typing before it analyses
 * (server/src/lsp/quiet.ts), so a burst of keystrokes — each a didChange followed by a diagnostic pull that
 * cancels the previous one, as VS Code's client does — is analysed a few times, not once per keystroke, and the
 * last answer is that of the final text; a keystroke after a pause is answered at once. Counts come from the
 * server (`gknb/stats`); no timing is asserted.
 */
import * as assert from 'assert';
import {
  CancellationTokenSource, Diagnostic, DidChangeConfigurationNotification, DocumentDiagnosticReport, DocumentDiagnosticRequest,
  PublishDiagnosticsNotification, PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { seed } from '../helpers/fixtures';
import { applyEdits, change, open, pull, startServer, stats, TestServer } from '../helpers/lspClient';

const URI = 'file:///work/typing-002.txt';
const KEYSTROKES = 30;

/**
 * Pulls diagnostics the way vscode-languageclient 9 does: at most one pull per document at a time; a change while
 * one is outstanding cancels it, and once that one is answered the client pulls again for the current version.
 */
class EditorPulls {
  private active: CancellationTokenSource | undefined;
  private pending: Promise<void> = Promise.resolve();
  private again = false;
  private resultId: string | undefined;
  /** The last full report received for a pull that was not cancelled, and the document version it was sent at. */
  last: { version: number; items: Diagnostic[] } | undefined;
  errors: unknown[] = [];

  constructor(private server: TestServer, private uri: string, private version: () => number) {}

  pull(): void {
    if (this.active) {
      this.active.cancel();
      this.again = true;
      return;
    }
    const source = (this.active = new CancellationTokenSource());
    const version = this.version();
    this.pending = this.server.connection
      .sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: this.uri }, previousResultId: this.resultId }, source.token)
      .then((r: DocumentDiagnosticReport) => {
        if (source.token.isCancellationRequested) return;
        this.resultId = r.resultId;
        if (r.kind === 'full') this.last = { version, items: r.items };
      }, (e) => {
        // -32800 RequestCancelled, -32802 ServerCancelled: pulled again below.
        if (![-32800, -32802].includes(e.code)) this.errors.push(e);
        if (e.data?.retriggerRequest) this.again = true;
      })
      .then(() => {
        this.active = undefined;
        if (this.again) {
          this.again = false;
          this.pull();
        }
      });
  }

  /** Resolves when no pull is outstanding any more. */
  async settled(): Promise<void> {
    while (this.active) await this.pending;
  }
}

/** 29 characters typed into the prose of section 一, then the 30th turns 予以公开's 自然人 cell from 1 into 2. */
function keystrokes(text: string): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[] {
  const lines = text.split('\n');
  const prose = lines.findIndex((l) => l.startsWith('2022 年，承留镇'));
  const cellLine = lines.findIndex((l) => l.includes('(一) 予以公开\t1\t'));
  const cell = lines[cellLine].indexOf('\t1\t') + 1;
  const edits = [];
  for (let i = 0; i < KEYSTROKES - 1; i++) {
    const at = { line: prose, character: 5 + i };
    edits.push({ range: { start: at, end: at }, newText: '的' });
  }
  edits.push({ range: { start: { line: cellLine, character: cell }, end: { line: cellLine, character: cell + 1 } }, newText: '2' });
  return edits;
}

/** Diagnostics without what differs between two servers or versions (the fix data carries the version). */
function plain(items: Diagnostic[]): unknown[] {
  return items.map((d) => ({ ...d, data: undefined }));
}

/** What a fresh server says about `text`. */
async function reference(text: string): Promise<Diagnostic[]> {
  const fresh = await startServer();
  try {
    await open(fresh, URI, text, 'plaintext');
    return await pull(fresh, URI);
  } finally {
    fresh.process.kill();
  }
}

describe('language server: a typing burst is analysed at its start and end, not per keystroke', function () {
  this.timeout(30000);
  let server: TestServer;

  afterEach(() => {
    server?.process.kill();
  });

  it(`${KEYSTROKES} keystrokes, each a change and a pull cancelling the previous one: a few analyses, and the last answer is the final text's`, async () => {
    server = await startServer();
    let text = seed('002').text;
    let version = 1;
    await open(server, URI, text, 'plaintext');
    const editor = new EditorPulls(server, URI, () => version);
    editor.pull();
    await editor.settled();
    assert.ok(!editor.last!.items.some((d) => d.code === 'row-total'), 'the seed balances');
    await stats(server, URI, true);

    // Fast typing, a few milliseconds between keystrokes: long enough for a server that does not wait to
    // answer each pull before the next keystroke (30 analyses), far shorter than the quiet interval.
    for (const edit of keystrokes(text)) {
      version++;
      text = applyEdits(text, [edit]);
      await change(server, URI, version, [{ range: edit.range, text: edit.newText }]);
      editor.pull();
      await new Promise((r) => setTimeout(r, 5));
    }
    await editor.settled();

    const s = await stats(server, URI);
    assert.deepStrictEqual(editor.errors, []);
    assert.ok(s.analyses >= 1 && s.analyses <= 10, `${s.analyses} analyses for ${KEYSTROKES} keystrokes (${JSON.stringify(s)})`);
    assert.strictEqual(s.changes, KEYSTROKES);
    assert.strictEqual(s.byReason.diagnostics, s.analyses);
    assert.ok(s.cancelled >= 1, `a pull was cancelled by the next keystroke (${JSON.stringify(s)})`);
    assert.ok(s.waited >= 1, 'a pull waited for the pause');

    // The last answer is for the final version and the final text: the broken total is reported.
    assert.strictEqual(editor.last!.version, version);
    const rt = editor.last!.items.find((d) => d.code === 'row-total');
    assert.ok(rt, 'row-total after the burst');
    assert.match(rt!.message, /自然人\(2\).*=2，但总计为 1，相差 1/);
    assert.deepStrictEqual(plain(editor.last!.items), plain(await reference(text)));
  });

  it('only a burst waits: open, settings refresh and a keystroke after a pause are answered at once', async () => {
    server = await startServer();
    const text = seed('002').text;
    await open(server, URI, text, 'plaintext');
    await pull(server, URI);
    assert.deepStrictEqual(await stats(server, URI), { changes: 0, analyses: 1, byReason: { diagnostics: 1 }, pulls: 1, waited: 0, cancelled: 0, unchanged: 0 });

    server.settings = { rules: { 'title-format': 'off' } };
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    while (server.refreshes === 0) await new Promise((r) => setTimeout(r, 10));
    await pull(server, URI);
    const s = await stats(server, URI);
    assert.strictEqual(s.waited, 0, 'the pull after a settings change did not wait');
    assert.strictEqual(s.analyses, 2, 'new settings: analysed again');

    // One keystroke after a pause: answered at once.
    const [a, b, c] = keystrokes(text);
    await change(server, URI, 2, [{ range: a.range, text: a.newText }]);
    await pull(server, URI);
    let now = await stats(server, URI);
    assert.strictEqual(now.waited, 0, JSON.stringify(now));
    assert.strictEqual(now.analyses, 3);
    // Two changes sent back to back are a burst: the pull waits for the quiet interval, the next pull of the
    // same version does not.
    await change(server, URI, 3, [{ range: b.range, text: b.newText }]);
    await change(server, URI, 4, [{ range: c.range, text: c.newText }]);
    await pull(server, URI);
    await pull(server, URI);
    now = await stats(server, URI);
    assert.strictEqual(now.waited, 1, JSON.stringify(now));
    assert.strictEqual(now.pulls, 5);
    assert.strictEqual(now.analyses, 4);
  });

  it('a pull that is not cancelled but whose version moved on is answered ServerCancelled with retriggerRequest', async () => {
    server = await startServer();
    let text = seed('002').text;
    await open(server, URI, text, 'plaintext');
    await pull(server, URI);
    const edits = keystrokes(text).slice(0, 3);
    // A burst (changes back to back), a pull, one more change, another pull.
    await change(server, URI, 2, [{ range: edits[0].range, text: edits[0].newText }]);
    await change(server, URI, 3, [{ range: edits[1].range, text: edits[1].newText }]);
    const first = server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } });
    await change(server, URI, 4, [{ range: edits[2].range, text: edits[2].newText }]);
    const second = server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } });
    await assert.rejects(first, (e: any) => e.code === -32802 && e.data?.retriggerRequest === true);
    const report = (await second) as DocumentDiagnosticReport & { resultId: string };
    assert.strictEqual(report.kind, 'full');
    assert.match(report.resultId, /^4:/);
    for (const e of edits) text = applyEdits(text, [e]);
    assert.deepStrictEqual(plain((report as any).items), plain(await reference(text)));
    assert.strictEqual((await stats(server, URI)).analyses, 2);
  });

  it(`push mode (no pull support): ${KEYSTROKES} quick changes are published a few times, the last for the final text`, async () => {
    server = await startServer({ pushDiagnostics: true });
    const published: PublishDiagnosticsParams[] = [];
    server.connection.onNotification(PublishDiagnosticsNotification.type, (p) => { published.push(p); });
    let text = seed('002').text;
    await open(server, URI, text, 'plaintext');
    while (!published.length) await new Promise((r) => setTimeout(r, 10));
    await stats(server, URI, true);
    published.length = 0;

    let version = 1;
    for (const edit of keystrokes(text)) {
      version++;
      text = applyEdits(text, [edit]);
      await change(server, URI, version, [{ range: edit.range, text: edit.newText }]);
      await new Promise((r) => setTimeout(r, 5));
    }
    while (!published.some((p) => p.version === version)) await new Promise((r) => setTimeout(r, 10));
    const s = await stats(server, URI);
    assert.ok(s.analyses >= 1 && s.analyses <= 10, `${s.analyses} analyses for ${KEYSTROKES} changes`);
    assert.ok(published.length <= 10, `${published.length} publications`);
    const last = published[published.length - 1];
    assert.strictEqual(last.version, version);
    assert.deepStrictEqual(plain(last.diagnostics), plain(await reference(text)));
  });
});
