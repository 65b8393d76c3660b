// Benchmark corpus: reports made by varying the seed reports with a fixed random seed, and one
// ~1 MB report for the keystroke benchmark. Deterministic: the same seed gives the same bytes.
//
//   node bench/corpus.mjs [--count 1000] [--seed 20240501] [--dir bench/corpus]
//
// Variation, per report:
//   base     one of the five seeds (test/fixtures/seeds) or the two layout samples (pipe.md, spaced.txt);
//            table layouts (tab, one cell per line, pipe, spaced) are kept as they are
//   numbers  kept (30%), every table number scaled by one factor, which keeps all sums and the
//            balance true (45%), or broken: a few cells changed, blanked or made invalid, a row or
//            the fee sentence removed, or every cell random (25%); numbers in prose always vary
//   length   prose paragraphs repeated (with their numbers varied) up to a size drawn log-uniformly
//            from 5–30 KB (5% of reports up to 80 KB)
//   bytes    20% CRLF line ends, 5% with a BOM; seeds with # headings are sometimes saved as .md
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../scripts/prng.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SEED = 20240501;

/** Re-exported for the benchmark's other scripts. */
export { prng };

/** The benchmark's sample reports: the five seeds and the two layout samples. */
export function loadSamples(root = ROOT) {
  const fx = join(root, 'test', 'fixtures');
  const seeds = readdirSync(join(fx, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: f, text: readFileSync(join(fx, 'seeds', f), 'utf8') }));
  const layouts = ['pipe.md', 'spaced.txt'].map((f) => ({ name: f, text: readFileSync(join(fx, 'layouts', f), 'utf8') }));
  return [...seeds, ...layouts];
}

const SEP_LEFT = /(?:^|[\t|])[ \u3000]*$|[ \u3000]{2,}$|\u3000$/;
const SEP_RIGHT = /^[ \u3000]*(?:$|[\t|])|^[ \u3000]{2,}|^\u3000/;

/** Numbers that stand alone as a table cell (between tabs, pipes, runs of spaces or line ends). */
export function cellNumbers(line) {
  const out = [];
  for (const m of line.matchAll(/\d+(?:\.\d+)?/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (SEP_LEFT.test(line.slice(0, start)) && SEP_RIGHT.test(line.slice(end))) out.push({ start, end, text: m[0] });
  }
  return out;
}

/** A prose paragraph: a long line of running text (not a table row, not a heading). */
export function isProse(line) {
  return line.length >= 40 && line.includes('。') && !/[\t|]/.test(line) && !/[ \u3000]{2,}/.test(line) && !/^\s*#/.test(line);
}

function replaceAt(line, edits) {
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += line.slice(last, e.start) + e.text;
    last = e.end;
  }
  return out + line.slice(last);
}

/** Vary the numbers of running text (not years, not table cells). */
function varyProseNumbers(line, rng) {
  return line.replace(/\d+/g, (d) => {
    const n = Number(d);
    if (d.length === 4 && n >= 1990 && n <= 2100) return d; // a year
    if (n === 0) return d;
    return String(Math.max(1, Math.round(n * (0.3 + rng() * 2))));
  });
}

export function splitEol(text) {
  const bom = text.startsWith('\ufeff');
  const body = bom ? text.slice(1) : text;
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  return { bom, eol, lines: body.split(/\r\n|\n/) };
}

function byteLen(lines, eol) {
  let n = 0;
  for (const l of lines) n += Buffer.byteLength(l, 'utf8');
  return n + eol.length * (lines.length - 1);
}

