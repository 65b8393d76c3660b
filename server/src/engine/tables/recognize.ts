/**
 * Table recognition: logical rows → table fragments. Rows are identified by their labels
 * (rightmost cell naming an official row); the cells after the label are its values.
 */
import type { FormatId, TableId } from '../format';
import type { FoundRow, HeaderCell, TableFragment, TableStyle, TextCell } from '../model';
import { hasCjk, looksLikeValue, normalizeLabel } from '../text/normalize';
import type { LogicalRow } from './rows';
import { FORMAT_2021, FORMATS } from '../format';
import { GLUED_SIGNED } from '../structure/glued';
import { withoutGluedSerial } from './serial-glued';
import { withoutNextTable2Serial } from './serial-table2';
import { withoutSerialBeforeCounts } from './serial-before-counts';
import { SERIAL_NUMBER } from '../text/lines';
import { spreadWith } from '../loops';
import {
  table4GroupsNamed, fuzzyColumn, fuzzyRow, isKnownLabel, usesSynonym, lookupColumn, lookupDataRow, lookupHeaderWord, lookupRow, lookupSubTitle,
  lookupVariant, allColumnLabels, RowLabel,
} from './labels';

let nextFragmentId = 1;
const TABLE4_GROUP_COUNT = FORMAT_2021.table4Groups.length;
const GROUP_COLUMNS = FORMAT_2021.table4Groups[0].columns.length;
const TABLE4_WIDTH = TABLE4_GROUP_COUNT * GROUP_COLUMNS;
const NO_FORMATS: readonly FormatId[] = [];

interface Context {
  fragments: TableFragment[];
  current?: TableFragment;
  /** Current table 二 sub-table (set by its title). */
  sub?: string;
  /**
   * Table 四 groups named since its last row of numbers, by a heading (`（一）行政复议`) or header cells:
   * converters and people split table 四 into one small table per group, each under its name.
   */
  t4?: { groups: RowLabel[]; cell: TextCell };
  /** A stand-in header row was just seen: the fragment it heads has no header of its own. */
  placeholder?: boolean;
  /** Fields of table 四's header rows that name a column (结果维持 … 总计), by position in the row. */
  t4Leaves?: Set<number>;
  /** How many fields those header rows have (a row of values is placed by them only when it has as many). */
  t4HeaderWidth?: number;
  /** The current table 二 sub-table's header has a 序号 column (a line 序号 of its own, one cell per line). */
  serialColumn?: boolean;
  /** How the rows of a label alone on its line were read in this table so far: numbers after it, or before. */
  order?: { table: TableId; labelFirst: number; valuesFirst: number };
}

/** Rows of a table read label, then numbers, with none the other way, after which the text is taken to keep that order. */
const LABEL_FIRST_ROWS = 3;

function noteOrder(ctx: Context, table: TableId, labelFirst: boolean): void {
  if (ctx.order?.table !== table) ctx.order = { table, labelFirst: 0, valuesFirst: 0 };
  if (labelFirst) ctx.order.labelFirst++;
  else ctx.order.valuesFirst++;
}

/**
 * Whether the table's text keeps each label before its numbers (PyMuPDF, one cell per line): numbers right above a
 * label are then an unread row's (a label wrapped over more lines than it is joined from), not this row's.
 */
function labelsFirst(ctx: Context, table: TableId): boolean {
  return ctx.order?.table === table && ctx.order.labelFirst >= LABEL_FIRST_ROWS && ctx.order.valuesFirst === 0;
}

/** Column names converters put where a table had no header row they could keep. */
const PLACEHOLDER_RE = /^(?:列|第|字段|column|col|field)\s*\d{1,2}\s*列?$|^[A-Z]$/i;

/** A heading short enough to name a table 四 group (a sentence mentioning 行政复议 is no heading). */
const GROUP_HEADING_MAX = 30;

/** At most GROUP_HEADING_MAX characters (counting code points; the spread copy only for a text that may have astral ones). */
function fitsGroupHeading(norm: string): boolean {
  return norm.length <= GROUP_HEADING_MAX || (norm.length <= 2 * GROUP_HEADING_MAX && [...norm].length <= GROUP_HEADING_MAX);
}

function fragmentFor(ctx: Context, table: TableId, row: LogicalRow): TableFragment {
  let f = ctx.current;
  if (!f || f.table !== table) {
    f = { id: nextFragmentId++, table, firstLine: row.firstLine, lastLine: row.lastLine, style: styleOf(row), rows: [], headers: [], subTitles: [] };
    ctx.fragments.push(f);
    ctx.current = f;
  }
  if (ctx.placeholder) {
    f.placeholderHeader = true;
    ctx.placeholder = false;
  }
  f.lastLine = Math.max(f.lastLine, row.lastLine);
  if (row.scrambled) f.scrambled = true;
  return f;
}

function styleOf(row: LogicalRow): TableStyle {
  return row.style === 'text' || row.style === 'prose' ? 'spaced' : row.style;
}

/** Data-row label for a cell: exact official label, else an alias, else a near match. */
function dataLabel(norm: string, preferTable?: TableId): { label: RowLabel; exact: boolean } | undefined {
  const hits = lookupDataRow(norm);
  if (hits) {
    const pick = hits.find((h) => h.table === preferTable) ?? hits[0];
    return { label: pick, exact: !usesSynonym(norm) };
  }
  return undefined;
}

function isParentLabel(norm: string): boolean {
  return !!lookupRow(norm)?.some((r) => r.parent);
}

function headerCellFor(c: TextCell, table: TableId, sub: string | undefined): HeaderCell | undefined {
  const all = lookupColumn(c.norm);
  if (all) {
    for (const x of all) {
      if (x.table === table && (table !== 'table2' || !sub || x.sub === sub)) {
        // (Keys set after the literal, not spread into it: a conditional spread costs ~10× the assignment.)
        const cell: HeaderCell = { text: c.text, norm: c.norm, span: c.span, table, sub: x.sub ?? sub, column: x.key, official: x.official };
        if (usesSynonym(c.norm)) cell.nonstandard = true;
        if (c.bordered) cell.bordered = true;
        return cell;
      }
    }
  }
  const variant = lookupVariant(c.norm);
  if (variant && variant.kind === 'column' && variant.table === table) {
    return spreadWith(c, { table, sub, column: variant.key, official: variant.official, nonstandard: !variant.accepted });
  }
  return undefined;
}

