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
export function withoutRawSerials<V extends Value, E extends Entry<V>>(entries: E[], early: V[], places: (e: E) => number[], n: number, amidLabel?: (e: E, v: V) => boolean): V[] {
  const before = (k: number): V | undefined => (k === 0 ? early[early.length - 1] : entries[k - 1].values[entries[k - 1].values.length - 1]);
  const shown = new Map<number, number>();
  entries.forEach((e, k) => {
    const v = before(k);
    if (!v || !SERIAL_NUMBER.test(v.text)) return;
    const s = Number(v.text);
    if (places(e).some((p) => s <= p && p - s <= SLACK)) shown.set(k, s);
  });
  // The column numbers the rows it shows one by one: a serial past its neighbour by more than the rows between them,
  // on each side it has one, is a count that closes the row above (… 25 / 四、结转下年度继续办理, 21 two labels before).
  const pairs = [...shown];
  const apart = (a: [number, number], b: [number, number]) => b[1] - a[1] > b[0] - a[0];
  pairs.forEach((p, i) => {
    const prev = pairs[i - 1];
    const next = pairs[i + 1];
    if ((prev || next) && (!prev || apart(prev, p)) && (!next || apart(p, next))) shown.delete(p[0]);
  });
  if (shown.size < AT_LEAST) return early;
  const serials = [...shown.values()];
  if (serials.some((s, i) => i > 0 && s <= serials[i - 1])) return early;
  // The rows above them with those numbers left out: most that then fill their cells hold their total (counts
  // taken for a 序号 would break it).
  const filled = [...shown.keys()].filter((k) => k > 0 && entries[k - 1].values.length === n + 1).map((k) => entries[k - 1].values.slice(0, n));
  if (filled.filter(totalHolds).length * 2 <= filled.length) return early;
  for (const k of shown.keys()) if (k > 0) entries[k - 1].values = entries[k - 1].values.slice(0, -1);
  // A place the column lacks between its serials before and after a row (3 / 4 where the column shows 2 and 5).
  const lacking = (k: number, x: number): boolean => {
    const below = [...shown].filter(([j]) => j <= k).map(([, y]) => y);
    const above = [...shown].filter(([j]) => j > k).map(([, y]) => y);
    return below.length > 0 && above.length > 0 && x > Math.max(...below) && x < Math.min(...above);
  };
  // A row's only number amid its own wrapped label, its own place, which the column lacks between its serials before
  // and after (`（六）其他处理 1.申请人` / `21` / `无正当理由逾期不补正、…`): its 序号, no count.
  entries.forEach((e, k) => {
    const v = e.values[0];
    if (e.values.length === 1 && SERIAL_NUMBER.test(v.text) && amidLabel?.(e, v) && lacking(k, Number(v.text)) && places(e).includes(Number(v.text))) e.values = [];
  });
  // A serial right past a row's cells that is the next row's place, then fewer numbers than a row before that
  // row's label (0 … 0 3 0 / 三、本年度（一）予以公开: the label of a vertical parent's first row comes after its
  // first cells): the serial is no count and the numbers after it are the next row's first — held, like the rest
  // of its numbers, by the first row after it that has any (its label may stand right before the next one's).
  entries.forEach((e, k) => {
    const next = entries[k + 1];
    if (!next || e.values.length <= n + 1 || e.values.length >= 2 * n + 1) return;
    const v = e.values[n];
    if (!SERIAL_NUMBER.test(v.text) || !lacking(k, Number(v.text)) || !places(next).includes(Number(v.text))) return;
    if (e.values.slice(n + 1).some((x) => SERIAL_NUMBER.test(x.text) && lacking(k, Number(x.text)))) return;
    const holder = entries.slice(k + 1).find((r) => r.values.length > 0) ?? next;
    holder.values = [...e.values.slice(n + 1), ...holder.values];
    e.values = e.values.slice(0, n);
  });
  // Serials put together past a row's cells: each a place the column lacks, rising by one, between the column's
  // serials before and after that row. The row's cells may be pooled with the short rows above it (a row whose
  // label came before its numbers' start holds some of them): what is past whole rows of the pool.
  entries.forEach((e, k) => {
    let pooled = e.values.length;
    for (let j = k - 1; j >= 0 && entries[j].values.length < n; j--) pooled += entries[j].values.length;
    const over = pooled % n;
    if (pooled <= n || over === 0 || over > e.values.length) return;
    const extra = e.values.slice(e.values.length - over);
    if (!extra.every((v) => SERIAL_NUMBER.test(v.text))) return;
    const s = extra.map((v) => Number(v.text));
    if (s.some((x, i) => i > 0 && x !== s[i - 1] + 1)) return;
    if (lacking(k, s[0]) && lacking(k, s[s.length - 1])) e.values = e.values.slice(0, e.values.length - over);
  });
  // A lacking serial closing a row of more numbers than its cells, right before the next row's shown serial (… 0 `4`
  // / `5` / 1.属于国家秘密), its row's cells then failing their total with it: that 序号, even when a blank cell
  // leaves the pool short of whole rows — the numbers left are then unread, not read with it.
  entries.forEach((e, k) => {
    const last = e.values[e.values.length - 1];
    if (e.values.length <= n || !shown.has(k + 1) || !SERIAL_NUMBER.test(last.text)) return;
    const x = Number(last.text);
    if (x !== shown.get(k + 1)! - 1 || !lacking(k, x) || totalHolds(e.values.slice(-n))) return;
    e.values = e.values.slice(0, -1);
  });
  return shown.has(0) ? early.slice(0, -1) : early;
}
