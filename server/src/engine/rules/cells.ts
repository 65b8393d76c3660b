/** Cell contents: blanks where a number is required, and values that are not valid numbers. */
import type { ReportModel, ResolvedCell, ResolvedRow, Span } from '../model';
import { Rule, RuleContext, spanRange } from './types';
import type { Range } from '../document';
import { pageNumberLines, provenPageNumbers } from '../tables/page-numbers';
import { beforePageHeader } from '../tables/pdfraw';
import { FORMATS } from '../format';
import { normalizeLabel, quotedLabel, stripNumbering } from '../text/normalize';
import { LastAnswer } from '../side-table';
import { printedLineTest } from '../text/print-furniture';

type LabelledRow = { label: string; row: ResolvedRow };
const rowsCache = new LastAnswer<ReportModel, Map<string, LabelledRow[]>>();

/** Every resolved row of every table, with a display label (once per model and locale: two rules ask). */
export function allRows(ctx: RuleContext): LabelledRow[] {
  let byLocale = rowsCache.get(ctx.model);
  if (!byLocale) rowsCache.set(ctx.model, byLocale = new Map());
  let rows = byLocale.get(ctx.options.locale);
  if (!rows) byLocale.set(ctx.options.locale, rows = computeAllRows(ctx));
  return rows;
}

function computeAllRows(ctx: RuleContext): { label: string; row: ResolvedRow }[] {
  const out: { label: string; row: ResolvedRow }[] = [];
  const { table2, table3, table4 } = ctx.model;
  if (table2) for (const s of table2.subs.values()) for (const r of s.rows.values()) out.push({ label: quotedLabel(r.row.label.text), row: r });
  if (table3) for (const r of table3.rows.values()) out.push({ label: quotedLabel(r.row.label.text), row: r });
  if (table4) {
    for (const [key, g] of table4.groups) {
      const label = TABLE4_GROUP_LABELS[key] ?? TABLE4_GROUP_LABELS.lit_after_review;
      out.push({ label: g.row.key === 'all' ? `${ctx.t('table.4')} ${label}` : quotedLabel(g.row.label.text), row: g });
    }
  }
  return out;
}

/** Table 四's groups as its messages name them. */
export const TABLE4_GROUP_LABELS: Record<string, string> = { review: '行政复议', lit_direct: '行政诉讼（未经复议直接起诉）', lit_after_review: '行政诉讼（复议后起诉）' };

function cover(cells: ResolvedCell[]): Range {
  // In source order: a row short of cells puts the missing first column's point after the others.
  const before = (a: Span, b: Span) => a.line < b.line || (a.line === b.line && a.start < b.start);
  const after = (a: Span, b: Span) => a.line > b.line || (a.line === b.line && a.end > b.end);
  let first = cells[0].span;
  let last = cells[0].span;
  for (const c of cells) {
    if (before(c.span, first)) first = c.span;
    if (after(c.span, last)) last = c.span;
  }
  return { start: { line: first.line, character: first.start }, end: { line: last.line, character: last.end } };
}

