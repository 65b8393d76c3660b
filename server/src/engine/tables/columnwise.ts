/**
 * PDF text whose tables come column by column (pdfminer.six's `extract_text`: each cell is a text box, and
 * the boxes of one column group together). Table 三's numbers then come, page by page, as one run per
 * column in header order, each run as long as the rows on that page (`0 78 20 0 1` is 自然人 for five rows,
 * then 商业企业 for the same rows …); a form feed ends each page. That reading is taken only where the text
 * settles it: every page holds a whole number of rows' worth of numbers, all pages together exactly one
 * number per cell, the table's sums (each row's total, and per column 第一项加第二项 = 第三项加第四项 and the
 * results adding up to their total) hold for exactly one reading — over every order of a page's column runs,
 * which pdfminer gives out of header order at times (tables/column-runs.ts). Else nothing is read:
 * a blank cell, a stray number or a layout this does not foresee leaves the table unread, as before.
 *
 * Table 四 (one row of fifteen cells) comes as its column labels and numbers interleaved (each column's box
 * is its label over its number, or the labels first and the numbers after): the k-th number is the k-th
 * label's, the labels known by their text, the same label's columns left to right; the groups' totals must
 * hold (all but one: a defect). Fifteen zeros need no order: every cell is 0 whatever the labels' pieces.
 */
import type { TextCell } from '../model';
import { normalizeLabel } from '../text/normalize';
import { key, product, readRuns } from './column-runs';
import { bandSizes, zeroRows } from './zero-rows';
import { provenBroken, type ProvenBroken } from './proven-sums';

const COUNT = /^[0-9]+$/;

export interface ColumnwiseInput {
  /** The table's numbers as the text gives them (label lines' trailing numbers included), in order. */
  values: readonly TextCell[];
  /** The page (counted by form feeds) a line is on, and whether a number there may be that page's own number. */
  pageOf: (line: number) => number;
  isPageNumber: (cell: TextCell) => boolean;
  /** The table's rows in the official order, and its number of columns. */
  rows: readonly string[];
  columns: number;
  /** Whether one row's numbers (in column order) hold its own sum (its total). */
  rowHolds: (cells: readonly TextCell[]) => boolean;
  /** How many of the table's sums fail with these rows' numbers (each in column order). */
  brokenSums: (rows: Map<string, TextCell[]>) => number;
  /** Whether one column's numbers down the table (the rows in the official order) hold that column's sums. */
  columnHolds: (cells: readonly TextCell[]) => boolean;
  /** Numbers that a column's own label stands right before (tableNumbers' `labelledColumns`): that column's. */
  labelled?: ReadonlyMap<TextCell, number>;
  /** The columns under one spanning header (法人或其他组织's five), whose runs pdfminer gives in an order of its own. */
  grouped?: readonly number[];
  /** Whether a page's numbers (its own number left out) come in header order when their 总计's run is last (tables/run-order-grounds.ts). */
  grounded?: (page: readonly TextCell[]) => boolean;
}

/**
 * Table 三 read column by column, page by page, when exactly one reading fits and its sums hold; else
 * undefined. A page may begin with a block of its first rows over its first columns given row by row
 * (303 57 / 15 0 / 137 23: a few rows' boxes side by side), then each column's run of the rest; such a
 * page is read so only where every row's total holds, and the whole table only when one reading is left.
 */
export function readColumnwise(input: ColumnwiseInput): Map<string, TextCell[]> | undefined {
  const counted = readByCounts(input);
  const read = counted instanceof Map ? counted : counted?.rows;
  // (Reading the rows that every reading weighed reads alike, where no one reading settles the table, was tried in the
  // twelfth session and withdrawn: the readings weighed are not every reading there is, and on fresh seeds rows so
  // settled were read wrong — a lone run under the wrong column (2100 r024), rows of zeros that were not (3300 r020).)
  if (!read || !agreesWithLabels(read, input.labelled)) return undefined;
  // Pages grounded in header order name every column: nothing is left to trade.
  return counted instanceof Map ? unnamedTradesUnread(read, input) : read;
}

/**
 * The reading with a row's numbers left out ([]: unread) where two columns under the spanning header that no label names
 * hold different numbers in it: trading two such columns keeps every sum, and the order of their runs does not name them —
 * pdfminer groups a spanning header's columns and at times gives their runs out of header order on every page alike
 * (2600 r009: 科研机构's run where 法律服务机构's stands on both pages that tell; 2100 r009: 商业企业's where 科研机构's
 * stands). A row whose such columns all hold one number reads the same whichever way they trade.
 */
