/**
 * Table 三's rows of zeros where pdfminer's column runs settle no one reading (most often: one applicant column alone
 * not zero and equal to 总计 — which column, nothing in the numbers says). A row is all zeros when every number that
 * lands in it is 0, and where a number lands depends only on how the page is cut, never on the order of its runs
 * (a run of 商业企业 or of 自然人 fills the same rows), and neither does the 总计 column: half each row's sum. So a row is
 * read as zeros only when it is so in every reading whose pages' cuts keep each row's total (a number half the row's
 * sum) and whose 总计 column holds its sums — cuts into plain runs, bands of rows in any order (each one run per
 * column), a block of first rows given across or down before the runs; every other row stays unread. (The sums do not
 * tell result rows apart: 3300 r020's band of its last rows given before the middle rows' moves two 1s between result
 * rows with every sum holding, so every order of the bands is a cut.)
 */
import type { TextCell } from '../model';
import { arrangements, product } from './column-runs';

/** How many bands a page may be cut into at most (tables/columnwise.ts weighs them so too). */
const MAX_BANDS = 4;

/** How many combinations of the pages' 总计 columns are weighed at most: past that the text does not settle it. */
const MAX_COMBINATIONS = 4096;

/** A page's cuts that keep every row's total, by the 总计 column they give (half each row's sum, whichever run is whose). */
export interface Cut {
  totals: number[]; zero: boolean[]; rows: TextCell[][]; /** Some cut giving it is plain runs (a block of first rows before them, perhaps). */ plain: boolean;
  /** The rows (of the page) no number of which is half the row's sum, each with its numbers (sorted): only where `slack` allows. */
  failing: { row: number; numbers: number[] }[];
}

/**
 * Per row of the table (the pages' rows in order), its numbers when it is all zeros in every reading whose pages' cuts
 * keep their rows' totals and whose 总计 column holds its sums (`totalHolds`), over every way of reading the pages
 * (`choices`: with or without a page's own number); else [] (unread). Undefined when no reading holds or past the budget.
 */
export function zeroRows(choices: readonly (readonly (readonly TextCell[])[])[], n: number, totalHolds: (totals: readonly number[]) => boolean): TextCell[][] | undefined {
  let out: TextCell[][] | undefined;
  // A report with a defect (a total off) holds its sums in no reading: then only other cuts may, and they prove nothing.
  // So some reading of plain runs must hold too (r006 with two balances off: other cuts' 总计 columns held) — of the
  // text's own order: a reading with a merged box moved (below) may make a row nonzero, never prove one zero.
  let plain = false;
  const cache = new Map<readonly TextCell[], Cut[]>();
  const cutsOf = (page: readonly TextCell[]) => cache.get(page) ?? cache.set(page, pageCuts(page, n)).get(page)!;
  for (const [pages, moved] of [...choices.map((c) => [c, false] as const), ...choices.flatMap((c) => withMergedMoved(c).map((m) => [m, true] as const))]) {
    const perPage = pages.map(cutsOf);
    if (perPage.some((cuts) => !cuts.length)) continue;
    if (perPage.reduce((m, cuts) => m * cuts.length, 1) > MAX_COMBINATIONS) return undefined;
    for (const combination of product(perPage)) {
      if (!totalHolds(combination.flatMap((c) => c.totals))) continue;
      plain ||= !moved && combination.every((c) => c.plain);
      const rows = combination.flatMap((c) => c.zero.map((z, r) => (z ? c.rows[r] : [])));
      out = out ? out.map((cells, r) => (cells.length && rows[r].length ? cells : [])) : rows;
    }
  }
  return plain ? out : undefined;
}

/**
 * The pages with one number that stands after other text on its line (a row's label: pdfminer merged its box with the
 * label's, so it stands where the labels' boxes put it, not in its column's run) traded with the number before or after
 * it, one trade a reading. Fresh seed 9350 r014: 总计's numbers scattered between the row labels, the last two rows' 0 and 1
 * given swapped (`3.补正后申请内 0` / `1`); with the true order never weighed, the one cut left shifted 17 … 4 a row down
 * and read 一、本年新收 as zeros.
 */
