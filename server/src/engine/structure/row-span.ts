/**
 * A row's lines as the rules and fixes see them (a finding on its total cell, the lines it claims): plain pdftotext of
 * a printout may give a row's numbers away from its label, before it when a page break cut the label (`（二）部分公
 * / 开（区分处理 / 的，只计这一` after its seven numbers, the rest of the label on the next page: fresh seed 9910 r036
 * print-html-raw). The row's span then covers its numbers too, so that a finding on one of them is on the row.
 */
import type { ResolvedRow } from '../model';

/** The row with its first and last lines stretched over its numbers' lines; the row itself when they are within. */
export function spanningValues(r: ResolvedRow): ResolvedRow {
  if (r.uncertain || r.row.uncertain) return r;
  let first = r.row.firstLine;
  let last = r.row.lastLine;
  for (const v of r.row.values) {
    if (v.text === '') continue;
    first = Math.min(first, v.span.line);
    last = Math.max(last, v.span.line);
  }
  return first === r.row.firstLine && last === r.row.lastLine ? r : { ...r, row: { ...r.row, firstLine: first, lastLine: last } };
}
