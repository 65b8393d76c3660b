/**
 * Tables whose cells stand one per line, as two common conversions leave them:
 * - a web page copied from a browser when its cells hold paragraphs (Word's "save as web page",
 *   LibreOffice's HTML): a line holding only a tab between two cells, a single blank line between the
 *   paragraphs of one cell, several blank lines between rows (`webRowsAt`);
 * - text saved out of Word or LibreOffice: every cell on its own line in row order, a blank cell an
 *   empty line, nothing between rows (`sequenceRowsAt`): a row is its label and the value lines after it.
 * Both give logical rows with every field in its place, so the values are read by position.
 */
import { LineKind, LineToken } from '../text/lines';
import { looksLikeValue, normalizeLabel } from '../text/normalize';
import { lookupColumn, lookupDataRow, lookupHeaderWord, lookupRow, lookupVariant } from './labels';
import { FORMAT_2019, FORMAT_2021, TableId } from '../format';
import type { LogicalRow } from './rows';
import type { TextCell } from '../model';

const TAB_ONLY = /^[ \u00a0\u3000]*\t[ \t\u00a0\u3000]*$/;
/** Cell texts are short; a line longer than this is prose, which ends a table. */
const CELL_MAX = 80;

function isTabOnly(line: string | undefined): boolean {
  return line !== undefined && TAB_ONLY.test(line);
}
/** An empty line (a line holding a tab is a cell separator or an empty cell, never blank). */
function isBlank(line: string | undefined): boolean {
  return line !== undefined && line.trim() === '' && !line.includes('\t');
}
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
  while (j < to) {
    const line = lines[j];
    if (isTabOnly(line)) {
      cells.push(joinCell(parts, j));
      parts = [];
      tabs++;
      last = j;
      const next = blanksFrom(lines, j + 1, to);
      const gap = next - (j + 1);
      j = next;
      if (gap >= 2 && !(next < to && isTabOnly(lines[next]))) {
        // An empty last cell, then the row ends.
        cells.push(joinCell([], j));
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
    if (gap >= 2 || next >= to) {
      cells.push(joinCell(parts, last));
      parts = [];
      break;
    }
  }
  if (parts.length) cells.push(joinCell(parts, last));
  if (tabs === 0) return undefined;
  return { row: { cells, style: 'tab', firstLine: i, lastLine: last }, end: j };
}

/** Rows of the browser-copy layout starting at line i, while each row has cells separated by tab lines. */
export function webRowsAt(lex: LineToken[], i: number, to: number, lines?: readonly string[]): { rows: LogicalRow[]; end: number } | undefined {
  if (!lines || lex[i].kind === LineKind.Blank || lex[i].kind === LineKind.Section) return undefined;
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
  const labels = lookupDataRow(norm);
  if (!labels) return undefined;
  let widest = 0;
  for (const l of labels) {
    if (l.table === 'table3') widest = Math.max(widest, FORMAT_2021.table3Columns.length);
    else if (l.table === 'table4') widest = Math.max(widest, FORMAT_2021.table4Groups[0].columns.length);
    else for (const f of [FORMAT_2021, FORMAT_2019]) for (const s of f.table2) if (s.rows.some((r) => r.key === l.key)) widest = Math.max(widest, s.columns.length);
  }
  return widest || undefined;
}

function isValueLine(line: string | undefined): boolean {
  if (line === undefined) return false;
  const t = line.trim();
  return t !== '' && !line.includes('\t') && looksLikeValue(t);
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
 * Text saved out of Word: at a row label followed at once by a value line, the row is the label and the
 * value lines after it (a blank line is a blank cell) up to the most cells its table has; a run of header
 * cells on their own lines is one header row; a run of values after a header (table 四) is one row.
 */
export function sequenceRowsAt(lex: LineToken[], i: number, to: number, lines?: readonly string[]): { rows: LogicalRow[]; end: number } | undefined {
  if (!lines) return undefined;
  const tok = lex[i];
  if (tok.kind !== LineKind.Text) return undefined;
  const line = lines[i];
  // A label followed by its values: the values are on the very next line (pdftotext's plain output puts
  // a blank line between its runs, where a blank means nothing, so it is not read this way).
  const norm = normalizeLabel(tok.cells![0].text);
  const widest = widestRow(norm);
  if (widest !== undefined && (isValueLine(lines[i + 1]) || (isBlank(lines[i + 1]) && isValueLine(lines[i + 2]) && isValueLine(lines[i + 3])))) {
    const cells: TextCell[] = [textCell(lines, i)];
    let j = i + 1;
    while (j < to && cells.length <= widest && (isValueLine(lines[j]) || isBlank(lines[j]))) {
      cells.push(isBlank(lines[j]) ? { text: '', norm: '', span: { line: j, start: 0, end: 0 } } : textCell(lines, j));
      j++;
    }
    return { rows: [{ cells, style: 'cells', firstLine: i, lastLine: j - 1 }], end: j };
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
    // Word's text ends a header at the first row label or number; in PDF text a header's pieces go on
    // (商业企 / 业), and ./grid.ts reads them by position.
    // Table 四's numbers follow its header at once (in PDF text a number can sit among header pieces).
    const after = lines[j];
    const numbersNext = isValueLine(after) && !isBlank(lines[j - 1]) && cells.some((c) => isHeaderLine(c.text) === 'table4');
    if (j >= to || !(numbersNext || widestRow(normalizeLabel(after.trim())) !== undefined)) return undefined;
    const rows: LogicalRow[] = [{ cells, style: 'cells', firstLine: i, lastLine: j - 1 }];
    // Values straight after the header: table 四's one row of numbers.
    if (numbersNext) {
      const values: TextCell[] = [];
      const first = j;
      while (j < to && (isValueLine(lines[j]) || isBlank(lines[j]))) {
        values.push(isBlank(lines[j]) ? { text: '', norm: '', span: { line: j, start: 0, end: 0 } } : textCell(lines, j));
        j++;
      }
      while (values.length > FORMAT_2021.table4Groups.length * 5 && values[values.length - 1].text === '') { values.pop(); j--; }
      rows.push({ cells: values, style: 'cells', firstLine: first, lastLine: j - 1 });
    }
    return { rows, end: j };
  }
  return undefined;
}

