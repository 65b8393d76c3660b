/**
 * A page of table 三 given column by column (pdfminer.six), its column runs in whatever order the text put
 * them: pdfminer groups a column's boxes, but the columns of a page come out of header order at times
 * (自然人 last, or 总计 before 法律服务机构). Which run is which column is then told by the sums alone:
 * the 总计 run is the one every row's total holds with (whichever order the other runs take, a row holds
 * the same numbers), and each applicant column is the run whose numbers hold that column's own sums down
 * the table (第一项加第二项 = 第三项加第四项, the results adding up to their total) with its runs on the
 * other pages. The sums cannot name the columns (trading two columns on every page keeps them all): the
 * pages whose runs came in header order do, so a reading needs more of its pages in header order than out
 * of it — counting only pages that name a column (a page of zeros reads alike in any order) — and a page out
 * of order is read as plain runs only. A table is read only when exactly one reading
 * holds every sum at the most pages in order: two runs that could trade places leave it unread.
 */
import type { TextCell } from '../model';

export interface RunsInput {
  /** Each page's numbers in the text's order (a page's own number already left out). */
  pages: readonly (readonly TextCell[])[];
  /** The table's columns, the last its 总计 (each row's other cells added up). */
  columns: number;
  /** Whether one column's numbers down the whole table (the rows in the official order) hold that column's sums. */
  columnHolds: (cells: readonly TextCell[]) => boolean;
  /** How many applicant columns may fail their sums (one defect: a balance off in a column and its 总计); 0 unless given. */
  failing?: number;
  /**
   * Per page, whether its runs, if they come in header order with the 总计's last, are in header order for certain
   * (tables/run-order-grounds.ts: nothing but its numbers between them, nothing before them that pdfminer could have
   * grouped with a column right of 自然人).
   */
  grounded?: readonly boolean[];
}

/** The reading (rows in order, each in column order) when exactly one holds every sum; `several` when more do. */
export interface RunsReading {
  rows?: TextCell[][];
  several?: boolean;
  /** Per page, whether it is grounded in header order (its runs named by the layout law, 总计's last for certain); pages not grounded placed by the sums. */
  named?: readonly boolean[];
}

/** A page read as: its first `block` rows' first `wide` cells side by side, then one run per column. */
interface Shape {
  block: readonly (readonly TextCell[])[];
  wide: number;
  /** Runs not yet given a column, by the column's length class: short (under the block) and full height. */
  short: readonly TextCell[][];
  full: readonly TextCell[][];
  total: readonly TextCell[];
  /** Whether the block holds the whole of its columns (they have no run). */
  whole: boolean;
  /** When the runs came in header order: each applicant column's run, in column order. */
  ordered?: readonly TextCell[][];
}

/** Each page's layouts, by its cells (weighed once however many readings of the other pages are tried). */
const SHAPES = new WeakMap<readonly TextCell[], { n: number; shapes: Shape[] }>();

/** How many column checks one table may cost at most: past that the text does not settle it. */
const BUDGET = 50_000;
/** How many page layouts are weighed together at most. */
const MAX_SHAPES = 4096;

/**
 * The one reading whose every sum holds with the most pages' runs in header order — all of them, else all but
 * one …, never fewer than most pages: the sums tell which runs of two pages are one column, not which column
 * (trading two columns' runs on every page keeps every sum), so the pages in header order name the columns.
 * `several` when more than one reading holds at that level; undefined past the budget.
 */
export function readRuns(input: RunsInput): RunsReading | undefined {
  const n = input.columns;
  const perPage = input.pages.map((page) => {
    // The same page comes again with each choice of another page's number: its layouts are weighed once.
    let known = SHAPES.get(page);
    if (!known || known.n !== n) SHAPES.set(page, (known = { n, shapes: shapes(page, n) }));
    return known.shapes;
  });
  if (perPage.some((s) => !s.length)) return {};
  // Past its budget the grounded weighing says nothing: the pages in order decide as before.
  const named = groundedReading(input, perPage) ?? {};
  const cost = { left: BUDGET };
  const plain = byMajority(input, perPage, cost);
  if (!named.rows) return plain;
  // A reading by the pages that merely look in order must not say otherwise than the grounded one.
  if (plain?.rows && key(plain.rows) !== key(named.rows)) return { several: true };
  return named;
}

/**
 * The one reading with every grounded page in header order (their runs named by pdfminer's own layout law), the runs
 * of the other pages placed by the sums: named, when exactly one holds every sum; {} when no page is grounded or not
 * exactly one reading holds; undefined past the budget.
 */