export const cellMissing: Rule = {
  id: 'cell-missing',
  aliases: ['空白单元格'],
  severity: 'warning',
  scope: 'tables',
  check(ctx, report) {
    const uncertain: ResolvedRow[] = [];
    const unplaced = new Set<ResolvedRow['row']>();
    let claimed: Set<number> | undefined;
    for (const { label, row } of allRows(ctx)) {
      if (row.uncertain && row.blanksUnplaced) {
        // Table 四's three groups share one row of numbers: said once.
        if (!unplaced.has(row.row)) reportUnplaced(ctx, row.row.key === 'all' ? ctx.t('table.4') : label, row, report, surelyBlank(ctx, row, row.row.values.filter((v) => v.text !== '').length + row.blanksUnplaced));
        unplaced.add(row.row);
        continue;
      }
      if (row.uncertain) { uncertain.push(row); continue; }
      if (row.short) continue; // column-missing explains it
      const blanks = row.cells.filter((c) => c.value.kind === 'blank');
      if (!blanks.length) continue;
      // Table 二 given column by column (plain pdftotext of a page printed narrow, pdfminer): a column's numbers may
      // stand past the rows (采购总金额 / 0 after the last sub-table, its header there too), so a cell the row's lines
      // leave empty is unread.
      if (row.row.table === 'table2' && (ctx.model.table2?.unreliable || headerAfterRow(ctx, row, blanks))) { uncertain.push(row); continue; }
      // Table 三 read out of order (pdfminer's blocks) with a row of no number at all: its numbers went elsewhere in
      // the text; that its cells are blank is not what the text says.
      if (row.row.table === 'table3' && ctx.model.table3?.unreliable && blanks.length === row.cells.length) { uncertain.push(row); continue; }
      // Plain PDF text read by position: a line of just as many numbers that no row holds may be these cells,
      // given apart by a page break. Not sure which, so said as unread (information), not named blank.
      if (row.row.style === 'spaced' && blanks.length >= 2 && strayNumbersNear(ctx.lines, row.row.firstLine, blanks.length, (claimed ??= claimedLines(ctx)))) {
        uncertain.push(row);
        continue;
      }
      // Plain PDF text giving the rest of a table column by column: the row's other numbers, one per line, stand after
      // it where no row took them (a page break in plain pdftotext): as many as its blanks, its cells are unread.
      if (row.row.style === 'spaced' && blanks.length >= 2 && strayBareNumbersAfter(ctx, row.row.lastLine, blanks.length, (claimed ??= claimedLines(ctx)))) {
        uncertain.push(row);
        continue;
      }
      // A table 三 row without one number while part 三 holds, before the table, lines of numbers no row took, a row's
      // worth or more (a printout in plain pdftotext set the columns apart before the labels: `5` / `0` / `1`, `0 0 0 0 0 5`
      // … then 一、本年新收… alone): its numbers went there, its cells are unread, not blank.
      if (row.row.table === 'table3' && row.row.style === 'spaced' && blanks.length === row.cells.length
        && strayNumbersBeforeTable3(ctx, row.cells.length, (claimed ??= claimedLines(ctx)))) {
        uncertain.push(row);
        continue;
      }
      // A browser's printout of table 三 read in part (rows not found), a row's 总计 alone blank and lone numbers no row
      // holds after it: the printout may set the 总计 column apart past the page's footer (`总计` / 2 / 2 / 3 / … / 420).
      if (row.row.table === 'table3' && row.row.style === 'spaced' && blanks.length === 1 && blanks[0] === row.cells[row.cells.length - 1]
        && partlyRead(ctx) && strayBareNumbersAfter(ctx, row.row.lastLine, 1, (claimed ??= claimedLines(ctx)))) {
        uncertain.push(row);
        continue;
      }
      // A browser's printout of table 三 with the row's first beside its label's start, a line or two above the rest
      // (`（三）不予公开 1. 0` / `5` / `属于国家秘密  0 0 0 0 0 0`): the blank first is that number, unread, not blank.
      if (row.row.table === 'table3' && row.row.style === 'spaced' && blanks.length === 1 && blanks[0] === row.cells[0]
        && firstAbove(ctx.lines, row.row.firstLine, (claimed ??= claimedLines(ctx)))) {
        uncertain.push(row);
        continue;
      }
      // …or its label's rest on the next line with the row's other numbers (`（六）其他 0` / `处理 3.其他  0 0 0 0 0 0`):
      // the blanks are those numbers, unread.
      if (row.row.table === 'table3' && row.row.style === 'spaced' && blanks.length >= 2
        && restBelow(ctx.lines, row.row.lastLine, blanks.length, (claimed ??= claimedLines(ctx)), row.row.label.span.start)) {
        uncertain.push(row);
        continue;
      }
      const fillable = blanks.filter((c) => c.cell);
      report({
        range: cover(blanks),
        message: ctx.t('cell-missing', { label, columns: blanks.map((c) => `“${c.column.label}”`).join(ctx.options.locale === 'en' ? ', ' : '、') }),
        related: blanks.map((c) => ({ range: spanRange(c.span), message: c.column.label })),
        fixes: () => fillable.length === blanks.length
          ? [{ title: ctx.t('cell-missing.fix'), edits: fillable.map((c) => ({ range: spanRange(c.span), newText: '0' })), safe: false }]
          : [],
      });
    }
    reportUncertain(ctx, uncertain, report);
  },
};

