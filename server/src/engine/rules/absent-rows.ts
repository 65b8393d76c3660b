/**
 * Table 三 rows whose absence is certain although the table could not be read (pdfminer's column runs, a printout's
 * bands): a row's absence needs no cell read. Its label is nowhere in the table's text — not one of the characters
 * that only its label has, in any piece, wrapped, spread or one per line — and the table's numbers are exactly the
 * other rows' (one row fewer per such row, times the columns). Either alone proves nothing: a label lost to the text
 * leaves its numbers, and a count can agree by chance.
 */
import { FORMATS, SECTIONS, TABLE3_HEADER_NOTE, type FormatModel } from '../format';
import type { Table3Model } from '../model';
import { stripNumbering } from '../text/normalize';
import { TABLE3_HEADER_CHARS } from '../tables/pdfheader';
import { pageNumberLines } from '../tables/page-numbers';
import { tableNumbers } from '../tables/columnwise';
import { printedLineTest } from '../text/print-furniture';
import { isRunningHead } from '../structure/running-head';

const HAN = /[\u4e00-\u9fff]/g;
const hanOf = (text: string) => text.match(HAN) ?? [];

/** Fewer characters of its own than this and a label's absence cannot be told from the others' (3.其他, 2.重复申请). */
const MIN_OWN = 2;
/** More rows than this proven absent at once and the table was most likely not read (rules/tables.ts MANY_ABSENT). */
const MAX_ABSENT = 3;

/** Every character of table 三's other words: the other rows' labels and parents (both formats), its header, its heading. */
function othersChars(key: string): Set<string> {
  const words: string[] = [...TABLE3_HEADER_CHARS, TABLE3_HEADER_NOTE, ...SECTIONS.filter((s) => s.ordinal === '三').map((s) => s.title)];
  for (const fmt of Object.values(FORMATS)) {
    for (const r of fmt.table3Rows) {
      // (A row's path ends with its own label.)
      if (r.key !== key) words.push(...r.path);
      else words.push(...r.path.slice(0, -1));
    }
  }
  return new Set(hanOf(words.join('')));
}

const OWN_CACHE = new Map<string, string[]>();
/** The characters of a row's label that no other word of table 三 has. */
export function ownChars(key: string, label: string): string[] {
  let own = OWN_CACHE.get(key + label);
  if (!own) {
    const others = othersChars(key);
    own = [...new Set(hanOf(stripNumbering(label)))].filter((c) => !others.has(c));
    OWN_CACHE.set(key + label, own);
  }
  return own;
}

/**
 * The table's cells: counts standing alone, a field of their own between spaces (a printout's rows, `0 1 0 0 0 0 1`),
 * or, where no line holds a row's worth of them, one box to a line (pdfminer's columns), each box one count, its
 * digits maybe spread (`1 0 2` for 102). Page numbers are none.
 */
function countsIn(lines: readonly string[], from: number, to: number, chrome: (i: number) => boolean): number {
  const pages = pageNumberLines(lines);
  const fields = (line: string) => line.split(/\s+/).filter((t) => /^\d+$/.test(t)).length;
  const skip = (i: number) => pages.has(i) || chrome(i) || DASHED_PAGE.test(lines[i]);
  let n = 0;
  if (!lines.slice(from, to + 1).some((l) => fields(l) >= ROW_FIELDS)) {
    // (A box of spread digits joined to a label's line, `（七）总计 6 2`, is one of them.)
    return tableNumbers(lines, from, to).filter((c) => !skip(c.span.line)).length;
  }
  for (let i = from; i <= to && i < lines.length; i++) if (!skip(i)) n += fields(lines[i]);
  return n;
}
/** Fields on one line beyond any count's spread digits (999 at most in table 三): a row's numbers, not one box. */
const ROW_FIELDS = 4;
/** `- 3 -`: a page number. */
const DASHED_PAGE = /^\f?\s*[-—–]\s*\d+\s*[-—–]\s*$/;

/**
 * The rows absent from `t3` for certain, of those it did not read, in `lines[from..to]` (the table's section:
 * its heading to the next part's).
 */
export function rowsSurelyAbsent(lines: readonly string[], t3: Table3Model, fmt: FormatModel, from: number, to: number): Set<string> {
  const none = new Set<string>();
  // A page's running head or a printout's header and footer (the title again: 中华人民共和国… holds 国) is no part of the table.
  const furniture = printedLineTest(lines);
  const chrome = (i: number) => isRunningHead(lines[i]) || furniture(lines[i].trim());
  const text = new Set(hanOf(lines.slice(from, to + 1).filter((_, k) => !chrome(from + k)).join('')));
  const absent = fmt.table3Rows.filter((r) => {
    if (t3.rows.has(r.key)) return false;
    const chars = ownChars(r.key, r.label);
    return chars.length >= MIN_OWN && chars.every((c) => !text.has(c));
  });
  if (!absent.length || absent.length > MAX_ABSENT) return none;
  const counts = countsIn(lines, from, to, chrome);
  const due = (fmt.table3Rows.length - absent.length) * fmt.table3Columns.length;
  return counts === due ? new Set(absent.map((r) => r.key)) : none;
}
