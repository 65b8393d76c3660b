/**
 * Plain pdftotext of a browser's printout (print-html-raw): a narrow label column puts a row's first number on a line
 * of its label (类过程性 0), and a label wrapped over several lines may come after the rest of its row, past the next
 * rows' numbers (0 0 0 0 0 1 … / 危及 / “三安全 1 / 一稳定”). Both sequences keep the rows' order: the numbers beside a
 * label, each some row's first, and the numbers alone, the rows' others — or all seven of a row whose first stands
 * alone. Which rows took their first beside a label the text does not say; the rows' totals weed out most choices.
 */
import type { TextCell } from '../model';
import { totalHolds } from '../tables/pdfraw';

/** More ways than this that keep every row's total: the text does not settle the table. */
const MAX_READINGS = 16;
/** More partial readings weighed than this (many equal numbers, many choices): not settled either, and never slow. */
const MAX_STEPS = 20000;

/**
 * Every table (rows × n numbers) the two sequences make with each row's total holding, at most MAX_READINGS distinct
 * ones; undefined when there are more. `beside`: the numbers standing beside a label; `alone`: the others, each in
 * the text's order.
 */
export function readingsWithFirstsApart(beside: readonly TextCell[], alone: readonly TextCell[], rows: number, n: number): TextCell[][][] | undefined {
  if (beside.length > rows || beside.length * (n - 1) + (rows - beside.length) * n !== alone.length) return undefined;
  const memo = new Map<string, TextCell[][][] | null>();
  let overflow = false;
  let steps = 0;
  // The tables the rows from `r` on make from alone[i…] and beside[j…]; null when overflowing.
  const from = (r: number, i: number, j: number): TextCell[][][] => {
    if (overflow || ++steps > MAX_STEPS) { overflow = true; return []; }
    if (r === rows) return i === alone.length && j === beside.length ? [[]] : [];
    const key = `${r}:${i}:${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known ?? [];
    const out = new Map<string, TextCell[][]>();
    const extend = (row: TextCell[], rest: TextCell[][][]) => {
      for (const t of rest) {
        const table = [row, ...t];
        out.set(table.map((x) => x.map((c) => c.text).join(' ')).join('|'), table);
      }
    };
    if (i + n <= alone.length) {
      const row = alone.slice(i, i + n);
      if (totalHolds(row)) extend(row, from(r + 1, i + n, j));
    }
    if (j < beside.length && i + n - 1 <= alone.length) {
      const row = [beside[j], ...alone.slice(i, i + n - 1)];
      if (totalHolds(row)) extend(row, from(r + 1, i + n - 1, j + 1));
    }
    if (out.size > MAX_READINGS) overflow = true;
    const found = overflow ? null : [...out.values()];
    memo.set(key, found);
    return found ?? [];
  };
  const all = from(0, 0, 0);
  return overflow ? undefined : all;
}

/**
 * As readingsWithFirstsApart, the numbers beside labels in any order (a page's label blocks may come in another order
 * than its rows): a row taking its first apart has it fixed by its total (the total less the others), which must be
 * one of them not yet taken; every one of them taken once.
 */
export function readingsWithFirstsAnyOrder(beside: readonly TextCell[], alone: readonly TextCell[], rows: number, n: number): TextCell[][][] | undefined {
  if (beside.length > rows || beside.length * (n - 1) + (rows - beside.length) * n !== alone.length) return undefined;
  const memo = new Map<string, TextCell[][][] | null>();
  let overflow = false;
  let steps = 0;
  // `left`: the numbers beside labels not yet taken (their indexes in `beside`).
  const from = (r: number, i: number, left: readonly number[]): TextCell[][][] => {
    if (overflow || ++steps > MAX_STEPS) { overflow = true; return []; }
    if (r === rows) return i === alone.length && !left.length ? [[]] : [];
    const key = `${r}:${i}:${left.map((k) => beside[k].text).join(',')}`;
    const known = memo.get(key);
    if (known !== undefined) return known ?? [];
    const out = new Map<string, TextCell[][]>();
    const extend = (row: TextCell[], rest: TextCell[][][]) => {
      for (const t of rest) {
        const table = [row, ...t];
        out.set(table.map((x) => x.map((c) => c.text).join(' ')).join('|'), table);
      }
    };
    if (i + n <= alone.length && rows - r > left.length) {
      const row = alone.slice(i, i + n);
      if (totalHolds(row)) extend(row, from(r + 1, i + n, left));
    }
    if (left.length && i + n - 1 <= alone.length) {
      const others = alone.slice(i, i + n - 1);
      const first = Number(others[n - 2].text) - others.slice(0, -1).reduce((a, c) => a + Number(c.text), 0);
      // Equal numbers are one choice: the first of them not yet taken.
      const k = left.find((x) => Number(beside[x].text) === first);
      if (k !== undefined) extend([beside[k], ...others], from(r + 1, i + n - 1, left.filter((x) => x !== k)));
    }
    if (out.size > MAX_READINGS) overflow = true;
    const found = overflow ? null : [...out.values()];
    memo.set(key, found);
    return found ?? [];
  };
  const all = from(0, 0, beside.map((_, k) => k));
  return overflow ? undefined : all;
}