function unnamedTradesUnread(rows: Map<string, TextCell[]>, input: ColumnwiseInput): Map<string, TextCell[]> {
  const named = new Set<number>();
  for (const cells of rows.values()) cells.forEach((cell, c) => { if (input.labelled?.get(cell) === c) named.add(c); });
  const loose = (input.grouped ?? []).filter((c) => !named.has(c));
  const settled = (cells: readonly TextCell[]) => !cells.length || loose.every((c) => cells[c].text === cells[loose[0]].text);
  return new Map([...rows].map(([key, cells]) => [key, settled(cells) ? cells : []]));
}

/**
 * Whether every number that a column's label stands right before is that column's in the reading (or the cell
 * there holds the same number): pdfminer puts a column's header box before the column's run when it groups them
 * (`自然` / `人` / 14 0 6 … after the other columns' runs), and then a reading that gives the run to another column
 * with every sum holding (all the others' runs alike) is wrong.
 */
function agreesWithLabels(rows: ReadonlyMap<string, TextCell[]>, labelled: ReadonlyMap<TextCell, number> | undefined): boolean {
  if (!labelled?.size) return true;
  for (const cells of rows.values()) {
    for (const cell of cells) {
      const c = labelled.get(cell);
      if (c !== undefined && cells[c] !== cell && cells[c].text !== cell.text) return false;
    }
  }
  return true;
}

/** A table read with its columns named by pages grounded in header order. */
interface Named { rows: Map<string, TextCell[]> }

function readByCounts(input: ColumnwiseInput): Map<string, TextCell[]> | Named | undefined {
  const choices = pageChoices(input);
  return choices && (readChoices(choices, input) ?? zeroRowsOnly(choices, input));
}

/**
 * Where the table is not read whole: the sums that fail in every reading of its pages (tables/proven-sums.ts), `balance`
 * the indices of its rows 一、二、（七）、四.
 */
export function brokenInEveryReading(input: ColumnwiseInput, balance: readonly [number, number, number, number]): ProvenBroken | undefined {
  // A page of whole rows holding a number that may be its own page number may be a page with a blank cell instead (fresh
  // seed 9713 r010: a blank among table 三's zeros, the page's 3 at its foot taken for a cell, a false row-total on
  // （七）总计; committed r044 likewise with the page's number amid the cells): no proof.
  const n = input.columns;
  const pages = pagesOf(input);
  if (pages.some((page) => page.length % n === 0 && page.some((v) => input.isPageNumber(v)))) return undefined;
  const choices = pageChoices(input, pages);
  return choices?.length ? provenBroken(choices, n, balance) : undefined;
}

/** The table's numbers page by page, in text order. */
function pagesOf(input: ColumnwiseInput): TextCell[][] {
  const pages: TextCell[][] = [];
  let last: number | undefined;
  for (const v of input.values) {
    const p = input.pageOf(v.span.line);
    if (p !== last) pages.push([]);
    last = p;
    pages[pages.length - 1].push(v);
  }
  return pages;
}

/** Every way of reading the table's pages (a page's own number left out or not), each page's numbers in text order. */
function pageChoices(input: ColumnwiseInput, pages = pagesOf(input)): TextCell[][][] | undefined {
  const { values, rows, columns: n } = input;
  if (!values.length || values.some((v) => !COUNT.test(v.text))) return undefined;
  // A page one number over a whole number of rows may hold its own page number: each such number is tried.
  let choices: TextCell[][][] = [[]];
  for (const page of pages) {
    const options = page.length % n === 0 ? [page]
      : page.length % n === 1 ? page.flatMap((v, i) => (input.isPageNumber(v) ? [[...page.slice(0, i), ...page.slice(i + 1)]] : [])) : [];
    if (!options.length) return undefined;
    choices = choices.flatMap((c) => options.map((o) => [...c, o]));
    if (choices.length > 64) return undefined;
  }
  return choices.filter((c) => c.reduce((s, p) => s + p.length, 0) === rows.length * n)
    .map((c) => c.map((page) => byLabels(page, n, input.labelled)));
}

/**
 * Where no one reading settles the table: its rows of zeros in every reading whose 总计 column holds its sums, over
 * every cut of their pages (tables/zero-rows.ts); every other row unread ([]). Undefined when no row is so.
 */
function zeroRowsOnly(choices: readonly TextCell[][][], input: ColumnwiseInput): Map<string, TextCell[]> | undefined {
  const n = input.columns;
  const cell = (x: number): TextCell => ({ text: String(x), norm: String(x), span: { line: 0, start: 0, end: 0 } });
  const rows = zeroRows(choices, n, (totals) => input.columnHolds(totals.map(cell)));
  if (!rows?.some((cells) => cells.length)) return undefined;
  return new Map(input.rows.map((k, r) => [k, rows[r]]));
}

