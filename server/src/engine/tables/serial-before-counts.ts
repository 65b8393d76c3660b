/**
 * A table 三 row's 序号 among its numbers, its label wrapped around them (pdfplumber: `（二）部分公开（…不计其他情` /
 * `4 1 0 0 0 0 0 1` / `形 ）`): eight numbers where the row has seven cells, the first a 序号's shape. It is the 序号
 * when only without it the last is the sum of the six before it; when the first seven hold their total the eighth is
 * one too many, as before; otherwise which number is which is unsure (the row is unread, never an error from a number
 * that may be its 序号).
 */
import type { TextCell } from '../model';
import { SERIAL_NUMBER } from '../text/lines';
import { normalizeLabel } from '../text/normalize';

const CELLS = 7;

export function withoutSerialBeforeCounts(values: readonly TextCell[]): { values: TextCell[]; unsure: boolean } | undefined {
  const words = values.flatMap((c) => c.text.trim().split(/\s+/).filter((w) => w));
  if (words.length !== CELLS + 1 || !SERIAL_NUMBER.test(words[0]) || !words.every((w) => /^[0-9]+$/.test(w))) return undefined;
  const n = words.map(Number);
  const holds = (v: number[]) => v.slice(0, CELLS - 1).reduce((a, b) => a + b, 0) === v[CELLS - 1];
  // (Seven counts holding their total and one more after them: a number too many, as it reads.)
  if (holds(n)) return undefined;
  if (!holds(n.slice(1))) return { values: [...values], unsure: true };
  // Take the serial off the first cell (its own cell, or the start of one spaced run).
  const first = values.findIndex((c) => c.text.trim() !== '');
  const c = values[first];
  const m = /^\s*[0-9]+\s*/.exec(c.text)!;
  const rest = c.text.slice(m[0].length);
  const out = values.slice(first + 1);
  if (rest) out.unshift({ text: rest, norm: normalizeLabel(rest), span: { ...c.span, start: c.span.start + m[0].length } });
  return { values: out, unsure: false };
}
