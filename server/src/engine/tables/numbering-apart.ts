/**
 * Table 三 of LibreOffice's web page printed from a browser and read with `pdftotext -layout`: its label column is
 * squeezed to three or four characters a line and the leaf's numbering (`3.`, in another font) sits on a baseline of
 * its own, under the label's first piece; the first number, beside that piece, comes one space after it:
 *
 *     危及“三安全一稳 5          (the label's first piece and 自然人's number)
 *     3.                        (the numbering)
 *                    0  0  0  0  0  5
 *     定”                       (the label's rest)
 *
 * or the numbering stands before the rest (`没有现成信息需要 3` / `（四）无法提供 2.另行制作  0 … 3`).
 * Read by line, the first piece would end the label above and the number would stand alone. Both are put back
 * where the text settles it: the numbering before the piece when together with the rest they start a row label,
 * the number before the row's other six when exactly six follow on the next line of numbers.
 */
import { normalizeLabel } from '../text/normalize';
import { isRowLabelStart, lookupRow, nearTable3Row } from './labels';
import { FORMAT_2019, FORMAT_2021 } from '../format';
import type { Word } from './grid';

export interface TableLine { words: Word[]; values: Word[] }

/** A leaf's numbering alone (3.), or at the start of a label piece (2.另行制作). */
const NUMBERING_ALONE = /^[0-9]{1,2}[.．]$/;
const NUMBERING_START = /^([0-9]{1,2}[.．])(.+)$/;
/** Any numbering a row label starts with (一、 （一） 1.): a new row. (grid.ts's NUMBERED; grid.ts imports this module.) */
const NUMBERED = /^(?:[一二三四五六七八九十]+[、，,.．]|[（(][一二三四五六七八九十]+[)）]|[0-9０-９]+[.．、，,])/;
/** How far left or right of the piece the numbering may stand (its font is narrower). */
const NUMBERING_REACH = 4;
/** How many lines below the first number the row's other numbers may stand (the numbering's line between). */
const VALUES_REACH = 3;

/**
 * Whether the numbering and the text start a row label, or are one typed slightly wrong (2.其他法律行政止公开) with
 * that numbering.
 */
function startsRow(numbering: string, text: string): boolean {
  const norm = normalizeLabel(numbering + text);
  return isRowLabelStart(norm) || !!nearTable3Row(norm)?.label.official.startsWith(numbering);
}

/** The piece with its numbering before it, its span still the piece's own text on its line. */
function numbered(piece: Word, numbering: string, start: number): Word {
  return { ...piece, text: numbering + piece.text, start, cs: piece.cs ?? piece.start, ce: piece.ce ?? piece.end };
}

/** Single digits each one space after the last (9 4): one number's digits spread apart. */
function spreadDigits(values: Word[]): boolean {
  return values.every((w, i) => /^[0-9]$/.test(w.text) && (i === 0 || w.start === values[i - 1].end + 1));
}

/** How many numbers the values make with each run of single digits one space apart taken as one (0 0 1 0 → 0 0 10). */
function runsOf(values: Word[]): number {
  let n = 0;
  values.forEach((w, i) => {
    const prev = values[i - 1];
    if (!(prev && /^[0-9]$/.test(w.text) && /^[0-9]$/.test(prev.text) && w.start === prev.end + 1)) n++;
  });
  return n;
}

/** A parent label of table 三 (（五）不予处理), which a leaf's pieces stand beside: no new row. */
const parentOnly = (text: string) => !!lookupRow(normalizeLabel(text))?.every((r) => r.parent);

/** Table 三's parent labels (both formats), normalised: a piece of one (他处理) stands left of the leaf column. */
const PARENTS = [...new Set(FORMAT_2021.table3Rows.concat(FORMAT_2019.table3Rows).flatMap((r) => r.path.slice(0, -1)).map(normalizeLabel))];
const inParentLabel = (norm: string) => PARENTS.some((p) => p.includes(norm));
/** The start of a parent label, no leaf's (（五）不 of （五）不予处理): a vertical parent's piece, no new row. */
const parentPiece = (text: string) => {
  const norm = normalizeLabel(text);
  return [...norm].length >= 3 && PARENTS.some((p) => p.startsWith(norm)) && !LEAVES.some((l) => l.startsWith(norm));
};
/** Table 三's data-row labels (both formats), normalised (2019's （六）其他处理 is one). */
const LEAVES = FORMAT_2021.table3Rows.concat(FORMAT_2019.table3Rows).map((r) => normalizeLabel(r.label));

