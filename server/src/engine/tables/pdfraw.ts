/**
 * Tables 三 and 四 in plain `pdftotext` output (what copying from a PDF viewer gives): one text
 * run per line, cells separated by blank lines, in reading order row by row — a label cell (its
 * wrapped lines one under another), then the row's numbers one per cell. Parent labels spelled
 * vertically and the rest of a label cut by a page break may come later in the stream.
 *
 * A row is read when its label is followed by exactly as many numbers as the table has columns.
 * Whole rows of numbers after one label (the other labels came before or after them) are given to the
 * rows without numbers around it in the official order when the counts match (structure/assemble.ts);
 * any other count cannot be placed (blank cells leave no trace here): the row is left unread, and so is
 * a row whose numbers the stream may have given another's. Header cells are read whole when a cell's
 * lines make one, else from the characters of their pieces, wherever the stream puts them. Bare page
 * numbers are left out (./page-numbers.ts); table 三's numbers are placed by their order when they fill
 * the rows found exactly (structure/stream-order.ts). A page whose left columns (labels, first numbers)
 * the stream gives after its other rows starts with the rest of its first rows' numbers: given to those
 * rows when they lack exactly that many (fillFromPageStart).
 */
import { LineKind, LineToken } from '../text/lines';
import { normalizeLabel, parseCellValue } from '../text/normalize';
import type { TextCell } from '../model';
import type { LogicalRow } from './rows';
import { isRowLabelStart, lookupDataRow } from './labels';
import { completedLabel, inParentLabel, isParentLabel, NUMBERED, startsOneRowLabel, Word } from './grid';
import { inHeaderLabel, isWholeHeader, NOTE, rawHeaderCells, variantOf } from './pdfheader';
import { pageBreakBetween, pageNumberLines, provenPageNumbers } from './page-numbers';
import { FORMAT_2019, FORMAT_2021 } from '../format';
import { withoutRawSerials } from './raw-serials';
import { totalHolds } from './total-holds';
import { pageNumberTwin } from './page-number-twin';
import { labelAroundParent } from './label-beside-parent';

const BARE_NUMBER = /^[ \u00a0]*[0-9]+(?:\.[0-9]+)?[ \u00a0]*$/;
const SPREAD_DIGITS = /^[0-9](?: [0-9])+$/;
const GLUED_PARENT = /^(（[一二三四五六七]）?[^0-9\s]{0,6})([1-9]\.[^\s]*)$/;
/** 三、本年度办理结果's first piece glued to its first row's label (三（一）予以公开, 三、本（一）予以公开). */
const GLUED_RESULTS = /^(三[、，]?[^0-9\s（]{0,6})(（[一二]）[^\s]*)$/;
/** A label's line holding a count of its own, one space from the label's characters. */
const NUMBER_IN_LABEL = /[\u4e00-\u9fff）] +[0-9]+$/;
const SEVERAL_NUMBERS = /^[0-9]{2,}(?: [0-9]{2,})+$/;

interface Cell { lines: { text: string; line: number; start: number; end: number }[]; text: string; number: boolean; spread?: string }

