/**
 * A 序号 column in text of one cell per line (BeautifulSoup's get_text('\n') of a Word table): each row's number
 * stands on its own line before its label (`11` / `（三）不予公开` / `7.` / `属于行政执法案卷` / 0 … 0). The reader takes a
 * row's counts from the lines after its label, as many as the row has cells; a blank cell leaves no line, so a row
 * with one takes the next row's 序号 as its last count (0 0 0 0 0 0 12: a false total). Where the table shows that
 * column — three rows or more with their own number before the label, each the last one's plus one — a row whose
 * last count is the number the next row's 序号 must be, with no other number before the next label, is one count
 * short: its blanks are unplaced (the row unread), not the 序号 read as its total.
 */
import type { FoundRow } from '../model';
import { SERIAL_NUMBER } from '../text/lines';

/** How many rows must show the column. */
const AT_LEAST = 3;

export function withoutNextSerial(rows: FoundRow[], n: number, lines: readonly string[]): FoundRow[] {
  // (A row read as spaced whose counts are each a line of their own is one of them: a browser's printout, plain
  // pdftotext, `（五）不予处理 4.无 1` / `正当理由大量反复申请` / 0 … 1 / 20, its first count beside its label's piece.)
  const alone = (r: FoundRow) => r.values.length > 0 && r.values.every((v) => (lines[v.span.line] ?? '').trim() === v.text);
  const cells = rows.filter((r) => r.style === 'cells' || alone(r)).sort((a, b) => a.firstLine - b.firstLine);
  if (cells.length < AT_LEAST + 1) return rows;
  // The bare numbers between a row's last count and the next row's label (its 序号, when the column is there).
  const between = (r: FoundRow, next: FoundRow): number[] => {
    const last = r.values.length ? Math.max(...r.values.map((v) => v.span.line)) : r.label.span.line;
    const out: number[] = [];
    for (let i = last + 1; i < next.firstLine; i++) {
      const t = (lines[i] ?? '').trim();
      if (/^[0-9]+$/.test(t)) out.push(SERIAL_NUMBER.test(t) ? Number(t) : NaN);
    }
    return out;
  };
  const serialOf = new Map<FoundRow, number>();
  for (let k = 1; k < cells.length; k++) {
    const b = between(cells[k - 1], cells[k]);
    if (b.length === 1 && Number.isFinite(b[0])) serialOf.set(cells[k], b[0]);
  }
  const shown = [...serialOf.values()];
  if (shown.length < AT_LEAST || shown.some((s, i) => i > 0 && s <= shown[i - 1])) return rows;
  // Each row has its own 序号: between two rows showing theirs, the numbers grow by the rows between at least. Page
  // numbers alone between rows grow by one a page, many rows apart (PyMuPDF's page foot `2` after 一、本年新收's counts,
  // then 3, 4, 5 pages on: seed 9910 r037): no such column, and 二、上年结转's total 3 is no 序号.
  const index = new Map(cells.map((r, k) => [r, k]));
  const withSerial = [...serialOf.keys()];
  if (withSerial.some((r, i) => i > 0 && serialOf.get(r)! - serialOf.get(withSerial[i - 1])! < index.get(r)! - index.get(withSerial[i - 1])!)) return rows;
  const short = new Set<FoundRow>();
  for (let k = 1; k + 1 < cells.length; k++) {
    const r = cells[k];
    const own = serialOf.get(r);
    const lastValue = r.values[r.values.length - 1];
    if (own === undefined || r.values.length !== n || !lastValue || Number(lastValue.text) !== own + 1) continue;
    if (between(r, cells[k + 1]).length !== 0 || serialOf.has(cells[k + 1])) continue;
    short.add(r);
  }
  return short.size ? rows.map((r) => (short.has(r) ? { ...r, values: r.values.slice(0, -1), unplacedBlanks: true } : r)) : rows;
}