function readChoices(choices: TextCell[][][], input: ColumnwiseInput): Map<string, TextCell[]> | Named | undefined {
  const { rows, columns: n } = input;
  // Every page read as plain column runs: with a single such reading, one defect (a wrong total, a
  // balance off: two sums at most) may break its sums; a reading that breaks more is not this table's.
  if (choices.length === 1) {
    const pagesRead = choices[0].map((p) => inColumns(p, n, 0, 0));
    const plain = toRows(pagesRead, rows);
    const broken = input.brokenSums(plain);
    if (broken > 0 && broken <= 2) return solve(choices, input) !== undefined || swappable(pagesRead, input, broken) || traded(plain, n) ? undefined : plain;
  }
  const found = solve(choices, input);
  // No reading holds every sum: one defect of the report may break some, read only in header order (below).
  if (found === undefined && choices.length === 1) {
    const defect = withOneDefect(choices[0], input) ?? withBalanceOff(choices, input);
    // A page cut into bands holding every sum is another reading: with one of the above, two readings, none taken.
    const banded = withBands(choices[0], input);
    return banded && defect ? undefined : banded ?? defect;
  }
  // Two runs of one page that could trade places with every sum holding: the page's order is not settled.
  if (!found || found === 'unsettled' || swappable(found.pages, input, 0, found.grounded)) return undefined;
  if (found.grounded && bandsReadOtherwise(found, input)) return undefined;
  return found.grounded ? { rows: toRows(found.pages, rows) } : toRows(found.pages, rows);
}

/**
 * A table with one column's balance off (its 总计's with it: two sums) whose pages' runs came out of header order:
 * the one reading, by the runs' sums with one applicant column and the 总计 let fail, that breaks no more than those
 * two sums, no two runs of a page trading places with the sums as they are.
 */
function withBalanceOff(choices: readonly TextCell[][][], input: ColumnwiseInput): Map<string, TextCell[]> | undefined {
  const found = solve(choices, { ...input, failing: 1 });
  if (!found || found === 'unsettled') return undefined;
  const rows = toRows(found.pages, input.rows);
  const broken = input.brokenSums(rows);
  return broken <= 2 && !swappable(found.pages, input, broken) && !traded(rows, input.columns) ? rows : undefined;
}

/** How many combinations of the pages' layouts cut into bands (at most four a page: zero-rows.ts) are weighed. */
const MAX_BAND_READINGS = 4096;

/**
 * A table whose pages come in header order, some cut into bands: pdfminer gives a page's rows in a few bands, each one
 * run per column over the band's rows (a tall row's boxes, its label wrapped over many lines, end one band and the next
 * rows' runs follow). Read as withOneDefect reads pages in header order: when exactly one cutting of the pages, each
 * band's runs in header order, breaks no more than two sums (one defect: at most one row's total), and no two runs of a
 * band could trade places with the sums as they are.
 */
function withBands(pages: readonly TextCell[][], input: ColumnwiseInput): Map<string, TextCell[]> | undefined {
  const n = input.columns;
  // Each page's layouts failing at most one row's total, distinct by what they read (a page of zeros cut anywhere reads one way).
  const perPage = pages.map((page) => {
    const layouts = new Map<string, { bands: TextCell[][][]; failing: number }>();
    const uncut = orderedLayouts(page, n, input.rowHolds).map((l) => ({ bands: [l.rows], failing: l.failing }));
    const cut = bandings(page, n).map((bands) => ({ bands, failing: bands.reduce((f, band) => f + band.filter((row) => !input.rowHolds(row)).length, 0) }));
    for (const l of [...uncut, ...cut]) {
      if (l.failing > 1) continue;
      const k = l.bands.flat().map((r) => r.map((c) => c.text).join(' ')).join('|');
      if (!layouts.has(k)) layouts.set(k, l);
    }
    return [...layouts.values()];
  });
  // Some page must be cut: a table of uncut pages was weighed already.
  if (!perPage.some((layouts) => layouts.some((l) => l.bands.length > 1))) return undefined;
  if (perPage.reduce((m, l) => m * l.length, 1) > MAX_BAND_READINGS) return undefined;
  // A band is a page of its own for the swap guard: two of its runs trading places with the sums as they are.
  return onlyReading(perPage, (l) => l.bands, input);
}

