/**
 * Tables whose cells stand one per line, as two common conversions leave them:
 * - a web page copied from a browser when its cells hold paragraphs (Word's "save as web page",
 *   LibreOffice's HTML): a line holding only a tab between two cells, a single blank line between the
 *   paragraphs of one cell, several blank lines between rows (`webRowsAt`);
 * - text saved out of Word or LibreOffice: every cell on its own line in row order, a blank cell an
 *   empty line, nothing between rows (`sequenceRowsAt`): a row is its label and the value lines after it.
 * Both give logical rows with every field in its place, so the values are read by position — except in a block
 * with no empty line at all (BeautifulSoup's get_text('\n', strip=True), PyMuPDF): there a blank cell left no
 * line, so a row with fewer values than columns has blank cells whose places are unknown (`unplacedBlanks`).
 */
import { LineKind, LineToken, SERIAL_NUMBER } from '../text/lines';
import { hasCjk, hasTextChar, looksLikeValue, normalizeLabel } from '../text/normalize';
import { fuzzyRow, isKnownLabel, isProse, lookupColumn, lookupDataRow, lookupHeaderWord, lookupRow, lookupVariant, RowLabel, usesSynonym } from './labels';
import { FORMAT_2019, FORMAT_2021, TABLE4_CELLS, TableId } from '../format';
import type { LogicalRow } from './rows';
import { pageNumberLines } from './page-numbers';
import type { TextCell } from '../model';
import { withoutNextTable2Serial } from './serial-table2';

/** Numbers after a label on its line (行政规范性文件 0, 行政规范性文件 0 178). */
const LABEL_NUMBERS = /(?:[ \u00a0]+-?[0-9][0-9,.]*)+[ \u00a0]*$/;

const TAB_ONLY = /^[ \u00a0\u3000]*\t[ \t\u00a0\u3000]*$/;
/** Cell texts are short; a line longer than this is prose, which ends a table. */
const CELL_MAX = 80;

function isTabOnly(line: string | undefined): boolean {
  return line !== undefined && TAB_ONLY.test(line);
}
/** An empty line (a line holding a tab is a cell separator or an empty cell, never blank). */
function isBlank(line: string | undefined): boolean {
  return line !== undefined && BLANK_RE.test(line);
}
/** White space only (what trim() removes), no tab; a test that stops at the first other character. */
const BLANK_RE = /^[^\S\t]*$/;
function textCell(lines: readonly string[], i: number): TextCell {
  const line = lines[i];
  const start = line.length - line.trimStart().length;
  const text = line.trim();
  return { text, norm: normalizeLabel(text), span: { line: i, start, end: start + text.length } };
}
function joinCell(parts: TextCell[], at: number): TextCell {
  if (parts.length === 0) return { text: '', norm: '', span: { line: at, start: 0, end: 0 } };
  if (parts.length === 1) return parts[0];
  const text = parts.map((p) => p.text).join('');
  return { text, norm: normalizeLabel(text), span: parts[0].span };
}

/** Blank lines from i on, and the line index after them. */
function blanksFrom(lines: readonly string[], i: number, to: number): number {
  while (i < to && isBlank(lines[i])) i++;
  return i;
}

/** Whether a row of the browser-copy layout starts at line i: text, one blank line, a tab line (or text again). */
function webRowStarts(lines: readonly string[], i: number, to: number): boolean {
  // A row's first line is a cell (asked at every paragraph of prose followed by a blank line).
  if (i < to && lines[i].length > CELL_MAX) return false;
  let j = i;
  for (let paragraphs = 0; paragraphs < 4 && j < to; paragraphs++) {
    const line = lines[j];
    if (isTabOnly(line)) return j > i && isBlank(lines[j + 1]);
    if (isBlank(line) || line.length > CELL_MAX) return false;
    const next = blanksFrom(lines, j + 1, to);
    if (next - (j + 1) !== 1) return false;
    j = next;
  }
  return j < to && isTabOnly(lines[j]) && isBlank(lines[j + 1]);
}

/**
 * One row of the browser-copy layout from line i: cells between tab lines; a blank line inside a cell
 * separates its paragraphs, two or more end the row (or, right after a tab, leave the cell empty).
 */
