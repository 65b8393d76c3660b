// The reports a reviewer checks: real-sized (5–20 KB), every layout the corpus renders. Built from the
// committed corpus renderings (test/corpus/reports/*/: Markdown, web page text, Word text, PDF text
// with and without -layout) and the seeds, each grown by repeating its prose paragraphs (numbers
// varied) to a size drawn log-uniformly from 5–20 KB. Deterministic: the same seed gives the same bytes.
//
//   node bench/reviewer.mjs [--count 400] [--dir bench/reviewer-corpus]
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, DEFAULT_SEED, prng, isProse, splitEol, grow } from './corpus.mjs';

export const REVIEWER_DIR = join(ROOT, 'bench', 'reviewer-corpus');
const RENDERINGS = ['report.md', 'web.txt', 'web-plain.txt', 'word.txt', 'pdf-layout.txt', 'pdf-raw.txt'];

/** Text wrapped the way PDFs wrap it has no long prose lines: a wrapped line of running text counts too. */
function isParagraphLine(line) {
  return isProse(line) || (line.length >= 20 && /[，。、]/.test(line) && !/[\t|]/.test(line) && !/\d\s+\d/.test(line) && !/^\s*#/.test(line));
}

/** Every rendering and seed: [{ name, text }], in a fixed order. */
export function reviewerSources(root = ROOT) {
  const out = [];
  const reports = join(root, 'test', 'corpus', 'reports');
  for (const dir of existsSync(reports) ? readdirSync(reports).sort() : []) {
    for (const f of RENDERINGS) {
      const p = join(reports, dir, f);
      if (existsSync(p)) out.push({ name: `${dir}-${f.replace('.', '-')}${f.endsWith('.md') ? '.md' : '.txt'}`, text: readFileSync(p, 'utf8') });
    }
  }
  const seeds = join(root, 'test', 'fixtures', 'seeds');
  for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) out.push({ name: `seed-${f}`, text: readFileSync(join(seeds, f), 'utf8') });
  return out;
}

/** Write `count` reports into `dir` (emptied first). Returns [{ name, path, bytes, source }]. */
export function generateReviewerSet({ count = 400, seed = DEFAULT_SEED, dir = REVIEWER_DIR, root = ROOT } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rng = prng(seed ^ 0x5eed);
  const sources = reviewerSources(root);
  // Every layout alike: walk the sources in a shuffled order, wrapping round when count exceeds them.
  const order = sources.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const files = [];
  for (let i = 0; i < count; i++) {
    const src = sources[order[i % order.length]];
    const { bom, eol, lines } = splitEol(src.text);
    const target = Math.round(1000 * 5 * Math.pow(20 / 5, rng()));
    const text = (bom ? '\ufeff' : '') + grow(lines, eol, target, rng, isParagraphLine).join(eol);
    const name = `${String(i).padStart(3, '0')}_${src.name}`;
    const path = join(dir, name);
    const bytes = Buffer.from(text, 'utf8');
    writeFileSync(path, bytes);
    files.push({ name, path, bytes: bytes.length, source: src.name });
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (n, d) => (process.argv.includes(n) ? process.argv[process.argv.indexOf(n) + 1] : d);
  const files = generateReviewerSet({ count: Number(arg('--count', 400)), dir: arg('--dir', REVIEWER_DIR) });
  const sizes = files.map((f) => f.bytes).sort((a, b) => a - b);
  console.log(`${files.length} reports, ${(sizes.reduce((a, b) => a + b, 0) / 1e6).toFixed(2)} MB, ${sizes[0]}–${sizes[sizes.length - 1]} bytes, median ${sizes[sizes.length >> 1]}`);
}
