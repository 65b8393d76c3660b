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

/** How many bands a page may be cut into at most (as tables/columnwise.ts weighs them). */
const MAX_BANDS = 4;

/** How many combinations of the pages' 总计 columns are weighed at most: past that the text does not settle it. */
const MAX_COMBINATIONS = 4096;

/** A page's cuts that keep every row's total, by the 总计 column they give (half each row's sum, whichever run is whose). */
interface Cut { totals: number[]; zero: boolean[]; rows: TextCell[][] }

/**
 * Per row of the table (the pages' rows in order), its numbers when it is all zeros in every reading whose pages' cuts
 * keep their rows' totals and whose 总计 column holds its sums (`totalHolds`), over every way of reading the pages
 * (`choices`: with or without a page's own number); else [] (unread). Undefined when no reading holds or past the budget.
 */
export function zeroRows(choices: readonly (readonly (readonly TextCell[])[])[], n: number, totalHolds: (totals: readonly number[]) => boolean): TextCell[][] | undefined {
  let out: TextCell[][] | undefined;
  for (const pages of choices) {
    const perPage = pages.map((page) => pageCuts(page, n));
    if (perPage.some((cuts) => !cuts.length)) continue;
    if (perPage.reduce((m, cuts) => m * cuts.length, 1) > MAX_COMBINATIONS) return undefined;
    for (const combination of product(perPage)) {
      if (!totalHolds(combination.flatMap((c) => c.totals))) continue;
      const rows = combination.flatMap((c) => c.zero.map((z, r) => (z ? c.rows[r] : [])));
      out = out ? out.map((cells, r) => (cells.length && rows[r].length ? cells : [])) : rows;
    }
  }
  return out;
}

/** A page's cuts keeping every row's total, one per 总计 column, each row zero only where it is so in every cut giving that column. */
function pageCuts(page: readonly TextCell[], n: number): Cut[] {
  const nums = page.map((c) => Number(c.text));
  const h = nums.length / n;
  const out = new Map<string, Cut>();
  for (const rowOf of cuts(h, n)) {
    const sum = new Array<number>(h).fill(0);
    const max = new Array<number>(h).fill(0);
    rowOf.forEach((r, i) => { sum[r] += nums[i]; max[r] = Math.max(max[r], nums[i]); });
    // A row keeps its total when one of its numbers is half its sum.
    const half = new Array<boolean>(h).fill(false);
    rowOf.forEach((r, i) => { if (2 * nums[i] === sum[r]) half[r] = true; });
    if (!half.every(Boolean)) continue;
    const key = sum.join(' ');
    const known = out.get(key);
    if (known) { known.zero = known.zero.map((z, r) => z && max[r] === 0); continue; }
    const rows: TextCell[][] = sum.map(() => []);
    rowOf.forEach((r, i) => rows[r].push(page[i]));
    out.set(key, { totals: sum.map((x) => x / 2), zero: max.map((m) => m === 0), rows });
  }
  return [...out.values()];
}

function* product<T>(lists: readonly (readonly T[])[]): Generator<T[]> {
  if (!lists.length) { yield []; return; }
  for (const head of lists[0]) for (const rest of product(lists.slice(1))) yield [head, ...rest];
}

/** Every cut of a page of `h` rows and `n` columns, as the row each number (in text order) lands in. */
function* cuts(h: number, n: number): Generator<number[]> {
  // Bands of rows, given in any order (fresh seed 3300 r020: the page's last rows' band before the middle rows').
  for (const sizes of bandSizes(h)) {
    const starts = sizes.map((_, b) => sizes.slice(0, b).reduce((a, x) => a + x, 0));
    for (const order of permutations(sizes.length)) {
      const rowOf: number[] = [];
      for (const b of order) for (let c = 0; c < n; c++) for (let r = 0; r < sizes[b]; r++) rowOf.push(starts[b] + r);
      yield rowOf;
    }
  }
  // A block of the first `block` rows' first `wide` cells (given across, or down), then one run per column: the runs of
  // the columns under the block shorter, standing anywhere among the others.
  for (let block = 1; block <= h; block++) {
    for (let wide = 1; wide <= n; wide++) {
      if (block === h && wide === n) continue;
      const across: number[] = [];
      for (let r = 0; r < block; r++) for (let c = 0; c < wide; c++) across.push(r);
      const down: number[] = [];
      for (let c = 0; c < wide; c++) for (let r = 0; r < block; r++) down.push(r);
      const shortRuns = block < h ? wide : 0;
      const runs = n - (block < h ? 0 : wide);
      for (const isShort of placements(runs, shortRuns)) {
        const rest: number[] = [];
        for (const short of isShort) for (let r = short ? block : 0; r < h; r++) rest.push(r);
        yield [...across, ...rest];
        if (wide > 1 && block > 1) yield [...down, ...rest];
      }
    }
  }
}

/** Every way to cut `h` rows into 1…MAX_BANDS bands of consecutive rows, as the bands' heights. */
function bandSizes(h: number): number[][] {
  const out: number[][] = [];
  const cut = (from: number, left: number, sizes: number[]) => {
    if (from === h) { out.push(sizes); return; }
    if (!left) return;
    for (let size = 1; from + size <= h; size++) cut(from + size, left - 1, [...sizes, size]);
  };
  cut(0, MAX_BANDS, []);
  return out;
}

/** Every way to place `short` short runs among `count` runs (true: short), in text order. */
function placements(count: number, short: number): boolean[][] {
  if (short === 0) return [new Array<boolean>(count).fill(false)];
  if (short === count) return [new Array<boolean>(count).fill(true)];
  return [...placements(count - 1, short - 1).map((a) => [true, ...a]), ...placements(count - 1, short).map((a) => [false, ...a])];
}

/** Every order of `k` items. */
function permutations(k: number): number[][] {
  if (k <= 1) return [[0]];
  return permutations(k - 1).flatMap((p) => Array.from({ length: k }, (_, i) => [...p.slice(0, i), k - 1, ...p.slice(i)]));
}
