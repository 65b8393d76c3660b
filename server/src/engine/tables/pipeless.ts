/**
 * Python html2text writes a table's rows without outer pipes (`一、本年新收… | 2 | 0 | 2`) and wraps a long header
 * row at a space, before a pipe (`… | 其他` / `| 总计`). In such a table a row that starts with a pipe has an
 * empty first cell (a blank 序号), and one that ends with a pipe an empty last cell (a blank 总计): the lexer,
 * which sees one line, reads both pipes as outer ones. Here the row is read in its table's style.
 */
import type { TextCell } from '../model';
import { isNumber } from './repeated-cells';

/** A row of fields without outer pipes (` | ` between them), or the delimiter row of such a table (`---|---`). */
export function isPipelessRow(line: string): boolean {
  const t = line.trim();
  return t !== '' && t[0] !== '|' && t.indexOf(' | ') > 0 || /^:?-{3,}:?(?:\|:?-{3,}:?)+$/.test(t);
}

/**
 * A line starting with a pipe right under a pipe-less header row that does not end with one, neither holding a
 * number: the header's wrapped rest (`| 总计`), whose cells follow the row's.
 */
export function isWrappedHeaderRest(prevLine: string, prevCells: readonly TextCell[], cells: readonly TextCell[]): boolean {
  return isPipelessRow(prevLine) && !prevLine.trimEnd().endsWith('|') && cells.length > 0
    && !prevCells.some(isNumber) && !cells.some(isNumber);
}

/** A pipe row in a pipe-less table whose line ends with a pipe: its empty last cell, which the lexer dropped. */
export function emptyLastCell(line: string, lineNo: number): TextCell | undefined {
  const t = line.trimEnd();
  if (!t.endsWith('|')) return undefined;
  return { text: '', norm: '', span: { line: lineNo, start: t.length, end: t.length } };
}