const labelWords = (l: TableLine) => l.words.slice(0, l.words.length - l.values.length);

/**
 * The line's numbering alone (taken for a value, having no Chinese), only numbers after it, and before it nothing or a
 * parent label's pieces left of the leaf's column (（六）其 / 他处理   2. under 申请人逾期): the numbering of `piece`'s row.
 */
function numberingAfterParent(b: TableLine, piece: Word): Word | undefined {
  const i = b.words.findIndex((w) => NUMBERING_ALONE.test(w.text));
  if (i < 0 || !b.words.slice(i + 1).every((w) => b.values.includes(w))) return undefined;
  const before = b.words.slice(0, i);
  return before.every((w) => w.end < piece.start - NUMBERING_REACH && !NUMBERED.test(w.text) && inParentLabel(normalizeLabel(w.text))) ? b.words[i] : undefined;
}
const lineOf = (l: TableLine) => l.words[0].line;

/**
 * A parent's first piece with no leaf numbering (（六）其他 5) and, on the lines after it, the parent's rest and a leaf's
 * numbering that together with it start one row label (处理 3.其他   1 0 0 0 0 6): the leaf is the piece's own row, no
 * new one, so the number beside the piece is that row's first.
 */
function leafOfPiece(piece: Word, after: TableLine[]): boolean {
  const norm = normalizeLabel(piece.text);
  if (/[0-9０-９][.．]/.test(norm) || !PARENTS.some((p) => p.startsWith(norm) && p !== norm)) return false;
  return isRowLabelStart(normalizeLabel(piece.text + after.flatMap(labelWords).map((w) => w.text).join('')));
}

/**
 * The lines with each numbering put before the label piece it belongs to, and a first number one space after that
 * piece put before the row's other numbers. `columns` is the table's number of value columns; `spreadRow` says whether
 * numbers whose digits are spread apart make the row once joined (grid.ts joins them).
 */
