#!/usr/bin/env node
// Fuzzes the real language server over LSP (JSON-RPC over stdio, dist/server.js).
//
//   node scripts/fuzz-lsp.mjs [--seconds N] [--edits N] [--seed S] [--out DIR] [--quiet]
//   node scripts/fuzz-lsp.mjs --replay test-output/fuzz/failure-….json   (re-run a reproduction)
//   node scripts/fuzz-lsp.mjs --self-test N   (from the Nth edit of a document the fresh server is given the
//                                              text one line lower: the run must fail and write a reproduction)
//
// Opens random sample reports, applies random incremental edits (digits, tabs, line breaks of every
// kind, headings, table labels, pipes, NBSP, U+3000, lone surrogates, NUL, long lines…) and after each
// edit pulls the diagnostics and checks that the server answered and that they equal what a second,
// fresh server gives for the same text opened anew. Now and then it also compares outline and folding,
// asks for code actions (every quick fix must be a versioned edit of the current version) and sends
// malformed requests (unknown method, bad params, impossible positions, garbage command arguments),
// after which the server must still answer. On a mismatch, a crash or a hang it writes a reproduction
// (seed, sample, the edit sequence, and a shortened sequence that still fails) to test-output/fuzz/
// and exits 1.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { prng } from './prng.mjs';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const REQUEST_TIMEOUT_MS = 30000;

// ------------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const o = { seconds: 600, seed: Date.now() % 1000000, out: path.join(ROOT, 'test-output', 'fuzz'), quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a.startsWith('--seconds')) o.seconds = Number(value());
    else if (a.startsWith('--edits')) o.edits = Number(value());
    else if (a.startsWith('--seed')) o.seed = Number(value());
    else if (a.startsWith('--out')) o.out = path.resolve(value());
    else if (a === '--quiet') o.quiet = true;
    else if (a.startsWith('--replay')) (o.replay ??= []).push(path.resolve(value()));
    else if (a.startsWith('--self-test')) o.selfTest = Number(value());
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/fuzz-lsp.mjs [--seconds N (600)] [--edits N (stop after N edits)] [--seed S] [--out DIR (test-output/fuzz)] [--quiet]\n       node scripts/fuzz-lsp.mjs --replay reproduction.json [--replay …]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!(o.seconds > 0) || !Number.isInteger(o.seed)) throw new Error('--seconds must be positive and --seed an integer');
  if (o.edits !== undefined && !(Number.isInteger(o.edits) && o.edits > 0)) throw new Error('--edits must be a positive integer');
  return o;
}

// ------------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32, shared with the benchmark's corpus generator)

function rng(seed) {
  const next = prng(seed);
  return { next, int: (n) => next.int(0, n - 1), pick: next.pick, chance: next.chance };
}

// ------------------------------------------------------------------------------------------------
// Inputs

function samples() {
  const dirs = ['seeds', 'layouts'].map((d) => path.join(ROOT, 'test', 'fixtures', d));
  return dirs.flatMap((dir) => fs.readdirSync(dir).sort().map((f) => ({ name: path.join(path.basename(dir), f), text: fs.readFileSync(path.join(dir, f), 'utf8') })));
}

const SNIPPETS = [
  '0', '1', '7', '12', '100', '2023', '-1', '2.5', '１２', '1,234', '约10', '件',
  '\t', '\t\t', ' ', '    ', '\n', '\n', '\r\n', '\r', '\n\n', '|', ' | ', '|---|---|', '\u00a0', '\u3000', '\ufeff',
  '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况', '六、其他需要报告的事项', '## ', '# ', '（一）', '（七）总计', '（一）予以公开', '三、本年度办理结果',
  '一、本年新收政府信息公开申请数量', '四、结转下年度继续办理', '行政复议', '行政诉讼', '第二十条第（一）项', '规章', '行政许可',
  '信息内容', '本年处理决定数量', '自然人', '商业企业', '总计', '信息处理费', '政府信息公开工作年度报告', '示范县2023年政府信息公开工作年度报告',
  '\t0\t0\t0\t0\t0\t0\t0', '| 1 | 0 | 0 | 0 | 0 | 0 | 1 |', '0    0    0    0    0',
  '\ud800', '\udc00', '\udbff\udfff', '😀', '\u0000', '\u200b', 'abc', '无',
];

