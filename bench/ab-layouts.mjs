#!/usr/bin/env node
// A/B of builds of the engine over the reviewer reports (bench/reviewer-corpus, `node bench/reviewer.mjs`), by layout,
// the builds taking turns report by report (order alternating): for comparing builds on a busy machine.
//
//   node --expose-gc bench/ab-layouts.mjs before=/path/to/other/checkout after=. [--rounds 7] [--cpu]
//
// Per layout: mean of the per-report medians of each build, and the median over its reports of (this build's time /
// the first build's); last line: the whole pass (sum of per-report medians) and the median ratio over all reports.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { abSetup, median } from './ab-common.mjs';
import { REVIEWER_DIR } from './reviewer.mjs';

const { rounds: ROUNDS, builds, now } = abSetup('usage: node --expose-gc bench/ab-layouts.mjs label=checkout [label=checkout …] [--rounds N] [--cpu]');
const files = readdirSync(REVIEWER_DIR).sort();
const texts = files.map((f) => readFileSync(join(REVIEWER_DIR, f), 'utf8'));
const layoutOf = (f) => (f.startsWith('seed-') ? 'seed' : (/-(report-md|web-plain-txt|web-txt|word-txt|pdf-layout-txt|pdf-raw-txt)\.\w+$/.exec(f)?.[1] ?? 'other'));
let sink = 0;
for (const b of builds) for (let w = 0; w < 3; w++) for (const t of texts) sink += b.engine.checkText(t).diagnostics.length;
const per = builds.map(() => texts.map(() => []));
for (let r = 0; r < ROUNDS; r++) {
  texts.forEach((t, i) => {
    const order = (r + i) % 2 ? [...builds.keys()].reverse() : [...builds.keys()];
    for (const j of order) {
      const t0 = now();
      sink += builds[j].engine.checkText(t).diagnostics.length;
      per[j][i].push(now() - t0);
    }
  });
}
const meds = per.map((p) => p.map(median));
const ratio = (j, idx) => median(idx.map((i) => meds[j][i] / meds[0][i]));
const all = texts.map((_, i) => i);
console.log(`layout           reports  ${builds.map((b) => b.label.padStart(10)).join(' ')}  ratio ÷ ${builds[0].label}`);
for (const layout of [...new Set(files.map(layoutOf))]) {
  const idx = all.filter((i) => layoutOf(files[i]) === layout);
  console.log(`${layout.padEnd(16)} ${String(idx.length).padStart(7)}  ${builds.map((_, j) => `${(idx.reduce((s, i) => s + meds[j][i], 0) / idx.length).toFixed(0)} µs`.padStart(10)).join(' ')}  ${builds.map((_, j) => ratio(j, idx).toFixed(2)).join(' ')}`);
}
console.log(`whole pass ${builds.map((b, j) => `${b.label} ${(meds[j].reduce((s, x) => s + x, 0) / 1e3).toFixed(0)} ms`).join(', ')}; per-report time ÷ ${builds[0].label} ${builds.map((_, j) => ratio(j, all).toFixed(2)).join(' ')}`);
if (sink === -1) console.log('');
