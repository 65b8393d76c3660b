#!/usr/bin/env node
// gknb benchmark: engine speed (full check, corpus throughput, keystrokes), the CLI as a whole
// process against markdownlint-cli2 and a read-and-split baseline, memory of the CLI and of the
// language server, extension load time and package size, and keystroke → Problems panel in a real
// VS Code (code-server, bench/editor-latency.mjs). Prints a table, writes JSON.
//
//   npm run bench                                   # builds, then the full run (a few minutes)
//   node bench/run.mjs [--quick [--editor]] [--out file.json] [--build]
//
// --quick   10 reports, 1 repetition, 3 reports open in the server: checks that every figure can be
//           produced (used by test/unit/bench-smoke.test.ts); its numbers mean nothing. The real-editor
//           section (code-server) is skipped, and says so, unless --editor is given too.
// --out     where to write the JSON (default bench/results.json, or bench/results-quick.json with --quick)
// --build   rebuild dist/ and out/ first (done anyway when they are missing)
//
// Targets are printed next to each figure with PASS/FAIL; they are never asserted: exit code is 0
// unless the benchmark itself could not run.
import { spawnSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, mkdirSync, copyFileSync, rmSync, statSync, readdirSync } from 'node:fs';
import { join, basename, resolve, dirname } from 'node:path';
import { tmpdir, cpus, totalmem, platform, release, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ROOT, DEFAULT_SEED, loadSamples, generateCorpus, makeHugeReport, isProse, cellNumbers } from './corpus.mjs';
import { generateReviewerSet, REVIEWER_DIR } from './reviewer.mjs';

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const QUICK = flag('--quick');
const OUT = resolve(option('--out') ?? join(ROOT, 'bench', QUICK ? 'results-quick.json' : 'results.json'));

const LOAD_AT_START = loadavg()[0];
const P = QUICK
  ? { corpus: 10, engineWarm: 1, seedWarm: 2, seedReps: 3, passes: 1, passWarm: 1, keyWarm: 2, keyReps: 3, hugeKeyWarm: 1, hugeKeyReps: 2, fullReps: 2, hugeFullReps: 1, hugeBytes: 256 * 1024, procReps: 1, serverDocs: 3, activationReps: 1, reviewerReports: 12, reviewerReps: 1, oneReps: 1, documents: 4, documentReps: 1 }
  : { corpus: 1000, engineWarm: 100, seedWarm: 50, seedReps: 300, passes: 5, passWarm: 1, keyWarm: 50, keyReps: 300, hugeKeyWarm: 5, hugeKeyReps: 40, fullReps: 100, hugeFullReps: 9, hugeBytes: 1 << 20, procReps: 5, serverDocs: 50, activationReps: 9, reviewerReports: 400, reviewerReps: 7, oneReps: 15, documents: 100, documentReps: 5 };

const BUILT = ['cli.js', 'server.js', 'client.js'].map((f) => join(ROOT, 'dist', f));
const ENGINE = join(ROOT, 'out', 'server', 'src', 'engine', 'index.js');
const MDL_CONFIG = join(ROOT, 'bench', '.markdownlint-cli2.jsonc');

function log(msg) {
  process.stderr.write(`[bench] ${msg}\n`);
}

// ---------------------------------------------------------------------------------------------
// Build what the benchmark needs: dist/ (esbuild) and the engine compiled to out/ (tsc).

function build() {
  log('building dist/ and out/server …');
  for (const [what, args] of [['esbuild', [join(ROOT, 'scripts', 'build.mjs')]], ['tsc', [require.resolve('typescript/bin/tsc'), '-b', join(ROOT, 'server')]]]) {
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`${what} build failed (exit ${r.status})`);
  }
}
if (flag('--build') || ![...BUILT, ENGINE].every(existsSync)) build();

// Other work may rebuild dist/ while this runs (and `npm run package` does): measure a private copy
// of bin/ and dist/, taken now. It stays inside the repository so module resolution is unchanged.
const SNAPSHOT = mkdtempSync(join(ROOT, 'bench', '.snapshot-'));
process.on('exit', () => rmSync(SNAPSHOT, { recursive: true, force: true }));
for (const dir of ['bin', 'dist']) {
  mkdirSync(join(SNAPSHOT, dir));
  for (const f of readdirSync(join(ROOT, dir))) if (f.endsWith('.js')) copyFileSync(join(ROOT, dir, f), join(SNAPSHOT, dir, f));
}
const BIN = join(SNAPSHOT, 'bin', 'gknb.js');
const DIST_SERVER = join(SNAPSHOT, 'dist', 'server.js');
const DIST_CLIENT = join(SNAPSHOT, 'dist', 'client.js');

const engine = require(ENGINE);
const { checkText, analyze, ReportDocument } = engine;

// ---------------------------------------------------------------------------------------------
// Figures and statistics

/** Every measured figure, in print order: { id, group, label, value, unit, target, pass, note, unavailable }. */
const figures = [];
const details = {};

function figure(group, id, label, value, unit, opts = {}) {
  const f = { id, group, label, value: Number.isFinite(value) ? value : null, unit };
  if (opts.target) {
    f.target = opts.target;
    f.pass = f.value === null ? null : opts.target.op === '<=' ? f.value <= opts.target.value : f.value >= opts.target.value;
  }
  if (opts.note) f.note = opts.note;
  if (f.value === null) f.unavailable = opts.unavailable ?? 'not measured';
  figures.push(f);
  return f;
}

function median(xs) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
/** Microseconds, monotonic. */
const now = () => Number(process.hrtime.bigint()) / 1e3;
const gc = () => globalThis.gc?.();
let sink = 0; // keeps results alive so no call is optimised away

