/** Table presence and shape: missing tables, rows and columns, labels, and the format generation. */
import { FORMATS, FormatId, SECTIONS, TABLE3_COLUMN_GROUP, TABLE3_HEADER_NOTE, TABLE4_CELLS, TableId } from '../format';
import type { HeaderCell, ResolvedRow, SubTableModel, Table2Model, Table3Model, TableStyle } from '../model';
import { documentStyle, insertAfter, insertLines } from '../fixes/insert';
import { renderTable2Row, renderTable3Row, renderTemplate, TemplateId } from '../fixes/templates';
import { upgradeTo2021 } from '../fixes/upgrade';
import { firstSections } from './structure';
import { normalizeLabel, quotedLabel, stripNumbering } from '../text/normalize';
import { numberingOnLines } from './numbering-on-lines';
import { isPictureLine, lexLine } from '../text/lines';
import { headerPiecesApart, headerSpelt, holdsInOrder, labelPiecesAfter, labelRestAfterNumbers, labelScattered, numberingApart, officialNearby, startAbove, startAboveRestAfter } from './scattered';
import { harmlessForm, lookupVariant } from '../tables/labels';
import { Rule, RuleContext, spanRange, pointRange, lineRange } from './types';
import { gluedLines } from './glued';
import { pageBreakBetween } from '../tables/page-numbers';
import { RAW_VALUE } from '../tables/rows';
import { boxDrawn } from './boxed';
import { table4SurelyShort } from './cells';
import { TABLE3_HEADER_CHARS } from '../tables/pdfheader';
import { printedLineTest } from '../text/print-furniture';
import { rowsSurelyAbsent } from './absent-rows';

const formatOf = (ctx: RuleContext): FormatId => ctx.model.format ?? '2021';
/**
 * In the one-cell-per-line layout blank lines separate rows: a row inserted before another row is
 * followed by one; a row appended after a table's last line is preceded by one (and followed by one
 * unless the next line is already blank), or it would run into the row above.
 */
const withSeparator = (ctx: RuleContext, style: TableStyle, line: number, lines: string[], appended: boolean) => {
  if (style !== 'cells') return lines;
  if (!appended) return [...lines, ''];
  return ['', ...lines, ...((ctx.lines[line] ?? '').trim() ? [''] : [])];
};

/**
 * PDF text wraps a long label onto the next line, which then belongs to the row above it: a row
 * appended at that line would cut the label from its numbers, so it goes after the wrapped tail.
 */
function afterWrappedTail(ctx: RuleContext, line: number, rows: Iterable<ResolvedRow>): number {
  for (const r of rows) {
    const tail = ctx.lines[line];
    if (r.row.lastLine + 1 === line && tail?.trim() && normalizeLabel(r.row.label.text + tail) === normalizeLabel(r.row.official)) return line + 1;
  }
  return line;
}

/** Whether a line lies within another table: a stray row there is no place to insert a missing row next to. */
function inOtherTable(ctx: RuleContext, table: TableId, line: number): boolean {
  return (['table2', 'table3', 'table4'] as const).some((t) => t !== table && !!ctx.model[t] && ctx.model[t]!.firstLine <= line && line <= ctx.model[t]!.lastLine);
}

/** Whether lines inserted before `line` would cut another table in two (then the report is too mixed up to offer a fix). */
function splitsOtherTable(ctx: RuleContext, table: TableId, line: number): boolean {
  return (['table2', 'table3', 'table4'] as const).some((t) => t !== table && !!ctx.model[t] && ctx.model[t]!.firstLine < line && line <= ctx.model[t]!.lastLine);
}

/** How many whole numbers (counts, amounts) stand on lines first…last. */
function numbersIn(ctx: { lines: readonly string[] }, first: number, last: number): number {
  let n = 0;
  for (let l = first; l <= last && l < ctx.lines.length; l++) n += ctx.lines[l].match(NUMBER_TOKEN)?.length ?? 0;
  return n;
}
/** Table 三's header words that name no column: its note, 申请人情况 and 法人或其他组织 (the characters of narrow columns' labels stacked one per line leave only these whole). */
const TABLE3_HEADER_WORDS = [TABLE3_HEADER_NOTE, TABLE3_COLUMN_GROUP, ...new Set(FORMATS['2021'].table3Columns.flatMap((c) => (c.group ? [c.group] : [])))];

/** The line of the table's first row read (its header stands above it), or the table's first line. */
function firstRowLine(t: { firstLine: number; rows: Map<string, ResolvedRow> }): number {
  let first = Infinity;
  for (const r of t.rows.values()) first = Math.min(first, r.row.firstLine);
  return Number.isFinite(first) ? first : t.firstLine;
}

/**
 * The first line of the table's rows' numbers, or of their labels when later: plain pdftotext of a printout gives a
 * column of labels first, then the header, then the numbers (fresh variant seed 8401 v001 print-raw).
 */
function firstValueLine(t: { firstLine: number; rows: Map<string, ResolvedRow> }): number {
  let first = Infinity;
  for (const r of t.rows.values()) for (const v of r.row.values) if (v.text !== '') first = Math.min(first, v.span.line);
  return Math.max(firstRowLine(t), Number.isFinite(first) ? first : -1);
}

/** Table 三's column names (the same in both formats). */
const TABLE3_COLUMN_LABELS = FORMATS['2021'].table3Columns.map((c) => c.label);

/** How far above a table its header's words are looked for. */
const HEADER_REACH = 200;

/** The column labels standing as words of their own on lines from…first (exclusive). */
function columnWordsBefore(ctx: { lines: readonly string[] }, from: number, first: number, labels: readonly string[]): string[] {
  const found = new Set<string>();
  for (let l = Math.max(from, first - HEADER_REACH); l < first; l++) {
    for (const w of ctx.lines[l].split(/[ \t\u3000]+/)) {
      if (labels.includes(w)) found.add(w);
      else if (w.length >= NOTE_START && TABLE3_HEADER_NOTE.startsWith(w)) found.add(TABLE3_HEADER_NOTE);
    }
  }
  return [...found];
}
/**
 * Whether the lines above the table's first row, prose aside (PROSE_LINE), hold every character of the
 * labels, as often as the labels have it.
 */
function piecesSpell(ctx: { lines: readonly string[] }, from: number, first: number, labels: readonly string[]): boolean {
  return charsSpell(ctx.lines, Math.max(from, first - HEADER_REACH), first - 1, labels);
}

/**
 * Whether lines from…to (inclusive), prose aside (PROSE_LINE), hold every character of the labels as often as the
 * labels have it (the table's own lines with no reach, where its header may stand among or after its rows; or piecesSpell's).
 */
function charsSpell(lines: readonly string[], from: number, to: number, labels: readonly string[]): boolean {
  const have = new Map<string, number>();
  for (let l = Math.max(0, from); l <= to && l < lines.length; l++) {
    if (PROSE_LINE.test(lines[l])) continue;
    for (const ch of lines[l]) have.set(ch, (have.get(ch) ?? 0) + 1);
  }
  const need = new Map<string, number>();
  for (const ch of labels.join('')) need.set(ch, (need.get(ch) ?? 0) + 1);
  return [...need].every(([ch, n]) => (have.get(ch) ?? 0) >= n);
}

/** A line of prose: a sentence's end, or a run of Chinese longer than any header piece (the note's wrapped pieces are short). */
const PROSE_LINE = /[。；]|[\u3400-\u9fff，、“”]{16}/;

/** How much of table 三's header note makes it known when the rest is wrapped onto other lines: （本列数据的勾稽关系为 … */
const NOTE_START = 12;

/** How many numbers stand on lines first…last that hold numbers only. */
function bareNumbersIn(ctx: { lines: readonly string[] }, first: number, last: number): number {
  let n = 0;
  for (let l = first; l <= last && l < ctx.lines.length; l++) if (BARE_NUMBERS.test(ctx.lines[l])) n += numbersIn(ctx, l, l);
  return n;
}
const BARE_NUMBERS = /^\s*[0-9]+(?:\.[0-9]+)?(?:\s+[0-9]+(?:\.[0-9]+)?)*\s*$/;

/** The numbers of lines that open with two or more counts apart before other text (0\t0\t0\t0\t0未经复…). */
function leadingNumbersIn(ctx: { lines: readonly string[] }, first: number, last: number): number {
  let n = 0;
  for (let l = first; l <= last && l < ctx.lines.length; l++) {
    const m = LEADING_NUMBERS.exec(ctx.lines[l]);
    if (m) n += m[0].trim().split(/\s+/).length;
  }
  return n;
}
const LEADING_NUMBERS = /^\s*[0-9]+(?:\s+[0-9]+)+(?=\s*[\u3400-\u9fff])/;

/** The numbers on the lines of numbers only (blank lines between) from `first`, up to the first other line or `end`. */
function numbersRightAfter(ctx: { lines: readonly string[] }, first: number, end: number): number {
  let last = first - 1;
  for (let l = first; l < end && l < ctx.lines.length && (!ctx.lines[l].trim() || BARE_NUMBERS.test(ctx.lines[l])); l++) last = l;
  return bareNumbersIn(ctx, first, last);
}
/** How many lines after a table its row's rest is looked for, and how many lines of text (a heading, a clipped line) may stand before it. */
const PAST_TABLE_REACH = 30;
const PAST_TABLE_TEXTS = 2;

/**
 * The numbers on lines of numbers only right after a table's last line, past blank lines, a printout's furniture and at
 * most PAST_TABLE_TEXTS short lines of text without digits (the next part's heading, a clipped line): up to the first
 * other line after them.
 */
function numbersPastTable(ctx: { lines: readonly string[] }, last: number): number {
  const furniture = printedLineTest(ctx.lines);
  let n = 0;
  let texts = 0;
  for (let l = last + 1; l < ctx.lines.length && l <= last + PAST_TABLE_REACH; l++) {
    const t = ctx.lines[l].replace(/^\f/, '').trim();
    if (!t || furniture(t)) continue;
    if (BARE_NUMBERS.test(t)) { n += numbersIn(ctx, l, l); continue; }
    if (n > 0 || /[0-9０-９]/.test(t) || PROSE_LINE.test(t) || ++texts > PAST_TABLE_TEXTS) break;
  }
  return n;
}
const NUMBER_TOKEN = /(?<![0-9.\-\u3400-\u9fff])[0-9]+(?:\.[0-9]+)?(?![0-9.\u3400-\u9fff])/g;

/**
 * The rows with an unread row's lines cut where the next row found starts: plain pdftotext may stretch a row left
 * unread (its label spread over the page) over other rows' lines, which are not its own.
 */
function ownLines(rows: readonly ResolvedRow[]): ResolvedRow[] {
  return rows.map((r) => {
    if (!r.uncertain) return r;
    const next = Math.min(...rows.map((x) => x.row.firstLine).filter((l) => l > r.row.firstLine && l <= r.row.lastLine));
    return Number.isFinite(next) ? { ...r, row: { ...r.row, lastLine: next - 1 } } : r;
  });
}

