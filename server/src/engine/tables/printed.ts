/**
 * Table 四 of a web page printed from a browser (打印 → 另存为 PDF) and read with pdftotext: the browser
 * reflows the table to the page's width, so its fifteen narrow columns get header labels one or two
 * characters wide, stacked and glued across columns (`结结其尚` / `果果他未总`), which no position sorts out.
 * Its numbers still come in order, each group's row on one line one space apart (plain pdftotext:
 * `20 3 7 4 34` then `1 0 0 0 1 0 0 0 0 0` under the litigation header), or all on one line (-layout).
 * Read in that order when they are exactly the fifteen and every group's first four add up to its total,
 * but one (the report's own mistake, which row-total then says): one space also parts the digits of one
 * number spread by widened character spacing (`1 0` for 10), which the sums tell apart. Anything else is
 * left to the positional readers.
 */
import { LineKind, LineToken } from '../text/lines';
import { normalizeLabel } from '../text/normalize';
import type { TextCell } from '../model';
import { isPrintFurniture, printedLineTest, printedPageTitle } from '../text/print-furniture';
import { inHeaderLabel } from './pdfheader';
import { pageNumberLines } from './page-numbers';
import { litigationAfterPart, REST_REACH } from './printed-rest';

/** A line of numbers only, a space or more apart. */
const NUMBERS_LINE = /^[0-9]+(?:[ \u00a0]+[0-9]+)+$/;
/** A number alone on its line. */
const BARE = /^[0-9]{1,4}$/;
const GROUP = 5;

export interface PrintedValues {
  cells: TextCell[];
  /** The first line of numbers, and the line after the last. */
  firstLine: number;
  end: number;
  /** Fewer numbers than cells, for sure (shortRows): blanks whose places the text does not keep. */
  blanksUnplaced?: boolean;
}

/**
 * Table 四's numbers from line `from` (its opening line) on, before `to`: lines of numbers between
 * header pieces (text without digits), page furniture and blank lines, up to the fifteenth number.
 * Undefined unless they are exactly `columns` numbers in groups of five whose sums hold, all but one at most.
 */
export function printedTable4Values(lex: readonly LineToken[], text: readonly string[], from: number, to: number, columns: number): PrintedValues | undefined {
  if (columns % GROUP !== 0) return undefined;
  const cells: TextCell[] = [];
  let firstLine = -1;
  let title: string | undefined;
  let pages: ReadonlySet<number> | undefined;
  let several = false;
  // Which stretch of numbers each cell is in: a line of header pieces between two numbers starts a new one.
  const stretchOf: number[] = [];
  let stretch = 0;
  const scan = (start: number, stop: number): boolean => {
    for (let i = start; i < stop && cells.length < columns; i++) {
      const kind = lex[i].kind;
      const t = text[i].trim();
      // A group's line of numbers wrapped by the narrow column (`34 9` / `9` / `8` / `60`): its last numbers alone on
      // their lines, which the lexer takes for page numbers (a bare page number found by its sequence is one still).
      const lone = kind === LineKind.PageNumber && BARE.test(t) && !(pages ??= pageNumberLines(text)).has(i);
      if (kind === LineKind.Blank || (kind === LineKind.PageNumber && !lone)) continue;
      if (kind !== LineKind.Text && kind !== LineKind.Spaced && !lone) return false;
      // The page's title, which the browser's header repeats on every page (plain pdftotext: a line of its own).
      if (t === (title ??= printedPageTitle(text) ?? '')) continue;
      // (The browser's print header and footer of a page break inside the table: its date and address, -layout's line.)
      if (isPrintFurniture(t)) continue;
      if (NUMBERS_LINE.test(t) || lone) {
        if (!lone) several = true;
        if (firstLine < 0) firstLine = i;
        const at = text[i].indexOf(t);
        for (const m of t.matchAll(/[0-9]+/g)) {
          const start = at + m.index!;
          cells.push({ text: m[0], norm: normalizeLabel(m[0]), span: { line: i, start, end: start + m[0].length } });
          stretchOf.push(stretch);
        }
        continue;
      }
      if (cells.length) stretch++;
      // Between the groups' numbers only the header's pieces: runs without digits or sentence marks, or a few
      // characters of a wrapped sentence's end that plain pdftotext put among them (高。).
      if (/[0-9０-９]/.test(t) || ([...t].length > 4 && /[。；，]/.test(t))) return false;
    }
    return true;
  };
  if (!scan(from + 1, to)) return undefined;
  // Only 行政复议's five before part 五's heading: the litigation groups may come after it (./printed-rest.ts).
  const rest = cells.length === GROUP && columns === 3 * GROUP ? litigationAfterPart(lex, text, to) : undefined;
  if (rest !== undefined) {
    stretch++;
    if (!scan(rest, Math.min(text.length, rest + REST_REACH))) return undefined;
  }
  // Fewer than fifteen in the printout's two rows of numbers: some cells are blank, which ones the text does not say.
  if (rest === undefined && cells.length < columns && shortRows(cells, text, from, pages ??= pageNumberLines(text))) {
    return { cells, firstLine, end: cells[cells.length - 1].span.line + 1, blanksUnplaced: true };
  }
  // Numbers one per line only are plain pdftotext's cells of any PDF, in an order the page may have changed: left to
  // the plain text's reader (./pdfraw.ts), which weighs it.
  if (cells.length !== columns || !several) return undefined;
  // Numbers going on right after the last one taken, before any header piece or text: the run is longer than the
  // table's fifteen, other counts among them (table 三's last column's, 0 / 0 / 0 … / 6, printed between 行政复议's row
  // and the litigation header, fresh variant seed 6252): which fifteen are table 四's, the order does not say.
  if (numbersGoOn(lex, text, cells[cells.length - 1].span.line + 1, title ?? '', pages ??= pageNumberLines(text))) return undefined;
  // Two groups' numbers on the first line and one group's after: the litigation groups' row printed before 行政复议's
  // (the table wrapped, its parts in another order); which group is which, the sums cannot say.
  const firstRun = cells.filter((c) => c.span.line === firstLine).length;
  if (columns === 3 * GROUP && firstRun === 2 * GROUP) return undefined;
  // One group's sum may fail (the report's own error, said by row-total); two failing say the order is not sure, and
  // so does one failing whose numbers the header's pieces part: its first count printed after the header that stands
  // between it and its others (`5` / `0` / `4` / `16` / header / `7`, fresh seed 4933 r010) fails it the same way.
  let failing = 0;
  for (let g = 0; g < columns; g += GROUP) {
    const v = cells.slice(g, g + GROUP).map((c) => Number(c.text));
    if (v[0] + v[1] + v[2] + v[3] === v[4]) continue;
    if (stretchOf[g] !== stretchOf[g + GROUP - 1]) return undefined;
    failing++;
  }
  if (failing > 1 || (failing === 1 && columns / GROUP < 3)) return undefined;
  // (The table's lines end at part 五's heading all the same: the numbers past it are its cells, its lines are part 五's.)
  return { cells, firstLine, end: rest !== undefined ? to : cells[cells.length - 1].span.line + 1 };
}