/** A column label of table 二, official or a known variant. */
function namesTable2Column(norm: string): boolean {
  if (lookupColumn(norm)?.some((c) => c.table === 'table2')) return true;
  const variant = lookupVariant(norm);
  return variant?.kind === 'column' && variant.table === 'table2';
}

/**
 * A cell of table 二 column labels glued without a space or one space apart, cut into them (one way only), or
 * undefined; the header's first cell 信息内容 may lead them (pdf-parse: 信息内容本年制发件数本年度废止件数现行有效件数;
 * plain pdftotext of a narrow printout: 上一年项目数量 本年增/减).
 */
function gluedColumnLabels(c: TextCell): TextCell[] | undefined {
  if (c.text.length > 60) return undefined;
  const out: TextCell[] = [];
  for (const word of c.text.matchAll(/\S+/g)) {
    const pieces = gluedWord(c, word[0], word.index!, out.length === 0);
    if (!pieces) return undefined;
    out.push(...pieces);
  }
  return out.length && out.filter((x) => namesTable2Column(x.norm)).length > (lookupHeaderWord(out[0].norm) ? 0 : 1) ? out : undefined;
}

/** One word of such a cell cut into column labels (the first word may start with 信息内容), or undefined. */
function gluedWord(c: TextCell, text: string, offset: number, first: boolean): TextCell[] | undefined {
  const out: TextCell[] = [];
  let at = 0;
  const piece = (norm: string) => namesTable2Column(norm) || (first && at === 0 && lookupHeaderWord(norm) === 'table2');
  while (at < text.length) {
    // The shortest label that starts here (no label of table 二 starts another one), with its unit if it has
    // one (本年收费金额 / （单位：万元）).
    let end = at + 2;
    while (end <= text.length && !piece(normalizeLabel(text.slice(at, end)))) end++;
    if (end > text.length) return undefined;
    if (text[end] === '（') {
      const close = text.indexOf('）', end);
      if (close > 0 && piece(normalizeLabel(text.slice(at, close + 1)))) end = close + 1;
    }
    out.push({ text: text.slice(at, end), norm: normalizeLabel(text.slice(at, end)), span: { line: c.span.line, start: c.span.start + offset + at, end: c.span.start + offset + end } });
    at = end;
  }
  return out;
}

/**
 * A cell of the header's first cell and table 二 column labels one space apart (pdfplumber's text keeps no column
 * positions: 信息内容 本年制发件数 本年度废止件数 现行有效件数): its words, when all but the first name a column of
 * table 二 exactly or nearly and one at least exactly. Else undefined.
 */
function spacedColumnLabels(c: TextCell): TextCell[] | undefined {
  // (A 序号 column's header word before them is none of the table's columns: left out.)
  const words = [...c.text.matchAll(/[^ ]+/g)].filter((m, i) => i > 0 || m[0] !== '序号');
  if (words.length < 3 || words.length > 6 || lookupHeaderWord(normalizeLabel(words[0][0])) !== 'table2') return undefined;
  const cells = words.map((m) => ({ text: m[0], norm: normalizeLabel(m[0]), span: { line: c.span.line, start: c.span.start + m.index!, end: c.span.start + m.index! + m[0].length } }));
  const rest = cells.slice(1);
  if (!rest.some((x) => namesTable2Column(x.norm))) return undefined;
  const candidates = allColumnLabels().filter((x) => x.table === 'table2');
  return rest.every((x) => namesTable2Column(x.norm) || fuzzyColumn(x.norm, candidates)) ? cells : undefined;
}

const TABLE_INDEX: Record<TableId, number> = { table2: 0, table3: 1, table4: 2 };

/** A value whose first piece, one space before the rest, may be a 序号 column's number (`1 0.00`, `2 1 5`). */
const SERIAL_SPREAD = /^[1-9][0-9]? [0-9]/;

/** `next` is a row of a pipe or tab-separated table holding numbers only, right after the label's row. */
function cellsRowNext(next: LogicalRow | undefined, row: LogicalRow): boolean {
  return (next?.style === 'tab' || next?.style === 'pipe') && valuesRight(next, row);
}

/**
 * Under a 序号 column, the line after table 二 label `r` naming its sub-table's only column (本年处理决定数量), and right
 * after it a line of one number: that line, the row's count — the lone number before the label is its 序号 (a sub-table of
 * one row and one column has one count; a second number is the 序号's). Else undefined.
 */
function countUnderName(rows: readonly LogicalRow[], r: number, label: RowLabel): LogicalRow | undefined {
  const name = rows[r + 1];
  const count = rows[r + 2];
  if (!label.sub || name?.style !== 'text' || name.cells.length !== 1 || !valuesRight(count, name) || count.cells.length !== 1) return undefined;
  // (In each format whose sub-table has a column so named: 2021's 本年处理决定数量 is 2019's 处理决定数量, beside two more.)
  const subs = label.formats.map((f) => FORMATS[f].table2.find((s) => s.key === label.sub))
    .filter((s) => s?.columns.some((c) => normalizeLabel(c.label) === name.cells[0].norm));
  const only = subs.length > 0 && subs.every((s) => s!.columns.length === 1 && s!.rows.length === 1);
  return only ? count : undefined;
}

/** `next` holds numbers only and comes right after the label's row (a blank line between at most). */
function valuesRight(next: LogicalRow | undefined, row: LogicalRow): boolean {
  return !!next && next.firstLine <= row.lastLine + 2 && next.cells.length > 0 && next.cells.every((c) => looksLikeValue(c.text));
}

/** Which table a header row belongs to, judged by its column labels and header words. */
function headerTable(cells: TextCell[]): TableId | undefined {
  const votes = [0, 0, 0];
  for (const c of cells) {
    if (!c.norm) continue;
    const word = lookupHeaderWord(c.norm);
    if (word) votes[TABLE_INDEX[word]] += 2;
    const columns = lookupColumn(c.norm);
    if (columns) for (const col of columns) votes[TABLE_INDEX[col.table]] += 1;
    const variant = lookupVariant(c.norm);
    if (variant?.kind === 'column') votes[TABLE_INDEX[variant.table]] += 1;
    if (c.norm === '行政复议') votes[2] += 2;
  }
  const [table2, table3, table4] = votes;
  // The most votes wins; on a tie the earlier table (as the order 二, 三, 四 of a stable sort did).
  const best = Math.max(table2, table3, table4);
  if (best < 2) return undefined;
  return table2 === best ? 'table2' : table3 === best ? 'table3' : 'table4';
}

