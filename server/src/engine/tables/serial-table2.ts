/**
 * Table 二 in plain pdftotext output under a header with 序号: each row's number stands alone right before its label
 * (1 / 规章 / 0 / 0 / 0 / 2 / 行政规范性文件 …), so the numbers a label takes run on to the next row's 序号. For a row
 * whose own 序号 stood before its label and whose numbers end with its 序号 plus one right before the next row's
 * label, that last number is the next row's 序号, no count: with one number more than the row's columns it is left
 * out; with exactly as many the row lacks a blank cell the text keeps no place of, and is unsure (not read).
 */
import { FORMATS } from '../format';
import type { TextCell } from '../model';
import type { RowLabel } from './labels';

export function withoutNextTable2Serial(values: TextCell[], label: RowLabel, own: number | undefined, nextIsLabel: boolean): { values: TextCell[]; unsure?: boolean } {
  if (own === undefined || !nextIsLabel || label.table !== 'table2' || !values.length) return { values };
  if (values[values.length - 1].text.trim() !== String(own + 1)) return { values };
  // The row's columns in each format its label is in.
  const counts = label.formats.map((f) => FORMATS[f].table2.find((s) => s.key === label.sub)?.columns.length);
  if (counts.includes(values.length)) return { values, unsure: true };
  if (counts.includes(values.length - 1)) return { values: values.slice(0, -1) };
  return { values };
}