/** Whether table 三 was read without some of its official rows (a printout's rows not found). */
function partlyRead(ctx: RuleContext): boolean {
  const { table3, format } = ctx.model;
  return !!table3 && !!format && table3.rows.size < FORMATS[format].table3Rows.length;
}

/** Whether a blank cell's column header stands after the table 二 row: the column came apart from the rows. */
function headerAfterRow(ctx: RuleContext, row: ResolvedRow, blanks: ResolvedCell[]): boolean {
  for (const sub of ctx.model.table2?.subs.values() ?? []) {
    if (![...sub.rows.values()].includes(row)) continue;
    return blanks.some((c) => sub.headers.some((h) => h.column === c.column.key && h.span.line > row.row.lastLine));
  }
  return false;
}

/** Lines above a row where its first may stand beside its label's start (a serial number's line between). */
const FIRST_ABOVE_REACH = 3;
/** Text, then one number set apart at the line's end (`（三）不予公开 7. 1`). */
const TEXT_THEN_NUMBER = /[^\s0-9][ \u3000]+[0-9]+[ \u3000]*$/;

/** Whether a line just above the row's first line, in no row, is text ending in one number set apart. */
function firstAbove(lines: readonly string[], first: number, claimed: Set<number>): boolean {
  for (let i = first - 1; i >= 0 && i >= first - FIRST_ABOVE_REACH; i--) {
    if (claimed.has(i)) return false;
    if (TEXT_THEN_NUMBER.test(lines[i])) return true;
  }
  return false;
}

/** Text, then numbers set apart to the line's end. */
const TEXT_THEN_NUMBERS = /^(.*?[^\s0-9])((?:[ \u3000]+[0-9]+)+)[ \u3000]*$/;

/** Whether the first line with text after the row's last, in no row, is text then exactly `count` numbers. */
function restBelow(lines: readonly string[], last: number, count: number, claimed: Set<number>, labelStart: number): boolean {
  for (let i = last + 1; i < lines.length && i <= last + FIRST_ABOVE_REACH; i++) {
    if (!lines[i].trim()) continue;
    if (claimed.has(i)) return false;
    const m = TEXT_THEN_NUMBERS.exec(lines[i].trim());
    if (m) return m[2].trim().split(/[ \u3000]+/).length === count;
    // …or a 序号 left of the labels, then exactly `count` numbers (`（三）不予公开 0` / `1.属于国家秘密` / `5   0 0 0 0 0 0`).
    const numbers = [...lines[i].matchAll(/[0-9]+/g)];
    return NUMBERS_LINE.test(lines[i]) && numbers.length === count + 1 && numbers[0].index! < labelStart && numbers[1].index! > labelStart;
  }
  return false;
}

const BARE_NUMBER_LINE = /^[ \u00a0\f]*[0-9]+[ \u00a0]*$/;

/** Whether at least `count` lines of one bare number each (page numbers aside) that no row holds follow line `after`, within reach. */
function strayBareNumbersAfter(ctx: RuleContext, after: number, count: number, claimed: Set<number>): boolean {
  const lines = ctx.lines;
  const pages = pageNumberLines(ctx.lines);
  let n = 0;
  for (let i = after + 1; i < Math.min(lines.length, after + STRAY_REACH) && n < count; i++) {
    if (!claimed.has(i) && !pages.has(i) && BARE_NUMBER_LINE.test(lines[i])) n++;
  }
  return n >= count;
}

/** Whether lines of numbers only that no row holds (page numbers aside), `count` numbers or more, stand in part 三 before table 三. */
function strayNumbersBeforeTable3(ctx: RuleContext, count: number, claimed: Set<number>): boolean {
  const table3 = ctx.model.table3;
  const part = table3 && ctx.model.sections.find((x) => x.ordinal === '三' && x.startLine <= table3.firstLine && x.endLine >= table3.firstLine);
  if (!table3 || !part) return false;
  const pages = pageNumberLines(ctx.lines);
  let n = 0;
  for (let i = part.startLine + 1; i < table3.firstLine && n < count; i++) {
    if (claimed.has(i) || pages.has(i) || !NUMBERS_ONLY_LINE.test(ctx.lines[i])) continue;
    n += ctx.lines[i].trim().split(/[ \u00a0]+/).length;
  }
  return n >= count;
}
const NUMBERS_ONLY_LINE = /^[ \u00a0\f]*[0-9]+(?:[ \u00a0]+[0-9]+)*[ \u00a0]*$/;

