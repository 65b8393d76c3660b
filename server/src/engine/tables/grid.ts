/**
 * Tables 三 and 四 in PDF text (`pdftotext -layout`), read by position over a block's lines.
 *
 * Word/WPS tables come out of a PDF with every cell broken over lines: header words stand in
 * columns of one or two characters (`商 科 社 法` / `业 研 会 律` …), a long row label wraps around
 * its numbers, and parent labels run vertically in their own narrow columns. Line by line nothing
 * of that can be read; over the lines of the table it can:
 * - header cells are the pieces that lie one under another (their x ranges overlap);
 * - a row's label is the rightmost label piece of each line, a new label starting at its numbering
 *   (`1.`, `（一）`, `一、`, or a leaf label bare of it after a complete one); the pieces to its left
 *   belong to the vertical parent labels; characters spread one space apart (分散对齐) are one word;
 * - values are placed in columns by count when a line has them all, else by position against the
 *   nearest complete lines, else (none is complete) under the header's column labels; when that is
 *   not clear-cut the row is marked uncertain (read nothing rather than a number in a wrong column
 *   or row).
 * Positions are UTF-16 offsets, as pdftotext -layout gives one column per glyph.
 */
import { flowPageNumbers } from './page-numbers';
import { displayWidth } from '../text/width';
import { LineKind, LineToken } from '../text/lines';
import { hasCjk, normalizeLabel, parseCellValue, stripNumbering } from '../text/normalize';
import type { TextCell } from '../model';
import { isProse, isRowLabelStart, lookupDataRow, lookupRow } from './labels';
import type { LogicalRow } from './rows';
import { looksRaw, readRawTable3, readRawTable4 } from './pdfraw';
import { totalHolds } from './total-holds';
import { printedTable4Values, PrintedValues } from './printed';
import { rawTable4Stream } from './raw-table4-stream';
import { headerCells, inHeaderLabel, NOTE, stackedColumns, TABLE3_HEADER_CHARS } from './pdfheader';
import { FORMAT_2019, FORMAT_2021, SECTIONS } from '../format';
import { numberingPutBack, TableLine } from './numbering-apart';
import { completedShort, endsOfTwo, oneSpaceShort } from './short-ends';
import { parentOfOtherFormat } from './other-format-parent';
import { flatMapped } from '../loops';

/**
 * A run of text on a line, with its place: `start`/`end` are where it stands across the line — in UTF-16 units as
 * pdftotext lays text out, or in display columns for text laid out by width (a text browser's dump: a Chinese
 * character is two columns), see byDisplayWidth — and `cs`/`ce`, when they differ, its UTF-16 offsets in the line.
 */
export interface Word { text: string; line: number; start: number; end: number; spread?: string; thousands?: true; cs?: number; ce?: number }

/**
 * What stands in a value cell: anything without Chinese characters or brackets (numbers, `/`, and
 * also `abc` or `-1`, which the cell rules then judge). 无 is left out: it is also a piece of 无法提供.
 */
const VALUE_WORD = /^[^\u3400-\u9fff（）()“”"、，。：；《》]+$/;
/** A number: what table 四's row of values is recognised by. */
const NUMBER_WORD = /^[0-9０-９]+(?:[.．][0-9０-９]+)?$/;
/** The numbering a row label starts with. */
export const NUMBERED = /^(?:[一二三四五六七八九十]+[、，,.．]|[（(][一二三四五六七八九十]+[)）]|[0-9０-９]+[.．、，,])/;
/** A cheap test before a line is cut into words: only these lines can open a positional table. */
/** The words only a line that opens a positional table has (tested with includes: a regex of alternatives costs 4×). */
const OPENING_HINTS = ['稽', '申请人情况', '行政复议'];
const BARE_NUMBER = /^[ \u00a0]*[0-9]{1,3}[ \u00a0]*$/;
const DIGIT = /^\d$/;
/** A leaf row label's numbering (1. 2．). */
const LEAF_NUMBERING = /^[0-9０-９]+[.．]/;
/** A leaf's numbering alone or with one character after it, as a distributed label's line starts (1. or 1. 属). */
const SPREAD_NUMBERING = /^[0-9０-９]{1,2}[.．](?: ?[\u3400-\u9fff“”])?$/;
/** A word ending in a Chinese character (1. 属). */
const HAN_END = /[\u3400-\u9fff]$/;
const SPACE_RUN = /[ \u00a0\u3000\f]+/g;

const TABLE3_COLUMNS = 7;
const TABLE4_COLUMNS = 15;

function hasOpeningHint(c: { text: string }): boolean {
  for (const h of OPENING_HINTS) if (c.text.includes(h)) return true;
  return false;
}

function hasFuYi(c: { text: string }): boolean {
  return c.text.includes('议');
}

function wordsOf(tok: LineToken, line: number): Word[] {
  const out: Word[] = [];
  for (const c of tok.cells ?? []) {
    let last = 0;
    SPACE_RUN.lastIndex = 0;
    for (let m = SPACE_RUN.exec(c.text); ; m = SPACE_RUN.exec(c.text)) {
      const at = m ? m.index : c.text.length;
      if (at > last) {
        const prev = out[out.length - 1];
        const word = c.text.slice(last, at);
        // A row label's number and its text one space apart (一、 本年新收…): one word, when together they start a
        // row label (not a vertical parent's piece before another label's text: （五） 供公开出, 三、 （一）予以公开).
        if (prev && prev.end + 1 === c.start + last && ORDINAL_MARK.test(prev.text) && !/^[（(0-9]/.test(word) && isRowLabelStart(normalizeLabel(prev.text + word))) {
          prev.text = c.text.slice(prev.start - c.start, at);
          prev.end = c.start + at;
        } else out.push({ text: word, line, start: c.start + last, end: c.start + at });
      }
      if (!m) break;
      last = at + m[0].length;
    }
  }
  return out;
}
/** A row label's number alone: 一、 （一） 1. 1、 */
const ORDINAL_MARK = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]{1,2}[.、．])$/;

export function textCell(w: Word): TextCell {
  const cell: TextCell = { text: w.text, norm: normalizeLabel(w.text), span: { line: w.line, start: w.cs ?? w.start, end: w.ce ?? w.end } };
  if (w.spread) cell.spread = w.spread;
  if (w.thousands) cell.thousands = true;
  return cell;
}

function blankCell(line: number, at: number): TextCell {
  return { text: '', norm: '', span: { line, start: at, end: at } };
}

/**
 * A sentence naming 行政复议 (section 四's prose) opens no table, and is settled without normalising it: one word (no
 * space in it) that keeps its 。 or ； once normalised is none of the words `opens` looks for, nor has 勾稽 (isProse: no 稽).
 */
function namesNoTable(tok: LineToken): boolean {
  if (tok.kind !== LineKind.Text) return false;
  const text = tok.cells![0].text;
  return isProse(text) && !SPACE_CHAR.test(text);
}
const SPACE_CHAR = /[ \u00a0\u3000\f]/;

/** Which positional table a line opens, if any. */
function opens(words: Word[]): 'table3' | 'table4' | undefined {
  for (const w of words) {
    const n = normalizeLabel(w.text);
    if (n.includes('勾稽') || n === '申请人情况') return 'table3';
    // The 勾稽 note cut between 勾 and 稽 (（本列数据的勾 / 稽关系为：第一): its piece from 稽 on is the note's alone.
    if (cutNote(n)) return 'table3';
    // Or glued to its neighbour on one baseline (pdf-parse: 行政复议行政诉讼).
    if (n === '行政复议' || n === '行政复议行政诉讼') return 'table4';
  }
  return undefined;
}

/** The 勾稽 note's piece from 稽 on, three characters or more (稽关系为：第一): no other text has it. */
function cutNote(norm: string): boolean {
  return norm.startsWith('稽') && [...norm].length >= 3 && NOTE.includes(norm);
}

/** Lines after the cut note where the header's first words must stand. */
const CUT_NOTE_REACH = 12;

/**
 * Opened by the cut note, the table's header words (自然人 商业企 …) follow it before any row's label; pdfminer's text
 * gives the note, then the labels' column, then the numbers after the part's title: that stream is not this reader's
 * (structure/assemble.ts reads it).
 */
function cutNoteWithoutHeader(lex: LineToken[], i: number, end: number): boolean {
  if (!wordsOf(lex[i], i).some((w) => cutNote(normalizeLabel(w.text)))) return false;
  for (let k = i; k < end && k <= i + CUT_NOTE_REACH; k++) {
    if (!plainLine(lex[k])) continue;
    for (const w of wordsOf(lex[k], k)) {
      const n = normalizeLabel(w.text);
      if ([...n].length >= 2 && inHeaderLabel(n, 'table3')) return false;
      if (ROW_NUMBERING.test(n) && isRowLabelStart(n)) return true;
    }
  }
  return true;
}
/** A row label's numbering at a word's start (一、 （一） 1.). */
const ROW_NUMBERING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]{1,2}[.、．])/;