function webRow(lines: readonly string[], i: number, to: number): { row: LogicalRow; end: number } | undefined {
  const cells: TextCell[] = [];
  let parts: TextCell[] = [];
  let j = i;
  let tabs = 0;
  let last = i;
  let emptyAt = i;
  while (j < to) {
    const line = lines[j];
    if (isTabOnly(line)) {
      cells.push(joinCell(parts, emptyAt));
      parts = [];
      tabs++;
      last = j;
      const next = blanksFrom(lines, j + 1, to);
      const gap = next - (j + 1);
      // An empty cell's place: the middle of the blank lines where its text would stand.
      emptyAt = j + Math.ceil(gap / 2);
      j = next;
      if (gap >= 2 && !(next < to && isTabOnly(lines[next]))) {
        // An empty last cell, then the row ends.
        cells.push(joinCell([], emptyAt));
        break;
      }
      // An empty last cell, then a row opening with an empty cell (a blank 序号): more blank lines than one empty
      // cell leaves (4), and a row's label after that cell — not one more empty cell of this row.
      if (gap >= ROW_END_GAP && next < to && labelAfterTab(lines, next, to)) {
        cells.push(joinCell([], emptyAt));
        break;
      }
      continue;
    }
    if (isBlank(line) || line.length > CELL_MAX) break;
    parts.push(textCell(lines, j));
    last = j;
    const next = blanksFrom(lines, j + 1, to);
    const gap = next - (j + 1);
    j = next;
    if (gap >= 2 || next >= to || (tabs > 0 && textAfterLastValue(lines, last, next, to))) {
      cells.push(joinCell(parts, last));
      parts = [];
      break;
    }
  }
  if (parts.length) cells.push(joinCell(parts, last));
  if (tabs === 0) return undefined;
  return { row: { cells, style: 'tab', firstLine: i, lastLine: last }, end: j };
}

/** Blank lines after a tab line that hold more than an empty cell: an empty last cell and the row's end (10 seen). */
const ROW_END_GAP = 6;

/** Line i is a tab line, then one blank line and a data row's label (a row whose first cell is empty). */
function labelAfterTab(lines: readonly string[], i: number, to: number): boolean {
  if (!isTabOnly(lines[i])) return false;
  const after = blanksFrom(lines, i + 1, to);
  return after - (i + 1) === 1 && after < to && lines[after].length <= CELL_MAX && !!lookupDataRow(normalizeLabel(lines[after].trim()));
}

/**
 * A number, one blank line, then text that is no number and no cell before a tab: the number was the row's
 * last cell and the text comes after the table (a note, or a web page's share links and footer), not a
 * second paragraph of a value cell.
 */
function textAfterLastValue(lines: readonly string[], value: number, next: number, to: number): boolean {
  if (!isValueLine(lines[value]) || isTabOnly(lines[next]) || isValueLine(lines[next])) return false;
  const after = blanksFrom(lines, next + 1, to);
  return !(after < to && isTabOnly(lines[after]));
}

/** Rows of the browser-copy layout starting at line i, while each row has cells separated by tab lines. */
function webRowsAt(lex: LineToken[], i: number, to: number, lines: readonly string[]): { rows: LogicalRow[]; end: number } | undefined {
  if (lex[i].kind === LineKind.Blank || lex[i].kind === LineKind.Section) return undefined;
  if (!webRowStarts(lines, i, to)) return undefined;
  const rows: LogicalRow[] = [];
  let j = i;
  // After the first row, a row may also start with an empty cell: its separator, alone between blank lines.
  while (j < to && ((isTabOnly(lines[j]) && isBlank(lines[j - 1]) && isBlank(lines[j + 1])) || webRowStarts(lines, j, to))) {
    if (lex[j].kind === LineKind.Section) break;
    const r = webRow(lines, j, to);
    if (!r) break;
    rows.push(r.row);
    j = r.end;
  }
  if (!rows.length) return undefined;
  return { rows, end: Math.max(j, rows[rows.length - 1].lastLine + 1) };
}

/** The most value cells a row can have, by its label (any format): table 三 seven, table 二 its sub-table's. */
function widestRow(norm: string): number | undefined {
  // A label with a typo (2.其他法律行政止公开) is still its row's, as the recognizer will find.
  const labels = lookupDataRow(norm) ?? near(norm);
  if (!labels) return undefined;
  let widest = 0;
  for (const l of labels) {
    if (l.table === 'table3') widest = Math.max(widest, FORMAT_2021.table3Columns.length);
    else if (l.table === 'table4') widest = Math.max(widest, FORMAT_2021.table4Groups[0].columns.length);
    else for (const f of [FORMAT_2021, FORMAT_2019]) for (const s of f.table2) if (s.rows.some((r) => r.key === l.key)) widest = Math.max(widest, s.columns.length);
  }
  return widest || undefined;
}