/**
 * Whether some page of a reading named by grounded pages, cut into bands instead (each band's runs in header order), holds
 * every sum with the other pages as read and reads otherwise: then its cut is not proven (3300 r020: a page in bands read
 * as plain runs with every sum holding, once nothing but the sums placed it).
 */
function bandsReadOtherwise(found: Solved, input: ColumnwiseInput): boolean {
  return found.cells.some((pages) => pages.some((page, p) => bandings(page, input.columns).some((bands) => {
    const rows = bands.flat();
    if (key(rows) === key(found.pages[p]) || !rows.every(input.rowHolds)) return false;
    return input.brokenSums(toRows(found.pages.map((q, i) => (i === p ? rows : q)), input.rows)) === 0;
  })));
}

/** Whether every row of every band has a number half the row's sum (its total, whichever run it is): a cheap first test before a banding is built. */
function mayHold(page: readonly TextCell[], n: number, sizes: readonly number[]): boolean {
  let at = 0;
  for (const h of sizes) {
    for (let r = 0; r < h; r++) {
      const row = Array.from({ length: n }, (_, c) => Number(page[at + c * h + r].text));
      const sum = row.reduce((a, b) => a + b, 0);
      if (!row.some((x) => 2 * x === sum)) return false;
    }
    at += h * n;
  }
  return true;
}


/** A page's rows cut into 2…4 bands of consecutive rows, each band one run per column in header order. */
function bandings(page: readonly TextCell[], n: number): TextCell[][][][] {
  return bandSizes(page.length / n).filter((sizes) => sizes.length > 1 && mayHold(page, n, sizes)).map((sizes) => inBands(page, n, sizes));
}

/** A page's bands of rows (`sizes` rows each), each band's cells one column's run after another. */
function inBands(page: readonly TextCell[], n: number, sizes: readonly number[]): TextCell[][][] {
  let at = 0;
  return sizes.map((size) => {
    const rows: TextCell[][] = Array.from({ length: size }, () => new Array<TextCell>(n));
    for (let c = 0; c < n; c++) for (let r = 0; r < size; r++) rows[r][c] = page[at++];
    return rows;
  });
}

/** How many combinations of the pages' layouts a table with one defect may weigh at most. */
const MAX_DEFECT_READINGS = 4096;

/**
 * A table with one defect (a row's total wrong, a column's balance off: two sums at most) whose every page came in
 * header order, some of them beginning with a block of first rows row by row (303 57 / 15 0, then the runs):
 * the pages' header-order layouts breaking at most one row's total between them, read only when exactly one
 * reading breaks no more than two sums and no two runs of a page could trade places with the sums as they are.
 */
function withOneDefect(pages: readonly TextCell[][], input: ColumnwiseInput): Map<string, TextCell[]> | undefined {
  const n = input.columns;
  const perPage = pages.map((p) => orderedLayouts(p, n, input.rowHolds));
  if (perPage.reduce((m, s) => m * s.length, 1) > MAX_DEFECT_READINGS) return undefined;
  return onlyReading(perPage, (l) => [l.rows], input);
}

/**
 * The one table the pages' layouts read (each layout's pages or bands given by `pieces`) failing at most one row's
 * total over all pages and breaking at most two sums (one defect), none of its runs able to trade places; undefined
 * when none, or when two combinations read differently.
 */
function onlyReading<L extends { failing: number }>(perPage: readonly L[][], pieces: (layout: L) => TextCell[][][], input: ColumnwiseInput): Map<string, TextCell[]> | undefined {
  let found: { pages: TextCell[][][]; broken: number } | undefined;
  let key: string | undefined;
  for (const combination of product(perPage)) {
    if (combination.reduce((sum, l) => sum + l.failing, 0) > 1) continue;
    const read = combination.flatMap(pieces);
    const broken = input.brokenSums(toRows(read, input.rows));
    if (broken > 2) continue;
    const k = read.flat().map((r) => r.map((c) => c.text).join(' ')).join('|');
    if (key !== undefined && k !== key) return undefined;
    key = k;
    found ??= { pages: read, broken };
  }
  if (!found) return undefined;
  const rows = toRows(found.pages, input.rows);
  return swappable(found.pages, input, found.broken) || traded(rows, input.columns) ? undefined : rows;
}

/**
 * A page's header-order layouts (its first `block` rows' first `wide` cells row by row, then each column's run),
 * distinct by what they read, with how many of their rows' totals fail; those failing more than one are none.
 */
