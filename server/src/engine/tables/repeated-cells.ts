/**
 * Merged cells written once per grid position they span. The script people write with python-docx
 * (`'\t'.join(cell.text for cell in row.cells)`) repeats a merged cell's text in every column it covers:
 * `申请人情况⇥申请人情况⇥…`, a label over three label columns three times, and a table 二 value under a
 * header spanning three columns three times (`行政许可⇥197⇥197⇥197`). Such a run is one cell. Markdown pipe tables
 * exported from a grid (docling, pandas) repeat merged cells the same way (`| 申请人情况 | 申请人情况 | … |`).
 */
import type { TextCell } from '../model';
import { isKnownLabel } from './labels';

const NUMBER = /^-?[0-9０-９]+(?:[.．][0-9０-９]+)?$/;

export interface Run { start: number; end: number }

export const isNumber = (c: TextCell) => NUMBER.test(c.text.trim());

/**
 * Text a merged cell holds: a label of the annex or a long text (the 勾稽 note, a label typed otherwise). Short
 * fillers (无, /, —, 不适用) may stand in several cells side by side of their own: they are never joined.
 */
const MERGED_TEXT_MIN = 6;
const mergedText = (c: TextCell) => !isNumber(c) && (([...c.text.trim()].length >= MERGED_TEXT_MIN && HAN.test(c.text)) || isKnownLabel(c.norm));
/** A long text is words (a number in bold, `**14**`, is as long as a short label but none). */
const HAN = /[\u4e00-\u9fff]/;

/** Runs (two or more) of adjacent cells with the same non-empty merged text (`mergedText`). */
function mergedRuns(cells: TextCell[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < cells.length; ) {
    let j = i + 1;
    const t = cells[i].text.trim();
    // (mergedText asked only where a neighbour repeats the text, not of every cell of every row, and once per run.)
    if (t !== '' && j < cells.length && cells[j].text.trim() === t) {
      if (NUMBER.test(t)) {
        // Equal numbers side by side (0 0 0 0 0 0 0, most rows of a table 三): no merged text, nor is any of the cells
        // after it with the same trimmed text (isNumber reads the trimmed text): past them all at once.
        while (j < cells.length && cells[j].text.trim() === t) j++;
        i = j;
        continue;
      }
      if (mergedText(cells[i])) while (j < cells.length && cells[j].text.trim() === t) j++;
    }
    if (j - i >= 2) runs.push({ start: i, end: j - 1 });
    i = j;
  }
  return runs;
}

/** Cheap cue, asked of every tab row: does any cell repeat its left neighbour's text? */
export function hasRepeats(cells: TextCell[]): boolean {
  for (let i = 1; i < cells.length; i++) if (cells[i].text !== '' && cells[i].text === cells[i - 1].text) return true;
  return false;
}

/**
 * One row with its repeated runs made one cell each. Runs of a label or a long text always (two neighbours with
 * the same such words are one merged cell); equal numbers (or blanks) only under a merged cell of the header row above
 * (`headerRuns`, the last row without numbers) — equal counts side by side are otherwise common.
 */
export function collapseRepeats(cells: TextCell[], headerRuns: readonly Run[]): TextCell[] {
  const drop = new Set<number>();
  for (const r of mergedRuns(cells)) for (let k = r.start + 1; k <= r.end; k++) drop.add(k);
  for (const h of headerRuns) {
    if (h.end >= cells.length) continue;
    const t = cells[h.start].text.trim();
    let same = true;
    for (let k = h.start + 1; k <= h.end && same; k++) same = cells[k].text.trim() === t;
    if (same) for (let k = h.start + 1; k <= h.end; k++) drop.add(k);
  }
  return drop.size ? cells.filter((_, k) => !drop.has(k)) : cells;
}

/** The merged cells of a header row (a row without numbers), by the columns they cover before collapsing. */
export function headerRunsOf(cells: TextCell[]): Run[] | undefined {
  if (cells.some(isNumber)) return undefined;
  return mergedRuns(cells);
}
