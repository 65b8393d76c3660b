/**
 * Table 三 in plain pdftotext of a browser's printout (print-raw): poppler gives a page's cells as blocks of lines, and
 * the blocks in an order of neither rows nor columns. What it keeps (test/corpus/README.md, print-raw):
 *  - a block is a band of the table: its lines are consecutive rows, each line one cell or several side by side
 *    (a band of short rows comes column by column: `0 / 6`, `0 / 0` … for two rows), or cells one per line in the
 *    rows' order (one row's, or going on into the next row's);
 *  - each column group keeps the rows' order: the cells of the columns left of 总计 fill the table row by row, band by
 *    band, left to right; the 总计 column may lag behind them (a page's totals given as one block at its foot);
 *  - where the label column carries the first column (a number on a label's line, `三方合法 0`, or alone between a
 *    label's lines; several on a label's line are a row's first cells), those numbers are that column's, in the rows'
 *    order — and a page may still give that column in its blocks, at a row's start;
 *  - (weighed only where nothing is read without them) a page whose column groups each give a band of k rows, a group's
 *    cells one per line row by row (`0 / 0 / 0 / 3 / 0 / 0`: two rows' three first cells); and the 总计 of a page's first
 *    rows given at the page's foot, the last numbers before the next page (the rows below keep their totals in place).
 *  - (weighed last, likewise) a block of one number per line between two lines of a label, the second ending in numbers,
 *    may be that row's cells after those numbers (`0 / 0`, then `理结 情形，不计其他情 14 1`: 14 1 0 0).
 * Every reading of the blocks these rules allow is weighed; the table is read only when exactly one table keeps every
 * row's total, the results' total and the balance in each column. Two tables, none, or too many steps: unread.
 * Where none keeps every sum, a table with one defect is read — but one wrong number can be explained in several places
 * (a 总计 one more, or the next row's first one more, as the blocks fall): every reading with one cell wrong is weighed,
 * and the rows the readings disagree on are left unread (empty), so that no finding rests on one reading's guess.
 */
import type { TextCell } from '../model';
import { NumberStates } from './number-states';

/** Numbers as the text gives them: a run of lines of numbers (a block), or one number beside a label. */
export type BandItem =
  /** `row`: the row whose label's first words share its line (`1.信访举报投诉类申请 1`): that row's number, none other's. */
  | { beside: TextCell; row?: number }
  /**
   * `maybeFirst`: on a label's line, or right after one that ends without a number: its first number may be that row's first.
   * `beforeLabel`: one number per line between two lines of a label, the second ending in numbers (`0 / 0` before
   * `理结 情形，不计其他情 14 1`): they may be that row's cells after the label line's (see `search`, `swaps`).
   */
  | { lines: TextCell[][]; maybeFirst?: boolean; beforeLabel?: boolean };
/**
 * `pageStart`: the first numbers after a page break (a new page may give its columns in groups of its own);
 * `belowFooter`: numbers after the page's footer (its link), before the next page: cells low on the page;
 * `afterHeader`: numbers after a repeat of the table's column names within a page (a column's cells at its foot).
 */
export type PagedBandItem = BandItem & { pageStart?: boolean; belowFooter?: boolean; afterHeader?: boolean };

/** Which rows the sums tie: their indexes in the table's official order. */
export interface BandSums {
  results: readonly number[];
  resultTotal: number;
  /** 第一项 + 第二项 = 第三项 + 第四项: new_received, carried_over, result_total, carry_forward. */
  balance: readonly [number, number, number, number];
}

/** More partial readings weighed than this (many equal numbers, many choices): not settled, and never slow. */
const MAX_STEPS = 20000;
/** …in the pass that weighs a staircase (it runs only where nothing is read without: most tables there stay unread). */
const STAIR_STEPS = 5000;
/** More tables with one defect than this from the same blocks: the text does not settle the table. */
const MAX_DEFECT_READINGS = 8;

/**
 * The table (rows × n cells) the items make, when exactly one keeps every sum; undefined otherwise (`why` says why).
 * A table with one defect read several ways: the rows the readings disagree on are empty (unread).
 */
