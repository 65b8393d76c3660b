/**
 * A browser's printout in plain pdftotext, a row cut by a page break: its other counts printed at the page's foot
 * before its 序号 and label, its first count beside its label's first piece (0 0 0 0 0 / 6 / 3 / 9 / （三）不予 6 /
 * 公开 5.属于, for 6 0 0 0 0 0 6). A row read from the numbers before its label, while a count beside that label's
 * pieces is no row's, took a count not its own (a 序号, a neighbour's): which of them are its own nothing proves.
 */
import type { FoundRow } from '../model';

/** A label's piece followed by a bare count: `（三）不予 6`. */
const PIECE_THEN_COUNT = /^\S*[\u4e00-\u9fff）)]\S*\s+([0-9]+)$/;

export function firstLeftBesideLabel(row: FoundRow, found: readonly FoundRow[], lines: readonly string[]): boolean {
  if (!row.scrambled || !row.values.length) return false;
  const at = row.label.span.line;
  if (row.values.some((v) => v.span.line >= at - 1)) return false;
  const taken = new Set(found.flatMap((r) => r.values.map((v) => v.span.line)));
  for (const line of [at - 1, at]) {
    if (line < 0 || taken.has(line)) continue;
    if (PIECE_THEN_COUNT.test((lines[line] ?? '').trim())) return true;
  }
  return false;
}
