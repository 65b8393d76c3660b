/**
 * A table 三 row's 序号 among its counts where the rows on either side give theirs before their labels (pdfplumber:
 * `3 （一）予以公开 2 0 0 0 0 0 2` / `（二）部分公开（区分处理的，只计这一情形，` / `4 1 0 0 0 0 0 1` / `不计其他情形）` /
 * `5 （三）不予公开1.属于国家秘密 0 …`). One number more than the row's cells, on a line apart from its label, the first
 * exactly the 序号 the row must have — the row before's plus one, the row after's minus one — is that 序号 when the
 * other counts hold their total. When the first counts hold theirs it is one count too many, as it reads; when neither
 * holds, which number is which is unsure and the row is unread. Any other small first number is left alone (a count
 * that merely looks like a 序号: a page number, a row one count short).
 */
import type { FoundRow } from '../model';
import { SERIAL_NUMBER } from '../text/lines';
import { totalHolds } from './glued';

/** The 序号 standing alone before a row's label on the label's line (`3 （一）予以公开 …`), if any. */
function serialBeforeLabel(r: FoundRow, lines: readonly string[]): number | undefined {
  const before = (lines[r.label.span.line] ?? '').slice(0, r.label.span.start).trim();
  return SERIAL_NUMBER.test(before) ? Number(before) : undefined;
}

export function withoutExpectedSerial(rows: FoundRow[], n: number, lines: readonly string[]): FoundRow[] {
  return rows.map((r, i) => {
    if (i === 0 || i + 1 >= rows.length || r.style !== 'spaced' || r.values.length !== n + 1) return r;
    const first = r.values[0];
    if (first.span.line === r.label.span.line || !SERIAL_NUMBER.test(first.text) || serialBeforeLabel(r, lines) !== undefined) return r;
    const counts = r.values.map((v) => (/^[0-9]+$/.test(v.text) ? Number(v.text) : NaN));
    if (counts.some((c) => !Number.isFinite(c))) return r;
    const before = serialBeforeLabel(rows[i - 1], lines);
    const after = serialBeforeLabel(rows[i + 1], lines);
    if (before === undefined || counts[0] !== before + 1 || after !== before + 2) return r;
    if (totalHolds(counts.slice(0, n))) return r;
    if (totalHolds(counts.slice(1))) return { ...r, values: r.values.slice(1) };
    return { ...r, uncertain: true };
  });
}
