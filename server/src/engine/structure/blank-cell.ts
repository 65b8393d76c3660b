/**
 * Plain pdftotext output leaves no trace of a blank cell: a table 三 row with one blank shows its other
 * numbers in order, one short. Which column is blank is then decided by the table's sums alone — each
 * row's 总计 is the sum of its applicant columns, the results add up to （七）总计 in every column, and
 * 第一项加第二项之和等于第三项加第四项之和 — and only when exactly one column lets every sum hold (the blank
 * standing for one number x ≥ 0 wherever it appears). A row of zeros, or a table whose sums fail anyway,
 * leaves more than one column or none: then nothing is placed.
 */
import type { FoundRow } from '../model';

/** The column of the one blank cell of `short` (its n − 1 numbers in order), or undefined when the sums do not decide it. */
export function blankColumn(rows: FoundRow[], short: FoundRow, n: number, results: readonly string[]): number | undefined {
  const fit = blankColumns(rows, short, n, results);
  return fit?.length === 1 ? fit[0] : undefined;
}

/** Every column where the blank lets all the sums hold (undefined: a number is no number). */
export function blankColumns(rows: FoundRow[], short: FoundRow, n: number, results: readonly string[]): number[] | undefined {
  const known = new Map<string, number[]>();
  for (const r of rows) if (r !== short && r.values.length === n) known.set(r.key, r.values.map((v) => Number(v.text)));
  const own = short.values.map((v) => Number(v.text));
  if (own.some((v) => !Number.isFinite(v)) || [...known.values()].some((v) => v.some((x) => !Number.isFinite(x)))) return undefined;
  const found: number[] = [];
  for (let p = 0; p < n; p++) {
    const row: (number | null)[] = [...own.slice(0, p), null, ...own.slice(p)];
    if (holds(equations(known, short.key, row, n, results))) found.push(p);
  }
  return found;
}

/**
 * Whether a sum besides the row's own total involves the short row (all its other rows known): a blank in the
 * 总计 column always fits the own total, so that alone does not say where the blank is.
 */
export function checkedBeyondOwn(rows: FoundRow[], short: FoundRow, n: number, results: readonly string[]): boolean {
  const known = new Map<string, number[]>();
  for (const r of rows) if (r !== short && r.values.length === n) known.set(r.key, r.values.map((v) => Number(v.text)));
  return equations(known, short.key, new Array<number | null>(n).fill(0), n, results).length > 1;
}

/** A sum as terms: each a known number or the blank (null), with its sign; the sum must be 0. */
type Equation = { value: number | null; sign: 1 | -1 }[];

function equations(known: Map<string, number[]>, key: string, row: (number | null)[], n: number, results: readonly string[]): Equation[] {
  const get = (k: string): (number | null)[] | undefined => (k === key ? row : known.get(k));
  const out: Equation[] = [];
  // The row's own total: only this row's changes with the blank's column.
  out.push([...row.slice(0, n - 1).map((value) => ({ value, sign: 1 as const })), { value: row[n - 1], sign: -1 }]);
  const total = get('result_total');
  const parts = results.map(get);
  const [a, b, d] = ['new_received', 'carried_over', 'carry_forward'].map(get);
  for (let c = 0; c < n; c++) {
    // Only sums that involve this row: the others do not depend on where its blank is.
    if (total && parts.every((x) => x) && (key === 'result_total' || results.includes(key))) {
      out.push([...parts.map((x) => ({ value: x![c], sign: 1 as const })), { value: total[c], sign: -1 }]);
    }
    if (a && b && d && total && ['new_received', 'carried_over', 'carry_forward', 'result_total'].includes(key)) {
      out.push([{ value: a[c], sign: 1 }, { value: b[c], sign: 1 }, { value: total[c], sign: -1 }, { value: d[c], sign: -1 }]);
    }
  }
  return out;
}

/** Whether every sum holds with one value x ≥ 0 for the blank. */
function holds(eqs: Equation[]): boolean {
  let x: number | undefined;
  for (const eq of eqs) {
    let rest = 0;
    let blank = 0;
    for (const t of eq) {
      if (t.value === null) blank += t.sign;
      else rest += t.sign * t.value;
    }
    if (blank === 0) {
      if (Math.abs(rest) > 1e-9) return false;
      continue;
    }
    const v = -rest / blank;
    if (v < 0 || (x !== undefined && Math.abs(v - x) > 1e-9)) return false;
    x = v;
  }
  return true;
}