function snippet(r) {
  if (r.chance(0.01)) return r.pick(['x', '政', '0\t']).repeat(2000 + r.int(8000)); // a long line
  let s = '';
  const n = r.int(5);
  for (let i = 0; i < n; i++) s += r.pick(SNIPPETS);
  return s;
}

// ------------------------------------------------------------------------------------------------
// The client's copy of the text, edited with the server's semantics (LSP positions in UTF-16 units,
// lines ending at \r\n, \r or \n; positions outside the text are clamped as the server clamps them).

function lineStarts(text) {
  const starts = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

function lineLength(text, starts, line) {
  const end = line + 1 < starts.length ? starts[line + 1] : text.length;
  const raw = text.slice(starts[line], end);
  return raw.endsWith('\r\n') ? raw.length - 2 : /[\r\n]$/.test(raw) ? raw.length - 1 : raw.length;
}

function offsetOf(text, starts, p) {
  const line = Math.max(0, Math.min(p.line, starts.length - 1));
  const character = Math.max(0, Math.min(p.character, lineLength(text, starts, line)));
  return starts[line] + character;
}

function applyChange(text, change) {
  if (!change.range) return change.text;
  const starts = lineStarts(text);
  let a = offsetOf(text, starts, change.range.start);
  let b = offsetOf(text, starts, change.range.end);
  if (b < a) [a, b] = [b, a];
  return text.slice(0, a) + change.text + text.slice(b);
}

function randomRange(r, text) {
  const starts = lineStarts(text);
  const line = r.int(starts.length);
  const len = lineLength(text, starts, line);
  const character = r.int(len + 1);
  if (r.chance(0.5)) return { start: { line, character }, end: { line, character } };
  const endLine = Math.min(starts.length - 1, line + (r.chance(0.7) ? 0 : r.int(4)));
  const endLen = lineLength(text, starts, endLine);
  const endCharacter = endLine === line ? Math.min(endLen, character + r.int(12)) : r.int(endLen + 1);
  return { start: { line, character }, end: { line: endLine, character: endCharacter } };
}

// ------------------------------------------------------------------------------------------------
// A language server over stdio

class Failure extends Error {
  constructor(kind, message, details = {}) {
    super(message);
    this.kind = kind;
    this.details = details;
  }
}

async function startServer(name) {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const server = { name, child, stderr: '', exited: undefined, requests: 0, applyEdits: 0 };
  child.stderr.on('data', (d) => { server.stderr = (server.stderr + d).slice(-20000); });
  child.on('exit', (code, signal) => { server.exited = { code, signal }; });
  server.gone = new Promise((_, reject) => child.on('exit', (code, signal) => reject(new Failure('crash', `${name} server exited (code ${code}, signal ${signal})`))));
  server.gone.catch(() => undefined);
  child.stdin.on('error', () => undefined);
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  server.connection = connection;
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('client/unregisterCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  // The fuzzer's text is the truth: edits the server proposes are declined, so both stay in step.
  connection.onRequest('workspace/applyEdit', () => { server.applyEdits++; return { applied: false, failureReason: 'fuzzer declines edits' }; });
  connection.onNotification(() => undefined);
  connection.onError(() => undefined);
  connection.onClose(() => undefined);
  connection.listen();
  await request(server, 'initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: { configuration: true, diagnostics: { refreshSupport: true }, applyEdit: true, workspaceEdit: { documentChanges: true } },
      textDocument: {
        diagnostic: { dynamicRegistration: false },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    },
    initializationOptions: { locale: 'zh-cn' },
    workspaceFolders: null,
  });
  await connection.sendNotification('initialized', {});
  return server;
}

/** A request that must be answered (a result or an error response) within the time limit. */
function request(server, method, params) {
  server.requests++;
  if (server.exited) return Promise.reject(new Failure('crash', `${server.name} server exited (${JSON.stringify(server.exited)}) before ${method}`));
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Failure('hang', `${server.name} server did not answer ${method} within ${REQUEST_TIMEOUT_MS / 1000} s`)), REQUEST_TIMEOUT_MS);
  });
  return Promise.race([server.connection.sendRequest(method, params), timeout, server.gone]).finally(() => clearTimeout(timer));
}

