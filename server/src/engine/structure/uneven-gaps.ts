/**
 * A printout's table 三 in pdftotext -layout where most rows print their counts one space apart (`3 0 0 0 0 0 3`) but
 * one row stands in clusters far apart (`7         0 8                        0 1 0 0`, for 7 0 1 0 0 0 8; the next page's
 * rows at their columns' places): its counts
 * were placed by where the page drew them, not in the columns' order, and which is which the line does not say. Where
 * its total fails too, that is the reading's doubt, not the report's error: the row is unread.
 */
import type { FoundRow } from '../model';
import { totalHolds } from './glued';

/** The spaces between a row's counts on one line, or undefined when they are not all on one line. */
function gaps(row: FoundRow): number[] | undefined {
  const v = row.values;
  if (!v.length || v.some((c) => c.span.line !== v[0].span.line)) return undefined;
  return v.slice(1).map((c, i) => c.span.start - v[i].span.end);
}

/**
 * Whether the row's counts stand in clusters (most one space apart, some far apart) in a pattern few other rows of the
 * table share (they print one space apart, or at their columns' places), and its total fails.
 */
export function clusteredAmongEven(row: FoundRow, found: readonly FoundRow[], n: number): boolean {
  if (row.values.length !== n || row.values.some((c) => !/^[0-9]+$/.test(c.text))) return false;
  const g = gaps(row);
  // (Mostly one space apart, split by wide gaps: a row printed in a column's place has its one-space gaps the exception,
  // `2   0   0   0   0 0     2`, and a failing total there is the report's.)
  if (!g || g.filter((x) => x === 1).length * 2 < g.length || Math.max(...g) < 3) return false;
  const others = found.filter((r) => r !== row && r.values.length === n).map(gaps).filter((x) => !!x);
  const same = others.filter((x) => x!.join() === g.join()).length;
  if (others.length < 3 || same * 3 >= others.length) return false;
  return !totalHolds(row.values.map((c) => Number(c.text)));
}

const COUNTS_ONLY = /^\s*[0-9]+(?:\s+[0-9]+)*\s*$/;

/**
 * A row given blanks by where its counts stand (`一、本年新收…数量        7     0 1 0 0`, read 7 _ _ 0 1 0 0) while the
 * line below holds lone counts no label heads (`0 8`: the cells the page drew a line lower, 7 0 1 0 0 0 8): those
 * may be its own, and its total failing says the blanks' places are a guess. Unread, not a row-total error.
 */
export function blanksWithCountsBelow(row: FoundRow, n: number, lines: readonly string[]): boolean {
  const v = row.values;
  if (v.length !== n || !v.some((c) => c.text === '') || !v.every((c) => c.text === '' || /^[0-9]+$/.test(c.text))) return false;
  const line = v.find((c) => c.text !== '')?.span.line;
  if (line === undefined || v.some((c) => c.text !== '' && c.span.line !== line)) return false;
  let next = line + 1;
  while (next < lines.length && !lines[next].trim()) next++;
  if (!COUNTS_ONLY.test(lines[next] ?? '')) return false;
  return !totalHolds(v.map((c) => (c.text === '' ? 0 : Number(c.text))));
}
