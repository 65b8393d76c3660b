/**
 * Logical rows: the cells of one table row whatever the layout — one line of tabs, pipes or
 * spaced columns, or a group of one-cell lines (Word copy) with wrapped cells joined back.
 */
import { LineKind, LineToken } from '../text/lines';
import { normalizeLabel } from '../text/normalize';
import { isKnownLabel, isProse, isRowLabelStart, lookupDataRow } from './labels';
import { FORMATS } from '../format';
import { readGridAt } from './grid';
import { rawTable4Stream } from './raw-table4-stream';
import { cellLineRowsAt, lineView } from './cell-lines';
import { pageNumberLines, pageOrdinal } from './page-numbers';
import { htmlTableRowsAt, startsHtmlTable } from './html';
import { brokenPipeRowsAt, loosePipeRowsAt, opensParagraphRow } from './pipe-broken';
import { gridTableRowsAt } from './grid-table';
import { collapseRepeats, hasRepeats, headerRunsOf, isNumber, Run } from './repeated-cells';
import { isFrameHeader, withoutFrameIndex } from './frame-index';
import { firstValueRun, RuleRun, ruleAbove, ruleRuns, withRuleBlanks } from './rule-blanks';
import { emptyLastCell, isPipelessRow, isWrappedHeaderRest } from './pipeless';
import { splitUnderHeader } from './split-under-header';
import type { TableStyle, TextCell } from '../model';

export interface LogicalRow {
  cells: TextCell[];
  /** 'prose': a sentence, which names no label; it only separates table rows (no cells are made). */
  style: TableStyle | 'text' | 'prose';
  firstLine: number;
  lastLine: number;
  /** Values read from PDF text whose columns could not be decided by position (see grid.ts). */
  uncertain?: boolean;
  /** Read from plain pdftotext output, whose reading order page breaks may scramble (see pdfraw.ts). */
  scrambled?: boolean;
  /**
   * The row's own values in order, from text that keeps no trace of a blank cell's place (a text browser's dump:
   * one cell per line, or cells one space apart): fewer values than columns are that many blank cells, which
   * ones unknown.
   */
  unplacedBlanks?: boolean;
  /** Plain pdftotext output: the row's first number is a page's first text. */
  opensPage?: boolean;
  /** Table 四's fifteen numbers, in order by their own group sums (a browser's printout, ./printed.ts). */
  ordered?: boolean;
  /**
   * Table 四's numbers one per line after the litigation header given in blocks of unlike widths (plain pdftotext of
   * a printout: some columns' pieces alone, others' side by side): the litigation numbers' order is not proven.
   */
  blockOrder?: boolean;
  /** Table 四's fifteen numbers whose columns the stream proves for these groups only (./raw-table4-stream.ts): the others unread. */
  provenGroups?: number[];
  /** Plain pdftotext output: a repeated header's pieces came among the row's numbers (their order then unproven). */
  headerAmid?: boolean;
}

const NO_CELLS: TextCell[] = [];
/** A number alone on its line (a page's first line starts with the form feed: `\f0`). */
const BARE_VALUE = /^\f?[ \u00a0]*[0-9]+[ \u00a0]*$/;
/** A cell of plain pdftotext output on its own line: a count, a change (-3) or an amount (1.75). */
export const RAW_VALUE = /^-?[0-9]+(?:\.[0-9]+)?$/;
/** One number's digits spread by widened character spacing (1 2 4, 2 2 9 . 1 7, - 3). */
const RAW_SPREAD = /^(?:- )?[0-9](?: [0-9])*(?: \. [0-9](?: [0-9])*)?$/;
const RAW_START = /^\s*[-0-9]/;

/** The line's last character is a digit or white space (RAW_VALUE and RAW_SPREAD end with a digit once trimmed). */
function endsLikeValue(line: string): boolean {
  const c = line.charCodeAt(line.length - 1);
  return (c >= 48 && c <= 57) || WHITE_SPACE.test(line[line.length - 1]);
}
const WHITE_SPACE = /\s/;

