/**
 * Table 三's rows of zeros where pdfminer's column runs settle no one reading (most often: one applicant column alone
 * not zero and equal to 总计 — which column, nothing in the numbers says). A row is all zeros when every number that
 * lands in it is 0, and where a number lands depends only on how the page is cut, never on the order of its runs
 * (a run of 商业企业 or of 自然人 fills the same rows). So a row is read as zeros only when it is so in every cut of its
 * page that keeps each row's total (a number half the row's sum): plain runs, bands of rows (each one run per column),
 * and a block of first rows given across or down before the runs; every other row stays unread.
 */
import type { TextCell } from '../model';

/** How many bands a page may be cut into at most (as tables/columnwise.ts weighs them). */
const MAX_BANDS = 4;

/**
 * Per row of the table (the pages' rows in order), its numbers when it is all zeros in every cut of every way of
 * reading the pages (`choices`: with or without a page's own number) whose every page has a cut keeping its rows'
 * totals, else [] (unread); undefined when no way of reading them has.
 */
export function zeroRows(choices: readonly (readonly (readonly TextCell[])[])[], n: number): TextCell[][] | undefined {
  let out: TextCell[][] | undefined;
  for (const pages of choices) {
    const read = pages.map((page) => pageZeros(page, n));
    if (read.some((z) => !z)) continue;
    const rows = read.flatMap((z) => z!);
    out = out ? out.map((cells, r) => (cells.length && rows[r].length ? cells : [])) : rows;
  }
  return out;
}

/** A page's rows: a row's numbers (in a cut that keeps every total) where it is zeros in every such cut, else []; undefined when no cut does. */
function pageZeros(page: readonly TextCell[], n: number): TextCell[][] | undefined {
  const nums = page.map((c) => Number(c.text));
  const h = nums.length / n;
  let zero: boolean[] | undefined;
  let witness: number[] | undefined;
  for (const rowOf of cuts(h, n)) {
    const sum = new Array<number>(h).fill(0);
    const max = new Array<number>(h).fill(0);
    rowOf.forEach((r, i) => { sum[r] += nums[i]; max[r] = Math.max(max[r], nums[i]); });
    // A row keeps its total when one of its numbers is half its sum.
    const half = new Array<boolean>(h).fill(false);
    rowOf.forEach((r, i) => { if (2 * nums[i] === sum[r]) half[r] = true; });
    if (!half.every(Boolean)) continue;
    zero = (zero ?? sum.map(() => true)).map((z, r) => z && max[r] === 0);
    witness ??= rowOf;
  }
  if (!zero || !witness) return undefined;
  const rows: TextCell[][] = zero.map(() => []);
  witness.forEach((r, i) => { if (zero![r]) rows[r].push(page[i]); });
  return rows;
}

/** Every cut of a page of `h` rows and `n` columns, as the row each number (in text order) lands in. */
function* cuts(h: number, n: number): Generator<number[]> {
  for (const sizes of bandSizes(h)) {
    const rowOf: number[] = [];
    let start = 0;
    for (const size of sizes) {
      for (let c = 0; c < n; c++) for (let r = 0; r < size; r++) rowOf.push(start + r);
      start += size;
    }
    yield rowOf;
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