function groundedReading(input: RunsInput, perPage: readonly Shape[][]): RunsReading | undefined {
  const n = input.columns;
  const sure = (x: Shape) => !!x.ordered && totalLast(x, n);
  const grounded = new Set(perPage.flatMap((s, p) => (input.grounded?.[p] && s.some(sure) ? [p] : [])));
  // Only where every sum holds: a page's cut is proven by the sums (below), which a defect leaves short.
  if (!grounded.size || input.failing) return {};
  // A page not grounded is weighed in every layout it has, a block of first rows in any order too: its cut is taken only
  // where no other holds every sum with another reading (3300 r020), and past the budget not at all.
  const found = new Map<string, TextCell[][]>();
  if (!weigh(input, perPage.map((s, p) => (grounded.has(p) ? s.filter(sure) : s)), grounded, found, { left: BUDGET })) return undefined;
  const rows = found.size === 1 && [...found.values()][0];
  return rows ? { rows, named: perPage.map((_, p) => grounded.has(p)) } : {};
}

/**
 * Whether a layout in header order has 总计's run last for certain: no applicant column holds the same numbers as
 * 总计 (fresh seed 2600 r009: 科研机构's 1 1 0 … came last and 总计's fourth; either could be the 总计, and then the
 * page is not in header order at all). A page whose applicant columns are all alike reads the same in any order.
 */
function totalLast(x: Shape, n: number): boolean {
  const rows = rowsOf(x, n, x.ordered!);
  const same = x.ordered!.filter((_, c) => rows.every((r) => r[c].text === r[n - 1].text)).length;
  return !same || same === n - 1;
}

/**
 * Records in `found` the readings of every combination of the pages' `candidates` layouts, the pages `inOrder` in header
 * order, whose sums hold; stops at a second. False past the budget.
 */
function weigh(input: RunsInput, candidates: readonly Shape[][], inOrder: ReadonlySet<number>, found: Map<string, TextCell[][]>, cost: { left: number }): boolean {
  if (candidates.reduce((m, s) => m * s.length, 1) > MAX_SHAPES) return false;
  for (const combination of product(candidates)) {
    if (!input.failing && !input.columnHolds(columnOf(combination, input.columns - 1, combination.map((s) => s.total)))) continue;
    if (!assign(combination, inOrder, 0, [], input, found, cost, input.failing ?? 0)) return false;
    if (found.size > 1) return true;
  }
  return true;
}

/** A reading as text, row by row. */
export function key(rows: readonly (readonly TextCell[])[]): string {
  return rows.map((r) => r.map((c) => c.text).join(' ')).join('|');
}

/** The one reading with most pages in header order (above); undefined past the budget. */
function byMajority(input: RunsInput, perPage: readonly Shape[][], cost: { left: number }): RunsReading | undefined {
  const n = input.columns;
  // A page whose applicant runs are all alike (a page of zeros) reads the same in any order: it names no column. The
  // pages in header order must be most of those that name one (2100 r009: a page of zeros made one page in order of the
  // two that told anything a majority, and that page's runs had come out of order: two columns were read swapped).
  // Nor do whole rows given side by side (a block as wide as the table, on a page of more than one row; a page that is
  // one row is its own runs of one): a row's boxes come in pdfminer's
  // order of their own as a page's runs do (fresh seed 9102 r016: 0 0 0 0 1 0 1 given as 1 0 0 0 0 0 1, its page of zeros
  // else, made one page in order of the two that told anything a majority, and the 1 was read under 自然人).
  const alike = (x: Shape) => rowsOf(x, n, x.ordered!).every((row, r, rows) => (x.wide === n && rows.length > 1 && r < x.block.length) || row.slice(0, n - 1).every((c) => c.text === row[0].text));
  const neutral = perPage.filter((s) => s.some((x) => x.ordered && alike(x))).length;
  const count = perPage.length;
  for (let k = count; k > count / 2; k--) {
    const found = new Map<string, TextCell[][]>();
    for (const inOrder of subsets(count, k)) {
      // A page out of header order is read as column runs only: a block of first rows before runs out of order
      // is a layout whose pieces can also be cut wrongly with every sum holding (a column's first rows, then the
      // next column's, then the rest of each: 52 0 19 / 39 2 18 / 0 0 1 … as a block and two runs).
      const candidates = perPage.map((s, p) => s.filter((x) => (inOrder.has(p) ? x.ordered : x.ordered || !x.block.length)));
      if (!weigh(input, candidates, inOrder, found, cost)) return undefined;
      if (found.size > 1) return { several: true };
    }
    const rows = [...found.values()][0];
    // At least k - neutral of the pages in order name columns; fewer than most: other readings with as many are not ruled out.
    if (rows) return k - neutral > (count - neutral) / 2 || neutral === count ? { rows } : { several: true };
  }
  return {};
}