function orderedLayouts(page: readonly TextCell[], n: number, rowHolds: ColumnwiseInput['rowHolds']): { rows: TextCell[][]; failing: number }[] {
  const height = page.length / n;
  const out = new Map<string, { rows: TextCell[][]; failing: number }>();
  for (let block = 0; block <= height; block++) {
    for (let wide = block ? 1 : 0; wide <= (block ? n : 0); wide++) {
      const rows = inColumns(page, n, block, wide);
      const failing = rows.filter((r) => !rowHolds(r)).length;
      const k = rows.map((r) => r.map((c) => c.text).join(' ')).join('|');
      if (failing <= 1 && !out.has(k)) out.set(k, { rows, failing });
    }
  }
  return [...out.values()];
}


/**
 * The one reading, over every page-number choice, every page's layout and every order of its column runs
 * (tables/column-runs.ts), whose sums all hold; 'unsettled' when several do or the weighing is past its
 * budget, undefined when none does.
 */
function solve(choices: readonly TextCell[][][], input: ColumnwiseInput & { failing?: number }): Solved | 'unsettled' | undefined {
  let found: Solved | undefined;
  for (const pages of choices) {
    const read = readRuns({ pages, columns: input.columns, columnHolds: input.columnHolds, failing: input.failing, grounded: pages.map((p) => !!input.grounded?.(p)) });
    if (!read || read.several) return 'unsettled';
    if (!read.rows) continue;
    // The rows page by page (each page holds its count over the columns).
    let at = 0;
    const byPage = pages.map((p) => read.rows!.slice(at, (at += p.length / input.columns)));
    if (found && key(found.pages.flat()) !== key(byPage.flat())) return 'unsettled';
    // Named only when every way of leaving a page's number out names the columns alike.
    const grounded = read.named && (!found || found.grounded) ? read.named.map((g, i) => g && (!found || found.grounded![i])) : undefined;
    found = { pages: byPage, grounded, cells: [...(found?.cells ?? []), pages] };
  }
  return found;
}

/** A reading page by page (rows in column order), which pages named its columns (when grounded pages did), and the pages' numbers it was read from. */
interface Solved { pages: TextCell[][][]; grounded?: readonly boolean[]; cells: TextCell[][][] }

/**
 * Whether two columns' runs of one page, swapped, would hold the same sums as the reading (so a page whose
 * runs came in another order than the header's could not be told from it): pdfminer gives a page's column runs
 * out of order at times, and a swap of two runs with equal sums keeps every row total and column sum.
 */
function swappable(pages: readonly TextCell[][][], input: ColumnwiseInput, broken: number, grounded?: readonly boolean[]): boolean {
  const n = input.columns;
  for (let p = 0; p < pages.length; p++) {
    // A page grounded in header order has its runs where pdfminer's layout law puts them.
    if (grounded?.[p]) continue;
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        if (pages[p].every((row) => row[a].text === row[b].text)) continue;
        // A run its column's label stands before stays in that column.
        if (pinned(pages[p], a, input.labelled) || pinned(pages[p], b, input.labelled)) continue;
        const swapped = pages[p].map((row) => row.map((c, i) => (i === a ? row[b] : i === b ? row[a] : c)));
        if (input.brokenSums(toRows(pages.map((page, i) => (i === p ? swapped : page)), input.rows)) <= broken) return true;
      }
    }
  }
  return false;
}

/** Whether a number of column `c` on this page is one its label names as that column's. */
function pinned(page: readonly TextCell[][], c: number, labelled: ReadonlyMap<TextCell, number> | undefined): boolean {
  return !!labelled?.size && page.some((row) => labelled.get(row[c]) === c);
}

/**
 * Whether the two sums the reading breaks are two rows' totals, off by as much each way (6 and 111 of one column given
 * in each other's place: 111 … 总计 6, 6 … 总计 114): two cells of a run out of order, not one defect of the report.
 */
function traded(rows: ReadonlyMap<string, TextCell[]>, n: number): boolean {
  const off: number[] = [];
  for (const cells of rows.values()) {
    const d = cells.slice(0, n - 1).reduce((s, c) => s + Number(c.text), 0) - Number(cells[n - 1].text);
    if (d !== 0) off.push(d);
  }
  return off.length === 2 && off[0] + off[1] === 0;
}

/**
 * A page of plain column runs some of which begin right after their column's label (`自然` / `人` / 14 0 6 …,
 * given after the other columns' runs): those runs put at their columns, the others in their order in the columns
 * left. The page as it is when a label stands anywhere but at a run's start, or two name one column.
 */