/** Repeat prose paragraphs (numbers varied) until the text reaches `target` UTF-8 bytes. */
export function grow(lines, eol, target, rng, isParagraph = isProse) {
  let size = byteLen(lines, eol);
  if (size >= target) return lines;
  let paras = lines.map((l, i) => (isParagraph(l) ? i : -1)).filter((i) => i >= 0);
  if (!paras.length) return lines;
  const out = lines.slice();
  // Each copy goes right after its original; later paragraph indices shift by what was inserted.
  while (size < target) {
    const i = rng.pick(paras);
    const copy = varyProseNumbers(out[i], rng);
    const spaced = out[i + 1] === '';
    const insert = spaced ? ['', copy] : [copy];
    out.splice(i + 1, 0, ...insert);
    size += Buffer.byteLength(copy, 'utf8') + eol.length * insert.length;
    paras = paras.map((p) => (p > i ? p + insert.length : p));
  }
  return out;
}

function sampleSize(rng) {
  const [lo, hi] = rng.chance(0.05) ? [30, 80] : [5, 30];
  return Math.round(1024 * lo * Math.pow(hi / lo, rng()));
}

/** One corpus report: { name, text, base, variant }. */
export function makeReport(samples, i, rng) {
  const base = rng.pick(samples);
  const { bom, eol: baseEol, lines: src } = splitEol(base.text);
  let lines = src.slice();
  const mode = rng() < 0.3 ? 'keep' : rng() < 0.643 ? 'scaled' : 'broken';
  const tableLines = lines.map((l, k) => (cellNumbers(l).length ? k : -1)).filter((k) => k >= 0);
  const variant = { mode };
  if (mode === 'scaled') {
    const k = rng.int(2, 12);
    variant.factor = k;
    for (const t of tableLines) {
      lines[t] = replaceAt(lines[t], cellNumbers(lines[t]).map((c) => (c.text.includes('.') ? c : { ...c, text: String(Number(c.text) * k) })));
    }
  } else if (mode === 'broken') {
    const how = rng.pick(['cells', 'cells', 'blank', 'invalid', 'row', 'fee', 'random']);
    variant.broken = how;
    const cells = tableLines.flatMap((t) => cellNumbers(lines[t]).map((c) => ({ t, c })));
    if (how === 'random') {
      for (const t of tableLines) lines[t] = replaceAt(lines[t], cellNumbers(lines[t]).map((c) => ({ ...c, text: String(rng.int(0, 60)) })));
    } else if (how === 'row' && tableLines.length) {
      lines.splice(rng.pick(tableLines), 1);
    } else if (how === 'fee') {
      lines = lines.filter((l) => !l.includes('信息处理费'));
    } else if (cells.length) {
      const n = how === 'cells' ? rng.int(1, 3) : 1;
      const chosen = new Map();
      for (let j = 0; j < n; j++) {
        const { t, c } = rng.pick(cells);
        const text = how === 'blank' ? '' : how === 'invalid' ? rng.pick(['一', '—', '1O', '-3', '？']) : String(Number(c.text) + rng.int(1, 40));
        chosen.set(`${t}:${c.start}`, { t, c: { ...c, text } });
      }
      const byLine = new Map();
      for (const { t, c } of chosen.values()) byLine.set(t, [...(byLine.get(t) ?? []), c].sort((a, b) => a.start - b.start));
      for (const [t, edits] of byLine) lines[t] = replaceAt(lines[t], edits);
    }
  }
  lines = lines.map((l) => (isProse(l) ? varyProseNumbers(l, rng) : l));
  const target = sampleSize(rng);
  variant.target = target;
  lines = grow(lines, baseEol, target, rng);
  const eol = baseEol === '\n' && rng.chance(0.2) ? '\r\n' : baseEol;
  const withBom = bom || rng.chance(0.05);
  const text = (withBom ? '\ufeff' : '') + lines.join(eol);
  const mdHeadings = /^#{1,3} /m.test(base.text);
  const ext = base.name.endsWith('.md') || (mdHeadings && rng.chance(0.4)) ? 'md' : 'txt';
  const stem = base.name.replace(/\.(txt|md)$/, '').replace(/_.*/, '');
  return { name: `${String(i).padStart(4, '0')}_${stem}.${ext}`, text, base: base.name, variant };
}