function plainLine(tok: LineToken): boolean {
  return tok.kind === LineKind.Text || tok.kind === LineKind.Spaced;
}

/**
 * Where a positional table starting at line `from` ends (exclusive): at a section heading, a paragraph
 * of prose, another table or the block's end. Undefined when the lines are not PDF text (tabs, pipes).
 */
function regionEnd(lex: LineToken[], from: number, to: number, table: 'table3' | 'table4', text?: readonly string[]): number | undefined {
  let end = from + 1;
  for (let i = from + 1; i < to; i++) {
    const tok = lex[i];
    // Numbers alone on their lines (plain pdftotext output) belong to the table.
    if (tok.kind === LineKind.PageNumber && text && BARE_NUMBER.test(text[i])) { end = i + 1; continue; }
    if (tok.kind === LineKind.Blank || tok.kind === LineKind.PageNumber) continue;
    // Wrapped label pieces look like sub-headings (2.其他法律行政法规禁止): only prose and headings end the table.
    if (!plainLine(tok)) break;
    if (tok.kind === LineKind.Text && isProse(tok.cells![0].text) && !(table === 'table4' && text && sentenceEndAmongNumbers(text, i))) break;
    // Only a line with 议 can name 行政复议 (the words are cut only then).
    if (table === 'table3' && tok.cells!.some(hasFuYi) && opens(wordsOf(tok, i)) === 'table4') break;
    end = i + 1;
    // Table 四 has one row of numbers: it ends there.
    if (table === 'table4' && wordsOf(tok, i).filter((w) => NUMBER_WORD.test(w.text)).length >= 5) break;
  }
  for (let i = from; i < end; i++) {
    const k = lex[i].kind;
    if (k === LineKind.Tabbed || k === LineKind.Pipe || k === LineKind.OneCell || k === LineKind.Section) return undefined;
  }
  return end;
}

/** A wrapped sentence's last characters (高。), at most four. */
const SENTENCE_END = /^[^0-9０-９\s]{1,3}[。；]$/;

/**
 * Line `i` is a few characters ending a sentence that plain pdftotext put between a table's numbers alone
 * on their lines (a printout's table 四: `0` / `高。` / `0`, the prose beside the table wrapped there): no end.
 */
function sentenceEndAmongNumbers(text: readonly string[], i: number): boolean {
  if (!SENTENCE_END.test(text[i].trim())) return false;
  const near = (step: 1 | -1) => {
    for (let k = i + step; k >= 0 && k < text.length; k += step) if (text[k].trim()) return text[k];
    return '';
  };
  return BARE_NUMBER.test(near(-1)) && BARE_NUMBER.test(near(1));
}

/** The text without white space and punctuation. */
const bare = (t: string) => t.replace(/[\s、，,。.．：:]/g, '');
/** The parts' titles without their numbering, as a clipped heading shows them. */
const CLIPPED_TITLES = new Set(SECTIONS.map((s) => bare(s.title.replace(/^[一二三四五六七八九十]+、/, ''))));

/** The first line from `from` to `to` that is a part's title without its numbering; undefined when none is. */
function clippedTitleAt(lex: LineToken[], from: number, to: number): number | undefined {
  for (let i = from + 1; i < to; i++) if (lex[i].kind === LineKind.Text && CLIPPED_TITLES.has(bare(lex[i].cells![0].text))) return i;
  return undefined;
}

/** Words first…last as one word of the given text (their pieces joined), ending where the last ends. */
function joinedWord(first: Word, last: Word, text: string): Word {
  return { ...first, text, end: last.end, ...(last.ce === undefined ? {} : { ce: last.ce }) };
}

/**
 * A label's characters spread one space apart (分散对齐, distributed alignment: `（ 一 ） 予 以 公 开`) are one
 * word: runs of three or more one-character words, each one space after the last. Only the label part
 * of a line is given here, so no number is ever joined to a label. On a line without numbers a run is
 * joined only when it starts with a row numbering: header pieces of narrow columns (`自 商 科 会 律`)
 * stand one space apart too.
 */
function joinSpread(words: Word[], withValues: boolean): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length;) {
    let j = i + 1;
    // A run starts at a one-character word, or at a leaf's numbering (with its first character: 1. 属) one space
    // before one (1. 属 于 国 家 秘).
    const numbered = SPREAD_NUMBERING.test(words[i].text) && words[i + 1]?.start === words[i].end + 1 && words[i + 1].end - words[i + 1].start === 1;
    if (words[i].end - words[i].start === 1 || numbered) while (j < words.length && words[j].end - words[j].start === 1 && words[j].start === words[j - 1].end + 1) j++;
    const text = words.slice(i, j).map((w) => w.text).join('');
    // (A numbering with its first character and one more, the label wrapping after them: 3. 危 及 / “三安全….)
    const twoAfterNumbering = numbered && j - i === 2 && HAN_END.test(words[i].text);
    if ((j - i >= 3 || twoAfterNumbering) && (withValues || NUMBERED.test(text))) out.push(joinedWord(words[i], words[j - 1], text));
    else out.push(...words.slice(i, j));
    i = j;
  }
  return out;
}

/**
 * The trailing run of value words of a line (at most `max` of them when it opens with none marks). A none mark
 * with a Chinese character (无) also stands in value cells, but one may be a piece of （四）无法提供 laid
 * vertically at the left of a row: marks opening the run are kept when there are several, or one follows label
 * text on its line (a complete data row's label, or any when it completes the row's columns), or — alone on its
 * line but for the values — stands where the first column's values do (`firstX`, from the complete lines) and
 * completes the row; never beyond the columns.
 */
function trailingValues(words: Word[], max = Infinity, firstX = Infinity): number {
  let i = words.length;
  while (i > 0 && (VALUE_WORD.test(words[i - 1].text) || isMark(words[i - 1]))) i--;
  let marks = 0;
  while (i + marks < words.length && !VALUE_WORD.test(words[i + marks].text)) marks++;
  if (!marks) return i;
  // One mark opening the run: a value when it follows a complete data row's label, or label text and completes the row.
  const afterLabel = i > 0 && (lookupDataRow(normalizeLabel(words[i - 1].text)) !== undefined || words.length - i === max);
  const inFirstColumn = i === 0 && words.length === max && words[0].start >= firstX - 2;
  if (marks === 1 && !afterLabel && !inFirstColumn) return i + 1;
  return Math.max(i, words.length - max);
}

/**
 * A value word with a Chinese character: a none mark (无), one number with a word for its unit or estimate
 * (12件, 约10, 10余) or a count in Chinese numerals (十二); the cell rules judge it.
 */
function isMark(w: Word): boolean {
  return !VALUE_WORD.test(w.text) && (parseCellValue(w.text).kind === 'na' || WORDED_NUMBER.test(w.text) || CHINESE_COUNT.test(w.text));
}
const WORDED_NUMBER = /^[约近逾超]?[0-9０-９]+(?:[.．][0-9０-９]+)?(?:余|多|件|条|个|项|万元|元)?$/;
const CHINESE_COUNT = /^[零〇一二两三四五六七八九]*[十百千][零〇一二两三四五六七八九十百千]*$/;

export const center = (w: { start: number; end: number }) => (w.start + w.end) / 2;

/**
 * Columns of `values` by position against a complete line's values (`ref`): each value goes to the
 * nearest column, which must be clearly nearer than the next one, and in order. Undefined when unclear.
 */
function placeAgainst(values: Word[], ref: Word[]): number[] | undefined {
  const cols: number[] = [];
  for (const v of values) {
    const x = center(v);
    let best = -1;
    let d1 = Infinity;
    let d2 = Infinity;
    ref.forEach((r, j) => {
      const d = Math.abs(center(r) - x);
      if (d < d1) { d2 = d1; d1 = d; best = j; } else if (d < d2) d2 = d;
    });
    if (d2 - d1 < 1.5 || (cols.length && best <= cols[cols.length - 1])) return undefined;
    cols.push(best);
  }
  return cols;
}

/**
 * Single digits one space apart that all lie nearest the same column of every reference line are one
 * number spread by widened character spacing (字符间距加宽): 1 2 → 12. Undefined when the positions do
 * not show that for every run, or the result still has more numbers than the references have columns.
 */
const MAX_SPREAD_DIGITS = 5;