/** Lines the tables' rows read (their first to last line). */
function claimedLines(ctx: RuleContext): Set<number> {
  const out = new Set<number>();
  for (const { row } of allRows(ctx)) for (let i = row.row.firstLine; i <= row.row.lastLine; i++) out.add(i);
  return out;
}

/** Lines around a row a page break may have carried its other numbers to. */
const STRAY_REACH = 60;
const NUMBERS_LINE = /^[ \u00a0\f]*[0-9]+(?:[ \u00a0]+[0-9]+)+[ \u00a0]*$/;

/** Whether a line of exactly `count` numbers that no row holds stands within reach of line `at`. */
export function strayNumbersNear(lines: readonly string[], at: number, count: number, claimed: Set<number>): boolean {
  for (let i = Math.max(0, at - STRAY_REACH); i < Math.min(lines.length, at + STRAY_REACH); i++) {
    if (claimed.has(i) || !NUMBERS_LINE.test(lines[i])) continue;
    if (lines[i].trim().split(/[ \u00a0]+/).length === count) return true;
  }
  return false;
}

/**
 * A row whose text shows blank cells without their places (a text browser's dump): that cells are blank is sure,
 * which ones is not, so none is named and the row stays unread. Said as information, or as a warning for the row
 * (no column named) where nothing else in the table could explain it (`sure`, see surelyBlank).
 */
function reportUnplaced(ctx: RuleContext, label: string, row: ResolvedRow, report: Parameters<Rule['check']>[1], sure: boolean): void {
  const blank = row.blanksUnplaced!;
  const have = row.row.values.filter((v) => v.text !== '').length;
  report({
    range: { start: { line: row.row.firstLine, character: 0 }, end: { line: row.row.firstLine, character: row.row.label.span.end } },
    severity: sure ? 'warning' : 'information',
    message: ctx.t(sure ? 'cell-missing.somewhere' : 'cell-missing.unplaced', { label, have, n: have + blank, blank }),
  });
}

/**
 * Whether a row short of numbers surely has that many blank cells, which ones the text does not say: the text keeps
 * whole rows on lines (no page break, page number or unread number anywhere in the table that the missing ones could
 * be), every row of table 三 is there with its official label (no number went into one) and every other one is read
 * whole. Then nothing but a blank explains the row, so the warning may say so — without naming a column.
 */
