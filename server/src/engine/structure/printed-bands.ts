/**
 * Table 三 in plain pdftotext of a browser's printout (print-raw): poppler gives a page's cells as blocks of lines, and
 * the blocks in an order of neither rows nor columns. What it keeps (test/corpus/README.md, print-raw):
 *  - a block is a band of the table: its lines are consecutive rows, each line one cell or several side by side
 *    (a band of short rows comes column by column: `0 / 6`, `0 / 0` … for two rows), or one row's cells one per line;
 *  - each column group keeps the rows' order: the cells of the columns left of 总计 fill the table row by row, band by
 *    band, left to right; the 总计 column may lag behind them (a page's totals given as one block at its foot);
 *  - where the label column carries the first column (a number on a label's line, `三方合法 0`, or alone between a
 *    label's lines), those numbers are that column's, in the rows' order.
 * Every reading of the blocks these rules allow is weighed; the table is read only when exactly one table keeps every
 * row's total, the results' total and the balance in each column. Two tables, none, or too many steps: unread.
 */
import type { TextCell } from '../model';

/** Numbers as the text gives them: a run of lines of numbers (a block), or one number beside a label. */
export type BandItem =
  | { beside: TextCell }
  /** `maybeFirst`: right after a label's line that ends without a number: its first number may be that row's first. */
  | { lines: TextCell[][]; maybeFirst?: boolean };

/** Which rows the sums tie: their indexes in the table's official order. */
export interface BandSums {
  results: readonly number[];
  resultTotal: number;
  /** 第一项 + 第二项 = 第三项 + 第四项: new_received, carried_over, result_total, carry_forward. */
  balance: readonly [number, number, number, number];
}

/** More partial readings weighed than this (many equal numbers, many choices): not settled, and never slow. */
const MAX_STEPS = 20000;

/** The table (rows × n cells) the items make, when exactly one keeps every sum; undefined otherwise. */
export function readBands(items: readonly BandItem[], rows: number, n: number, sums: BandSums): TextCell[][] | undefined {
  const budget = { steps: MAX_STEPS };
  const tables: TextCell[][][] = [];
  try {
    for (const firstApart of [false, true]) {
      const first = search(items, rows, n, sums, firstApart, undefined, budget);
      if (!first) continue;
      if (tables.some((t) => !sameTable(t, first))) return undefined;
      if (!tables.length) tables.push(first);
      // Another table from the same items that keeps every sum: which is the report's the text does not say.
      if (search(items, rows, n, sums, firstApart, first, budget)) return undefined;
    }
  } catch (e) {
    if (e === TOO_MANY) return undefined;
    throw e;
  }
  return tables[0];
}

const TOO_MANY = Symbol('too many steps');

const sameTable = (a: TextCell[][], b: TextCell[][]) => a.every((row, r) => row.every((c, k) => c.text === b[r][k].text));

/**
 * The first table found keeping every sum (one differing from `other` in some cell, when given), or undefined.
 * `firstApart`: the numbers beside labels are the first column's, the blocks fill the others.
 */