/** Cells of lines [from, to): runs of non-blank lines; a number is a cell of its own line. Page numbers (-3-, or bare ones in `pages`) are left out. */
function cellsOf(lex: LineToken[], text: readonly string[], from: number, to: number, pages: ReadonlySet<number>): Cell[] {
  const cells: Cell[] = [];
  let open: Cell | undefined;
  for (let i = from; i < to; i++) {
    const raw = text[i];
    const t = raw.trim();
    if (lex[i].kind === LineKind.Blank || t === '') { open = undefined; continue; }
    const start = raw.indexOf(t);
    const piece = { text: t, line: i, start, end: start + t.length };
    // (A page's first line starts with the form feed: `\f0` is a number too.)
    if (BARE_NUMBER.test(t)) {
      if (!pages.has(i)) cells.push({ lines: [piece], text: t, number: true });
      open = undefined;
      continue;
    }
    // Two cells' numbers run together on one line (10 13): each of several digits, so no number spaced apart.
    if (SEVERAL_NUMBERS.test(t)) {
      for (const m of t.matchAll(/[0-9]+/g)) {
        const at = start + m.index!;
        cells.push({ lines: [{ text: m[0], line: i, start: at, end: at + m[0].length }], text: m[0], number: true });
      }
      open = undefined;
      continue;
    }
    // One cell's digits spaced apart (字符间距加宽): one number, said by cell-invalid (spread).
    if (SPREAD_DIGITS.test(t)) { cells.push({ lines: [piece], text: t.replace(/ /g, ''), number: true, spread: t }); open = undefined; continue; }
    if (lex[i].kind === LineKind.PageNumber) continue;
    // A parent label (or its first piece) glued to its first row's label on one baseline (pdf-parse:
    // （三）不予公开1.属于国家秘密, （五）1.信访举, or its ） lines below: （四1.本机关): the row label's cell.
    const glued = GLUED_PARENT.exec(t) ?? GLUED_RESULTS.exec(t);
    if (glued && (isParentLabel(normalizeLabel(glued[1])) || inParentLabel(normalizeLabel(glued[1])))) {
      const from0 = start + glued[1].length;
      open = { lines: [{ text: glued[2], line: i, start: from0, end: start + t.length }], text: glued[2], number: false };
      cells.push(open);
      continue;
    }
    if (strayValue(cells, t, text, i + 1, to)) { cells.push({ lines: [piece], text: t, number: true }); open = undefined; continue; }
    const words = t.split(/ +/);
    // A row label and its first number run together on one line (3.危及“三安全一稳定” 0): two cells.
    if (words.length === 2 && BARE_NUMBER.test(words[1]) && NUMBERED.test(words[0]) && lookupDataRow(normalizeLabel(words[0]))?.some((r) => r.table === 'table3')) {
      const at = raw.lastIndexOf(words[1]);
      cells.push({ lines: [{ text: words[0], line: i, start, end: start + words[0].length }], text: words[0], number: false });
      cells.push({ lines: [{ text: words[1], line: i, start: at, end: at + words[1].length }], text: words[1], number: true });
      open = undefined;
      continue;
    }
    // A wrapped row label's first line, then its parent's whole text and the label's rest (./label-beside-parent.ts).
    const around = open && words.length === 2 ? labelAroundParent(open.text, t) : undefined;
    if (around && open) {
      const at = raw.lastIndexOf(words[1]);
      open.lines.push({ text: words[1], line: i, start: at, end: at + words[1].length });
      open.text = around;
      continue;
    }
    // A vertical parent label's piece before a row label's start on one line (（四）无法 2.没有现成信): the label's.
    // Pieces of two parents (果 （三）不 1.属于国家): the numbered one is a parent's too.
    if (words.length > 1) {
      const at = words.findIndex((w, k) => k > 0 && NUMBERED.test(w) && !(k < words.length - 1 && isParentLabel(normalizeLabel(w))));
      if (at > 0) {
        const rest = words.slice(at).join('');
        const from0 = raw.indexOf(words[at]);
        const p2 = { text: rest, line: i, start: from0, end: from0 + words.slice(at).join(' ').length };
        open = { lines: [p2], text: rest, number: false };
        cells.push(open);
        continue;
      }
    }
    // A line of vertical parent labels' pieces only, inside a wrapped row label (1.属于国 / 理 ）不 家秘密 /
    // 结 予公 / 2.其他法): the parents', unless its last piece continues the label.
    const pieceOnly = (w: string) => !NUMBERED.test(w) && [...w].length <= 4 && inParentLabel(normalizeLabel(w));
    if (open && NUMBERED.test(open.text) && words.length > 1 && words.every(pieceOnly) && !continuesLabel(open.text, words[words.length - 1], text[i + 1]?.trim() ?? '')) continue;
    // Vertical parent labels' pieces before the rest of a wrapped row label on one line
    // (2.没有现 / 无法提 成信息需 / 供, 1.属于 / 果 ）不 国家秘): the pieces are the parents', the rest the row label's.
    const parentPieces = leadingParentPieces(words);
    if (open && NUMBERED.test(open.text) && parentPieces > 0) {
      const rest = words.slice(parentPieces).join('');
      const from1 = raw.indexOf(words[parentPieces]);
      open.lines.push({ text: rest, line: i, start: from1, end: start + t.length });
      open.text += rest;
      continue;
    }
    // A vertical parent label's first piece between the lines of a wrapped row label (2.没有现成 /
    // （四）无 / 信息需要另 / 法提供 / 行制作) is the parent's, which ends nothing.
    if (open && NUMBERED.test(open.text) && NUMBERED.test(t) && [...t].length <= 5 && isParentLabel(normalizeLabel(t)) && !isParentLabel(normalizeLabel(open.text)) && !lookupDataRow(normalizeLabel(open.text))) continue;
    // A row numbering starts a new cell even without a blank line before it (三、本年度办理结果 / （一）予以公开).
    // A piece of a vertical parent label inside a wrapped row label (…只计这一情 / 果 / 形，不计…) is not the label's.
    if (open && NUMBERED.test(open.text) && !NUMBERED.test(t) && [...t].length <= 4 && inParentLabel(normalizeLabel(t)) && !continuesLabel(open.text, t, text[i + 1]?.trim() ?? '')) continue;
    if (open && !NUMBERED.test(t)) { open.lines.push(piece); open.text += t; } else { open = { lines: [piece], text: t, number: false }; cells.push(open); }
  }
  return cells;
}

/** Text around one number (约10, 12件, 10余): a range (10-20) or two numbers are no one cell's. */
const ONE_NUMBER = /^[^0-9０-９]*[0-9０-９]+(?:[.,，．][0-9０-９]+)*[^0-9０-９]*$/;
/** A row label's numbering and its first characters (1.属于). */
const NUMBERED_LABEL = /^[0-9０-９]+[.．、][\u4e00-\u9fff]/;
/** A count in Chinese numerals with a unit character (十二, 二十, 一百零五): no piece of a label is made so. */
const CHINESE_COUNT = /^[零〇一二两三四五六七八九]*[十百千][零〇一二两三四五六七八九十百千]*$/;

/**
 * A cell holding no plain number (无, —, 约10, 12件, 十二) after a complete row label or a number, with a number next:
 * the row's value, which the cell rules judge; elsewhere such a line may be a piece of a label (（四）无 / 法提供).
 */
