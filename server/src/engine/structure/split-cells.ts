/**
 * Counts one space apart read as one cell in a row short of its cells (pdftotext -layout under narrow columns, table
 * 四's one row `24    8  3  8 43  4     1 …`: 8 and 43 as one cell `8 43`). Such a cell may be one number spread apart
 * (widened character spacing: `1 0` is 10) or several counts, and every count after it takes a column depending on
 * which. The row is read split only where, of the ways of splitting such cells that fill it, exactly one makes its sums
 * hold; where some way fills it but none or several hold, which is which is unsure (the row is unread — placed from the left, a
 * group could hold its sum by chance with every count a column off).
 */
import type { TextCell } from '../model';

/** Numbers one space apart in one cell. */
const SPACED = /^[0-9]+(?: [0-9]+)+$/;
/** What each piece must be to stand as a count of its own. */
const COUNT = /^(?:0|[1-9][0-9]*)$/;
/** A row has at most a handful of such cells; past this many, no reading is tried (the row is unsure). */
const MAX_CELLS = 8;

function pieces(c: TextCell): TextCell[] {
  const out: TextCell[] = [];
  for (const m of c.text.matchAll(/[0-9]+/g)) {
    const start = c.span.start + m.index!;
    out.push({ text: m[0], norm: m[0], span: { line: c.span.line, start, end: start + m[0].length } });
  }
  return out;
}

/**
 * The row's values with its spaced cells split, when that is the one reading filling `n` columns whose sums hold;
 * 'unsure' when some reading fills them but none or several hold; undefined when no cell is spaced or none fills them.
 */
export function splitSpacedCells(values: readonly TextCell[], n: number, holds: (v: number[]) => boolean): TextCell[] | 'unsure' | undefined {
  const spaced = values.map((v, i) => (SPACED.test(v.text) ? i : -1)).filter((i) => i >= 0);
  if (!spaced.length || values.length >= n) return undefined;
  if (spaced.length > MAX_CELLS) return 'unsure';
  const split = new Map(spaced.map((i) => [i, pieces(values[i])]));
  let filling = 0;
  const holding: TextCell[][] = [];
  for (let mask = 1; mask < 1 << spaced.length; mask++) {
    const out: TextCell[] = [];
    values.forEach((v, i) => {
      const k = spaced.indexOf(i);
      if (k >= 0 && mask & (1 << k)) out.push(...split.get(i)!);
      else out.push(v);
    });
    if (out.length !== n || spaced.some((i, k) => mask & (1 << k) && !split.get(i)!.every((p) => COUNT.test(p.text)))) continue;
    filling++;
    const numbers = out.map((c) => (c.text === '' ? NaN : Number(c.text)));
    if (numbers.every(Number.isFinite) && holds(numbers)) holding.push(out);
  }
  if (!filling) return undefined;
  return holding.length === 1 ? holding[0] : 'unsure';
}