function search(items: readonly BandItem[], R: number, n: number, sums: BandSums, firstApart: boolean, other: TextCell[][] | undefined, budget: { steps: number }): TextCell[][] | undefined {
  const grid: (TextCell | undefined)[] = new Array(R * n).fill(undefined);
  const value = (r: number, c: number) => Number(grid[r * n + c]!.text);
  const total = n - 1;
  const left = firstApart ? 1 : 0;
  /** The blocks' columns left of 总计, row by row. */
  const width = total - left;
  const state = { first: 0, a: 0, t: 0, differs: 0 };
  const dead = new Set<string>();
  const isResult = new Set(sums.results);

  const aCell = (a: number) => [Math.floor(a / width), left + (a % width)] as const;
  const filled = (r: number, c: number) => grid[r * n + c] !== undefined;
  const rowHolds = (r: number) => {
    let s = 0;
    for (let c = 0; c < n; c++) if (!filled(r, c)) return true; else if (c < total) s += value(r, c);
    return s === value(r, total);
  };
  const columnsHold = () => {
    const [a, b, t, d] = sums.balance;
    for (let c = 0; c < n; c++) {
      let s = 0;
      for (const r of sums.results) s += value(r, c);
      if (s !== value(sums.resultTotal, c) || value(a, c) + value(b, c) !== value(t, c) + value(d, c)) return false;
    }
    return true;
  };
  const put = (cells: [number, number, TextCell][]) => {
    for (const [r, c, v] of cells) { grid[r * n + c] = v; if (other && other[r][c].text !== v.text) state.differs++; }
  };
  const take = (cells: [number, number, TextCell][]) => {
    for (const [r, c, v] of cells) { grid[r * n + c] = undefined; if (other && other[r][c].text !== v.text) state.differs--; }
  };
  const advance = () => {
    while (state.a < R * width && filled(...aCell(state.a))) state.a++;
    while (state.t < R && filled(state.t, total)) state.t++;
  };
  /** What the rest of the search depends on: where each flow stands, the rows not yet whole, the columns' sums so far. */
  const key = (i: number) => {
    const lo = Math.min(aCell(state.a)[0], state.t, firstApart ? state.first : R);
    const parts: (number | string)[] = [i, state.first, state.a, state.t, state.differs ? 1 : 0];
    const hi = Math.min(R - 1, Math.max(aCell(state.a)[0], state.t, firstApart ? state.first : 0));
    for (let r = lo; r <= hi; r++) for (let c = 0; c < n; c++) parts.push(grid[r * n + c]?.text ?? '_');
    for (let c = 0; c < n; c++) {
      let s = 0;
      for (let r = 0; r < lo; r++) if (isResult.has(r)) s += value(r, c);
      parts.push(s);
      for (const r of [...sums.balance]) parts.push(r < lo ? value(r, c) : '_');
    }
    return parts.join(',');
  };

  let found: TextCell[][] | undefined;
  const tryCells = (i: number, cells: [number, number, TextCell][]): boolean => {
    if (cells.some(([r, c]) => r >= R || c >= n || filled(r, c))) return false;
    const saved = { ...state };
    put(cells);
    advance();
    const ok = [...new Set(cells.map((x) => x[0]))].every(rowHolds) && step(i + 1);
    if (!ok) { take(cells); Object.assign(state, saved); }
    return ok;
  };
  /** A block's lines placed as rows from where the blocks stand, as one row's cells, or as totals lagging behind. */
  const placeLines = (i: number, lines: TextCell[][]): boolean => {
    if (!lines.length) return step(i + 1);
    const [ar, ac] = aCell(state.a);
    const options: [number, number, TextCell][][] = [];
    const asRows = lines.flatMap((line, k) => line.map((v, j) => [ar + k, ac + j, v] as [number, number, TextCell]));
    // A line running into 总计 from the left: only a whole row's end, never past the table's edge.
    if (asRows.every(([, c]) => c <= total)) options.push(asRows);
    if (lines.length > 1) options.push(lines.flat().map((v, j) => [ar, ac + j, v] as [number, number, TextCell]));
    // The 总计 column's cells of rows whose other blocks' cells stand (a band's last column, a page's totals at its foot);
    // a lone total where the blocks stand is a row's end, the first option.
    if (lines.every((l) => l.length === 1) && (lines.length > 1 || state.t < ar)) {
      options.push(lines.map((l, k) => [state.t + k, total, l[0]] as [number, number, TextCell]));
    }
    const seen = new Set<string>();
    for (const cells of options) {
      const id = cells.map(([r, c]) => `${r}:${c}`).join(' ');
      if (seen.has(id)) continue;
      seen.add(id);
      // Each cell's left neighbour (within the blocks' columns) stands already or comes in the same block; a total comes
      // after the rest of its row's block cells; a single number never starts a lag of totals.
      const inBlock = (r: number, c: number) => cells.some(([r2, c2]) => r2 === r && c2 === c);
      if (cells.some(([r, c]) => r < R && c > left && c <= total && !filled(r, c - 1) && !inBlock(r, c - 1) && c !== total)) continue;
      if (cells.some(([r, c]) => r < R && c === total && [...Array(width).keys()].some((k) => !filled(r, left + k) && !inBlock(r, left + k)))) continue;
      if (lines.length === 1 && lines[0].length === 1 && cells[0][1] !== total && state.t < ar) continue;
      if (tryCells(i, cells)) return true;
    }
    return false;
  };
  const step = (i: number): boolean => {
    if (--budget.steps < 0) throw TOO_MANY;
    if (i === items.length) {
      if (grid.some((v) => v === undefined) || !columnsHold() || (other && !state.differs)) return false;
      found = Array.from({ length: R }, (_, r) => grid.slice(r * n, (r + 1) * n) as TextCell[]);
      return true;
    }
    const k = key(i);
    if (dead.has(k)) return false;
    const item = items[i];
    if ('beside' in item) {
      if (firstApart) {
        if (state.first < R && !filled(state.first, 0)) {
          const r = state.first++;
          if (tryCells(i, [[r, 0, item.beside]])) return true;
          state.first--;
        }
      } else if (placeLines(i, [[item.beside]])) return true;
    } else {
      if (firstApart && item.maybeFirst && state.first < R && item.lines[0].length === 1) {
        const r = state.first;
        const cell: [number, number, TextCell][] = [[r, 0, item.lines[0][0]]];
        if (!filled(r, 0)) {
          const saved = { ...state };
          state.first++;
          put(cell);
          if (rowHolds(r) && placeLines(i, item.lines.slice(1))) return true;
          take(cell);
          Object.assign(state, saved);
        }
      }
      if (placeLines(i, item.lines)) return true;
    }
    dead.add(k);
    return false;
  };
  step(0);
  return found;
}

