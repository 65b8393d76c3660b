/**
 * A 序号 column in a browser's printout of table 三 in plain pdftotext (print-html-raw): each row's number stands alone
 * on its line right before its label (… `77` / `2` / `二、上年结转…`), after the row above's numbers, so the blocks hold
 * one number more per row than the table's cells and the readers take the next row's 序号 as a row's total. Such a
 * number is the column's only where the text shows the whole column: 1, 2, 3 … in the text's order, each one more than
 * the last, each right before a line of words, on half the table's rows or more. (Counts so placed would have to run
 * 1, 2, 3 … row after row; and the blocks are still read only where exactly one table keeps every sum.)
 */
import type { TextCell } from '../model';
import type { PagedBandItem } from './printed-bands';

/** The band items without the 序号 column's numbers, or the items as they were where the text shows no such column. */
export function withoutSerialItems(items: readonly PagedBandItem[], lines: readonly string[], skip: (line: number) => boolean, rows: number): readonly PagedBandItem[] {
  const serials = new Set<PagedBandItem>();
  let next = 1;
  for (const it of items) {
    const v = lone(it);
    if (v && Number(v.text) === next && wordsAfter(lines, skip, v.span.line)) { serials.add(it); next++; }
  }
  return serials.size * 2 >= rows ? items.filter((it) => !serials.has(it)) : items;
}

/** The one number of an item that is a line of its own (not one beside a label's words). */
function lone(it: PagedBandItem): TextCell | undefined {
  return 'lines' in it && it.lines.length === 1 && it.lines[0].length === 1 ? it.lines[0][0] : undefined;
}

/** Whether the next line with anything on it (furniture and page numbers passed) begins with words, not a number. */
function wordsAfter(lines: readonly string[], skip: (line: number) => boolean, line: number): boolean {
  for (let i = line + 1; i < lines.length; i++) {
    const t = lines[i].replace(/^\f/, '').trim();
    if (!t || skip(i)) continue;
    return /^[^0-9\s]/.test(t);
  }
  return false;
}