function mergeSpread(values: Word[], refs: Word[][]): Word[] | undefined {
  if (!refs.length) return undefined;
  const nearest = (w: Word, ref: Word[]) => {
    let best = 0;
    for (let j = 1; j < ref.length; j++) if (Math.abs(center(ref[j]) - center(w)) < Math.abs(center(ref[best]) - center(w))) best = j;
    return best;
  };
  const out: Word[] = [];
  for (let i = 0; i < values.length;) {
    let j = i + 1;
    while (j < values.length && DIGIT.test(values[j].text) && DIGIT.test(values[j - 1].text) && values[j].start === values[j - 1].end + 1) j++;
    const run = values.slice(i, j);
    if (run.length > 1) {
      // No count of tables 三 and 四 has six digits: a longer run is several cells set close (one-space text).
      if (run.length > MAX_SPREAD_DIGITS) return undefined;
      if (!refs.every((ref) => run.every((w) => nearest(w, ref) === nearest(run[0], ref)))) return undefined;
      const last = run[run.length - 1];
      out.push({ ...run[0], text: run.map((w) => w.text).join(''), end: last.end, spread: run.map((w) => w.text).join(' '), ...(last.ce === undefined ? {} : { ce: last.ce }) });
    } else out.push(run[0]);
    i = j;
  }
  return out.length < values.length && out.length <= refs[0].length ? out : undefined;
}

/**
 * Runs of single digits each one space after the last (1 0 0), every other gap wider, each joined into one number
 * (widened character spacing in every value cell): the row, when that gives exactly table 三's columns and its
 * total holds; else undefined.
 */
function joinSpreadRuns(values: Word[]): Word[] | undefined {
  const out: Word[] = [];
  for (let i = 0; i < values.length;) {
    let j = i + 1;
    while (j < values.length && DIGIT.test(values[j].text) && DIGIT.test(values[j - 1].text) && values[j].start === values[j - 1].end + 1) j++;
    const run = values.slice(i, j);
    const last = run[run.length - 1];
    out.push(run.length === 1 ? run[0] : { ...run[0], text: run.map((w) => w.text).join(''), end: last.end, spread: run.map((w) => w.text).join(' '), ...(last.ce === undefined ? {} : { ce: last.ce }) });
    i = j;
  }
  return out.length === TABLE3_COLUMNS && out.every((w) => NUMBER_WORD.test(w.text)) && totalHolds(out) ? out : undefined;
}

/**
 * A row with a number written with a space between its thousands (`1 137`, as PDF text may show 1,137): the one
 * pair of adjacent numbers one space apart (1–3 digits, then exactly 3) whose joining makes the row's total hold.
 * Undefined when no pair, or more than one, does.
 */
function joinThousands(values: Word[]): Word[] | undefined {
  let found: Word[] | undefined;
  for (let i = 0; i + 1 < values.length; i++) {
    const [a, b] = [values[i], values[i + 1]];
    if (!/^[1-9][0-9]{0,2}$/.test(a.text) || !/^[0-9]{3}$/.test(b.text) || b.start !== a.end + 1) continue;
    const merged: Word = { ...a, text: a.text + b.text, end: b.end, spread: `${a.text} ${b.text}`, thousands: true, ...(b.ce === undefined ? {} : { ce: b.ce }) };
    const row = [...values.slice(0, i), merged, ...values.slice(i + 2)];
    if (!row.every((w) => /^[0-9]+$/.test(w.text)) || !totalHolds(row)) continue;
    if (found) return undefined;
    found = row;
  }
  return found;
}

/**
 * Columns of `values` under the header's column labels (no line of values is complete to place them
 * against): a value goes to the one column whose label it lies under. Cells do not overlap, so a value
 * sharing columns of text with a label is in that label's cell; a value under no label or under two
 * (right-aligned in a wide cell, say) cannot be placed. Undefined when one cannot, or out of order.
 */
function placeUnder(values: Word[], columns: Word[]): number[] | undefined {
  const cols: number[] = [];
  for (const v of values) {
    const under = flatMapped(columns, (c, j) => (v.start < c.end && c.start < v.end ? [j] : []));
    if (under.length !== 1 || (cols.length && under[0] <= cols[cols.length - 1])) return undefined;
    cols.push(under[0]);
  }
  return cols;
}

/**
 * The column of each value of one line, or undefined when they cannot be decided: by count, else
 * against the nearest complete lines of values, else (there is none) under the header's labels.
 */
function placeColumns(values: Word[], n: number, refs: Word[][], header?: Word[]): number[] | undefined {
  if (values.length === n) return values.map((_, i) => i);
  if (values.length > n) return undefined;
  if (!refs.length) return header ? placeUnder(values, header) : undefined;
  let agreed: number[] | undefined;
  for (const ref of refs) {
    const cols = placeAgainst(values, ref);
    if (!cols || (agreed && agreed.join() !== cols.join())) return undefined;
    agreed = cols;
  }
  return agreed;
}

/** Value cells of one line in column order, or `uncertain` when their columns cannot be decided. */
function placeLine(values: Word[], n: number, refs: Word[][], header?: Word[]): { cells: TextCell[]; uncertain?: boolean } {
  if (values.length >= n) return { cells: values.map(textCell) };
  const cols = placeColumns(values, n, refs, header);
  if (!cols) return { cells: values.map(textCell), uncertain: true };
  const line = values.length ? values[0].line : -1;
  const ref = refs[0] ?? header!;
  const cells: TextCell[] = [];
  for (let j = 0; j < n; j++) {
    const at = cols.indexOf(j);
    cells.push(at >= 0 ? textCell(values[at]) : blankCell(line, Math.round(center(ref[j]))));
  }
  return { cells };
}

/** The page (counted from `from`) each line of [from, to) is on: a form feed starts a page. */
function pages(text: readonly string[] | undefined, from: number, to: number): (line: number) => number {
  if (!text) return () => 0;
  const at: number[] = [];
  let page = 0;
  for (let i = from; i < to; i++) {
    if (text[i].includes('\f')) page++;
    at.push(page);
  }
  return (line) => at[line - from] ?? page;
}

/** The complete value lines nearest to `line`, one above and one below (when there are). */
function nearestFull(full: Word[][], line: number): Word[][] {
  let above: Word[] | undefined;
  let below: Word[] | undefined;
  for (const f of full) {
    if (f[0].line < line) above = f;
    else if (!below) below = f;
  }
  return [above, below].filter((x): x is Word[] => !!x);
}

interface Segment { pieces: Word[]; x: number; group?: Group }

/** Value lines that make one table row (see groupValues). */
interface Group { lines: { line: number; values: Word[]; cols: number[] }[]; uncertain?: boolean; labelled?: boolean; overfull?: boolean }


function isLabel(norm: string): boolean {
  return !!lookupDataRow(norm) || !!lookupRow(norm);
}

const isParentOnly = (norm: string) => !!lookupRow(norm)?.every((r) => r.parent);

/** A parent label of table 三 (whole, or the start of one only). */
export function isParentLabel(norm: string): boolean {
  return isParentOnly(norm) || parentStart(norm);
}

/** A piece of a parent label of table 三 (果 of 三、本年度办理结果, 无法 of （四）无法提供). */
export function inParentLabel(norm: string): boolean {
  for (const p of PARENTS) if (p.includes(norm)) return true;
  return false;
}

/** The start of exactly one row label of table 三 (7.属于行政 of 7.属于行政执法案卷). */
export function startsOneRowLabel(norm: string): boolean {
  return completedLabel(norm) !== undefined;
}

/** The one row label of table 三 that `norm` is the start of, if exactly one. */
export function completedLabel(norm: string): string | undefined {
  if ([...norm].length < 3) return undefined;
  const found = new Set(LEAVES.filter((l) => l.startsWith(norm)));
  return found.size === 1 ? [...found][0] : undefined;
}

/** Table 三's parent labels and data-row labels, normalised (both formats). */
const PARENTS = new Set(FORMAT_2021.table3Rows.concat(FORMAT_2019.table3Rows).flatMap((r) => r.path.slice(0, -1)).map(normalizeLabel));
const LEAVES = FORMAT_2021.table3Rows.concat(FORMAT_2019.table3Rows).map((r) => normalizeLabel(r.label));

/** Every start of each label (its first k UTF-16 units, k = 0 … its length): `starts.has(t)` is "some label starts with t". */
function startsOf(labels: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const l of labels) for (let k = 0; k <= l.length; k++) out.add(l.slice(0, k));
  return out;
}
const LEAF_STARTS = startsOf(LEAVES);
const PARENT_STARTS = startsOf(PARENTS);

/**
 * The start of a parent label only (（五） of （五）不予处理, 三、本年 of 三、本年度办理结果): a piece of a vertical parent.
 * (Looked up among the labels' starts, found once: asked of every label piece of a positional table 三, the scan of
 * every label with startsWith was ~4% of reading one.)
 */
export function parentStart(norm: string): boolean {
  return !LEAF_STARTS.has(norm) && PARENT_STARTS.has(norm);
}

/**
 * Row labels joined by position: on each line the rightmost label piece is the leaf label's (the
 * pieces to its left are vertical parent labels); a piece with a row numbering starts a new label.
 * A piece left of the leaf column continues a wide label (一、… spanning the label columns) only
 * when it lies under that label's start; otherwise it is a piece of a parent label. A parent label
 * (（四）无法提供) standing between the pieces of a wrapped leaf label is no label of its own.
 */
