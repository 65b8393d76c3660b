/**
 * Table 三 of a web page printed narrow and read with `pdftotext -layout`: the applicant columns are so narrow that a
 * row's numbers there stand one space apart, and the row's 其他 and 总计 may stand alone on the next line, under their
 * columns. Such a short line is one row with its end where the order and the row's total settle it.
 */
import { totalHolds } from './total-holds';
import type { Word } from './grid';
import type { TableLine } from './numbering-apart';

const TABLE3_COLUMNS = 7;

/**
 * Short lines of numbers one space apart whose other cells stand alone on the next line, right under the last columns
 * (a web page printed narrow: `2.其他法律行政 0 0 0 0 0` / `法规禁止公开        0   0`): together one number per column in
 * order, the row's total holding. Not where a short line stands right above (two rows waiting for their ends) or
 * another such end right below (which end is whose, the order alone would say).
 */
export function completedShort(lines: TableLine[], place: (l: TableLine) => number[] | undefined): Map<TableLine, number[]> {
  const out = new Map<TableLine, number[]>();
  const valued = lines.filter((l) => l.values.length);
  const line = (l: TableLine) => l.values[0].line;
  valued.forEach((s, i) => {
    const n = s.values.length;
    const end = valued[i + 1];
    if (!oneSpaceShort(s.values) || !end || line(end) !== line(s) + 1 || end.values.length !== TABLE3_COLUMNS - n) return;
    const before = valued[i - 1];
    if (before && line(before) === line(s) - 1 && oneSpaceShort(before.values)) return;
    const cols = place(end);
    if (!cols || cols.some((c, k) => c !== n + k) || !totalHolds([...s.values, ...end.values])) return;
    const after = valued[i + 2];
    if (after && line(after) === line(end) + 1 && after.values.length < TABLE3_COLUMNS && place(after)?.every((c) => c >= n)) return;
    out.set(s, Array.from({ length: n }, (_, k) => k));
  });
  return out;
}

/**
 * Two such short lines one under the other, then their two ends one under the other (`4.保护第三方合法权益 0 0 0 0 0` /
 * `5.属于三类内部事务信 0 0 0 0 0` / `0   0` / `息  0   0`): which end is whose only the order would say, so they are
 * taken, in order, only where the two ends are the same numbers (either way the rows read the same) and both totals hold.
 */
export function endsOfTwo(lines: TableLine[], place: (l: TableLine) => number[] | undefined): { cols: Map<TableLine, number[]>; endOf: Map<TableLine, TableLine> } {
  const cols = new Map<TableLine, number[]>();
  const endOf = new Map<TableLine, TableLine>();
  const valued = lines.filter((l) => l.values.length);
  const line = (l: TableLine) => l.values[0].line;
  const text = (l: TableLine) => l.values.map((v) => v.text).join(' ');
  for (let i = 0; i + 3 < valued.length; i++) {
    const [s1, s2, e1, e2] = valued.slice(i, i + 4);
    const n = s1.values.length;
    if (![s2, e1, e2].every((l, k) => line(l) === line(s1) + k + 1)) continue;
    if (!oneSpaceShort(s1.values) || !oneSpaceShort(s2.values) || s2.values.length !== n || text(e1) !== text(e2) || e1.values.length !== TABLE3_COLUMNS - n) continue;
    const before = valued[i - 1];
    const after = valued[i + 4];
    if (before && line(before) === line(s1) - 1 && oneSpaceShort(before.values)) continue;
    if (after && line(after) === line(e2) + 1 && after.values.length < TABLE3_COLUMNS && place(after)?.every((c) => c >= n)) continue;
    const at = [place(e1), place(e2)];
    if (at.some((c) => !c || c.some((x, k) => x !== n + k))) continue;
    if (!totalHolds([...s1.values, ...e1.values]) || !totalHolds([...s2.values, ...e2.values])) continue;
    const first = Array.from({ length: n }, (_, k) => k);
    cols.set(s1, first);
    cols.set(s2, first);
    endOf.set(e1, s1);
    endOf.set(e2, s2);
  }
  return { cols, endOf };
}

/** Fewer numbers than table 三's columns, each one space after the last: no position says which cell is blank. */
export function oneSpaceShort(values: Word[]): boolean {
  if (values.length < 2 || values.length >= TABLE3_COLUMNS) return false;
  for (let i = 1; i < values.length; i++) if (values[i].start !== values[i - 1].end + 1) return false;
  return true;
}