function timeUs(fn, warm, reps) {
  for (let i = 0; i < warm; i++) sink += fn();
  const t = [];
  for (let i = 0; i < reps; i++) {
    const t0 = now();
    sink += fn();
    t.push(now() - t0);
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// 1. Full parse + all rules, per sample

const samples = loadSamples();
log(`full check of ${samples.length} samples …`);
// Warm the engine on every sample first: the code is shared, so otherwise the first sample measured
// would run on code the JIT has not optimised yet and look slower than the others.
for (let w = 0; w < P.engineWarm; w++) for (const s of samples) sink += checkText(s.text).diagnostics.length;
for (const s of samples) {
  const t = timeUs(() => checkText(s.text).diagnostics.length, P.seedWarm, P.seedReps);
  const bytes = Buffer.byteLength(s.text);
  figure('full', `full.${s.name}`, `full check ${s.name} (${(bytes / 1000).toFixed(1)} KB)`, median(t), 'µs');
  details[`full.${s.name}`] = { bytes, p10: quantile(t, 0.1), p90: quantile(t, 0.9), reps: t.length };
}

// ---------------------------------------------------------------------------------------------
// 2. Corpus: generate, then throughput in this process (one core)

const corpusDir = QUICK ? mkdtempSync(join(tmpdir(), 'gknb-bench-')) : join(ROOT, 'bench', 'corpus');
if (QUICK) process.on('exit', () => rmSync(corpusDir, { recursive: true, force: true }));
log(`generating ${P.corpus} reports in ${corpusDir} …`);
const corpus = generateCorpus({ count: P.corpus, seed: DEFAULT_SEED, dir: corpusDir, samples });
const texts = corpus.map((f) => readFileSync(f.path, 'utf8'));
const corpusBytes = corpus.reduce((s, f) => s + f.bytes, 0);
const sizes = corpus.map((f) => f.bytes);
details.corpus = {
  dir: QUICK ? '(temporary)' : 'bench/corpus', files: corpus.length, bytes: corpusBytes, seed: DEFAULT_SEED,
  sizeMin: Math.min(...sizes), sizeMedian: median(sizes), sizeMax: Math.max(...sizes),
  modes: corpus.reduce((m, f) => ((m[f.variant.mode] = (m[f.variant.mode] ?? 0) + 1), m), {}),
};

log(`corpus throughput (${P.passes} passes) …`);
gc();
for (let w = 0; w < P.passWarm; w++) for (const t of texts) sink += checkText(t).diagnostics.length;
const perFile = texts.map(() => []);
const passUs = [];
let corpusDiagnostics = 0;
for (let p = 0; p < P.passes; p++) {
  let total = 0;
  for (let i = 0; i < texts.length; i++) {
    const t0 = now();
    const n = checkText(texts[i]).diagnostics.length;
    const dt = now() - t0;
    sink += n;
    if (p === 0) corpusDiagnostics += n;
    perFile[i].push(dt);
    total += dt;
  }
  passUs.push(total);
}
details.corpus.diagnostics = corpusDiagnostics;
// Bytes per µs = MB/s. The figure divides by the sum of each report's median time over the passes,
// which a burst of load from other processes distorts less than a whole pass; per-pass figures go to details.
const throughput = passUs.map((us) => corpusBytes / us);
const medianSumUs = perFile.reduce((s, t) => s + median(t), 0);
// A typical report: the corpus files of 8–12 KB (or the three nearest 10 KB when there are too few).
let typical = corpus.map((f, i) => ({ i, bytes: f.bytes })).filter((f) => f.bytes >= 8000 && f.bytes <= 12000);
if (typical.length < 3) typical = corpus.map((f, i) => ({ i, bytes: f.bytes })).sort((a, b) => Math.abs(a.bytes - 10000) - Math.abs(b.bytes - 10000)).slice(0, 3);
const typicalUs = median(typical.map(({ i }) => median(perFile[i])));
figure('full', 'full.typical', `full check, typical report (median of ${typical.length} corpus reports of 8–12 KB)`, typicalUs, 'µs',
  { target: { op: '<=', value: 300 } });
figure('full', 'corpus.throughput', `corpus throughput, one core (${corpus.length} reports, ${(corpusBytes / 1e6).toFixed(1)} MB)`, corpusBytes / medianSumUs, 'MB/s',
  { target: { op: '>=', value: 30 }, note: `median pass ${median(throughput).toFixed(1)} MB/s` });
details['corpus.throughput'] = { fromPerReportMedians: corpusBytes / medianSumUs, passes: throughput, passMs: passUs.map((u) => u / 1000) };

// ---------------------------------------------------------------------------------------------
// 3. One keystroke: update + analyze, against a full re-parse of the same text

/** Where to type: prose in the middle of the section with the most prose, one of its cells, its heading. */
function keystrokeSites(text) {
  const doc = new ReportDocument(text);
  const model = analyze(doc).model;
  const lines = doc.getLines();
  const sections = model.sections ?? [];
  let best;
  for (const s of sections) {
    let prose = 0;
    for (let l = s.startLine; l <= s.endLine; l++) if (isProse(lines[l] ?? '')) prose += lines[l].length;
    if (!best || prose > best.prose) best = { s, prose };
  }
  const sec = best?.s;
  const lo = sec ? sec.startLine : 0;
  const hi = sec ? sec.endLine : lines.length - 1;
  const mid = (lo + hi) / 2;
  let proseLine = -1;
  for (let l = lo; l <= hi; l++) if (isProse(lines[l]) && (proseLine < 0 || Math.abs(l - mid) < Math.abs(proseLine - mid))) proseLine = l;
  const sites = {};
  if (proseLine >= 0) sites.prose = { line: proseLine, character: safeChar(lines[proseLine], lines[proseLine].length >> 1), text: '的', where: `line ${proseLine + 1}, section ${sec?.ordinal ?? '?'}` };
  if (sec?.headingSpan) {
    const h = sec.headingSpan;
    sites.heading = { line: h.line, character: safeChar(lines[h.line], (h.start + h.end) >> 1), text: '的', where: `line ${h.line + 1}: ${lines[h.line].trim()}` };
  }
  const row = model.table3 ? [...model.table3.rows.values()].find((r) => r.cells.some((c) => c.cell && c.value?.kind === 'number')) : undefined;
  const cell = row?.cells.find((c) => c.cell && c.value?.kind === 'number');
  if (cell) sites.cell = { line: cell.span.line, character: cell.span.start, text: '1', where: `table 三 row ${row.key}, column ${cell.column?.key}` };
  else {
    const l = lines.findIndex((x) => cellNumbers(x).length > 0);
    if (l >= 0) sites.cell = { line: l, character: cellNumbers(lines[l])[0].start, text: '1', where: `line ${l + 1}` };
  }
  return sites;
}
function safeChar(line, c) {
  const code = line.charCodeAt(c);
  return code >= 0xdc00 && code <= 0xdfff ? c + 1 : c;
}

function measureKeystrokes(name, text, warm, reps, fullReps) {
  const sites = keystrokeSites(text);
  const fullUs = median(timeUs(() => checkText(text).diagnostics.length, Math.min(3, fullReps), fullReps));
  const res = { bytes: Buffer.byteLength(text), lines: text.split('\n').length, fullUs, kinds: {} };
  const doc = new ReportDocument(text);
  analyze(doc);
  for (const kind of ['prose', 'cell', 'heading']) {
    const site = sites[kind];
    if (!site) continue;
    const at = { line: site.line, character: site.character };
    const after = { line: site.line, character: site.character + site.text.length };
    const ins = [];
    const del = [];
    const upd = [];
    let stats;
    for (let i = 0; i < warm + reps; i++) {
      let t0 = now();
      doc.update([{ range: { start: at, end: at }, text: site.text }]);
      let t1 = now();
      sink += analyze(doc).diagnostics.length;
      const a = now() - t0;
      const ua = t1 - t0;
      if (i === warm) stats = { ...doc.stats };
      t0 = now();
      doc.update([{ range: { start: at, end: after }, text: '' }]);
      t1 = now();
      sink += analyze(doc).diagnostics.length;
      const d = now() - t0;
      if (i >= warm) ins.push(a), del.push(d), upd.push(ua, t1 - t0);
    }
    const all = [...ins, ...del];
    res.kinds[kind] = {
      where: site.where, insertUs: median(ins), deleteUs: median(del), medianUs: median(all), p90Us: quantile(all, 0.9),
      updateOnlyUs: median(upd), statsAfterInsert: stats,
    };
  }
  res.textUnchanged = doc.getText() === text;
  details[`keystroke.${name}`] = res;
  return res;
}

const typicalSeed = samples.find((s) => s.name.startsWith('002_')) ?? samples[0];
const hugeText = makeHugeReport(samples, P.hugeBytes);
for (const [name, label, text, warm, reps, fullReps, limit] of [
  ['seed', `seed ${typicalSeed.name.slice(0, 3)}`, typicalSeed.text, P.keyWarm, P.keyReps, P.fullReps, 100],
  ['huge', `${(Buffer.byteLength(hugeText) / 1e6).toFixed(2)} MB report`, hugeText, P.hugeKeyWarm, P.hugeKeyReps, P.hugeFullReps, 1000],
]) {
  log(`keystrokes on the ${label} …`);
  gc();
  const r = measureKeystrokes(name, text, warm, reps, fullReps);
  figure('keystroke', `keystroke.${name}.full`, `full re-parse, ${label}`, r.fullUs, 'µs');
  let worst = 0;
  for (const [kind, k] of Object.entries(r.kinds)) {
    worst = Math.max(worst, k.medianUs);
    figure('keystroke', `keystroke.${name}.${kind}`, `keystroke in ${kind}, ${label} (insert ${k.insertUs.toFixed(0)} / delete ${k.deleteUs.toFixed(0)} µs; update() alone ${k.updateOnlyUs.toFixed(0)} µs)`, k.medianUs, 'µs',
      { target: { op: '<=', value: limit } });
    figure('keystroke', `keystroke.${name}.${kind}.ratio`, `  ${kind} keystroke / full re-parse, ${label}`, (100 * k.medianUs) / r.fullUs, '%',
      { target: { op: '<=', value: 5 } });
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Whole processes over the corpus: gknb check, markdownlint-cli2, read-and-split baseline

const GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
const RUSAGE_HOOK = join(ROOT, 'bench', 'rusage.cjs');

/** Run a Node script as a child process; wall time, CPU time and peak RSS (KiB). */
function runNode(args, opts = {}) {
  return runCommand(process.execPath, args, opts);
}

/** Any program (CPU and RSS only with GNU time: the --require hook is for Node processes). */
function runCommand(exe, args, { cwd = ROOT, capture = false, env = {} } = {}) {
  const stats = join(tmpdir(), `gknb-bench-rusage-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const isNode = exe === process.execPath;
  const cmd = GNU_TIME ? '/usr/bin/time' : exe;
  const full = GNU_TIME ? ['-f', '%e %U %S %M', '-o', stats, exe, ...args] : isNode ? ['--require', RUSAGE_HOOK, ...args] : args;
  const t0 = now();
  const r = spawnSync(cmd, full, {
    cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: capture ? 'pipe' : 'ignore',
    env: { ...process.env, GKNB_LANG: 'zh-cn', GKNB_BENCH_RUSAGE: stats, ...env },
  });
  const wallMs = (now() - t0) / 1000;
  let cpuMs = NaN;
  let maxRssKiB = NaN;
  try {
    const out = readFileSync(stats, 'utf8').trim().split('\n');
    if (GNU_TIME) {
      const [, u, s, m] = out[out.length - 1].split(' ').map(Number);
      cpuMs = (u + s) * 1000;
      maxRssKiB = m;
    } else {
      const j = JSON.parse(out[out.length - 1]);
      cpuMs = (j.userCPUTime + j.systemCPUTime) / 1000;
      maxRssKiB = j.maxRSS;
    }
    rmSync(stats, { force: true });
  } catch { /* no statistics: left NaN */ }
  return { status: r.status, wallMs, cpuMs, maxRssKiB, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

function markdownlintBin() {
  try {
    // Its package.json is not in its "exports": look for the package folder on the resolution paths.
    const dir = require.resolve.paths('markdownlint-cli2').map((p) => join(p, 'markdownlint-cli2')).find((d) => existsSync(join(d, 'package.json')));
    const pkgPath = join(dir, 'package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
    const bin = typeof pkg.bin === 'string' ? pkg.bin : Object.values(pkg.bin ?? {})[0];
    return { path: join(pkgPath, '..', bin), version: pkg.version };
  } catch {
    return undefined;
  }
}
const mdl = markdownlintBin();

const procs = {
  gknb: { args: [BIN, 'check', '--format', 'json', corpusDir] },
  markdownlint: mdl ? { args: [mdl.path, '**/*.{txt,md}', '--config', MDL_CONFIG] } : undefined,
  baseline: { args: [join(ROOT, 'bench', 'baseline.mjs'), corpusDir] },
};

log(`whole processes over the corpus (1 warm-up + ${P.procReps} runs each) …`);
const runs = { gknb: [], markdownlint: [], baseline: [] };
const checks = {};
for (const [name, p] of Object.entries(procs)) {
  if (!p) continue;
  const r = runNode(p.args, { cwd: corpusDir, capture: true });
  if (name === 'gknb') {
    let files = NaN;
    let diagnostics = NaN;
    try {
      const j = JSON.parse(r.stdout);
      files = j.length;
      diagnostics = j.reduce((s, f) => s + f.diagnostics.length, 0);
    } catch { /* reported below */ }
    checks.gknb = { exit: r.status, files, diagnostics, warmupMs: r.wallMs };
  } else if (name === 'markdownlint') {
    const out = r.stdout + r.stderr;
    checks.markdownlint = {
      exit: r.status, version: mdl.version,
      files: Number(/Linting: (\d+) file/.exec(out)?.[1]), errors: Number(/Summary: (\d+) error/.exec(out)?.[1]), warmupMs: r.wallMs,
    };
  } else {
    try { checks.baseline = { exit: r.status, ...JSON.parse(r.stdout), warmupMs: r.wallMs }; } catch { checks.baseline = { exit: r.status }; }
  }
  if (r.status !== 0 && !(r.status === 1 && name !== 'baseline')) log(`${name} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
}
details.processes = checks;
const reps = (name) => (checks[name]?.warmupMs > 20000 ? Math.min(3, P.procReps) : P.procReps);
for (let i = 0; i < P.procReps; i++) {
  for (const [name, p] of Object.entries(procs)) {
    if (!p || i >= reps(name)) continue;
    runs[name].push(runNode(p.args, { cwd: corpusDir }));
  }
}
const wall = (name) => median(runs[name].map((r) => r.wallMs));
const cpu = (name) => median(runs[name].map((r) => r.cpuMs));
const rss = (name) => median(runs[name].map((r) => r.maxRssKiB)) * 1024 / 1e6;
const files = `${corpus.length} reports`;
figure('cli', 'cli.gknb.ms', `gknb check --format json, ${files} (wall)`, wall('gknb'), 'ms', { note: `CPU ${cpu('gknb').toFixed(0)} ms` });
figure('cli', 'cli.markdownlint.ms', `markdownlint-cli2 ${mdl?.version ?? ''}, same files (wall)`, mdl ? wall('markdownlint') : NaN, 'ms',
  { unavailable: 'markdownlint-cli2 not installed (npm ci)', note: mdl ? `CPU ${cpu('markdownlint').toFixed(0)} ms` : undefined });
figure('cli', 'cli.baseline.ms', `baseline: read + split lines, same files (wall)`, wall('baseline'), 'ms', { note: `CPU ${cpu('baseline').toFixed(0)} ms` });
figure('cli', 'cli.vs_markdownlint', `gknb speed-up over markdownlint-cli2`, mdl ? wall('markdownlint') / wall('gknb') : NaN, '×',
  { target: { op: '>=', value: 10 }, unavailable: 'markdownlint-cli2 not installed' });
figure('cli', 'cli.vs_baseline', `gknb time / baseline time`, wall('gknb') / wall('baseline'), '×', { target: { op: '<=', value: 3 } });
figure('memory', 'cli.gknb.rss', `gknb check peak RSS, ${files}`, rss('gknb'), 'MB');
figure('memory', 'cli.markdownlint.rss', `markdownlint-cli2 peak RSS, same files`, mdl ? rss('markdownlint') : NaN, 'MB', { unavailable: 'markdownlint-cli2 not installed' });
details.processRuns = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.map((r) => ({ wallMs: r.wallMs, cpuMs: r.cpuMs, maxRssKiB: r.maxRssKiB, exit: r.status }))]));
details.rusageSource = GNU_TIME ? '/usr/bin/time' : 'process.resourceUsage() via --require bench/rusage.cjs';

// The review page (gknb check --format html) for 300 reports of the corpus: its size, the time to write it,
// and the time headless Chromium takes from navigation to the load event.
log('review page: gknb check --format html, opened in Chromium …');
const reviewDir = mkdtempSync(join(tmpdir(), 'gknb-review-'));
mkdirSync(join(reviewDir, 'reports'));
const reviewFiles = readdirSync(corpusDir).filter((f) => /\.(txt|md)$/.test(f)).sort().slice(0, 300);
for (const f of reviewFiles) copyFileSync(join(corpusDir, f), join(reviewDir, 'reports', f));
const reviewHtml = join(reviewDir, 'review.html');
const reviewRun = runNode([BIN, 'check', '--format', 'html', '-o', reviewHtml, join(reviewDir, 'reports')]);
const reviewBytes = existsSync(reviewHtml) ? statSync(reviewHtml).size : NaN;
const reviewLoad = await chromiumLoadMs(reviewHtml, P.procReps);
rmSync(reviewDir, { recursive: true, force: true });
figure('cli', 'review.ms', `gknb check --format html, ${reviewFiles.length} reports (wall)`, reviewRun.wallMs, 'ms');
figure('cli', 'review.size', `  review.html size, ${reviewFiles.length} reports`, reviewBytes / 1e6, 'MB', { target: { op: '<=', value: 3 } });
figure('cli', 'review.load', `  review.html in headless Chromium, navigation to load event (median)`, reviewLoad, 'ms',
  { target: { op: '<=', value: 2000 }, unavailable: 'Chromium not found (npm run editors:install)' });

/** Median time from navigation to the load event of a local page in headless Chromium (NaN without Chromium). */
async function chromiumLoadMs(file, reps) {
  const exe = process.env.GKNB_CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(file) || !existsSync(exe)) return NaN;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const times = [];
  try {
    for (let i = 0; i < Math.max(1, reps); i++) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      times.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return median(times);
}

// ---------------------------------------------------------------------------------------------
// 4b. As a reviewer meets it (issue 15): a cold `gknb check` over 400 real-sized reports of every
//     layout (bench/reviewer.mjs), and over one report alone; each whole process interleaved with
//     its peers (A B C A B C …), medians.

const reviewerDir = QUICK ? mkdtempSync(join(tmpdir(), 'gknb-bench-reviewer-')) : REVIEWER_DIR;
if (QUICK) process.on('exit', () => rmSync(reviewerDir, { recursive: true, force: true }));
const reviewerSet = generateReviewerSet({ count: P.reviewerReports, dir: reviewerDir });
const reviewerBytes = reviewerSet.reduce((s, f) => s + f.bytes, 0);
const reviewerSizes = reviewerSet.map((f) => f.bytes).sort((a, b) => a - b);
// The one report: the set's median-sized file.
const oneReport = reviewerSet.find((f) => f.bytes === reviewerSizes[reviewerSizes.length >> 1]);
details.reviewer = {
  dir: QUICK ? '(temporary)' : 'bench/reviewer-corpus', files: reviewerSet.length, bytes: reviewerBytes,
  sizeMin: reviewerSizes[0], sizeMedian: median(reviewerSizes), sizeMax: reviewerSizes[reviewerSizes.length - 1],
  oneReport: { name: oneReport.name, bytes: oneReport.bytes },
  pdfDocx: undefined,
};

/** Run each process `reps` times, interleaved; the first round (also a file-cache warm-up) is captured and checked. */
function interleaved(procsByName, reps, cwd) {
  const out = Object.fromEntries(Object.keys(procsByName).map((k) => [k, []]));
  const first = {};
  const run = (p, capture) => runCommand(p.exe ?? process.execPath, p.args ?? p, { cwd, capture, env: p.env });
  for (const [name, p] of Object.entries(procsByName)) first[name] = run(p, true);
  for (let i = 0; i < reps; i++) for (const [name, p] of Object.entries(procsByName)) out[name].push(run(p, false));
  return { runs: out, first };
}

log(`as a reviewer meets it: ${reviewerSet.length} reports (${(reviewerBytes / 1e6).toFixed(2)} MB), ${P.reviewerReps} interleaved runs …`);
const reviewerProcs = {
  gknb: [BIN, 'check', '--format', 'json', reviewerDir],
  ...(mdl ? { markdownlint: [mdl.path, '**/*.{txt,md}', '--config', MDL_CONFIG] } : {}),
  baseline: [join(ROOT, 'bench', 'baseline.mjs'), reviewerDir],
};
const rev = interleaved(reviewerProcs, P.reviewerReps, reviewerDir);
let reviewerFilesSeen = NaN;
try { reviewerFilesSeen = JSON.parse(rev.first.gknb.stdout).length; } catch { /* left NaN */ }
if (reviewerFilesSeen !== reviewerSet.length) log(`gknb saw ${reviewerFilesSeen} of ${reviewerSet.length} files: ${rev.first.gknb.stderr.slice(0, 300)}`);
const revWall = (name) => median(rev.runs[name]?.map((r) => r.wallMs) ?? []);
const revCpu = (name) => median(rev.runs[name]?.map((r) => r.cpuMs) ?? []);
const revSet = `${reviewerSet.length} real-sized reports (${(reviewerBytes / 1e6).toFixed(1)} MB)`;
figure('reviewer', 'reviewer.gknb.ms', `gknb check --format json, ${revSet}, cold process (wall)`, revWall('gknb'), 'ms', { note: `CPU ${revCpu('gknb').toFixed(0)} ms` });
figure('reviewer', 'reviewer.markdownlint.ms', `markdownlint-cli2, same files (wall)`, mdl ? revWall('markdownlint') : NaN, 'ms',
  { unavailable: 'markdownlint-cli2 not installed (npm ci)', note: mdl ? `CPU ${revCpu('markdownlint').toFixed(0)} ms` : undefined });
figure('reviewer', 'reviewer.baseline.ms', `read + split lines, same files (wall)`, revWall('baseline'), 'ms', { note: `CPU ${revCpu('baseline').toFixed(0)} ms` });
figure('reviewer', 'reviewer.vs_markdownlint', `  gknb speed-up over markdownlint-cli2, ${reviewerSet.length} reports`, mdl ? revWall('markdownlint') / revWall('gknb') : NaN, '×',
  { target: { op: '>=', value: 10 }, unavailable: 'markdownlint-cli2 not installed' });
figure('reviewer', 'reviewer.vs_baseline', `  gknb time / read-and-split time, ${reviewerSet.length} reports`, revWall('gknb') / revWall('baseline'), '×', { target: { op: '<=', value: 3 } });

log(`one report alone (${oneReport.name}, ${(oneReport.bytes / 1000).toFixed(1)} KB), ${P.oneReps} interleaved runs …`);
const oneProcs = {
  gknb: [BIN, 'check', oneReport.name],
  // As the first run after an install or a rebuild: no V8 code cache (bin/gknb.js).
  gknbNoCache: { args: [BIN, 'check', oneReport.name], env: { GKNB_NO_CODE_CACHE: '1' } },
  node: ['-e', '0'],
  ...(mdl ? { markdownlint: [mdl.path, oneReport.name, '--config', MDL_CONFIG] } : {}),
};
const one = interleaved(oneProcs, P.oneReps, reviewerDir);
const oneWall = (name) => median(one.runs[name]?.map((r) => r.wallMs) ?? []);
figure('reviewer', 'reviewer.one.gknb.ms', `gknb check of one report (${(oneReport.bytes / 1000).toFixed(1)} KB), cold process (wall)`, oneWall('gknb'), 'ms',
  { note: `CPU ${median(one.runs.gknb.map((r) => r.cpuMs)).toFixed(0)} ms` });
figure('reviewer', 'reviewer.one.nocache.ms', `  same without the code cache (the first run after an install or rebuild)`, oneWall('gknbNoCache'), 'ms');
figure('reviewer', 'reviewer.one.node.ms', `node -e 0 (wall)`, oneWall('node'), 'ms');
figure('reviewer', 'reviewer.one.markdownlint.ms', `markdownlint-cli2 on the same file (wall)`, mdl ? oneWall('markdownlint') : NaN, 'ms', { unavailable: 'markdownlint-cli2 not installed' });
figure('reviewer', 'reviewer.one.vs_node', `  gknb check of one report / node -e 0`, oneWall('gknb') / oneWall('node'), '×', { target: { op: '<=', value: 1.3 } });
figure('reviewer', 'reviewer.one.added', `  what gknb adds to Node's own start (median difference of the pairs)`,
  median(one.runs.gknb.map((r, i) => r.wallMs - one.runs.node[i].wallMs)), 'ms', { target: { op: '<=', value: 30 } });
details.reviewerRuns = Object.fromEntries([...Object.entries(rev.runs).map(([k, v]) => [`set.${k}`, v]), ...Object.entries(one.runs).map(([k, v]) => [`one.${k}`, v])]
  .map(([k, v]) => [k, v.map((r) => ({ wallMs: r.wallMs, cpuMs: r.cpuMs, maxRssKiB: r.maxRssKiB, exit: r.status }))]));

// PDF and Word files (issue 15): reports per second over 100 PDFs and 100 .docx files, each a whole cold
// `gknb check`, interleaved with poppler's `pdftotext -layout` alone on the same PDFs, run both ways a reviewer
// would: one process per PDF (a shell loop) and one process for all of them (the PDFs joined into one by
// poppler's pdfunite beforehand, so that one pdftotext reads every page).
const docsDir = mkdtempSync(join(tmpdir(), 'gknb-bench-docs-'));
process.on('exit', () => rmSync(docsDir, { recursive: true, force: true }));
const docSet = makeDocumentSet(docsDir, P.documents);
const hasPoppler = ['pdftotext', 'pdfunite'].every((t) => spawnSync(t, ['-v'], { stdio: 'ignore' }).error === undefined);
const allPdf = join(docsDir, 'all.pdf');
if (hasPoppler) spawnSync('pdfunite', [...docSet.pdfs.map((f) => join(docsDir, 'pdf', f)), allPdf], { stdio: 'ignore' });
const docProcs = {
  gknbPdf: [BIN, 'check', '--format', 'json', join(docsDir, 'pdf')],
  gknbDocx: [BIN, 'check', '--format', 'json', join(docsDir, 'docx')],
  ...(hasPoppler ? {
    pdftotextEach: { exe: '/bin/sh', args: ['-c', 'for f in pdf/*.pdf; do pdftotext -layout "$f" - > /dev/null; done'] },
    pdftotextOne: { exe: 'pdftotext', args: ['-layout', allPdf, '-'] },
  } : {}),
};
log(`PDF and .docx: ${docSet.pdfs.length} PDFs and ${docSet.docx.length} .docx files (copies of the ${docSet.sources} committed documents), ${P.documentReps} interleaved runs …`);
const docs = interleaved(docProcs, P.documentReps, docsDir);
let docsSeen = NaN;
try { docsSeen = JSON.parse(docs.first.gknbPdf.stdout).length + JSON.parse(docs.first.gknbDocx.stdout).length; } catch { /* left NaN */ }
if (docsSeen !== docSet.pdfs.length + docSet.docx.length) log(`gknb saw ${docsSeen} of ${docSet.pdfs.length + docSet.docx.length} documents: ${docs.first.gknbPdf.stderr.slice(0, 300)}`);
const docWall = (name) => median(docs.runs[name]?.map((r) => r.wallMs) ?? []);
const docCpu = (name) => median(docs.runs[name]?.map((r) => r.cpuMs) ?? []);
const perSecond = (name, n) => n / (docWall(name) / 1000);
const noPoppler = 'poppler-utils (pdftotext, pdfunite) not installed (bash bench/install-tools.sh)';
figure('reviewer', 'reviewer.pdf.gknb', `gknb check of ${docSet.pdfs.length} PDFs, cold process: reports per second [wall ${docWall('gknbPdf').toFixed(0)} ms]`, perSecond('gknbPdf', docSet.pdfs.length), '/s',
  { note: `CPU ${docCpu('gknbPdf').toFixed(0)} ms` });
figure('reviewer', 'reviewer.docx.gknb', `gknb check of ${docSet.docx.length} .docx files, cold process: reports per second [wall ${docWall('gknbDocx').toFixed(0)} ms]`, perSecond('gknbDocx', docSet.docx.length), '/s',
  { note: `CPU ${docCpu('gknbDocx').toFixed(0)} ms` });
figure('reviewer', 'reviewer.pdf.pdftotext.each', `pdftotext -layout, one process per PDF (shell loop): PDFs per second [wall ${docWall('pdftotextEach').toFixed(0)} ms]`, perSecond('pdftotextEach', docSet.pdfs.length), '/s',
  { unavailable: noPoppler, note: hasPoppler ? `CPU ${docCpu('pdftotextEach').toFixed(0)} ms` : undefined });
figure('reviewer', 'reviewer.pdf.pdftotext.one', `pdftotext -layout, one process for all (the PDFs joined): PDFs per second [wall ${docWall('pdftotextOne').toFixed(0)} ms]`, perSecond('pdftotextOne', docSet.pdfs.length), '/s',
  { unavailable: noPoppler, note: hasPoppler ? `CPU ${docCpu('pdftotextOne').toFixed(0)} ms` : undefined });
figure('reviewer', 'reviewer.pdf.vs_pdftotext', `  gknb PDFs checked per second / pdftotext PDFs extracted per second (one process per PDF)`,
  perSecond('gknbPdf', docSet.pdfs.length) / perSecond('pdftotextEach', docSet.pdfs.length), '×', { target: { op: '>=', value: 1 }, unavailable: noPoppler });
figure('reviewer', 'reviewer.pdf.vs_pdftotext_one', `  same against one pdftotext process for all`,
  perSecond('gknbPdf', docSet.pdfs.length) / perSecond('pdftotextOne', docSet.pdfs.length), '×', { unavailable: noPoppler });
details.reviewer.pdfDocx = { pdfs: docSet.pdfs.length, docx: docSet.docx.length, from: `copies of the ${docSet.sources} committed reports in test/fixtures/documents (each PDF and .docx repeated under another name: the bench makes no new PDF, which would need LibreOffice)`, pdfBytes: docSet.pdfBytes, docxBytes: docSet.docxBytes, poppler: hasPoppler };
details.documentRuns = Object.fromEntries(Object.entries(docs.runs).map(([k, v]) => [k, v.map((r) => ({ wallMs: r.wallMs, cpuMs: r.cpuMs, maxRssKiB: r.maxRssKiB, exit: r.status }))]));

/** `count` PDFs and `count` .docx files in dir/pdf and dir/docx: the committed documents, copied round-robin. */
function makeDocumentSet(dir, count) {
  const src = join(ROOT, 'test', 'fixtures', 'documents');
  const names = readdirSync(src).sort();
  const out = { pdfs: [], docx: [], sources: 0, pdfBytes: 0, docxBytes: 0 };
  for (const ext of ['pdf', 'docx']) {
    const from = names.filter((f) => f.endsWith(`.${ext}`));
    out.sources = from.length;
    mkdirSync(join(dir, ext));
    for (let i = 0; i < count; i++) {
      const name = `${String(i).padStart(3, '0')}_${from[i % from.length]}`;
      copyFileSync(join(src, from[i % from.length]), join(dir, ext, name));
      out[ext === 'pdf' ? 'pdfs' : 'docx'].push(name);
      out[ext === 'pdf' ? 'pdfBytes' : 'docxBytes'] += statSync(join(dir, ext, name)).size;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 5. Language server with N reports open: RSS after initialize, didOpen and a diagnostic pull each

const SERVER_NODE_FLAGS = JSON.parse(readFileSync(join(ROOT, 'client', 'src', 'server-node-flags.json'), 'utf8'));

async function measureServer(docs) {
  const lsp = require('vscode-languageserver-protocol/node');
  // Started as the VS Code client starts it: with the same Node flags (a small young generation).
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, DIST_SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr = [];
  child.stderr.on('data', (d) => stderr.push(String(d)));
  const exited = new Promise((res) => child.on('exit', res));
  const conn = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
  conn.onRequest(lsp.ConfigurationRequest.type, (p) => p.items.map(() => ({})));
  conn.onRequest(lsp.RegistrationRequest.type, () => undefined);
  conn.onRequest(lsp.DiagnosticRefreshRequest.type, () => undefined);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification(() => undefined);
  conn.listen();
  const status = () => {
    try {
      const s = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1]);
      return { rss: kb('VmRSS') * 1024 / 1e6, hwm: kb('VmHWM') * 1024 / 1e6 };
    } catch {
      return { rss: NaN, hwm: NaN };
    }
  };
  const timeout = setTimeout(() => child.kill(), 120000);
  try {
    await conn.sendRequest(lsp.InitializeRequest.type, {
      processId: process.pid, rootUri: null, workspaceFolders: null, initializationOptions: { locale: 'zh-cn' },
      capabilities: { workspace: { configuration: true, diagnostics: { refreshSupport: true } }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    await conn.sendNotification(lsp.InitializedNotification.type, {});
    const idle = status();
    const t0 = now();
    for (const d of docs) {
      await conn.sendNotification(lsp.DidOpenTextDocumentNotification.type, {
        textDocument: { uri: pathToFileURL(d.path).href, languageId: d.path.endsWith('.md') ? 'markdown' : 'plaintext', version: 1, text: readFileSync(d.path, 'utf8') },
      });
    }
    let diagnostics = 0;
    for (const d of docs) {
      const r = await conn.sendRequest(lsp.DocumentDiagnosticRequest.type, { textDocument: { uri: pathToFileURL(d.path).href } });
      diagnostics += r.kind === 'full' ? r.items.length : 0;
    }
    const ms = (now() - t0) / 1000;
    const open = status();
    await conn.sendRequest(lsp.ShutdownRequest.type);
    await conn.sendNotification(lsp.ExitNotification.type);
    await exited;
    return { idle, open, ms, diagnostics, docs: docs.length, bytes: docs.reduce((s, d) => s + d.bytes, 0) };
  } finally {
    clearTimeout(timeout);
    conn.dispose();
    if (child.exitCode === null) child.kill();
  }
}

log(`language server with ${P.serverDocs} reports open …`);
let server;
try {
  server = await measureServer(corpus.slice(0, P.serverDocs));
} catch (e) {
  log(`language server: ${e.message}`);
  server = { idle: {}, open: {}, ms: NaN, diagnostics: NaN, docs: P.serverDocs, error: e.message };
}
details.server = server;
figure('memory', 'server.rss', `language server RSS, ${server.docs} reports open and pulled (VmRSS)`, server.open.rss, 'MB', { target: { op: '<=', value: 100 } });
figure('memory', 'server.hwm', `language server peak RSS so far (VmHWM)`, server.open.hwm, 'MB');
figure('memory', 'server.idle', `language server RSS after initialize, nothing open`, server.idle.rss, 'MB');
// What the engine finds in the same reports, to show that the server really analysed them.
server.engineDiagnostics = texts.slice(0, P.serverDocs).reduce((n, t) => n + checkText(t).diagnostics.length, 0);
figure('memory', 'server.ms', `  didOpen + diagnostic pull, ${server.docs} reports`, server.ms, 'ms',
  { note: `${server.diagnostics} diagnostics; the engine finds ${server.engineDiagnostics}` });

// ---------------------------------------------------------------------------------------------
// 6. Extension: load time of dist/client.js (stub vscode), package size

log('extension load time and size …');

/** Load time of a client bundle in a fresh process (NaN when it fails). */
function loadTime(file) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'activation.cjs'), file], { encoding: 'utf8' });
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop()).loadMs;
  } catch {
    log(`activation.cjs ${file}: ${r.stderr.slice(0, 300)}`);
    return NaN;
  }
}
function bundleSizes(label, dir) {
  for (const name of ['client', 'server']) {
    const buf = readFileSync(join(dir, `${name}.js`));
    figure('extension', `bundle.${name}`, `${name}.js, ${label} (gzip ${(gzipSync(buf).length / 1000).toFixed(0)} KB)`, buf.length / 1000, 'KB');
  }
}
function findVsix() {
  return readdirSync(ROOT).filter((f) => f.endsWith('.vsix')).map((f) => join(ROOT, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

const bundles = mkdtempSync(join(tmpdir(), 'gknb-bench-vsix-'));
process.on('exit', () => rmSync(bundles, { recursive: true, force: true }));
// A fresh package in a full run (the `package` script, when the project has one); --quick only
// measures a .vsix that is already there. `npm run package` rebuilds dist/ for production, so the
// development build is restored afterwards.
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
let packaged = false;
if (!QUICK && pkg.scripts?.package) {
  log('npm run package …');
  const before = findVsix();
  const beforeTime = before ? statSync(before).mtimeMs : 0;
  const r = spawnSync('npm', ['run', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300000 });
  const after = findVsix();
  packaged = r.status === 0 && !!after && statSync(after).mtimeMs > beforeTime;
  if (!packaged) log(`npm run package failed (exit ${r.status}); measuring ${after ? 'the existing ' + basename(after) : 'no .vsix'}`);
  const rebuild = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (rebuild.status !== 0) log('could not restore the development build of dist/');
}
const vsix = findVsix();

// The shipped bundles are the ones inside the .vsix (production build).
let packagedClient;
if (vsix) {
  const r = spawnSync('unzip', ['-q', '-o', vsix, 'extension/dist/client.js', 'extension/dist/server.js', 'extension/package.json', '-d', bundles], { encoding: 'utf8' });
  if (r.status === 0 && existsSync(join(bundles, 'extension', 'dist', 'client.js'))) packagedClient = { file: join(bundles, 'extension', 'dist', 'client.js') };
}
if (packagedClient && existsSync(join(bundles, 'extension', 'dist', 'server.js'))) bundleSizes('in the .vsix', join(bundles, 'extension', 'dist'));
else bundleSizes('dist/ as built by npm run build', dirname(DIST_CLIENT));
// Interleaved, so a change in machine load affects both alike.
const distLoads = [];
const packagedLoads = [];
for (let i = 0; i < P.activationReps; i++) {
  distLoads.push(loadTime(DIST_CLIENT));
  if (packagedClient) packagedLoads.push(loadTime(packagedClient.file));
}
details.activation = {
  measured: 'require() of the client bundle in a fresh Node process, vscode stubbed by a Module._load hook; activate() not called; not a real editor',
  distClientMs: distLoads, packagedClientMs: packagedLoads,
};
const activationNote = 'module load only, stub vscode, not a real editor';
if (packagedClient) {
  figure('extension', 'extension.load', `extension load: require() of client.js from the .vsix`, median(packagedLoads), 'ms',
    { target: { op: '<=', value: 50 }, note: activationNote });
  figure('extension', 'extension.load.dist', `  same for dist/client.js as built by npm run build`, median(distLoads), 'ms');
} else {
  figure('extension', 'extension.load', `extension load: require() of dist/client.js`, median(distLoads), 'ms',
    { target: { op: '<=', value: 50 }, note: `${activationNote}; no .vsix, so the development build` });
}
figure('extension', 'extension.vsix', vsix ? `.vsix size (${basename(vsix)}${packaged ? ', packaged by this run' : `, built ${statSync(vsix).mtime.toISOString().slice(0, 16).replace('T', ' ')}`})` : '.vsix size', vsix ? statSync(vsix).size / 1000 : NaN, 'KB',
  { target: { op: '<=', value: 500 }, unavailable: 'not built (no .vsix in the repository root and no `npm run package` script)' });

// ---------------------------------------------------------------------------------------------
// 7. In the real editor: keystroke → Problems panel in code-server, and analyses per typing burst
//    (bench/editor-latency.mjs). It uses the extension as built in dist/, not the snapshot.

const EDITOR = !QUICK || flag('--editor');
const { measureEditorLatency, editorAvailable } = await import('./editor-latency.mjs');
let editorSkipped;
if (!EDITOR) {
  editorSkipped = 'skipped in --quick (add --editor, or run node bench/editor-latency.mjs)';
} else if (!(await editorAvailable())) {
  editorSkipped = 'code-server or Chromium not installed (npm run editors:install)';
} else {
  log('keystroke → Problems panel in code-server …');
  try {
    const r = await measureEditorLatency({ reps: QUICK ? 1 : 10, bursts: QUICK ? 1 : 5, log: (m) => log(`editor: ${m}`) });
    for (const f of r.figures) figure('editor', f.id, f.label, f.value, f.unit, { target: f.target, note: f.note });
    details.editor = r.details;
  } catch (e) {
    editorSkipped = `failed: ${String(e?.message ?? e).split('\n')[0]}`;
  }
}
if (editorSkipped) {
  log(`editor latency: ${editorSkipped}`);
  details.editor = { skipped: editorSkipped };
}

// ---------------------------------------------------------------------------------------------
// Report

const cpu0 = cpus()[0];
const git = (args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim();
// What was measured: the commit, and whether source files outside bench/ had uncommitted edits.
const dirty = (git(['status', '--porcelain', '--untracked-files=no', '--', 'server', 'client', 'scripts', 'package.json']) ?? '').split('\n').filter(Boolean).length;
const result = {
  date: new Date().toISOString(),
  quick: QUICK,
  git: { commit: git(['rev-parse', '--short', 'HEAD']) ?? null, uncommittedSourceFiles: dirty },
  machine: {
    cores: cpus().length, cpu: cpu0?.model?.trim(), memoryGB: +(totalmem() / 1e9).toFixed(1), platform: `${platform()} ${release()}`, node: process.version,
    // 1-minute load average when the run started and ended: above the core count, other processes competed.
    loadAverage: { start: +LOAD_AT_START.toFixed(2), end: +loadavg()[0].toFixed(2) },
  },
  units: { 'µs': 'microseconds', ms: 'milliseconds', 'MB/s': '10^6 bytes of UTF-8 per second', MB: '10^6 bytes', KB: '10^3 bytes', '%': 'percent', '×': 'ratio', count: 'a number of events' },
  figures,
  details,
};
writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');

function fmt(v, unit) {
  if (v === null) return '—';
  if (unit === 'µs' || unit === 'ms') return v >= 100 ? v.toFixed(0) : v.toFixed(1);
  if (unit === '%' || unit === '×') return v >= 10 ? v.toFixed(1) : v.toFixed(2);
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}
function table(rows) {
  const width = (s) => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) && !/[µ×—≤≥–]/.test(c) ? 2 : 1), 0);
  const cols = rows[0].map((_, i) => Math.max(...rows.map((r) => width(r[i]))));
  const pad = (s, w, right) => (right ? ' '.repeat(w - width(s)) + s : s + ' '.repeat(w - width(s)));
  return rows.map((r, k) => {
    const line = '| ' + r.map((c, i) => pad(c, cols[i], i === 1)).join(' | ') + ' |';
    return k === 0 ? `${line}\n|${cols.map((w, i) => (i === 1 ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|` : line;
  }).join('\n');
}
const rows = [['figure', 'value', 'unit', 'target', 'result']];
for (const f of figures) {
  const target = f.target ? `${f.target.op === '<=' ? '≤' : '≥'} ${f.target.value}` : '';
  const status = f.target ? (f.pass === null ? 'n/a' : f.pass ? 'PASS' : 'FAIL') : '';
  rows.push([f.label + (f.note ? ` [${f.note}]` : '') + (f.value === null ? ` (${f.unavailable})` : ''), fmt(f.value, f.unit), f.unit, target, status]);
}
const m = result.machine;
console.log(`gknb benchmark${QUICK ? ' (--quick: numbers are not meaningful)' : ''} — ${result.date.slice(0, 10)}, ${m.cores} cores, ${m.cpu}, Node ${m.node}, load average ${m.loadAverage.start} → ${m.loadAverage.end}`);
console.log(`commit ${result.git.commit}${dirty ? ` + uncommitted edits in ${dirty} source files` : ''}`);
console.log(`corpus: ${details.corpus.files} reports, ${(corpusBytes / 1e6).toFixed(2)} MB (${details.corpus.sizeMin}–${details.corpus.sizeMax} B, median ${details.corpus.sizeMedian}), seed ${DEFAULT_SEED}; gknb found ${checks.gknb?.diagnostics} diagnostics in ${checks.gknb?.files} files`);
console.log(table(rows));
if (editorSkipped) console.log(`\nkeystroke → Problems panel in the real editor (code-server): ${editorSkipped}`);
const targeted = figures.filter((f) => f.target);
console.log(`\n${targeted.filter((f) => f.pass).length}/${targeted.length} targets met. Results: ${OUT}`);
if (sink === -1) console.log(''); // use the sink