export function numberingPutBack(
  lines: TableLine[], columns: number, spreadRow: (values: Word[]) => boolean,
): { lines: TableLine[]; moved: Set<TableLine> } {
  const out = lines.map((l) => ({ words: [...l.words], values: [...l.values] }));
  const at = lines.map(lineOf);
  for (let k = 1; k < out.length; k++) {
    const [a, b] = [out[k - 1], out[k]];
    if (at[k] !== at[k - 1] + 1) continue;
    const piece = labelWords(a).at(-1);
    // The numbering alone on its line (having no Chinese, it was taken for a value; its rest is the next line's label)
    // or before the row's numbers there (2.   0   0 …), else at the start of the rest (2.另行制作).
    // (Pieces of a parent label may stand left of it: （六）其 / 他处理  2.)
    const lone = piece ? numberingAfterParent(b, piece) : undefined;
    const alone = lone !== undefined;
    const last = alone ? lone : labelWords(b).at(-1);
    if (!piece || !last || NUMBERED.test(piece.text)) continue;
    const single = [...piece.text].length < 2;
    const m = alone ? undefined : NUMBERING_START.exec(last.text);
    if (!alone && !m) continue;
    const numbering = alone ? last.text : m![1];
    if (Math.abs(last.start - piece.start) > NUMBERING_REACH) continue;
    const rest = alone ? (out[k + 1] && at[k + 1] <= at[k] + 2 ? labelWords(out[k + 1]).at(-1)?.text ?? '' : '') : m![2];
    // A one-character first piece (a label column two characters wide, its first line indented: 危 / 3. / 及 / “三 …)
    // only alone on its line, the numbering alone on the next, and the label's rest after it.
    if (single && (!alone || a.words.length !== 1 || !rest)) continue;
    // Together they must start a row label; the rest alone, numbered, must not (else it is a row of its own).
    if (!startsRow(numbering, piece.text + rest) || (m && isRowLabelStart(normalizeLabel(last.text)))) continue;
    const i = a.words.indexOf(piece);
    a.words[i] = numbered(piece, numbering, Math.min(piece.start, last.start));
    if (alone) {
      b.words = b.words.filter((w) => w !== last);
      b.values = b.values.filter((w) => w !== last);
    } else {
      const cut = numbering.length;
      b.words[b.words.indexOf(last)] = { ...last, text: m![2], start: last.start + cut, cs: (last.cs ?? last.start) + cut };
    }
  }
  // The numbering right of the piece's number on the same line (要求提供公开出版 3  3. / （五）不予处理 物).
  out.forEach((a, k) => {
    const numbering = a.values.at(-1);
    const piece = labelWords(a).at(-1);
    if (!numbering || !piece || !NUMBERING_ALONE.test(numbering.text) || NUMBERED.test(piece.text)) return;
    const next = out.slice(k + 1).find((l) => l.words.length);
    const rest = next && lineOf(next) <= at[k] + 2 ? labelWords(next).at(-1)?.text ?? '' : '';
    // (A one-character piece, 没   2. / 有现 …, only with the numbering the line's one value and a rest after it.)
    if ([...piece.text].length < 2 && (a.values.length !== 1 || !rest)) return;
    if (!startsRow(numbering.text, piece.text + rest)) return;
    a.words = a.words.filter((w) => w !== numbering).map((w) => (w === piece ? numbered(piece, numbering.text, piece.start) : w));
    a.values = a.values.slice(0, -1);
  });
  // A parent's label, the leaf's numbering and the row's first number on one line, the leaf's label and the row's other
  // numbers on the next (（三）不予公开 1. 0 / 属于国家秘密   0 0 0 0 0 0): the numbering goes before the label and the
  // number before the others, when exactly those others follow and together they start a row label.
  const moved = new Set<TableLine>();
  out.forEach((a, k) => {
    const b = out[k + 1];
    const piece = labelWords(a).at(-1);
    if (a.values.length !== 2 || !b || at[k + 1] !== at[k] + 1 || !piece || !parentOnly(piece.text)) return;
    const [numbering, first] = a.values;
    const rest = labelWords(b).at(-1);
    if (!NUMBERING_ALONE.test(numbering.text) || !/^[0-9]+$/.test(first.text) || !rest || NUMBERED.test(rest.text)) return;
    if (b.values.length !== columns - 1 || !startsRow(numbering.text, rest.text)) return;
    const words = labelWords(b).map((w) => (w === rest ? numbered(rest, numbering.text, rest.start) : w));
    b.values = [first, ...b.values];
    b.words = [...words, ...b.values];
    a.words = a.words.filter((w) => w !== numbering && w !== first);
    a.values = [];
    moved.add(b);
  });
  const kept = out.filter((l) => l.words.length);
  for (let k = 0; k < kept.length; k++) {
    const a = kept[k];
    const piece = labelWords(a).at(-1);
    // (One number, or its digits spread one space apart by widened character spacing: 一、本年新收政府信息公开 9 4.)
    if (!a.values.length || !piece || a.values[0].start - piece.end > 2 || !(a.values.length === 1 || spreadDigits(a.values))) continue;
    // The next line of numbers, within reach, with no new row's numbering before it.
    let c: TableLine | undefined;
    for (let j = k + 1; j < kept.length && lineOf(kept[j]) - lineOf(a) <= VALUES_REACH; j++) {
      const numberedRow = labelWords(kept[j]).some((w) => NUMBERED.test(w.text) && !parentOnly(w.text) && !parentPiece(w.text));
      if (numberedRow && !leafOfPiece(piece, kept.slice(k + 1, j + 1))) break;
      if (kept[j].values.length) { c = kept[j]; break; }
    }
    if (!c || c.values[0].start <= a.values[a.values.length - 1].end) continue;
    const values = [...a.values, ...c.values];
    // Exactly the row's other numbers follow, or spread digits that, joined, make the row (its total holding).
    // (Or exactly the others once a run of digits one space apart is taken as one number, 1 0 for 10: the row is then
    // given whole, and a total it breaks is the row-total it is, with the hint that 1 0 may be 10.)
    if (!(a.values.length === 1 && (c.values.length === columns - 1 || runsOf(c.values) === columns - 1)) && !spreadRow(values)) continue;
    a.words = a.words.filter((w) => !a.values.includes(w));
    a.values = [];
    c.words = [...labelWords(c), ...values];
    c.values = values;
    moved.add(c);
  }
  return { lines: kept.filter((l) => l.words.length), moved };
}