function recordHeaders(f: TableFragment, cells: TextCell[], sub: string | undefined): void {
  let candidates: ReturnType<typeof allColumnLabels> | undefined;
  for (const c of cells) {
    if (!c.norm || lookupHeaderWord(c.norm) || c.norm === '行政复议' || c.norm === '行政诉讼') continue;
    const known = headerCellFor(c, f.table, sub);
    if (known) { f.headers.push(known); continue; }
    if (!hasCjk(c.norm) || isKnownLabel(c.norm)) continue;
    candidates ??= allColumnLabels().filter((x) => x.table === f.table && (f.table !== 'table2' || !sub || x.sub === sub));
    const near = fuzzyColumn(c.norm, candidates);
    if (near) f.headers.push(spreadWith(c, { table: f.table, sub: near.sub ?? sub, column: near.key, official: near.official, nonstandard: true }));
  }
}

function makeRow(label: RowLabel, exact: boolean, labelCell: TextCell, values: TextCell[], row: LogicalRow, firstLine: number): FoundRow {
  const found: FoundRow = {
    table: label.table,
    key: label.key,
    sub: label.sub,
    label: labelCell,
    official: label.official,
    exactIn: exact ? label.formats : NO_FORMATS,
    values,
    firstLine,
    lastLine: row.lastLine,
    style: styleOf(row),
  };
  // Set after (not spread into the literal, which made every row through a slow copy).
  if (row.uncertain) found.uncertain = true;
  if (row.scrambled) found.scrambled = true;
  if (row.unplacedBlanks) found.unplacedBlanks = true;
  if (row.headerAmid) found.headerAmid = true;
  return found;
}

/** Pieces of a label's rest after the row's numbers, and how long each may be (事 / 项, or 事项). */
const REST_PIECES = 4;
const REST_PIECE_MAX = 4;

/**
 * The rest of the last row's label after its numbers, a piece or a character per line (PDF text of a label wrapped
 * round its numbers: 其他对外管理服务 / 0 / 0 / 1 3 4 / 事 / 项): the row's label made whole with it, when only together
 * they are the row's official label. Returns how many rows from r it took (0: none).
 */
function labelRestAfter(ctx: Context, rows: LogicalRow[], r: number): number {
  const f = ctx.current;
  const last = f?.rows[f.rows.length - 1];
  if (!last || last.exactIn.length || rows[r - 1]?.lastLine !== last.lastLine) return 0;
  let rest = '';
  for (let k = r; k < rows.length && k < r + REST_PIECES; k++) {
    const row = rows[k];
    const t = row.style === 'text' && row.cells.length === 1 ? row.cells[0].text.trim() : '';
    if (!t || t.length > REST_PIECE_MAX || /[0-9]/.test(t)) return 0;
    rest += t;
    const text = last.label.text + rest;
    const norm = normalizeLabel(text);
    const hit = lookupDataRow(norm)?.find((h) => h.table === last.table && h.key === last.key);
    if (hit && !usesSynonym(norm)) {
      last.label = { ...last.label, text, norm };
      last.exactIn = hit.formats;
      return k - r + 1;
    }
  }
  return 0;
}

/**
 * A table 二 row label distributed over its cell, its last piece after the header's last column word and the row's
 * numbers (plain pdftotext: 行 / 政 / 许 / 本年处理决定数量 / 8 / 可): the label is whole only with that piece, and the
 * numbers between its pieces, which nothing took, are its own. Row r is the last piece; r − 1 the numbers.
 */
function labelAroundHeader(ctx: Context, rows: LogicalRow[], r: number): boolean {
  if (ctx.current?.table !== 'table2' || r < 3) return false;
  const lone = (k: number) => (rows[k].style === 'text' && rows[k].cells.length === 1 ? rows[k].cells[0] : undefined);
  const piece = lone(r);
  const t = piece?.text.trim() ?? '';
  if (!t || t.length > REST_PIECE_MAX || /[0-9]/.test(t)) return false;
  const numbers = rows[r - 1];
  if (!numbers.cells.length || !numbers.cells.every((c) => c.text !== '' && looksLikeValue(c.text))) return false;
  const header = lone(r - 2);
  const lead = lone(r - 3);
  if (!header || !namesTable2Column(header.norm) || !lead || dataLabel(lead.norm)) return false;
  const text = lead.text + t;
  const norm = normalizeLabel(text);
  const hit = lookupDataRow(norm)?.find((h) => h.table === 'table2' && (!ctx.sub || h.sub === ctx.sub));
  if (!hit || usesSynonym(norm)) return false;
  addRow(ctx, hit, true, { ...lead, text, norm }, numbers.cells, numbers, rows[r - 3].firstLine);
  f4LastLine(ctx, rows[r]);
  return true;
}

/**
 * 序 / 号 one character per line (plain pdftotext of a 序号 header distributed over its narrow cell): the header of a
 * 序号 column all the same.
 */
function serialSpread(rows: readonly LogicalRow[], r: number, cell: TextCell): boolean {
  if (cell.norm !== '号') return false;
  // (…or with the header's line between them: 序 / 信息内容 本年收费金额 / 号.)
  const alone = (k: number) => {
    const before = rows[k]?.cells.filter((c) => c.text !== '');
    return before?.length === 1 && before[0].norm === '序';
  };
  const joined = (k: number) => rows[k].lastLine === rows[k + 1].firstLine - 1;
  return (alone(r - 1) && joined(r - 1)) || (r >= 2 && alone(r - 2) && joined(r - 2) && joined(r - 1));
}