/** Every set of `k` of the pages 0..count-1. */
function subsets(count: number, k: number): Set<number>[] {
  if (k === 0) return [new Set()];
  if (k > count) return [];
  return [...subsets(count - 1, k - 1).map((s) => new Set([...s, count - 1])), ...subsets(count - 1, k)];
}

/**
 * Gives columns `c`.. a run of each page, each run whose column holds its sums, and records every full
 * reading found (by its numbers). False when past the budget.
 */
function assign(pages: readonly Shape[], inOrder: ReadonlySet<number>, c: number, chosen: TextCell[][][], input: RunsInput, found: Map<string, TextCell[][]>, cost: { left: number }, slack = 0): boolean {
  const n = input.columns;
  if (c === n - 1) {
    const rows = pages.flatMap((s, p) => rowsOf(s, n, chosen.map((runs) => runs[p])));
    found.set(key(rows), rows);
    return true;
  }
  // Per page, the distinct runs left for this column's class (equal runs are one choice).
  const options = pages.map((s, p) => {
    const used = chosen.map((runs) => runs[p]);
    if (inOrder.has(p)) return [s.ordered![c]];
    return distinct(poolFor(s, c).filter((r) => !used.includes(r)));
  });
  for (const runs of product(options)) {
    if (--cost.left < 0) return false;
    const holds = input.columnHolds(columnOf(pages, c, runs));
    if (!holds && !slack) continue;
    if (!assign(pages, inOrder, c + 1, [...chosen, runs], input, found, cost, holds ? slack : slack - 1)) return false;
    if (found.size > 1) return true;
  }
  return true;
}

/** The runs column `c` may take on a page: short ones under the block, none where the block is the whole column. */
function poolFor(s: Shape, c: number): readonly TextCell[][] {
  if (c >= s.wide || !s.block.length) return s.full;
  return s.whole ? [[]] : s.short;
}

/** Column `c` down every page: the block's cells above its run where the block covers it. */
function columnOf(pages: readonly Shape[], c: number, runs: readonly (readonly TextCell[])[]): TextCell[] {
  return pages.flatMap((s, p) => [...(c < s.wide ? s.block.map((r) => r[c]) : []), ...runs[p]]);
}

/** A page's rows with the applicant columns given `runs` (one per column, in column order) and the 总计 its own. */
function rowsOf(s: Shape, n: number, runs: readonly (readonly TextCell[])[]): TextCell[][] {
  const columns = [...runs, s.total].map((run, c) => [...(c < s.wide ? s.block.map((r) => r[c]) : []), ...run]);
  return columns[0].map((_, r) => columns.map((col) => col[r]));
}

/**
 * A page's layouts whose every row total holds: a block of its first rows' first cells row by row (or none),
 * then n runs in any order of their lengths, one of them the 总计's. Distinct by what they hold.
 */
