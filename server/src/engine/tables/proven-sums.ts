/**
 * Table 三's sums that fail in every reading of pdfminer's column runs, where no one reading settles the cells. The
 * readings are those tables/zero-rows.ts weighs (every page-number choice, every cut of each page into plain runs, bands
 * in any order or a block of first rows, a merged box traded with its neighbour), with the rows' totals kept — all but
 * one row's over the table (one defect). Where a cut puts a number depends only on the cut, never on the order of the
 * runs, and so does the 总计 column (half each row's sum): a row's total and the 总计 column's balance are judged without
 * knowing which run is whose.
 * - A row's total: no reading keeps every row's total, and every reading that keeps all but one fails that same row with
 *   the same numbers (in any column order, none of them is the sum of the others).
 * - The 总计 column's balance: every reading keeps every row's total, none keeps all but one, and in each the 一、二、
 *   （七）、四 totals' 第一项加第二项 is not 第三项加第四项 (the numbers quoted where every reading gives the same).
 * Beyond the budget, or where readings disagree, nothing is said.
 */
import type { TextCell } from '../model';
import { product } from './column-runs';
import { pageCuts, withMergedMoved } from './zero-rows';

const MAX_COMBINATIONS = 4096;

export interface ProvenBroken {
  /** The row (its index in the table) whose total fails in every reading, with its numbers. */
  rowTotal?: { row: number; numbers: number[] };
  /** The 总计 column's 一、二、（七）、四 where its balance fails in every reading ([] when readings give other numbers, each failing). */
  totalBalance?: number[];
}

/**
 * `choices`: each way of reading the pages (a page's own number left out or not), each page's numbers in text order;
 * `n` columns; `balance` the indices of the rows 一、二、（七）、四.
 */
export function provenBroken(choices: readonly (readonly (readonly TextCell[])[])[], n: number, balance: readonly [number, number, number, number]): ProvenBroken | undefined {
  const whole: string[] = [];
  const oneOff = new Set<string>();
  let failing: ProvenBroken['rowTotal'];
  let readings = 0;
  const cache = new Map<readonly TextCell[], ReturnType<typeof pageCuts>>();
  const cutsOf = (page: readonly TextCell[]) => cache.get(page) ?? cache.set(page, pageCuts(page, n, 1)).get(page)!;
  for (const pages of [...choices, ...choices.flatMap((c) => withMergedMoved(c))]) {
    const perPage = pages.map(cutsOf);
    if (perPage.some((cuts) => !cuts.length)) continue;
    if (perPage.reduce((m, cuts) => m * cuts.length, 1) > MAX_COMBINATIONS) return undefined;
    for (const combination of product(perPage)) {
      const off = combination.flatMap((c, p) => c.failing.map((f) => ({ row: rowsBefore(pages, p, n) + f.row, numbers: f.numbers })));
      if (off.length > 1) continue;
      readings++;
      if (off.length === 1) {
        oneOff.add(`${off[0].row}:${off[0].numbers.join(' ')}`);
        failing = off[0];
      } else {
        whole.push(balance.map((r) => combination.flatMap((c) => c.totals)[r]).join(' '));
      }
    }
  }
  if (!readings) return undefined;
  if (!whole.length && oneOff.size === 1) return { rowTotal: failing };
  if (oneOff.size) return undefined;
  const totals = [...new Set(whole)].map((w) => w.split(' ').map(Number));
  if (totals.some(([a, b, c, d]) => a + b === c + d)) return undefined;
  // Readings that cut the pages otherwise may give the four other numbers, each failing: said without them.
  return { totalBalance: totals.length === 1 ? totals[0] : [] };
}

/** How many rows the pages before page `p` hold. */
function rowsBefore(pages: readonly (readonly TextCell[])[], p: number, n: number): number {
  return pages.slice(0, p).reduce((s, page) => s + page.length / n, 0);
}