export function recognizeTables(rows: LogicalRow[]): TableFragment[] {
  const ctx: Context = { fragments: [] };
  /** A data-row label standing alone on its line, waiting for its numbers on the next row. */
  let pending: { label: RowLabel; exact: boolean; cell: TextCell; row: LogicalRow; first?: TextCell[]; serial?: number } | undefined;

  /** The last row of numbers nothing took (see the label case below). */
  let unclaimed: LogicalRow | undefined;
  /** The last line of words nothing took: a label's piece the join missed (PDF text), whose numbers come after it. */
  let unreadText: LogicalRow | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (unclaimed && unclaimed !== rows[r - 1]) unclaimed = undefined;
    // A sentence between a label and its numbers breaks them apart, as any text line does.
    if (row.style === 'prose') { pending = undefined; continue; }
    const rest = row.style === 'text' ? labelRestAfter(ctx, rows, r) : 0;
    if (rest) {
      r += rest - 1;
      continue;
    }
    if (row.style === 'text' && unclaimed && unclaimed === rows[r - 1] && labelAroundHeader(ctx, rows, r)) {
      unclaimed = undefined;
      pending = undefined;
      continue;
    }
    let cells = row.cells;
    // A 序号 glued to the label (`1规章`: a borderless PDF's narrow column) is no part of it (./serial-glued.ts).
    const unglued = cells.length > 1 && row.style !== 'text' ? withoutGluedSerial(cells[0]) : undefined;
    if (unglued) cells = [unglued, ...cells.slice(1)];
    let nonEmptyCount = 0;
    for (const c of cells) if (c.text !== '') nonEmptyCount++;
    if (nonEmptyCount === 0) {
      // An unfilled table 四 data row: fifteen empty cells right under its header.
      if (ctx.current?.table === 'table4' && cells.length >= 15 && !ctx.current.bareValues) {
        ctx.current.bareValues = cells;
        ctx.current.bareLine = row.firstLine;
        ctx.current.lastLine = Math.max(ctx.current.lastLine, row.lastLine);
      }
      continue;
    }

    // A converter's stand-in header (`| 列1 | 列2 | … |`): the next table's header was not kept.
    if (row.style === 'pipe' && cells.every((c) => c.text === '' || PLACEHOLDER_RE.test(c.text))) {
      ctx.placeholder = true;
      pending = undefined;
      continue;
    }

    // Sub-table title of table 二.
    const titleCell = nonEmptyCount === 1 ? cells.find((c) => c.text !== '') : undefined;
    // (…or the header's first word, one space before the others: pdfplumber's 序号 信息内容 本年收费金额.)
    if (titleCell && ctx.current?.table === 'table2' && (titleCell.norm === '序号' || /^序号 [^ 0-9]/.test(titleCell.text.trim()) || serialSpread(rows, r, titleCell))) ctx.serialColumn = true;
    const title = titleCell && lookupSubTitle(titleCell.norm);
    if (title && titleCell) {
      ctx.sub = title[0].sub;
      ctx.serialColumn = undefined;
      const f = fragmentFor(ctx, 'table2', row);
      f.subTitles.push({ sub: title[0].sub, cell: titleCell, official: title[0].official });
      pending = undefined;
      continue;
    }

    // Find the rightmost cell naming a data row; everything after it is the row's values.
    const preferTable = ctx.current?.table;
    let leaf = -1;
    let match: { label: RowLabel; exact: boolean } | undefined;
    for (let i = cells.length - 1; i >= 0; i--) {
      const m = cells[i].norm ? dataLabel(cells[i].norm, preferTable) : undefined;
      if (m) { leaf = i; match = m; break; }
    }
    // A label typed slightly wrong alone on its line, its numbers the next row of a pipe table's cells over several
    // lines (turndown: 2.其他法律行政止公开 / | 0 | 0 | …): that row, as when they share its line (below). (Not in
    // PDF text, whose lone numbers after a label may be another row's.)
    const next = rows[r + 1];
    if (!match && row.style === 'text' && nonEmptyCount === 1 && preferTable === 'table3' && cellsRowNext(next, row)) {
      const near = fuzzyRow(cells[0].norm, ['table3']);
      if (near) { leaf = 0; match = { label: near.label, exact: false }; }
    }
    if (match) {
      const after = cells.slice(leaf + 1);
      // A known label after the "leaf" means this is a header row (行政复议 … 行政诉讼 …). (Both tests are pure: the
      // label lookup, which answers a cell without a Chinese character at once, goes first, as most cells are numbers.)
      const headerLike = after.some((c) => c.norm && isKnownLabel(c.norm) && !looksLikeValue(c.text))
        || cells.slice(0, leaf).some((c) => c.norm && !isParentLabel(c.norm) && isKnownLabel(c.norm));
      // 2019's （六）其他处理 is a data row only when it carries numbers.
      const hasValues = after.some((c) => c.text !== '');
      // …or alone on its line with its numbers the next row of a pipe table's cells over several lines (turndown).
      const parentToo = isParentLabel(cells[leaf].norm) && !(row.style === 'text' && cellsRowNext(next, row));
      // A table 四 group's name over empty cells heads that group's own small table — but not right under another
      // group's name alone on its line (未经复议直接起诉 / 复议后起诉: one header cell per line of PDF text): the numbers
      // after both groups' columns may be either group's (a blank group leaves no trace there), so neither is named.
      const above = !hasValues && match.label.table === 'table4' && row.style === 'text' && rows[r - 1]?.style === 'text' && rows[r - 1].cells.length === 1
        ? table4GroupsNamed(rows[r - 1].cells[0].norm) : undefined;
      // (行政诉讼 above 未经复议直接起诉 is its parent, naming it too: that is a header's order, not two names side by side.)
      const stacked = !!ctx.t4 && !!above && !above.some((g) => g.key === match!.label.key);
      if (stacked) {
        ctx.t4 = undefined;
        pending = undefined;
        continue;
      }
      if (!hasValues && match.label.table === 'table4' && noteTable4Groups(ctx, cells.slice(0, leaf + 1), false)) {
        noteTable4Leaves(ctx, cells);
        pending = undefined;
        continue;
      }
      if (!headerLike && (hasValues || !parentToo)) {
        if (row.style === 'text' && after.length === 0) {
          // Plain pdftotext output may give a row's numbers before its label: numbers nothing took, right above.
          const before = rows[r - 1];
          // (Not a lone 序号's number, under a header with 序号, when the row's own numbers follow the label: 2 / 行 / 政 /
          // 强 / 制 / 0 in table 二. Without 序号, plain pdftotext gives every row's numbers before its label: 24 / 行政处罚 / 8.)
          const loneSerial = match.label.table === 'table2' && !!ctx.serialColumn && before?.cells.length === 1 && SERIAL_NUMBER.test(before.cells[0].text);
          const serial = loneSerial && valuesRight(rows[r + 1], row);
          // (Not numbers that came right after words nothing took, nor in a table read label first so far: those are
          // an unread label's, whose numbers follow it as this label's do — taking them would shift every row after by one.)
          const afterUnread = (r >= 2 && rows[r - 2] === unreadText) || labelsFirst(ctx, match.label.table);
          // (…or its sub-table's one column named between them, the row's count right after: a printout's plain pdftotext
          // gives the header's cells column by column — 序号 信息内容 / 1 / 行政许可 / 本年处理决定数量 / 101, a blank line
          // between its blocks.)
          const named = loneSerial && !serial ? countUnderName(rows, r, match.label) : undefined;
          // (The lone number right under the 序号 header, no other row's: the sub-table's first.)
          const underHeader = r >= 2 && rows[r - 2].style === 'text' && /^序号(?: |$)/.test(rows[r - 2].cells[0]?.text.trim() ?? '');
          if (named && unclaimed === before && before.lastLine >= row.firstLine - 2 && underHeader) {
            addRow(ctx, match.label, match.exact, cells[leaf], named.cells, named, row.firstLine);
            recordHeaders(fragmentFor(ctx, 'table2', rows[r + 1]), rows[r + 1].cells, match.label.sub);
            unclaimed = undefined;
            pending = undefined;
            r += 2;
            continue;
          }
          // (With no numbers after the label, a lone 序号's number may still be the row's 序号 and its cell blank — Word's
          // text: 1 / 行政许可 / (blank) / 第二十条第（六）项 — or the row's count: the row is unsure, not read.)
          if (unclaimed && unclaimed === before && before.lastLine === row.firstLine - 1 && loneSerial && !serial && !afterUnread) {
            addRow(ctx, match.label, match.exact, cells[leaf], [], spreadWith(row, { uncertain: true }), row.firstLine);
            unclaimed = undefined;
            pending = undefined;
            continue;
          }
          if (unclaimed && unclaimed === before && before.lastLine === row.firstLine - 1 && !serial && !afterUnread) {
            noteOrder(ctx, match.label.table, false);
            addRow(ctx, match.label, match.exact, cells[leaf], before.cells, before, before.firstLine);
            f4LastLine(ctx, row);
            unclaimed = undefined;
            pending = undefined;
            continue;
          }
          pending = { label: match.label, exact: match.exact, cell: cells[leaf], row, ...(serial ? { serial: Number(before.cells[0].text) } : {}) };
          // … or its first numbers only, opening a page before its label (\f9 / 政府集中采购 / 0.00): a page
          // break split the row (the count then decides: a row not filled exactly is not read). With no
          // numbers after the label (\f0 / 行政许可 / 第二十条第（六）项), they are all the row's.
          if (unclaimed && unclaimed === before && before.opensPage && before.scrambled) {
            const next = rows[r + 1];
            if (next && next.style !== 'prose' && next.cells.every((c) => c.text === '' || looksLikeValue(c.text))) pending.first = before.cells;
            else {
              addRow(ctx, match.label, match.exact, cells[leaf], before.cells, before, before.firstLine);
              f4LastLine(ctx, row);
              pending = undefined;
            }
            unclaimed = undefined;
          }
          continue;
        }
        addRow(ctx, match.label, match.exact, cells[leaf], after, parentCutAbove(cells[leaf], match.exact, row, rows[r + 1]) ? spreadWith(row, { uncertain: true }) : row, row.firstLine);
        pending = undefined;
        continue;
      }
    }

    // Header rows: column labels and header words.
    const ht = headerTable(cells);
    if (ht) {
      const f = fragmentFor(ctx, ht, row);
      // PDF text: a column label wrapped around the header line (上一年项目数 / 信息内容 … / 量).
      const around = row.style === 'spaced' ? headerAround(rows[r - 1], row, rows[r + 1]) : undefined;
      // … or a label of the header line wrapped onto the next line (上一年项目数 … / 量).
      const below = !around && row.style === 'spaced' ? headerBelow(row, rows[r + 1]) : undefined;
      recordHeaders(f, around ? [...cells, around] : below ?? cells, ht === 'table2' ? ctx.sub : undefined);
      if (ht === 'table4') {
        noteTable4Groups(ctx, cells, true);
        noteTable4Leaves(ctx, cells);
      }
      pending = undefined;
      if (around || below) r++;
      continue;
    }
    // Plain pdftotext output puts each header cell of table 二 on a line of its own (本年制发件数 / 本年度废止件数).
    if (row.style === 'text' && nonEmptyCount === 1 && ctx.current?.table === 'table2' && namesTable2Column(cells[0].norm)) {
      recordHeaders(ctx.current, cells, ctx.sub);
      pending = undefined;
      continue;
    }
    // …or one space apart after the header's first cell (pdfplumber: 信息内容 本年制发件数 本年度废止件数 现行有效件数).
    const spaced = row.style === 'text' && nonEmptyCount === 1 && ctx.current?.table === 'table2' ? spacedColumnLabels(cells[0]) : undefined;
    if (spaced) {
      recordHeaders(ctx.current!, spaced, ctx.sub);
      pending = undefined;
      continue;
    }
    // …or several on one baseline glued together (pdf-parse: 本年增/减处理决定数量).
    const glued = row.style === 'text' && nonEmptyCount === 1 && ctx.current?.table === 'table2' ? gluedColumnLabels(cells[0]) : undefined;
    if (glued) {
      recordHeaders(ctx.current!, glued, ctx.sub);
      pending = undefined;
      continue;
    }
    if (row.style === 'text' && nonEmptyCount === 1 && fitsGroupHeading(cells[0].norm) && noteTable4Groups(ctx, cells, false)) {
      pending = undefined;
      continue;
    }

    const valuesOnly = cells.every((c) => c.text === '' || looksLikeValue(c.text));
    // PDF text: a label wrapped around its numbers (其他对外管理服务 / 3 0 2 / 事项).
    const around = valuesOnly && !pending && (row.style === 'spaced' || row.style === 'text') ? wrappedAround(rows[r - 1], row, rows[r + 1], preferTable, rows[r - 2]) : undefined;
    if (around) {
      // A number left of where the wrapped label starts is a 序号 column's (2 / 行政规范性文 … 件), no value.
      const values = cells.filter((c) => c.span.end > around.cell.span.start || c.text === '');
      // (In text of one space between words — pdfplumber — the 序号 stands one space before the value: `1 0.00` under a
      // header with 序号 is 1 and 0.00 or 10.00 spread apart; which, nothing says: the row is not read.)
      // (A 序号 already apart, left of the label, leaves none to spread: `2 其他对外管理服务 … 5 0` is 50.)
      const serialApart = cells.some((c) => c.text !== '' && !values.includes(c));
      const serialSpread = around.label.table === 'table2' && !!ctx.serialColumn && !serialApart && cells.some((c) => SERIAL_SPREAD.test(c.text));
      const own = around.label.table === 'table3' ? withoutSerialBeforeCounts(values.length ? values : cells) : undefined;
      addRow(ctx, around.label, around.exact, around.cell, own?.values ?? (values.length ? values : cells), serialSpread || own?.unsure ? spreadWith(row, { uncertain: true }) : row, around.cell.span.line);
      // The label's second line came after the numbers: it is used.
      if (around.cell.span.line === rows[r - 1].firstLine) r++;
      continue;
    }
    // A row's numbers glued into one run with a minus sign inside (pdf-parse: 0-30): its values, cut or left by glued.ts.
    if (pending && nonEmptyCount === 1 && GLUED_SIGNED.test(cells.find((c) => c.text !== '')!.text.trim())) {
      addRow(ctx, pending.label, pending.exact, pending.cell, cells, row, pending.row.firstLine);
      pending = undefined;
      continue;
    }
    if (valuesOnly && pending) {
      noteOrder(ctx, pending.label.table, true);
      // The next row's 序号 after a table 二 row's numbers, right before its label (./serial-table2.ts).
      const nextLabel = rows[r + 1]?.style === 'text' && !!rows[r + 1].cells[0]?.norm && dataLabel(rows[r + 1].cells[0].norm, 'table2')?.label.table === 'table2';
      const own = withoutNextTable2Serial(cells, pending.label, pending.serial, nextLabel);
      addRow(ctx, pending.label, pending.exact, pending.cell, pending.first ? [...pending.first, ...own.values] : own.values, own.unsure ? spreadWith(row, { uncertain: true }) : row, pending.row.firstLine);
      pending = undefined;
      continue;
    }
    if (valuesOnly && ctx.t4 && row.style !== 'text' && addGroupRows(ctx, cells, row)) continue;
    // (In plain pdftotext, numbers that came inside table 三 apart from their wrapped labels are its rows' run, not
    // table 四 met without its header: that takes exactly fifteen.)
    const table3Run = ctx.current?.table === 'table3' && !!row.scrambled && nonEmptyCount !== TABLE4_WIDTH;
    if (valuesOnly && (ctx.current?.table === 'table4' || (nonEmptyCount >= 10 && !table3Run)) && row.style !== 'text') {
      ctx.t4 = undefined;
      const f = fragmentFor(ctx, 'table4', row);
      // A lone count met before (a page number PyMuPDF leaves among the header's pieces) is no data row
      // when a row of all fifteen follows: the table has one.
      if (f.bareValues && loneCount(f.bareValues) && nonEmptyCount >= TABLE4_WIDTH) {
        f.bareValues = undefined;
        f.bareUncertain = undefined;
        f.bareUnplaced = undefined;
      }
      if (!f.bareValues) {
        // More fields than the table has columns (pandoc's grid of a merged header adds an empty column):
        // with exactly fifteen numbers the empty fields are spacers; otherwise where each number goes is unsure.
        const wide = cells.length > TABLE4_WIDTH && cells.some((c) => c.text === '');
        // Fifteen header fields naming columns, at the positions of this row's fields: each value is under its column.
        const leaves = ctx.t4Leaves && ctx.t4Leaves.size === TABLE4_WIDTH && ctx.t4HeaderWidth === cells.length
          ? [...ctx.t4Leaves].sort((a, b) => a - b) : undefined;
        const placed = wide && leaves && cells.every((c, k) => c.text === '' || ctx.t4Leaves!.has(k)) ? leaves.map((k) => cells[k]) : undefined;
        f.bareValues = placed ?? (wide && nonEmptyCount === TABLE4_WIDTH ? cells.filter((c) => c.text !== '') : cells);
        f.bareLine = row.firstLine;
        if (row.uncertain || (wide && !placed && nonEmptyCount !== TABLE4_WIDTH)) f.bareUncertain = true;
        if (row.unplacedBlanks) f.bareUnplaced = true;
        if (row.ordered) f.bareOrdered = true;
        if (row.blockOrder) f.bareBlockOrder = true;
        if (row.provenGroups) f.bareProvenGroups = row.provenGroups;
      }
      ctx.t4Leaves = undefined;
      ctx.t4HeaderWidth = undefined;
      continue;
    }

    // A label typed slightly wrong: only for short, label-like first cells followed by numbers.
    if (!match && row.style !== 'text') {
      const labelIdx = lastLabelCell(cells);
      if (labelIdx >= 0) {
        const labelCell = joinWrapped(cells[labelIdx], rows[r - 1], rows[r + 1]);
        const near = labelCell.exact ?? fuzzyRow(labelCell.cell.norm, preferTable ? [preferTable] : ['table2', 'table3', 'table4']);
        if (near) {
          const exact = 'exact' in near ? !!near.exact : false;
          const cut = !exact && parentCutAbove(labelCell.cell, false, row, rows[r + 1]);
          const own = near.label.table === 'table3' ? withoutSerialBeforeCounts(cells.slice(labelIdx + 1)) : undefined;
          addRow(ctx, near.label, exact, labelCell.cell, own?.values ?? cells.slice(labelIdx + 1), cut || own?.unsure ? spreadWith(row, { uncertain: true }) : row, row.firstLine);
          pending = undefined;
          continue;
        }
      }
    }
    if (valuesOnly) unclaimed = row;
    if (row.style === 'text' && !isParentLabel(row.cells[0].norm)) {
      pending = undefined;
      if (!valuesOnly) unreadText = row;
    }
  }
  return ctx.fragments;
}

