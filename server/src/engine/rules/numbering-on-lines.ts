/**
 * Whether a table row's official numbering (`5.` of 5.属于三类内部事务信息) stands on the row's own lines: a label
 * assembled from pieces over lines (PDF text of a label distributed over its cell, `予 公 开 5.`) may have lost it to
 * the reader, not to the writer, who wrote it there.
 */
export function numberingOnLines(lines: readonly string[], official: string, first: number, last: number): boolean {
  const m = /^([0-9]{1,2})[.．、]/.exec(official);
  if (!m) return false;
  const re = new RegExp(`(?:^|[\\s\\u3400-\\u9fff）])${m[1]}[.．、]`);
  for (let i = first; i <= last && i < lines.length; i++) if (re.test(lines[i])) return true;
  return false;
}
