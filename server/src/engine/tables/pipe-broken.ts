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
  if (lines[i].indexOf('|') < 0) return undefined;
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