/** Like request, but an error response is an answer too (for malformed requests). */
async function requestAnswered(server, method, params) {
  try {
    return { result: await request(server, method, params) };
  } catch (e) {
    if (e instanceof Failure) throw e;
    return { error: e };
  }
}

async function stopServer(server) {
  if (!server || server.exited) return;
  try {
    await Promise.race([server.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
    server.connection.sendNotification('exit');
  } catch { /* already gone */ }
  await new Promise((r) => setTimeout(r, 50));
  if (!server.exited) server.child.kill();
  server.connection.dispose();
}

// ------------------------------------------------------------------------------------------------
// Comparison

/** Diagnostics as plain data, without what legitimately differs between the two servers (uri, version). */
function normalizeDiagnostics(items, uri) {
  return items.map((d) => {
    const copy = JSON.parse(JSON.stringify(d));
    if (copy.data && typeof copy.data === 'object') delete copy.data.version;
    for (const r of copy.relatedInformation ?? []) if (r.location?.uri === uri) r.location.uri = '<doc>';
    return copy;
  });
}

function firstDifference(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (!isDeepStrictEqual(a[i], b[i])) return { index: i, incremental: a[i] ?? null, fresh: b[i] ?? null };
  }
  return undefined;
}

async function pull(server, uri) {
  const r = await request(server, 'textDocument/diagnostic', { textDocument: { uri } });
  if (!r || (r.kind !== 'full' && r.kind !== 'unchanged')) throw new Failure('protocol', `${server.name}: diagnostic report of kind ${r?.kind}`, { report: r });
  if (r.kind !== 'full') throw new Failure('protocol', `${server.name}: "unchanged" without a previous result id`, { report: r });
  return r.items;
}

// ------------------------------------------------------------------------------------------------
// One document session: the subject server edits incrementally, the reference opens each text fresh.

class Session {
  constructor(ctx, sample, languageId, ext, n) {
    this.ctx = ctx;
    this.sample = sample;
    this.languageId = languageId;
    this.ext = ext;
    this.uri = `file:///gknb-fuzz-nonexistent/incremental/doc-${n}${ext}`;
    this.text = sample.text;
    this.version = 1;
    this.changes = []; // every didChange since open: { version, contentChanges }
  }

  async open() {
    await this.ctx.subject.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri, languageId: this.languageId, version: 1, text: this.text } });
  }

  async close() {
    await this.ctx.subject.connection.sendNotification('textDocument/didClose', { textDocument: { uri: this.uri } });
  }

  async change(contentChanges) {
    for (const c of contentChanges) this.text = applyChange(this.text, c);
    this.version++;
    this.changes.push({ version: this.version, contentChanges });
    await this.ctx.subject.connection.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri, version: this.version }, contentChanges });
  }

  /** The reference server's answers for the same text, opened fresh under a new uri. */
  async fresh(methods) {
    const ref = this.ctx.reference;
    const uri = `file:///gknb-fuzz-nonexistent/fresh/doc-${++this.ctx.freshCount}${this.ext}`;
    // --self-test: the fresh server sees the text one line lower, to show that a difference is caught and reported.
    const text = this.ctx.selfTest && this.changes.length >= this.ctx.selfTest ? `\n${this.text}` : this.text;
    await ref.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: this.languageId, version: 1, text } });
    try {
      const out = { diagnostics: normalizeDiagnostics(await pull(ref, uri), uri) };
      for (const m of methods) out[m] = await request(ref, m, { textDocument: { uri } });
      return out;
    } finally {
      await ref.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  }

  async check(compareOutline) {
    const subject = this.ctx.subject;
    const got = normalizeDiagnostics(await pull(subject, this.uri), this.uri);
    const methods = compareOutline ? ['textDocument/documentSymbol', 'textDocument/foldingRange'] : [];
    const want = await this.fresh(methods);
    this.ctx.stats.compared++;
    const diff = firstDifference(got, want.diagnostics);
    if (diff) throw new Failure('mismatch', `diagnostics differ from a fresh server's (${got.length} vs ${want.diagnostics.length}) at version ${this.version}`, { difference: diff });
    for (const m of methods) {
      const mine = await request(subject, m, { textDocument: { uri: this.uri } });
      if (!isDeepStrictEqual(mine, want[m])) throw new Failure('mismatch', `${m} differs from a fresh server's at version ${this.version}`, { incremental: mine, fresh: want[m] });
    }
    return got;
  }
}