function near(norm: string): RowLabel[] | undefined {
  if (norm.length > CELL_MAX || !hasCjk(norm)) return undefined;
  const hit = fuzzyRow(norm, ['table3', 'table2']);
  return hit ? [hit.label] : undefined;
}

function isValueLine(line: string | undefined): boolean {
  // Asked of every line of text: a Chinese character that no value has settles it before any copy is made.
  if (line === undefined || hasTextChar(line)) return false;
  const t = line.trim();
  return t !== '' && !line.includes('\t') && looksLikeValue(t);
}

/**
 * A cell that is no number (`/`, `约10`, `abc`) among a row's value lines: short, and no label, heading or
 * sentence, so it is the row's cell (and cell-invalid says what is wrong with it), not the next row.
 */
function strayCell(lex: LineToken[], lines: readonly string[], j: number): boolean {
  const t = lines[j].trim();
  if (t === '' || t.length > STRAY_MAX || lines[j].includes('\t') || lex[j].kind === LineKind.Section || lex[j].sub) return false;
  const norm = normalizeLabel(t);
  // (The lexer's cell leaves out a 序号 before a label, `2 行政强制`: the next row under a 序号 column, printed.)
  const cell = lex[j].cells?.[0]?.text;
  if (cell !== undefined && cell !== t && isKnownLabel(normalizeLabel(cell))) return false;
  return !isKnownLabel(norm) && !isProse(t) && !lookupVariant(norm) && (isValueLine(lines[j + 1]) || isBlank(lines[j + 1]));
}
const STRAY_MAX = 8;
const BARE_VALUE = /^[\s\u00a0]*[0-9]+[\s\u00a0]*$/;

/**
 * Line j is the page number after a row's values, the next page opening with text (pdf-parse: 行政事业性收费 /
 * 229.1780 / 2 / / 三、…): it ends the row. Bare numbers alone, found by their sequence (see page-numbers.ts).
 */
function endsPage(lex: LineToken[], lines: readonly string[], j: number, pages: () => ReadonlySet<number>): boolean {
  if (lex[j].kind !== LineKind.PageNumber || !isBlank(lines[j + 1])) return false;
  let k = j + 1;
  while (k < lines.length && isBlank(lines[k])) k++;
  if (k < lines.length && isValueLine(lines[k])) return false;
  return pages().has(j);
}

/** The first text of line j: the line, or its first non-empty cell when it is a row of cells (an inserted tab row). */
function firstCell(lex: LineToken[], lines: readonly string[], j: number): string {
  return lex[j].cells?.find((c) => c.text !== '')?.text ?? lines[j].trim();
}

/** A header cell on a line of its own: a column label or a header word of the tables. */
function isHeaderLine(line: string): TableId | undefined {
  const t = line.trim();
  if (t === '' || t.length > CELL_MAX || line.includes('\t')) return undefined;
  const norm = normalizeLabel(t);
  const col = lookupColumn(norm);
  if (col) return col[0].table;
  const word = lookupHeaderWord(norm);
  if (word) return word;
  const variant = lookupVariant(norm);
  if (variant?.kind === 'column') return variant.table;
  return lookupRow(norm)?.some((r) => r.table === 'table4') ? 'table4' : undefined;
}

/**
 * Whether lines [from, to) can be text saved out of Word: some row label has a value on the next line, and
 * no row label is followed by anything else (PDF text copied from a viewer also puts one cell per line, but
 * in an order where a label is often followed by the next label or a title; its readers are in ./grid.ts).
 */
