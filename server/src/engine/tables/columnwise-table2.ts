/**
 * Table 二 in PDF text that comes box by box (pdfminer.six): each cell is a text box, and the boxes come grouped
 * by column, not by row (`规章` / `行政规范性文件` / `0` / `0` / `0` / `32` / `14` / `110`, the column runs in an order
 * the page's geometry decides, not the text). Table 二 has no sums, so only what the text's order settles is read:
 *
 * - a sub-table of one column (第二十条第（五）项's 本年处理决定数量, （八）'s 本年收费金额): its header's box is followed
 *   by its column's boxes top to bottom (`本年处理决定数量` / `1332` / `53`). The k-th header of a label is the k-th
 *   such sub-table when each is followed by exactly as many numbers as that sub-table has rows (（五） one, （六）
 *   two: the counts confirm the order);
 * - a sub-table of several columns only when its numbers follow its last header as one block of exactly its cells,
 *   every number the same: then no order of columns or rows reads another value; or when each of its headers (its
 *   own, standing once) is followed by exactly one number per row (a browser's printout in plain pdftotext:
 *   `本年制发件数` / `0` / `173` / `本年废止件数` / …), the header naming the column as a one-column sub-table's does;
 *   or when its block of exactly its cells follows its header and its row labels' box (either first), whole and in
 *   order (`本年制发件数` / … / `现行有效件数` / `规章` / `行政规范性文件` / `0` / `0` / `0` / `32` / `14` / `110`): column
 *   runs in header order (afterRowLabels).
 *
 * A run followed by the sub-table's row label and more numbers (a 序号 before the label and the value after it, or
 * the other way round) is not settled either, unless the run is one number that may be its page's own, the label
 * starting the next page (`本年收费金额` / `2` / `\f行政事业性收费` / `125.37`): then the numbers after the label are the row's.
 *
 * Everything else is left unread: two readings that could both hold are never settled by a guess.
 */
import type { SubTableDef } from '../format';
import type { TextCell } from '../model';
import { normalizeLabel } from '../text/normalize';

export interface Table2ColumnwiseInput {
  lines: readonly string[];
  /** Table 二's first and last line. */
  from: number;
  to: number;
  /** The format's sub-tables in the official order. */
  subs: readonly SubTableDef[];
  /** Whether the number alone on this line may be its page's own number. */
  mayBePageNumber: (line: number) => boolean;
}

interface Token {
  line: number;
  /** A number's cell; undefined for text. */
  cell?: TextCell;
  text: string;
  /** The line starts a page (a form feed). */
  feed: boolean;
}

/** A number alone on its line, its digits possibly spread one space apart (`1 4`, `2 5 9 . 9 3 8 8`). */
const NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;
const SPREAD_NUMBER = /^-? ?[0-9](?: ?[0-9])*(?: ?\. ?[0-9](?: ?[0-9])*)?$/;

/** How many lines a header's text may be broken over (`本年处理决定数` / `量`). */
const HEADER_PIECES = 4;

/** The rows read for certain, by row key, each with its numbers in column order. */
export function readTable2Columnwise(input: Table2ColumnwiseInput): Map<string, TextCell[]> {
  const tokens = tokenize(input);
  const out = new Map<string, TextCell[]>();
  // Sub-tables of one column, grouped by that column's label.
  const byLabel = new Map<string, SubTableDef[]>();
  for (const s of input.subs) {
    if (s.columns.length !== 1) continue;
    const label = normalizeLabel(s.columns[0].label);
    byLabel.set(label, [...(byLabel.get(label) ?? []), s]);
  }
  for (const [label, subs] of byLabel) {
    const at = headerPlaces(tokens, label);
    if (at.length !== subs.length) continue;
    const runs = at.map((end) => numbersAfter(tokens, end));
    const read = runs.map((run, i) => {
      const past = numbersPastLabel(tokens, at[i] + run.length, subs[i]);
      // A run as long as the rows that ends its page with a number that may be the page's own (`本年处理决定数量` / `0` /
      // `2` / `\f行政强制` … `0`): the page's number, or the last row's? Not settled (fresh seed 7712 r005).
      const last = run[run.length - 1];
      const pageOwnLast = !!last && /^[1-9][0-9]*$/.test(last.text) && tokens[at[i] + run.length + 1]?.feed && input.mayBePageNumber(last.span.line);
      if (!past) return run.length === subs[i].rows.length && pageOwnLast ? undefined : ownNumbers(run, subs[i].rows.length, input.mayBePageNumber);
      // The page's own number ends the page under the header; the row's label and its numbers start the next one.
      const pageEnd = run.length === 1 && tokens[at[i] + 2]?.feed && input.mayBePageNumber(run[0].span.line);
      return pageEnd ? ownNumbers(past, subs[i].rows.length, input.mayBePageNumber) : undefined;
    });
    // Every header's run fits its sub-table, or the order of the headers is not settled: none is read.
    if (read.some((r) => r === undefined)) continue;
    subs.forEach((s, i) => s.rows.forEach((r, k) => out.set(r.key, [read[i]![k]])));
  }
  for (const s of input.subs) {
    if (s.columns.length < 2) continue;
    const run = sameEverywhere(tokens, s);
    // Any order reads the same values: the cells are placed as column runs, the order pdfminer mostly gives.
    if (run) s.rows.forEach((r, k) => out.set(r.key, s.columns.map((_, c) => run[c * s.rows.length + k])));
    const columns = run ? undefined : headedColumns(tokens, s, input.subs) ?? afterRowLabels(tokens, s, input.mayBePageNumber);
    if (columns) s.rows.forEach((r, k) => out.set(r.key, columns.map((col) => col[k])));
  }
  return out;
}