export function readBands(items: readonly PagedBandItem[], rows: number, n: number, sums: BandSums, why?: { reason?: string; steps?: number }): TextCell[][] | undefined {
  const tables: TextCell[][][] = [];
  const unread = (reason: string) => { if (why) why.reason = reason; return undefined; };
  // Every number 0 and exactly one per cell: every reading is the same table (and weighing them all is slow).
  const all = items.flatMap((it) => ('beside' in it ? [it.beside] : it.lines.flat()));
  if (all.length === rows * n && all.every((v) => Number(v.text) === 0)) return Array.from({ length: rows }, (_, r) => all.slice(r * n, (r + 1) * n));
  let steps = 0;
  /** The tables found are tables with one defect. */
  let defective = false;
  /** The tables were found with a page's totals at its foot (weighed only where none is found without). */
  let footed = false;
  /** …or with a band's column groups (likewise). */
  let grouped = false;
  /** …or with a block placed after a label line's numbers (likewise). */
  let swapped = false;
  // A table with a defect (one row's total, or the balance, broken by one row's cells) is weighed only where no table
  // keeps every sum: then exactly one table must keep every sum but those one row explains.
  // A page's staircase (`stairs` in search) is weighed last, only where nothing is read without it and some page repeats
  // the header's words among its numbers: it multiplies the ways to weigh (with 总计 alone apart, no foot, no wrap, and
  // never with a defect: a staircase keeping every sum but one is not read).
  // A block between a label's lines placed after the label line's numbers (`swaps` in search): weighed last, only where
  // nothing is read without it (and never with a staircase: that multiplies the ways to weigh again).
  for (const swaps of items.some((it) => 'lines' in it && it.beforeLabel) ? [false, true] : [false]) {
    for (const stairs of !swaps && items.some((it) => it.afterHeader) ? [false, true] : [false]) {
      for (const oneDefect of stairs ? [false] : [false, true]) {
        // The 总计 of a page's first rows at its foot (`footTotals` in search): weighed only where no table is read without.
        for (const feet of !stairs && items.some((it, k) => (it.belowFooter && items[k + 1]?.pageStart) || (it.afterHeader && footRun(items, k, n))) ? [false, true] : [false]) {
          // The right-hand columns as a group of their own (其他 and 总计, or 法律服务机构 too, after a page's other columns) are
          // weighed only where no table is read with 总计 alone apart: they multiply the ways to weigh.
          // (Never with a defect, nor with totals at a page's foot: that multiplies the ways to weigh again.)
          for (const split of oneDefect || feet || stairs ? [n - 1] : SPLITS(n)) {
            // Blocks of one number per line going on past a row's end are weighed only where no table is read without them:
            // they multiply the ways to weigh; a band's column groups (`groups`) likewise, after those, with 总计 alone apart.
            for (const [wrap, groups] of stairs ? WAYS.slice(0, 1) : split === n - 1 ? WAYS : WAYS.slice(0, 2)) {
              const budget = { steps: stairs ? STAIR_STEPS : MAX_STEPS };
              try {
                for (const firstApart of [false, true]) {
                  const options = { firstApart, wrap, oneDefect, split, anyCell: false, feet, groups, stairs, swaps };
                  const memo: SearchMemo = {};
                  const first = search(items, rows, n, sums, options, [], budget, memo);
                  if (!first) continue;
                  if (oneDefect) {
                    if (!tables.some((t) => sameTable(t, first))) tables.push(first);
                    defective = true;
                    footed = feet;
                    grouped = groups;
                    swapped = swaps;
                    continue;
                  }
                  if (tables.some((t) => !sameTable(t, first))) return unread('two tables');
                  if (!tables.length) tables.push(first);
                  // Another table from the same items that keeps every sum: which is the report's the text does not say.
                  if (search(items, rows, n, sums, options, [first], budget, memo)) return unread('two tables');
                }
              } catch (e) {
                // (A staircase weighed too long says nothing of the table without it: not the search's steps.)
                if (e === TOO_MANY) return unread(stairs ? 'too many steps in a staircase' : 'too many steps');
                throw e;
              }
              steps += (stairs ? STAIR_STEPS : MAX_STEPS) - budget.steps;
              if (tables.length) break;
            }
            if (tables.length) break;
          }
          if (tables.length) break;
        }
        if (tables.length) break;
      }
      if (tables.length) break;
    }
    if (tables.length) break;
  }
  // One defect: every other table the same blocks make with one cell wrong (any cell: the one defect's place is what
  // the readings may differ on), in every way the blocks are weighed, each differing from those found.
  if (defective) {
    for (const feet of footed ? [false, true] : [false]) {
      for (const [wrap, groups] of grouped ? WAYS : WAYS.slice(0, 2)) {
        for (const firstApart of [false, true]) {
          const budget = { steps: MAX_STEPS };
          try {
            for (;;) {
              const another = search(items, rows, n, sums, { firstApart, wrap, oneDefect: true, split: n - 1, anyCell: true, feet, groups, stairs: false, swaps: swapped }, tables, budget);
              if (!another) break;
              if (tables.push(another) > MAX_DEFECT_READINGS) return unread('too many tables with one defect');
            }
          } catch (e) {
            if (e === TOO_MANY) return unread('too many steps');
            throw e;
          }
          steps += MAX_STEPS - budget.steps;
        }
      }
    }
  }
  if (why) why.steps = steps;
  if (!tables.length) return unread('no table');
  // A number on a row's label line placed in another row (the blocks weighed as one flow): the text says otherwise.
  if (tables.some((t) => !keepsLabelRows(items, t))) return unread('a number beside a label in another row');
  return tables[0].map((row, r) => (tables.every((t) => sameRow(t[r], row)) ? row : []));
}

const TOO_MANY = Symbol('too many steps');

/** Every number bound to its label's row (`row` of an item beside a label) is in that row of the table. */
function keepsLabelRows(items: readonly PagedBandItem[], table: readonly (readonly TextCell[])[]): boolean {
  return items.every((it) => !('beside' in it) || it.row === undefined || (table[it.row] ?? []).some((v) => v.span.line === it.beside.span.line && v.span.start === it.beside.span.start));
}

/**
 * Items k.. to the page's end (the next page's first item, or the last) a page's foot: on a page after the first, each
 * numbers one per line, fewer than a row has cells (a few rows' first cells).
 */
function footRun(items: readonly PagedBandItem[], k: number, n: number): boolean {
  if (!items.slice(0, k).some((it) => it.pageStart)) return false;
  let count = 0;
  for (let j = k; j < items.length && (j === k || !items[j].pageStart); j++) {
    const it = items[j];
    if (!('beside' in it) && it.lines.some((l) => l.length !== 1)) return false;
    count += 'beside' in it ? 1 : it.lines.length;
  }
  return count < n;
}

/** Items each a block of numbers one per line, as many in each: columns of the same rows. */
function sameColumns(items: readonly PagedBandItem[]): boolean {
  const counts = items.map((it) => ('beside' in it || it.lines.some((l) => l.length !== 1) ? 0 : it.lines.length));
  return counts[0] > 0 && counts.every((k) => k === counts[0]);
}

