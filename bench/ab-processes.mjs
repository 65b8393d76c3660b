#!/usr/bin/env node
// A/B of builds of the engine, each in processes of its own, taking turns: what ab.mjs and ab-layouts.mjs cannot show.
// Those load every build into one process, so the builds share one heap: the garbage one build leaves (or keeps
// alive) is collected during whichever check runs next, and a change in what a check allocates or keeps shows up
// in every build's figures alike. Here each process loads one build and checks every report of the set `passes`
// times, timing each pass by the process's CPU time (every thread: the garbage collector's helpers too).
//
//   node bench/ab-processes.mjs label=checkout [label=checkout …] [--set reviewer|corpus] [--passes 4] [--rounds 6]
//
// Per build: the median over its processes of the first pass (the engine still cold) and of the passes after it
// (warm), with the ratio to the first build's. The reviewer set is bench/reviewer-corpus (made if absent), the corpus
// ab.mjs's 1,000 reports (written once to a temporary folder for all the processes). Node flags given to this script
// are given to each process (`node --interrupt-budget=1000000 bench/ab-processes.mjs …`: the CLI's).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, generateCorpus, loadSamples } from './corpus.mjs';
import { REVIEWER_DIR, generateReviewerSet } from './reviewer.mjs';
import { median } from './ab-common.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const set = option('--set', 'reviewer');
const passes = Number(option('--passes', 4));

if (argv[0] === '--child') {
  // One process, one build: the set's texts checked `passes` times; prints each pass's CPU ms.
  const engine = createRequire(import.meta.url)(join(resolve(argv[1]), 'out', 'server', 'src', 'engine', 'index.js'));
  const dir = set === 'corpus' ? argv[argv.indexOf('--dir') + 1] : REVIEWER_DIR;
  const files = readdirSync(dir).sort().map((f) => join(dir, f));
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };
  let sink = 0;
  const times = [];
  for (let p = 0; p < passes; p++) {
    const t0 = cpu();
    for (const t of texts) sink += engine.checkText(t).diagnostics.length;
    times.push(cpu() - t0);
  }
  console.log(JSON.stringify({ times, sink }));
  process.exit(0);
}

const builds = argv.filter((a) => a.includes('=')).map((a) => ({ label: a.split('=')[0], dir: a.split('=')[1], first: [], warm: [] }));
if (!builds.length || !['reviewer', 'corpus'].includes(set)) {
  console.error('usage: node bench/ab-processes.mjs label=checkout [label=checkout …] [--set reviewer|corpus] [--passes 4] [--rounds 6]');
  process.exit(2);
}
if (set === 'reviewer' && !existsSync(REVIEWER_DIR)) generateReviewerSet();
const corpusDir = join(tmpdir(), `gknb-ab-processes-${process.pid}`);
if (set === 'corpus') generateCorpus({ count: 1000, seed: DEFAULT_SEED, dir: corpusDir, samples: loadSamples() });
const rounds = Number(option('--rounds', 6));
const self = fileURLToPath(import.meta.url);
for (let r = 0; r < rounds; r++) {
  for (const b of r % 2 ? [...builds].reverse() : builds) {
    const child = [...process.execArgv, self, '--child', b.dir, '--set', set, '--passes', String(passes), '--dir', corpusDir];
    const { times } = JSON.parse(execFileSync(process.execPath, child, { encoding: 'utf8', maxBuffer: 1 << 20 }));
    b.first.push(times[0]);
    b.warm.push(times.slice(1).reduce((s, t) => s + t, 0));
  }
}
rmSync(corpusDir, { recursive: true, force: true });
const [ref] = builds;
for (const b of builds) {
  const first = median(b.first);
  const warm = median(b.warm);
  console.log(`${b.label.padEnd(8)} first pass ${first.toFixed(0)} ms CPU (${(first / median(ref.first)).toFixed(3)} × ${ref.label}), passes 2–${passes} ${warm.toFixed(0)} ms (${(warm / median(ref.warm)).toFixed(3)} × ${ref.label}); ${rounds} processes`);
}