/** Whether line l is one of the rows' lines. */
const claimed = (rows: readonly ResolvedRow[], l: number) => rows.some((r) => r.row.firstLine <= l && l <= r.row.lastLine);

/** A line first…last that passes `test` and is in none of the rows' lines. */
function unclaimedLine(ctx: { lines: readonly string[] }, first: number, last: number, rows: readonly ResolvedRow[], test: (line: string) => boolean): boolean {
  for (let l = first; l <= last && l < ctx.lines.length; l++) if (test(ctx.lines[l]) && !claimed(rows, l)) return true;
  return false;
}

/**
 * A line of table 三 ending in a row's worth of numbers (seven, after a label or not) that is in none of its rows'
 * lines — or two such lines, one after the other, whose numbers at their ends make seven together (a browser's
 * printout wraps a label round its row's first: `（三）不予公开 2.其他法律行政止 0` / `公开  0 0 0 0 0 0`).
 */
function unclaimedNumbers(ctx: { lines: readonly string[] }, first: number, last: number, rows: ResolvedRow[], columns: number): boolean {
  if (unclaimedLine(ctx, first, last, rows, (line) => ROW_OF_NUMBERS.test(line))) return true;
  for (let l = first + 1; l <= last && l < ctx.lines.length; l++) {
    if (claimed(rows, l) || claimed(rows, l - 1)) continue;
    const above = trailingNumbers(ctx.lines[l - 1]);
    const here = trailingNumbers(ctx.lines[l]);
    if (above > 0 && here > 0 && above + here === columns) return true;
  }
  return false;
}
const ROW_OF_NUMBERS = /(?:^|[ \u3000])(?:[0-9]+[ \u3000]+){6}[0-9]+[ \u3000]*$/;

/** How many numbers end the line, each set apart by spaces (a label's numbering `2.` glued to its text is none). */
function trailingNumbers(line: string): number {
  const pieces = line.trim().split(/[ \u3000]+/);
  let n = 0;
  for (let i = pieces.length - 1; i >= 0 && /^[0-9]+$/.test(pieces[i]); i--) n++;
  return n;
}

/**
 * One number per line (plain PDF text, Word's text): a row's worth of numbers in a run, blank lines aside, that is
 * in none of table 三's rows — an absent row's, whose label came apart (3. / 其 / 他, one character per line).
 */
function unclaimedRun(ctx: { lines: readonly string[] }, first: number, last: number, rows: ResolvedRow[], columns: number): boolean {
  let run = 0;
  for (let l = first; l <= last && l < ctx.lines.length; l++) {
    const line = ctx.lines[l];
    if (line.trim() === '') continue;
    if (!LONE_NUMBER.test(line) || claimed(rows, l)) { run = 0; continue; }
    if (++run >= columns) return true;
  }
  return false;
}

/**
 * Whether a line first…last that no row took holds a row's digits glued (pdf-parse writes a row of counts so: 1000001),
 * exactly as many as the table's columns.
 */
function unclaimedGlued(ctx: { lines: readonly string[] }, first: number, last: number, rows: ResolvedRow[], columns: number): boolean {
  for (let l = first; l <= last && l < ctx.lines.length; l++) {
    const t = ctx.lines[l].trim();
    if (t.length === columns && /^[0-9]+$/.test(t) && !claimed(rows, l)) return true;
  }
  return false;
}

/**
 * A line of table 二 holding a number that is in none of its rows, anywhere in the table: plain PDF text scatters a
 * distributed label's characters (行 / 政 / 许 … 可 / 207) so that numbers stand under another sub-table. A lone
 * number, or a line ending in one (行政规范性文 0: a label wrapped in a narrow column, its number beside it).
 */
const unclaimedNumber = (ctx: { lines: readonly string[] }, t2: Table2Model) =>
  unclaimedLine(ctx, t2.firstLine, t2.lastLine, [...t2.subs.values()].flatMap((s) => [...s.rows.values()]), (line) => LONE_NUMBER.test(line) || ENDS_IN_NUMBER.test(line));
const ENDS_IN_NUMBER = /[\u3400-\u9fff][ \u3000]+[0-9]+(?:\.[0-9]+)?[ \u3000]*$/;
const LONE_NUMBER = /^[ \t\u3000]*[0-9]+(?:\.[0-9]+)?[ \t\u3000]*$/;

/** Whether a line from…end−1 is exactly the label (a row's or a column's, standing apart from its table). */
function labelLineIn(lines: readonly string[], label: string, from: number, end: number): boolean {
  const want = normalizeLabel(label);
  for (let i = from; i < end && i < lines.length; i++) if (normalizeLabel(lines[i]) === want) return true;
  return false;
}

/** Lines after a sub-table's last read line where its rows' labels may still stand (cells in column order). */
const LABEL_WINDOW = 12;

/** Whether a line of its own near the sub-table holds exactly the row's label, or its start with the rest a few lines on. */
const labelStandsNear = (lines: readonly string[], label: string, s: SubTableModel) =>
  labelLineIn(lines, label, s.firstLine, subTableLastLine(s) + LABEL_WINDOW) || labelBrokenIn(lines, label, s.firstLine, subTableLastLine(s) + LABEL_WINDOW)
  || labelThenDigitPieces(lines, label, s.firstLine, subTableLastLine(s) + LABEL_WINDOW);

/** The label whole, then only pieces of digits and points (行政事业性收费 235 .33 93: widened spacing cut one amount oddly). */
const LABEL_THEN_PIECES = /^(.*?[\u3400-\u9fff）)])((?:[ \u3000]+[0-9.]+)+)[ \u3000]*$/;

/** Whether a line from…end−1 is the row's label and pieces of numbers the reader could not take: the row is there, unread. */
function labelThenDigitPieces(lines: readonly string[], label: string, from: number, end: number): boolean {
  const want = normalizeLabel(label);
  for (let i = from; i < end && i < lines.length; i++) {
    const m = LABEL_THEN_PIECES.exec(lines[i].trim());
    if (m && /[0-9]/.test(m[2]) && normalizeLabel(m[1]) === want) return true;
  }
  return false;
}

/**
 * Whether the label is the official one with a digit or two glued before it (03.其他 for 3.其他) and a number stands
 * before it on its line (`0     03.其他 0 …`): a browser's printout squeezed the row so that its cells overlap the
 * label; the digits are a cell's, not the writer's.
 */
function digitGluedBefore(lines: readonly string[], text: string, official: string, span: { line: number; start: number }): boolean {
  const norm = normalizeLabel(text);
  const want = normalizeLabel(official);
  if (!norm.endsWith(want) || !/^[0-9]{1,2}$/.test(norm.slice(0, norm.length - want.length))) return false;
  return /[0-9][ \u3000]+$/.test(lines[span.line]?.slice(0, span.start) ?? '');
}

/** Lines after a label's where the rest of its cell may stand (a line of the row's numbers between, in PDF layout text). */
const OFFICIAL_REST_REACH = 2;

/**
 * Whether the official label ends the next line with text after the label's line, the numbers aside (`（六）其他 0 …` /
 * `处理 3.其他`: the parent's and the row's labels in one cell, wrapped after the row's numbers): the label read is
 * only the cell's start; the official one is there.
 */
function officialRestAfter(lines: readonly string[], official: string, line: number): boolean {
  const want = normalizeLabel(official);
  if (!/^[0-9]{1,2}[.．、]/.test(want)) return false;
  for (let i = line + 1; i <= line + OFFICIAL_REST_REACH && i < lines.length; i++) {
    const t = lines[i].replace(TRAILING_DIGIT_PIECES, '').trim();
    if (!t) continue;
    return normalizeLabel(t).endsWith(want);
  }
  return false;
}

/** The parent labels of a table 三 row (（六）其他处理 of 3.其他), normalized. */
function parentOf(fmt: FormatId, table: TableId, key: string): string[] {
  if (table !== 'table3') return [];
  const path = FORMATS[fmt].table3Rows.find((d) => d.key === key)?.path ?? [];
  return path.slice(0, -1).map(normalizeLabel);
}

/** Pieces of digits and points after a label's start, apart from it (`行政规范性文 1 2`). */
const TRAILING_DIGIT_PIECES = /(?:[ \u3000]+[0-9.]+)+[ \u3000]*$/;
/** Characters a label's first piece has at least, to be taken for its start (行政事业性收 of 行政事业性收费). */
const MIN_LABEL_START = 4;
/** Lines past a label's first piece where its rest may stand (a value, a page number, a page's running title between). */
const LABEL_REST_WINDOW = 8;

/**
 * Whether a line from…end−1 is a label's start and the rest of it stands alone on a line a few lines on (plain
 * pdftotext: `行政事业性收` / `209.11` / `2` / `费`, the label wrapped around its value and a page number). The start
 * may carry pieces of digits after it (a printed page's raw text: `行政规范性文 1 2` / `件`, the value's digits cut
 * apart beside the label's first line): the row is there, unread.
 */
function labelBrokenIn(lines: readonly string[], label: string, from: number, end: number): boolean {
  const want = normalizeLabel(label);
  for (let i = from; i < end && i < lines.length; i++) {
    const start = normalizeLabel(lines[i].replace(TRAILING_DIGIT_PIECES, ''));
    if (start.length < MIN_LABEL_START || start.length >= want.length || !want.startsWith(start)) continue;
    const rest = want.slice(start.length);
    for (let j = i + 1; j <= i + LABEL_REST_WINDOW && j < lines.length; j++) if (normalizeLabel(lines[j]) === rest) return true;
  }
  return false;
}

function subTableLastLine(s: SubTableModel): number {
  let last = s.firstLine;
  if (s.title) last = Math.max(last, s.title.span.line);
  for (const h of s.headers) last = Math.max(last, h.span.line);
  for (const r of s.rows.values()) last = Math.max(last, r.row.lastLine);
  return last;
}

/**
 * A line that starts table 四's header (行政复议, alone or glued to 行政诉讼 as pdf-parse joins one baseline):
 * the table is there, only its text could not be read. A sentence about 行政复议、行政诉讼 is no header.
 */