function surelyBlank(ctx: RuleContext, row: ResolvedRow, need: number): boolean {
  const { table3, table4, format } = ctx.model;
  const values = row.row.values.filter((v) => v.text !== '');
  if (!format || !values.length || values.length >= need || !values.every((v) => /^[0-9]+$/.test(v.text))) return false;
  const table = row.row.table === 'table3' ? table3 : row.row.table === 'table4' ? table4 : undefined;
  if (!table || (row.row.table === 'table3' && !officialLabel(row))) return false;
  if (row.row.table === 'table3') {
    if (!table3 || table3.rows.size !== FORMATS[format].table3Rows.length) return false;
    for (const other of table3.rows.values()) {
      // (Every label official too: a number the text glued into another row's label could be this row's.)
      if (!officialLabel(other) && !numberlessPiece(other)) return false;
      if (other !== row && (other.uncertain || other.short || other.extra.length || other.cells.some((c) => c.value.kind === 'blank'))) return false;
    }
  }
  const lines = ctx.lines;
  const pages = pageNumberLines(ctx.lines);
  const claimed = claimedLines(ctx);
  for (const { row: r } of allRows(ctx)) for (const v of r.row.values) claimed.add(v.span.line);
  // A page break elsewhere in the table carries no number away (a page number it brings is one of `pages` or a
  // footer, an unread number stands on an unclaimed line); one within the row itself might, so the row must stand on
  // one page.
  const printedLine = printedLineTest(lines);
  const printed = (i: number): boolean => printedLine(lines[i].replace(/^\f/, '').trim());
  const rowLast = Math.max(row.row.lastLine, ...values.map((v) => v.span.line));
  // Text without form feeds (PyMuPDF) keeps a page's number unmarked: a lone number no row read, right before table
  // 三's header as the next page repeats it, is that page's number and the page's end (tables/pdfraw.ts reads it so).
  const feeds = lines.some((l) => l.includes('\f'));
  // (A page is never numbered 0.)
  // …or one the document's page-number sequence proves (1 … 2 … 3 … 4 as its last text; page-numbers.ts): the page
  // broke inside a row's label (5.属于三类内部事务 / 0 … 0 / 2 / 信息), no header repeated.
  const proven = feeds ? new Set<number>() : provenPageNumbers(lines);
  const unmarkedPage = (i: number): boolean => !feeds && row.row.table === 'table3' && !claimed.has(i) && Number(lines[i]) > 0
    && (beforePageHeader(lines, i, table.lastLine + 1) || proven.has(i));
  for (let i = table.firstLine; i <= Math.min(table.lastLine, lines.length - 1); i++) {
    const footer = PAGE_FOOTER.test(lines[i]);
    const unmarked = unmarkedPage(i);
    const pageEnd = lines[i].includes('\f') || footer || pages.has(i) || unmarked;
    // (A footer - 2 - right after the row's last number ends the page after the row: a number carried over would stand
    // on the next page's lines, which are scanned as the rest of the table.)
    if (pageEnd && i > row.row.firstLine && i <= rowLast + (footer ? 0 : 1)) return false;
    if (pages.has(i) && !onlyPageNumberOfPage(lines, pages, i)) return false;
    // (A digit on a line no row read, beyond a row's numbering: a number, or one glued into a piece of a label.)
    // (A browser's print header or footer, where pdftotext put it — the page's address, 6/7, the date, the page's
    // title with its year — holds none.)
    if (!claimed.has(i) && !footer && !unmarked && !pages.has(i) && /[0-9]/.test(lines[i].replace(NUMBERING, '')) && !printed(i)) return false;
  }
  // Table 四 drawn as two tables (行政复议 │ 行政诉讼): the second's numbers, alone on their lines after its header,
  // may stand past what was read of the table, still in part 四 — they could be the missing ones; so could a line of
  // numbers a page break carried before or after the table.
  if (row.row.table === 'table4') {
    const part = ctx.model.sections.find((s) => s.startLine <= table.firstLine && s.endLine >= table.firstLine);
    for (let i = table.lastLine + 1; part && i < Math.min(part.endLine, lines.length); i++) {
      if (!claimed.has(i) && !pages.has(i) && BARE_NUMBER_LINE.test(lines[i])) return false;
    }
    for (let i = part ? part.startLine + 1 : lines.length; part && i < Math.min(part.endLine + 1, lines.length); i++) {
      if (!claimed.has(i) && !pages.has(i) && !PAGE_FOOTER.test(lines[i]) && SPACED_NUMBER.test(lines[i])) return false;
    }
  }
  return true;
}
/**
 * A row whose label is the official one, or the official one without its numbering (a text browser's dump and
 * scrapers write 3. on a line of its own): no digit of a number went into it.
 */
function officialLabel(row: ResolvedRow): boolean {
  return row.row.exactIn.length > 0 || (!!row.row.official && stripNumbering(normalizeLabel(row.row.official)) === row.row.label.norm);
}

/**
 * Whether line `at`, one of the page numbers, is the only one of its page in a text whose pages form feeds mark:
 * the page's number was decided (an undecided page keeps all its bare numbers, a table's among them).
 */
function onlyPageNumberOfPage(lines: readonly string[], pages: ReadonlySet<number>, at: number): boolean {
  if (!lines.some((l) => l.includes('\f'))) return onlyPageNumberBetweenEmpty(lines, pages, at);
  let start = at;
  while (start > 0 && !lines[start].includes('\f')) start--;
  if (!lines[start].includes('\f')) return false;
  for (let i = start; i < lines.length && (i === start || !lines[i].includes('\f')); i++) if (i !== at && pages.has(i)) return false;
  return true;
}

/**
 * The same in text without form feeds whose pages an empty line starts (the npm pdf-parse, where page-numbers.ts found
 * them so): line `at` is the only page number between the empty lines around it, and the last text before the next.
 */