/** The fragment reaches down to the label line that came after its numbers. */
function f4LastLine(ctx: Context, row: LogicalRow): void {
  if (ctx.current) ctx.current.lastLine = Math.max(ctx.current.lastLine, row.lastLine);
}

function addRow(ctx: Context, label: RowLabel, exact: boolean, labelCell: TextCell, values: TextCell[], row: LogicalRow, firstLine: number): void {
  const f = fragmentFor(ctx, label.table, row);
  if (label.table === 'table2') ctx.sub = label.sub;
  // A table 三 label whose leaf numbering a count follows (`（五）不予处理 3. 1` / `要求提供公开出版物`: a distributed
  // label's first line with the row's first number beside it) may have taken that count: where its numbers start is not
  // sure unless they hold the row's total (then it was the row's 序号: `2.14 没有现成信息…`).
  const tookCount = label.table === 'table3' && /[0-9][.．]\s*[0-9]/.test(labelCell.text) && !holdsTotal(values);
  // …and one whose words a count follows after a space (a printout's wrapped label with the row's first number beside
  // its first line: `（三）不予公开 2.其他 1` / `法律行政法规禁止公开`, `四、结转下年度继续办 0` / `理`): that count is the
  // row's first cell, not the label's; where the row's numbers start nothing but its total proves.
  const countAfterWords = label.table === 'table3' && COUNT_AFTER_WORDS.test(labelCell.text) && !holdsTotal(values);
  // …and one with a cell of two counts one space apart, not a digit each (`273 0`: the row's first two cells on one
  // line, 273 and 0, not 2730): which cells they are, only the row's total proves.
  const joinedCounts = label.table === 'table3' && values.some((v) => TWO_COUNTS.test(v.text)) && !holdsTotal(values);
  const doubt = tookCount || countAfterWords || joinedCounts;
  f.rows.push(makeRow(label, exact, labelCell, values, doubt ? spreadWith(row, { uncertain: true }) : row, firstLine));
}