export function table4HeaderLine(ctx: RuleContext, from: number, to: number): number | undefined {
  for (let i = from; i <= to && i < ctx.lines.length; i++) {
    const t = ctx.lines[i].replace(/[\s\u3000]+/g, '');
    if (t === '行政复议' || t.startsWith('行政复议行政诉讼')) return i;
    // …or a flattened header's column names side by side (行政复议结果维 行政复议结果纠 …): no digit, no punctuation.
    if (t.startsWith('行政复议结果') && !HEADER_BREAKER.test(t)) return i;
    // …or spelt a few characters per line (plain pdftotext of a narrow header cell: 行 / 政 / 复 / 议, 行政 / 复议 / 结果).
    if (t.length > 0 && t.length <= 2 && '行政复议'.startsWith(t) && spelt(ctx, i) === '行政复议') return i;
  }
  // …or its cells side by side spelt a few characters per line, interleaved (plain pdftotext of a printed page's
  // one-row header: `行政 行政 行政 行政` / `复议 复议 复议 复议` / `结果 结果 其他 尚未` / `维持 纠正 结果 审结`).
  return headerSpelt(ctx.lines, from, to, TABLE4_SPELT_WORDS);
}

/** What a spelt table 四 header holds: its first group's name and its columns' but 总计 (合计 is written too), from the format data. */
const TABLE4_SPELT_WORDS = [FORMATS['2021'].table4Groups[0].label, ...FORMATS['2021'].table4Groups[0].columns.filter((c) => c.key !== 'total').map((c) => c.label)];

/** What a header line never holds: a count or a sentence's punctuation. */
const HEADER_BREAKER = /[0-9０-９，。；：、,;:!?！？]/;

/** The first four characters of short lines (at most two characters each, blank lines aside) from line i on. */
function spelt(ctx: RuleContext, i: number): string {
  let text = '';
  for (let k = i; k < ctx.lines.length && text.length < 4; k++) {
    const t = ctx.lines[k].replace(/[\s\u3000]+/g, '');
    if (t.length > 2) break;
    text += t;
  }
  return text.slice(0, 4);
}

/**
 * The first line of a section's body that is only a picture (its table may have been published as one), as
 * the lexer tells it: also a pipe row of pictures (pandoc's one-cell table round a picture).
 */
function pictureLine(ctx: RuleContext, from: number, to: number): number | undefined {
  for (let i = from; i <= to && i < ctx.lines.length; i++) if (lexLine(ctx.lines[i]).picture) return i;
  return undefined;
}

/**
 * Lines from…to hold nothing but white space, page numbers and a caption (the part's heading or official title, its
 * numbering left off) or elinks' mark of a linked picture, and either of those or no empty line in the whole text.
 */
const LINKED_PICTURE = /^\[\d{1,4}\]\s*\S{0,3}$/;

function lostPicture(ctx: RuleContext, from: number, to: number, titles: string[]): boolean {
  const captions = new Set(titles.map((t) => stripNumbering(normalizeLabel(t))));
  let caption = false;
  for (let i = from; i <= to && i < ctx.lines.length; i++) {
    const line = ctx.lines[i].trim();
    if (line === '' || /^[-—–\s]*[0-9]{1,3}[-—–\s]*$/.test(line)) continue;
    // elinks numbers a linked picture with a short alt text as its links (`[19]1`): a picture's trace, as a caption is.
    if (!captions.has(stripNumbering(normalizeLabel(line))) && !LINKED_PICTURE.test(line)) return false;
    caption = true;
  }
  if (caption) return true;
  for (let i = 0; i < ctx.lines.length - 1; i++) if (ctx.lines[i].trim() === '') return false;
  return true;
}

/**
 * The line of a table 二 sub-table's title in the part, when a line of the part is also one of its rows' labels, or
 * the label stands spread a character per line (pdfminer's text of a distributed cell: 行 / 政 / 许 / 可; two cells
 * side by side interleave, 行 / 行 / 政 / 政 / 处 / 强 / 罚 / 制).
 */
function titleAndRowIn(ctx: RuleContext, def: { title: string; rows: readonly { label: string }[] }, part: { headingSpan: { line: number }; endLine: number } | undefined): number | undefined {
  if (!part) return undefined;
  const title = normalizeLabel(def.title);
  const labels = def.rows.map((r) => normalizeLabel(r.label));
  const rows = new Set(labels);
  let at: number | undefined;
  let row = false;
  let spelled = '';
  for (let i = part.headingSpan.line + 1; i <= part.endLine && i < ctx.lines.length; i++) {
    const norm = normalizeLabel(ctx.lines[i]);
    if (!norm) continue;
    if (at === undefined && norm === title) at = i;
    else if (rows.has(norm)) row = true;
    if (norm.length <= SPREAD_PIECE) spelled += norm;
    else {
      row ||= labels.some((l) => spreadSpells(spelled, l));
      spelled = '';
    }
  }
  row ||= labels.some((l) => spreadSpells(spelled, l));
  return row ? at : undefined;
}

/** The most characters of a label on one line of a label spread a character per line. */
const SPREAD_PIECE = 2;
/** How many labels' characters a run of spread pieces may interleave (two cells side by side). */
const SPREAD_CELLS = 2;

/** A run of spread pieces holding the label's characters in order, no longer than two such labels interleaved. */
function spreadSpells(run: string, label: string): boolean {
  return label.length >= 2 && run.length >= label.length && run.length <= SPREAD_CELLS * label.length && holdsInOrder(run, label);
}

export const tableMissing: Rule = {
  id: 'table-missing',
  aliases: ['缺少表格'],
  severity: 'error',
  check(ctx, report) {
    const first = firstSections(ctx);
    const fmt = formatOf(ctx);
    const fill = ctx.options.templateFill;
    for (const [ordinal, table] of [['二', 'table2'], ['三', 'table3'], ['四', 'table4']] as const) {
      const section = first.get(ordinal);
      if (!section || ctx.model[table]) continue;
      const name = ctx.t(`table.name.${table.slice(-1)}` as any);
      // A picture where the table should be: the table is there, as an image whose numbers cannot be read.
      const picture = pictureLine(ctx, section.headingSpan.line + 1, section.endLine);
      const header = picture === undefined && table === 'table4' ? table4HeaderLine(ctx, section.headingSpan.line + 1, section.endLine) : undefined;
      if (header !== undefined) {
        report({ range: lineRange(ctx.lines, header), message: ctx.t('table-missing.unread', { ordinal, table: name }), severity: 'information' });
        continue;
      }
      // A part with nothing under its heading but a caption repeating its title, or with nothing at all in a text without
      // a single empty line (a scraper's get_text('\n', strip=True)): the table was most likely a picture the text lost
      // (get_text() keeps no trace of an <img>), not left out by its writers. (A heading alone in a report being
      // written, with empty lines around it, is still a part without its table.)
      if (picture === undefined && boxDrawn(ctx.lines, section.headingSpan.line + 1, section.endLine)) {
        report({ range: spanRange(section.headingSpan), message: ctx.t('table-missing.boxed', { ordinal, table: name }), severity: 'information' });
        continue;
      }
      const lost = picture === undefined && lostPicture(ctx, section.headingSpan.line + 1, section.endLine, [ctx.lines[section.headingSpan.line], SECTIONS.find((x) => x.ordinal === ordinal)!.title]);
      report({
        range: picture === undefined ? spanRange(section.headingSpan) : lineRange(ctx.lines, picture),
        message: lost ? ctx.t('table-missing.empty', { ordinal, table: name }) : picture === undefined ? ctx.t('table-missing', { ordinal, table: name }) : ctx.t('table-missing.picture', { ordinal, table: name }),
        ...(picture === undefined && !lost ? {} : { severity: 'information' as const }),
        fixes: () => [{ title: ctx.t('table-missing.fix', { table: name }), edits: [insertAfter(ctx, section.headingSpan.line, ['', ...renderTemplate(table as TemplateId, documentStyle(ctx), fmt, fill)])], safe: false }],
      });
    }
    const t2 = ctx.model.table2;
    if (!t2) return;
    const defs = FORMATS[fmt].table2;
    defs.forEach((def, i) => {
      if (t2.subs.has(def.key)) return;
      const prev = defs.slice(0, i).reverse().map((d) => t2.subs.get(d.key)).find(Boolean);
      const next = defs.slice(i + 1).map((d) => t2.subs.get(d.key)).find(Boolean);
      // A table 二 recognised from a stray header alone has no sub-table to put the missing one next to.
      const before = next?.firstLine ?? t2.firstLine;
      const at = prev ? subTableLastLine(prev) : before;
      const edit = () => {
        const lines = ['', ...renderTemplate(def.key as TemplateId, documentStyle(ctx), fmt, fill)];
        return prev ? insertAfter(ctx, at, lines) : insertLines(ctx, before, [...lines.slice(1), '']);
      };
      // Its title and a row's label on lines of their own in part 二 (pdfminer's blocks: the titles after table 三's
      // labels): the sub-table is there, not read.
      const seen = titleAndRowIn(ctx, def, first.get('二'));
      if (seen !== undefined) {
        report({ range: lineRange(ctx.lines, seen), message: ctx.t('table-missing.sub-unread', { title: def.title }), severity: 'information' });
        return;
      }
      report({
        range: prev ? pointRange(at, ctx.lines[at].length) : pointRange(at),
        message: ctx.t('table-missing.sub', { title: def.title, rows: def.rows.map((r) => r.label).join('、') }),
        fixes: () => splitsOtherTable(ctx, 'table2', prev ? at + 1 : at) ? [] : [{ title: ctx.t('table-missing.fix', { table: def.title }), edits: [edit()], safe: false }],
      });
    });
  },
};

/**
 * Rows of table 三 absent at once from PDF text beyond which the table is taken as not read rather than drawn
 * without them (an agency leaves out a row or two; a label the text broke up loses rows by the dozen).
 */
const MANY_ABSENT = 4;

/** The lines of the part a table stands in (its heading to the next part's), the table's own at least. */
function sectionSpan(ctx: RuleContext, first: number, last: number): [number, number] {
  const s = ctx.model.sections.find((x) => x.startLine <= first && first <= x.endLine);
  return [Math.min(s?.startLine ?? first, first), Math.max(s?.endLine ?? last, last)];
}

