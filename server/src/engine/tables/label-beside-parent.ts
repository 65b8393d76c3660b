/**
 * A row label wrapped in its cell, its first line alone and its rest on the next line after its parent's text (the
 * parent cell, merged over several rows, has its text vertically centred on that line): a browser's printout in plain
 * pdftotext, `无正当理由大量反` / `（五）不予处理 复申请`, `没有现成信息需要` / `（四）无法提供 2.另行制作` (the label's
 * numbering before its rest). Taken line by line, the second opens a label of its own, read as the one nearest 复申请
 * (2.重复申请: a false label-nonstandard, the row read from the wrong line); the label is the first line and the rest.
 */
import { normalizeLabel } from '../text/normalize';
import { isKnownLabel } from './labels';
import { isParentLabel } from './grid';

/** A parent's whole text, one space, then the rest of a label (its numbering, if any, first: `2.另行制作`). */
const PARENT_THEN_REST = /^(（[一二三四五六七八]）[\u3400-\u9fff]{2,8}) ((?:[0-9]{1,2}[.．、])?)([^\s0-9].{0,11})$/;

/** The label `head` (a line of its own) and the rest after its parent's text on `line` make, when they make a known one. */
export function labelAroundParent(head: string, line: string): string | undefined {
  const m = PARENT_THEN_REST.exec(line.trim());
  if (!m || !isParentLabel(normalizeLabel(m[1])) || isKnownLabel(normalizeLabel(head))) return undefined;
  const label = m[2] + head.trim() + m[3];
  return isKnownLabel(normalizeLabel(label)) ? label : undefined;
}
