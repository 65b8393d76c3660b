/**
 * Table 三 rows whose digits are spread one space apart (字符间距加宽, pdfplumber) and can be joined two ways that both
 * hold the row's 总计 (`1 1 0 0 0 0 0 1 1`: 11 … 11, or 1 10 … 11): the table's other sums — the results adding up to
 * （七）总计 in every column, 第一项加第二项之和等于第三项加第四项之和 — settle which, when exactly one choice of
 * readings lets them hold in every column where the choices differ. Otherwise the rows stay as they are (unread).
 */
import type { FoundRow, TextCell } from '../model';
import { totalHolds } from './glued';
import { oneSpaceApart, spreadReadings } from './spread-digits';

/** More ways than this across the rows: not searched (the annex's rows rarely give more than two each). */
const MAX_CHOICES = 64;

const numbers = (cells: readonly TextCell[]) => cells.map((c) => Number(c.text));

/** A row's readings whose 总计 holds, when it is spread one space apart with more pieces than columns. */
function holdingReadings(row: FoundRow, n: number): TextCell[][] | undefined {
  if (row.uncertain || row.scrambled || row.style !== 'spaced' || row.values.length <= n || !oneSpaceApart(row.values)) return undefined;
  return spreadReadings(row.values, n).filter((r) => totalHolds(numbers(r)));
}

/** `found` with each row of several holding readings given the one the table's sums choose, where they choose one. */
export function withSpreadSettled(found: FoundRow[], n: number, results: readonly string[]): FoundRow[] {
  const known = new Map<string, number[]>();
  const open: { row: FoundRow; readings: TextCell[][] }[] = [];
  for (const r of found) {
    if (known.has(r.key)) return found;
    const readings = holdingReadings(r, n);
    if (readings && readings.length > 1) open.push({ row: r, readings });
    else if (readings?.length === 1) known.set(r.key, numbers(readings[0]));
    else if (!readings && !r.uncertain && !r.scrambled && r.values.length === n && r.values.every((v) => v.text !== '')) known.set(r.key, numbers(r.values));
  }
  if (!open.length || open.some((o) => open.filter((p) => p.row.key === o.row.key).length > 1)) return found;
  const choices = open.reduce((a, o) => a * o.readings.length, 1);
  if (choices > MAX_CHOICES) return found;
  // The columns where some row's readings differ: only their sums tell the readings apart.
  const differ = [...Array(n).keys()].filter((c) => open.some((o) => o.readings.some((r) => r[c].text !== o.readings[0][c].text)));
  const fits: number[][] = [];
  for (let k = 0; k < choices; k++) {
    const pick: number[] = [];
    let rest = k;
    for (const o of open) { pick.push(rest % o.readings.length); rest = Math.floor(rest / o.readings.length); }
    const table = new Map(known);
    open.forEach((o, i) => table.set(o.row.key, numbers(o.readings[pick[i]])));
    if (sumsHold(table, differ, results)) fits.push(pick);
  }
  if (fits.length !== 1) return found;
  return found.map((r) => {
    const i = open.findIndex((o) => o.row === r);
    return i < 0 ? r : { ...r, values: open[i].readings[fits[0][i]] };
  });
}

/**
 * Whether, in every column of `columns`, the results add up to （七）总计 and 第一项加第二项 equal 第三项加第四项 —
 * each only where all its rows are known, and at least one sum checked per column (else nothing was told).
 */
function sumsHold(table: Map<string, number[]>, columns: readonly number[], results: readonly string[]): boolean {
  const total = table.get('result_total');
  const parts = results.map((k) => table.get(k));
  const [a, b, d] = ['new_received', 'carried_over', 'carry_forward'].map((k) => table.get(k));
  for (const c of columns) {
    let checked = false;
    if (total && parts.every((p) => p)) {
      if (parts.reduce((s, p) => s + p![c], 0) !== total[c]) return false;
      checked = true;
    }
    if (a && b && d && total) {
      if (a[c] + b[c] !== total[c] + d[c]) return false;
      checked = true;
    }
    if (!checked) return false;
  }
  return true;
}
