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
import { type Cut, pageCuts, withMergedMoved } from './zero-rows';

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
  const all = [...choices, ...choices.flatMap((c) => withMergedMoved(c))];
  // The readings keeping every row's total first (cheap: most cuts fail a row): one whose balance holds settles nothing.
  const whole = new Set<string>();
  if (!readingsOf(all, n, 0, (combination) => { whole.add(balance.map((r) => combination.flatMap((c) => c.totals)[r]).join(' ')); })) return undefined;
  const totals = [...whole].map((w) => w.split(' ').map(Number));
  if (totals.some(([a, b, c, d]) => a + b === c + d)) return undefined;
  const oneOff = new Map<string, NonNullable<ProvenBroken['rowTotal']>>();
  const within = readingsOf(all, n, 1, (combination, pages) => {
    const off = combination.flatMap((c, p) => c.failing.map((f) => ({ row: rowsBefore(pages, p, n) + f.row, numbers: f.numbers })));
    if (off.length === 1) oneOff.set(`${off[0].row}:${off[0].numbers.join(' ')}`, off[0]);
  });
  if (!within) return undefined;
  if (!totals.length) return oneOff.size === 1 ? { rowTotal: [...oneOff.values()][0] } : undefined;
  // Readings that cut the pages otherwise may give the four other numbers, each failing: said without them.
  return oneOff.size ? undefined : { totalBalance: totals.length === 1 ? totals[0] : [] };
}

/** Visits every combination of the pages' cuts (all rows' totals kept but `slack` a page); false past the budget. */
function readingsOf(all: readonly (readonly (readonly TextCell[])[])[], n: number, slack: number, visit: (combination: Cut[], pages: readonly (readonly TextCell[])[]) => void): boolean {
  const cache = new Map<readonly TextCell[], Cut[]>();
  const cutsOf = (page: readonly TextCell[]) => cache.get(page) ?? cache.set(page, pageCuts(page, n, slack, false)).get(page)!;
  for (const pages of all) {
    const perPage = pages.map(cutsOf);
    if (perPage.some((cuts) => !cuts.length)) continue;
    if (perPage.reduce((m, cuts) => m * cuts.length, 1) > MAX_COMBINATIONS) return false;
    for (const combination of product(perPage)) visit(combination, pages);
  }
  return true;
}

/** How many rows the pages before page `p` hold. */
function rowsBefore(pages: readonly (readonly TextCell[])[], p: number, n: number): number {
  return pages.slice(0, p).reduce((s, page) => s + page.length / n, 0);
}
