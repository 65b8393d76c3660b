/**
 * A 序号 column in plain pdftotext output (one cell per line, in reading order): each row's number stands alone
 * right before its label (`2` / `二、上年结转…` / `0` … `0`), so the reader, which gives a label every number up to
 * the next label, hands it to the row above as one count past its cells (… 0 0 2), or, when that row has a blank
 * cell the text keeps no trace of, as its total. Where the table shows the column — three rows or more whose label
 * comes right after a number at its place among the official rows (or a little before it: rows the agency left
 * out), rising — those numbers are no counts and are left out. Serials the stream put together elsewhere
 * (`3` / `4` after a row's numbers, before a vertical parent label's pieces) are left out too when they close a
 * row past its cells and are exactly places the column lacks between its neighbours.
 */
import { SERIAL_NUMBER } from '../text/lines';
import { totalHolds } from './total-holds';
/** How far below a row's official place its 序号 may be (rows left out above it). */
const SLACK = 2;
/** How many rows must show the column. */
const AT_LEAST = 3;

interface Value { text: string }
interface Entry<V extends Value> { values: V[] }

/**
 * Leaves table 三's 序号 out of the rows' numbers (in place) and out of `early` (the numbers before the first
 * label), returned. `places`: a row's possible places among the official rows (1-based; both formats).
 */
export function withoutRawSerials<V extends Value, E extends Entry<V>>(entries: E[], early: V[], places: (e: E) => number[], n: number): V[] {
  const before = (k: number): V | undefined => (k === 0 ? early[early.length - 1] : entries[k - 1].values[entries[k - 1].values.length - 1]);
  const shown = new Map<number, number>();
  entries.forEach((e, k) => {
    const v = before(k);
    if (!v || !SERIAL_NUMBER.test(v.text)) return;
    const s = Number(v.text);
    if (places(e).some((p) => s <= p && p - s <= SLACK)) shown.set(k, s);
  });
  if (shown.size < AT_LEAST) return early;
  const serials = [...shown.values()];
  if (serials.some((s, i) => i > 0 && s <= serials[i - 1])) return early;
  // The rows above them with those numbers left out: most that then fill their cells hold their total (counts
  // taken for a 序号 would break it).
  const filled = [...shown.keys()].filter((k) => k > 0 && entries[k - 1].values.length === n + 1).map((k) => entries[k - 1].values.slice(0, n));
  if (filled.filter(totalHolds).length * 2 <= filled.length) return early;
  for (const k of shown.keys()) if (k > 0) entries[k - 1].values = entries[k - 1].values.slice(0, -1);
  // Serials put together past a row's cells: each a place the column lacks, rising by one, between the column's
  // serials before and after that row.
  entries.forEach((e, k) => {
    if (e.values.length <= n) return;
    const extra = e.values.slice(n);
    if (!extra.every((v) => SERIAL_NUMBER.test(v.text))) return;
    const s = extra.map((v) => Number(v.text));
    if (s.some((x, i) => i > 0 && x !== s[i - 1] + 1)) return;
    const below = [...shown].filter(([j]) => j <= k).map(([, x]) => x);
    const above = [...shown].filter(([j]) => j > k).map(([, x]) => x);
    if (!below.length || !above.length) return;
    if (s[0] > Math.max(...below) && s[s.length - 1] < Math.min(...above)) e.values = e.values.slice(0, n);
  });
  return shown.has(0) ? early.slice(0, -1) : early;
}