function looksLikeWordText(lex: LineToken[], lines: readonly string[], from: number, to: number): boolean {
  // Value lines are counted first, without looking up a label: most blocks have none (a line of prose is refused
  // at its first Chinese character), and values mostly followed by a blank line are pdftotext's (below).
  // pdftotext puts a blank line after every run of text; Word's text puts a row's values on consecutive lines.
  let values = 0;
  let spaced = 0;
  // Table 四 has no row labels: its fifteen values straight after the header, one per line, show it.
  let run = 0;
  let longestRun = 0;
  for (let i = from; i < to; i++) {
    // Only lines lexed as text or as a lone number can be Word's cells (tab, pipe and spaced rows are not).
    const kind = lex[i].kind;
    if (kind !== LineKind.Text && kind !== LineKind.PageNumber) { run = 0; continue; }
    if (!isValueLine(lines[i])) { run = 0; continue; }
    values++;
    if (isBlank(lines[i + 1])) spaced++;
    longestRun = Math.max(longestRun, ++run);
  }
  // No value line, or values mostly followed by a blank line: no, whatever the labels say.
  if (spaced * 2 >= values) return false;
  let rows = 0;
  for (let i = from; i < to; i++) {
    const kind = lex[i].kind;
    if (kind !== LineKind.Text || isValueLine(lines[i]) || lines[i].length > CELL_MAX) continue;
    // Labels that also head other rows (（六）其他处理 of 2019, table 四's group names in its header) prove nothing.
    const norm = normalizeLabel(lines[i].trim());
    if (!lookupDataRow(norm)?.some((r) => r.table !== 'table4') || lookupRow(norm)!.some((r) => r.parent)) continue;
    const next = lines[i + 1];
    if (isValueLine(next) || (isBlank(next) && isValueLine(lines[i + 2]))) rows++;
    else return false;
  }
  return rows > 0 || longestRun >= GROUP_WIDTH;
}
const GROUP_WIDTH = FORMAT_2021.table4Groups[0].columns.length;


/**
 * Under a 序号 column, a one-value table 二 row whose cell is blank: its own 序号 above its label, a blank line (the cell),
 * then the next row's 序号 and label (1 / 行政处罚 / (blank) / 2 / 行政强制). The row is read here so that its 序号 plus one
 * is known for the next row's (./serial-table2.ts), never taken for the row's count.
 */
function blankBeforeNextSerial(lines: readonly string[], i: number): boolean {
  const own = (lines[i - 1] ?? '').trim();
  if (!SERIAL_NUMBER.test(own) || !isBlank(lines[i + 1]) || (lines[i + 2] ?? '').trim() !== String(Number(own) + 1)) return false;
  return !!lookupDataRow(normalizeLabel(lines[i + 3] ?? ''))?.some((r) => r.table === 'table2');
}

/**
 * Text saved out of Word (see looksLikeWordText): at a row label followed at once by a value line, the row is the label and the
 * value lines after it (a blank line is a blank cell) up to the most cells its table has; a run of header
 * cells on their own lines is one header row; a run of values after a header (table 四) is one row.
 */