/** A line of label text a row's numbers may follow (规章, 行政规范性文件, 事项): short, no sentence. */
function isShortLabel(row: LogicalRow): boolean {
  if (row.style !== 'text' || row.cells.length !== 1) return false;
  const n = [...row.cells[0].norm].length;
  return n >= 2 && n <= 30;
}

function cell(text: string, line: number, start: number, end: number): TextCell {
  return { text, norm: normalizeLabel(text), span: { line, start, end } };
}

/** A wrapped label's first piece and the row's first number one space apart (其他对外管理服 15), then numbers only. */
const LABEL_THEN_VALUE = /^(.*[\u4e00-\u9fff）)])[ \u00a0](-?[0-9]+(?:\.[0-9]+)?)$/;

/**
 * A row of PDF layout text whose label cell ends in a number one space after it, every other cell a number:
 * the label's column was too narrow for pdftotext to leave a wide gap before the first number (a table
 * reflowed to a printed page's width). The label and that number are two cells.
 */
function labelValueApart(cells: TextCell[]): TextCell[] {
  if (cells.length < 2 || !cells.slice(1).every(isNumber)) return cells;
  const m = LABEL_THEN_VALUE.exec(cells[0].text);
  if (!m) return cells;
  const { line, start, end } = cells[0].span;
  return [cell(m[1], line, start, start + m[1].length), cell(m[2], line, end - m[2].length, end), ...cells.slice(1)];
}

/** The same with the number's characters one space apart (1 . 8 6 1 0), and what they must make joined. */
const LABEL_THEN_SPREAD = /^(.*[\u4e00-\u9fff）)])[ \u00a0]((?:-|[0-9])(?: [0-9.])+)$/;
const ONE_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/**
 * A line that is a row label's start and its one number one space apart, the label's rest alone on the next line
 * (行政事业性收 0 / 费): a one-column table 二 row reflowed to a printed page, its label cell too narrow for a wide
 * gap. Only when the piece and the rest start a known row label; the label and the number are two cells.
 */
function labelThenValue(lines: readonly string[], line: number, start: number, end: number): TextCell[] | undefined {
  // (Asked of every line of text: one not ending in a digit, as prose does not, is settled without the pattern.)
  const c = lines[line].charCodeAt(end - 1);
  if (!(c >= 48 && c <= 57)) return undefined;
  const text = lines[line].slice(start, end);
  // (Or the number's characters spread one space apart by widened character spacing: 行政事业性收 1 . 8 6 1 0 / 费.)
  const m = LABEL_THEN_VALUE.exec(text) ?? LABEL_THEN_SPREAD.exec(text);
  // (The rest on the next line alone, and no number after it: a rest with numbers beside or after it comes with the
  // row's other cells, read as before.)
  const rest = lines[line + 1]?.trim() ?? '';
  if (!m || !rest || /[0-9]/.test(rest) || !isRowLabelStart(normalizeLabel(m[1] + rest)) || !oneValueRow(normalizeLabel(m[1] + rest))) return undefined;
  const joined = m[2].replace(/ /g, '');
  if (!ONE_NUMBER.test(joined)) return undefined;
  let after = line + 2;
  while (after < lines.length && lines[after].trim() === '') after++;
  if (RAW_START.test(lines[after] ?? '')) return undefined;
  const value = cell(joined, line, end - m[2].length, end);
  return [cell(m[1], line, start, start + m[1].length), joined === m[2] ? value : { ...value, spread: m[2] }];
}

/**
 * A table 二 row of several columns reflowed to a printed page (行政规范性文 0 / 件 / 0 / 0, plain pdftotext): the label's
 * start with the first column's number beside it, the label's rest alone on the next line, then the other columns'
 * numbers alone on their lines, exactly as many as the row lacks, before the next text. One row, in that order; a
 * page break among them, or another count of numbers, leaves the lines to be read as before.
 */