function strayValue(cells: Cell[], t: string, text: readonly string[], next: number, to: number): boolean {
  if ([...t].length > 8 || NUMBERED.test(t) || !(parseCellValue(t).kind === 'na' || ONE_NUMBER.test(t) || CHINESE_COUNT.test(t))) return false;
  // A row label's start after a parent's piece (（三 1.属于: PyMuPDF, the rest of the label past a page break) is no value.
  if (t.split(/ +/).some((w) => NUMBERED_LABEL.test(w))) return false;
  const last = cells[cells.length - 1];
  if (!last || !(last.number || lookupDataRow(normalizeLabel(last.text)))) return false;
  let k = next;
  while (k < to && text[k].trim() === '') k++;
  return k < to && (BARE_NUMBER.test(text[k]) || parseCellValue(text[k].trim()).kind === 'na');
}

/** How many words at the start of a line are pieces of vertical parent labels (果 ）不 国家秘: 2) or whole ones, leaving one at least. */
function leadingParentPieces(words: string[]): number {
  let k = 0;
  // A whole parent label too (（三）不予公开 益: the row label's last character after it).
  while (k < words.length - 1 && ((!NUMBERED.test(words[k]) && [...words[k]].length <= 4 && inParentLabel(normalizeLabel(words[k]))) || isParentLabel(normalizeLabel(words[k])))) k++;
  return k;
}

/**
 * Whether `piece` continues the row label `label`: it extends a label's start, unless the line after
 * it does so alone and not after it (4.无正当 / 理 / 理由大量: 理 is 不予处理's).
 */
function continuesLabel(label: string, piece: string, next: string): boolean {
  if (!isRowLabelStart(normalizeLabel(label + piece))) return false;
  return !(next && isRowLabelStart(normalizeLabel(label + next)) && !isRowLabelStart(normalizeLabel(label + piece + next)));
}

/** No count runs to so many digits: a run this long is a row's numbers glued (table 四's fifteen). */
const GLUED_ROW_DIGITS = 15;

/** The region is plain pdftotext output: mostly one run per line, many numbers alone on their line. */
export function looksRaw(text: readonly string[], from: number, to: number): boolean {
  let lines = 0;
  let numbers = 0;
  let gaps = 0;
  let glued = false;
  for (let i = from; i < to; i++) {
    const t = text[i].trim();
    if (!t) continue;
    lines++;
    if (BARE_NUMBER.test(t)) numbers++;
    if (/\S {2,}\S/.test(t)) gaps++;
    // A row's numbers glued into one run longer than any count (pdf-parse: table 四's 000000000000000).
    if (t.length >= GLUED_ROW_DIGITS && /^[0-9]+$/.test(t)) glued = true;
  }
  return (numbers >= 7 || glued) && gaps * 5 < lines;
}

function labelCell(c: Cell): TextCell {
  const first = c.lines[0];
  // A label whose end the stream lost (page breaks reorder it) names its row; it is cut, not misspelt.
  const norm = normalizeLabel(c.text);
  const whole = lookupDataRow(norm) ? norm : completedLabel(norm) ?? norm;
  return { text: c.text, norm: whole, span: { line: first.line, start: first.start, end: first.end } };
}

function valueCell(c: Cell): TextCell {
  const l = c.lines[0];
  const cell: TextCell = { text: c.text, norm: normalizeLabel(c.text), span: { line: l.line, start: l.start, end: l.end } };
  if (c.spread) cell.spread = c.spread;
  return cell;
}

/**
 * A cell of header labels one space apart, each whole or a known variant (a page's `商业企业 科研机构 社会组织`, its line
 * given among the rows): the header's, and its variant is the writer's (label-nonstandard says it).
 */
function headerWordsOnly(c: Cell): boolean {
  return c.lines.every((l) => {
    const words = l.text.trim().split(/\s+/).map(normalizeLabel);
    return words.length > 1 && words.every((w) => isWholeHeader(w, 'table3') || !!variantOf(w, 'table3'));
  });
}

/** A label naming a row: exactly, or as the start of exactly one row label (cut by a page break). */
function isRowLabel(norm: string): boolean {
  return !!lookupDataRow(norm) || startsOneRowLabel(norm);
}

/** A header cell wrapped over lines one under another (商业企 / 业, 自 / 然 / 人) as one word. */
function cellWord(c: Cell): Word {
  const first = c.lines[0];
  return { text: c.text, line: first.line, start: first.start, end: first.end };
}

function headerRow(cells: Cell[], table: 'table3' | 'table4', full = false): LogicalRow | undefined {
  // A line of several header pieces (结果 结果 其他 尚未) gives one word per piece.
  const words: Word[] = cells.flatMap((c) => isWholeHeader(normalizeLabel(c.text), table) || variantOf(normalizeLabel(c.text), table) ? [cellWord(c)] : c.lines.flatMap((l) => {
    const out: Word[] = [];
    for (const m of l.text.matchAll(/\S+/g)) out.push({ text: m[0], line: l.line, start: l.start + m.index!, end: l.start + m.index! + m[0].length });
    return out;
  }));
  if (!words.length) return undefined;
  return { cells: rawHeaderCells(words, table, full), style: 'spaced', firstLine: words[0].line, lastLine: words[words.length - 1].line, scrambled: true };
}