export function withMergedMoved(pages: readonly (readonly TextCell[])[]): (readonly TextCell[])[][] {
  const out: (readonly TextCell[])[][] = [];
  pages.forEach((page, p) => page.forEach((v, i) => {
    if (v.span.start === 0) return;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= page.length || page[j].text === v.text) continue;
      const moved = [...page];
      [moved[i], moved[j]] = [moved[j], moved[i]];
      out.push(pages.map((q, k) => (k === p ? moved : q)));
    }
  }));
  return out;
}

/**
 * A page's cuts keeping every row's total (all but `slack` rows), one per 总计 column and failing rows, each row zero only
 * where it is so in every cut giving that column. `oneTotalRun` keeps only cuts whose totals stand in one run (see holding):
 * right for proving rows zero; tables/proven-sums.ts, proving a sum fails in every reading, weighs them all (false).
 */
export function pageCuts(page: readonly TextCell[], n: number, slack = 0, oneTotalRun = true): Cut[] {
  const nums = page.map((c) => Number(c.text));
  const h = nums.length / n;
  // A page of zeros reads as zeros however it is cut.
  if (nums.every((x) => x === 0)) return [{ totals: new Array<number>(h).fill(0), zero: new Array<boolean>(h).fill(true), rows: inRuns(page, h), plain: true, failing: [] }];
  const out = new Map<string, Cut>();
  const keep = (part: Part, plain: boolean) => {
    const failing = part.half.flatMap((ok, row) => (ok ? [] : [{ row, numbers: part.rows()[row].map((c) => Number(c.text)).sort((a, b) => a - b) }]));
    if (failing.length > slack) return;
    const key = `${part.sum.join(' ')}/${failing.map((f) => `${f.row}:${f.numbers.join(' ')}`).join(' ')}`;
    const known = out.get(key);
    if (known) { known.zero = known.zero.map((z, r) => z && part.max[r] === 0); known.plain ||= plain; }
    else out.set(key, { totals: part.sum.map((x) => x / 2), zero: part.max.map((m) => m === 0), rows: part.rows(), plain, failing });
  };

  // Bands of rows, each one run per column over its rows, given in any order (fresh seed 3300 r020: the page's last rows'
  // band before its middle rows'): the text cut into bands, each keeping its rows' totals, laid over the rows in any order.
  const bands = new Map<string, Part | undefined>();
  const band = (at: number, k: number) => {
    const key = `${at}/${k}`;
    if (!bands.has(key)) bands.set(key, holding(page, nums, Array.from({ length: n * k }, (_, i) => at + i), Array.from({ length: n * k }, (_, i) => i % k), k, Array.from({ length: n * k }, (_, i) => Math.floor(i / k)), slack, oneTotalRun));
    return bands.get(key);
  };
  for (const sizes of bandSizes(h)) {
    let at = 0;
    const parts = sizes.map((k) => { const part = band(at, k); at += n * k; return part; });
    if (parts.some((p) => !p)) continue;
    for (const order of permutations(parts.length)) {
      const laid = order.map((b) => parts[b]!);
      keep({ sum: laid.flatMap((p) => p.sum), max: laid.flatMap((p) => p.max), half: laid.flatMap((p) => p.half), rows: () => laid.flatMap((p) => p.rows()) }, parts.length === 1);
    }
  }
  const all = nums.map((_, i) => i);
  for (const { rowOf, runOf } of blockCuts(h, n)) {
    const part = holding(page, nums, all, rowOf, h, runOf, slack, oneTotalRun);
    if (part) keep(part, true);
  }
  return [...out.values()];
}

/** Rows of numbers: each row's sum, its largest number, whether it keeps its total, and its cells. */
interface Part { sum: number[]; max: number[]; half: boolean[]; rows: () => TextCell[][] }

/**
 * The numbers at `at` laid in rows `rowOf` (of `h`), when every row but `slack` keeps its total (one of its numbers half
 * its sum) and those totals stand in one run (`runOf`: each number's run, -1 in a block of first rows): 总计 is one
 * column, one run, for every row a run crosses (rows failing their total, within `slack`, aside). Fresh seed 9500 r009: a
 * page whose rows came in pieces no cut foresees held each row's total in a cut by a block of three rows' first cells
 * only with 总计 in one run for some rows and another for the others — that cut read （五）2.重复申请's 6 as zeros, and no
 * other held.
 */