export const rowMissing: Rule = {
  id: 'row-missing',
  aliases: ['缺少行'],
  severity: 'error',
  check(ctx, report) {
    const fmt = FORMATS[formatOf(ctx)];
    // Only the fixes need it (a one-shot check asks for none).
    const style = () => documentStyle(ctx);
    const fill = ctx.options.templateFill;
    const t2 = ctx.model.table2;
    if (t2 && !t2.unreliable) {
      // PDF text: a number in the table that no row took may be an absent row's, its label broken up (asked once, when a row is absent).
      let unreadCache: boolean | undefined;
      const unreadNumber = () => (unreadCache ??= t2.style === 'spaced' && unclaimedNumber(ctx, t2));
      for (const def of fmt.table2) {
        const sub = t2.subs.get(def.key);
        if (!sub) continue;
        def.rows.forEach((r, i) => {
          if (sub.rows.has(r.key)) return;
          // Its label stands in the sub-table without numbers after it: the row is there, its numbers elsewhere
          // (plain pdftotext of a printed web page gives a table column by column).
          if (labelStandsNear(ctx.lines, r.label, sub)) return;
          const next = def.rows.slice(i + 1).map((x) => sub.rows.get(x.key)).find((x) => x && !inOtherTable(ctx, 'table2', x.row.firstLine));
          const line = next ? next.row.firstLine : afterWrappedTail(ctx, subTableLastLine(sub) + 1, sub.rows.values());
          const unread = unreadNumber();
          report({
            range: pointRange(Math.min(line, ctx.lines.length - 1)),
            message: ctx.t('row-missing', { table: `${ctx.t('table.2')}“${def.title}”`, label: r.label }) + (unread ? ctx.t('row-missing.unread-number') : ''),
            ...(unread ? { severity: 'information' as const } : {}),
            fixes: () => splitsOtherTable(ctx, 'table2', line) ? [] : [{ title: ctx.t('row-missing.fix', { label: r.label }), edits: [insertLines(ctx, line, withSeparator(ctx, style(), line, renderTable2Row(style(), r.label, def.columns.length, fill), !next))], safe: false }],
          });
        });
      }
    }
    const t3 = ctx.model.table3;
    // A table not read whole, or with numbers no row took, may still prove a row absent: its label nowhere, its numbers
    // one row short (absent-rows.ts).
    const surely = t3 && fmt.table3Rows.some((r) => !t3.rows.has(r.key)) ? rowsSurelyAbsent(ctx.lines, t3, fmt, ...sectionSpan(ctx, t3.firstLine, t3.lastLine)) : new Set<string>();
    // Plain PDF text with rows that could not be read: an absent row may be one of those (cell-missing says so).
    const unknown = (key: string) => !!t3?.unreliable && !t3.provenAbsent?.has(key) && !surely.has(key);
    const absent = t3 ? fmt.table3Rows.filter((r) => !t3.rows.has(r.key) && !unknown(r.key)) : [];
    // A table 三 left unread as a whole (drawn with box characters, or glued into one line) is said so once (column-missing).
    if (t3 && t3.rows.size === 0 && (boxDrawn(ctx.lines, t3.firstLine, t3.lastLine) || gluedLines(ctx.lines).includes(t3.firstLine))) {
      // (nothing more to say of its rows)
    } else if (t3 && t3.style === 'spaced' && absent.length >= MANY_ABSENT) {
      // PDF text: a table that seems to lack many rows was most likely not read, not drawn without them.
      report({
        range: pointRange(t3.firstLine),
        message: ctx.t('row-missing.unread', { table: ctx.t('table.3'), count: absent.length, labels: absent.map((r) => `“${r.label}”`).join('、') }),
        severity: 'information',
      });
    } else if (t3) {
      // PDF text: a row of numbers in the table that no row took may be an absent row's, its label broken up.
      const rows = [...t3.rows.values()];
      const unreadNumbers = absent.length > 0 && (t3.style === 'spaced' || t3.style === 'cells')
        && ((t3.style === 'spaced' && unclaimedNumbers(ctx, t3.firstLine, t3.lastLine, rows, fmt.table3Columns.length)) || unclaimedRun(ctx, t3.firstLine, t3.lastLine, ownLines(rows), fmt.table3Columns.length)
          || unclaimedGlued(ctx, t3.firstLine, t3.lastLine, rows, fmt.table3Columns.length)
          // (…or a table given by columns — pdfminer's boxes, short rows, the other columns' runs after them — with lone
          // numbers left over beyond what the short rows lack, a row's worth at least: the absent row's, its label apart.)
          || (t3.style === 'spaced' && (strayTable3Surplus(ctx, rows, t3.firstLine, Math.max(t3.lastLine, table3PartEnd(ctx, t3))) ?? -1) >= fmt.table3Columns.length - 1));
      fmt.table3Rows.forEach((r, i) => {
        if (t3.rows.has(r.key) || unknown(r.key)) return;
        // PDF layout text whose table the reader could not assemble: a label scattered over a few lines is there, unread
        // (said as information: its cells are not read). A row proven absent is neither.
        const scattered = !surely.has(r.key) && t3.style === 'spaced' && labelScattered(ctx.lines, r.label, t3.firstLine, t3.lastLine + 1, true);
        const unread = !surely.has(r.key) && unreadNumbers;
        const next = fmt.table3Rows.slice(i + 1).map((x) => t3.rows.get(x.key)).find((x) => x && !inOtherTable(ctx, 'table3', x.row.firstLine));
        const line = next ? next.row.firstLine : afterWrappedTail(ctx, t3.lastLine + 1, t3.rows.values());
        report({
          range: pointRange(Math.min(line, ctx.lines.length - 1)),
          message: ctx.t('row-missing', { table: ctx.t('table.3'), label: r.label }) + (unread || scattered ? ctx.t('row-missing.unread-number') : ''),
          ...(unread || scattered ? { severity: 'information' as const } : {}),
          fixes: () => splitsOtherTable(ctx, 'table3', line) ? [] : [{ title: ctx.t('row-missing.fix', { label: r.label }), edits: [insertLines(ctx, line, withSeparator(ctx, style(), line, renderTable3Row(style(), r.label, fill), !next))], safe: false }],
        });
      });
    }
    const t4 = ctx.model.table4;
    if (t4 && t4.groups.size === 0) {
      // A row's worth of numbers (a group's at least) on lines of numbers only, in the table or after it in its section, that no group
      // took: the row is there, unread (a table split in two with a page break among its header's pieces, in plain PDF
      // text), not absent. (Lines of numbers only: a note's dates are not the row's.)
      const end = ctx.model.sections.find((s) => s.startLine <= t4.firstLine && t4.firstLine <= s.endLine)?.endLine ?? t4.lastLine;
      const numbers = bareNumbersIn(ctx, t4.firstLine, Math.max(end, t4.lastLine));
      if (boxDrawn(ctx.lines, t4.firstLine, Math.max(end, t4.lastLine))) {
        report({ range: pointRange(t4.lastLine, ctx.lines[t4.lastLine].length), message: ctx.t('column-missing.boxed', { table: ctx.t('table.4') }), severity: 'information' });
        return;
      }
      // (A group's worth will do: blank cells a text keeps no trace of leave fewer than fifteen, as get_text() of a page
      // with a blank group does.)
      if (numbers >= fmt.table4Groups[0].columns.length) {
        report({ range: pointRange(t4.lastLine, ctx.lines[t4.lastLine].length), message: ctx.t('row-missing.table4-unread', { count: numbers }), severity: 'information' });
        return;
      }
      report({
        range: pointRange(t4.lastLine, ctx.lines[t4.lastLine].length),
        message: ctx.t('row-missing.table4'),
        fixes: () => [{ title: ctx.t('row-missing.table4.fix'), edits: [insertAfter(ctx, t4.lastLine, withSeparator(ctx, style(), t4.lastLine + 1, renderTemplate('table4', style(), '2021', fill).slice(-1), true))], safe: false }],
      });
    }
  },
};

function headerRange(headers: HeaderCell[], fallbackLine: number) {
  return headers.length ? spanRange(headers[0].span) : pointRange(fallbackLine);
}

/** Whether a row read has a number in the column (read by position: the column is there). */
const hasNumberIn = (r: ResolvedRow, column: string) => r.cells.some((c) => c.column.key === column && c.value.kind === 'number');

/**
 * Whether every row read (at least one) has a number in the column; with `blanks`, a blank field in its place
 * will do for some rows (a grid keeps a blank cell's place), as long as one row has a number there.
 */
function everyRowHas(rows: Iterable<ResolvedRow>, column: string, blanks = false, oneBlank = false): boolean {
  let numbers = 0;
  let blank = 0;
  for (const r of rows) {
    // A row left unread (its numbers not placed for certain) says nothing about the columns.
    if (r.uncertain) continue;
    if (hasNumberIn(r, column)) numbers++;
    else if (r.cells.some((c) => c.column.key === column && c.cell && c.value.kind === 'blank') && (blanks || (oneBlank && ++blank === 1))) continue;
    else return false;
  }
  // (One blank among the numbers of space-aligned rows is a blank cell of a column the others show: cell-missing says it.)
  return numbers > 0 && (!blank || numbers >= ONE_BLANK_AMONG);
}
/** Rows with numbers in a column beside which one blank cell still shows the column there. */
const ONE_BLANK_AMONG = 10;

/**
 * Plain pdftotext of a narrow printout: whether numbers that no cell took stand alone on their lines among table 二's
 * lines or right after them (before any other text), at least as many as its short rows lack.
 */
function strayTable2Numbers(ctx: RuleContext, t2: Table2Model): boolean {
  if (t2.style !== 'spaced') return false;
  let lacking = 0;
  const taken = new Set<number>();
  for (const sub of t2.subs.values()) {
    for (const r of sub.rows.values()) {
      if (r.short) lacking += r.cells.filter((c) => !c.cell).length;
      for (const c of r.cells) if (c.cell) taken.add(c.cell.span.line);
      taken.add(r.row.label.span.line);
    }
  }
  if (!lacking) return false;
  let stray = 0;
  for (let i = t2.firstLine; i < ctx.lines.length; i++) {
    const t = ctx.lines[i].trim();
    if (!t) continue;
    const lone = RAW_VALUE.test(t);
    if (i > t2.lastLine && !lone) break;
    if (lone && !taken.has(i)) stray++;
  }
  // (More than that: the text scattered other cells too, 规章's among its header words — the shortness is as doubtful.)
  return stray >= lacking;
}

/** The fewest characters of missing columns' names whose presence among a header's lines says they were stacked. */
const STACKED_NAMES_MIN = 8;

/** How many short rows at once make table 三 look given by columns. */
const STRAY_SHORT_ROWS = 3;

/**
 * How many more lone numbers that no row took stand on table 三's lines than its short rows lack (PDF text giving the
 * table by columns: `一 、 本 年 新 收 … 数 量 15`, each label with its first count, then the other columns' numbers one
 * per line): zero or more says the short rows' other numbers are there, not read with them; what is left over may be
 * the numbers of a row whose label came apart. Undefined when fewer rows are short than a text by columns leaves.
 */
function strayTable3Surplus(ctx: RuleContext, rows: readonly ResolvedRow[], first: number, last: number): number | undefined {
  let lacking = 0;
  for (const r of rows) if (r.short) lacking += r.cells.filter((c) => !c.cell).length;
  // (Several rows short at once, as a text giving the table by columns leaves them; one short row is its own.)
  if (!lacking || rows.filter((r) => r.short).length < STRAY_SHORT_ROWS) return undefined;
  // (A number on a line of a row's values is that row's, wherever the row's label stands: a cell per line.)
  const taken = new Set(rows.flatMap((r) => r.row.values.map((v) => v.span.line)));
  let stray = 0;
  for (let i = first; i <= last && i < ctx.lines.length; i++) {
    if (RAW_VALUE.test(ctx.lines[i].trim()) && !claimed(rows, i) && !taken.has(i)) stray++;
  }
  const next = ctx.model.sections.find((s) => s.startLine > last);
  if (next && !ctx.lines.slice(last + 1, next.startLine).some((l) => l.trim())) stray += numbersRightAfter(ctx, next.startLine + 1, next.endLine + 1);
  return stray - lacking;
}