/** A label's words (two characters at least: not a label spread a character apart, 公 开 0), then a space and a count at its end. */
const COUNT_AFTER_WORDS = /[\u4e00-\u9fff]{2}\s+[0-9]+$/;
/** Digit runs one space apart, one of them longer than a digit (digits spread one apart are one number: 1 2 3). */
const TWO_COUNTS = /^(?=.*[0-9]{2})[0-9]+(?:\s[0-9]+)+$/;

/** Whether these are a table 三 row's seven counts, the last the sum of the six before it. */
function holdsTotal(values: readonly TextCell[]): boolean {
  const v = values.map((c) => (/^[0-9]+$/.test(c.text) ? Number(c.text) : NaN));
  return v.length === 7 && v.slice(0, 6).reduce((a, b) => a + b, 0) === v[6];
}

/**
 * Notes the table 四 groups that cells name. Header rows add to what the rows above named (the
 * standard header names 行政复议 and 行政诉讼 on one row, the two litigation groups on the next); a
 * heading replaces it. Returns whether any group was named.
 */
function noteTable4Groups(ctx: Context, cells: TextCell[], header: boolean): boolean {
  let named: RowLabel[] = [];
  let cell: TextCell | undefined;
  for (const c of cells) {
    const groups = c.norm ? table4GroupsNamed(c.norm) : undefined;
    if (groups) { cell ??= c; named = [...named, ...groups.filter((g) => !named.includes(g))]; }
  }
  if (!cell) return false;
  if (header && ctx.t4) {
    ctx.t4.groups = [...ctx.t4.groups, ...named.filter((g) => !ctx.t4!.groups.includes(g))];
  } else {
    ctx.t4 = { groups: named, cell };
  }
  return true;
}

