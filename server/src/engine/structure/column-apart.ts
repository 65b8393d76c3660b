/**
 * A printout's 总计 column set apart from the rows (plain pdftotext of a browser's printout of table 三): its header's
 * name alone on a line, then the column's counts one a line, a count for every row (总计 / 628 / 0 / 275 / 44 / …).
 * The header's name is also the label of the table's 总计 row, but a row has no more counts than the table's columns:
 * a run of lone counts going on past them is a column, and which row each count belongs to is not the label's to say.
 */
import type { FoundRow } from '../model';
import { normalizeLabel } from '../text/normalize';

const LONE_COUNT = /^[0-9]+$/;

/** Whether the row is a column's header and counts read as a row: its label a column's name, its counts one a line, more following. */
export function columnReadAsRow(row: FoundRow, n: number, columnNames: readonly string[], lines: readonly string[]): boolean {
  if (row.values.length !== n || !columnNames.includes(normalizeLabel(row.label.text))) return false;
  let line = row.label.span.line;
  for (const v of row.values) {
    if (v.span.line <= line || !LONE_COUNT.test((lines[v.span.line] ?? '').trim())) return false;
    line = v.span.line;
  }
  let next = line + 1;
  while (next < lines.length && !lines[next].trim()) next++;
  return LONE_COUNT.test((lines[next] ?? '').trim());
}
