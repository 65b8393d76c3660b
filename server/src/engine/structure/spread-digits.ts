/**
 * Digits spread apart by widened character spacing (字符间距加宽) in PDF text that keeps one space between all its
 * words, with no column positions (pdfplumber's extract_text): `行政规范性文件 0 0 1 4` is 0, 0 and 14,
 * `行政事业性收费 1 6 8 . 7 6` is 168.76, `- 4` is -4. A row with more values than columns is read so only where one
 * way of joining adjacent pieces into numbers (none but 0 itself starting with 0) leaves one value per column —
 * for a row with a total, the one way whose total holds (structure/assemble.ts decides).
 */
import type { TextCell } from '../model';

/** A piece of a spread number: digits, a decimal point, a minus sign. */
const PIECE = /^(?:[-−－]|[0-9]*\.?[0-9]*)$/;
/** What joined pieces must make. */
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
/** Enough for any row of the annex (twelve pieces into seven numbers make at most 462); a row with more ways is not read by joining. */
const MAX_READINGS = 1024;
/** The search's bound (a damaged line of hundreds of digits must not hang the check): past it, no reading. */
const MAX_STEPS = 20000;

/** One cell of a number's pieces (`1 2` → 12, remembering how it was spread); `text` the number they make. */
export function joinedCell(run: readonly TextCell[], text = run.map((v) => v.text).join('')): TextCell {
  return { text, norm: text, span: { line: run[0].span.line, start: run[0].span.start, end: run[run.length - 1].span.end }, spread: run.map((v) => v.text).join(' ') };
}

/** Each value one space after the one before, on one line: the shape of text that spreads digits this way. */
export function oneSpaceApart(values: readonly TextCell[]): boolean {
  for (let i = 1; i < values.length; i++) {
    if (values[i].span.line !== values[0].span.line || values[i].span.start !== values[i - 1].span.end + 1) return false;
  }
  return values.length > 1;
}

/** Every reading of `values` as `n` numbers, runs of pieces joined (at most MAX_READINGS + 1 of them; none when the search is cut short). */
export function spreadReadings(values: readonly TextCell[], n: number): TextCell[][] {
  const out: TextCell[][] = [];
  let steps = 0;
  const walk = (i: number, acc: TextCell[]) => {
    if (out.length > MAX_READINGS || ++steps > MAX_STEPS) return;
    const left = n - acc.length;
    if (left === 0) { if (i === values.length) out.push(acc); return; }
    if (values.length - i < left) return;
    walk(i + 1, [...acc, values[i]]);
    let text = values[i].text;
    for (let j = i + 1; j < values.length && PIECE.test(values[i].text) && PIECE.test(values[j].text); j++) {
      text += values[j].text;
      const joined = text.replace(/^[−－]/, '-');
      if (!NUMBER.test(joined)) continue;
      const run = values.slice(i, j + 1);
      walk(j + 1, [...acc, joinedCell(run, joined)]);
    }
  };
  walk(0, []);
  // Cut short, the readings found are not all there are: none is trusted (a reading whose sums hold may be among
  // those not reached: 6 0 8 1 0 3 5 0 0 1 7 6 is 60 81 0 35 0 0 176 and 60 8 103 5 0 0 176).
  return steps > MAX_STEPS || out.length > MAX_READINGS ? [] : out;
}