function holding(page: readonly TextCell[], nums: readonly number[], at: readonly number[], rowOf: readonly number[], h: number, runOf: readonly number[], slack: number, oneTotalRun: boolean): Part | undefined {
  const sum = new Array<number>(h).fill(0);
  const max = new Array<number>(h).fill(0);
  at.forEach((i, k) => { sum[rowOf[k]] += nums[i]; max[rowOf[k]] = Math.max(max[rowOf[k]], nums[i]); });
  const half = new Array<boolean>(h).fill(false);
  at.forEach((i, k) => { if (2 * nums[i] === sum[rowOf[k]]) half[rowOf[k]] = true; });
  if (half.filter((ok) => !ok).length > slack) return undefined;
  // The runs that hold the total of every row they cross (a row only in the block needs none); one must cross a row.
  const crossed = new Array<boolean>(h).fill(false);
  const fails = new Set<number>();
  at.forEach((i, k) => { if (runOf[k] >= 0 && half[rowOf[k]]) crossed[rowOf[k]] = true; });
  at.forEach((i, k) => { if (runOf[k] >= 0 && half[rowOf[k]] && 2 * nums[i] !== sum[rowOf[k]]) fails.add(runOf[k]); });
  const runs = new Set(runOf.filter((j) => j >= 0));
  if (oneTotalRun && crossed.some(Boolean) && ![...runs].some((j) => !fails.has(j) && crossed.every((c, r) => !c || at.some((_, k) => rowOf[k] === r && runOf[k] === j)))) return undefined;
  const rows = () => {
    const out: TextCell[][] = sum.map(() => []);
    at.forEach((i, k) => out[rowOf[k]].push(page[i]));
    return out;
  };
  return { sum, max, half, rows };
}

/** A page's rows as plain column runs of `h`. */
function inRuns(page: readonly TextCell[], h: number): TextCell[][] {
  return Array.from({ length: h }, (_, r) => page.filter((_, i) => i % h === r));
}


/**
 * A block of the first `block` rows' first `wide` cells (given across, or down), then one run per column: the runs of
 * the columns under the block shorter, standing anywhere among the others. As the row and the run (-1: the block) each
 * number (in text order) lands in.
 */
function* blockCuts(h: number, n: number): Generator<{ rowOf: number[]; runOf: number[] }> {
  for (let block = 1; block <= h; block++) {
    for (let wide = 1; wide <= n; wide++) {
      if (block === h && wide === n) continue;
      const across: number[] = [];
      for (let r = 0; r < block; r++) for (let c = 0; c < wide; c++) across.push(r);
      const down: number[] = [];
      for (let c = 0; c < wide; c++) for (let r = 0; r < block; r++) down.push(r);
      const inBlock = new Array<number>(block * wide).fill(-1);
      const shortRuns = block < h ? wide : 0;
      const runs = n - (block < h ? 0 : wide);
      for (const isShort of arrangements(runs, shortRuns)) {
        const rest: number[] = [];
        const restRuns: number[] = [];
        isShort.forEach((short, j) => { for (let r = short ? block : 0; r < h; r++) { rest.push(r); restRuns.push(j); } });
        const runOf = [...inBlock, ...restRuns];
        yield { rowOf: [...across, ...rest], runOf };
        if (wide > 1 && block > 1) yield { rowOf: [...down, ...rest], runOf };
      }
    }
  }
}

/** Every way to cut `h` rows into 1…MAX_BANDS bands of consecutive rows, as the bands' heights. */
export function bandSizes(h: number): number[][] {
  const out: number[][] = [];
  const cut = (from: number, left: number, sizes: number[]) => {
    if (from === h) { out.push(sizes); return; }
    if (!left) return;
    for (let size = 1; from + size <= h; size++) cut(from + size, left - 1, [...sizes, size]);
  };
  cut(0, MAX_BANDS, []);
  return out;
}


/** Every order of `k` items. */
function permutations(k: number): number[][] {
  if (k <= 1) return [[0]];
  return permutations(k - 1).flatMap((p) => Array.from({ length: k }, (_, i) => [...p.slice(0, i), k - 1, ...p.slice(i)]));
}