function sequenceRowsAt(lex: LineToken[], i: number, to: number, lines: readonly string[], pages: () => ReadonlySet<number>, blankless: () => boolean): { rows: LogicalRow[]; end: number } | undefined {
  const tok = lex[i];
  if (tok.kind !== LineKind.Text) return undefined;
  const line = lines[i];
  // A label followed by its values: the values are on the very next line (pdftotext's plain output puts
  // a blank line between its runs, where a blank means nothing, so it is not read this way).
  const norm = normalizeLabel(tok.cells![0].text);
  const exact = !!lookupDataRow(norm) && !usesSynonym(norm);
  const widest = widestRow(norm);
  // A label read approximately needs more evidence: three values on the lines right after it.
  // The first cell may hold no number (约10, 十二): the row's cell when values follow it.
  const follows = exact
    ? isValueLine(lines[i + 1]) || (isBlank(lines[i + 1]) && isValueLine(lines[i + 2]) && isValueLine(lines[i + 3]))
      || (i + 1 < to && strayCell(lex, lines, i + 1) && isValueLine(lines[i + 2]))
      || blankBeforeNextSerial(lines, i)
    : isValueLine(lines[i + 1]) && isValueLine(lines[i + 2]) && isValueLine(lines[i + 3]);
  if (widest !== undefined && follows) {
    const cells: TextCell[] = [textCell(lines, i)];
    let j = i + 1;
    while (j < to && cells.length <= widest && (isValueLine(lines[j]) || isBlank(lines[j]) || strayCell(lex, lines, j))) {
      if (j > i + 1 && endsPage(lex, lines, j, pages)) break;
      // A page number written as such (- 2 -, 第2页) is never a cell, whatever the numbers around it.
      if (lex[j].kind === LineKind.PageNumber && !BARE_VALUE.test(lines[j])) break;
      cells.push(isBlank(lines[j]) ? { text: '', norm: '', span: { line: j, start: 0, end: 0 } } : textCell(lines, j));
      j++;
    }
    // Under a 序号 column, the next row's 序号 after a table 二 row's values (1 / 行政处罚 / 178 / 2 / 行政强制): ./serial-table2.ts.
    const t2 = lookupDataRow(norm)?.find((r) => r.table === 'table2');
    const own = (lines[i - 1] ?? '').trim();
    // (The next label may carry its first number beside it, as a printout gives it: 行政规范性文件 0.)
    const nextLabel = j < to && !!lookupDataRow(normalizeLabel(lines[j].replace(LABEL_NUMBERS, '')))?.some((r) => r.table === 'table2');
    const kept = t2 && SERIAL_NUMBER.test(own) ? withoutNextTable2Serial(cells.slice(1), t2, Number(own), nextLabel) : undefined;
    const row: LogicalRow = { cells: kept ? [cells[0], ...kept.values] : cells, style: 'cells', firstLine: i, lastLine: j - 1, ...(kept?.unsure ? { uncertain: true } : {}) };
    if (cells.length <= widest && blankless()) row.unplacedBlanks = true;
    return { rows: [row], end: j };
  }
  // Header cells, one per line (blank lines between them are merged cells).
  if (isHeaderLine(line) && !isValueLine(lines[i + 1])) {
    const cells: TextCell[] = [];
    let j = i;
    while (j < to && (isHeaderLine(lines[j]) || isBlank(lines[j]))) {
      if (!isBlank(lines[j])) cells.push(textCell(lines, j));
      j++;
    }
    if (cells.length < 2) return undefined;
    // Word's text ends a header at the first row label or number (in PDF text a header's pieces go on,
    // 商业企 / 业, and ./grid.ts reads them by position); table 四's numbers follow its header at once.
    const after = lines[j];
    const numbersNext = isValueLine(after) && !isBlank(lines[j - 1]) && cells.some((c) => isHeaderLine(c.text) === 'table4');
    if (j >= to || !(isValueLine(after) || widestRow(normalizeLabel(firstCell(lex, lines, j))) !== undefined)) return undefined;
    const rows: LogicalRow[] = [{ cells, style: 'cells', firstLine: i, lastLine: j - 1 }];
    // Values straight after the header: table 四's one row of numbers.
    if (numbersNext) {
      const values: TextCell[] = [];
      const first = j;
      while (j < to && (isValueLine(lines[j]) || isBlank(lines[j]))) {
        values.push(isBlank(lines[j]) ? { text: '', norm: '', span: { line: j, start: 0, end: 0 } } : textCell(lines, j));
        j++;
      }
      while (values.length > TABLE4_CELLS && values[values.length - 1].text === '') { values.pop(); j--; }
      const row: LogicalRow = { cells: values, style: 'cells', firstLine: first, lastLine: j - 1 };
      if (blankless()) row.unplacedBlanks = true;
      rows.push(row);
    } else if (wholeTable4Header(cells)) {
      const apart = valuesApart(lines, j, to);
      if (apart) {
        rows.push(apart.row);
        j = apart.end;
      }
    }
    return { rows, end: j };
  }
  return undefined;
}


/**
 * Table 四's numbers one per line after its whole header and a few empty lines (BeautifulSoup's get_text() of a web
 * page: the empty lines end the header's row, and a blank header cell at its end adds one; in Word's text fifteen
 * numbers after blank lines cannot be a row with blank cells, having no room for them). Read only as a run of value lines that nothing else interrupts:
 * fifteen are the row; fewer are blank cells whose places the text does not keep (a blank cell there leaves an empty
 * line, indistinguishable after the last value from the row's end), so the row is left unread.
 */
/** A header run naming every one of table 四's fifteen columns (its numbers then belong to no other piece of it). */
function wholeTable4Header(cells: TextCell[]): boolean {
  const leaves = new Set(FORMAT_2021.table4Groups[0].columns.map((c) => normalizeLabel(c.label)));
  return cells.filter((c) => leaves.has(c.norm)).length === TABLE4_CELLS;
}

function valuesApart(lines: readonly string[], first: number, to: number): { row: LogicalRow; end: number } | undefined {
  let gap = 0;
  while (gap <= APART_MAX && isBlank(lines[first - 1 - gap])) gap++;
  if (gap === 0 || gap > APART_MAX || !isValueLine(lines[first])) return undefined;
  let j = first;
  const values: TextCell[] = [];
  while (j < to && isValueLine(lines[j]) && values.length <= TABLE4_CELLS) values.push(textCell(lines, j++));
  if (values.length > TABLE4_CELLS || (j < to && !isBlank(lines[j]))) return undefined;
  const row: LogicalRow = { cells: values, style: 'cells', firstLine: first, lastLine: j - 1 };
  if (values.length < TABLE4_CELLS) Object.assign(row, { uncertain: true, unplacedBlanks: true });
  return { row, end: j };
}
const APART_MAX = 4;