function tokenize(input: Table2ColumnwiseInput): Token[] {
  const out: Token[] = [];
  for (let i = input.from; i <= input.to && i < input.lines.length; i++) {
    const raw = input.lines[i];
    const text = raw.replace(/^\f/, '').trim();
    const feed = raw.startsWith('\f');
    if (!text) {
      if (feed) out.push({ line: i, text: '', feed });
      continue;
    }
    const joined = text.replace(/ /g, '');
    const isNumber = NUMBER.test(joined) && (joined === text || SPREAD_NUMBER.test(text))
      // `0 0` is two boxes on one baseline, not a number: a count has no leading 0.
      && !/^-?0[0-9]/.test(joined);
    const cell = isNumber ? { text: joined, norm: joined, span: { line: i, start: raw.indexOf(text[0]), end: raw.indexOf(text[0]) + text.length } } : undefined;
    out.push({ line: i, cell, text, feed });
  }
  return out;
}

/** The index of the last token of each place where the label stands whole, or broken over a few lines. */
function headerPlaces(tokens: readonly Token[], label: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let text = '';
    for (let j = i; j < tokens.length && j < i + HEADER_PIECES; j++) {
      if (tokens[j].cell || !tokens[j].text || (j > i && tokens[j].feed)) break;
      text += tokens[j].text;
      const norm = normalizeLabel(text);
      if (norm === label) { out.push(j); i = j; break; }
      if (!label.startsWith(norm)) break;
    }
  }
  return out;
}

/**
 * The numbers after a piece of one of the sub-table's row labels that follows token `end` (perhaps at a new page's
 * top), when there are any; else undefined.
 */
function numbersPastLabel(tokens: readonly Token[], end: number, s: SubTableDef): TextCell[] | undefined {
  const rowLabels = s.rows.map((r) => normalizeLabel(r.label));
  let i = end + 1;
  let label = '';
  for (; i < tokens.length && !tokens[i].cell && tokens[i].text && (i === end + 1 || !tokens[i].feed); i++) label += normalizeLabel(tokens[i].text);
  if (label === '' || !rowLabels.some((l) => l.includes(label)) || !tokens[i]?.cell || tokens[i].feed) return undefined;
  return numbersAfter(tokens, i - 1);
}

/** The numbers right after token `end`, up to the next text or page break. */
function numbersAfter(tokens: readonly Token[], end: number): TextCell[] {
  const out: TextCell[] = [];
  for (let i = end + 1; i < tokens.length && tokens[i].cell && !tokens[i].feed; i++) out.push(tokens[i].cell!);
  return out;
}

/**
 * A run's numbers for `rows` rows: the run itself when it has as many, or with one number that may be the page's own
 * left out when it has one more and every such leaving-out reads the same; else undefined.
 */
function ownNumbers(run: readonly TextCell[], rows: number, mayBePageNumber: (line: number) => boolean): TextCell[] | undefined {
  if (run.length === rows) return [...run];
  if (run.length !== rows + 1) return undefined;
  const readings = run.flatMap((c, i) => (/^[1-9][0-9]*$/.test(c.text) && mayBePageNumber(c.span.line) ? [run.filter((_, k) => k !== i)] : []));
  if (!readings.length) return undefined;
  const key = (r: TextCell[]) => r.map((c) => c.text).join(' ');
  return readings.every((r) => key(r) === key(readings[0])) ? readings[0] : undefined;
}

/**
 * A sub-table of several columns each of whose headers is followed by its own column's numbers, exactly one per row
 * (a browser's printout in plain pdftotext: 规章 / 行政规范性文件 / … / 本年制发件数 / 0 / 173 / 本年废止件数 / 0 / 101 /
 * 现行有效件数 / 0 / 46): the header names the column, the count confirms the run, the run is the rows top to bottom (as
 * a sub-table of one column's). A label stands once per sub-table that has it, in their order; else undefined.
 */
function headedColumns(tokens: readonly Token[], s: SubTableDef, subs: readonly SubTableDef[]): TextCell[][] | undefined {
  const out: TextCell[][] = [];
  for (const c of s.columns) {
    const label = normalizeLabel(c.label);
    // A label several sub-tables share (2019's 上一年项目数量): its k-th place is the k-th of them, as for one column's,
    // each place's run fitting its own sub-table.
    const sharing = subs.filter((o) => o.columns.some((x) => normalizeLabel(x.label) === label));
    const at = headerPlaces(tokens, label);
    if (at.length !== sharing.length) return undefined;
    const runs = at.map((end, k) => {
      const run = numbersAfter(tokens, end);
      // The run ends at text: a page break after it may go on with the column on the next page.
      return run.length === sharing[k].rows.length && !tokens[end + run.length + 1]?.feed ? run : undefined;
    });
    if (runs.some((r) => !r)) return undefined;
    out.push(runs[sharing.indexOf(s)]!);
  }
  return out;
}