// ------------------------------------------------------------------------------------------------
// Malformed and odd requests: each must be answered, and the server must stay up.

function oddRequests(uri, version) {
  const far = { line: 1e9, character: 1e9 };
  return [
    ['gknb/noSuchMethod', { x: 1 }],
    ['textDocument/noSuchMethod', null],
    ['textDocument/hover', {}],
    ['textDocument/hover', null],
    ['textDocument/hover', { textDocument: { uri }, position: far }],
    ['textDocument/hover', { textDocument: { uri }, position: { line: -1, character: -5 } }],
    ['textDocument/hover', { textDocument: { uri: 'file:///nowhere/unknown.md' }, position: { line: 0, character: 0 } }],
    ['textDocument/completion', { textDocument: { uri }, position: far }],
    ['textDocument/completion', { textDocument: { uri }, position: { line: 'a', character: null } }],
    ['textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere/unknown.md' } }],
    ['textDocument/documentSymbol', { textDocument: 42 }],
    ['textDocument/foldingRange', { textDocument: {} }],
    ['textDocument/diagnostic', { textDocument: { uri: 'file:///nowhere/unknown.md' } }],
    ['textDocument/diagnostic', { textDocument: { uri }, previousResultId: 'garbage' }],
    ['textDocument/codeAction', { textDocument: { uri }, range: { start: far, end: far }, context: { diagnostics: [] } }],
    ['textDocument/codeAction', { textDocument: { uri }, range: { start: far, end: far } }],
    ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ source: 'gknb', code: 'row-total', message: 'x', range: { start: far, end: far }, data: { version, fixes: 'garbage' } }] } }],
    ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ source: 'gknb', range: null, data: null }] } }],
    ['textDocument/rangeFormatting', { textDocument: { uri }, range: { start: far, end: { line: -1, character: 0 } }, options: { tabSize: 4, insertSpaces: true } }],
    ['workspace/executeCommand', { command: 'gknb.server.fixAll', arguments: 'garbage' }],
    ['workspace/executeCommand', { command: 'gknb.server.fixAll', arguments: [null] }],
    ['workspace/executeCommand', { command: 'gknb.server.insertTemplate', arguments: [{ uri: 42, template: {} }] }],
    ['workspace/executeCommand', { command: 'gknb.server.insertTemplate', arguments: [{ uri, template: 'no-such-table' }] }],
    ['workspace/executeCommand', { command: 'gknb.server.insertTemplate', arguments: [{ uri, template: 'table3', position: { line: -5, character: 1e9 } }] }],
    ['workspace/executeCommand', { command: 'no.such.command', arguments: [] }],
    ['workspace/executeCommand', null],
    ['gknb/documentInfo', null],
    ['gknb/documentInfo', { uri: 'file:///nowhere/unknown.md' }],
  ];
}

// ------------------------------------------------------------------------------------------------
// The run

/**
 * Replays a recorded session on a fresh pair of servers, pulling diagnostics after every change as the
 * run did (analyses of intermediate versions are part of the incremental state); compares at the end,
 * or after every change with `checkEach`. Returns the failure, or undefined when it passes.
 */
async function replay(record, checkEach = false) {
  const subject = await startServer('subject');
  const reference = await startServer('reference');
  const ctx = { subject, reference, freshCount: 0, stats: { compared: 0 } };
  try {
    const s = new Session(ctx, { name: record.sample, text: record.initialText }, record.languageId, record.ext, 0);
    await s.open();
    for (const c of record.changes) {
      await s.change(c.contentChanges);
      if (checkEach) await s.check(true);
      else await pull(subject, s.uri);
    }
    await s.check(true);
    return undefined;
  } catch (e) {
    if (e instanceof Failure) return e;
    throw e;
  } finally {
    await stopServer(subject);
    await stopServer(reference);
  }
}