function segments(lines: TableLine[], leafX: number): Segment[] {
  const segs: Segment[] = [];
  let open: Segment | undefined;
  for (const { words, values } of lines) {
    const labelWords = words.slice(0, words.length - values.length);
    if (!labelWords.length) continue;
    let leaf: Word | undefined = labelWords[labelWords.length - 1];
    const glued = open && gluedEnd(open, leaf);
    if (open && glued) {
      open.pieces.push(glued[0]);
      leaf = glued[1];
    }
    // A parent label laid out with spaces inside (三 、本 年 度办 理 结果) is no leaf piece.
    if (!values.length && labelWords.length > 1 && isParentOnly(normalizeLabel(labelWords.map((w) => w.text).join('')))) leaf = undefined;
    else if (!values.length && labelWords.length === 1 && isParentOnly(normalizeLabel(leaf.text))) leaf = undefined;
    if (leaf && leaf.start < leafX - 1) {
      const norm = normalizeLabel(leaf.text);
      if (NUMBERED.test(leaf.text)) {
        // 2019's （六）其他处理 is a row with numbers; 2021's is a parent label beside its sub-rows.
        // The open label is done when it is a label, or no label starts so (a typo: 已获信息 for 已获取信息).
        const openText = open ? normalizeLabel(open.pieces.map((p) => p.text).join('')) : '';
        const openDone = !open || isLabel(openText) || !isRowLabelStart(openText);
        if (isParentOnly(norm) || parentStart(norm) || (lookupRow(norm)?.some((r) => r.parent) && (!openDone || !values.length))) leaf = undefined;
      } else if (!(open && (leaf.start >= open.x - 1 || continuesLabel(open, leaf)))) leaf = undefined;
    } else if (leaf && open && NUMBERED.test(leaf.text) && wrapsParent(open, leaf)) leaf = undefined;
    // A piece that breaks a label still on its way (2.申请人 / 其他处 / 逾期未按…) and belongs to a parent
    // label or a repeated header (务机构) is not the label's, wherever pdftotext put it.
    if (leaf && open && !NUMBERED.test(leaf.text) && !continuesLabel(open, leaf) && isRowLabelStart(normalizeLabel(open.pieces.map((p) => p.text).join('')))) {
      const norm = normalizeLabel(leaf.text);
      if (inParentLabel(norm) || [...norm].every((ch) => TABLE3_HEADER_CHARS.has(ch))) leaf = undefined;
    }
    // A piece lines below a whole data-row label that it would not go on with (the next section's heading, cut by a page
    // break under the table's last row: 四、结转下年度继续办理 … 政府信息) is no piece of it.
    if (leaf && open && !NUMBERED.test(leaf.text) && leaf.line - open.pieces[open.pieces.length - 1].line > 1 && !continuesLabel(open, leaf)
      && lookupDataRow(normalizeLabel(open.pieces.map((p) => p.text).join('')))) continue;
    if (!leaf) continue;
    if (!open || NUMBERED.test(leaf.text) || (values.length > 0 && startsUnnumbered(open, leaf))) {
      open = { pieces: [leaf], x: leaf.start };
      segs.push(open);
    } else open.pieces.push(leaf);
  }
  return segs;
}

/**
 * A parent label (or its start: （三）不 of （三）不予公开) between the pieces of a numbered leaf label still on its way,
 * alone or opening the leaf's line of numbers (4.保护第三 / （三）不 1 0 0 0 0 0 1 / 方合法权益): a text without column
 * positions (pdfplumber's one space) sets the vertically centred parent there. It is the parent's piece, and the
 * numbers are the open leaf's.
 */
function wrapsParent(open: Segment, piece: Word): boolean {
  const norm = normalizeLabel(piece.text);
  if (!isParentOnly(norm) && !parentStart(norm)) return false;
  const openText = normalizeLabel(open.pieces.map((p) => p.text).join(''));
  return !isLabel(openText) && isRowLabelStart(openText) && LEAF_NUMBERING.test(openText);
}

/**
 * The end of the open leaf label and the next leaf's start glued in one piece (物4.无正: a column too narrow for the
 * two, printed from a web page): split where the open label is then whole and the rest starts a row label.
 */
function gluedEnd(open: Segment, piece: Word): [Word, Word] | undefined {
  const m = /^([^0-9０-９]+?)([0-9０-９]{1,2}[.．].+)$/.exec(piece.text);
  if (!m || NUMBERED.test(piece.text)) return undefined;
  if (!isLabel(normalizeLabel(open.pieces.map((p) => p.text).join('') + m[1])) || !isRowLabelStart(normalizeLabel(m[2]))) return undefined;
  const n = m[1].length;
  const at = (x: number | undefined) => (x === undefined ? {} : { cs: x + n });
  return [
    { ...piece, text: m[1], end: piece.start + n, ...(piece.cs === undefined ? {} : { ce: piece.cs + n }) },
    { ...piece, text: m[2], start: piece.start + n, ...at(piece.cs) },
  ];
}

/** Leaf labels without their numbering (属于国家秘密 for 1.属于国家秘密). */
const BARE_LEAVES = [...new Set(LEAVES.map((l) => stripNumbering(l)))];

/**
 * A piece beside numbers starts a label written without its numbering (属于国家秘密): the open label is
 * complete already (a known label, or a whole one bare of its number), the piece does not go on with it,
 * and it is the start of a leaf label bare of its number.
 */
function startsUnnumbered(open: Segment, piece: Word): boolean {
  const norm = normalizeLabel(piece.text);
  if ([...norm].length < 2 || !BARE_LEAVES.some((l) => l.startsWith(norm))) return false;
  const done = normalizeLabel(open.pieces.map((p) => p.text).join(''));
  return (isLabel(done) || BARE_LEAVES.includes(done)) && !continuesLabel(open, piece);
}

/** The open label with this piece added is still the start of a row label (pdftotext shifted the piece left). */
function continuesLabel(open: Segment, piece: Word): boolean {
  return isRowLabelStart(normalizeLabel(open.pieces.map((p) => p.text).join('') + piece.text));
}

/**
 * Value lines grouped into rows. Word centres a row's cells vertically, so a number wrapped in a
 * narrow cell has its parts on the lines above and below the row's other numbers: a line joins the
 * group above when it is the next line, does not start a second numbered label, and fills only
 * columns the group's last line left empty, or continues that line's numbers right under them.
 */
function groupValues(lines: TableLine[], place: (l: TableLine) => number[] | undefined, refsOf: (l: TableLine) => Word[][]): Group[] {
  const groups: Group[] = [];
  const completed = completedShort(lines, place);
  const ends = endsOfTwo(lines, place);
  for (const [short, cols] of ends.cols) completed.set(short, cols);
  for (let l of lines) {
    if (!l.values.length) continue;
    const labelWords = l.words.length - l.values.length;
    // Digits spread by widened character spacing (1 2 for 12) are one number when they lie in one column. (Not in a
    // line whose every value is one space after the last: no position tells a column there — a 序号 before the row's
    // numbers, say. The spread-digit reader joins them where the sums allow one way only: structure/assemble.ts.)
    if (l.values.length > TABLE3_COLUMNS && !oneSpaceApart(l.values)) {
      const merged = mergeSpread(l.values, refsOf(l));
      // (Joined so, a row short of its columns whose total fails took two cells' digits for one number: a browser's
      // printout sets narrow cells close, `1 0 0 1 1` for 100 and 11 under 自然人 and 商业企业. Which digits are whose
      // the positions do not say: the row is unread.)
      if (merged && merged.length < TABLE3_COLUMNS && !totalHolds(merged)) {
        groups.push({ lines: [{ line: l.words[0].line, values: l.values, cols: [] }], uncertain: true, labelled: labelWords > 0 });
        continue;
      }
      if (merged) l = { words: [...l.words.slice(0, labelWords), ...merged], values: merged };
    }
    // One number more than columns, two of them one space apart (1 137): one number when only that makes the total hold.
    if (l.values.length === TABLE3_COLUMNS + 1) {
      const joined = joinThousands(l.values);
      if (joined) l = { words: [...l.words.slice(0, labelWords), ...joined], values: joined };
    }
    // Every number's digits spread one space apart, the cells wider apart (1 0 0    0 …    1 0 0): joined, when that
    // gives exactly the columns and the row's total holds (the first run may stand right after the label).
    if (l.values.length > TABLE3_COLUMNS) {
      const joined = joinSpreadRuns(l.values);
      if (joined) l = { words: [...l.words.slice(0, labelWords), ...joined], values: joined };
    }
    // More numbers than columns (1 0 for 10) that position does not explain: kept as they are, in
    // order; the cell rules report them (row-total names the split it would take).
    if (l.values.length > TABLE3_COLUMNS) {
      groups.push({ lines: [{ line: l.words[0].line, values: l.values, cols: [] }], overfull: true, labelled: labelWords > 0 });
      continue;
    }
    // Fewer numbers than columns, each one space after the last (pdfplumber's one-space text): no position says
    // which cell is blank.
    // The end of one of two short rows above (see endsOfTwo): into that row's group.
    const head = ends.endOf.get(l);
    const into = head && groups.find((g) => g.lines.some((x) => x.values === head.values));
    if (into) {
      into.lines.push({ line: l.words[0].line, values: l.values, cols: place(l)! });
      continue;
    }
    const cols = oneSpaceShort(l.values) ? completed.get(l) : place(l);
    const labelled = labelWords > 0 && NUMBERED.test(l.words[labelWords - 1].text);
    const entry = { line: l.words[0].line, values: l.values, cols: cols ?? [] };
    const last = groups[groups.length - 1];
    const lastLine = last?.lines[last.lines.length - 1];
    const adjacent = !!lastLine && entry.line - lastLine.line === 1;
    // Digits wrapped in a cell sit right under the number they continue (left-aligned cells).
    const fits = (c: number, i: number) => {
      const above = lastLine!.cols.indexOf(c);
      if (above < 0) return true;
      const a = lastLine!.values[above];
      const v = l.values[i];
      return labelWords === 0 && NUMBER_WORD.test(a.text) && NUMBER_WORD.test(v.text) && v.start >= a.start && v.end <= a.end + 1;
    };
    if (cols && last && !last.uncertain && !last.overfull && adjacent && !(labelled && last.labelled) && cols.every(fits)) {
      last.lines.push(entry);
      last.labelled ||= labelled;
    } else {
      groups.push({ lines: [entry], uncertain: !cols, labelled });
    }
  }
  return groups;
}