/** Generate `count` reports into `dir` (emptied first). Returns [{ name, path, bytes, base, variant }]. */
export function generateCorpus({ count = 1000, seed = DEFAULT_SEED, dir = join(ROOT, 'bench', 'corpus'), samples = loadSamples() } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rng = prng(seed);
  const files = [];
  for (let i = 0; i < count; i++) {
    const r = makeReport(samples, i, rng);
    const path = join(dir, r.name);
    const bytes = Buffer.from(r.text, 'utf8');
    writeFileSync(path, bytes);
    files.push({ name: r.name, path, bytes: bytes.length, base: r.base, variant: r.variant });
  }
  return files;
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** Chinese numeral for 1–99 (十, 十一, 二十三 …), the form sub-section ordinals use. */
export function chineseNumeral(n) {
  if (n < 10) return CN[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN[tens]}十${CN[n % 10]}`;
}

const TOPICS = ['政府信息主动公开情况', '政府信息依申请公开情况', '政府信息管理情况', '政府信息公开平台建设情况', '监督保障情况',
  '重点领域信息公开情况', '政策解读与回应关切情况', '政务新媒体管理情况', '基层政务公开标准化规范化情况', '公开目录与指南更新情况'];

/**
 * A report of about `targetBytes` UTF-8 bytes, built from seed 004 (Markdown headings, tab tables):
 * section 一 gets ~70% of the size as a long run of repeated sub-sections （一）…（九十九）, each with
 * several paragraphs; section 五 ~20% and section 六 ~5% as long prose. Tables stay as in the seed.
 */
export function makeHugeReport(samples = loadSamples(), targetBytes = 1 << 20, seed = DEFAULT_SEED) {
  const rng = prng(seed + 1);
  const base = samples.find((s) => s.name.startsWith('004_')) ?? samples[0];
  const { eol, lines } = splitEol(base.text);
  const prose = lines.filter(isProse);
  const paragraph = () => {
    // 1–2 seed paragraphs per paragraph, numbers varied.
    let p = '';
    const n = rng.int(1, 2);
    for (let k = 0; k < n; k++) p += varyProseNumbers(rng.pick(prose), rng);
    return p;
  };
  const at = (re) => lines.findIndex((l) => re.test(l));
  const s2 = at(/^#+ 二、/);
  const s5 = at(/^#+ 五、/);
  const s6 = at(/^#+ 六、/);
  if (s2 < 0 || s5 < 0 || s6 < 0) throw new Error('huge report: seed 004 has no 二/五/六 headings');
  const fill = (budget, block) => {
    const out = [];
    let size = 0;
    while (size < budget) {
      const b = block(out.length);
      for (const l of b) size += Buffer.byteLength(l, 'utf8') + eol.length;
      out.push(...b);
    }
    return out;
  };
  let sub = 0;
  const section1 = fill(targetBytes * 0.7, () => {
    sub++;
    const ord = chineseNumeral(((sub - 1) % 99) + 1);
    const paras = Array.from({ length: rng.int(2, 4) }, paragraph);
    return [`### （${ord}）${TOPICS[(sub - 1) % TOPICS.length]}`, '', ...paras.flatMap((p) => [p, ''])];
  });
  const section5 = fill(targetBytes * 0.2, () => [paragraph(), '']);
  const section6 = fill(targetBytes * 0.05, () => [paragraph(), '']);
  const head = lines.slice(0, at(/^#+ 一、/) + 1);
  const out = [
    ...head, '', ...section1,
    ...lines.slice(s2, s5 + 1), '', ...section5,
    lines[s6], '', ...section6,
    ...lines.slice(s6 + 1),
  ];
  return out.join(eol);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const files = generateCorpus({ count: Number(arg('--count', 1000)), seed: Number(arg('--seed', DEFAULT_SEED)), dir: arg('--dir', join(ROOT, 'bench', 'corpus')) });
  const bytes = files.reduce((s, f) => s + f.bytes, 0);
  console.log(`${files.length} reports, ${(bytes / 1e6).toFixed(2)} MB`);
}
