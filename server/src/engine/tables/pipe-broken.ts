/**
 * Pipe rows whose cells hold paragraphs (turndown's GFM tables of Word/LibreOffice pages): each cell's text
 * sits between blank lines, the pipes on lines of their own —
 *   `|` · blank · `一、本年新收…` · blank · `|` · blank · `176` · blank · `|` — and a row ends on a pipe
 * line not followed by a blank one. Read as the row's fields, one per cell, as a browser copy gives them.
 * A cell with no paragraph at all (mammoth's `<td></td>`) is nothing between two pipes of one line: ` |  | `
 * between cells, ` |  |` at the row's end.
 */
import { normalizeLabel } from '../text/normalize';
import type { TextCell } from '../model';
import type { LogicalRow } from './rows';

const PIPE_ONLY = /^[ \t\u00a0]*\|[ \t\u00a0]*$/;
/** Pipes with only spaces between them: empty cells (`␣|␣␣|␣`). */
const PIPES_ONLY = /^[ \t\u00a0]*\|(?:[ \t\u00a0]*\|)+[ \t\u00a0]*$/;
const isPipeLine = (line: string) => PIPE_ONLY.test(line) || PIPES_ONLY.test(line);
const SPACE_AFTER_PIPE = /\|[ \t\u00a0]+$/;
const HARD_BREAK_PIPE = /^\|[ \t]{2,}$/;
/** html2text's pipe between cells: `|` alone at the line's start (`|␣␣` when the row's last cell is empty). */
const LOOSE_PIPE = /^\|(?: {2,})?$/;
const DELIMITER = /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/;
const LOOSE_DELIMITER = /^\s*:?-{2,}:?(?:\s*\|\s*:?-{2,}:?)+\s*$/;
const blank = (line: string | undefined) => line !== undefined && line.trim() === '';
/** A cell's paragraphs: a few short lines (a label wrapped by hand at most). */
const CELL_LINES = 6;
const CELL_CHARS = 120;

/** Line i opens a row of paragraph cells: `| ` with text (or a blank line) under it. */
export function opensParagraphRow(lines: readonly string[], i: number): boolean {
  const line = lines[i];
  return line.length <= 4 && PIPE_ONLY.test(line) && SPACE_AFTER_PIPE.test(line) && i + 1 < lines.length && !PIPE_ONLY.test(lines[i + 1]);
}