/** A group's cells, column by column; the parts of a wrapped number are joined top to bottom. */
function groupCells(g: Group, n: number, at: (col: number) => number): TextCell[] {
  const parts: Word[][] = [];
  for (let c = 0; c < n; c++) parts.push([]);
  for (const l of g.lines) for (let i = 0; i < l.cols.length; i++) parts[l.cols[i]].push(l.values[i]);
  return parts.map((p, c) => {
    if (!p.length) return blankCell(g.lines[0].line, at(c));
    if (p.length === 1) return textCell(p[0]);
    const text = p.map((x) => x.text).join('');
    return { ...textCell(p[0]), text, norm: normalizeLabel(text) };
  });
}

/** A page's running header: the report title (…政府信息公开工作年度报告) or a page count. */
const RUNNING_HEADER = /年度报告|工作报告|第\d+页/;
const RUNNING_AGENCY = /^[\u4e00-\u9fff]{2,30}(?:19|20)\d{2}年度?$/;

/**
 * A header repeated after a page break inside the table: the note, 申请人情况, 法人或其他组织, and lines
 * of column-header pieces only. Those words are dropped from the data lines, and so are running headers.
 */
/** The table's unit written under or over it (单位：件): no piece of a row label (四、结转下年度继续 / … / 办 理 / 单位：件). */
const UNIT_NOTE = /^[（(]?(?:计量)?单位[：:]?[（(]?件[）)]?[）)]?$/;

function dropRepeatedHeader(lines: TableLine[], note: string): TableLine[] {
  const out: TableLine[] = [];
  let dropping = false;
  // The leaf label on its way (2.重复 before a page break): the rest of it after the repeated header
  // (申请) is made of header characters too, and is kept.
  let label = '';
  const completes = (w: Word[]) => w.length === 1 && label !== '' && !isLabel(label) && isRowLabelStart(normalizeLabel(label + w[0].text));
  // A label's first piece made of header characters (申请人) right above its numbering alone (2.), as LibreOffice's
  // printed page sets it: the start of a row label, even right under a repeated header.
  const numberedBelow = (k: number, w: Word[]) => {
    const next = lines[k + 1]?.words[0];
    return w.length === 1 && !!next && next.line === w[0].line + 1 && /^[0-9]{1,2}[.．]$/.test(next.text) && isRowLabelStart(normalizeLabel(next.text + w[0].text));
  };
  for (const [k, l] of lines.entries()) {
    const words = l.words.filter((w) => {
      if (VALUE_WORD.test(w.text) || NUMBERED.test(w.text)) return true;
      const n = normalizeLabel(w.text);
      return !(n.includes('勾稽') || n === '申请人情况' || n === '法人或其他组织' || ([...n].length >= 3 && note.includes(n)) || UNIT_NOTE.test(n));
    });
    // A running header (the report's title at the top of each page) is no part of a label.
    // (Or the agency's name and the year far apart: 某某局        2023年度.)
    if (!l.values.length && RUNNING_HEADER.test(normalizeLabel(l.words.map((w) => w.text).join('')))) continue;
    if (l.words.length === 2 && !l.values.length && RUNNING_AGENCY.test(normalizeLabel(l.words[0].text + l.words[1].text))) continue;
    const removed = words.length < l.words.length;
    const pieces = !l.values.length && words.length > 0 && words.every((w) => [...w.text].length <= 6 && [...w.text].every((ch) => TABLE3_HEADER_CHARS.has(ch)));
    if (((removed && !l.values.length) || (pieces && (dropping || words.length >= 2))) && !(pieces && (completes(words) || numberedBelow(k, words)))) {
      dropping = true;
      continue;
    }
    dropping = false;
    const kept = removed ? { words, values: l.values } : l;
    out.push(kept);
    const leaf = kept.words[kept.words.length - kept.values.length - 1];
    if (leaf) label = NUMBERED.test(leaf.text) ? normalizeLabel(leaf.text) : label && normalizeLabel(label + leaf.text);
  }
  return out;
}

/** Values each one space after the last, as a dump that keeps no column positions writes them. */
function oneSpaceApart(values: Word[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i].start !== values[i - 1].end + 1) return false;
  return true;
}

/** Logical rows of a table 三 laid out by pdftotext -layout, lines [from, to). */
/**
 * Whether the table's text is laid out by display width (a text browser's dump: a Chinese character takes two
 * columns) rather than by characters (pdftotext): its complete lines of values line up better measured so.
 */
function byDisplayWidth(lines: TableLine[], text: readonly string[]): boolean {
  const full = lines.filter((l) => l.values.length === TABLE3_COLUMNS);
  if (full.length < 2) return false;
  // (Each column's highest less lowest by a loop: an array and two spreads per column cost more than the measuring.)
  const spread = (x: (l: number, j: number) => number) => {
    let sum = 0;
    for (let j = 0; j < TABLE3_COLUMNS; j++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let l = 0; l < full.length; l++) {
        const v = x(l, j);
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      sum += hi - lo;
    }
    return sum;
  };
  const units = spread((l, j) => full[l].values[j].end);
  if (units === 0) return false;
  const widths = full.map((l) => valueEndWidths(l.values, text));
  return spread((l, j) => widths[l][j]) < units / 2;
}

/**
 * Each value's end in display columns (the width of its line up to it), measured piece by piece along the line
 * rather than from the line's start for every value (widths add up: the pieces end between words).
 */
function valueEndWidths(values: Word[], text: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  let width = 0;
  for (const v of values) {
    if (v.line !== values[0].line || v.end < at) return values.map((w) => displayWidth(text[w.line].slice(0, w.end)));
    width += displayWidth(text[v.line].slice(at, v.end));
    at = v.end;
    out.push(width);
  }
  return out;
}

/** The same words measured in display columns, their UTF-16 offsets kept for their spans. */
function inDisplayColumns(words: Word[], text: readonly string[]): Word[] {
  return words.map((w) => {
    const before = text[w.line].slice(0, w.start);
    const start = displayWidth(before);
    return { ...w, start, end: start + displayWidth(w.text), cs: w.cs ?? w.start, ce: w.ce ?? w.end };
  });
}

/** A display column of a line as a UTF-16 offset (a blank cell's place, found in display columns). */
function unitAt(line: string, column: number): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    if (width >= column) return i;
    width += displayWidth(line[i]);
  }
  return line.length;
}

function readTable3(lex: LineToken[], from: number, to: number, text?: readonly string[]): LogicalRow[] | undefined {
  const byChars = table3Lines(lex, from, to, text, false);
  // Text laid out by display width is measured so; its rows' blank cells are placed back in UTF-16 offsets.
  if (!text || !byDisplayWidth(byChars, text)) return readTable3Lines(byChars, from, to, text);
  const rows = readTable3Lines(table3Lines(lex, from, to, text, true), from, to, text);
  for (const r of rows ?? []) {
    for (const c of r.cells) if (c.text === '' && text[c.span.line] !== undefined) c.span = { line: c.span.line, start: unitAt(text[c.span.line], c.span.start), end: unitAt(text[c.span.line], c.span.end) };
  }
  return rows;
}