/** A search's memo of dead states, kept for the next search of the same options (one that must differ from the first's table). */
interface SearchMemo { dead?: NumberStates }

/** The ways blocks of one number per line are weighed, in turn: [wrap, groups] (see `search`). */
const WAYS: readonly (readonly [boolean, boolean])[] = [[false, false], [true, false], [true, true]];

/** Where the right-hand group may begin: 总计 alone, 其他 and 总计, or 法律服务机构 too. */
const SPLITS = (n: number) => [n - 1, n - 2, n - 3, n - 4].filter((s) => s > 1);

/**
 * Whether the table (rows × n numbers, 总计 last) keeps every sum but those one wrong number breaks: one row's total
 * broken and one of its cells (its 总计 or another) the cause, or one cell and its row's 总计 off by as much.
 */
export function oneCellWrong(t: readonly (readonly number[])[], sums: BandSums): boolean {
  const n = t[0]?.length ?? 0;
  const total = n - 1;
  const [a, b, tot, d] = sums.balance;
  const rowOff = (r: number, at: readonly number[], by: number) => {
    let s = 0;
    for (let c = 0; c < total; c++) s += t[r][c] + (at.includes(c) ? by : 0);
    return s - t[r][total] - (at.includes(total) ? by : 0);
  };
  /** Whether every sum holds with row r's cells `at` each `by` more. */
  const holdsWith = (r: number, at: readonly number[], by: number) => {
    const v = (row: number, c: number) => t[row][c] + (row === r && at.includes(c) ? by : 0);
    if (t.some((_, row) => rowOff(row, row === r ? at : [], by) !== 0)) return false;
    for (let c = 0; c < n; c++) {
      if (sums.results.reduce((s, row) => s + v(row, c), 0) !== v(tot, c)) return false;
      if (v(a, c) + v(b, c) !== v(tot, c) + v(d, c)) return false;
    }
    return true;
  };
  const broken = t.flatMap((_, r) => (rowOff(r, [], 0) ? [r] : []));
  if (broken.length > 1) return false;
  if (broken.length === 1) {
    const r = broken[0];
    const off = rowOff(r, [], 0);
    for (let c = 0; c <= total; c++) if (holdsWith(r, [c], c === total ? off : -off)) return true;
    return false;
  }
  for (let r = 0; r < t.length; r++) {
    for (let c = 0; c < total; c++) {
      for (const by of offsets(t, r, c, sums)) if (by && holdsWith(r, [c, total], by)) return true;
    }
  }
  return false;
}

/** What cell (r, c) would need to be off by for its column's sums to hold: results first, then the balance. */
function offsets(t: readonly (readonly number[])[], r: number, c: number, sums: BandSums): number[] {
  const [a, b, tot, d] = sums.balance;
  const out: number[] = [];
  const results = sums.results.reduce((s, row) => s + t[row][c], 0) - t[tot][c];
  if (sums.results.includes(r)) out.push(-results);
  if (r === tot) out.push(results);
  const balance = t[a][c] + t[b][c] - t[tot][c] - t[d][c];
  if (r === a || r === b) out.push(-balance);
  if (r === tot || r === d) out.push(balance);
  return out;
}

const sameRow = (a: TextCell[], b: TextCell[]) => a.every((c, k) => c.text === b[k].text);
const sameTable = (a: TextCell[][], b: TextCell[][]) => a.every((row, r) => sameRow(row, b[r]));

/**
 * The first table found keeping every sum (one differing from each of `others` in some cell), or undefined.
 * `firstApart`: the numbers beside labels are the first column's, the blocks fill the others; `wrap`: a block of one
 * number per line may go on past a row's end into the next row, or (`groups`) fill a band of rows a column group at a time;
 * `anyCell` (with `oneDefect`): the defect any one cell wrong, or one cell and its row's 总计 by the same amount; `feet`:
 * a page's last numbers may be the 总计 of its first rows; `stairs`: before a repeat of the header's words within a page,
 * a row's blocks may end before its right-hand group, no later in the row than the row above's (each row's first cells,
 * fewer row after row: `16 / 8 / 0`, `0 / 1`, `0`), its other cells coming with the right-hand group's, row by row.
 */