/** One row starting at the pipe line i: its cells and the line after its closing pipe. */
function rowAt(lines: readonly string[], i: number, to: number): { row: LogicalRow; next: number } | undefined {
  // `| ` opens a row (its first cell's text right below, or after a blank line).
  if (!PIPE_ONLY.test(lines[i]) || !SPACE_AFTER_PIPE.test(lines[i]) || i + 1 >= to || PIPE_ONLY.test(lines[i + 1])) return undefined;
  const cells: TextCell[] = [];
  let j = i;
  // j is on a pipe line with a space after it (turndown writes ` | ` between cells and ` |` at the row's end):
  // one more cell comes.
  while (j < to && isPipeLine(lines[j]) && (j === i || (SPACE_AFTER_PIPE.test(lines[j]) && blank(lines[j + 1])))) {
    let k = j + 1;
    const parts: { line: number; text: string; start: number }[] = [];
    let cellEnds = true;
    while (k < to && !isPipeLine(lines[k])) {
      const t = lines[k].trim();
      if (t) {
        if (t.startsWith('|') || t.length > CELL_CHARS || parts.length >= CELL_LINES) { cellEnds = false; break; }
        parts.push({ line: k, text: t, start: lines[k].indexOf(t) });
      }
      k++;
    }
    if (!cellEnds || k >= to) return undefined;
    const text = parts.map((p) => p.text).join('');
    const at = parts[0] ?? { line: k, start: lines[k].indexOf('|') };
    cells.push({ text, norm: normalizeLabel(text), span: { line: at.line, start: at.start, end: at.start + (parts.length === 1 ? parts[0].text.length : 0) } });
    j = k;
    // Each further pipe on the closing line closes an empty cell.
    for (let p = lines[k].indexOf('|'), q = lines[k].indexOf('|', p + 1); q >= 0; p = q, q = lines[k].indexOf('|', q + 1)) {
      cells.push({ text: '', norm: '', span: { line: k, start: p + 1, end: p + 1 } });
    }
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
  return k + 2 < to && blank(lines[k + 1]) && LOOSE_PIPE.test(lines[k + 2]);
}

/**
 * Python html2text writes the same tables without outer pipes: `一、本年新收…` · blank · `|` · blank · `176`
 * · blank · `|` … `176␣␣`. A row ends at a cell no pipe follows; an empty cell is nothing between two pipes,
 * a line of spaces (its hard break), or `|␣␣` for the row's last; a row may start with an empty cell (a pipe
 * first). Rows from line i, or undefined.
 */
export function loosePipeRowsAt(lines: readonly string[], i: number, to: number): { rows: LogicalRow[]; end: number } | undefined {
  // The cheap cue first (this runs for every line of a table region): a pipe two lines down.
  const cue = lines[i + 2];
  if (cue === undefined || cue.indexOf('|') < 0) return undefined;
  if (blank(lines[i]) || LOOSE_PIPE.test(lines[i]) || !looseCellEnd(lines, i, to)) return undefined;
  // Inside a row that opened with `| ` (turndown's), not a table of this kind.
  if (i > 0 && PIPE_ONLY.test(lines[i - 1])) return undefined;
  const rows: LogicalRow[] = [];
  let j = i;
  while (j < to) {
    while (j < to && (blank(lines[j]) || LOOSE_DELIMITER.test(lines[j]))) j++;
    if (j >= to) break;
    const startsEmpty = LOOSE_PIPE.test(lines[j]);
    if (startsEmpty ? !rows.length : !looseCellEnd(lines, j, to)) break;
    const firstLine = j;
    const cells: TextCell[] = [];
    if (!startsEmpty) {
      const text = textCell(lines, j);
      if (!text) break;
      cells.push(text);
      j += 2;
    } else {
      cells.push(emptyAfter(lines, j, 0));
    }
    // j is on a pipe line.
    for (;;) {
      const pipe = j;
      // `|␣␣`: the row's last cell is empty.
      if (HARD_BREAK_PIPE.test(lines[pipe])) { cells.push(emptyAfter(lines, pipe)); j++; break; }
      j++;
      while (j < to && lines[j] === '') j++;
      if (j >= to) break;
      if (LOOSE_PIPE.test(lines[j])) { cells.push(emptyAfter(lines, pipe)); continue; }
      if (blank(lines[j])) {
        // An empty cell written as its hard break: another pipe follows, or the row ended.
        let k = j + 1;
        while (k < to && lines[k] === '') k++;
        cells.push(emptyAfter(lines, pipe));
        j = k;
        if (k < to && LOOSE_PIPE.test(lines[k])) continue;
        break;
      }
      const text = textCell(lines, j);
      if (!text) return rows.length ? { rows, end: firstLine } : undefined;
      cells.push(text);
      if (looseCellEnd(lines, j, to)) { j += 2; continue; }
      j++;
      break;
    }
    if (cells.length < 2) return rows.length ? { rows, end: firstLine } : undefined;
    rows.push({ cells, style: 'tab', firstLine, lastLine: Math.max(firstLine, j - 1) });
  }
  return rows.length ? { rows, end: j } : undefined;
}

/** A cell's text on line j, or undefined when the line is too long for a cell (prose). */
function textCell(lines: readonly string[], j: number): TextCell | undefined {
  const t = lines[j].trim();
  if (t.length > CELL_CHARS) return undefined;
  const start = lines[j].indexOf(t);
  return { text: t, norm: normalizeLabel(t), span: { line: j, start, end: start + t.length } };
}

/** An empty cell right after the pipe on line `pipe`. */
function emptyAfter(lines: readonly string[], pipe: number, after = 1): TextCell {
  const at = lines[pipe].indexOf('|') + after;
  return { text: '', norm: '', span: { line: pipe, start: at, end: at } };
}