function onlyPageNumberBetweenEmpty(lines: readonly string[], pages: ReadonlySet<number>, at: number): boolean {
  let start = at;
  while (start > 0 && lines[start - 1].trim() !== '') start--;
  if (start === 0) return false;
  let end = at;
  while (end + 1 < lines.length && lines[end + 1].trim() !== '') end++;
  if (end !== at) return false;
  for (let i = start; i <= end; i++) if (i !== at && pages.has(i)) return false;
  return true;
}

/** A number standing apart among a line's words. */
const SPACED_NUMBER = /(?:^|[\s\u00a0\f])[0-9]+(?:$|[\s\u00a0])/;

/** A row's numbering at the start of a line (3. / 3、), the one run of digits a label's line holds of its own. */
const NUMBERING = /^[\s\u00a0\f]*[0-9]+[.、．]/;

/** A page's footer with its number (- 2 - / 第 2 页), which PDF text tools keep where the page ended. */
const PAGE_FOOTER = /^[\s\u00a0\f]*(?:[-－—–][\s\u00a0]*[0-9]{1,3}[\s\u00a0]*[-－—–]|第[\s\u00a0]*[0-9]{1,3}[\s\u00a0]*页(?:[\s\u00a0]*[，,]?[\s\u00a0]*共[\s\u00a0]*[0-9]{1,3}[\s\u00a0]*页)?)[\s\u00a0]*$/;

/**
 * A row's label that is a piece of its official one with no digit beyond its numbering (a page break carried the
 * rest to after the repeated header): no number went into it either.
 */
function numberlessPiece(row: ResolvedRow): boolean {
  const own = stripNumbering(row.row.label.norm);
  if (own.length < 4 || /[0-9]/.test(own) || !row.row.official) return false;
  const official = stripNumbering(normalizeLabel(row.row.official));
  if (official.includes(own)) return true;
  // …or its parent's label (no digit either), then such a piece: the parent's cell stood between the label's first
  // line and the rest (2.申请人逾期未按收 / （六）其他处理 / 费通知要求缴纳费 …, pdfplumber's text of a page's table).
  const rest = PARENT_LABELS.get(row.row.key)?.find((p) => own.startsWith(p))?.length;
  return rest !== undefined && own.length - rest >= 4 && official.includes(own.slice(rest));
}

/** Each table 三 row's parent labels (both formats), normalised, without their numbering (as the label's own is compared). */
const PARENT_LABELS = new Map<string, string[]>();
for (const f of Object.values(FORMATS)) for (const d of f.table3Rows) {
  PARENT_LABELS.set(d.key, [...(PARENT_LABELS.get(d.key) ?? []), ...d.path.slice(0, -1).map((p) => stripNumbering(normalizeLabel(p))).filter((p) => p.length >= 4)]);
}

/**
 * Rows read from PDF text whose values could not be placed in their columns: one information per
 * table says so instead of a guess (their cells stay blank, and no rule checks them).
 */
