#!/usr/bin/env node
// A/B of two or more builds of the engine in one process, interleaved, for a shared and noisy machine:
// load hits every build alike, so compare the ratios, not the absolute figures.
//
//   node --expose-gc bench/ab.mjs before=/path/to/other/checkout after=. [--rounds 7] [--no-keys] [--cpu]
//
// Each argument is label=checkout whose out/server/src/engine was built (npx tsc -b server). Figures:
// - corpus throughput and typical report as in run.mjs (bench/corpus, 1,000 reports), but every report is
//   checked by each build in turn (order alternating), and the per-report medians are summed;
//   "ratio" is the median over the reports of (this build's time / the first build's);
// - keystrokes on seed 002 exactly as run.mjs measures them (prose, cell, heading on one document,
//   50 warm-up and 300 pairs each), the builds taking turns round by round; medians over the rounds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { abSetup, median } from './ab-common.mjs';
import { tmpdir } from 'node:os';
import { DEFAULT_SEED, loadSamples, generateCorpus, isProse } from './corpus.mjs';

const setup = abSetup('usage: node --expose-gc bench/ab.mjs label=checkout [label=checkout …] [--rounds N] [--no-keys] [--cpu]');
const { argv, rounds: ROUNDS, now } = setup;
const builds = setup.builds.map((b) => ({ ...b, per: [], keys: { prose: [], cell: [], heading: [] } }));
let sink = 0;

const samples = loadSamples();
const corpus = generateCorpus({ count: 1000, seed: DEFAULT_SEED, dir: join(tmpdir(), 'gknb-ab-corpus'), samples });
const texts = corpus.map((f) => readFileSync(f.path, 'utf8'));
const bytes = corpus.reduce((s, f) => s + f.bytes, 0);
const typical = corpus.map((f, i) => [f.bytes, i]).filter(([b]) => b >= 8000 && b <= 12000).map(([, i]) => i);

for (const b of builds) {
  b.per = texts.map(() => []);
  for (let w = 0; w < 2; w++) for (const t of texts) sink += b.engine.checkText(t).diagnostics.length;
}
for (let r = 0; r < ROUNDS; r++) {
  texts.forEach((t, i) => {
    for (const b of (r + i) % 2 ? [...builds].reverse() : builds) {
      const t0 = now();
      sink += b.engine.checkText(t).diagnostics.length;
      b.per[i].push(now() - t0);
    }
  });
}

// Keystrokes: the sites and the loop of run.mjs (keystrokeSites, measureKeystrokes).
const seed = samples.find((s) => s.name.startsWith('002_')) ?? samples[0];
function sites(engine, text) {
  const doc = new engine.ReportDocument(text);
  const model = engine.analyze(doc).model;
  const lines = doc.getLines();
  let best;
  for (const s of model.sections ?? []) {
    let prose = 0;
    for (let l = s.startLine; l <= s.endLine; l++) if (isProse(lines[l] ?? '')) prose += lines[l].length;
    if (!best || prose > best.prose) best = { s, prose };
  }
  const sec = best.s;
  const mid = (sec.startLine + sec.endLine) / 2;
  let proseLine = -1;
  for (let l = sec.startLine; l <= sec.endLine; l++) if (isProse(lines[l]) && (proseLine < 0 || Math.abs(l - mid) < Math.abs(proseLine - mid))) proseLine = l;
  const h = sec.headingSpan;
  const row = [...model.table3.rows.values()].find((r) => r.cells.some((c) => c.cell && c.value?.kind === 'number'));
  const cell = row.cells.find((c) => c.cell && c.value?.kind === 'number');
  return {
    prose: { line: proseLine, character: lines[proseLine].length >> 1, text: '的' },
    cell: { line: cell.span.line, character: cell.span.start, text: '1' },
    heading: { line: h.line, character: (h.start + h.end) >> 1, text: '的' },
  };
}
function keystrokes(b) {
  const { engine } = b;
  for (let i = 0; i < 100; i++) sink += engine.checkText(seed.text).diagnostics.length;
  const all = sites(engine, seed.text);
  const doc = new engine.ReportDocument(seed.text);
  engine.analyze(doc);
  for (const kind of ['prose', 'cell', 'heading']) {
    const site = all[kind];
    const at = { line: site.line, character: site.character };
    const after = { line: site.line, character: site.character + site.text.length };
    const t = [];
    for (let i = 0; i < 350; i++) {
      let t0 = now();
      doc.update([{ range: { start: at, end: at }, text: site.text }]);
      sink += engine.analyze(doc).diagnostics.length;
      const a = now() - t0;
      t0 = now();
      doc.update([{ range: { start: at, end: after }, text: '' }]);
      sink += engine.analyze(doc).diagnostics.length;
      if (i >= 50) t.push(a, now() - t0);
    }
    b.keys[kind].push(median(t));
  }
}
if (!argv.includes('--no-keys')) {
  for (let r = 0; r < ROUNDS; r++) for (const b of r % 2 ? [...builds].reverse() : builds) {
    globalThis.gc?.();
    keystrokes(b);
  }
}

const first = builds[0];
for (const b of builds) {
  const meds = b.per.map(median);
  const sum = meds.reduce((a, c) => a + c, 0);
  const ratio = median(b.per.map((p, i) => median(p) / median(first.per[i])));
  const keys = Object.entries(b.keys).filter(([, v]) => v.length).map(([k, v]) => `${k} ${median(v).toFixed(1)} µs`).join(', ');
  console.log(`${b.label.padEnd(8)} ${(bytes / sum).toFixed(1)} MB/s, typical report ${median(typical.map((i) => meds[i])).toFixed(0)} µs, per-report time ÷ ${first.label} ${ratio.toFixed(3)}${keys ? `; keystrokes ${keys}` : ''}`);
}
if (sink === -1) console.log('');
