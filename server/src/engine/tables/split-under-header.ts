/**
 * Space-aligned text keeps numbers one space apart in one cell (`24 5`), which is read as one number whose digits
 * were spread apart (245). In a browser's printout of a table with narrow columns (table 四's litigation groups side
 * by side, the header wrapped: `结果维 结果纠 其他结 尚未审 总计` / `持    正   果  结` / `24 5     6  9   44 …`) two
 * cells' numbers stand one space apart too. Only the columns' positions tell which: when a header line just above
 * has exactly one word per number once such cells are parted, and each number starts nearest its own word, in
 * order, clearly nearer than any other, the numbers are separate cells. Anything less leaves the line as it is.
 */
import type { TextCell } from '../model';
import { looksLikeValue, normalizeLabel } from '../text/normalize';

/** Numbers one space apart in one cell. */
const PIECES = /^[0-9]+(?: [0-9]+)+$/;
/** How many lines above the numbers a header line may stand (a label wrapped over three lines, a blank line). */
const REACH = 4;
/** How much nearer its own word a number must start than any other word (pdftotext's columns are ±1 apart). */
const MARGIN = 1.5;
const CJK = /[\u3400-\u9fff]/;

interface Word { start: number }

/** The line's cells with every cell of numbers one space apart parted, when the header above says so; else undefined. */
export function splitUnderHeader(cells: readonly TextCell[], lines: readonly string[], line: number): TextCell[] | undefined {
  if (!cells.some((c) => PIECES.test(c.text)) || !cells.every((c) => looksLikeValue(c.text))) return undefined;
  const parted = cells.flatMap((c) => (PIECES.test(c.text) ? piecesOf(c) : [c]));
  for (let i = line - 1; i >= 0 && i >= line - REACH; i--) {
    const text = lines[i];
    // Another row's numbers (or any digit) end the header above.
    if (/[0-9０-９]/.test(text)) return undefined;
    const words = wordsOf(text);
    if (words.length !== parted.length || !words.every((w) => CJK.test(w.text))) continue;
    // The header line with one word per number decides, either way.
    return inOwnColumns(parted, words) ? parted : undefined;
  }
  return undefined;
}

/** Each number starts nearest the word of the same rank, clearly nearer than any other word. */
function inOwnColumns(values: readonly TextCell[], words: readonly Word[]): boolean {
  return values.every((v, k) => {
    const own = Math.abs(v.span.start - words[k].start);
    return words.every((w, j) => j === k || Math.abs(v.span.start - w.start) >= own + MARGIN);
  });
}

function wordsOf(text: string): (Word & { text: string })[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index! }));
}

function piecesOf(c: TextCell): TextCell[] {
  const out: TextCell[] = [];
  for (const m of c.text.matchAll(/[0-9]+/g)) {
    const start = c.span.start + m.index!;
    out.push({ text: m[0], norm: normalizeLabel(m[0]), span: { line: c.span.line, start, end: start + m[0].length } });
  }
  return out;
}