/**
 * A sub-table of several columns whose numbers follow its last header (each of its column labels standing once in the
 * table) as one block of exactly its cells, all the same number: that number, else undefined.
 */
function sameEverywhere(tokens: readonly Token[], s: SubTableDef): TextCell[] | undefined {
  let last = -1;
  for (const c of s.columns) {
    const at = headerPlaces(tokens, normalizeLabel(c.label));
    if (at.length !== 1) return undefined;
    last = Math.max(last, at[0]);
  }
  // The sub-table's row labels may stand between its header and its numbers (规章 / 行政规范性文件).
  const rowLabels = s.rows.map((r) => normalizeLabel(r.label));
  while (last + 1 < tokens.length && !tokens[last + 1].cell && !tokens[last + 1].feed && tokens[last + 1].text
    && rowLabels.some((l) => { const piece = normalizeLabel(tokens[last + 1].text); return piece !== '' && l.includes(piece); })) last++;
  const run = numbersAfter(tokens, last);
  if (run.length !== s.columns.length * s.rows.length) return undefined;
  return run.every((c) => c.text === run[0].text) ? run : undefined;
}

/**
 * A sub-table of several columns whose block of exactly its cells comes right after its header and then its row labels'
 * box, or right after its row labels and then its header (the header's words on their lines or on one,
 * `本年制发件数 本年废止件数 现行有效件数`), those lines right before the block being exactly them, whole and in order,
 * with no header word of it right after the block and no other block so placed: its
 * column runs in header order, each top to bottom. pdfminer gives a box grouped with a column's boxes next to them, its
 * group stretched and so out of order (`第二十条第（一）项` / `本年制发件数` / … / `现行有效件数` / `0` / `0` / `0` / `60` /
 * `3` / `121`: that column's run first, on 6 of 32 committed renderings so laid out); the row labels' box stands left of
 * every column, and with it and the header right before the block (in either order; the page's number at times between
 * the header and the row labels) the runs came in header order on all 82 committed renderings and 24 kept fixtures so
 * laid out (2019's sub-tables too).
 */
function afterRowLabels(tokens: readonly Token[], s: SubTableDef, mayBePageNumber: (line: number) => boolean): TextCell[][] | undefined {
  const labels = s.columns.map((c) => normalizeLabel(c.label));
  const rowText = s.rows.map((r) => normalizeLabel(r.label)).join('');
  // Row labels first, then the header, is pdfminer's box order only where its boxes stand a blank line apart: a
  // printout's plain pdftotext lays the same lines out with the numbers on consecutive lines, row by row (fresh
  // variant 3400 v030 print-raw: 规章 / 行政规范性文件 / header / 0 0 0 2 0 3).
  const forms = [labels.join('') + rowText, rowText + labels.join('')];
  const size = s.columns.length * s.rows.length;
  let found: TextCell[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i].cell || tokens[i - 1].cell || tokens[i].feed) continue;
    const run = numbersAfter(tokens, i - 1);
    const next = tokens[i + run.length];
    if (run.length !== size || !next || next.cell || next.feed || labels.some((l) => normalizeLabel(next.text).startsWith(l.slice(0, 2)))) continue;
    // The page's number may stand between the header and the row labels right before the block (`现行有效件数` / `- 1 -` / `规章`).
    const pageNumber = (t: Token) => /^-\s*[0-9]+\s*-$/.test(t.text) || (!!t.cell && /^[1-9][0-9]*$/.test(t.text) && mayBePageNumber(t.line));
    const labelsAt = i - s.rows.length - 1;
    const skip = labelsAt >= 0 && pageNumber(tokens[labelsAt]) && textBefore(tokens, i - 1, rowText) ? labelsAt : -1;
    const boxes = run.every((c, k) => k === 0 || c.span.line - run[k - 1].span.line >= 2);
    if (!forms.some((text, f) => (f === 0 || boxes) && textBefore(tokens, i - 1, text)) && !(skip > 0 && textBefore(tokens, skip - 1, labels.join('')))) continue;
    if (found) return undefined;
    found = run;
  }
  const h = s.rows.length;
  return found && s.columns.map((_, c) => found!.slice(c * h, (c + 1) * h));
}

/** Whether the text tokens ending at token `end` (on one page) end in pieces that join into `text` exactly. */
function textBefore(tokens: readonly Token[], end: number, text: string): boolean {
  let acc = '';
  for (let j = end; j >= 0 && !tokens[j].cell && tokens[j].text; j--) {
    acc = normalizeLabel(tokens[j].text) + acc;
    if (acc === text) return true;
    if (!text.endsWith(acc) || tokens[j].feed) return false;
  }
  return false;
}
