/**
 * A 序号 column (1, 2, 3 …) in text that keeps no column positions (pdfplumber's one space between all words):
 * its number stands first on a wrapped row's line of values (`一、本年新收政府信息公` / `1 0 0 0 0 0 0 0` /
 * `开申请数量`), one number more than the row's cells, and the spread-digit reader would join it with the
 * first count (`1 0` → 10). Dropped only where the table shows a column of them: on three rows or more, rising
 * with the rows' places in the text, and most of those rows hold their total once it is dropped.
 */
import type { FoundRow } from '../model';
import { totalHolds } from './glued';

const SERIAL = /^[1-9][0-9]?$/;
/** How far a 序号 may stand from its row's place among the rows read (a row not read, a title row numbered). */
const SLACK = 2;

export function withoutSerialColumn(rows: FoundRow[], n: number): FoundRow[] {
  const at = new Map<FoundRow, number>();
  rows.forEach((r, i) => {
    if (r.style !== 'spaced' || r.values.length !== n + 1 || !SERIAL.test(r.values[0].text)) return;
    if (!r.values.every((v) => Number.isFinite(Number(v.text)))) return;
    if (Math.abs(Number(r.values[0].text) - (i + 1)) <= SLACK) at.set(r, Number(r.values[0].text));
  });
  if (at.size < 3) return rows;
  const serials = [...at.values()];
  if (serials.some((s, i) => i > 0 && s <= serials[i - 1])) return rows;
  const holding = [...at.keys()].filter((r) => totalHolds(r.values.slice(1).map((c) => Number(c.text)))).length;
  if (holding * 2 <= at.size) return rows;
  return rows.map((r) => (at.has(r) ? { ...r, values: r.values.slice(1) } : r));
}