function labelFirstThenRest(lines: readonly string[], line: number, start: number, end: number): LogicalRow | undefined {
  const split = labelStartAndRest(lines, line, start, end, LABEL_THEN_VALUE);
  if (!split) return undefined;
  const { m, rest } = split;
  const norm = normalizeLabel(m[1] + rest);
  const rows = lookupDataRow(norm);
  if (!rows?.length || !rows.every((r) => r.table === 'table2')) return undefined;
  const columns = columnsOf(norm);
  if (columns < 2 || rows.some((r) => r.formats.some((f) => FORMATS[f].table2.find((d) => d.rows.some((x) => x.key === r.key))?.columns.length !== columns))) return undefined;
  const cells = [cell(m[1] + rest, line, start, start + m[1].length), cell(m[2], line, end - m[2].length, end)];
  let k = line + 2;
  for (; k < lines.length; k++) {
    if (lines[k].startsWith('\f')) return undefined;
    const t = lines[k].trim();
    if (!t) continue;
    if (!ONE_NUMBER.test(t)) break;
    if (cells.length > columns) return undefined;
    const at = lines[k].indexOf(t);
    cells.push(cell(t, k, at, at + t.length));
  }
  if (cells.length !== columns + 1) return undefined;
  return { cells, style: 'spaced', firstLine: line, lastLine: cells[cells.length - 1].span.line };
}

/**
 * A line ending in a digit whose label's start (`re`'s first group) is no row label by itself, and the label's rest
 * alone on the next line (short, no digit): the two shapes of a row label wrapped round its numbers below.
 */
function labelStartAndRest(lines: readonly string[], line: number, start: number, end: number, re: RegExp): { m: RegExpExecArray; rest: string } | undefined {
  const c = lines[line].charCodeAt(end - 1);
  if (!(c >= 48 && c <= 57)) return undefined;
  const m = re.exec(lines[line].slice(start, end));
  const rest = lines[line + 1]?.trim() ?? '';
  if (!m || !rest || rest.length > REST_MAX || /[0-9]/.test(rest) || isKnownLabel(normalizeLabel(m[1]))) return undefined;
  return { m, rest };
}

/** A label's start, then numbers each one space after the last (one-space text: pdfplumber). */
const LABEL_THEN_NUMBERS = /^(.*[\u4e00-\u9fff）)])[ \u00a0]((?:-|-?[0-9][0-9.]*)(?: (?:-|-?[0-9][0-9.]*))+)$/;
/** How long a label's rest on the next line may be (事 项, 费). */
const REST_MAX = 8;

/**
 * A row label's start and the row's numbers one space apart, the label's rest alone on the next line
 * (其他对外管理服务 0 0 1 3 4 / 事 项): one-space text of a row whose label wraps in its cell. One row, its numbers
 * each a cell (the spread-digit reader joins them where it can), when the start is no row label by itself and the
 * two pieces make one; `undefined` otherwise.
 */
function labelNumbersThenRest(lines: readonly string[], line: number, start: number, end: number): LogicalRow | undefined {
  const split = labelStartAndRest(lines, line, start, end, LABEL_THEN_NUMBERS);
  if (!split) return undefined;
  const { m, rest } = split;
  // (At least a piece per column: fewer are a number spread apart or blank cells, which the line does not tell —
  // 其他对外管理 4 3 / 服务事项 of a printed page is 43, its other cells elsewhere.)
  const pieces = m[2].split(' ');
  const columns = columnsOf(normalizeLabel(m[1] + rest));
  if (!columns || pieces.length < columns) return undefined;
  let after = line + 2;
  while (after < lines.length && lines[after].trim() === '') after++;
  if (RAW_START.test(lines[after] ?? '')) return undefined;
  const cells = [cell(m[1] + rest.replace(/\s+/g, ''), line, start, start + m[1].length)];
  let at = end - m[2].length;
  for (const piece of pieces) {
    cells.push(cell(piece, line, at, at + piece.length));
    at += piece.length + 1;
  }
  return { cells, style: 'spaced', firstLine: line, lastLine: line + 1 };
}