function byLabels(page: TextCell[], n: number, labelled: ReadonlyMap<TextCell, number> | undefined): TextCell[] {
  if (!labelled?.size || page.length % n) return page;
  const height = page.length / n;
  const named = new Map<number, number>();
  for (let i = 0; i < page.length; i++) {
    const column = labelled.get(page[i]);
    if (column === undefined) continue;
    if (i % height || [...named.values()].includes(column)) return page;
    named.set(i / height, column);
  }
  if ([...named].every(([run, column]) => run === column)) return page;
  const runs = Array.from({ length: n }, (_, r) => page.slice(r * height, (r + 1) * height));
  const rest = runs.filter((_, r) => !named.has(r));
  const out: TextCell[][] = new Array(n);
  for (const [run, column] of named) out[column] = runs[run];
  for (let c = 0; c < n; c++) out[c] ??= rest.shift()!;
  return out.flat();
}

/** A page's rows: the first `block` rows' first `wide` cells row by row, then each column's run of its other rows. */
function inColumns(page: readonly TextCell[], n: number, block: number, wide: number): TextCell[][] {
  const height = page.length / n;
  const rows: TextCell[][] = Array.from({ length: height }, () => new Array<TextCell>(n));
  let at = 0;
  for (let r = 0; r < block; r++) for (let c = 0; c < wide; c++) rows[r][c] = page[at++];
  for (let c = 0; c < n; c++) for (let r = c < wide ? block : 0; r < height; r++) rows[r][c] = page[at++];
  return rows;
}

function toRows(pages: readonly TextCell[][][], keys: readonly string[]): Map<string, TextCell[]> {
  const all = pages.flat();
  return new Map(keys.map((k, i) => [k, all[i]]));
}


/**
 * The numbers on lines `from`..`to`: a line that is a number, and a number a text box put at the end of a
 * label's line (`2.其他法律行政法规禁 0`: pdfminer joins boxes on one baseline with a space).
 */
export function tableNumbers(lines: readonly string[], from: number, to: number): TextCell[] {
  const out: TextCell[] = [];
  for (let i = from; i <= to && i < lines.length; i++) {
    const m = TRAILING.exec(lines[i]);
    if (m) out.push({ text: m[2], norm: m[2], span: { line: i, start: m.index + m[1].length, end: m.index + m[0].length } });
    // One cell's digits spread apart by widened character spacing (`1 6`): one box, one number — alone on its line or
    // after a label's last character (`握相关政府信 1 1 4`: plain pdftotext runs the label's box and the count's together).
    const spread = m ? undefined : SPREAD.exec(lines[i]) ?? LABEL_SPREAD.exec(lines[i]);
    if (spread) {
      const text = spread[2].replace(/ /g, '');
      const start = spread.index + spread[1].length;
      out.push({ text, norm: text, spread: spread[2], span: { line: i, start, end: start + spread[2].length } });
    }
  }
  return out;
}
/**
 * The numbers (of `values`, in text order) right after a column's label standing alone since the number before
 * it (`0` / `自然` / `人` / `14`: pdfminer's box of a header cell grouped with its column's boxes), each with that
 * column's index in `labels`. Only between two numbers: a header given whole before the first number says nothing.
 */
export function labelledColumns(lines: readonly string[], values: readonly TextCell[], labels: readonly string[]): Map<TextCell, number> {
  const index = new Map(labels.map((l, i) => [normalizeLabel(l), i]));
  const out = new Map<TextCell, number>();
  for (let k = 1; k < values.length; k++) {
    const before = values[k - 1].span;
    const at = values[k].span;
    const between = [lines[before.line].slice(before.end), ...lines.slice(before.line + 1, at.line), lines[at.line].slice(0, at.start)];
    if (before.line === at.line || between.some((l) => l.includes('\f'))) continue;
    const column = index.get(normalizeLabel(between.join('')));
    if (column !== undefined) out.set(values[k], column);
  }
  return out;
}

/** A count alone on its line, or after a label's last character (not a digit) and a space. */
const TRAILING = /(^\f?[ \u00a0]*|(?<=[^\s0-9.．][ \u00a0]+))([0-9]+)[ \u00a0]*$/;
/** Single digits one space apart, alone on their line. */
const SPREAD = /^(\f?[ \u00a0]*)([0-9](?: [0-9])+)[ \u00a0]*$/;
/** Single digits one space apart after a label's last character (not a digit) and a space. */
const LABEL_SPREAD = /((?<=[^\s0-9.．])[ \u00a0]+)([0-9](?: [0-9])+)[ \u00a0]*$/;