/**
 * The last line of the part holding table 三's rows (the table's own first line may stand above the part's heading:
 * pdfminer puts header pieces there), where the runs of a table given by columns may stand after its last row.
 */
function table3PartEnd(ctx: RuleContext, t3: Table3Model): number {
  const first = firstRowLine(t3);
  return ctx.model.sections.find((x) => x.startLine <= first && x.endLine >= first)?.endLine ?? t3.lastLine;
}

/**
 * Whether lines from…to (exclusive) name every table 四 group (行政复议, 未经复议直接起诉, 复议后起诉): whole, or their
 * characters among the header's lines (narrow columns wrap a name over lines, a text browser's or PDF text's).
 */
function namesEveryGroup(ctx: RuleContext, from: number, to: number): boolean {
  const labels = FORMATS['2021'].table4Groups.map((g) => g.label);
  from = headerPiecesAbove(ctx, from);
  const text = normalizeLabel(ctx.lines.slice(from, to).join(''));
  return labels.every((l) => text.includes(normalizeLabel(l))) || piecesSpell(ctx, from, to, labels);
}

/**
 * The first of the short header pieces standing right above a part's heading (pdftotext -layout of a printout puts
 * the heading among its table's header lines: 行政复议 / 四、政府信息公开… / 行政诉讼): lines without digits or prose,
 * up to the blank or numbered line before them; the heading's own line when there are none.
 */
function headerPiecesAbove(ctx: RuleContext, heading: number): number {
  let from = heading;
  for (let l = heading - 1; l >= 0 && heading - l <= HEADER_PIECES_ABOVE; l--) {
    const line = ctx.lines[l];
    if (!line.trim() || /[0-9０-９]/.test(line) || PROSE_LINE.test(line) || !/[\u3400-\u9fff]/.test(line)) break;
    from = l;
  }
  return from;
}
/** How many lines above a part's heading its table's header pieces are looked for. */
const HEADER_PIECES_ABOVE = 3;

export const columnMissing: Rule = {
  id: 'column-missing',
  aliases: ['缺少列'],
  severity: 'error',
  check(ctx, report) {
    const fmt = FORMATS[formatOf(ctx)];
    const shortRow = (table: string, r: ResolvedRow) => {
      if (!r.short) return;
      const have = r.cells.filter((c) => c.cell).length;
      report({
        range: spanRange(r.row.label.span),
        message: ctx.t('column-missing.short', { label: quotedLabel(r.row.label.text) || table, have, need: r.cells.length, columns: r.cells.map((c) => c.column.label).join('、') }),
      });
    };
    const t2 = ctx.model.table2;
    let strays: [boolean] | undefined;
    if (t2) {
      for (const def of fmt.table2) {
        const sub = t2.subs.get(def.key);
        if (!sub) continue;
        // Plain PDF text of a page printed narrow gives a column after the table (现行有效件数 / 0 / 3 past the other
        // sub-tables): its header there says the column is, its numbers not read with the rows.
        // …or a column's header stands after the sub-table's rows (the columns given one after another).
        const parted = t2.style === 'spaced' && (def.columns.some((c) => !sub.headers.some((h) => h.column === c.key) && headerElsewhere(ctx, c.label, sub.firstLine, t2.lastLine))
          || headerAfterRows(sub));
        let partedSaid = false;
        if (sub.headers.length && !t2.unreliable) {
          for (const c of def.columns) {
            if (!sub.headers.some((h) => h.column === c.key)) {
              // Space-aligned text whose header pieces went to another sub-table: numbers in every row there say the column is.
              if (t2.style === 'spaced' && everyRowHas(sub.rows.values(), c.key)) continue;
              // Plain PDF text cuts a header cell at a page break, among its neighbours' pieces (上一年项目数 / -2- /
              // 本年增/减 / 号 / 量): its characters in order in the sub-table's lines say the column is there, unread.
              if (t2.style === 'spaced' && labelScattered(ctx.lines, c.label, sub.firstLine, subTableEnd(t2, sub))) {
                report({ range: headerRange(sub.headers, sub.firstLine), message: ctx.t('column-missing.header-cut', { table: `${ctx.t('table.2')}“${def.title}”`, label: c.label }), severity: 'information' });
                continue;
              }
              if (parted) {
                partedSaid = true;
                report({ range: headerRange(sub.headers, sub.firstLine), message: ctx.t('column-missing.parted', { table: `${ctx.t('table.2')}“${def.title}”`, label: c.label }), severity: 'information' });
                continue;
              }
              report({ range: headerRange(sub.headers, sub.firstLine), message: ctx.t('column-missing', { table: `${ctx.t('table.2')}“${def.title}”`, label: c.label }) });
            }
          }
        }
        // Numbers in stream order (plain pdftotext): a row's missing number may stand elsewhere — e.g. a column's
        // numbers given after the last sub-table (9 / 28 past 行政事业性收费), as many as the short rows lack.
        if (!t2.unreliable && !parted && !(strays ??= [strayTable2Numbers(ctx, t2)])[0]) for (const r of sub.rows.values()) shortRow(ctx.t('table.2'), r);
        // Its columns parted from the rows, a short row's other numbers are elsewhere: said as unread, not missing
        // (once for the column where its header stood apart, else for each short row).
        else if (!t2.unreliable && parted && !partedSaid) {
          for (const r of sub.rows.values()) {
            if (!r.short) continue;
            const have = r.cells.filter((c) => c.cell).length;
            report({ range: spanRange(r.row.label.span), severity: 'information', message: ctx.t('column-missing.short-parted', { label: quotedLabel(r.row.label.text), have, need: r.cells.length }) });
          }
        }
      }
    }
    const t3 = ctx.model.table3;
    // A table drawn with box characters (a text browser's dump of a bordered table) is not read: said once, unread.
    const t3Boxed = !!t3 && !t3.unreliable && (!t3.headers.length || fmt.table3Columns.some((c) => !t3.headers.some((h) => h.column === c.key))) && boxDrawn(ctx.lines, t3.firstLine, t3.lastLine);
    if (t3Boxed) report({ range: pointRange(t3!.firstLine), message: ctx.t('column-missing.boxed', { table: ctx.t('table.3') }), severity: 'information' });
    else if (t3 && !t3.unreliable) {
      // PDF text out of reading order (pdfminer's boxes: row labels, then the header, then numbers): a header standing
      // only after a row it heads (none above, as a header repeated on the next page has) was pieced together from
      // scattered boxes; a name not found there proves no column missing, and a row's numbers may stand anywhere
      // (its short rows are parted, below).
      const after = t3.style === 'spaced' && t3.headers.length > 0 && t3.headers.every((h) => h.span.line > firstRowLine(t3));
      if (!t3.headers.length) {
        // A converter's stand-in header says the header was lost on the way, not left out of the report.
        // (A table inside a report glued into one line is not read at all: its header is not missing.)
        const glued = gluedLines(ctx.lines).includes(t3.firstLine);
        // PDF text whose header words came apart over lines, interleaved (商业企 科研机 / 项加第二项之 自然人 其他 总计 / 业 构):
        // column names standing as words before the rows say the header is there, not assembled.
        const part = ctx.model.sections.find((x) => x.startLine <= t3.firstLine && x.endLine >= t3.firstLine);
        const scattered = part && !glued && !t3.placeholderHeader && t3.style === 'spaced' ? columnWordsBefore(ctx, part.startLine, firstValueLine(t3), [...fmt.table3Columns.map((c) => c.label), ...TABLE3_HEADER_WORDS]) : [];
        // (Two names, or the header's note, which no other text has: its start is enough, the rest wrapped.)
        // (Or, cut into pieces of two or three characters in narrow columns, every character of the columns' names.)
        if (scattered.length >= 2 || scattered.includes(TABLE3_HEADER_NOTE) || (part && !glued && t3.style === 'spaced' && piecesSpell(ctx, part.startLine, firstRowLine(t3), fmt.table3Columns.map((c) => c.label)))) {
          report({ range: pointRange(t3.firstLine), message: ctx.t('column-missing.header-scattered', { table: ctx.t('table.3'), found: scattered.join('、') }), severity: 'information' });
        // (A table of which no row was read — its labels not found, the text scrambled — shows nothing of its header
        // either: said as information.)
        // (Or, a printout's narrow columns in plain pdftotext, the labels first and then the header's names a character or
        // two per line side by side — 法律 / 自然 商业 科研 社会 / 服务 其他 总计 / 人 企业 机构 公益 / 组织 机构 — before the numbers.)
        } else if (part && !glued && t3.style === 'spaced' && headerSpelt(ctx.lines, firstRowLine(t3), firstValueLine(t3), TABLE3_COLUMN_LABELS) !== undefined) {
          report({ range: pointRange(t3.firstLine), message: ctx.t('column-missing.header-spelt', { table: ctx.t('table.3'), found: TABLE3_COLUMN_LABELS.join('、') }), severity: 'information' });
        // (Or, a browser's printout in plain pdftotext with wide column names wrapped in narrow cells — 法人或 / 其他组 /
        // 织-商业 / 企业 — put among the rows and after them, out of the stream's order: every character of the column
        // names on the table's lines, prose aside, says the header is there, not assembled.)
        } else if (part && !glued && t3.style === 'spaced' && !t3.placeholderHeader && charsSpell(ctx.lines, part.startLine, Math.max(t3.lastLine, part.endLine), TABLE3_COLUMN_LABELS)) {
          report({ range: pointRange(t3.firstLine), message: ctx.t('column-missing.header-among-rows', { table: ctx.t('table.3'), found: TABLE3_COLUMN_LABELS.join('、') }), severity: 'information' });
        } else if (!t3.placeholderHeader) report({ range: pointRange(t3.firstLine), message: ctx.t(glued ? 'column-missing.glued' : 'column-missing.header', { table: ctx.t('table.3'), labels: fmt.table3Columns.map((c) => c.label).join('、') }), ...(glued || !t3.rows.size ? { severity: 'information' as const } : {}) });
      } else {
        // Space-aligned text of a header whose names stand one character a line in narrow columns (自 商 科 会 律 总 /
        // 然 业 研 公 服 其 计 / …): a missing column whose name's characters stand in order there was not assembled,
        // not left out; the others' absence is then as doubtful (information, not an error).
        const part = ctx.model.sections.find((x) => x.startLine <= t3.firstLine && x.endLine >= t3.firstLine);
        const missing = fmt.table3Columns.filter((c) => !t3.headers.some((h) => h.column === c.key));
        // (…or, narrow columns' names a character per line side by side — 商 科 会 律 / 业 研 公 服 其 总 / 企 机 益 务 他 计,
        // plain pdftotext — every character of the missing columns' names among the header's lines; not of a few
        // characters only, which other header words hold by chance: 总 / 计 of a column truly missing.)
        const names = missing.map((c) => c.label);
        const stacked = t3.style === 'spaced' && !!part && (missing.some((c) => labelScattered(ctx.lines, c.label, part.startLine, firstRowLine(t3)))
          || (names.join('').length >= STACKED_NAMES_MIN && piecesSpell(ctx, part.startLine, firstRowLine(t3), names)));
        for (const c of fmt.table3Columns) {
          if (t3.headers.some((h) => h.column === c.key)) continue;
          // Space-aligned text (PDF, a text browser's dump) stacks header words over lines and may fail to
          // assemble one; a column whose numbers every row has by position is there all the same.
          // Elsewhere positions are sure: a column every row has numbers in is there, only its header names it otherwise.
          const there = everyRowHas(t3.rows.values(), c.key, t3.style !== 'spaced', true);
          if (there && t3.style === 'spaced') continue;
          if (after && !there) {
            report({ range: headerRange(t3.headers, t3.firstLine), severity: 'information', message: ctx.t('column-missing.header-after', { table: ctx.t('table.3'), label: c.label }) });
            continue;
          }
          report({
            range: headerRange(t3.headers, t3.firstLine),
            ...(there ? { severity: 'warning' as const } : stacked ? { severity: 'information' as const } : {}),
            message: ctx.t(there ? 'column-missing.unnamed' : 'column-missing', { table: ctx.t('table.3'), label: c.label }),
          });
        }
      }
      // (A short row followed, before the next row's label, by lines of numbers only, as many as it lacks or more — a
      // printout's text put the row's other cells one a line after it — is unread there, not short: information.)
      const rows3 = [...t3.rows.values()];
      // (Short rows while the table holds lone numbers no row took, at least as many as they lack — pdfminer's boxes: each
      // label with its first count, the other columns' numbers in runs after the rows — are unread, not short.)
      // (…also after the table's last row read, to the part's end, and right after the next part's heading: pdfminer puts the
      // last page's runs after its rows, at times after the heading that follows the table.)
      const parted = after || (t3.style === 'spaced' && (strayTable3Surplus(ctx, rows3, t3.firstLine, Math.max(t3.lastLine, table3PartEnd(ctx, t3))) ?? -1) >= 0);
      for (const r of rows3) {
        // A row not short has nothing to say (shortRow returns at once): the next row's line, found over every row,
        // is looked for only for a short row (for every row it was most of this rule's time in a check).
        if (!r.short) continue;
        const have = r.cells.filter((c) => c.cell).length;
        const more = t3.style === 'spaced' ? numbersRightAfter(ctx, r.row.lastLine + 1, Math.min(ctx.lines.length, ...rows3.filter((x) => x.row.firstLine > r.row.lastLine).map((x) => x.row.firstLine))) : 0;
        if (more >= r.cells.length - have) {
          report({ range: spanRange(r.row.label.span), severity: 'information', message: ctx.t('column-missing.short-after', { label: quotedLabel(r.row.label.text) || ctx.t('table.3'), have, need: r.cells.length, more }) });
        } else if (parted) {
          report({ range: spanRange(r.row.label.span), severity: 'information', message: ctx.t('column-missing.short-parted', { label: quotedLabel(r.row.label.text), have, need: r.cells.length }) });
        } else shortRow(ctx.t('table.3'), r);
      }
    }
    const t4 = ctx.model.table4;
    if (t4) {
      // Fewer than fifteen numbers read for table 四 while its lines hold more: the text scattered them (a table split in
      // two, long header cells wrapped), it was not drawn without columns. Said as information, not as missing columns.
      // (A lone count with nothing else is what the table holds: that stays an error.)
      // …or while part 四 holds, before the table, a line of numbers only that no row took (the first of two tables in
      // text without column positions, its header one space apart: 行政复议结果维持 行政复议结果纠正 … / 0 0 0 0 0).
      const part = ctx.model.sections.find((s) => s.ordinal === '四' && s.startLine <= t4.firstLine && s.endLine >= t4.firstLine);
      // …or a line there opening with numbers glued to the second table's header (a PDF's tables side by side, without
      // borders: 0 0 0 0 0未经复未经复…).
      const before = (from: number, to: number) => bareNumbersIn(ctx, from, to) > 0 || leadingNumbersIn(ctx, from, to) > 0;
      // …or while the lines right after it, past the next part's heading, hold the counts it lacks, lines of numbers only (a
      // browser's printout in plain pdftotext gave the rest of the table's row after the heading that follows it).
      const unread = !!t4.short && (numbersIn(ctx, t4.firstLine, t4.lastLine) > t4.short.have || (!!part && before(part.startLine + 1, t4.firstLine - 1))
        || (t4.style === 'spaced' && numbersPastTable(ctx, t4.lastLine) >= TABLE4_CELLS - t4.short.have));
      const severity = unread ? { severity: 'information' as const } : {};
      // A header column is missing only by what the header says when the row's numbers were not all read (else they
      // show the column is there): while the row itself is short, absent or unread, its header words are as doubtful.
      const doubtful = unread || !!t4.short || t4.groups.size === 0 || [...t4.groups.values()].some((g) => g.uncertain);
      const headerSeverity = doubtful ? { severity: 'information' as const } : {};
      if (t4.headers.length) {
        for (const c of fmt.table4Groups[0].columns) {
          if (t4.headers.some((h) => h.column === c.key)) continue;
          // A header worded its own way (维持, 纠正) over numbers read by position in that column: the column is there.
          if ([...t4.groups.values()].some((g) => hasNumberIn(g, c.key))) continue;
          // PDF layout text of a table squeezed to a page's width: the label's characters stacked over the header's lines, glued to its neighbours'.
          if (t4.style === 'spaced' && labelScattered(ctx.lines, c.label, t4.firstLine, t4.lastLine + 1)) continue;
          report({ range: headerRange(t4.headers, t4.firstLine), message: ctx.t('column-missing', { table: ctx.t('table.4'), label: c.label }), ...headerSeverity });
        }
      }
      // (A short row whose blanks are sure — numbers standing apart, nothing else that could hold the rest — under a header
      // naming every group is blank cells, which cell-missing says with its count: no column is missing.)
      const blanks = !!t4.short && !unread && !!part && namesEveryGroup(ctx, part.startLine, t4.short.line) && table4SurelyShort(ctx, [...t4.groups.values()][0]);
      if (t4.short && !blanks) report({ range: pointRange(t4.short.line), message: ctx.t(unread ? 'column-missing.table4-scattered' : 'column-missing.table4', { have: t4.short.have }), ...severity });
      else for (const g of t4.groups.values()) if (g.row.key !== 'all') shortRow(ctx.t('table.4'), g);
    }
  },
};