/** The fewest columns a row of that label has in any format (its table 二 sub-table's, or table 三's), or 0 for no row. */
function columnsOf(norm: string): number {
  let fewest = 0;
  for (const r of lookupDataRow(norm) ?? []) {
    for (const f of r.formats) {
      const n = r.table === 'table2' ? FORMATS[f].table2.find((d) => d.rows.some((x) => x.key === r.key))?.columns.length ?? 0
        : r.table === 'table3' ? FORMATS[f].table3Columns.length : 0;
      if (n && (!fewest || n < fewest)) fewest = n;
    }
  }
  return fewest;
}

/** A table 二 row whose sub-table has one column (2021's 行政事业性收费: 本年收费金额), in some format. */
function oneValueRow(norm: string): boolean {
  return table2RowOf(norm, 1);
}

/** A table 二 row of that label whose sub-table has `columns` columns, in some format. */
function table2RowOf(norm: string, columns: number): boolean {
  return !!lookupDataRow(norm)?.some((r) => r.table === 'table2' && r.formats.some((f) => FORMATS[f].table2.some((d) => d.columns.length === columns && d.rows.some((x) => x.key === r.key))));
}

/**
 * A row label's start and its first number one space apart, then on the next line the label's rest and the row's other
 * numbers (行政规范性文 0 / 件    0    0): a table 二 row reflowed to a printed page. One row, when the pieces make a
 * table 二 row's label and the numbers are exactly its sub-table's columns.
 */
function wrappedBesideNumbers(lex: LineToken[], lines: readonly string[], line: number, start: number, end: number): LogicalRow | undefined {
  const c = lines[line].charCodeAt(end - 1);
  if (!(c >= 48 && c <= 57) || lex[line + 1]?.kind !== LineKind.Spaced) return undefined;
  // (The first number's digits may be spread by widened character spacing: 其他对外管理 4 3 / 服务事项  0  0.)
  const m = LABEL_THEN_VALUE.exec(lines[line].slice(start, end)) ?? LABEL_THEN_SPREAD.exec(lines[line].slice(start, end));
  const [rest, ...values] = lex[line + 1].cells!.map((x) => cell(x.text, line + 1, x.start, x.end));
  if (!m || !values.length || /[0-9]/.test(rest.text) || !values.every(isNumber)) return undefined;
  const joined = m[2].replace(/ /g, '');
  if (!ONE_NUMBER.test(joined)) return undefined;
  const label = m[1] + rest.text;
  if (!table2RowOf(normalizeLabel(label), values.length + 1)) return undefined;
  const first = cell(label, line, start, start + m[1].length);
  const value = cell(joined, line, end - m[2].length, end);
  return { cells: [first, joined === m[2] ? value : { ...value, spread: m[2] }, ...values], style: 'spaced', firstLine: line, lastLine: line + 1 };
}

/** Two lines of plain pdftotext output that are one label (a row's or a column's) only together. */
function joinsLabel(a: string, b: string): boolean {
  if (b.length > 8 || [...b].length > 4 || isKnownLabel(normalizeLabel(a))) return false;
  // A label distributed over its cell comes one character per line (3. / 其 / 他): each one joins while the label is begun.
  return isKnownLabel(normalizeLabel(a + b)) || (ONE_CJK.test(b.trim()) && isRowLabelStart(normalizeLabel(a + b)));
}
const ONE_CJK = /^[\u3400-\u9fff]$/;