/** Shorten a failing change sequence (delta debugging on whole changes, with a time budget). */
async function minimize(record, budgetMs) {
  const end = Date.now() + budgetMs;
  let changes = record.changes;
  let chunk = Math.max(1, Math.floor(changes.length / 2));
  while (chunk >= 1 && Date.now() < end) {
    let removed = false;
    for (let i = 0; i < changes.length && Date.now() < end; i += chunk) {
      const candidate = [...changes.slice(0, i), ...changes.slice(i + chunk)];
      if (await replay({ ...record, changes: candidate })) {
        changes = candidate;
        removed = true;
        i -= chunk;
      }
    }
    if (!removed) chunk = Math.floor(chunk / 2);
  }
  return changes.map((c, i) => ({ version: i + 2, contentChanges: c.contentChanges }));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
  if (opts.replay) {
    // Re-run recorded reproductions (test/fixtures/fuzz/*.json): each must now pass.
    let failed = 0;
    for (const file of opts.replay) {
      const record = JSON.parse(fs.readFileSync(file, 'utf8'));
      const f = await replay(record, true);
      console.log(`${f ? 'FAIL' : 'ok  '} ${path.relative(ROOT, path.resolve(file))}: ${record.changes.length} changes on ${record.sample} (${record.languageId})${f ? ` — ${f.message}` : ''}`);
      if (f) failed++;
    }
    return failed ? 1 : 0;
  }
  const r = rng(opts.seed);
  const all = samples();
  const stats = { edits: 0, requests: 0, odd: 0, documents: 0, compared: 0, codeActions: 0 };
  const started = Date.now();
  const deadline = started + opts.seconds * 1000;
  const say = (s) => { if (!opts.quiet) console.log(s); };
  say(`fuzz-lsp: seed ${opts.seed}, ${opts.seconds} s, ${all.length} samples, server ${path.relative(ROOT, SERVER)}`);

  const ctx = { subject: await startServer('subject'), reference: await startServer('reference'), freshCount: 0, stats, selfTest: opts.selfTest };
  let session;
  let lastProgress = Date.now();
  let failure;
  try {
    // --edits bounds the run by work, not time: the same edits on a loaded machine as on an idle one.
    while (Date.now() < deadline && !(opts.edits !== undefined && stats.edits >= opts.edits)) {
      if (!session || session.changes.length >= 60 + r.int(120) || session.text.length > 400000) {
        if (session) await session.close();
        const sample = r.pick(all);
        const [languageId, ext] = r.pick([['markdown', '.md'], ['plaintext', '.txt'], ['gknb', '.gknb'], ['markdown', '.md']]);
        session = new Session(ctx, sample, languageId, ext, ++stats.documents);
        await session.open();
        await session.check(false);
      }
      const roll = r.next();
      if (roll < 0.04) {
        // Malformed or odd requests; the server must answer each and stay up.
        const odd = oddRequests(session.uri, session.version);
        const [method, params] = r.pick(odd);
        const answer = await requestAnswered(ctx.subject, method, params);
        if (method.endsWith('noSuchMethod') && answer.error?.code !== -32601) throw new Failure('protocol', `${method}: expected a MethodNotFound error, got ${JSON.stringify(answer)}`);
        stats.odd++;
        continue;
      }
      // An edit: usually one range change, sometimes several in one notification, rarely the whole text.
      let contentChanges;
      if (roll < 0.05) contentChanges = [{ text: r.chance(0.5) ? r.pick(all).text : session.text + snippet(r) }];
      else {
        const n = r.chance(0.15) ? 2 + r.int(3) : 1;
        contentChanges = [];
        let text = session.text;
        for (let i = 0; i < n; i++) {
          const c = { range: randomRange(r, text), text: snippet(r) };
          text = applyChange(text, c);
          contentChanges.push(c);
        }
      }
      await session.change(contentChanges);
      stats.edits++;
      const items = await session.check(r.chance(0.1));
      if (r.chance(0.1) && items.length) {
        // Code actions for a few diagnostics: every quick fix must be an edit of the current version.
        const some = items.slice(0, 3).map((d) => ({ ...d, relatedInformation: undefined }));
        const actions = await request(ctx.subject, 'textDocument/codeAction', { textDocument: { uri: session.uri }, range: some[0].range, context: { diagnostics: some } });
        stats.codeActions++;
        for (const a of actions ?? []) {
          const edit = a.edit?.documentChanges?.[0];
          if (!edit || edit.textDocument?.version !== session.version) throw new Failure('protocol', `code action "${a.title}" is not a versioned edit of version ${session.version}`, { action: a });
        }
      }
      if (r.chance(0.05)) {
        const starts = lineStarts(session.text);
        const position = { line: r.int(starts.length + 2), character: r.int(200) };
        await request(ctx.subject, r.pick(['textDocument/hover', 'textDocument/completion']), { textDocument: { uri: session.uri }, position });
      }
      if (Date.now() - lastProgress > 10000) {
        lastProgress = Date.now();
        stats.requests = ctx.subject.requests + ctx.reference.requests;
        say(`  ${Math.round((Date.now() - started) / 1000)} s: ${stats.edits} edits, ${stats.requests} requests (${stats.odd} malformed/odd), ${stats.documents} documents, ${stats.compared} comparisons`);
      }
    }
  } catch (e) {
    if (!(e instanceof Failure)) throw e;
    failure = e;
  }
  stats.requests = ctx.subject.requests + ctx.reference.requests;
  const subjectStderr = ctx.subject.stderr;
  await stopServer(ctx.subject);
  await stopServer(ctx.reference);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = `${stats.edits} edits, ${stats.requests} requests (${stats.odd} malformed/odd, ${stats.codeActions} code action checks), ${stats.documents} documents, ${stats.compared} comparisons with a fresh server in ${seconds} s`;
  if (!failure) {
    console.log(`fuzz-lsp: ok — ${summary} (seed ${opts.seed})`);
    console.log(`FUZZ_STATS ${JSON.stringify({ ...stats, seconds: Number(seconds), seed: opts.seed })}`);
    return 0;
  }

  console.error(`fuzz-lsp: FAILED (${failure.kind}): ${failure.message}`);
  const record = {
    seed: opts.seed,
    kind: failure.kind,
    message: failure.message,
    details: failure.details,
    sample: session?.sample.name,
    languageId: session?.languageId,
    ext: session?.ext,
    initialText: session?.sample.text,
    changes: session?.changes ?? [],
    finalText: session?.text,
    compareOutline: true,
    stats,
    serverStderr: subjectStderr.slice(-4000),
  };
  fs.mkdirSync(opts.out, { recursive: true });
  const base = path.join(opts.out, `failure-seed${opts.seed}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  fs.writeFileSync(`${base}.json`, JSON.stringify(record, null, 1));
  console.error(`  reproduction: ${path.relative(ROOT, base)}.json (${record.changes.length} changes since ${record.sample} was opened as ${record.languageId})`);
  if (session && failure.kind === 'mismatch') {
    try {
      if (await replay(record)) {
        const minimal = await minimize(record, 120000);
        fs.writeFileSync(`${base}.minimal.json`, JSON.stringify({ ...record, changes: minimal, finalText: minimal.reduce((t, c) => c.contentChanges.reduce(applyChange, t), record.initialText) }, null, 1));
        console.error(`  minimal: ${path.relative(ROOT, base)}.minimal.json (${minimal.length} changes)`);
      } else console.error('  (the sequence did not fail again when replayed on new servers)');
    } catch (e) {
      console.error(`  minimising failed: ${e?.message ?? e}`);
    }
  }
  console.log(`FUZZ_STATS ${JSON.stringify({ ...stats, seconds: Number(seconds), seed: opts.seed, failed: failure.kind })}`);
  return 1;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`fuzz-lsp: error: ${e?.stack ?? e}`);
  process.exit(2);
});