/**
 * A row's label read loosely (（六）其他 for 3.其他) that is only the start of a parent label, right above a row of
 * that parent's leaf without numbers (（六）其他 2 … 2 / 处理 2.申请…: the cells 其他处理 and 2.申请人… wrapped, the
 * numbers beside their first line): the numbers are that leaf's, not the row the loose label names. Not sure: unread.
 */
function parentCutAbove(label: TextCell, exact: boolean, row: LogicalRow, next: LogicalRow | undefined): boolean {
  if (exact || row.style !== 'spaced' || !next || next.firstLine !== row.lastLine + 1) return false;
  const [leaf, ...values] = next.cells;
  if (!leaf?.norm || values.some((c) => c.text !== '')) return false;
  const start = normalizeLabel(label.text);
  const keys = lookupDataRow(leaf.norm)?.filter((h) => h.table === 'table3').map((h) => h.key) ?? [];
  return FORMAT_2021.table3Rows.some((d) => {
    const parent = d.path.length > 1 ? normalizeLabel(d.path[d.path.length - 2]) : '';
    return keys.includes(d.key) && parent.length > start.length && parent.startsWith(start);
  });
}

/** Where in its line a header cell has one of the groups' names (or their parent's) as a word, undefined if it has none. */
function namesAt(cell: TextCell, groups: readonly RowLabel[]): number | undefined {
  const names = FORMAT_2021.table4Groups.filter((g) => groups.some((r) => r.key === g.key)).flatMap((g) => [g.label, g.parent ?? '']).filter((x) => x);
  const words = [...cell.text.matchAll(/\S+/g)];
  const at = words.filter((w) => names.includes(w[0])).map((w) => w.index!);
  return at.length ? cell.span.start + Math.min(...at) : undefined;
}

/** Notes where a table 四 header row names columns (结果维持 … 总计), by field position. */
function noteTable4Leaves(ctx: Context, cells: TextCell[]): void {
  ctx.t4Leaves ??= new Set();
  ctx.t4HeaderWidth = Math.max(ctx.t4HeaderWidth ?? 0, cells.length);
  cells.forEach((c, k) => { if (c.norm && lookupColumn(c.norm)?.some((x) => x.table === 'table4')) ctx.t4Leaves!.add(k); });
}

/**
 * A row of numbers under headings naming fewer than all table 四 groups: five numbers per group, in
 * the order named. Returns false (the row is read as the whole table's) when the names cover every
 * group or the row has more fields than the named groups have columns.
 */