function reportUncertain(ctx: RuleContext, rows: ResolvedRow[], report: Parameters<Rule['check']>[1]): void {
  const byTable = new Map<string, ResolvedRow[]>();
  let table4Said = false;
  for (const r of rows) {
    // Table 四's one row of numbers in PDF text, whole groups short (ten numbers for fifteen cells): which group is
    // blank the text does not say; where nothing else could hold the missing numbers, a warning for the table.
    if (r.row.key === 'all' && r.row.table === 'table4' && (table4Said || table4SurelyShort(ctx, r))) {
      if (!table4Said) {
        const have = countsIn(ctx, r.row.values) ?? r.row.values.length;
        const n = r.cells.length * (ctx.model.table4?.groups.size ?? 0);
        report({
          range: { start: { line: r.row.firstLine, character: 0 }, end: { line: r.row.firstLine, character: ctx.lines[r.row.firstLine]?.length ?? 0 } },
          severity: 'warning',
          message: ctx.t('cell-missing.somewhere', { label: ctx.t('table.4'), have, n, blank: n - have }),
        });
      }
      table4Said = true;
      continue;
    }
    // A row one number short for a blank cell: said on its own, with its count.
    if (r.row.oneBlank) {
      const sure = surelyBlank(ctx, r, r.cells.length);
      const have = r.row.values.length;
      report({
        range: { start: { line: r.row.label.span.line, character: r.row.label.span.start }, end: { line: r.row.label.span.line, character: r.row.label.span.end } },
        severity: sure ? 'warning' : 'information',
        message: sure
          ? ctx.t('cell-missing.somewhere', { label: quotedLabel(r.row.label.text), have, n: r.cells.length, blank: r.cells.length - have })
          : ctx.t('cell-missing.one-short', { table: ctx.t('table.3'), label: quotedLabel(r.row.label.text), have, need: r.cells.length }),
      });
      continue;
    }
    byTable.set(r.row.table, [...(byTable.get(r.row.table) ?? []), r]);
  }
  for (const [table, list] of byTable) {
    const first = list[0].row;
    // Table 四's three groups share one row of numbers: one row.
    const labels = [...new Set(list.map((r) => r.row.key === 'all' ? ctx.t('table.4') : `“${quotedLabel(r.row.label.text)}”`))];
    report({
      range: { start: { line: first.firstLine, character: 0 }, end: { line: first.firstLine, character: first.label.span.end } },
      severity: 'information',
      message: ctx.t('cell-missing.uncertain', { table: ctx.t(table === 'table3' ? 'table.3' : table === 'table4' ? 'table.4' : 'table.2'), count: labels.length, rows: labels.join(ctx.options.locale === 'en' ? ', ' : '、') }),
    });
  }
}

/**
 * Whether table 四's one row of PDF text numbers, short of its fifteen, surely has blanks: each number stands apart
 * (no run of digits cut into counts, none glued: 00), every group of the table is that row, and nothing else could hold the rest.
 */
export function table4SurelyShort(ctx: RuleContext, r: ResolvedRow): boolean {
  const groups = [...(ctx.model.table4?.groups.values() ?? [])];
  if (groups.length !== 3 || !groups.every((g) => g.row === r.row && g.uncertain)) return false;
  // (Text whose numbers came glued into runs, pdf-parse's 0000001000: how many counts a run holds is not known, but
  // for runs of zeros, 0000000000; nor is it where table 三's stream was unreliable otherwise.)
  const values = r.row.values;
  const glued = !!ctx.model.table4?.glued && values.every((v) => /^0{2,}$/.test(v.text));
  if (!glued && ctx.model.table3?.unreliable) return false;
  const n = r.cells.length * groups.length;
  const have = countsIn(ctx, values);
  if (have === undefined || values.length < 1 || have >= n || !values.every((v) => /^(?:0|[1-9][0-9]*)$/.test(v.text) || glued)) return false;
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1].span;
    const b = values[i].span;
    if (a.line === b.line && b.start <= a.end) return false;
    if (a.line > b.line || (a.line === b.line && ctx.lines[a.line].slice(a.end, b.start).trim() !== '')) return false;
  }
  // (…nor past the next headings: pdftotext gives the right part of the table's last line after them.)
  const claimed = claimedLines(ctx);
  const pages = pageNumberLines(ctx.lines);
  const lastValue = Math.max(r.row.lastLine, ...values.map((v) => v.span.line));
  const end = Math.min(ctx.lines.length, lastValue + STRAY_REACH);
  for (let i = lastValue + 1; i < end; i++) {
    if (!claimed.has(i) && !pages.has(i) && BARE_NUMBER_LINE.test(ctx.lines[i])) return false;
  }
  return surelyBlank(ctx, r, n);
}

/**
 * How many counts table 四's values hold: one each, or in glued text (pdf-parse) a zero per digit of runs of zeros
 * only (`0000000000` is ten counts; `0000001000` may be ten or nine: undefined).
 */
function countsIn(ctx: RuleContext, values: readonly { text: string }[]): number | undefined {
  if (!ctx.model.table4?.glued) return values.length;
  return values.every((v) => /^0+$/.test(v.text)) ? values.reduce((a, v) => a + v.text.length, 0) : undefined;
}

function expectedText(ctx: RuleContext, type: string | undefined): string {
  return ctx.t(type === 'decimal>=0' ? 'expected.decimal' : type === 'int' ? 'expected.signed' : 'expected.int');
}

/**
 * A cell of PDF text (positions or stream order) holding Chinese words and a number (`行政规范性文0`): a row label's
 * piece that the text put among the counts (plain pdftotext of a page printed narrow), not what the writer typed.
 */