/** A label's words (two characters at least: not a label spread a character apart, 公 开 0), then a space and a count at its end. */
const COUNT_AFTER_WORDS = /[\u4e00-\u9fff]{2}\s+[0-9]+$/;

export const labelNonstandard: Rule = {
  id: 'label-nonstandard',
  aliases: ['非标准名称'],
  severity: 'warning',
  check(ctx, report) {
    const fmt = formatOf(ctx);
    const flag = (text: string, span: { line: number; start: number; end: number }, official: string, bordered = false) => {
      // A row of the other format's table has no label of this format: nothing to rename it to.
      // 1、 for 1., a unit after the label: the same label written another way, nothing to rename.
      if (harmlessForm(normalizeLabel(text)) === harmlessForm(normalizeLabel(official))) return;
      // A label wrapped over several lines is longer than its span: replacing the span would keep the rest.
      const whole = normalizeLabel(ctx.lines[span.line]?.slice(span.start, span.end) ?? '') === normalizeLabel(text);
      // Assembled from pieces over several lines (PDF text), a label holding the official one in order has
      // only picked up a neighbouring cell's pieces (部分公 / 和） / 开): that is the text's layout, not the label.
      // A cell with drawn borders (a grid table) wraps only its own text: there the label is the writer's.
      if (!whole && !bordered && holdsInOrder(normalizeLabel(text), normalizeLabel(official))) return;
      // The label bare of its numbering, which stands alone on a line of the table (PDF text of a page whose
      // numbering is in another font: pdftotext puts it apart): the extraction parted them, not the writer.
      if (numberingApart(ctx.lines, normalizeLabel(text), normalizeLabel(official), span.line)) return;
      if (startAbove(ctx.lines, normalizeLabel(text), normalizeLabel(official), span.line)) return;
      if (officialNearby(ctx.lines, normalizeLabel(text), normalizeLabel(official), span.line)) return;
      if (digitGluedBefore(ctx.lines, text, official, span)) return;
      // Words, a space and a count at the label's end (`（三）不予公开 2.其他 1` / `法律行政法规禁止公开`): a wrapped label's
      // first line with the row's first number beside it, its rest below; the count is a cell, the label not the writer's.
      if (COUNT_AFTER_WORDS.test(text.trim())) return;
      if (officialRestAfter(ctx.lines, official, span.line)) return;
      report({
        range: spanRange(span),
        message: ctx.t('label-nonstandard', { text, official }),
        fixes: whole ? [{ title: ctx.t('label-nonstandard.fix', { official }), edits: [{ range: spanRange(span), newText: official }], safe: true }] : [],
      });
    };
    for (const f of ctx.model.fragments) {
      for (const h of f.headers) {
        if (!h.nonstandard || !h.official) continue;
        // Space-aligned text (PDF, a text browser's dump) stacks a header's words over lines: a header holding only the
        // start of its label (自然 of 自然人) or a neighbour's piece (科研机业 for 科研机构) is the layout's doing; only a
        // known variant (社会组织) is the writer's.
        if (f.style === 'spaced' && !lookupVariant(normalizeLabel(h.text))) continue;
        // …and plain PDF text wraps a narrow header cell over lines (社会 / 公益 / 组织): a piece the reader left out
        // standing on its own line among the others is the layout's loss, not a short form.
        if (!h.bordered && headerPiecesApart(ctx.lines, normalizeLabel(h.text), normalizeLabel(h.official), h.span.line)) continue;
        // (A flattened header's variant, 法人或其他组织-社会组织, is renamed within its group: 法人或其他组织-社会公益组织.)
        flag(h.text, h.span, lookupVariant(normalizeLabel(h.text))?.written ?? h.official, h.bordered);
      }
      // Tables read column by column (pdfminer) have their labels in pieces among the numbers.
      const unordered = !!ctx.model.table3?.unordered;
      for (const r of f.rows) {
        if (r.exactIn.includes(fmt) || !r.label.text || unordered) continue;
        const official = officialRowLabel(fmt, r.table, r.key) ?? r.official;
        // PDF text cuts a label at a page break (4.无正当理由大量反复申 / … / 请): its start is no other label.
        // (Also when pdftotext put its numbering apart and the page cut it: 申请人逾期未按收费…其政 for 2.申请人…申请; a
        // whole label without its numbering, 属于国家秘密, is the writer's and nonstandard.)
        const text = normalizeLabel(r.label.text);
        const bare = stripNumbering(normalizeLabel(official));
        if (r.style === 'spaced' && (normalizeLabel(official).startsWith(text) || (bare.length > text.length && bare.startsWith(text)))) continue;
        // …or cuts off its start, a parent's numbering left before the rest ((四） 成信息需要另行制作 for 2.没有现成信息…).
        // …or is only the start of the row's parent label, the row unread (（六）其他 2 … / 处理 2.申请…: the cells 其他处理
        // and the leaf wrapped, the numbers beside their first line): the layout cut the parent, the writer did not.
        if (r.style === 'spaced' && r.uncertain && parentOf(fmt, r.table, r.key).some((p) => p.length > text.length && p.startsWith(text))) continue;
        const rest = stripNumbering(text);
        if (r.style === 'spaced' && [...rest].length >= 3 && bare.length > rest.length && bare.endsWith(rest)) continue;
        // A number inside the label (重复申请 0, 不再处 0理其…) is a cell's that PDF text put among the label's pieces.
        if (r.style === 'spaced' && /[0-9]/.test(rest) && !/[0-9]/.test(bare)) continue;
        // …and so when its first line is such a start and the pieces after it have none of the rest's characters: the
        // page cut it and a repeated header's pieces came in between (3.要求提供公开出版 + 织- of 法人或其他组织-社会公益组织).
        if (r.style === 'spaced' && cutWithNeighbours(normalizeLabel(ctx.lines[r.label.span.line]?.slice(r.label.span.start, r.label.span.end) ?? ''), text, normalizeLabel(official))) continue;
        // …and PDF text holding exactly the official label's characters in another order (4.益保护第三方合法权: the cell's
        // last character, on a baseline of its own, put among the first line's) moved them by layout; a writer's label differs.
        if (r.style === 'spaced' && sameCharacters(text, normalizeLabel(official))) continue;
        // …and a row label assembled over lines that misses some of the official label's characters, the rest in order,
        // those characters standing on the row's own lines (一、本年新收政府信息公开量 beside 申   请  数   量), lost them
        // to the layout (a distributed label's last line read apart); a typo's missing characters are nowhere there.
        // (Its parents' labels before it, as a PDF line beside the parent's cell gives them, are no part of it.)
        // (A parent laid vertically, a character or two per line between its rows — 结 / 果 — lends the label its pieces
        // and stands between it and its numbering: neither is the writer's.)
        // …and a label with a number one space after it on its line (plain pdftotext: `3.危及“三安全一稳定” 1`): the row's first count.
        if (r.style === 'spaced' && withoutTrailingCount(ctx, r.label.span) === normalizeLabel(official)) continue;
        // …and a label holding another row's whole label (三、（一）予以公开二）部分公开（区分…: plain pdftotext ran a vertical
        // parent's pieces and two rows' labels together): two cells' text, not one label the writer wrote.
        if (r.style === 'spaced' && holdsOtherRowLabel(fmt, r.table, r.key, text)) continue;
        // …and a table 三 column's name read as a row's label, the row unread (a printout in plain pdftotext sets the 总计
        // column apart, its header then its cells: 总计 / 1 / 24 / 0): the column's header, not the writer's row label.
        const unread = r.table === 'table3' && ctx.model.table3?.rows.get(r.key)?.uncertain && ctx.model.table3.rows.get(r.key)!.row.firstLine === r.firstLine;
        if (unread && r.style === 'cells' && FORMATS[fmt].table3Columns.some((c) => normalizeLabel(c.label) === text)) continue;
        // …and a label distributed over its cell (分散对齐: 5. 属 于 / 三 类 内 / 部 事 务), its characters spaced apart, some of
        // them read elsewhere (taken for a vertical parent's piece, carried past a page break): the official label's
        // characters in order, its numbering first, a few lost and none picked up. A writer's label is not spread so.
        if (r.style === 'spaced' && spreadApart(r.label.text) && lostAFew(text, normalizeLabel(official))) continue;
        // …and a label whose start ends the line above (after its parent's piece) and whose end follows its numbers.
        if (startAboveRestAfter(ctx.lines, text, normalizeLabel(official), r.label.span.line, r.lastLine)) continue;
        // …and one whose rest follows its numbers, spread over its cell (`（六）其他` / 2 0 0 0 0 0 2 / `处   理`): with it, a
        // row label of this format — the label is whole there, whichever row the start alone was taken for.
        if (r.style === 'spaced' && labelRestAfterNumbers(ctx.lines, text, rowLabelsWithParents(fmt, r.table), r.lastLine)) continue;
        // …and one run together with a vertical parent's pieces, each on a line of its own amid the label's (三、本 / 由逾期… /
        // 年度办 / 其政府… / 理结果), whose start ends the line above (（六）其他处理1.申请人无正当理): whole there, the pieces not its.
        if (r.style === 'spaced' && startAbove(ctx.lines, withoutParentPieces(ctx.lines, text, parentLabels(fmt, r.table, r.key), r.label.span.line, r.lastLine), normalizeLabel(official), r.label.span.line)) continue;
        if (r.style === 'spaced' && !sameLine(ctx, r.label)) {
          // (A long label assembled from pieces that differs from the official one by a few characters lost or picked
          // up — a neighbouring header's 织-, a 序号 column's word, the row's page number — is the layout's doing too.)
          // (Across a page break, what it picks up is unbounded: the next page's running title, the header repeated.)
          const overPage = pageBreakBetween(ctx.lines, r.firstLine, r.lastLine);
          const own = withoutParents(fmt, r.table, r.key, normalizeLabel(r.label.text), normalizeLabel(official));
          if (nearlyOfficial(own, normalizeLabel(official), overPage)) continue;
          // (…the same without the numbering, when the label crossed a page break and the numbering stands on its lines:
          // （三）不 / 予 公 开 5. / 属于三类 / the repeated header's 序 … 其他 / 内部事务 / 信 息, the 5. left out by the reader.)
          if (overPage && numberingOnLines(ctx.lines, normalizeLabel(official), r.firstLine, r.lastLine)
            && nearlyOfficial(stripNumbering(own), stripNumbering(normalizeLabel(official)), true)) continue;
          // (…or one that picked up only the header's characters, a flattened header's 织-科研构 in narrow columns, and lost
          // its end to the layout: （二）部分公开（区分处理的，只织-科研构计这一情形，不计）.)
          if (r.table === 'table3' && headerPickedUp(normalizeLabel(r.label.text), normalizeLabel(official))) continue;
          // (…or the official label's start, cut by a page break, then only the repeated header's pieces from the next
          // page (…行政机关不再处理其政 + 织-其 of 法人或其他组织-其他): its end stands below that header, no word of the writer's.)
          if (r.table === 'table3' && pageBreakBetween(ctx.lines, r.firstLine, r.lastLine) && startThenHeader(text, normalizeLabel(official))) continue;
          const parents = parentLabels(fmt, r.table, r.key);
          if (lostToLayout(ctx, normalizeLabel(official), withoutParents(fmt, r.table, r.key, normalizeLabel(r.label.text), normalizeLabel(official)), r.firstLine, r.lastLine, parents)) continue;
          // (…the same with its last pieces after its numbers, spread over its cell: `（三）不予公开 6.属于` / `四 类 过 程 性` /
          // 0 … 0 / 信 / 息, the 四 read apart.)
          const after = labelPiecesAfter(ctx.lines, normalizeLabel(official), r.lastLine);
          if (after && lostToLayout(ctx, normalizeLabel(official), withoutParents(fmt, r.table, r.key, normalizeLabel(r.label.text), normalizeLabel(official)) + after.text, r.firstLine, after.end, parents)) continue;
        }
        flag(r.label.text, r.label.span, official);
      }
    }
  },
};