/** A line that is a value cell of plain pdftotext output following a row label or its other values. */
function rawValue(rows: LogicalRow[], bare: LogicalRow | undefined, lines: readonly string[], i: number): boolean {
  // Asked of every line of text: both forms start with a digit or a minus sign, and end with a digit (a line
  // ending in anything but a digit or white space, as prose does, is settled without trimming it).
  if (!RAW_START.test(lines[i]) || !endsLikeValue(lines[i])) return false;
  const t = lines[i].trim();
  if (!RAW_VALUE.test(t) && !RAW_SPREAD.test(t)) return false;
  const last = rows[rows.length - 1];
  // Cells stand between blank lines there; a spaced line right under a label may be a row of its own,
  // unless more numbers follow one per line (mutool: 行政规范性文件 / 1 5 / 7 / 1 5, or / 6 6 / 5 2 / 0).
  if (!last) return false;
  if (last === bare) return true;
  if (!isShortLabel(last)) return false;
  const next = (lines[i + 1] ?? '').trim();
  return (lines[i - 1] ?? '').trim() === '' || (last.lastLine === i - 1 && (RAW_VALUE.test(next) || RAW_SPREAD.test(next)));
}

/** The value on line i added to the row of bare numbers (a new one after a label). */
function addBare(rows: LogicalRow[], bare: LogicalRow | undefined, lines: readonly string[], i: number): LogicalRow {
  const t = lines[i].trim();
  const start = lines[i].indexOf(t);
  if (rows[rows.length - 1] !== bare || !bare) {
    bare = { cells: [], style: 'spaced', firstLine: i, lastLine: i, scrambled: true };
    // (Unless it is the page's ordinal: a page number at the page's top.)
    if (lines[i].startsWith('\f') && Number(lines[i].trim()) !== pageOrdinal(lines, i)) bare.opensPage = true;
    rows.push(bare);
  }
  const c = cell(t.replace(/ /g, ''), i, start, start + t.length);
  if (t.includes(' ')) c.spread = t;
  bare.cells.push(c);
  bare.lastLine = i;
  return bare;
}

/**
 * Rows of lines [from, to) — `lex[i]` is the token of line i (`lines[i]` its text, for the positional
 * reader of PDF tables). Section headings end nothing here.
 */
