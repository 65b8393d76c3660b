/**
 * Plain pdftotext output (copy from a PDF viewer) of a table 二 row that a page break split: the stream
 * gives some of its numbers away from its label, in two ways seen in LibreOffice's PDFs:
 * - the row's first numbers open the new page before its label (规章 0 0 0 / \f0 / 行政规范性文件 0 0): the
 *   row above took them, one number too many, and this row is as many short;
 * - the row's last numbers end its page, after everything else on it (\f行政规范性文件 1 0 / … / 行政事业性
 *   收费 0.00 / 2 / 1): a later row of that page took them.
 * Numbers move only when a row has exactly as many too many as another is short, at that page break,
 * and every row between them on the page is exactly full: then nothing else fits the stream.
 */
import type { FoundRow, TextCell } from '../model';
import { pageBreakBetween, pageOrdinal } from '../tables/page-numbers';

/** A row of the table with its number of columns, in stream order. */
export interface SizedRow { row: FoundRow; n: number }

/** The rows' values after mending page splits (only rows whose values change are in the map). */
export function mendPageSplits(rows: SizedRow[], lines: readonly string[]): Map<FoundRow, TextCell[]> {
  const out = new Map<FoundRow, TextCell[]>();
  const values = (r: SizedRow) => out.get(r.row) ?? r.row.values;
  for (let k = 0; k + 1 < rows.length; k++) {
    const a = rows[k];
    const b = rows[k + 1];
    const av = values(a);
    const bv = values(b);
    const extra = av.length - a.n;
    // The row above's surplus opens the page, before this row's label: this row's first numbers.
    // (Not one number that is the page's ordinal: a page number at the page's top.)
    const pageNumber = extra === 1 && Number(av[a.n].text) === pageOrdinal(lines, av[a.n].span.line);
    if (extra > 0 && !pageNumber && bv.length + extra === b.n && pageBreakBetween(lines, av[a.n - 1].span.line, av[a.n].span.line) && !pageBreakBetween(lines, av[a.n].span.line, b.row.label.span.line)) {
      out.set(a.row, av.slice(0, a.n));
      out.set(b.row, [...av.slice(a.n), ...bv]);
      continue;
    }
    // This row opens a page short; a later row of the page ends it with as many numbers too many.
    const short = b.n - bv.length;
    if (short <= 0 || !opensPage(lines, b.row.label.span.line, rows[k].row.lastLine)) continue;
    for (let j = k + 2; j < rows.length; j++) {
      const c = rows[j];
      const cv = values(c);
      if (pageBreakBetween(lines, b.row.label.span.line, c.row.label.span.line)) break;
      if (cv.length === c.n) continue;
      const tail = cv.slice(c.n);
      // (Not one number that is the page's ordinal: a page number the page numbers did not tell.)
      // (A later row short of numbers too has no tail: nothing to move, and nothing to read as a page number.)
      const pageNumber = short === 1 && tail.length > 0 && Number(tail[0].text) === pageOrdinal(lines, tail[0].span.line);
      if (cv.length - c.n === short && !pageNumber && !pageBreakBetween(lines, b.row.label.span.line, tail[tail.length - 1].span.line) && endsPage(lines, tail[tail.length - 1].span.line)) {
        out.set(b.row, [...bv, ...tail]);
        out.set(c.row, cv.slice(0, c.n));
      }
      break;
    }
  }
  return out;
}

/** Whether a page starts at line `at` or between line `after` and it, with nothing but blank lines before `at`. */
function opensPage(lines: readonly string[], at: number, after: number): boolean {
  for (let i = at; i > after; i--) {
    if (lines[i].startsWith('\f')) return true;
    if (i < at && lines[i].trim() !== '') return false;
  }
  return false;
}

/** Whether line `at` is its page's last text: the next text starts a page, or there is none. */
function endsPage(lines: readonly string[], at: number): boolean {
  for (let i = at + 1; i < lines.length; i++) {
    if (lines[i].startsWith('\f')) return true;
    if (lines[i].trim() !== '') return false;
  }
  return true;
}