export interface Table4Input {
  /** The lines of table 四 (its labels and numbers, in the text's order). */
  lines: readonly string[];
  from: number;
  to: number;
  /** The groups' column labels in header order (each group's last column its total). */
  groups: readonly (readonly string[])[];
  /** Whether the number alone on this line may be its page's own number. */
  mayBePageNumber: (line: number) => boolean;
  /** The groups' own names (行政复议, 未经复议直接起诉, 复议后起诉), which a one-row header writes in each column's cell. */
  groupNames?: readonly string[];
}

/**
 * Table 四's fifteen numbers, each given to the column whose label came k-th when it is the k-th number:
 * a label's box holds its number under it, or all labels come before the numbers. A label broken over lines
 * (`结` / `果` / `维` / `持`) is joined. Undefined unless every label comes as often as it has columns, every
 * number follows its label, and each group's total holds (all but one: a defect) — with no number left out,
 * or with one that may be its page's number left out, and then only when every such reading is the same.
 */
export function readTable4Columnwise(input: Table4Input): TextCell[][] | undefined {
  const skips: (number | undefined)[] = [undefined];
  for (let i = input.from; i <= input.to && i < input.lines.length; i++) {
    const text = input.lines[i].replace(/^\f/, '').trim();
    // A page is never numbered 0.
    if (COUNT.test(text) && Number(text) !== 0 && input.mayBePageNumber(i)) skips.push(i);
  }
  let found: TextCell[][] | undefined;
  let key: string | undefined;
  for (const skip of skips) {
    const read = inLabelOrder(input, skip);
    if (!read) continue;
    const k = read.map((g) => g.map((c) => c.text).join(' ')).join('|');
    if (key !== undefined && k !== key) return undefined;
    key = k;
    found ??= read;
  }
  return found ?? allZero(input);
}

/**
 * The numbers given to the labels in order, line `skip` (a page's number) left out; undefined unless they fit.
 * A label whose box holds its group's name before it, nothing else (`未` / `经` / … / `起` / `诉` / `结` / `果` / `维` /
 * `持`: 未经复议直接起诉结果维持, a one-row header's cell) is that group's column; the others take their label's
 * columns left to right, those named so aside. (pdfminer gives such boxes in an order of its own: 行政诉讼's first.)
 */
function inLabelOrder(input: Table4Input, skip: number | undefined): TextCell[][] | undefined {
  const labels = [...new Set(input.groups.flat().map(normalizeLabel))];
  /** Per label, its columns left to right, as [group, column]. */
  const places = new Map<string, [number, number][]>(labels.map((l) => [l, []]));
  input.groups.forEach((g, gi) => g.forEach((c, ci) => places.get(normalizeLabel(c))!.push([gi, ci])));
  const taken = new Set<string>();
  /** The columns whose label's box named their group. */
  const namedBox = new Set<string>();
  const queue: [number, number][] = [];
  const out: (TextCell | undefined)[][] = input.groups.map((g) => g.map(() => undefined));
  let pending = '';
  /** The text of the box the line is in (pdfminer's boxes stand between empty lines), and whether a line of it is a group's name. */
  let box = '';
  let groupLine = false;
  let numbers = 0;
  let labelled = 0;
  /** Whether a total was placed by its group's sum while other groups' labels waited: every group must then hold. */
  let bySum = false;
  const cells = input.groups.reduce((n, g) => n + g.length, 0);
  /** The columns taken by their label's order alone (not named in their box), in the order their labels came. */
  const labelOrder: [number, number][] = [];
  for (let i = input.from; i <= input.to && i < input.lines.length; i++) {
    const raw = input.lines[i];
    const text = raw.replace(/^\f/, '').trim();
    if (!text) { box = ''; groupLine = false; continue; }
    if (i === skip) continue;
    if (COUNT.test(text)) {
      box = '';
      groupLine = false;
      // Numbers come after their group's labels, or after all the labels: one met while labels of several groups
      // wait and others are still to come (…结果维持 / 12 / 结果纠正 … 6 6 3 27 / 34 8 9 5 56 …) is under which, no
      // order says — unless the first waiting is its group's total, the group's other cells placed and adding up to it.
      // (Only where every label waiting named its group in its box: else which group each is, only the order said.)
      if (labelled < cells && queue.some((p) => p[0] !== queue[0][0])) {
        if (pending || queue.some((p) => !namedBox.has(p.join())) || !totalOfGroup(out, queue[0], text)) return undefined;
        bySum = true;
      }
      const place = pending ? undefined : queue.shift();
      if (!place) return undefined;
      const start = raw.indexOf(text);
      out[place[0]][place[1]] = { text, norm: text, span: { line: i, start, end: start + text.length } };
      numbers++;
      continue;
    }
    const piece = normalizeLabel(text);
    box += piece;
    if (input.groupNames?.some((g) => normalizeLabel(g) === piece)) groupLine = true;
    // A group's own name (行政复议, 未经复议直接起诉 …) or other text begins no column's label: it is passed over.
    pending = begins(labels, pending + piece) ? pending + piece : begins(labels, piece) ? piece : '';
    if (!labels.includes(pending)) continue;
    // (Not where the group's name is a line of its own: that is the group's header cell above its columns, which plain
    // pdftotext runs on into a neighbour's leaf — 复议后起诉 / 总 / 计, the 总计 未经复议直接起诉's.)
    const named = groupLine ? -1 : input.groupNames?.findIndex((g) => box === normalizeLabel(g) + pending) ?? -1;
    const place = named >= 0
      ? places.get(pending)!.find((p) => p[0] === named)
      : places.get(pending)!.find((p) => !taken.has(p.join()) && !namedLater(input, i, p));
    if (!place || taken.has(place.join())) return undefined;
    taken.add(place.join());
    if (named >= 0) namedBox.add(place.join());
    else labelOrder.push(place);
    queue.push(place);
    labelled++;
    pending = '';
    box = '';
    groupLine = false;
  }
  if (queue.length || numbers !== out.flat().length || out.some((g) => g.some((c) => !c))) return undefined;
  // Each label's k-th box taken as its k-th column is the text's left-to-right order; a group whose columns that gives
  // out of order (尚未审结 before 结果维持) shows boxes in another order, and then the k-th box is no proof of the column.
  if (!groupsInOrder(labelOrder)) return undefined;
  const read = out as TextCell[][];
  // A wrong total (one defect) fails one group; numbers given to the wrong labels fail two or more.
  const failing = read.filter((g) => {
    const v = g.map((c) => Number(c.text));
    return v.slice(0, -1).reduce((a, b) => a + b, 0) !== v[v.length - 1];
  });
  return failing.length <= (bySum ? 0 : 1) ? read : undefined;
}