function table3Lines(lex: LineToken[], from: number, to: number, text: readonly string[] | undefined, wide: boolean): TableLine[] {
  const all: Word[][] = [];
  let flowPages: Set<number> | undefined;
  for (let i = from; i < to; i++) {
    // A bare number right after a table line (lexed as a page number) may be part of a wrapped one; a page
    // footer comes after blank lines, or is one of the page numbers counting up through a text without any.
    const wrapped = lex[i].kind === LineKind.PageNumber && text && BARE_NUMBER.test(text[i]) && i > from && plainLine(lex[i - 1])
      && !(flowPages ??= flowPageNumbers(text)).has(i);
    if (!plainLine(lex[i]) && !wrapped) continue;
    const found = wrapped ? wordsOf({ kind: LineKind.Text, cells: [{ text: text![i], start: 0, end: text![i].length }] }, i) : wordsOf(lex[i], i);
    const words = wide && text ? inDisplayColumns(found, text) : found;
    if (words.length) all.push(words);
  }
  // Where the first column's values start: on the lines of a full row of values opening with a number, or right
  // after label text (a vertical parent's piece stands left of the label, never between it and the values).
  let firstX = Infinity;
  const valueLike = (w: Word) => VALUE_WORD.test(w.text) || isMark(w);
  for (const words of all) {
    const at = words.length - TABLE3_COLUMNS;
    if (at < 0 || !words.slice(at).every(valueLike)) continue;
    if (NUMBER_WORD.test(words[at].text) || (at > 0 && !valueLike(words[at - 1]))) firstX = Math.min(firstX, words[at].start);
  }
  const lines: TableLine[] = [];
  for (const words of all) {
    const v = trailingValues(words, TABLE3_COLUMNS, firstX);
    const label = joinSpread(words.slice(0, v), v < words.length);
    lines.push({ words: label.length < v ? [...label, ...words.slice(v)] : words, values: words.slice(v) });
  }
  return lines;
}

function readTable3Lines(lines: TableLine[], from: number, to: number, text?: readonly string[]): LogicalRow[] | undefined {
  // The data start at the first row label (一、本年新收…) or the first line of several values.
  let firstData = lines.findIndex((l) => l.values.length >= 3 || (l.values.length < l.words.length && NUMBERED.test(l.words[0].text)));
  if (firstData < 0) return undefined;
  // The upper part of a row's wrapped numbers comes before its label line.
  while (firstData > 0 && lines[firstData - 1].values.length === lines[firstData - 1].words.length && lines[firstData - 1].words[0].line === lines[firstData].words[0].line - 1) firstData--;
  const header = lines.slice(0, firstData);
  // (A leaf's numbering on a line of its own, a row's first number beside its label's first piece: put back.)
  const { lines: data, moved } = numberingPutBack(withoutSerialColumn(dropRepeatedHeader(lines.slice(firstData), NOTE)).map(spreadJoined), TABLE3_COLUMNS, (v) => !!joinSpreadRuns(v));
  const valueX = Math.min(...data.filter((l) => l.values.length).map((l) => l.values[0].start));
  // (A line whose first number was moved to it keeps that number's place beside the label: no line to place others against.)
  const full = data.filter((l) => l.values.length === TABLE3_COLUMNS && !moved.has(l)).map((l) => l.values);
  // (A loop: flatMap over every word of the table cost more than the rest of this function's set-up.)
  const numberedX: number[] = [];
  for (const l of data) for (const w of l.words) if (w.start < valueX && LEAF_NUMBERING.test(w.text)) numberedX.push(w.start);
  numberedX.sort((a, b) => a - b);
  const leafX = numberedX.length ? numberedX[numberedX.length >> 1] : 0;

  const rows: LogicalRow[] = [];
  const headWords = flatMapped(header, (l) => l.words);
  if (headWords.length) {
    rows.push({ cells: headerCells(headWords, 'table3'), style: 'spaced', firstLine: headWords[0].line, lastLine: headWords[headWords.length - 1].line });
  }
  // pdftotext lays out each page by itself: a row is placed against complete lines of its own page
  // when there are any (the columns may sit elsewhere on the next page).
  const pageOf = pages(text, from, to);
  // The complete lines of each page, found once (asked for every line, several times).
  const fullOfPage = new Map<number, Word[][]>();
  const refsOf = (l: TableLine) => {
    const page = pageOf(l.words[0].line);
    let same = fullOfPage.get(page);
    if (!same) fullOfPage.set(page, (same = full.filter((f) => pageOf(f[0].line) === page)));
    return nearestFull(same.length ? same : full, l.words[0].line);
  };
  // Without a complete line of values (zeros left blank), the header's labels are the columns.
  const headerColumns = full.length ? undefined : stackedColumns(headWords, 'table3');
  const groups = groupValues(data, (l) => placeColumns(l.values, TABLE3_COLUMNS, refsOf(l), headerColumns), refsOf);
  const segs = withParentsJoined(segments(data, leafX), new Set(data.filter((l) => l.values.length).map((l) => l.words[0].line)));
  attach(groups, segs);
  // Numbers no data row took: unattached, or attached to a parent's label (（五）不予处理), which is no row.
  const named = (s: Segment) => !!lookupDataRow(normalizeLabel(s.pieces.map((p) => p.text).join('')));
  const unclaimed = groups.some((g) => !segs.some((s) => s.group === g && named(s)));
  // Numbers one space apart in every complete row (lynx's dump of a page whose cells hold plain text) keep no
  // column positions: a shorter row of them has blank cells, which ones the text does not say.
  const unaligned = full.length >= 2 && full.every(oneSpaceApart);
  // A parent label (（六）其他处理) with numbers on its line, its first leaf's label cut away from them (by a page break)
  // with none: the numbers may be that leaf's (2019's （六）其他处理 is a row of its own, 2021's a parent).
  const numbersBeforeLabel = new Set(data.filter((l) => l.values.length < TABLE3_COLUMNS && numberThenText(l.words.slice(0, l.words.length - l.values.length))).map((l) => l.words[0].line));
  const parentValued = (s: Segment | undefined) => !!s?.group && !!lookupRow(normalizeLabel(s.pieces.map((p) => p.text).join('')))?.some((r) => r.parent);
  for (const [k, s] of segs.entries()) {
    const text = s.pieces.map((p) => p.text).join('');
    const first = s.pieces[0];
    const label: TextCell = { text, norm: normalizeLabel(text), span: { line: first.line, start: first.cs ?? first.start, end: first.ce ?? first.end } };
    const g = s.group;
    const lastLine = Math.max(s.pieces[s.pieces.length - 1].line, g ? g.lines[g.lines.length - 1].line : 0);
    const firstLine = Math.min(first.line, g ? g.lines[0].line : first.line);
    if (!g) {
      // A known row with every cell blank is present (cell-missing), not absent; but while some row of numbers went to
      // no label, these may be its numbers: the row is uncertain (left unread), not blank.
      const cells = isLabel(label.norm) && !isParentOnly(label.norm)
        ? [label, ...Array.from({ length: TABLE3_COLUMNS }, () => blankCell(first.line, first.end))]
        : [label];
      const unsure = unclaimed || parentValued(segs[k - 1]);
      const row: LogicalRow = { cells, style: cells.length > 1 ? 'spaced' : 'text', firstLine, lastLine };
      if (cells.length > 1 && unsure) row.uncertain = true;
      rows.push(row);
      continue;
    }
    // A leaf's numbering alone among the numbers (`3. 1  0 … 1`: a distributed label's numbering on the line of its row's
    // numbers, the label's other pieces above it): the line is another row's, whose label was not assembled; these
    // numbers are not surely this row's.
    const numberingAmid = g.lines.some((l) => l.values.some((v) => LEAF_NUMBERING_ALONE.test(v.text)));
    if (g.overfull) {
      const row: LogicalRow = { cells: [label, ...g.lines[0].values.map(textCell)], style: 'spaced', firstLine, lastLine };
      if (numberingAmid) row.uncertain = true;
      rows.push(row);
      continue;
    }
    if (g.uncertain) {
      const row: LogicalRow = { cells: [label, ...flatMapped(g.lines, (l) => l.values.map(textCell))], style: 'spaced', firstLine, lastLine, uncertain: true };
      if (unaligned && g.lines.length === 1 && g.lines[0].values.length < TABLE3_COLUMNS && oneSpaceApart(g.lines[0].values)) row.unplacedBlanks = true;
      rows.push(row);
      continue;
    }
    const ref = nearestFull(full, g.lines[0].line)[0] ?? headerColumns;
    // Numbers left of the row's label on its line (0 0 0 3.其他 0 0 0 0: a narrow leaf column, the first columns' numbers
    // printed before it) are none of its cells the reader placed: which columns are blank, nothing says.
    const stray = g.lines.some((l) => numbersBeforeLabel.has(l.line)) || s.pieces.some((p) => numbersBeforeLabel.has(p.line));
    const cells = groupCells(g, TABLE3_COLUMNS, (c) => (ref ? Math.round(center(ref[c])) : first.end));
    // …and so is a row whose label ends in a number glued to it (3.危及“三安全一稳定”0 0 …) with a cell blank: the blank
    // may be that number's column.
    const glued = GLUED_TO_LABEL_END.test(text) && cells.some((c) => c.text === '');
    // (The flag set after the literal, not spread into it: a conditional spread costs ~10× the assignment.)
    const row: LogicalRow = { cells: [label, ...cells], style: 'spaced', firstLine, lastLine };
    if (stray || glued || numberingAmid) row.uncertain = true;
    rows.push(row);
  }
  return rows;
}

