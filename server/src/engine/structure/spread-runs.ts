/**
 * Space-aligned text (pdftotext -layout) of a row whose cells stand wide apart, some of them printed with widened
 * character spacing (字符间距加宽) so their digits stand one space apart — and more than one such number side by side,
 * so the digits run on from one cell into the next (掌握相关政 1 1 4 1 0   0   0   2   0   126: 114 and 10, or 11 and
 * 410, or 1141 and 0 …). Joining every run (structure/assemble.ts joinedPairs) then leaves too few values; which
 * digits make which number, only the row's sums tell: a reading is taken only where exactly one joining holds them.
 * Pieces are joined only across one space on one line, never across a wide gap.
 */
import type { TextCell } from '../model';
import { joinedCell } from './spread-digits';

/** Past this many readings the row is not searched (a row of the annex gives a few dozen at most). */
const MAX_READINGS = 1024;

const DIGIT = /^[0-9]$/;
/** What joined pieces must make: no number but 0 itself starts with 0. */
const NUMBER = /^(?:0|[1-9][0-9]*)$/;

/** The values cut into runs: single digits each one space after the one before on one line; any other value alone. */
function runsOf(values: readonly TextCell[]): TextCell[][] {
  const runs: TextCell[][] = [];
  for (const v of values) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && DIGIT.test(prev.text) && DIGIT.test(v.text) && v.span.line === prev.span.line && v.span.start === prev.span.end + 1) run.push(v);
    else runs.push([v]);
  }
  return runs;
}

/** Every way of cutting one run into numbers, as lists of cells. */
function cutsOf(run: readonly TextCell[]): TextCell[][] {
  if (run.length === 1) return [[run[0]]];
  const out: TextCell[][] = [];
  const walk = (i: number, acc: TextCell[]) => {
    if (i === run.length) { out.push(acc); return; }
    for (let j = i + 1; j <= run.length; j++) {
      const piece = run.slice(i, j);
      const text = piece.map((v) => v.text).join('');
      if (NUMBER.test(text)) walk(j, [...acc, piece.length === 1 ? piece[0] : joinedCell(piece, text)]);
    }
  };
  walk(0, []);
  return out;
}

/**
 * The row's values read as `n` numbers, digits one space apart joined where `holds` (the row's sums) is true of
 * exactly one such joining; 'unsure' where there are joinings but not exactly one that holds (or no sum to tell:
 * `holds` undefined); undefined where the row has no two digits one space apart or no joining leaves `n` values.
 */
export function spreadRunsReading(values: readonly TextCell[], n: number, holds?: (v: number[]) => boolean): TextCell[] | 'unsure' | undefined {
  const runs = runsOf(values);
  if (!runs.some((r) => r.length > 1) || runs.length > n) return undefined;
  const readings: TextCell[][] = [];
  let cut = false;
  const walk = (i: number, acc: TextCell[]) => {
    if (cut) return;
    if (acc.length > n) return;
    if (i === runs.length) {
      if (acc.length === n) readings.push(acc);
      if (readings.length > MAX_READINGS) cut = true;
      return;
    }
    for (const c of cutsOf(runs[i])) walk(i + 1, [...acc, ...c]);
  };
  walk(0, []);
  if (cut) return 'unsure';
  if (!readings.length) return undefined;
  if (!holds) return 'unsure';
  const holding = readings.filter((r) => r.every((c) => NUMBER.test(c.text)) && holds(r.map((c) => Number(c.text))));
  return holding.length === 1 ? holding[0] : 'unsure';
}