/** Whether each group's columns, taken in the order their labels came, go left to right. */
function groupsInOrder(order: readonly [number, number][]): boolean {
  const last = new Map<number, number>();
  for (const [g, c] of order) {
    if ((last.get(g) ?? -1) > c) return false;
    last.set(g, c);
  }
  return true;
}

/** Whether `value` is the total of `place`'s group (its last column), the group's other cells placed and adding up to it. */
function totalOfGroup(out: readonly (TextCell | undefined)[][], place: [number, number], value: string): boolean {
  const g = out[place[0]];
  if (place[1] !== g.length - 1) return false;
  const others = g.slice(0, -1);
  return others.every((c) => !!c) && others.reduce((a, c) => a + Number(c!.text), 0) === Number(value);
}

/** Whether a box after line `from` names `place`'s column with its group (so an unnamed label before it is not that column). */
function namedLater(input: Table4Input, from: number, place: [number, number]): boolean {
  const name = input.groupNames?.[place[0]];
  if (!name) return false;
  const want = normalizeLabel(name) + normalizeLabel(input.groups[place[0]][place[1]]);
  let box = '';
  for (let i = from + 1; i <= input.to && i < input.lines.length; i++) {
    const text = input.lines[i].replace(/^\f/, '').trim();
    if (!text || COUNT.test(text)) { box = ''; continue; }
    box += normalizeLabel(text);
    if (box === want) return true;
  }
  return false;
}

function begins(labels: readonly string[], text: string): boolean {
  return labels.some((l) => l.startsWith(text));
}

/** Exactly one 0 per cell (no other number but one that may be its page's): every cell is 0, in whatever order they came. */
function allZero(input: Table4Input): TextCell[][] | undefined {
  const zeros: TextCell[] = [];
  let paged = 0;
  for (let i = input.from; i <= input.to && i < input.lines.length; i++) {
    const raw = input.lines[i];
    const text = raw.replace(/^\f/, '').trim();
    if (!COUNT.test(text)) continue;
    if (Number(text) !== 0) {
      if (!input.mayBePageNumber(i) || ++paged > 1) return undefined;
      continue;
    }
    const start = raw.indexOf(text);
    zeros.push({ text, norm: text, span: { line: i, start, end: start + text.length } });
  }
  const sizes = input.groups.map((g) => g.length);
  if (zeros.length !== sizes.reduce((a, b) => a + b, 0)) return undefined;
  let at = 0;
  return sizes.map((k) => zeros.slice(at, (at += k)));
}
