#!/usr/bin/env node
/**
 * npm run eval: the engine on every text rendering of the corpus against its truth (test/corpus/README.md).
 *
 *   node test/corpus/eval.mjs [--filter <layout|id>]... [--json out.json] [--show <id>/<layout>] [--dir <corpus>] [--no-build]
 *
 * Prints a table by layout and by defect class, then a last line with the figures.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { variantNames } from './lib/variants.mjs';
import { compiled, ROOT, values } from './lib/run.mjs';
import { header, line as lineOf, figuresLine as figuresLineOf, topFalse, printDifferences } from './lib/figures.mjs';

const { ev } = compiled();

const filters = values('filter');
const [show] = values('show');
const [jsonOut] = values('json');
const t0 = Date.now();
const [dirArg] = values('dir');
const dir = dirArg ? path.resolve(dirArg) : ev.CORPUS;
const truths = ev.readTruths(dir);
if (!truths.length) {
  console.error('eval: no corpus in test/corpus/reports — run `npm run corpus` first');
  process.exit(2);
}
const keep = (id, layout) => {
  if (show) return `${id}/${layout}` === show || id === show;
  return !filters.length || filters.some((f) => f === layout || id.includes(f));
};
const results = ev.evaluateCorpus(truths, keep, dir);
// The structural-variant corpus (generate.mjs --variants) is evaluated with the committed one, figures apart.
const variantDir = path.join(ROOT, 'test', 'corpus', 'variants');
const variantTruths = dirArg ? [] : ev.readTruths(variantDir);
const variantResults = variantTruths.length ? ev.evaluateCorpus(variantTruths, keep, variantDir) : [];
if (!results.length && !variantResults.length) {
  console.error(`eval: nothing matches ${show ? `--show ${show}` : `--filter ${filters.join(' ')}`}`);
  process.exit(2);
}

if (show) {
  printDifferences([...results, ...variantResults]);
}

/** The tables by layout, defect class and (for a --variants corpus) structural variant, and the commonest false diagnostics. */
function tables(results, truths) {
  const groupBy = (key) => [...new Set(results.map((r) => r[key]))].sort().map((k) => [k, results.filter((r) => r[key] === k)]);
  console.log('By layout');
  console.log(header);
  for (const [k, rs] of groupBy('layout')) console.log(line(k, rs));
  console.log('\nBy defect class');
  console.log(header);
  for (const [k, rs] of groupBy('defect')) console.log(line(k, rs));
  // A corpus made with --variants: each rendering counts under every structural variant its report has.
  const variantsOf = new Map(truths.map((t) => [t.id, variantNames(t.style?.variants)]));
  const names = [...new Set([...variantsOf.values()].flat())].sort();
  if (names.length) {
    console.log('\nBy structural variant (a rendering counts under each of its report\'s variants)');
    console.log(header);
    for (const k of names) console.log(line(k, results.filter((r) => variantsOf.get(r.id).includes(k))));
  }
  // The most frequent false diagnostics: where the parser work pays most.
  const top = topFalse(results);
  if (top.length) {
    console.log('\nMost frequent false diagnostics (e.g. --show <id>/<layout>)');
    for (const [k, c] of top) console.log(`${String(c.n).padStart(5)}  ${k}  e.g. ${c.example}`);
  }
}

const line = (name, rs) => lineOf(ev, name, rs);
const figuresLine = (name, rs, seconds) => figuresLineOf(ev, name, rs, seconds);

if (!show) {
  if (results.length) tables(results, truths);
  if (variantResults.length) {
    console.log(`\n== Structural variants (${path.relative(ROOT, variantDir)}: tables built the ways clerks build them)`);
    tables(variantResults, variantTruths);
  }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify([...results, ...variantResults], null, 1));
// The variants' figures first: the last line stays the committed corpus's, comparable with earlier runs.
if (variantResults.length) console.log(figuresLine('eval variants', variantResults));
if (results.length) console.log(figuresLine('eval', results, ((Date.now() - t0) / 1000).toFixed(1)));
