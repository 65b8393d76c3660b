/**
 * When a page of table 三's column runs in pdfminer.six's text is in header order for certain, by pdfminer's own
 * layout law (its default LAParams, boxes_flow 0.5): it groups the page's text boxes two by two, the closest pair
 * first (by the area their bounding box adds), and gives each group's two parts in the order of
 * 0.5·x0 − 1.5·(y0 + y1), the smaller first. Groups of whole column runs of one page span the same rows (the same y0
 * and y1), so they come left to right: out of header order only when a group also holds another box, which stretches
 * it up or down (`3 4 5 6 0 2 1` when 商业企业's group held the page's number under the table; 自然人 last when its
 * group held the row labels beside it).
 *
 * A box grouped with the runs comes in the text inside them or at either end of them. So a page whose numbers stand
 * together (no other text between the first and the last) has such a box only at an end. After them (a page number,
 * the next part), its group comes after every group of runs beside it, and the runs before it come left to right:
 * with 总计's run last, in header order. Before them, its group comes first, and the runs after it come left to right
 * from the column it was grouped with: header order when that column is 自然人, which it is for a box left of 自然人 or
 * over it (a row label, the 勾稽 note, 申请人情况, 自然人; pdfminer groups two parts only when nothing lies between them,
 * and 自然人's numbers would) or over 总计 (总计's own column then comes first, not last). A header word over a column
 * of 法人或其他组织, or a page's number, may be grouped with that column alone: then 商业企业…其他 may come before 自然人
 * with 总计 still last (`1 2 3 4 5 0 6`), and the page is not grounded.
 *
 * "With 总计's run last" is not known where an applicant run holds the same numbers as 总计's (column-runs.ts totalLast:
 * fresh seed 2600 r009), and the runs the sums place on other pages are taken only where their cut is proven.
 */
import type { TextCell } from '../model';

/** A box before the numbers that may be grouped with a column right of 自然人: a header word under 法人或其他组织, a page's number. */
const RISKY_BEFORE = /企业|机构|组织|其他|^[-－—–0-9０-９第页共/／]*$/;

/**
 * Whether this page's numbers (table 三's, the page's own number left out), when their 总计's run is last, are in
 * header order: nothing but their own lines between the first and the last, and the box right before them (if
 * any on the page) none that may be grouped with a column under 法人或其他组织.
 */
export function groundedInOrder(lines: readonly string[], page: readonly TextCell[], columns?: number): boolean {
  const own = new Set(page.map((c) => c.span.line));
  const first = Math.min(...own);
  // A number at the end of a label's line is a box of label and number: another box among the runs. Nothing but the
  // page's numbers stands between its first and its last — or row labels within the first run (below).
  if (!page.length || page.some((c) => bare(lines[c.span.line]) !== (c.spread ?? c.text))) return false;
  if (lines.slice(first, Math.max(...own) + 1).filter((l) => bare(l)).length !== own.size && !labelsInFirstRun(lines, page, columns)) return false;
  const before = boxBefore(lines, first).replace(/\s/g, '');
  return !before || !RISKY_BEFORE.test(before);
}

/** A row label's cell: its numbering first (四、 （七） 3.). */
const ROW_LABEL = /^(?:[一二三四]、|（[一二三四五六七]）|[1-9][.．])/;

/**
 * Whether every box among the page's numbers is a row label standing before the page's `rows`-th number (one run per
 * column, `rows` numbers each): the row labels, left of 自然人 with nothing between, are grouped with 自然人's boxes alone,
 * and that group spanning the runs' rows comes first, left of them all; a label after the first run's end, or any other
 * box among the numbers, and the page is not grounded.
 */
function labelsInFirstRun(lines: readonly string[], page: readonly TextCell[], columns: number | undefined): boolean {
  if (!columns || page.length % columns) return false;
  const at = page.map((c) => c.span.line).sort((a, b) => a - b);
  const own = new Set(at);
  const runEnd = at[page.length / columns - 1];
  let box = '';
  for (let i = at[0]; i <= at[at.length - 1]; i++) {
    const text = bare(lines[i]);
    if (own.has(i) || !text) { box = ''; continue; }
    // A box begins with its numbering; its other lines continue it.
    if (!box && (!ROW_LABEL.test(text) || i > runEnd)) return false;
    box += text;
  }
  return true;
}

/** A line's text without the form feed that may begin it. */
function bare(line: string | undefined): string {
  return (line ?? '').replace(/^\f/, '').trim();
}

/** The text of the box right before line `at` on its page (its lines since the blank line above it); '' when none. */
function boxBefore(lines: readonly string[], at: number): string {
  const box: string[] = [];
  for (let i = at; i > 0 && !lines[i].startsWith('\f');) {
    const text = bare(lines[--i]);
    if (text) box.unshift(text);
    else if (box.length) break;
  }
  return box.join('');
}