function addGroupRows(ctx: Context, cells: TextCell[], row: LogicalRow): boolean {
  const t4 = ctx.t4!;
  ctx.t4 = undefined;
  const width = GROUP_COLUMNS;
  // An empty field or two past the named groups' columns are no cells of theirs (Word's text: the blank line after
  // a table); a whole group's worth of them are that group's blank cells (the table was not cut by group).
  let n = cells.length;
  while (n > width * t4.groups.length && cells[n - 1].text === '') n--;
  if (n < cells.length && cells.length - n < width) cells = cells.slice(0, n);
  if (t4.groups.length >= TABLE4_GROUP_COUNT || cells.length > width * t4.groups.length) return false;
  // Laid out by position (pdftotext -layout), numbers that begin well left of the cell naming the groups stand under
  // other columns (a printout's 行政复议 five under its own header, 未经复议直接起诉 复议后起诉 further right over ten
  // columns one character each): which group each run is, nothing says, so the named groups' rows are unread.
  // (Only litigation groups: nothing stands left of 行政复议's columns. And only a name standing as a word of its own,
  // not inside a column's label such as 行政复议总计 over the last column.)
  const litigationOnly = !t4.groups.some((g) => g.key === FORMAT_2021.table4Groups[0].key);
  const named = litigationOnly && row.style === 'spaced' && t4.cell.span.line < row.firstLine ? namesAt(t4.cell, t4.groups) : undefined;
  const leftOfNames = named !== undefined && cells.length > 0 && cells[0].span.end + GROUP_COLUMNS < named;
  t4.groups.forEach((g, i) => {
    const values = cells.slice(i * width, (i + 1) * width);
    if (i === 0 || values.length) addRow(ctx, g, true, t4.cell, values, leftOfNames ? spreadWith(row, { uncertain: true }) : row, row.firstLine);
  });
  return true;
}

/** Index of the last non-value cell with Chinese text, when every cell after it is a value. */
function lastLabelCell(cells: TextCell[]): number {
  for (let i = cells.length - 1; i >= 0; i--) {
    const c = cells[i];
    if (c.text === '' || looksLikeValue(c.text)) continue;
    if (!hasCjk(c.text) || [...c.norm].length > 60) return -1;
    return cells.slice(i + 1).some((x) => x.text !== '') ? i : -1;
  }
  return -1;
}

/** The text lines right before and after a header line, joined, name a column. */
function headerAround(before: LogicalRow | undefined, row: LogicalRow, after: LogicalRow | undefined): TextCell | undefined {
  if (before?.style !== 'text' || after?.style !== 'text' || before.lastLine !== row.firstLine - 1 || after.firstLine !== row.lastLine + 1) return undefined;
  const text = before.cells[0].text + after.cells[0].text;
  const norm = normalizeLabel(text);
  return lookupColumn(norm) ? { text, norm, span: before.cells[0].span } : undefined;
}

/**
 * The header line's cells with a label completed by the one piece on the next line (上一年项目数 / 量):
 * the cell is no column label by itself, the piece lies under it, and together they spell one.
 */
function headerBelow(row: LogicalRow, after: LogicalRow | undefined): TextCell[] | undefined {
  if (after?.style !== 'text' || after.firstLine !== row.lastLine + 1 || after.cells.length !== 1) return undefined;
  const piece = after.cells[0];
  for (const [i, c] of row.cells.entries()) {
    if (!c.norm || lookupColumn(c.norm) || piece.span.end <= c.span.start || piece.span.start >= c.span.end) continue;
    const text = c.text + piece.text;
    const norm = normalizeLabel(text);
    if (lookupColumn(norm)) return row.cells.map((x, j) => (j === i ? { ...c, text, norm } : x));
  }
  return undefined;
}

/** The text lines right before and after a row of numbers, joined, name a data row. */
function wrappedAround(
  before: LogicalRow | undefined, row: LogicalRow, after: LogicalRow | undefined, preferTable: TableId | undefined, twoBefore?: LogicalRow,
): { label: RowLabel; exact: boolean; cell: TextCell } | undefined {
  // Plain pdftotext output: the label's two lines, then its numbers (其他对外管理服务 / 事项 / 3 / 0 / 2).
  if (twoBefore?.style === 'text' && before?.style === 'text' && twoBefore.lastLine === before.firstLine - 1) {
    const joined = twoBefore.cells[0].text + before.cells[0].text;
    const m = dataLabel(normalizeLabel(joined), preferTable);
    if (m) return { ...m, cell: { text: joined, norm: normalizeLabel(joined), span: twoBefore.cells[0].span } };
  }
  if (before?.style !== 'text' || after?.style !== 'text' || before.lastLine !== row.firstLine - 1 || after.firstLine !== row.lastLine + 1) return undefined;
  const text = before.cells[0].text + after.cells[0].text;
  const m = dataLabel(normalizeLabel(text), preferTable);
  return m ? { ...m, cell: { text, norm: normalizeLabel(text), span: before.cells[0].span } } : undefined;
}

/** PDF text wraps long labels onto the line before or after; try the label joined with them. */
function joinWrapped(
  c: TextCell, before: LogicalRow | undefined, after: LogicalRow | undefined,
): { cell: TextCell; exact?: { label: RowLabel; exact: true } } {
  const tries: TextCell[] = [];
  if (after?.style === 'text' && after.firstLine === c.span.line + 1) tries.push({ ...c, text: c.text + after.cells[0].text, norm: normalizeLabel(c.text + after.cells[0].text) });
  if (before?.style === 'text' && before.lastLine === c.span.line - 1) tries.push({ ...c, text: before.cells[0].text + c.text, norm: normalizeLabel(before.cells[0].text + c.text) });
  for (const t of tries) {
    const m = dataLabel(t.norm);
    if (m) return { cell: c, exact: { label: m.label, exact: true } };
  }
  return { cell: c };
}

/** One count alone (a page number's shape: up to three digits) where a table 四 data row was looked for. */
function loneCount(cells: TextCell[]): boolean {
  const filled = cells.filter((c) => c.text !== '');
  return filled.length === 1 && /^[0-9]{1,3}$/.test(filled[0].text.trim());
}
