/**
 * Pipe rows whose cells hold paragraphs (turndown's GFM tables of Word/LibreOffice pages): each cell's text
 * sits between blank lines, the pipes on lines of their own —
 *   `|` · blank · `一、本年新收…` · blank · `|` · blank · `176` · blank · `|` — and a row ends on a pipe
 * line not followed by a blank one. Read as the row's fields, one per cell, as a browser copy gives them.
 */
import { normalizeLabel } from '../text/normalize';
import type { TextCell } from '../model';
import type { LogicalRow } from './rows';

const PIPE_ONLY = /^[ \t\u00a0]*\|[ \t\u00a0]*$/;
const DELIMITER = /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/;
const LOOSE_DELIMITER = /^\s*:?-{2,}:?(?:\s*\|\s*:?-{2,}:?)+\s*$/;
const blank = (line: string | undefined) => line !== undefined && line.trim() === '';
/** A cell's paragraphs: a few short lines (a label wrapped by hand at most). */
const CELL_LINES = 6;
const CELL_CHARS = 120;

/** One row starting at the pipe line i: its cells and the line after its closing pipe. */
function rowAt(lines: readonly string[], i: number, to: number): { row: LogicalRow; next: number } | undefined {
  if (!PIPE_ONLY.test(lines[i]) || !blank(lines[i + 1])) return undefined;
  const cells: TextCell[] = [];
  let j = i;
  // j is on a pipe line that a blank line follows: one more cell comes.
  while (j < to && PIPE_ONLY.test(lines[j]) && blank(lines[j + 1])) {
    let k = j + 1;
    const parts: { line: number; text: string; start: number }[] = [];
    let cellEnds = true;
    while (k < to && !PIPE_ONLY.test(lines[k])) {
      const t = lines[k].trim();
      if (t) {
        if (t.startsWith('|') || t.length > CELL_CHARS || parts.length >= CELL_LINES) { cellEnds = false; break; }
        parts.push({ line: k, text: t, start: lines[k].indexOf(t) });
      }
      k++;
    }
    // No closing pipe: the table ended at line j (the last row's closing pipe, then a blank line and text).
    if (!cellEnds || k >= to) break;
    const text = parts.map((p) => p.text).join('');
    const at = parts[0] ?? { line: k, start: lines[k].indexOf('|') };
    cells.push({ text, norm: normalizeLabel(text), span: { line: at.line, start: at.start, end: at.start + (parts.length === 1 ? parts[0].text.length : 0) } });
    j = k;
  }
  // The closing pipe (the last cell's right edge) is line j.
  if (cells.length < 2) return undefined;
  return { row: { cells, style: 'tab', firstLine: i, lastLine: j }, next: j + 1 };
}

/** The rows of such a table from line i, or undefined when line i starts none. */
export function brokenPipeRowsAt(lines: readonly string[], i: number, to: number): { rows: LogicalRow[]; end: number } | undefined {
  const first = lines[i];
  if (first.indexOf('|') < 0 || first.trim().length > 1 && !DELIMITER.test(first)) return undefined;
  const rows: LogicalRow[] = [];
  let j = i;
  for (;;) {
    while (j < to && DELIMITER.test(lines[j])) j++;
    const r = j < to ? rowAt(lines, j, to) : undefined;
    if (!r) break;
    rows.push(r.row);
    j = r.next;
  }
  return rows.length ? { rows, end: j } : undefined;
}

/** A cell's paragraph in Python html2text's tables of such pages: text, then a blank line, then the pipe. */
function looseCellEnd(lines: readonly string[], k: number, to: number): boolean {
  return k + 2 < to && blank(lines[k + 1]) && PIPE_ONLY.test(lines[k + 2]);
}

/**
 * Python html2text writes the same tables without outer pipes: `一、本年新收…` · blank · `|` · blank · `176`
 * · blank · `|` … `176␣␣`; a row ends at a cell no pipe follows. Rows from line i, or undefined.
 */
export function loosePipeRowsAt(lines: readonly string[], i: number, to: number): { rows: LogicalRow[]; end: number } | undefined {
  // The cheap cue first (this runs for every line of a table region): a pipe two lines down.
  const pipe = lines[i + 2];
  if (pipe === undefined || pipe.indexOf('|') < 0) return undefined;
  if (blank(lines[i]) || PIPE_ONLY.test(lines[i]) || !looseCellEnd(lines, i, to)) return undefined;
  const rows: LogicalRow[] = [];
  let j = i;
  while (j < to) {
    while (j < to && (blank(lines[j]) || LOOSE_DELIMITER.test(lines[j]))) j++;
    if (j >= to || PIPE_ONLY.test(lines[j]) || (rows.length && !looseCellEnd(lines, j, to) && !isLastCell(lines, j, to))) break;
    const cells: TextCell[] = [];
    const firstLine = j;
    for (;;) {
      const t = lines[j].trim();
      if (t.length > CELL_CHARS) return rows.length ? { rows, end: firstLine } : undefined;
      const start = lines[j].indexOf(t);
      cells.push({ text: t, norm: normalizeLabel(t), span: { line: j, start, end: start + t.length } });
      if (!looseCellEnd(lines, j, to)) break;
      let pipe = j + 2;
      j += 3;
      // An empty cell: the next pipe right after this one, or a line of spaces (html2text's hard break) —
      // then another pipe, or the end of the row when none follows.
      let ended = false;
      for (;;) {
        while (j < to && lines[j] === '') j++;
        if (j < to && blank(lines[j])) {
          let k = j + 1;
          while (k < to && lines[k] === '') k++;
          cells.push(emptyAfter(lines, pipe));
          if (k < to && PIPE_ONLY.test(lines[k])) { pipe = k; j = k + 1; continue; }
          ended = true;
          break;
        }
        if (j >= to || !PIPE_ONLY.test(lines[j])) break;
        cells.push(emptyAfter(lines, pipe));
        pipe = j++;
      }
      if (ended || j >= to) break;
    }
    if (cells.length < 2) break;
    rows.push({ cells, style: 'tab', firstLine, lastLine: j });
    j++;
  }
  return rows.length ? { rows, end: j } : undefined;
}

/** An empty cell right after the pipe on line `pipe`. */
function emptyAfter(lines: readonly string[], pipe: number): TextCell {
  const at = lines[pipe].indexOf('|') + 1;
  return { text: '', norm: '', span: { line: pipe, start: at, end: at } };
}

/** The last cell of a row: a short value or label line ending the row with a hard break (two spaces). */
function isLastCell(lines: readonly string[], j: number, to: number): boolean {
  return j < to && /\S {2}$/.test(lines[j]) && lines[j].trim().length <= CELL_CHARS;
}