/** A leaf's numbering alone (3.), which lexing may take for a value. */
const LEAF_NUMBERING_ALONE = /^[0-9０-９]{1,2}[.．]$/;

/** A number glued to a label's last character (一稳定”0), which no table 三 label ends in. */
const GLUED_TO_LABEL_END = /[^\s0-9.．][0-9]+$/;

/** Label words of a line where a number stands before a word of text (0 0 0 3.其他). */
function numberThenText(words: Word[]): boolean {
  return words.some((w, k) => NUMBER_WORD.test(w.text) && k + 1 < words.length && /[\u4e00-\u9fff]/.test(words[k + 1].text));
}

/**
 * A table drawn with fewer label columns writes a middle parent in the leaf's own cell, on the line above it
 * (（四）无法提供 / 1.本机关不掌握 / 相关政府信息): the parent's segment and the leaf's are one label when together
 * they spell a data row's (labels.ts knows the parent-prefixed forms).
 */
function withParentsJoined(segs: Segment[], valued: ReadonlySet<number>): Segment[] {
  const out: Segment[] = [];
  const text = (g: Segment) => g.pieces.map((p) => p.text).join('');
  for (const s of segs) {
    const prev = out[out.length - 1];
    if (!prev || !LEAF_NUMBERING.test(s.pieces[0].text) || s.pieces[0].line - prev.pieces[prev.pieces.length - 1].line > 2) {
      out.push(s);
      continue;
    }
    const parent = lookupRow(normalizeLabel(text(prev)))?.some((r) => r.parent) && lookupDataRow(normalizeLabel(text(prev) + text(s)));
    // …or a parent whole only in the other format, its numbers on its line and none on the leaf's (./other-format-parent.ts).
    const other = !parent && prev.pieces.some((p) => valued.has(p.line)) && !s.pieces.some((p) => valued.has(p.line))
      && parentOfOtherFormat(text(prev), text(s));
    if (parent || other) {
      out[out.length - 1] = { pieces: [...prev.pieces, ...s.pieces], x: prev.x };
    } else out.push(s);
  }
  return out;
}

/**
 * Below the header no narrow header column stands: a run of characters one space apart there is a distributed
 * label's line (合 法 权 益, 计 其 他 情 形 ）) even without numbers or a numbering on it.
 */
function spreadJoined(l: TableLine): TableLine {
  const v = l.words.length - l.values.length;
  const label = parentAndLeaf(wideSpread(joinSpread(l.words.slice(0, v), true)));
  return label.length < v ? { words: [...label, ...l.values], values: l.values } : l;
}

/**
 * A parent label and its leaf a wide gap apart on one line (（ 六 ） 其 他 处 理      3. 其 他, each distributed over
 * its own cell): one word when together they are a data row and the parent alone is none. Likewise a label
 * distributed with gaps of uneven width, which joinSpread leaves in pieces (四 、 结 转    下 年 度 继    续 办 理, or
 * 四、结转 下年度 继续 办理): one word when the pieces together are a data row and no shorter run of them from the first is.
 */
function parentAndLeaf(words: Word[]): Word[] {
  for (let i = 0; i + 1 < words.length; i++) {
    let text = words[i].text;
    // Past SPREAD_PIECES, only while the pieces so far start a row label (四、结转 下年度 继续 办理: one space between
    // pieces of several characters, as pdfplumber writes a distributed label).
    for (let k = i + 1; k < words.length && (k < i + SPREAD_PIECES || isRowLabelStart(normalizeLabel(text))); k++) {
      if (lookupDataRow(normalizeLabel(text))) break;
      text += words[k].text;
      if (!lookupDataRow(normalizeLabel(text))) continue;
      return [...words.slice(0, i), joinedWord(words[i], words[k], text), ...words.slice(k + 1)];
    }
  }
  return words;
}
/** Pieces of one label parentAndLeaf joins at most, unless those before the next one start a row label. */
const SPREAD_PIECES = 3;

/** Pieces of at most two characters a few spaces apart: a one-line label distributed over a wide cell (3.   其    他). */
const SPREAD_PIECE = 2;
const SPREAD_GAP = 16;

/** Such pieces joined when, together, they are a row's whole label (（   七   ）    总    计), and only then. */
function wideSpread(words: Word[]): Word[] {
  for (let i = 0; i + 1 < words.length; i++) {
    let j = i;
    while (j + 1 < words.length && words[j + 1].text.length <= SPREAD_PIECE && words[j + 1].start - words[j].end <= SPREAD_GAP && words[j].text.length <= SPREAD_PIECE) j++;
    for (let k = j; k > i; k--) {
      const text = words.slice(i, k + 1).map((w) => w.text).join('');
      if (!lookupDataRow(normalizeLabel(text))) continue;
      const last = words[k];
      return [...words.slice(0, i), joinedWord(words[i], last, text), ...words.slice(k + 1)];
    }
  }
  return words;
}

/**
 * A 序号 column some agencies add before the labels (1, 2, 3 …): its numbers stand left of every row label, where
 * no value of the official table is. Seen on at least three lines, they are dropped: they are not data.
 */
function withoutSerialColumn(lines: TableLine[]): TableLine[] {
  // Where the row labels start: their numbering (一、 （一） 1.), not a note row's 注： under the table.
  let labelX = Infinity;
  for (const l of lines) for (const w of l.words) if (w.start < labelX && hasCjk(w.text) && NUMBERED.test(w.text)) labelX = w.start;
  const left = (w: Word) => w.end <= labelX && NUMBER_WORD.test(w.text);
  if (lines.filter((l) => l.words.some(left)).length < 3) return lines;
  return lines
    .map((l) => ({ words: l.words.filter((w) => !left(w)), values: l.values.filter((w) => !left(w)) }))
    .filter((l) => l.words.length);
}

/**
 * Each group of values to the label with a piece on the group's lines, else to the nearest label
 * without one, within a line of the label's pieces; a group no label claims is left out, a label
 * without one has blank cells. When the label beside the numbers already has numbers (its own piece
 * was taken into the label above, say), whose numbers these are is not clear: that row is uncertain.
 */
function attach(groups: Group[], segs: Segment[]): void {
  for (const g of groups) {
    const first = g.lines[0].line;
    const last = g.lines[g.lines.length - 1].line;
    const own = segs.filter((s) => s.pieces.some((p) => p.line >= first && p.line <= last));
    if (own.length === 1) {
      if (own[0].group) own[0].group.uncertain = true;
      else own[0].group = g;
      continue;
    }
    let best: Segment | undefined;
    let bestD = Infinity;
    const spans = (s: Segment) => s.pieces[0].line < first && s.pieces[s.pieces.length - 1].line > last;
    // A label whose pieces lie on both sides of two groups of numbers (its rest after a page break: （二）部分公开… /
    // 2 0 0 0 0 0 2 / -1- / 0 0 0 0 0 0 0 / … / 形，不计其他情形）) may own either, the first perhaps the row above's: unread.
    // (Numbers, not a repeated header's dashes between the pieces: 法人或其他组织-商业企业 drawn a character per line.)
    const holding = g.lines.some((l) => l.values.some((w) => /[0-9]/.test(w.text))) ? segs.find((s) => s.group && spans(s)) : undefined;
    if (holding) {
      holding.group!.uncertain = true;
      continue;
    }
    for (const s of segs) {
      if (s.group) continue;
      const a = s.pieces[0].line;
      const b = s.pieces[s.pieces.length - 1].line;
      const d = last < a ? a - last : first > b ? first - b : 0;
      if (d < bestD) { bestD = d; best = s; }
    }
    if (best && bestD <= 1) best.group = g;
  }
}

const TABLE4_LABELS = FORMAT_2021.table4Groups.flatMap((g) => g.columns.map((c) => normalizeLabel(c.label)));