/** A row label on the lines just before line `at` (up to a blank line), one cell, if they make one. */
function labelBefore(text: readonly string[], at: number): TextCell | undefined {
  let i = at;
  while (i > 0 && text[i - 1].trim() === '') i--;
  let label = '';
  for (let k = 0; k < 4 && i > 0 && text[i - 1].trim() !== ''; k++) {
    i--;
    label = text[i].trim() + label;
    const norm = normalizeLabel(label);
    // Or its start, the rest cut off by a page break (一、本年新收政 / … / 府信息公开申请数量).
    const whole = lookupDataRow(norm) ? norm : completedLabel(norm);
    if (NUMBERED.test(label) && whole) return { text: label, norm: whole, span: { line: i, start: text[i].indexOf(text[i].trim()), end: text[i].length } };
  }
  return undefined;
}

/** Logical rows of a table 三 in plain pdftotext output, lines [from, to). */
export function readRawTable3(lex: LineToken[], text: readonly string[], from: number, to: number, columns: number): LogicalRow[] | undefined {
  const pages = pageNumberLines(text);
  const cells = cellsOf(lex, text, from, to, pages);
  const dump = textBrowserDump(cells);
  const firstLabel = cells.findIndex((c) => !c.number && NUMBERED.test(c.text) && isRowLabel(normalizeLabel(c.text)));
  if (firstLabel < 0) return undefined;
  const rows: LogicalRow[] = [];
  const headCells = cells.slice(0, firstLabel);
  let label: Entry | undefined;
  const all: Entry[] = [];
  const lateHeader: Cell[] = [];
  const parents = parentsOf(cells);
  /** The text cell right before the one now read, when no number came between. */
  let lastText: Cell | undefined;
  /** The rows whose labels came since the last number. */
  let numberless = 0;
  for (const c of cells.slice(firstLabel)) {
    if (c.number) {
      // The first numbers after several rows' labels and, after the last of them, a group's title (2.重复申请 / … /
      // 7.属于行政执法案卷 / 三、本年度办理结果 / （五）不予处理 / 9 …): a page's labels ran on past the rows whose numbers
      // follow, which of them these are the text does not say.
      if (label && !label.values.length && label.parentsAfter && numberless > 1) label.others = true;
      if (label) label.values.push(c);
      lastText = undefined;
      numberless = 0;
      continue;
    }
    const previous = lastText;
    lastText = c;
    const norm = normalizeLabel(c.text);
    // Header cells the stream gives after the first row (自然人 / 一、本年新收… / 商业企业 …) are the header's;
    // the row around them cannot be trusted to hold its own numbers only.
    if (!NUMBERED.test(c.text) && (isWholeHeader(norm, 'table3') || headerWordsOnly(c) || (!isParentLabel(norm) && c.lines.every((l) => [...l.text].length <= 4 && inHeaderLabel(normalizeLabel(l.text), 'table3'))))) {
      // (A page's repeat of such a line names the same columns again: the first says them.)
      if (!headerWordsOnly(c) || !lateHeader.some((h) => h.text === c.text)) lateHeader.push(c);
      if (label && label.values.length > 0 && label.values.length < columns) {
        label.late = true;
        // (Its label itself among the columns' names, 自然人 / 四、结转下年度继续办理 / 商业企业: the row came column block by
        // column block, its cells' order unproven.)
        if (label.amidColumns) label.headerAmid = true;
      }
      continue;
    }
    if (isParentLabel(norm) || parents.has(norm)) {
      if (label && !label.values.length) label.parentsAfter = true;
      continue;
    }
    // The rest of a label cut by a page break (7.属于行政 … 执法案卷) completes it.
    const last = all[all.length - 1];
    if (!NUMBERED.test(c.text) && last && !lookupDataRow(normalizeLabel(last.cell.text)) && isRowLabel(normalizeLabel(last.cell.text + c.text))) {
      last.cell = { ...last.cell, lines: [...last.cell.lines, ...c.lines], text: last.cell.text + c.text };
      continue;
    }
    if (!NUMBERED.test(c.text) && !isRowLabel(norm)) continue;
    label = { cell: c, values: [], amidColumns: !!previous && COLUMN_NAMES.includes(normalizeLabel(previous.lines[previous.lines.length - 1].text)) };
    all.push(label);
    numberless++;
  }
  // A 序号 column's numbers, each before its row's label, are no counts (./raw-serials.ts).
  const early = withoutRawSerials(all, headCells.filter((c) => c.number), officialPlaces, columns, amidLabel);
  const head = headerRow([...headCells.filter((c) => !c.number), ...lateHeader], 'table3', all.some((r) => r.values.length === columns && !r.late));
  if (head) {
    // The header's lines are those before the first row: late pieces do not stretch it over the rows.
    const before = headCells.flatMap((c) => c.lines);
    if (before.length) head.lastLine = before[before.length - 1].line;
    rows.push(head);
  }
  // Numbers before the first label are a row's whose label came before the header (一、本年新收… / 申请人情况 …).
  const before = early.length ? labelBefore(text, from) : undefined;
  if (before) {
    rows.push({ cells: [before, ...early.map(valueCell)], style: 'spaced', firstLine: before.span.line, lastLine: early[early.length - 1].lines[0].line, scrambled: true });
  }
  // Else the first rows' numbers right after the header, but for the first column(s) of the table's
  // first row, which come after its label later (申请人情况 … / 0 0 0 0 0 1 / 0 … / （一）予以公开 … /
  // 一、本年新收… / 1): the first row's numbers are those, then these, placed only by the order of all the
  // numbers when the table's sums hold (structure/stream-order.ts).
  const head1 = !before && early.length ? all.find((r) => r.values.length > 0 && r.values.length < columns && (r.values.length + early.length) % columns === 0 && isFirstRow(labelCell(r.cell).norm)) : undefined;
  if (head1) {
    // Or those first, when only that order makes the row's total hold (7 / 一、本年新收… / 0 1 … 8).
    const before1 = [...early, ...head1.values];
    // (When both orders hold the total, which is the row's the table's sums say: structure/stream-order.ts.)
    head1.values = early.length + head1.values.length === columns && totalHolds(before1) && !totalHolds([...head1.values, ...early]) ? before1 : [...head1.values, ...early];
    head1.late = true;
    head1.first = early[0].lines[0].line;
  }
  // Or the first rows' numbers at a page's start, their labels (and first numbers) after the page's rows.
  if (!before && !head1 && early.length) fillFromPageStart(early, all[0], all, columns);
  // A row's numbers past a page break, up to the next label, may be such a run too (its own are those
  // before). Last page first: a row whose label came late may hold the next page's run till then.
  for (let k = all.length - 2; k >= 0; k--) {
    const r = all[k];
    const at = r.values.findIndex((v, j) => pageBreakBetween(text, j ? r.values[j - 1].lines[0].line : r.cell.lines[r.cell.lines.length - 1].line, v.lines[0].line));
    if (at < 0 || at > columns) continue;
    const run = r.values.slice(at);
    r.values = r.values.slice(0, at);
    if (!fillFromPageStart(run, all[k + 1], all, columns)) r.values = [...r.values, ...run];
  }
  for (const r of all) if (r.values.length === columns + 1) dropPageNumber(r, text, pages);
  // A label the stream gives after a later row's label that has no numbers (3.要求提供公开出版物 / 密 / 4.保护第三方… /
  // 5.属于三类内部事务信息 / 1 0 0 0 0 1 2: labels of rows above, cut off by a page's columns, given late): the numbers
  // after it may be that later row's, which stands right before it with none. Not read as its own.
  all.forEach((r, k) => {
    const own = officialPlaces(r);
    if (r.values.length === 0 || !own.length) return;
    // (Over the labels without numbers right before it, displaced ones among them; whole labels only: a vertical
    // parent's first piece may start a row label of the other format, （六）其 of 2019's （六）其他处理.)
    for (let j = k - 1; j >= 0 && all[j].values.length === 0; j--) {
      if (!lookupDataRow(normalizeLabel(all[j].cell.text))) continue;
      const before = officialPlaces(all[j]);
      if (before.length && Math.max(...own) < Math.min(...before)) { r.late = true; return; }
    }
  });
  // Text without form feeds (PyMuPDF) keeps a page's number where the page ended, unmarked: one count past
  // a row's cells right before the header a new page repeats is that page number, not the row's; so is one the
  // document's page-number sequence proves (1 … 2 … 3 … 4 at the end: the page broke inside a row's label, 信息 after it).
  const unmarked = all.some((r) => r.values.length === columns + 1) && !text.some((l) => l.includes('\f'));
  const proven = unmarked ? provenPageNumbers(text) : new Set<number>();
  for (const r of all) {
    const last = unmarked && r.values.length === columns + 1 ? r.values[columns].lines[0].line : -1;
    if (last >= 0 && (beforePageHeader(text, last, to) || proven.has(last))) r.values = r.values.slice(0, columns);
    const cell = labelCell(r.cell);
    // Whole rows of numbers beyond a row's columns are placed or left by the table (assemble.ts).
    const firstLine = r.first ?? r.cell.lines[0].line;
    const lastLine = Math.max(r.cell.lines[r.cell.lines.length - 1].line, ...r.values.map((v) => v.lines[0].line));
    // A count that does not fill the row is left to the table (assemble.ts): the numbers may be whole
    // rows whose labels the stream gave elsewhere.
    // A label cut by a page break may be followed by the next row's numbers: its first part and its
    // own numbers end the page before (2.申请人逾期… / \f 纳费用… / the numbers of 3.其他).
    const cut = r.values.length > 0 && pageBreakBetween(text, firstLine, r.values[0].lines[0].line);
    // A number run into the label's lines (四、结转下年度继续办 0 / 理: a printout's first count beside the label) is
    // one of the row's: when the numbers after it then break the row's sum, they are not its cells in order (a 序号
    // may close them, 0 … 0 25), and the row is unread rather than said wrong.
    const mixed = r.cell.lines.some((l) => NUMBER_IN_LABEL.test(l.text)) && r.values.length === columns && !totalHolds(r.values);
    const row: LogicalRow = { cells: [cell, ...r.values.map(valueCell)], style: 'spaced', firstLine, lastLine, uncertain: r.late || r.others || cut || mixed || undefined, scrambled: true };
    if (dump && !row.uncertain && r !== head1) row.unplacedBlanks = true;
    if (r.headerAmid) row.headerAmid = true;
    rows.push(row);
  }
  return rows;
}