/** A line of numbers one space apart (`0`, `57 0`), nothing else. */
const NUMBERS = /^[ \u00a0]*[0-9]+(?: [0-9]+)*[ \u00a0]*$/;
/** A number after a label's last character (not a digit) and a space: `三方合法 0`. */
const AFTER_LABEL = /(?<=[^\s0-9.．])[ \u00a0]+([0-9]+)[ \u00a0]*$/;

/**
 * The table's numbers on lines `from`..`to` as the blocks readBands weighs, `skip` lines (page furniture, page numbers)
 * left out as if empty. A lone number between a label's lines stands beside it; a run of numbers right after a label's
 * line that ends without one may begin with that row's first.
 */
export function bandItems(lines: readonly string[], from: number, to: number, skip: (line: number) => boolean): BandItem[] {
  const text = (i: number) => (i < from || i > to || skip(i) ? '' : lines[i].replace(/^\f/, '').trim());
  const cells = (i: number): TextCell[] => {
    const out: TextCell[] = [];
    for (const m of lines[i].matchAll(/[0-9]+/g)) out.push({ text: m[0], norm: m[0], span: { line: i, start: m.index!, end: m.index! + m[0].length } });
    return out;
  };
  const items: BandItem[] = [];
  for (let i = from; i <= to; i++) {
    const t = text(i);
    if (!t) continue;
    if (NUMBERS.test(t)) {
      const run: TextCell[][] = [];
      let j = i;
      for (; j <= to && NUMBERS.test(text(j)); j++) run.push(cells(j));
      const before = text(i - 1);
      const after = text(j);
      if (run.length === 1 && run[0].length === 1 && before && after) items.push({ beside: run[0][0] });
      else items.push({ lines: run, ...(before && !/[0-9]$/.test(before) && run.every((l) => l.length === 1) && run.length > 1 ? { maybeFirst: true } : {}) });
      i = j - 1;
      continue;
    }
    const m = AFTER_LABEL.exec(lines[i]);
    if (m) {
      const end = lines[i].replace(/[ \u00a0]+$/, '').length;
      items.push({ beside: { text: m[1], norm: m[1], span: { line: i, start: end - m[1].length, end } } });
    }
  }
  return items;
}