export function buildRows(lex: LineToken[], from: number, to: number, lines: readonly string[]): LogicalRow[] {
  const rows: LogicalRow[] = [];
  let group: LogicalRow | undefined;
  /** The row of bare numbers being collected (plain pdftotext output). */
  let bare: LogicalRow | undefined;
  /** The merged header cells over the tab rows below (python-docx writes a merged cell once per column). */
  let headerRuns: Run[] = [];
  /** The index the next row starts with, under a pandas DataFrame's header of column numbers (-1: none). */
  let frameRow = -1;
  /** A row of the block so far was written without outer pipes (html2text): so are its pipe rows (./pipeless.ts). */
  let pipeless = false;
  const closeGroup = () => {
    if (group) rows.push(group);
    group = undefined;
  };
  const view = lineView(lex, lines, from, to);
  /** Bare page numbers, found when the first number alone on its line is met (plain pdftotext output). */
  let pages: ReadonlySet<number> | undefined;
  const isPageNumber = (i: number) => (pages ??= pageNumberLines(lines)).has(i);
  // The line readers for copied text (PDF grid, browser copy) stop where a converter's table starts: an HTML
  // table or turndown's rows of paragraphs (a title paragraph right above one is no header of theirs).
  // Which markup the block's lines have at all (and the two lines after: a loose pipe row's cue is two lines down):
  // the readers of HTML tables, grid tables and pipe rows each start with a line holding their character.
  let lt = false;
  let plus = false;
  let pipe = false;
  for (let i = from, end = Math.min(to + 2, lines.length); i < end; i++) {
    const line = lines[i];
    lt ||= line.indexOf('<') >= 0;
    plus ||= line.indexOf('+') >= 0;
    pipe ||= line.indexOf('|') >= 0;
  }
  let seen = false;
  if (lt || pipe) for (let i = from; i < to && !seen; i++) seen = lines[i].indexOf('<table') >= 0 || opensParagraphRow(lines, i);
  /** The last pandoc rule of dashes above, in the block or its table above it (its runs keep a blank cell's place). */
  let rule: RuleRun[] | undefined;
  let ruleSought = false;
  /** The rule's run where a full row's values start (pandoc's simple table): a blank first value is placed by it. */
  let valueRun: number | undefined;
  let nextStart = -1;
  const nextConverted = (i: number) => {
    if (nextStart <= i) {
      nextStart = to;
      for (let k = i + 1; k < to; k++) if (startsHtmlTable(lines[k]) || opensParagraphRow(lines, k)) { nextStart = k; break; }
    }
    return nextStart;
  };
  for (let i = from; i < to; i++) {
    const tok = lex[i];
    const ruleHere = ruleRuns(lines[i]);
    if (ruleHere) {
      rule = ruleHere;
      valueRun = undefined;
    }
    if (!ruleSought && tok.kind === LineKind.Spaced) {
      ruleSought = true;
      rule ??= ruleAbove(lines, from);
    }
    const stop = seen ? nextConverted(i) : to;
    let copied = cellLineRowsAt(view, i);
    if (copied && copied.end > stop) copied = undefined;
    // Plain pdftotext's table 四 whose header's pieces prove its numbers' columns, all or some groups' (the others' order
    // unproven), is read so rather than by the one-cell-a-line reader, which takes `结果维持` / `0` / `结果纠正` / `0` … for
    // a header cell and a row each (variant seed v009, v021 print-raw).
    const proven = copied ? rawTable4Stream(lex, lines, i, stop) : undefined;
    if (proven) copied = proven;
    const grid = (lt ? htmlTableRowsAt(lines, i, to) : undefined) ?? (plus ? gridTableRowsAt(lines, i, to) : undefined)
      ?? (pipe ? brokenPipeRowsAt(lines, i, to) ?? loosePipeRowsAt(lines, i, to) : undefined) ?? copied
      ?? readGridAt(lex, i, stop, lines);
    if (grid) {
      closeGroup();
      for (const r of grid.rows) rows.push(r);
      i = grid.end - 1;
      continue;
    }
    switch (tok.kind) {
      case LineKind.OneCell: {
        const c = tok.cells![0];
        if (!group) group = { cells: [], style: 'cells', firstLine: i, lastLine: i };
        group.cells.push(cell(c.text, i, c.start, c.end));
        group.lastLine = i;
        break;
      }
      case LineKind.Text: {
        const c = tok.cells![0];
        if (!group && rawValue(rows, bare, lines, i)) {
          // A bare page number (3) among a row's numbers is no cell (see page-numbers.ts).
          if (!isPageNumber(i)) bare = addBare(rows, bare, lines, i);
          break;
        }
        // A label wrapped onto the next line in plain pdftotext output (行政规范性文 / 件, 上一年项目数 / 量).
        const prev = rows[rows.length - 1];
        // (mutool puts a blank line between them: 其他对外管理服务 / / 事项.)
        if (!group && !tok.sub && prev?.style === 'text' && (prev.lastLine === i - 1 || (prev.lastLine === i - 2 && lines[i - 1].trim() === '')) && joinsLabel(prev.cells[0].text, c.text)) {
          const joined = prev.cells[0].text + c.text;
          prev.cells = [{ ...prev.cells[0], text: joined, norm: normalizeLabel(joined) }];
          prev.lastLine = i;
          break;
        }
        // Inside a one-cell group, a line without the leading tab continues the cell above (商业 / 企业).
        if (group && !tok.sub && c.text.length <= 20) {
          const last = group.cells[group.cells.length - 1];
          last.text += c.text;
          last.norm = normalizeLabel(last.text);
          group.lastLine = i;
          break;
        }
        closeGroup();
        const beside = !tok.sub ? wrappedBesideNumbers(lex, lines, i, c.start, c.end) ?? labelNumbersThenRest(lines, i, c.start, c.end) : undefined;
        if (beside) {
          rows.push(beside);
          i++;
          break;
        }
        const first = !tok.sub ? labelFirstThenRest(lines, i, c.start, c.end) : undefined;
        if (first) {
          rows.push(first);
          i = first.lastLine;
          break;
        }
        const apart = !tok.sub ? labelThenValue(lines, i, c.start, c.end) : undefined;
        if (apart) rows.push({ cells: apart, style: 'spaced', firstLine: i, lastLine: i });
        else if (!tok.sub && isProse(c.text)) rows.push({ cells: NO_CELLS, style: 'prose', firstLine: i, lastLine: i });
        else rows.push({ cells: [cell(c.text, i, c.start, c.end)], style: 'text', firstLine: i, lastLine: i });
        break;
      }
      case LineKind.Tabbed:
      case LineKind.Pipe:
      case LineKind.Spaced:
        if (!group && rawValue(rows, bare, lines, i)) { bare = addBare(rows, bare, lines, i); break; }
        closeGroup();
        let cells = tok.cells!.map((c) => cell(c.text, i, c.start, c.end));
        if (tok.kind === LineKind.Spaced) cells = labelValueApart(cells);
        // Two cells' numbers one space apart under a narrow header (a browser's printout): parted by the header's words.
        if (tok.kind === LineKind.Spaced && !rule) cells = splitUnderHeader(cells, lines, i) ?? cells;
        if (tok.kind === LineKind.Spaced && rule) {
          cells = withRuleBlanks(cells, rule, lines[i], valueRun);
          valueRun ??= firstValueRun(cells, rule, lines[i]);
        }
        if (tok.kind !== LineKind.Pipe) pipeless ||= isPipelessRow(lines[i]);
        else if (pipeless) {
          // html2text's table without outer pipes (./pipeless.ts): a wrapped header's rest, an empty last cell.
          const prev = rows[rows.length - 1];
          if (prev?.lastLine === i - 1 && prev.style === 'tab' && isPipelessRow(lines[i - 1]) && isWrappedHeaderRest(lines[i - 1], prev.cells, cells)) {
            prev.cells = [...prev.cells, ...cells];
            prev.lastLine = i;
            break;
          }
          const last = emptyLastCell(lines[i], i);
          if (last) cells.push(last);
        }
        if (tok.kind === LineKind.Tabbed || tok.kind === LineKind.Pipe) {
          if (isFrameHeader(cells)) { frameRow = 0; break; }
          if (frameRow >= 0) {
            const row = withoutFrameIndex(cells, frameRow);
            frameRow = row ? frameRow + 1 : -1;
            if (row) cells = row;
          }
          if (hasRepeats(cells)) {
            headerRuns = headerRunsOf(cells) ?? headerRuns;
            cells = collapseRepeats(cells, headerRuns);
          } else if (headerRuns.length) {
            if (cells.some(isNumber)) cells = collapseRepeats(cells, headerRuns);
            else headerRuns = [];
          }
        }
        rows.push({
          cells,
          style: tok.kind === LineKind.Tabbed ? 'tab' : tok.kind === LineKind.Pipe ? 'pipe' : 'spaced',
          firstLine: i,
          lastLine: i,
        });
        break;
      case LineKind.PageNumber: {
        // Plain pdftotext output puts each number of a table row on a line of its own after the
        // row's label: those bare numbers are the row's values, not page numbers.
        const last = rows[rows.length - 1];
        if (!group && BARE_VALUE.test(lines[i]) && last && (last === bare || isShortLabel(last)) && !isPageNumber(i)) bare = addBare(rows, bare, lines, i);
        // A page break inside a group does not end the row (seed 004 row 5).
        break;
      }
      case LineKind.PipeDelimiter:
        pipeless = isPipelessRow(lines[i]);
        break;
      default:
        closeGroup();
    }
  }
  closeGroup();
  return rows;
}
