/**
 * Plain pdftotext of a browser's printout (print-html-raw): a narrow label column puts a row's first number on a line
 * of its label (类过程性 0), and a label wrapped over several lines may come after the rest of its row, past the next
 * rows' numbers (0 0 0 0 0 1 … / 危及 / “三安全 1 / 一稳定”). Both sequences keep the rows' order: the numbers beside a
 * label, each some row's first, and the numbers alone, the rows' others — or all seven of a row whose first stands
 * alone. Which rows took their first beside a label the text does not say; the rows' totals weed out most choices.
 */
import type { TextCell } from '../model';
import { totalHolds } from '../tables/total-holds';

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
  // The state: how many of `beside` were taken, in order.
  return tablesBy<number>(alone, rows, 0, String, (j) => j === beside.length, (r, i, j) => [
    ...(i + n <= alone.length ? [{ row: alone.slice(i, i + n), next: i + n, state: j }] : []),
    ...(j < beside.length && i + n - 1 <= alone.length ? [{ row: [beside[j], ...alone.slice(i, i + n - 1)], next: i + n - 1, state: j + 1 }] : []),
  ]);
}

/**
 * As readingsWithFirstsApart, the numbers beside labels in any order (a page's label blocks may come in another order
 * than its rows): a row taking its first apart has it fixed by its total (the total less the others), which must be
 * one of them not yet taken; every one of them taken once.
 */
export function readingsWithFirstsAnyOrder(beside: readonly TextCell[], alone: readonly TextCell[], rows: number, n: number): TextCell[][][] | undefined {
  if (beside.length > rows || beside.length * (n - 1) + (rows - beside.length) * n !== alone.length) return undefined;
  // The state: the numbers beside labels not yet taken (their indexes in `beside`).
  const choices = (r: number, i: number, left: readonly number[]) => {
    const out: Choice<readonly number[]>[] = [];
    if (i + n <= alone.length && rows - r > left.length) out.push({ row: alone.slice(i, i + n), next: i + n, state: left });
    if (left.length && i + n - 1 <= alone.length) {
      const others = alone.slice(i, i + n - 1);
      const first = Number(others[n - 2].text) - others.slice(0, -1).reduce((a, c) => a + Number(c.text), 0);
      // Equal numbers are one choice: the first of them not yet taken.
      const k = left.find((x) => Number(beside[x].text) === first);
      if (k !== undefined) out.push({ row: [beside[k], ...others], next: i + n - 1, state: left.filter((x) => x !== k) });
    }
    return out;
  };
  return tablesBy(alone, rows, beside.map((_, k) => k), (left) => left.map((k) => beside[k].text).join(','), (left) => !left.length, choices);
}

/** One way row r may take its numbers: the row, where the numbers alone go on, and the search's state after it. */
interface Choice<S> { row: TextCell[]; next: number; state: S }

/**
 * The distinct tables whose rows, one after another, each take one of `choices` (a row whose total fails is none)
 * and together use every number of `alone` with `done` holding at the end; memoised by row, position and `key` of the
 * state. Undefined when more than MAX_READINGS remain at some point or the search takes more than MAX_STEPS.
 */
function tablesBy<S>(alone: readonly TextCell[], rows: number, start: S, key: (s: S) => string, done: (s: S) => boolean,
  choices: (r: number, i: number, s: S) => Choice<S>[]): TextCell[][][] | undefined {
  const memo = new Map<string, TextCell[][][] | null>();
  let overflow = false;
  let steps = 0;
  // The tables the rows from `r` on make from alone[i…] in state `s`; null when overflowing.
  const from = (r: number, i: number, s: S): TextCell[][][] => {
    if (overflow || ++steps > MAX_STEPS) { overflow = true; return []; }
    if (r === rows) return i === alone.length && done(s) ? [[]] : [];
    const at = `${r}:${i}:${key(s)}`;
    const known = memo.get(at);
    if (known !== undefined) return known ?? [];
    const out = new Map<string, TextCell[][]>();
    for (const c of choices(r, i, s)) {
      if (!totalHolds(c.row)) continue;
      for (const t of from(r + 1, c.next, c.state)) {
        const table = [c.row, ...t];
        out.set(table.map((x) => x.map((v) => v.text).join(' ')).join('|'), table);
      }
    }
    if (out.size > MAX_READINGS) overflow = true;
    const found = overflow ? null : [...out.values()];
    memo.set(at, found);
    return found ?? [];
  };
  const all = from(0, 0, start);
  return overflow ? undefined : all;
}