/** A header line of table 四 whose labels are spread (结 果 维 持 …): joined, it spells all fifteen in order. */
function spreadHeaderLine(lines: Word[][]): Word[] | undefined {
  for (const ws of lines) {
    const joined = joinSpread(ws, true);
    if (joined.length === TABLE4_COLUMNS && joined.every((w, i) => normalizeLabel(w.text) === TABLE4_LABELS[i])) return joined;
  }
  return undefined;
}

/**
 * The columns of pandoc's rule under a table's header (its Markdown and plain text of a Word table): one run
 * of dashes per column, over the column's whole width. Undefined when no rule of `n` runs lies in [from, to).
 */
function ruleColumns(text: readonly string[] | undefined, from: number, to: number, n: number): Word[] | undefined {
  if (!text) return undefined;
  for (let i = from; i < to; i++) {
    const l = text[i];
    if (l.indexOf('--') < 0 || !/^[ -]*$/.test(l)) continue;
    const runs = [...l.matchAll(/-{2,}/g)];
    if (runs.length === n) return runs.map((m) => ({ text: m[0], line: i, start: m.index!, end: m.index! + m[0].length }));
  }
  return undefined;
}

/** Logical rows of a table 四 laid out by pdftotext -layout: its header cells, then its row of numbers. */
function readTable4(lex: LineToken[], from: number, to: number, text?: readonly string[]): LogicalRow[] | undefined {
  const all: Word[][] = [];
  for (let i = from; i < to; i++) if (plainLine(lex[i])) all.push(wordsOf(lex[i], i));
  const dataAt = all.findIndex((ws) => ws.length > 0 && trailingValues(ws, TABLE4_COLUMNS) === 0);
  if (dataAt < 1) return undefined;
  const values = all[dataAt];
  const headWords = all.slice(0, dataAt).flat();
  const header = headerCells(headWords, 'table4');
  const rows: LogicalRow[] = [{ cells: header, style: 'spaced', firstLine: headWords[0].line, lastLine: headWords[headWords.length - 1].line }];
  // A text browser lays the table out by display width (a Chinese character two columns): a row with blank
  // cells is measured so when only so do the header's pieces stack into every column's label.
  const wide = !!text && values.length < TABLE4_COLUMNS && !stackedColumns(headWords, 'table4') && !!stackedColumns(inDisplayColumns(headWords, text), 'table4');
  const measured = wide ? (ws: Word[]) => inDisplayColumns(ws, text!) : (ws: Word[]) => ws;
  const headLines = all.slice(0, dataAt).map(measured);
  const placing = measured(values);
  // The deepest header line with a piece over every column gives the columns' positions; else the
  // header pieces stacked in columns do (a group's header a line higher), each spelling its label.
  const ref = [...headLines].reverse().find((ws) => ws.length === TABLE4_COLUMNS) ?? spreadHeaderLine(headLines);
  // pandoc's rule gives each column's extent: a value lies within one of them (left-aligned in its cell).
  const stacked = ref ? undefined : ruleColumns(text, from, values[0].line, TABLE4_COLUMNS) ?? stackedColumns(headLines.flat(), 'table4');
  // More numbers than columns: digits spread apart within one column are one number; else unplaceable.
  const merged = placing.length > TABLE4_COLUMNS ? mergeSpread(placing, ref ? [ref] : stacked ? [stacked] : []) : placing;
  const placed = merged ? placeLine(merged, TABLE4_COLUMNS, ref ? [ref] : [], stacked) : { cells: values.map(textCell), uncertain: true };
  // A blank cell's place, found in display columns, as a UTF-16 offset.
  if (wide) for (const c of placed.cells) if (c.text === '') c.span = { line: c.span.line, start: unitAt(text![c.span.line], c.span.start), end: unitAt(text![c.span.line], c.span.end) };
  rows.push({ cells: placed.cells, style: 'spaced', firstLine: values[0].line, lastLine: values[0].line, uncertain: placed.uncertain });
  return rows;
}

/**
 * The printed numbers as table 四's one row of values. Its header is left out: its pieces give no column
 * a place the numbers could be put under, and what of it could be read would place them by position.
 */
function printedRows(printed: PrintedValues): LogicalRow[] {
  return [{ cells: printed.cells, style: 'spaced', firstLine: printed.firstLine, lastLine: printed.end - 1, ordered: true, ...(printed.blanksUnplaced ? { unplacedBlanks: true } : {}) }];
}

/** A line with 行政诉讼 as a word of its own. */
function namesLitigation(tok: LineToken, i: number): boolean {
  return tok.cells!.some((c) => c.text.includes('行政诉讼')) && wordsOf(tok, i).some((w) => w.text === '行政诉讼');
}

/** A line of table 四's header pieces one of which is a litigation group's name (复议后起诉, or 未经复议直接起 cut short). */
function litigationGroupHeader(tok: LineToken, i: number): boolean {
  if (!tok.cells!.some((c) => c.text.includes('复议'))) return false;
  const words = wordsOf(tok, i);
  return words.some((w) => w.text === '复议后起诉' || w.text.startsWith('未经复议直接'))
    && words.every((w) => inHeaderLabel(normalizeLabel(w.text), 'table4'));
}

/** 行政复议's five columns by their whole names (行政复议结果维持 … 行政复议总计: a header flattened to one row of fifteen). */
const REVIEW_NAMES = new Set(FORMAT_2021.table4Groups[0].columns.map((c) => normalizeLabel(FORMAT_2021.table4Groups[0].label + c.label)));

/**
 * A line of two or more of 行政复议's columns by their whole names and nothing else (the table drawn as two, its first a
 * row of five such names: 行政复议结果维持 行政复议结果纠正 … 行政复议总计), no word 行政复议 of its own.
 */
function reviewNamesHeader(tok: LineToken, i: number): boolean {
  if (!tok.cells!.some((c) => c.text.includes('行政复议'))) return false;
  const words = wordsOf(tok, i);
  return words.length >= 2 && words.every((w) => REVIEW_NAMES.has(normalizeLabel(w.text)));
}

/**
 * A positional table starting at line `i`: its logical rows and the line after it. Undefined when
 * the line opens none, or the lines are not PDF layout text (then the line-by-line reader applies).
 */
export function readGridAt(lex: LineToken[], i: number, to: number, text?: readonly string[]): { rows: LogicalRow[]; end: number } | undefined {
  const tok = lex[i];
  if (!plainLine(tok)) return undefined;
  // Plain pdftotext's table 四 whose header and numbers prove each number's column (./raw-table4-stream.ts).
  const stream = text ? rawTable4Stream(lex, text, i, to) : undefined;
  // (Some groups only proven: the other readers first, which may place all fifteen; this when none reads the table.)
  if (stream && !partlyProven(stream.rows)) return stream;
  const table = tok.cells!.some(hasOpeningHint) && !namesNoTable(tok) ? opens(wordsOf(tok, i)) : undefined;
  // A browser's printout: table 四's fifteen numbers in order, its header too narrow to place them (./printed.ts).
  // Its 行政复议 may stand above the section's heading (pdftotext -layout): the table then opens at 行政诉讼.
  // Both may stand above it, the heading between them and the header's next line (结 结 其 尚 总计 … 未经复议直接起 复议后起诉):
  // the table then opens at that line, which names a litigation group. Or at a row of 行政复议's five whole names (the
  // table drawn as two, each header one row of its columns' whole names).
  if (text && (table === 'table4' || (!table && (namesLitigation(tok, i) || litigationGroupHeader(tok, i) || reviewNamesHeader(tok, i))))) {
    const printed = printedTable4Values(lex, text, i, to, TABLE4_COLUMNS);
    if (printed) return { rows: printedRows(printed), end: printed.end };
  }
  if (!table) return stream;
  const whole = regionEnd(lex, i, to, table, text);
  if (whole === undefined || (table === 'table3' && cutNoteWithoutHeader(lex, i, whole))) return undefined;
  // Laid out by position, the table ends at a part's title with its numbering cut off (a heading clipped at a
  // printout's page foot: 政府信息公开行政复议 行政诉讼情况), which no label's wrapped piece could be. (Plain text
  // may give the rest of the page's table after it: there it does not end the table.)
  // Plain pdftotext output (a PDF copied from a viewer) has its own reader.
  const raw = !!text && looksRaw(text, i, whole);
  const end = raw ? whole : clippedTitleAt(lex, i, whole) ?? whole;
  const rows = raw
    ? (table === 'table3' ? readRawTable3(lex, text!, i, end, TABLE3_COLUMNS) : readRawTable4(lex, text!, i, end, TABLE4_COLUMNS))
    : table === 'table3' ? readTable3(lex, i, end, text) : readTable4(lex, i, end, text);
  return rows ? { rows, end } : stream;
}

/** Rows of a table 四 whose numbers' columns are proven for some groups only (./raw-table4-stream.ts). */
function partlyProven(rows: readonly LogicalRow[]): boolean {
  return rows.some((r) => !!r.provenGroups);
}