function pdfWords(row: ResolvedRow, text: string): boolean {
  if ((row.row.style !== 'spaced' && row.row.style !== 'cells') || !/[0-9]/.test(text)) return false;
  if (/[\u4e00-\u9fff]{2}/.test(text)) return true;
  // One character of the row's own label, cut off by its wrapping (2.重复 / 申 / 请 0): a piece of the label too.
  const chars = text.match(/[\u4e00-\u9fff]/g);
  if (!chars || chars.length !== 1) return false;
  if (labelsOf(row.key).some((l) => l.includes(chars[0]))) return true;
  // …or of another table 三 row's label (plain pdftotext of labels distributed over their cells: 1. 属 于 国 家 秘 went
  // elsewhere, its last character stands as `密 0` before the next row's label, whose count it came among).
  return row.row.table === 'table3' && TABLE3_LABEL_CHARACTERS.has(chars[0]);
}

/** Every character of table 三's row labels and their parents', in either format. */
const TABLE3_LABEL_CHARACTERS = new Set(Object.values(FORMATS).flatMap((f) => f.table3Rows.flatMap((d) => [...d.path.join('')].filter((ch) => /[\u4e00-\u9fff]/.test(ch)))));

/** A table 三 row's official labels in either format (its key's). */
function labelsOf(key: string): string[] {
  return Object.values(FORMATS).flatMap((f) => f.table3Rows.filter((d) => d.key === key).map((d) => d.label));
}

export const cellInvalid: Rule = {
  id: 'cell-invalid',
  aliases: ['无效数值'],
  severity: 'error',
  scope: 'tables',
  check(ctx, report) {
    for (const { label, row } of allRows(ctx)) {
      if (row.uncertain) continue;
      for (const c of row.cells) {
        const v = c.value;
        // Read by position as one number: said, never joined silently.
        if (c.cell?.spread) report({ range: spanRange(c.span), severity: 'information', message: ctx.t(c.cell.thousands ? 'cell-invalid.thousands' : 'cell-invalid.spread', { label, column: c.column.label, text: c.cell.spread, value: c.cell.text }) });
        const type = c.column.valueType;
        if (v.kind === 'na') {
          // A dash, slash or 无 almost always means none: counted as 0 by the sums, so a warning, not an error.
          report({ range: spanRange(c.span), severity: 'warning', message: ctx.t('cell-invalid.na', { label, column: c.column.label, text: v.text }) });
        } else if (v.kind === 'invalid' && pdfWords(row, v.text)) {
          report({ range: spanRange(c.span), severity: 'information', message: ctx.t('cell-invalid.pdf-words', { label, column: c.column.label, text: v.text }) });
        } else if (v.kind === 'invalid') {
          report({ range: spanRange(c.span), message: ctx.t('cell-invalid', { label, column: c.column.label, text: v.text, expected: expectedText(ctx, type) }) });
        } else if (v.kind === 'number' && v.unit === '元' && c.column.label.includes('万元')) {
          // An amount written in 元 in the 万元 column: read converted, and said (a wrong unit misleads by 10,000).
          report({ range: spanRange(c.span), severity: 'warning', message: ctx.t('cell-invalid.unit', { label, column: c.column.label, text: c.cell?.text ?? '', value: String(Math.round(v.value * 1e6) / 1e6) }) });
        } else if (v.kind === 'number') {
          const bad = (type !== 'int' && v.value < 0) || (type !== 'decimal>=0' && !v.integer);
          if (bad) report({ range: spanRange(c.span), message: ctx.t('cell-invalid', { label, column: c.column.label, text: c.cell?.text ?? '', expected: expectedText(ctx, type) }) });
        }
      }
      if (row.extra.length) {
        const first = row.extra[0].span;
        const last = row.extra[row.extra.length - 1].span;
        report({
          range: { start: { line: first.line, character: first.start }, end: { line: last.line, character: last.end } },
          message: ctx.t('cell-invalid.extra', { label, count: row.extra.length, texts: row.extra.map((e) => e.text).join(' ') }),
        });
      }
    }
  },
};

export const cellRules: Rule[] = [cellMissing, cellInvalid];