/** A character of a Chinese word followed by a space and another (属 于): a distributed label's spacing. */
const SPREAD_PAIR = /[\u4e00-\u9fff](?= [\u4e00-\u9fff])/g;
/** How many such pairs make a label spread apart (not a space a writer typed). */
const SPREAD_PAIRS = 3;
/** The largest share of the official label's characters a spread label may have lost to the layout. */
const LOST_SHARE = 0.3;

function spreadApart(label: string): boolean {
  return (label.match(SPREAD_PAIR)?.length ?? 0) >= SPREAD_PAIRS;
}

/** The label is the official one with a few characters lost: its numbering first, the rest in order, nothing added. */
function lostAFew(text: string, official: string): boolean {
  const numbering = official.length - stripNumbering(official).length;
  if (!numbering || text.slice(0, numbering) !== official.slice(0, numbering)) return false;
  const lost = official.length - text.length;
  return lost > 0 && lost <= LOST_SHARE * official.length && holdsInOrder(official, text);
}

/** The line after a table 二 sub-table: where the next one starts, or after the table. */
function subTableEnd(t2: { subs: Map<string, { firstLine: number }>; lastLine: number }, sub: { firstLine: number }): number {
  let end = t2.lastLine + 1;
  for (const other of t2.subs.values()) if (other.firstLine > sub.firstLine && other.firstLine < end) end = other.firstLine;
  return end;
}

/** Characters of table 三's header: its columns' and groups' names, and the dash of a flattened header. */
const HEADER_CHARACTERS = new Set([...TABLE3_HEADER_CHARS, '-']);
/** How many characters of a long label its assembly may lose to the layout (a last line read apart), and how long it must be. */
const LOST_AT_MOST = 6;
const LONG_LABEL = 12;

/**
 * Whether a long label's text is the official one in order but for characters of the table's header picked up (none
 * else) and at most LOST_AT_MOST of its own lost.
 */
function headerPickedUp(text: string, official: string): boolean {
  if ([...official].length < LONG_LABEL) return false;
  let at = 0;
  let matched = 0;
  let picked = 0;
  for (const ch of text) {
    const k = official.indexOf(ch, at);
    // A character the official label has further on, within the loss allowed, is matched; a header's is picked up.
    if (k >= 0 && k - at <= LOST_AT_MOST) { matched++; at = k + 1; continue; }
    if (!HEADER_CHARACTERS.has(ch)) return false;
    picked++;
  }
  return picked > 0 && [...official].length - matched <= LOST_AT_MOST;
}

/**
 * Whether the text is the official label's start (MIN_CUT_START characters or more, not all of it) followed by table
 * 三's header characters only.
 */
