/**
 * A table printed from a pandas DataFrame (`read_html(…)[0].to_markdown()` or `to_csv(sep='\t')`, as data and AI
 * pipelines turn report pages into text): a header row of the column numbers pandas gives a table without a header
 * (`|    | 0 | 1 | 2 | …`) and, in each row, the row's index first (`|  3 | （一）予以公开 | …`). Neither is the report's.
 */
import type { TextCell } from '../model';

/** The column numbers 0, 1, 2, … (three or more), after a blank corner cell over the index or without one. */
export function isFrameHeader(cells: readonly TextCell[]): boolean {
  const first = cells.length && cells[0].text.trim() === '' ? 1 : 0;
  if (cells.length - first < 3) return false;
  for (let k = first; k < cells.length; k++) if (cells[k].text.trim() !== String(k - first)) return false;
  return true;
}

/** The row without its index cell when that cell is the index expected next (0, 1, 2 … down the table). */
export function withoutFrameIndex(cells: TextCell[], index: number): TextCell[] | undefined {
  return cells.length > 1 && cells[0].text.trim() === String(index) ? cells.slice(1) : undefined;
}