/**
 * A text browser's dump of a table whose cells hold paragraphs (lynx: each cell a paragraph of its own, numbers
 * centred): laid out like plain pdftotext, but indented — pdftotext starts every line at the left — and with no
 * page breaks, so a row's numbers are its own, in order, and a blank cell leaves no line at all.
 */
function textBrowserDump(cells: Cell[]): boolean {
  let numbers = 0;
  for (const c of cells) {
    if (!c.number) continue;
    if (c.lines[0].start === 0) return false;
    numbers++;
  }
  return numbers > 0;
}

/** Whether the next line with text after line `at` starts table 三's header again (its 勾稽 note or 申请人情况), before `to`. */
export function beforePageHeader(text: readonly string[], at: number, to: number): boolean {
  if (!/^\s*[0-9]{1,3}\s*$/.test(text[at])) return false;
  for (let i = at + 1; i < to; i++) {
    const t = normalizeLabel(text[i]);
    // The note may be wrapped before its 勾稽 (（本列数据的 / 勾稽关系为：…).
    if (t) return t.includes('勾稽') || t === '申请人情况' || ([...t].length >= 4 && NOTE.startsWith(t));
  }
  return false;
}

/** Each table 三 row's parent labels, normalised (both formats). */
const PARENTS_OF = new Map<string, string[]>();
for (const r of [...FORMAT_2021.table3Rows, ...FORMAT_2019.table3Rows]) PARENTS_OF.set(r.key, [...(PARENTS_OF.get(r.key) ?? []), ...r.path.slice(0, -1).map(normalizeLabel)]);