function startThenHeader(text: string, official: string): boolean {
  const a = [...text];
  const b = [...official];
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  if (n < MIN_CUT_START || n >= b.length || n === a.length) return false;
  return a.slice(n).every((ch) => HEADER_CHARACTERS.has(ch));
}

/** Whether two texts have the same characters, as many times each, whatever their order. */
function sameCharacters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/** A label's text on its line without a count that stands one space after it (`… 1`), normalised; undefined without one. */
function withoutTrailingCount(ctx: { lines: readonly string[] }, span: { line: number; start: number; end: number }): string | undefined {
  const raw = ctx.lines[span.line]?.slice(span.start, span.end) ?? '';
  const m = /[ \u3000][0-9]+[ \u3000]*$/.exec(raw);
  return m ? normalizeLabel(raw.slice(0, m.index)) : undefined;
}

/** Labels at least this long, assembled from pieces, may differ from the official one by NEARLY characters lost and as many picked up. */
const NEARLY_LENGTH = 8;
const NEARLY = 2;

/**
 * Whether the text is the official label but for at most NEARLY of its characters lost and 2 × NEARLY others picked up
 * (any number of them when the label was assembled across a page break).
 */
function nearlyOfficial(text: string, official: string, overPage = false): boolean {
  const a = [...text];
  const b = [...official];
  if (b.length < NEARLY_LENGTH) return false;
  const common = commonSubsequence(a, b);
  return b.length - common <= NEARLY && (overPage || a.length - common <= 2 * NEARLY);
}


/** The length of the longest common subsequence of a and b. */
function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) cur[j + 1] = x === b[j] ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
    prev = cur;
  }
  return prev[b.length];
}

/** Characters a label's first piece has at least, to be taken for its start when the rest is not the label's. */
const MIN_CUT_START = 4;

/**
 * Whether a label assembled over lines starts with a piece that begins the official label (not all of it) and what
 * follows that piece shares no character with the official label's rest: the rest was lost, the pieces are another cell's.
 */
function cutWithNeighbours(first: string, text: string, official: string): boolean {
  if ([...first].length < MIN_CUT_START || first.length >= official.length || !official.startsWith(first) || !text.startsWith(first) || text === first) return false;
  const rest = official.slice(first.length);
  return ![...text.slice(first.length)].some((ch) => rest.includes(ch));
}

/** A table 三 row's parents' labels, normalised (none for other tables). */
function parentLabels(fmt: FormatId, table: TableId, key: string): string[] {
  if (table !== 'table3') return [];
  return (FORMATS[fmt].table3Rows.find((x) => x.key === key)?.path ?? []).slice(0, -1).map(normalizeLabel);
}

/**
 * A table 三 row label's text without its parents' labels before it (（六）其他处理 费通知要求… → 费通知要求…), and
 * without the characters of a parent's label that the official label lacks (属于国家秘密结 → 属于国家秘密: 结 of
 * 三、本年度办理结果 laid vertically beside it).
 */
function withoutParents(fmt: FormatId, table: TableId, key: string, text: string, official: string): string {
  const parents = parentLabels(fmt, table, key);
  for (const p of parents) if (text.startsWith(p)) text = text.slice(p.length);
  return [...text].filter((ch) => official.includes(ch) || !parents.some((p) => p.includes(ch))).join('');
}

/**
 * The label's text without the pieces of its parents' labels that stand as whole lines from `first` to `last` (a vertical
 * parent of two or three characters a line: 三、本 / 年度办 / 理结果), each taken out once; the text as it is when none is.
 */
function withoutParentPieces(lines: readonly string[], text: string, parents: readonly string[], first: number, last: number): string {
  for (let i = first; i <= last && i < lines.length; i++) {
    const piece = normalizeLabel(lines[i].trim());
    if ([...piece].length < 2 || !parents.some((p) => p.includes(piece))) continue;
    const at = text.indexOf(piece);
    if (at >= 0) text = text.slice(0, at) + text.slice(at + piece.length);
  }
  return text;
}

/** Lines of a vertical parent label's pieces at most (a character or two each). */
const PARENT_PIECE = 2;

/**
 * A sub-table header cell standing below a row's label: plain PDF text gave that column after the rows, or between
 * them (a narrow printout: 规章 / 0 / 本年废止件数 / 0 / 现行有效件数 / 0 / 行政规范性文件 0).
 */
function headerAfterRows(sub: SubTableModel): boolean {
  let first = Infinity;
  for (const r of sub.rows.values()) first = Math.min(first, r.row.label.span.line);
  return first < Infinity && sub.headers.some((h) => h.span.line > first);
}

/**
 * A line that is exactly a column's header label, after the sub-table's start and up to a window past the table — or a
 * line of table 二's column labels one space apart holding it (`本年新公开数量 对外公开总数量`: a printout in plain pdftotext
 * gave the sub-table's other columns, header and numbers, after the last sub-table).
 */
const headerElsewhere = (ctx: { lines: readonly string[] }, label: string, from: number, last: number) =>
  labelLineIn(ctx.lines, label, from, last + HEADER_WINDOW + 1) || columnLabelsLineIn(ctx.lines, label, from, last + HEADER_WINDOW + 1);

/** Table 二's column labels of both formats, normalised. */
const TABLE2_COLUMN_LABELS = new Set(Object.values(FORMATS).flatMap((f) => f.table2.flatMap((d) => d.columns.map((c) => normalizeLabel(c.label)))));

function columnLabelsLineIn(lines: readonly string[], label: string, from: number, end: number): boolean {
  const want = normalizeLabel(label);
  for (let i = from; i < end && i < lines.length; i++) {
    const words = lines[i].trim().split(/[ \u3000]+/).map(normalizeLabel);
    if (words.length >= 2 && words.includes(want) && words.every((w) => TABLE2_COLUMN_LABELS.has(w))) return true;
  }
  return false;
}
/** Lines past table 二's last read line where a parted column's header may stand. */
const HEADER_WINDOW = 40;

/** Whether a label's text is all on its span's line (not assembled from pieces over several lines). */
function sameLine(ctx: { lines: readonly string[] }, label: { text: string; span: { line: number; start: number; end: number } }): boolean {
  return normalizeLabel(ctx.lines[label.span.line]?.slice(label.span.start, label.span.end) ?? '') === normalizeLabel(label.text);
}

/**
 * The official label holds the text in order, and each character it lacks stands on the row's lines (first − 1 … last + 1;
 * further up past lines that are only pieces of a parent's label laid vertically, 果 between （三）不予公开 2. and the row).
 */
function lostToLayout(ctx: { lines: readonly string[] }, official: string, text: string, first: number, last: number, parents: readonly string[] = []): boolean {
  if (!holdsInOrder(official, text)) return false;
  let from = Math.max(0, first - 1);
  while (from > 0 && parentPiece(ctx.lines[from], parents)) from--;
  let around = '';
  for (let l = from; l <= last + 1 && l < ctx.lines.length; l++) around += ctx.lines[l];
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  for (const ch of official) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) counts.set(ch, n - 1);
    else if (!around.includes(ch)) return false;
  }
  return true;
}

/** A line that is only a piece of a parent's label laid vertically (一 or two characters of 三、本年度办理结果). */
function parentPiece(line: string, parents: readonly string[]): boolean {
  const t = normalizeLabel(line);
  return t.length > 0 && [...t].length <= PARENT_PIECE && parents.some((p) => p.includes(t));
}

/** The label of a row key in the given format (a 2019 label in a 2021 report gets the 2021 text). */
/** Another row's official label shorter than this is too little to tell (3.其他). */
const OTHER_LABEL_MIN = 5;

/** Whether `text` holds the whole official label of another row of the same table. */
function holdsOtherRowLabel(fmt: FormatId, table: TableId, key: string, text: string): boolean {
  const f = FORMATS[fmt];
  const rows: { key: string; label: string }[] = table === 'table2' ? f.table2.flatMap((s) => s.rows) : table === 'table3' ? f.table3Rows : [];
  return rows.some((o) => {
    if (o.key === key) return false;
    const label = normalizeLabel(o.label);
    return label.length >= OTHER_LABEL_MIN && text.includes(label);
  });
}

/** A table's row labels in a format, normalised. */
function rowLabels(fmt: FormatId, table: TableId): ReadonlySet<string> {
  const f = FORMATS[fmt];
  const labels = table === 'table2' ? f.table2.flatMap((s) => s.rows.map((r) => r.label)) : table === 'table3' ? f.table3Rows.map((r) => r.label) : [];
  return new Set(labels.map(normalizeLabel));
}

/** A table's row labels, table 三's also written after their parents' (（六）其他处理3.其他, 三、本年度办理结果（六）其他处理3.其他). */
function rowLabelsWithParents(fmt: FormatId, table: TableId): ReadonlySet<string> {
  if (table !== 'table3') return rowLabels(fmt, table);
  let out = withParentsByFormat.get(fmt);
  if (out) return out;
  out = new Set(rowLabels(fmt, table));
  for (const r of FORMATS[fmt].table3Rows) {
    const path = r.path.map(normalizeLabel);
    for (let k = 0; k < path.length; k++) out.add(path.slice(k).join(''));
  }
  withParentsByFormat.set(fmt, out);
  return out;
}
const withParentsByFormat = new Map<FormatId, Set<string>>();

function officialRowLabel(fmt: FormatId, table: TableId, key: string): string | undefined {
  const f = FORMATS[fmt];
  if (table === 'table2') return f.table2.flatMap((s) => s.rows).find((r) => r.key === key)?.label;
  if (table === 'table3') return f.table3Rows.find((r) => r.key === key)?.label;
  return f.table4Groups.find((g) => g.key === key)?.label;
}

export const formatOutdated: Rule = {
  id: 'format-outdated',
  aliases: ['旧版表格'],
  severity: 'error',
  check(ctx, report) {
    const { model } = ctx;
    if (model.format !== '2019' || !model.year || model.year < 2021 || !model.formatEvidence) return;
    const upgrade = upgradeTo2021(model, ctx.lines, documentStyle(ctx), ctx.eol);
    const summary = upgrade
      ? ctx.t('format-outdated.summary', { carried: upgrade.carried, toFill: upgrade.toFill, dropped: upgrade.dropped.length ? upgrade.dropped.join('；') : '—' })
      : '';
    report({
      range: spanRange(model.formatEvidence.span),
      message: ctx.t('format-outdated', { year: model.year, evidence: model.formatEvidence.text }) + summary,
      fixes: upgrade ? [{ title: ctx.t('format-outdated.fix', { carried: upgrade.carried, toFill: upgrade.toFill }), edits: upgrade.edits, safe: false }] : [],
    });
  },
};

export const tableRules: Rule[] = [tableMissing, rowMissing, columnMissing, labelNonstandard, formatOutdated];
