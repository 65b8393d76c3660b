/**
 * A 序号 column (1, 2, 3 …) in text that keeps no column positions (pdfplumber's one space between all words):
 * its number stands first on a wrapped row's line of values (`一、本年新收政府信息公` / `1 0 0 0 0 0 0 0` /
 * `开申请数量`), one number more than the row's cells, and the spread-digit reader would join it with the
 * first count (`1 0` → 10). Dropped only where the table shows a column of them: on three rows or more, rising
 * with the rows' places in the text, and most of those rows hold their total once it is dropped. A row of as many
 * numbers as cells whose first goes on with that column has a blank cell the text keeps no place of.
 * A 序号 numbers the official rows, so it may stand near the row's place among the rows read or, where rows went
 * unread (a vertical parent's pieces beside their labels), near its place in the official table.
 */
import type { FoundRow } from '../model';
import { totalHolds } from './glued';
import { SERIAL_NUMBER } from '../text/lines';

/** How far a 序号 may stand from its row's place among the rows read (a row not read, a title row numbered). */
const SLACK = 2;

export function withoutSerialColumn(rows: FoundRow[], n: number, order: readonly string[] = []): FoundRow[] {
  const at = new Map<FoundRow, number>();
  const near = (serial: number, place: number) => place > 0 && Math.abs(serial - place) <= SLACK;
  rows.forEach((r, i) => {
    if (r.style !== 'spaced' || r.values.length !== n + 1 || !SERIAL_NUMBER.test(r.values[0].text)) return;
    if (!r.values.every((v) => Number.isFinite(Number(v.text)))) return;
    const serial = Number(r.values[0].text);
    if (near(serial, i + 1) || near(serial, order.indexOf(r.key) + 1)) at.set(r, serial);
  });
  if (at.size < 3) return rows;
  const serials = [...at.values()];
  if (serials.some((s, i) => i > 0 && s <= serials[i - 1])) return rows;
  const holding = [...at.keys()].filter((r) => totalHolds(r.values.slice(1).map((c) => Number(c.text)))).length;
  if (holding * 2 <= at.size) return rows;
  // A row of exactly n numbers whose first goes on with the column (17 … / 18 0 0 0 0 0 0 / 19 …) is its 序号 and one
  // number short: a blank cell, which one the text does not keep (not 18 in the first column).
  const short = new Set<FoundRow>();
  // (Standing where the column's numbers stand: one after a label's piece on its line is a count — 4 的，只计… 4 0 0.)
  const column = Math.max(...[...at.keys()].map((r) => r.values[0].span.start));
  let before: number | undefined;
  rows.forEach((r, i) => {
    const s = at.get(r);
    if (s !== undefined) { before = s; return; }
    if (before === undefined || r.style !== 'spaced' || r.values.length !== n || !SERIAL_NUMBER.test(r.values[0].text) || r.values[0].span.start > column) return;
    const serial = Number(r.values[0].text);
    const next = rows.slice(i + 1).find((x) => at.has(x));
    if (serial > before && (next ? serial < at.get(next)! : serial === before + 1)) short.add(r);
  });
  return rows.map((r) => (at.has(r) ? { ...r, values: r.values.slice(1) } : short.has(r) ? { ...r, values: r.values.slice(1), unplacedBlanks: true } : r));
}