function search(items: readonly PagedBandItem[], R: number, n: number, sums: BandSums, { firstApart, wrap, oneDefect, split: firstSplit, anyCell, feet, groups, stairs, swaps }: { firstApart: boolean; wrap: boolean; oneDefect: boolean; split: number; anyCell: boolean; feet: boolean; groups: boolean; stairs: boolean; swaps: boolean }, others: readonly TextCell[][][], budget: { steps: number }, memo?: SearchMemo): TextCell[][] | undefined {
  const grid: (TextCell | undefined)[] = new Array(R * n).fill(undefined);
  /** The cells' numbers (NaN: not yet placed), not parsed again at every step. */
  const num = new Float64Array(R * n).fill(NaN);
  const total = n - 1;
  const left = firstApart ? 1 : 0;
  /** The blocks' columns left of the right-hand group (总计 alone, or 其他 and 总计 …), row by row. */
  let split = firstSplit;
  let width = split - left;
  /** The right-hand group's columns, row by row (one: 总计's cells, lagging behind the rows' others). */
  let rightWidth = total - split + 1;
  /** The right-hand group from column s on (a page may begin a group of its own: see `step`). */
  const setSplit = (s: number) => { split = s; width = s - left; rightWidth = total - s + 1; };
  /** Where each flow stands (the first column's next row, the blocks' next cell, the right-hand group's next cell), and past the last row begun. */
  /** `ahead`: an item already placed with the one before it (`swaps`), passed over where it comes. */
  const state = { first: 0, a: 0, t: 0, end: 0, broken: -1, footAt: -1, foot: -1, ahead: -1 };
  /** Per table of `others`, how many cells placed differ from it. */
  const differs = new Int32Array(others.length);
  /** States (key) from which no table keeping every sum was found. */
  const dead = new NumberStates();
  /** States from which a search of the same options found no table at all: none differing from `others` either. */
  const prior = others.length ? memo?.dead : undefined;
  if (memo && !others.length) memo.dead = dead;
  const isResult = new Uint8Array(R);
  for (const r of sums.results) isResult[r] = 1;
  /** Per column, the sum of the results' cells placed so far. */
  const results = new Float64Array(n);

  const aRow = (a: number) => Math.floor(a / width);
  const aCol = (a: number) => left + (a % width);
  /** Per row, where its right-hand flow begins when a staircase ended its blocks early (-1: at the split). */
  const stair = new Int32Array(R).fill(-1);
  /** Per item, whether it is its page's last after a repeat of the header's words. */
  const stairEnd = items.map((it, k) => {
    if (!stairs || !it.afterHeader) return false;
    for (let j = k + 1; j < items.length && !items[j].pageStart; j++) if (items[j].afterHeader) return false;
    return true;
  });
  /** Per item, whether its page's last repeat of the header's words is still to come. */
  const stairAhead = items.map((_, k) => {
    for (let j = k + 1; j < items.length && !items[j].pageStart; j++) if (stairEnd[j]) return true;
    return false;
  });
  /** Rows a staircase ended early. */
  let stepped = 0;
  const startOf = (r: number) => (r < R && stair[r] >= 0 ? stair[r] : split);
  /** The right-hand flow's cell t: each row's cells from its start on, row by row. */
  const tAt = (t: number): [number, number] => {
    if (!stepped) return [Math.floor(t / rightWidth), split + (t % rightWidth)];
    let r = 0;
    for (; r < R; r++) {
      const w = n - startOf(r);
      if (t < w) return [r, startOf(r) + t];
      t -= w;
    }
    return [R + Math.floor(t / rightWidth), split + (t % rightWidth)];
  };
  const tRow = (t: number) => tAt(t)[0];
  const tCol = (t: number) => tAt(t)[1];
  const filled = (r: number, c: number) => grid[r * n + c] !== undefined;
  const rowHolds = (r: number) => {
    let s = 0;
    let whole = true;
    for (let c = 0; c < total; c++) {
      const v = num[r * n + c];
      if (Number.isNaN(v)) whole = false;
      else s += v;
    }
    const t = num[r * n + total];
    // A row not yet whole holds while its cells placed add up to no more than its total (every count is 0 or more).
    return Number.isNaN(t) || (whole ? s === t : s <= t);
  };
  /**
   * Column c can still keep its sums: the results placed add up to no more than their total, nor than 第一项 + 第二项
   * (their total is 第三项, and 第一项 + 第二项 = 第三项 + 第四项 with every count 0 or more), nor is 第三项 or 第四项
   * more than 第一项 + 第二项. Weighed only where every sum must hold: a defect may break any of these.
   */
  const columnBounded = (c: number) => {
    const [a, b, t, d] = sums.balance;
    const placed = results[c];
    const rt = num[sums.resultTotal * n + c];
    if (placed > rt) return false;
    const ab = num[a * n + c] + num[b * n + c];
    return !(placed > ab || num[t * n + c] > ab || num[d * n + c] > ab);
  };
  /** Each broken column sum: its column, the rows it ties (the results and their total, or the balance's four), by how much. */
  const brokenColumns = () => {
    const [a, b, t, d] = sums.balance;
    const broken: { c: number; tied: readonly number[]; off: number }[] = [];
    const resultRows = [...sums.results, sums.resultTotal];
    for (let c = 0; c < n; c++) {
      const results1 = results[c] - num[sums.resultTotal * n + c];
      const balance1 = num[a * n + c] + num[b * n + c] - num[t * n + c] - num[d * n + c];
      if (results1) broken.push({ c, tied: resultRows, off: Math.abs(results1) });
      if (balance1) broken.push({ c, tied: sums.balance, off: Math.abs(balance1) });
    }
    return broken;
  };
  /**
   * Every sum holds; or (`oneDefect`) the sums broken are those one cell of a row and its total break, by the same amount:
   * the row's 总计 (its own total, and 总计's column sums that tie it), or one of its cells and its 总计 both (their
   * columns' sums that tie the row, the row's own total holding: 结转下年度's 自然人 and its total each one more).
   */
  const columnsHold = () => {
    const broken = brokenColumns();
    if (!oneDefect) return !broken.length;
    const r = state.broken;
    if (r >= 0) {
      let rowOff = -num[r * n + total];
      for (let c = 0; c < total; c++) rowOff += num[r * n + c];
      return broken.length > 0 && broken.every((s) => s.c === total && s.tied.includes(r) && s.off === Math.abs(rowOff));
    }
    return broken.length === 2 && broken[0].c !== total && broken[1].c === total && broken[0].tied === broken[1].tied && broken[0].off === broken[1].off;
  };
  /** Whether every sum would hold with the cells `at` (one row's) each `d` more. */
  const holdsWith = (at: readonly number[], d: number) => {
    const shift = (e: number) => {
      for (const i of at) {
        num[i] += e;
        if (isResult[Math.floor(i / n)]) results[i % n] += e;
      }
    };
    shift(d);
    const ok = rowHolds(Math.floor(at[0] / n)) && !brokenColumns().length;
    shift(-d);
    return ok;
  };
  /**
   * The sums broken are those one wrong cell breaks (the broken row's 总计 or any other of its cells), or one cell and
   * its row's 总计 both, by the same amount (the row's total holding).
   */
  const oneCellOff = () => {
    const r = state.broken;
    if (r >= 0) {
      let rowOff = -num[r * n + total];
      for (let c = 0; c < total; c++) rowOff += num[r * n + c];
      for (let c = 0; c <= total; c++) if (holdsWith([r * n + c], c === total ? rowOff : -rowOff)) return true;
      return false;
    }
    const broken = brokenColumns();
    if (!broken.length) return false;
    for (const row of broken[0].tied) {
      for (let c = 0; c < total; c++) for (const d of [broken[0].off, -broken[0].off]) if (holdsWith([row * n + c, row * n + total], d)) return true;
    }
    return false;
  };
  type Placed = [number, number, TextCell];
  const put = (cells: Placed[]) => {
    for (const [r, c, v] of cells) {
      grid[r * n + c] = v;
      num[r * n + c] = Number(v.text);
      if (isResult[r]) results[c] += num[r * n + c];
      if (r >= state.end) state.end = r + 1;
      for (let o = 0; o < others.length; o++) if (others[o][r][c].text !== v.text) differs[o]++;
    }
  };
  const take = (cells: Placed[]) => {
    for (const [r, c, v] of cells) {
      if (isResult[r]) results[c] -= num[r * n + c];
      grid[r * n + c] = undefined;
      num[r * n + c] = NaN;
      for (let o = 0; o < others.length; o++) if (others[o][r][c].text !== v.text) differs[o]--;
    }
  };
  const advance = () => {
    while (firstApart && state.first < R && filled(state.first, 0)) state.first++;
    while (state.a < R * width && filled(aRow(state.a), aCol(state.a))) state.a++;
    while (tRow(state.t) < R && filled(tRow(state.t), tCol(state.t))) state.t++;
  };
  /**
   * What the rest of the search depends on: where each flow stands, every row not yet whole (from the first such row to
   * the last begun), the results' sums per column and the balance rows' cells.
   */
  /** How many numbers open a key before the differences from `others`: i, split and the state's seven fields. */
  const KEY_HEAD = 9;
  const key = (i: number) => {
    const lo = Math.min(aRow(state.a), tRow(state.t), firstApart ? state.first : R);
    dead.clear();
    dead.push(i);
    dead.push(split);
    dead.push(state.first);
    dead.push(state.a);
    dead.push(state.t);
    dead.push(state.end);
    dead.push(state.broken);
    dead.push(state.footAt);
    dead.push(state.foot);
    for (const d of differs) dead.push(d ? 1 : 0);
    for (let r = lo; r < state.end; r++) for (let c = 0; c < n; c++) dead.push(num[r * n + c]);
    if (stepped) for (let r = lo; r < state.end; r++) dead.push(stair[r]);
    for (let c = 0; c < n; c++) {
      dead.push(results[c]);
      for (const r of sums.balance) if (r < lo) dead.push(num[r * n + c]);
    }
    return dead.take();
  };

  /** Row r's total holds, or (`oneDefect`) it is the one row whose total is broken. */
  const admits = (r: number) => {
    if (rowHolds(r)) return true;
    if (!oneDefect || (state.broken >= 0 && state.broken !== r)) return false;
    state.broken = r;
    return true;
  };
  /**
   * The columns can still keep their sums: where every sum must hold, every column is bounded; with one defect, every
   * column left of 总计 but one (a cell and its row's total break only their two columns).
   */
  const bounded = () => {
    let off = 0;
    for (let c = 0; c < n; c++) if (!columnBounded(c) && (!oneDefect || (c < total && ++off > 1))) return false;
    return true;
  };
  let found: TextCell[][] | undefined;
  const tryCells = (i: number, cells: Placed[]): boolean => {
    for (const [r, c] of cells) if (r >= R || c >= n || filled(r, c)) return false;
    const saved = { ...state };
    put(cells);
    advance();
    let ok = true;
    for (const [r] of cells) if (!admits(r)) { ok = false; break; }
    if (ok) ok = bounded();
    ok = ok && step(i + 1);
    if (!ok) { take(cells); Object.assign(state, saved); }
    return ok;
  };
  /** The right-hand group's cells among `cells` are the group's next ones, in its order (row by row from where it stands). */
  const rightInOrder = (cells: Placed[]) => {
    const at = cells.filter(([, c]) => c >= split).map(([r, c]) => r * rightWidth + c - split).sort((x, y) => x - y);
    return at.every((t, k) => t === state.t + k);
  };
  /** A block's lines placed as rows from where the blocks stand, as one row's cells, or as totals lagging behind. */
  const placeLines = (i: number, lines: TextCell[][]): boolean => {
    if (!lines.length) return step(i + 1);
    const ar = aRow(state.a);
    const ac = aCol(state.a);
    const options: Placed[][] = [];
    // Where the first column is apart, a page may still give it in its blocks (no label beside): at a row's start, the
    // block may begin in the first column.
    const starts = firstApart && ac === left && state.first === ar && ar < R && !filled(ar, 0) ? [0, ac] : [ac];
    for (const start of starts) {
      const asRows = lines.flatMap((line, k) => line.map((v, j): Placed => [ar + k, start + j, v]));
      // A line running into 总计 from the left: only a whole row's end, never past the table's edge.
      if (asRows.every(([, c]) => c <= total)) options.push(asRows);
      // One cell per line in the rows' order: one row's cells, or (`wrap`) going on into the next rows' (wrapped at the
      // blocks' last column).
      if (lines.length > 1 && !wrap) options.push(lines.flat().map((v, j): Placed => [ar, start + j, v]));
      if (lines.length > 1 && wrap) {
        options.push(lines.flat().map((v, j): Placed => {
          // From the first column (apart from the blocks' columns): the row's cells, then on from the blocks' place.
          const at = start === ac ? state.a + j : j <= width ? -1 : state.a + j - 1;
          return at < 0 ? [ar, j, v] : [aRow(at), aCol(at), v];
        }));
        // A row's cells from its first, then down the first column: the rows below's first cells (`7 / 1 / 0 / 0 / 0 / 0 /
        // 1 / 1`: 新收's six, then 上年结转's and 予以公开's 自然人), their other cells in the blocks that follow.
        const rest = split - start;
        if (start === 0 && lines.length > rest && lines.every((l) => l.length === 1)) {
          options.push(lines.map((l, j): Placed => (j < rest ? [ar, start + j, l[0]] : [ar + j - rest + 1, 0, l[0]])));
        }
        // A band of k rows whose page gives its columns in groups, a group's cells one per line row by row (`0 / 0 / 0 /
        // 3 / 0 / 0`: two rows' 自然人, 商业企业 and 科研机构): k rows of m cells from where the blocks stand.
        if (groups && lines.every((l) => l.length === 1)) {
          for (let m = 2; m < lines.length; m++) {
            if (lines.length % m || start + m > split) continue;
            options.push(lines.map((l, j): Placed => [ar + Math.floor(j / m), start + (j % m), l[0]]));
          }
        }
      }
    }
    // The 总计 column's cells of rows whose other blocks' cells stand (a band's last column, a page's totals at its foot);
    // a lone total where the blocks stand is a row's end, the first option. A right-hand group of several columns: its
    // cells the same way, a band column by column, lines of the group's rows, or one cell per line in the rows' order.
    const tr = tRow(state.t);
    const lags = tr < ar;
    // A right-hand group of several columns keeps the rows' order: the blocks' cells run into it only in a row whose
    // group comes next, never past rows whose group is still to come.
    // (Whole rows' lines may run into it row after row: the group's cells they give are its next, in its order.)
    if (rightWidth > 1) {
      for (let o = options.length - 1; o >= 0; o--) if (options[o].some(([r, c]) => c >= split && r > tr) && !rightInOrder(options[o])) options.splice(o, 1);
    }
    /** The options from here on are the right-hand flow's: each cell at or past its row's start (a staircase's rows). */
    const rightFrom = options.length;
    if (lines.every((l) => l.length === 1) && (lines.length > 1 || lags)) {
      options.push(lines.map((l, k): Placed => [tr + k, tCol(state.t), l[0]]));
      // A staircase's rows: their right-hand cells one per line, row by row.
      if (stepped && lags && lines.length > 1) options.push(lines.map((l, k): Placed => [...tAt(state.t + k), l[0]]));
    }
    if (rightWidth > 1 && lags) {
      const asRows = lines.flatMap((line, k) => line.map((v, j): Placed => [tr + k, tCol(state.t) + j, v]));
      if (asRows.every(([, c]) => c <= total)) options.push(asRows);
      if (lines.length > 1 && wrap) options.push(lines.flat().map((v, j): Placed => [tRow(state.t + j), tCol(state.t + j), v]));
    }
    if (stepped) for (let o = options.length - 1; o >= rightFrom; o--) if (options[o].some(([r, c]) => c < startOf(r))) options.splice(o, 1);
    const seen = new Set<string>();
    for (const cells of options) {
      const id = cells.map(([r, c]) => r * n + c).join(' ');
      if (seen.has(id)) continue;
      seen.add(id);
      // Each cell's left neighbour (within the blocks' columns) stands already or comes in the same block; a total comes
      // after the rest of its row's block cells; a single number never starts a lag of totals.
      const mine = new Set(cells.map(([r, c]) => r * n + c));
      const standing = (r: number, c: number) => filled(r, c) || mine.has(r * n + c);
      if (cells.some(([r, c]) => r < R && c > left && c !== split && !standing(r, c - 1))) continue;
      if (cells.some(([r, c]) => { if (r >= R || c < split) return false; for (let k = left; k < split; k++) if (!standing(r, k)) return true; return false; })) continue;
      if (lines.length === 1 && lines[0].length === 1 && cells[0][1] < startOf(cells[0][0]) && lags && !(stepped && stairAhead[i])) continue;
      // A staircase's rows end before the header's words come again, their rest right after.
      if (stepped && stairAhead[i] && cells.some(([r, c]) => r < R && stair[r] >= 0 && c >= stair[r])) continue;
      if (stepped && !stairAhead[i] && tr < R && stair[tr] >= 0 && cells.some(([r, c]) => r < R && c < startOf(r))) continue;
      if (tryCells(i, cells)) return true;
    }
    return false;
  };
  /** Item i placed every way the flows allow, and the search gone on from there. */
  const place = (i: number, item: PagedBandItem = items[i]): boolean => {
    if ('beside' in item) {
      if (firstApart) {
        if (state.first < R && !filled(state.first, 0) && (item.row ?? state.first) === state.first && tryCells(i, [[state.first, 0, item.beside]])) return true;
      } else if (placeLines(i, [[item.beside]])) return true;
    } else {
      if (firstApart && item.maybeFirst && state.first < R && !filled(state.first, 0)) {
        const r = state.first;
        const cell: Placed[] = [[r, 0, item.lines[0][0]]];
        const rest = [item.lines[0].slice(1), ...item.lines.slice(1)].filter((l) => l.length);
        const saved = { ...state };
        put(cell);
        advance();
        if (admits(r) && bounded() && placeLines(i, rest)) return true;
        take(cell);
        Object.assign(state, saved);
      }
      // Right after a run of numbers beside labels (the first column gone ahead of the blocks by rows), a block of one
      // number per line may go on with that column: the labels' last rows (四、结转下年度 at the table's end) with their
      // numbers in a block of their own.
      const k = item.lines.length;
      const ahead = state.first > aRow(state.a) + 1;
      if (firstApart && ahead && i > 0 && 'beside' in items[i - 1] && item.lines.every((l) => l.length === 1) && state.first + k <= R) {
        const cells = item.lines.map((l, j): Placed => [state.first + j, 0, l[0]]);
        if (tryCells(i, cells)) return true;
      }
      if (placeLines(i, item.lines)) return true;
      // `swaps`: a block between a label's lines, before the label line's numbers (`0 / 0`, then `理结 情形，不计其他情 14
      // 1`), may be the row's cells after them (14 1 0 0): poppler put the cells beside the label's line first.
      const next = items[i + 1];
      if (swaps && item === items[i] && item.beforeLabel && next && !next.pageStart && !next.belowFooter && !(i + 1 >= state.footAt && i + 1 <= state.foot)) {
        const label = 'beside' in next ? [next.beside] : next.lines.length === 1 ? next.lines[0] : undefined;
        if (label) {
          state.ahead = i + 1;
          if (place(i, { lines: [[...label, ...item.lines.flat()]], maybeFirst: true })) return true;
          state.ahead = -1;
        }
      }
    }
    return false;
  };
  /**
   * `feet`: at a page's first numbers, where every row begun is whole, the page's last item (numbers one per line below
   * its footer, before the next page) may be the 总计 of the page's first rows: placed now, and passed over where it comes.
   */
  const footTotals = (i: number): boolean => {
    if (!feet || rightWidth !== 1 || (i > 0 && !items[i].pageStart) || state.foot > i || state.a % width || tRow(state.t) !== aRow(state.a)) return false;
    let f = i + 1;
    while (f < items.length && !items[f].pageStart) f++;
    if (f - 1 <= i) return false;
    const r0 = aRow(state.a);
    /** Cells from items from..f-1 placed as the page's first rows', and the items passed over where they come. */
    const tryFootCells = (from: number, cells: Placed[]): boolean => {
      if (cells.some(([r, c]) => r >= R || filled(r, c))) return false;
      const saved = { ...state };
      put(cells);
      advance();
      state.footAt = from;
      state.foot = f - 1;
      if (bounded() && place(i)) return true;
      take(cells);
      Object.assign(state, saved);
      return false;
    };
    /** Each number one per line in items from..f-1 (a lone number beside a label too), or undefined. */
    const numbersOf = (from: number) => {
      const numbers = items.slice(from, f).map((it) => ('beside' in it ? [it.beside] : it.lines.every((l) => l.length === 1) ? it.lines.map((l) => l[0]) : []));
      return numbers.some((v) => !v.length) ? undefined : numbers;
    };
    /** Items from..f-1 placed as column c of the page's first rows. */
    const tryFoot = (from: number, c: number): boolean => {
      const numbers = numbersOf(from);
      return numbers !== undefined && tryFootCells(from, numbers.flat().map((v, k): Placed => [r0 + k, c, v]));
    };
    /** The m items from..f-1 placed as the page's first rows' last m columns, an item a column. */
    const tryFootGroup = (from: number, m: number): boolean => {
      const numbers = numbersOf(from);
      return numbers !== undefined && tryFootCells(from, numbers.flatMap((column, j) => column.map((v, k): Placed => [r0 + k, n - m + j, v])));
    };
    if (f < items.length && items[f - 1].belowFooter && tryFoot(f - 1, total)) return true;
    // The right-hand group (其他 and 总计, or 法律服务机构 too: SPLITS) of those rows at the foot, a column per item: weighed
    // as well, so that where the page's other numbers fit either, the text is seen not to say which (two tables).
    if (f < items.length && items[f - 1].belowFooter) {
      for (const m of SPLITS(n).map((s) => n - s).filter((m) => m > 1)) {
        if (f - m <= i || !items[f - m].belowFooter || !sameColumns(items.slice(f - m, f))) break;
        if (tryFootGroup(f - m, m)) return true;
      }
    }
    // The first column's cells of the page's first rows at its foot, after a repeat of the header's words (the blocks
    // giving those rows' other cells first): the page's last items from the one after the words.
    if (firstApart) return false;
    let h = f - 1;
    while (h > i && !items[h].afterHeader) h--;
    return h > i && footRun(items, h, n) && tryFoot(h, 0);
  };
  /**
   * `stairs`: the row the blocks stand in ends here (a cell of it placed, no later than the row above's end), on a page
   * whose header's words come again further on; the blocks go on at the next row, its rest with the right-hand flow.
   */
  const endRow = (i: number): boolean => {
    const r = aRow(state.a);
    const c = aCol(state.a);
    if (!(stairAhead[i] || stairEnd[i]) || r >= R || c === 0 || !filled(r, c - 1) || c > startOf(r - 1) || c < startOf(r - 1) - 1 || tRow(state.t) > r) return false;
    const saved = { ...state };
    stair[r] = c;
    stepped++;
    state.a = (r + 1) * width;
    advance();
    if (step(i)) return true;
    stair[r] = -1;
    stepped--;
    Object.assign(state, saved);
    return false;
  };
  const step = (i: number): boolean => {
    if (--budget.steps < 0) throw TOO_MANY;
    if (i >= state.footAt && i <= state.foot) return step(i + 1);
    if (i === state.ahead) {
      state.ahead = -1;
      if (step(i + 1)) return true;
      state.ahead = i;
      return false;
    }
    if (i === items.length) {
      if (grid.some((v) => v === undefined) || !(anyCell ? oneCellOff() : columnsHold()) || differs.some((d) => !d)) return false;
      found = Array.from({ length: R }, (_, r) => grid.slice(r * n, (r + 1) * n) as TextCell[]);
      return true;
    }
    const k = key(i);
    if (dead.has(k)) return false;
    // The same state without the differences from `others` (its key less those flags, which follow KEY_HEAD numbers).
    if (prior && prior.has([...k.slice(0, KEY_HEAD), ...k.slice(KEY_HEAD + others.length)])) return false;
    // A staircase ends at its page's last repeat of the header's words: every row begun before has ended there.
    const begun = stepped > 0 && stairEnd[i] && (state.a % width > 0 || filled(aRow(state.a), 0));
    if ((!begun && (place(i) || footTotals(i))) || endRow(i)) return true;
    // A new page where every row begun is whole (the blocks' columns and the right-hand group both at one row's start):
    // its columns may come in groups of their own (法律服务机构, 其他 and 总计 at one page's foot, 总计 alone at the next's).
    // Never with a defect: that multiplies the ways to weigh again.
    const r0 = state.a / width;
    if (!oneDefect && !stairs && items[i].pageStart && Number.isInteger(r0) && state.t === r0 * rightWidth) {
      const was = split;
      const saved = { ...state };
      for (const s of SPLITS(n)) {
        if (s === was) continue;
        setSplit(s);
        state.a = r0 * width;
        state.t = r0 * rightWidth;
        advance();
        const ok = place(i);
        setSplit(was);
        Object.assign(state, saved);
        if (ok) return true;
      }
    }
    dead.add(k);
    return false;
  };
  step(0);
  return found;
}