/**
 * The parent labels of the rows whose labels the cells hold: a label that heads a row of its own in the
 * other format (2019's （六）其他处理) is a parent where its 2021 rows are (1.申请人无正当理由… …), and the
 * numbers after it are not its own.
 */
function parentsOf(cells: Cell[]): Set<string> {
  const out = new Set<string>();
  for (const c of cells) {
    if (c.number) continue;
    for (const r of lookupDataRow(normalizeLabel(c.text)) ?? []) if (r.table === 'table3') for (const p of PARENTS_OF.get(r.key) ?? []) out.add(p);
  }
  return out;
}

/** A row label of table 三 in the stream and the numbers after it; `first`: the line its numbers start at, when not after it. */
interface Entry { cell: Cell; values: Cell[]; late?: boolean; parentsAfter?: boolean; others?: boolean; first?: number; headerAmid?: boolean; amidColumns?: boolean }

/** Table 三's column names (自然人, 商业企业 … 总计), normalised. */
const COLUMN_NAMES = FORMAT_2021.table3Columns.map((c) => normalizeLabel(c.label));


/** A row's places among table 三's official rows (1-based), in either format. */
function officialPlaces(e: Entry): number[] {
  const key = keyOf(e);
  return key ? [FORMAT_2021, FORMAT_2019].map((f) => f.table3Rows.findIndex((r) => r.key === key) + 1).filter((p) => p > 0) : [];
}

/** A number standing between the first and the last line of the entry's label. */
function amidLabel(e: Entry, v: Cell): boolean {
  const at = v.lines[0].line;
  return e.cell.lines[0].line < at && at < e.cell.lines[e.cell.lines.length - 1].line;
}

function keyOf(e: Entry): string | undefined {
  return lookupDataRow(labelCell(e.cell).norm)?.find((r) => r.table === 'table3')?.key;
}

/**
 * Numbers at a page's start (`run`), before the next label there (`next`): the rows just before `next`
 * in the official order, when each one's label comes after `next` (the page's left columns, read after
 * its other rows: 二、上年结转… / 0 / 三、本年度办理结果 （一）予以公开) followed by fewer numbers than a row
 * (its first columns), and the run is exactly what those rows lack: each takes its numbers after its
 * first ones, in order. Else nothing moves. Those rows stay unsure (placed by the order of all the
 * numbers when their totals hold).
 */
function fillFromPageStart(run: Cell[], next: Entry | undefined, all: Entry[], n: number): boolean {
  const nextKey = next && keyOf(next);
  if (!next || !nextKey) return false;
  for (const fmt of [FORMAT_2021, FORMAT_2019]) {
    const order = fmt.table3Rows.map((r) => r.key);
    const rows: Entry[] = [];
    let need = 0;
    for (let i = order.indexOf(nextKey) - 1; i >= 0 && need < run.length; i--) {
      const found = all.filter((e) => keyOf(e) === order[i]);
      if (found.length !== 1 || found[0].values.length >= n || found[0].cell.lines[0].line < next.cell.lines[0].line) break;
      rows.unshift(found[0]);
      need += n - found[0].values.length;
    }
    if (!rows.length || need !== run.length) continue;
    let at = 0;
    for (const e of rows) {
      const take = run.slice(at, at + n - e.values.length);
      at += take.length;
      e.values = [...e.values, ...take];
      e.late = true;
      e.first = take[0].lines[0].line;
    }
    return true;
  }
  return false;
}