function shapes(page: readonly TextCell[], n: number): Shape[] {
  if (page.length % n) return [];
  const height = page.length / n;
  const out = new Map<string, Shape>();
  const nums = page.map((c) => Number(c.text));
  for (let block = 0; block <= height; block++) {
    for (let wide = block ? 1 : 0; wide <= (block ? n : 0); wide++) {
      const cells = page.slice(0, block * wide);
      const rowsAbove = Array.from({ length: block }, (_, r) => cells.slice(r * wide, (r + 1) * wide));
      const shortLength = height - block;
      // Columns under the block hold shorter runs; a run of no numbers (the block is the whole column) is none.
      const shortCount = block && shortLength ? wide : 0;
      const runCount = n - (block && !shortLength ? wide : 0);
      const totalShort = !!block && wide === n;
      for (const isShort of arrangements(runCount, shortCount)) {
        const starts: number[] = [];
        let at = block * wide;
        for (const s of isShort) { starts.push(at); at += s ? shortLength : height; }
        // Each row's numbers added up (the same whichever run is whose): a row holds when its 总计 is half of it.
        const rowSum = new Array<number>(height).fill(0);
        for (let r = 0; r < block; r++) for (let c = 0; c < wide; c++) rowSum[r] += nums[r * wide + c];
        isShort.forEach((short, i) => { for (let k = 0; k < (short ? shortLength : height); k++) rowSum[(short ? block : 0) + k] += nums[starts[i] + k]; });
        const halfTotal = (t: number) => rowSum.every((sum, r) => 2 * (totalShort && r < block ? nums[r * wide + n - 1] : nums[starts[t] + r - (isShort[t] ? block : 0)]) === sum);
        const runs = isShort.map((short, i) => page.slice(starts[i], starts[i] + (short ? shortLength : height)));
        if (totalShort && !shortLength) {
          // Every row row by row: no run at all.
          const none = Array.from({ length: n - 1 }, () => []);
          if (rowsAbove.every((row) => 2 * Number(row[n - 1].text) === row.reduce((sum, c) => sum + Number(c.text), 0))) remember(out, { block: rowsAbove, wide, short: [], full: [], total: [], whole: true, ordered: none }, n);
          continue;
        }
        runs.forEach((total, t) => {
          if (isShort[t] !== totalShort || !halfTotal(t)) return;
          const rest = runs.filter((_, i) => i !== t);
          const restShort = rest.filter((_, i) => isShort[i < t ? i : i + 1]);
          const shape: Shape = { block: rowsAbove, wide, short: restShort, full: rest.filter((r) => !restShort.includes(r)), total, whole: !!block && !shortLength };
          // Header order: the short runs first, the 总计's last; a column the block holds whole has no run.
          const inHeaderOrder = t === runs.length - 1 && isShort.every((x, i) => x === i < shortCount);
          if (inHeaderOrder) shape.ordered = Array.from({ length: n - 1 }, (_, c) => (shape.whole && c < wide ? [] : rest[shape.whole ? c - wide : c]));
          remember(out, shape, n);
        });
      }
    }
  }
  return [...out.values()];
}

/**
 * Keeps a layout unless an equal one is kept: a layout whose runs of each class are all alike gives one
 * reading only, known by its numbers (a page of zeros read any way is one reading); else by its parts.
 */
function remember(out: Map<string, Shape>, s: Shape, n: number): void {
  if (sameRuns(s.short) && sameRuns(s.full)) {
    const key = readingKey(s, n);
    // The same reading in header order and not: kept as in header order (it is both).
    if (!out.get(key)?.ordered || s.ordered) out.set(key, s);
    return;
  }
  const text = (runs: readonly (readonly TextCell[])[]) => runs.map((r) => r.map((c) => c.text).join(' ')).sort().join('/');
  out.set([s.wide, s.block.length, text(s.block), text(s.short), text(s.full), text([s.total]), !!s.ordered].join('#'), s);
}

/** Whether every run holds the same numbers. */
function sameRuns(runs: readonly (readonly TextCell[])[]): boolean {
  return runs.every((r) => r.every((c, i) => c.text === runs[0][i].text));
}

/** The page's one reading (its runs of each class alike), row by row, as text. */
function readingKey(s: Shape, n: number): string {
  const height = s.total.length + (s.wide === n ? s.block.length : 0) || s.block.length;
  const cell = (r: number, c: number): string => {
    if (c < s.wide && r < s.block.length) return s.block[r][c].text;
    const run = c === n - 1 ? s.total : (c < s.wide && s.block.length ? s.short[0] : s.full[0]);
    return run[r - (c < s.wide ? s.block.length : 0)].text;
  };
  let key = '';
  for (let r = 0; r < height; r++) for (let c = 0; c < n; c++) key += cell(r, c) + (c === n - 1 ? '|' : ' ');
  return key;
}

/** Every way to place `short` short runs among `count` runs (true: short), in text order. */
export function arrangements(count: number, short: number): boolean[][] {
  const key = `${count}/${short}`;
  let known = ARRANGEMENTS.get(key);
  if (!known) ARRANGEMENTS.set(key, (known = placements(count, short)));
  return known;
}
const ARRANGEMENTS = new Map<string, boolean[][]>();

function placements(count: number, short: number): boolean[][] {
  if (short === 0) return [new Array<boolean>(count).fill(false)];
  if (short === count) return [new Array<boolean>(count).fill(true)];
  return [
    ...placements(count - 1, short - 1).map((a) => [true, ...a]),
    ...placements(count - 1, short).map((a) => [false, ...a]),
  ];
}

function distinct(runs: readonly TextCell[][]): TextCell[][] {
  const seen = new Map<string, TextCell[]>();
  for (const r of runs) {
    const k = r.map((c) => c.text).join(' ');
    if (!seen.has(k)) seen.set(k, r);
  }
  return [...seen.values()];
}

export function* product<T>(lists: readonly (readonly T[])[]): Generator<T[]> {
  if (!lists.length) { yield []; return; }
  for (const head of lists[0]) for (const rest of product(lists.slice(1))) yield [head, ...rest];
}