/** A line of numbers one space apart (`0`, `57 0`), nothing else. */
const NUMBERS = /^[ \u00a0]*[0-9]+(?: [0-9]+)*[ \u00a0]*$/;
/** Numbers after a label's last character (not a digit) and a space: `三方合法 0`, `一、本年新收政府信息公开 208 10`. */
const AFTER_LABEL = /(?<=[^\s0-9.．])[ \u00a0]+([0-9]+(?: [0-9]+)*)[ \u00a0]*$/;

/** A row label's numbering (`1.`, `二、`, `（三）`): a line with one begins a row, not the label above's next line. */
const ROW_NUMBERING = /[0-9][.．]|[一二三四]、|（[一二三四五六七]）/;

/**
 * The table's numbers on lines `from`..`to` as the blocks readBands weighs, `skip` lines (page furniture, page numbers)
 * left out as if empty. A lone number between a label's lines stands beside it; a run of numbers right after a label's
 * line that ends without one may begin with that row's first.
 */
export function bandItems(lines: readonly string[], from: number, to: number, skip: (line: number) => boolean, columnNames: readonly string[] = []): PagedBandItem[] {
  const text = (i: number) => (i < from || i > to || i >= lines.length || skip(i) ? '' : lines[i].replace(/^\f/, '').trim());
  const cells = (i: number): TextCell[] => {
    const out: TextCell[] = [];
    for (const m of lines[i].matchAll(/[0-9]+/g)) out.push({ text: m[0], norm: m[0], span: { line: i, start: m.index!, end: m.index! + m[0].length } });
    return out;
  };
  const items: PagedBandItem[] = [];
  /** A page break passed since the last item: the next begins a page. */
  let broken = false;
  /** The page's footer passed (furniture since its last item, no page break since): the next numbers are below it. */
  let footer = false;
  /** The words since the last item, spaces left out: a column's name there (商业 / 企业) is a repeat of the header. */
  let words = '';
  const push = (item: BandItem) => {
    const header = !broken && items.length > 0 && columnNames.some((name) => words.includes(name));
    items.push(broken ? { ...item, pageStart: true } : footer ? { ...item, belowFooter: true } : header ? { ...item, afterHeader: true } : item);
    broken = false;
    words = '';
  };
  for (let i = from; i <= to; i++) {
    if (i > from && lines[i]?.startsWith('\f')) { broken = true; footer = false; }
    if (!broken && items.length && i < lines.length && skip(i) && lines[i].trim()) footer = true;
    const t = text(i);
    if (!t) continue;
    if (!NUMBERS.test(t)) words += t.replace(/\s+/g, '');
    if (NUMBERS.test(t)) {
      const run: TextCell[][] = [];
      let j = i;
      for (; j <= to && NUMBERS.test(text(j)); j++) run.push(cells(j));
      const before = text(i - 1);
      const after = text(j);
      const single = run.every((l) => l.length === 1);
      // Between a label's line without numbers and one with, on the same page, that begins no row (the same label's
      // lines): see BandItem's `beforeLabel`.
      const within = !!before && !/[0-9]$/.test(before) && !!after && !lines[j].startsWith('\f') && AFTER_LABEL.test(lines[j]) && !ROW_NUMBERING.test(lines[j]);
      const beforeLabel = single && within ? { beforeLabel: true } : {};
      if (run.length === 1 && run[0].length === 1 && before && after) push({ beside: run[0][0] });
      else push({ lines: run, ...(before && !/[0-9]$/.test(before) && single && run.length > 1 ? { maybeFirst: true } : {}), ...beforeLabel });
      i = j - 1;
      continue;
    }
    const m = AFTER_LABEL.exec(lines[i]);
    if (m) {
      const numbers = cells(i).filter((v) => v.span.start >= m.index);
      // Several: the row's first cells side by side, the first of them perhaps the first column's.
      push(numbers.length === 1 ? { beside: numbers[0] } : { lines: [numbers], maybeFirst: true });
    }
  }
  return items;
}
