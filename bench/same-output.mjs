#!/usr/bin/env node
// Whether a speed change changed any answer: every finding (rule, severity, range, message), the count of rule
// failures and every extracted cell of many texts, one hash per analysis, written to a file per build; two builds
// agree when their files are identical (`cmp`).
//
//   node bench/same-output.mjs <checkout> <out.txt>
//
// <checkout> is a checkout whose out/ was built (npx tsc -b server). Texts: every text file under test/ and samples/
// and the 400 reviewer reports (bench/reviewer-corpus, made if absent), each as written and with tabs turned into
// spaces, every third line dropped, 。 turned into ，, and its lines reversed; plus the 1,000 corpus reports of ab.mjs
// (made afresh in a temporary folder). About 25,000 analyses: minutes on a busy machine.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, generateCorpus, loadSamples } from './corpus.mjs';
import { REVIEWER_DIR, generateReviewerSet } from './reviewer.mjs';

const [checkout, outFile] = process.argv.slice(2);
if (!checkout || !outFile) {
  console.error('usage: node bench/same-output.mjs <checkout> <out.txt>');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const dir = resolve(checkout);
const engine = require(join(dir, 'out', 'server', 'src', 'engine', 'index.js'));
const { extract } = require(join(dir, 'out', 'server', 'src', 'cli', 'output.js'));
const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const TEXT_EXTENSIONS = new Set(['.md', '.txt', '.tsv', '.markdown', '']);
function textFiles(d, out = []) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    const s = statSync(p);
    if (s.isDirectory()) textFiles(p, out);
    else if (TEXT_EXTENSIONS.has(extname(name)) && s.size < 3e6) out.push(p);
  }
  return out;
}

if (!existsSync(REVIEWER_DIR)) generateReviewerSet();
const files = [...textFiles(join(ROOT, 'test')), ...textFiles(join(ROOT, 'samples')), ...textFiles(REVIEWER_DIR)].sort();
// The corpus ab.mjs measures (the same seed), in a folder of this process's own: two runs side by side (one per
// build) must not rewrite each other's files.
const corpusDir = join(tmpdir(), `gknb-same-output-${process.pid}`);
const corpus = generateCorpus({ count: 1000, seed: DEFAULT_SEED, dir: corpusDir, samples: loadSamples() });

const variants = (t) => [
  ['as-written', t],
  ['tabs-as-spaces', t.replace(/\t/g, '  ')],
  ['third-lines-dropped', t.split('\n').filter((_, i) => i % 3 !== 1).join('\n')],
  ['full-stops-as-commas', t.replace(/。/g, '，')],
  ['lines-reversed', t.split('\n').reverse().join('\n')],
];

const out = [];
function record(name, text) {
  let answer;
  try {
    const a = engine.checkText(text);
    const facts = [a.diagnostics.map((d) => [d.rule, d.severity, d.range, d.message]), a.failures.length, extract('', a.model, text.split(/\r?\n/))];
    answer = JSON.stringify(facts);
  } catch (e) {
    // A throw is an answer too: the same throw before and after is no change.
    answer = `threw ${e?.message}`;
  }
  out.push(`${name} ${createHash('sha1').update(answer).digest('hex')}`);
}
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  if (text.includes('\u0000')) continue;
  for (const [v, t] of variants(text)) record(`${f.slice(ROOT.length + 1)}:${v}`, t);
}
for (const f of corpus) record(`corpus/${f.path.split(/[\\/]/).pop()}`, readFileSync(f.path, 'utf8'));
rmSync(corpusDir, { recursive: true, force: true });
writeFileSync(outFile, out.join('\n') + '\n');
console.log(`${out.length} analyses → ${outFile}`);