/**
 * The lines of a block as these readers see them: comment lines (`<!-- gknb-disable … -->`, invisible in
 * rendered Markdown) taken out, since blank-line counts carry meaning here and a comment must change nothing.
 */
export interface LineView {
  lines: readonly string[];
  lex: LineToken[];
  /** Real line of each line of the view, and view line of each real line (-1 for a comment); undefined: the same. */
  real?: number[];
  index?: Int32Array;
  /** The block's first real line (index is relative to it). */
  first: number;
  from: number;
  to: number;
  /** The block can be text saved out of Word (see looksLikeWordText). */
  wordText: boolean;
  /** The view's last line holding only a tab (-1: none): a browser-copy row needs one below its start. */
  lastTabOnly: number;
  /** The view's bare page numbers, found when first asked (lines change in place as a document is edited: never kept longer). */
  pages?: ReadonlySet<number>;
  /** The block has no empty line (so a blank cell leaves none either), found when first asked. */
  blankless?: boolean;
}

function lastTabOnly(lex: LineToken[], lines: readonly string[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    // The lexer makes a line of only a tab (and spaces) a one-cell line, or a row of empty cells.
    const kind = lex[i].kind;
    if ((kind === LineKind.OneCell || kind === LineKind.Tabbed) && isTabOnly(lines[i])) return i;
  }
  return -1;
}

/**
 * No empty line among the block's lines (its table and the text around it), but at its end: what get_text('\n',
 * strip=True) writes. (Word's text of a table has empty lines: its merged header cells', its blank cells'.)
 */
function blankless(lines: readonly string[], from: number, to: number): boolean {
  let end = Math.min(to, lines.length);
  while (end > from && isBlank(lines[end - 1])) end--;
  for (let i = from; i < end; i++) if (isBlank(lines[i])) return false;
  return end > from;
}

export function lineView(lex: LineToken[], lines: readonly string[], from: number, to: number): LineView {
  let comments = false;
  for (let i = from; i < to; i++) if (lex[i].kind === LineKind.Comment && lines[i].includes('<!--')) { comments = true; break; }
  if (!comments) return { lines, lex, first: from, from, to, wordText: looksLikeWordText(lex, lines, from, to), lastTabOnly: lastTabOnly(lex, lines, from, to) };
  const real: number[] = [];
  const index = new Int32Array(to - from).fill(-1);
  const vLines: string[] = [];
  const vLex: LineToken[] = [];
  for (let i = from; i < to; i++) {
    if (lex[i].kind === LineKind.Comment && lines[i].includes('<!--')) continue;
    index[i - from] = real.length;
    real.push(i);
    vLines.push(lines[i]);
    vLex.push(lex[i]);
  }
  return { lines: vLines, lex: vLex, real, index, first: from, from: 0, to: vLines.length, wordText: looksLikeWordText(vLex, vLines, 0, vLines.length), lastTabOnly: lastTabOnly(vLex, vLines, 0, vLines.length) };
}

/** Rows of either layout starting at real line i, with lines as in the document. */
export function cellLineRowsAt(view: LineView, i: number): { rows: LogicalRow[]; end: number } | undefined {
  const at = view.index ? view.index[i - view.first] : i;
  if (at === undefined || at < 0) return undefined;
  // Asked at every line: a browser-copy row starts with text and one blank line, Word's rows only in Word's text.
  const kind = view.lex[at].kind;
  const web = (kind === LineKind.Text || kind === LineKind.PageNumber) && view.lex[at + 1]?.kind === LineKind.Blank && view.lastTabOnly > at;
  const found = (web ? webRowsAt(view.lex, at, view.to, view.lines) : undefined) ?? (view.wordText ? sequenceRowsAt(view.lex, at, view.to, view.lines, () => (view.pages ??= pageNumberLines(view.lines)), () => (view.blankless ??= blankless(view.lines, view.from, view.to))) : undefined);
  if (!found || !view.real) return found;
  const real = view.real;
  const line = (k: number) => real[k];
  for (const r of found.rows) {
    r.firstLine = line(r.firstLine);
    r.lastLine = line(r.lastLine);
    for (const c of r.cells) c.span = { ...c.span, line: line(c.span.line) };
  }
  return { rows: found.rows, end: found.end >= real.length ? real[real.length - 1] + 1 : real[found.end] };
}
