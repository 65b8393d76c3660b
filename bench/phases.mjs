#!/usr/bin/env node
// Where the time of one cold `gknb check <report>` goes, phase by phase, next to `node -e 0` (issue 15's one-report
// target): CPU and wall milliseconds of each phase, medians of interleaved runs, timed inside the processes
// (bench/phases-hook.cjs for gknb, bench/rusage.cjs for `node -e 0`), so a busy machine's preemption shows in the
// wall column but hardly in the CPU one. The code cache is warmed first in a private folder.
//
//   node bench/phases.mjs [--runs 21] [--batch-cache] [report]   (default: the reviewer set's median-sized report)
//
// The code cache is written by the first run of a build: here by a run over the same report, or with --batch-cache
// by a batch over the 400 reviewer reports first, as in `npm run bench` (whose batch figures come before the
// one-report one). The two differ by ~4 ms of the check: V8 leaves out of a cache the functions Sparkplug compiled,
// the hot ones of a batch, and these are compiled again (bench/README.md, seventh pass).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './corpus.mjs';
import { generateReviewerSet, REVIEWER_DIR } from './reviewer.mjs';

const args = process.argv.slice(2);
const batchAt = args.indexOf('--batch-cache');
const BATCH_CACHE = batchAt >= 0;
if (BATCH_CACHE) args.splice(batchAt, 1);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 21;
if (!(RUNS > 0)) {
  console.error('usage: node bench/phases.mjs [--runs N] [report]');
  process.exit(2);
}
let report = args[0];
if (!report || BATCH_CACHE) {
  const set = generateReviewerSet({ count: 400, dir: REVIEWER_DIR });
  const sizes = set.map((f) => f.bytes).sort((a, b) => a - b);
  report ??= set.find((f) => f.bytes === sizes[sizes.length >> 1]).path;
}

const BIN = join(ROOT, 'bin', 'gknb.js');
const tmp = mkdtempSync(join(tmpdir(), 'gknb-phases-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const out = join(tmp, 'out.json');
const env = { ...process.env, GKNB_LANG: 'zh-cn', GKNB_CACHE_DIR: join(tmp, 'cache'), GKNB_PHASES_OUT: out, GKNB_BENCH_RUSAGE: out };
const run = (argv) => {
  const r = spawnSync(process.execPath, argv, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.error || (r.status !== 0 && r.status !== 1)) throw new Error(`${argv.join(' ')}: ${r.error ?? r.stderr}`);
  return JSON.parse(readFileSync(out, 'utf8'));
};
const gknb = () => run(['--require', join(ROOT, 'bench', 'phases-hook.cjs'), BIN, 'check', report]);
const node = () => {
  const u = run(['--require', join(ROOT, 'bench', 'rusage.cjs'), '-e', '0']);
  return (u.userCPUTime + u.systemCPUTime) / 1000;
};

if (BATCH_CACHE) spawnSync(process.execPath, [BIN, 'check', '--format', 'json', REVIEWER_DIR], { env, stdio: 'ignore' }); // writes the code cache
gknb(); // writes the code cache (unless the batch did)
const samples = [];
const nodeCpu = [];
for (let i = 0; i < RUNS; i++) {
  if (i % 2) nodeCpu.push(node());
  samples.push(gknb());
  if (!(i % 2)) nodeCpu.push(node());
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const names = samples[0].map((m) => m.name);
if (samples.some((s) => s.map((m) => m.name).join() !== names.join())) throw new Error('the runs marked different phases');
const row = (label, cpu, wall) => console.log(`| ${label.padEnd(68)} | ${cpu.toFixed(1).padStart(6)} | ${wall.toFixed(1).padStart(6)} |`);
console.log(`${report}: ${RUNS} runs, code cache written by ${BATCH_CACHE ? 'a batch run over the reviewer set' : 'a run over this report'}, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`| ${'phase (median of the runs)'.padEnd(68)} | CPU ms | wall ms |`);
console.log(`|${'-'.repeat(70)}|-------:|--------:|`);
row('Node\'s own start, until the preloaded hook runs', median(samples.map((s) => s[0].cpuMs)), median(samples.map((s) => s[0].wallMs)));
for (let i = 1; i < names.length; i++) {
  row(names[i], median(samples.map((s) => s[i].cpuMs - s[i - 1].cpuMs)), median(samples.map((s) => s[i].wallMs - s[i - 1].wallMs)));
}
const last = names.length - 1;
row('gknb check, whole run until exit', median(samples.map((s) => s[last].cpuMs)), median(samples.map((s) => s[last].wallMs)));
row('node -e 0, whole run until exit', median(nodeCpu), NaN);
console.log(`gknb − node -e 0, CPU: ${median(samples.map((s, i) => s[last].cpuMs - nodeCpu[i])).toFixed(1)} ms (median of the pairs)`);