/**
 * A row one number too many, one of them its page's number on a page where ./page-numbers.ts could not
 * tell it (105 / 2 / 20 … on page 2, another 2 in table 二 above): that one is left out when it is the
 * only one whose leaving makes the row's total hold. The pages are numbered as the pages whose number
 * was found say (the same offset for all).
 */
function dropPageNumber(r: Entry, text: readonly string[], pages: ReadonlySet<number>): void {
  const starts: number[] = [];
  for (let i = 1; i < text.length; i++) if (text[i].startsWith('\f')) starts.push(i);
  const pageOf = (line: number) => starts.filter((s) => s <= line).length;
  const offsets = new Set([...pages].map((l) => Number(text[l].trim()) - pageOf(l) - 1));
  if (pages.size < 2 || offsets.size !== 1) return;
  const offset = [...offsets][0];
  const found = new Set([...pages].map(pageOf));
  const without = (j: number) => r.values.filter((_, k) => k !== j);
  const drop = r.values.map((_, j) => j).filter((j) => {
    const page = pageOf(r.values[j].lines[0].line);
    return !found.has(page) && r.values[j].text === String(page + 1 + offset) && totalHolds(without(j));
  });
  // Equal numbers side by side leave the same row whichever goes.
  if (drop.length && new Set(drop.map((j) => without(j).map((v) => v.text).join(' '))).size === 1) r.values = without(drop[0]);
}

/** The label of table 三's first row (一、本年新收政府信息公开申请数量). */
function isFirstRow(norm: string): boolean {
  return !!lookupDataRow(norm)?.some((r) => r.table === 'table3' && r.key === FORMAT_2021.table3Rows[0].key);
}


/** Logical rows of a table 四 in plain pdftotext output: its header, and its numbers when there are exactly 15 (some may come after the next headings). */
export function readRawTable4(lex: LineToken[], text: readonly string[], from: number, to: number, columns: number): LogicalRow[] | undefined {
  const pages = pageNumberLines(text);
  const cells = cellsOf(lex, text, from, to, pages);
  const numbers = cells.filter((c) => c.number);
  if (!numbers.length) return undefined;
  const rows: LogicalRow[] = [];
  const head = headerRow(cells.filter((c) => !c.number), 'table4');
  if (head) rows.push(head);
  const first = numbers[0].lines[0].line;
  const last = numbers[numbers.length - 1].lines[0].line;
  const all = numbers.length < columns ? [...numbers, ...restAfter(lex, text, to, columns - numbers.length, pages)] : numbers;
  // A count and the page's number alike on one page may be either (./page-number-twin.ts).
  const twin = all.length === columns && pageNumberTwin(all.map((c) => ({ text: c.text, line: c.lines[0].line })), pages, text, from, to);
  const row: LogicalRow = { cells: all.map(valueCell), style: 'spaced', firstLine: first, lastLine: last, uncertain: all.length !== columns || twin || undefined, scrambled: true };
  if (all.length < columns && all.length === numbers.length && textBrowserDump(cells)) row.unplacedBlanks = true;
  if (all.length === columns && litigationInBlocks(text, from, all)) row.blockOrder = true;
  rows.push(row);
  return rows;
}

/** One header piece's character alone on its line (结 / 果 / 维 / 持), or several one space apart (结 结 / 未 总 果 果). */
const LONE_PIECE = /^[\u4e00-\u9fff]$/;
const SIDE_PIECES = /^[\u4e00-\u9fff]+(?: [\u4e00-\u9fff]+)+$/;
/** The first piece of a one-row header's litigation column name wrapped three characters a line (未经复议直接起诉结果维持). */
const ONE_ROW_START = /^(?:未经复|复议后)$/;
/** A table 四 header cell's whole text (not a piece of one). */
const WHOLE_NAME = /^(?:行政复议|行政诉讼|结果维持|结果纠正|其他结果|尚未审结|总计|合计|未经复议直接起诉|复议后起诉)$/;

/**
 * Table 四's litigation header given in blocks of unlike widths, its numbers each alone on its line after it: some
 * columns' pieces a character per line, others' side by side (`结` / `果` / `维` / `持` … `结 结` / `未 总 果 果`:
 * pdftotext took those columns for one block). The numbers under them then come in no proven order (seen: a group's
 * one count after its zeros, `0 0 1 0 1` for 1 0 0 0 1, which its sum cannot tell): unless the ten are all alike,
 * only 行政复议's group, apart before that header, is read (structure/assemble.ts). Likewise two columns' pieces
 * taken line by line in one block, the same piece twice in a row (`复议` / `复议` / `后起` / `后起`).
 */
