/**
 * A 序号 glued to its row's label (`1规章`, `2行 政 规 范 性 文 件`): gknb's PDF reader of a borderless table sets the
 * narrow 序号 column too close to the labels to tell it apart. The label is the rest when the rest is a data row's
 * official label and the whole is none; the serial is no part of it.
 */
import { normalizeLabel } from '../text/normalize';
import type { TextCell } from '../model';
import { lookupDataRow } from './labels';

/** One or two digits, then the label's first Chinese character. */
const GLUED_SERIAL = /^([1-9][0-9]?)[ \u00a0]*(?=[\u4e00-\u9fff])/;

export function withoutGluedSerial(c: TextCell): TextCell | undefined {
  const m = GLUED_SERIAL.exec(c.text);
  if (!m || lookupDataRow(c.norm)?.some((r) => normalizeLabel(r.official) === c.norm)) return undefined;
  const text = c.text.slice(m[0].length);
  const norm = normalizeLabel(text);
  if (!lookupDataRow(norm)?.some((r) => normalizeLabel(r.official) === norm)) return undefined;
  return { ...c, text, norm, span: { ...c.span, start: c.span.start + m[0].length } };
}
