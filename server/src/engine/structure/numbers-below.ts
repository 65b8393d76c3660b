/**
 * Plain pdftotext output of a page printed narrow: a table 二 row's label line carries its first number only, the
 * others stand one per line right below it (行政规范性文件 5 / 8 / 9 / 第二十条第（五）项). The row then looks short.
 * The numbers below are the row's when they are exactly as many as it lacks, stand on lines of their own before any
 * other text, and no row took them; otherwise nothing moves (the row stays as short as it reads).
 */
import type { FoundRow, TextCell } from '../model';
import type { SizedRow } from './page-split';
import { RAW_VALUE } from '../tables/rows';
import { joinedCell } from './spread-digits';
import { flowPageNumbers, pageNumberLines } from '../tables/page-numbers';


/** The rows' values with the numbers below their label lines (only rows whose values change are in the map). */
export function numbersBelow(rows: SizedRow[], lines: readonly string[], claimed: ReadonlySet<number>, out = new Map<FoundRow, TextCell[]>()): Map<FoundRow, TextCell[]> {
  let pages: ReadonlySet<number> | undefined;
  for (const { row, n } of rows) {
    let values = out.get(row) ?? row.values;
    if (!values.length || values.some((v) => v.span.line !== row.label.span.line)) continue;
    // The label line's numbers may be one number's digits spread by widened character spacing (政府集中采购 6 6 /
    // 162.2552: 66): read so only when then exactly as many numbers as it lacks stand below.
    if (values.length >= n) values = spreadOnLine(values) ?? values;
    const lacking = n - values.length;
    if (lacking <= 0) continue;
    const below: TextCell[] = [];
    for (let i = row.label.span.line + 1; i < lines.length && below.length <= lacking; i++) {
      const line = lines[i];
      if (line.includes('\f')) break;
      if (line.trim() === '') continue;
      const text = line.trim();
      // (A page's number below the table's last row is no cell: pdfplumber's text counts its pages up without form feeds.)
      if (!RAW_VALUE.test(text) || claimed.has(i) || (pages ??= pageNumbers(lines)).has(i)) break;
      const start = line.indexOf(text);
      below.push({ text, norm: text, span: { line: i, start, end: start + text.length } });
    }
    if (below.length === lacking) out.set(row, [...values, ...below]);
  }
  return out;
}

/**
 * Rows of plain pdftotext whose numbers the stream may have shared out wrongly: a row with k numbers too many right
 * above one k short whose own numbers stand on its label line (规章 / 1 / 2 / 0 / 160 / 0 / 行政规范性文件 0). Table 二
 * has no sum to say which of them are whose, or in what order: both rows are left unread, neither short nor long.
 */
export function sharedOut(rows: readonly SizedRow[], values: (row: FoundRow) => readonly TextCell[]): Set<FoundRow> {
  const out = new Set<FoundRow>();
  for (let k = 0; k + 1 < rows.length; k++) {
    const a = rows[k];
    const b = rows[k + 1];
    const av = values(a.row);
    const bv = values(b.row);
    const surplus = av.length - a.n;
    if (surplus <= 0 || b.n - bv.length !== surplus || !bv.length) continue;
    if (bv.some((v) => v.span.line !== b.row.label.span.line) || av[av.length - 1].span.line > b.row.label.span.line) continue;
    out.add(a.row);
    out.add(b.row);
  }
  return out;
}

/** Single digits one space apart on one line, joined into the one number they make (no leading 0); else undefined. */
export function spreadOnLine(values: readonly TextCell[]): TextCell[] | undefined {
  if (values.length < 2 || values.some((v, k) => !/^[0-9]$/.test(v.text) || (k > 0 && v.span.start !== values[k - 1].span.end + 1))) return undefined;
  return values[0].text === '0' ? undefined : [joinedCell(values)];
}

/** Bare page numbers: by the pages' form feeds, or in text with none and no empty line, by their counting up (pdfplumber). */
function pageNumbers(lines: readonly string[]): ReadonlySet<number> {
  return lines.some((l) => l.startsWith('\f') || l.trim() === '') ? pageNumberLines(lines) : flowPageNumbers(lines);
}