function litigationInBlocks(text: readonly string[], from: number, values: readonly Cell[]): boolean {
  const at = values.findIndex((v, k) => k >= 5);
  if (at < 0) return false;
  // 行政复议's five apart before the litigation header, or all fifteen in one run after the whole header (then no
  // group is apart, and a litigation count may come among 行政复议's: fresh variant seed 6252 v015, `0 3 0 0 0` for
  // 0 0 0 0 0 / 3 …): the numbers whose likeness makes their order change nothing.
  const apart = headerBetween(text, values[at - 1].lines[0].line + 1, values[at].lines[0].line);
  const from5 = apart ? 5 : 0;
  if (values.slice(from5).every((v) => v.text === values[from5].text)) return false;
  let lone = 0;
  let side = 0;
  let twins = 0;
  /** After 行政诉讼: blocks of one column's wrapped name (未经复 / 议直接 / 起诉其 / 他结果), blocks of several (未经复 未经复). */
  let oneColumn = 0;
  let columns = 0;
  let upright = 0;
  let inLitigation = false;
  let afterSuit = false;
  let before = '';
  for (let i = from; i < values[at].lines[0].line; i++) {
    const t = text[i].trim();
    if (!t) continue;
    const previous = before;
    before = t;
    if (t === '行政诉讼') afterSuit = true;
    if (t.includes('复议后起诉') || t.includes('直接起诉')) { inLitigation = true; continue; }
    if (/[0-9]/.test(t)) continue;
    const pieces = t.split(' ');
    if (!pieces.every((w) => inHeaderLabel(normalizeLabel(w), 'table4'))) continue;
    // Two columns' pieces taken line by line in one block (复议 / 复议 / 后起 / 后起 / 诉尚 / 诉合): the same.
    // (A whole cell's name twice, 总计 / 总计, is only two columns' headers read row by row.)
    if (afterSuit && t === previous && [...t].length > 1 && !t.includes(' ') && !WHOLE_NAME.test(t)) twins++;
    // A one-row header's columns in blocks of unlike widths, their names wrapped (two columns side by side, then one
    // alone, then six: fresh variant seed 6610 v004, v007): the numbers' order is the blocks', not the header's.
    // (Counted by the first line of each block: a one-row name's start, 未经复 or 复议后, alone or side by side.)
    if (afterSuit && pieces.every((w) => ONE_ROW_START.test(w))) {
      if (pieces.length === 1) oneColumn++;
      else columns++;
    }
    // A one-row header's litigation names stood upright, a character a line, side by side over their columns and
    // staggered (`未 未 未 未` / `经 经 经 经 未 复 复 复 复` …): the numbers below come in the page's order, not the
    // columns' (fresh variant seed 6252 v004: `0 0 1 0 0` for 0 1 0 0 0 / 0 …, the first litigation count second).
    if (afterSuit && pieces.length > 1 && pieces.every((w) => UPRIGHT_NAME.test(w))) upright++;
    if (!inLitigation) continue;
    if (LONE_PIECE.test(t) && t !== '诉') lone++;
    else if (SIDE_PIECES.test(t) && pieces.every((w) => [...w].length === 1)) side++;
  }
  // Every number alone on its line: a line of several (20 3 7 4 34) is a row's order, kept.
  const alone = values.every((v) => BARE_NUMBER.test(text[v.lines[0].line]));
  return ((lone > 0 && side > 0) || twins > 0 || (oneColumn > 1 && columns > 0) || upright >= UPRIGHT_LINES) && alone;
}

/** One character of the litigation groups' names (未经复议直接起诉, 复议后起诉), as an upright name gives it a line. */
const UPRIGHT_NAME = /^[未经复议直接起诉后]$/;
/** So many lines of such characters side by side: the names stood upright (a name runs to eight). */
const UPRIGHT_LINES = 4;

/** Whether lines [from, to) hold a line of table 四's header pieces (a header between two numbers). */
function headerBetween(text: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = text[i].trim();
    if (t && t.split(/ +/).every((w) => inHeaderLabel(normalizeLabel(w), 'table4'))) return true;
  }
  return false;
}

/**
 * The rest of table 四's numbers, which pdftotext may give after the next headings (the right part of
 * the table's last line, read after the text at its left: 五、存在的主要问题… / （一）… / 0 0 0 0 0 0):
 * the first run of bare numbers after line `from`, past short lines without digits only (headings,
 * 无。, header pieces, page numbers), header pieces between them, when it is exactly the `need`
 * numbers missing.
 */
function restAfter(lex: LineToken[], text: readonly string[], from: number, need: number, pages: ReadonlySet<number>): Cell[] {
  const run: Cell[] = [];
  for (let i = from; i < text.length && i < from + 60; i++) {
    const t = text[i].trim();
    if (!t || (lex[i].kind === LineKind.PageNumber && !BARE_NUMBER.test(t)) || pages.has(i)) continue;
    if (BARE_NUMBER.test(t)) {
      const start = text[i].indexOf(t);
      run.push({ lines: [{ text: t, line: i, start, end: start + t.length }], text: t, number: true });
      continue;
    }
    // Between them, the header's pieces over their columns (复议后起诉 / 总计 / 0 / 结果 / 维持 / 0 …).
    if (run.length && t.split(/ +/).every((w) => inHeaderLabel(normalizeLabel(w), 'table4'))) continue;
    if (run.length || [...t].length > 16 || /[0-9]/.test(t)) break;
  }
  return run.length === need ? run : [];
}