/** Whether the first line from `from` on that is not blank, page furniture or the page's title is a number or a line of them. */
function numbersGoOn(lex: readonly LineToken[], text: readonly string[], from: number, title: string, pages: ReadonlySet<number>): boolean {
  for (let i = from; i < text.length; i++) {
    const t = text[i].trim();
    const kind = lex[i].kind;
    if (kind === LineKind.Blank || t === title || pages.has(i)) continue;
    if (kind === LineKind.PageNumber && !BARE.test(t)) continue;
    return NUMBERS_LINE.test(t) || BARE.test(t);
  }
  return false;
}

/**
 * Whether group `g` (0–2) of table 四's fifteen numbers stands apart in the text: its five numbers add up, and only
 * table 四's header pieces (未经复议直接起诉 / 结 / 果 …, at least one line of them) part it from the group before and
 * the group after. Plain pdftotext gives 行政复议's numbers so, before the litigation header, even where it gives the
 * litigation groups' numbers in an order their sums do not settle: that group is read all the same.
 */
export function groupStandsApart(values: readonly TextCell[], g: number, lines: readonly string[]): boolean {
  const own = values.slice(g * GROUP, g * GROUP + GROUP);
  if (own.length !== GROUP || !own.every((c) => /^[0-9]+$/.test(c.text))) return false;
  const v = own.map((c) => Number(c.text));
  if (v[0] + v[1] + v[2] + v[3] !== v[4]) return false;
  const parted = (a: TextCell | undefined, b: TextCell | undefined) => !a || !b || onlyHeaderPieces(lines, a.span.line + 1, b.span.line);
  return parted(values[g * GROUP - 1], own[0]) && parted(own[GROUP - 1], values[g * GROUP + GROUP]);
}

/**
 * Lines [from, to) hold at least one line of table 四's header pieces and nothing else but blank lines and a browser's
 * print header and footer (a page break amid the header: variant seed 1414 v023).
 */
function onlyHeaderPieces(lines: readonly string[], from: number, to: number): boolean {
  let pieces = 0;
  let furniture: ((line: string) => boolean) | undefined;
  for (let i = from; i < to; i++) {
    const t = lines[i].trim();
    if (!t || (furniture ??= printedLineTest(lines))(t)) continue;
    if (!t.split(/\s+/).every((w) => inHeaderLabel(normalizeLabel(w), 'table4'))) return false;
    pieces++;
  }
  return pieces > 0;
}

/** A row of a printout's table in plain pdftotext: its numbers (two or more) one space apart on one line. */
const ONE_ROW = /^[0-9]+(?: [0-9]+)+$/;
/** The litigation header's line naming both its groups (未经复议直接起诉 … 复议后起诉; the first may wrap). */
const BOTH_SUITS = /未经复议直接起.*复议后起诉/;

/**
 * Whether table 四's numbers, fewer than fifteen, are surely its printout's two rows short of cells left blank: a browser
 * prints 行政复议's five on one line and the litigation groups' ten on one line under their header, and a row never
 * breaks across pages. So: one line of at most five before the header naming both litigation groups, one of at most
 * ten after it (plain pdftotext: one space apart), and no line of numbers past them, within reach, that could hold the
 * rest (a block poppler gave after part 五's heading). Which cells are blank the text does not say (unplaced).
 */
function shortRows(cells: readonly TextCell[], text: readonly string[], from: number, pages: ReadonlySet<number>): boolean {
  const lines = [...new Set(cells.map((c) => c.span.line))];
  if (lines.length !== 2 || !lines.every((l) => ONE_ROW.test(text[l].trim()))) return false;
  const review = cells.filter((c) => c.span.line === lines[0]).length;
  if (review > GROUP || cells.length - review > 2 * GROUP) return false;
  const header = (a: number, b: number) => text.slice(a, b).some((t) => BOTH_SUITS.test(t));
  if (header(from, lines[0]) || !header(lines[0] + 1, lines[1])) return false;
  for (let i = lines[1] + 1; i < Math.min(text.length, lines[1] + REST_REACH); i++) {
    const t = text[i].replace(/^\f/, '').trim();
    if (!pages.has(i) && (NUMBERS_LINE.test(t) || BARE.test(t))) return false;
  }
  return true;
}
