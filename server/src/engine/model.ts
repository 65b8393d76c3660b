/** The report model: what the parser found, with every element keeping its source range. */
import type { FormatId, TableId, ColumnDef } from './format';
import type { CellValue } from './text/normalize';
import type { SectionHeading } from './structure/headings';
import type { Claim } from './narrative/claims';
import type { StatedSum } from './narrative/sums';

/** A range on one line: UTF-16 offsets, as LSP counts them. Lines are absolute, 0-based. */
export interface Span { line: number; start: number; end: number }

export interface TextCell {
  text: string; norm: string; span: Span;
  /** PDF text: the digits as written, spread by character spacing (`1 2`), when read by position as one number. */
  spread?: string;
  /** `spread` is a number written with a space between its thousands (`1 137`), joined because the row's total then holds. */
  thousands?: true;
  /** Joined from the lines of one cell drawn with borders (pandoc's grid tables): its pieces are all its own. */
  bordered?: true;
}

export type TableStyle = 'pipe' | 'tab' | 'cells' | 'spaced';

export interface FoundRow {
  table: TableId;
  key: string;
  /** Table 二 sub-table key. */
  sub?: string;
  label: TextCell;
  /** The official label this row was matched to. */
  official: string;
  /** Formats in which the label as written is official (empty when matched only approximately). */
  /** Shared with the label tables: read only. */
  exactIn: readonly FormatId[];
  /** Value cells in source order, before they are assigned to columns. */
  values: TextCell[];
  firstLine: number;
  lastLine: number;
  style: TableStyle;
  /** Values from PDF text whose columns could not be decided: none of them is placed (see tables/grid.ts). */
  uncertain?: boolean;
  /** Values from plain pdftotext output, whose order page breaks may scramble: placed only when they fill the row exactly. */
  scrambled?: boolean;
  /** Fewer values than columns are blank cells whose places the text does not keep (see tables/rows.ts). */
  unplacedBlanks?: boolean;
  /** Plain pdftotext output: the column of the row's one blank cell, which its values (one short) leave out, as the table's sums decide it (structure/blank-cell.ts). */
  blankAt?: number;
  /** Plain pdftotext output: the row is one number short for a blank cell whose column the table's sums do not decide. */
  oneBlank?: boolean;
  /** Plain pdftotext output: a repeated header's pieces came among the row's numbers (tables/pdfraw.ts). */
  headerAmid?: boolean;
}

export interface HeaderCell extends TextCell {
  table: TableId;
  sub?: string;
  /** Column key when the cell names a column, exactly or approximately. */
  column?: string;
  official?: string;
  /** True when the label differs from the official text (and is not an accepted variant). */
  nonstandard?: boolean;
}

/** One table, or the part of it found in one block. Table 四 may also have a row of bare numbers. */
export interface TableFragment {
  /** Unique per parse, so an unchanged fragment can be recognised across versions. */
  id: number;
  table: TableId;
  firstLine: number;
  lastLine: number;
  style: TableStyle;
  rows: FoundRow[];
  headers: HeaderCell[];
  /** Table 二 sub-table titles found (第二十条第（一）项 …). */
  subTitles: { sub: string; cell: TextCell; official: string }[];
  /** The table came under a converter's stand-in header (`| 列1 | 列2 |`): its own header was lost. */
  placeholderHeader?: boolean;
  /** Table 四's row of numbers without a label. */
  bareValues?: TextCell[];
  bareLine?: number;
  /** The bare values came from PDF text and their columns could not be decided. */
  bareUncertain?: boolean;
  /** The bare values are fewer than the columns by blank cells whose places the text does not keep. */
  bareUnplaced?: boolean;
  /** The bare values are in order by their own sums (a browser's printout, tables/printed.ts), whatever table 三's order. */
  bareOrdered?: boolean;
  /** The bare values' litigation part came in an order the text does not prove (tables/pdfraw.ts, blockOrder). */
  bareBlockOrder?: boolean;
  /** Only these groups' bare values are placed by proof (tables/raw-table4-stream.ts, provenGroups); the others are unread. */
  bareProvenGroups?: number[];
  /** Rows came from plain pdftotext output, in an order page breaks may have scrambled. */
  scrambled?: boolean;
}

export interface SubHeadingModel { level: number; text: string; span: Span }

export interface ProseFacts {
  /** Lines of prose (not headings, not table rows) with any text. */
  contentLines: number;
  /** Content consists only of 无 / 暂无 … */
  onlyEmptyMarker: boolean;
  /** Which watched phrases occur in the prose. */
  mentions: Set<string>;
  /** Spans of the prose lines, for rules that point into the text. */
  firstContentLine?: number;
}

export interface SectionModel {
  /** Names the blocks it was built from, for reading (reuse compares the blocks themselves). */
  key: string;
  ordinal: string;
  heading: SectionHeading;
  headingSpan: Span;
  startLine: number;
  /** Last line of the section (inclusive). */
  endLine: number;
  subHeadings: SubHeadingModel[];
  prose: ProseFacts;
  /** Numbers the prose states about the tables, and stated totals with their parts. */
  claims: Claim[];
  sums: StatedSum[];
  /** Years named in the prose, with how often (for year-mismatch). */
  years: Map<number, number>;
}

export interface ResolvedCell {
  column: ColumnDef;
  /** undefined when the row has no cell for this column at all. */
  cell?: TextCell;
  value: CellValue;
  span: Span;
}

export interface ResolvedRow {
  key: string;
  row: FoundRow;
  cells: ResolvedCell[];
  /** Numbers beyond the table's columns. */
  extra: TextCell[];
  /** Fewer value cells than columns, none of them blank: a column is really missing. */
  short: boolean;
  /** The row's values could not be placed in their columns reliably: its cells are left blank and unchecked. */
  uncertain?: boolean;
  /** Of an uncertain row, how many of its cells the text shows blank without saying which (see tables/rows.ts). */
  blanksUnplaced?: number;
}

export interface SubTableModel {
  key: string;
  title?: TextCell;
  headers: HeaderCell[];
  rows: Map<string, ResolvedRow>;
  firstLine: number;
}

export interface Table2Model {
  subs: Map<string, SubTableModel>; firstLine: number; lastLine: number; style: TableStyle;
  /** PDF text whose tables come column by column (pdfminer): no row or column of it is said missing. */
  unreliable?: boolean;
}
export interface Table3Model {
  rows: Map<string, ResolvedRow>;
  headers: HeaderCell[];
  /** A part of the table came under a converter's stand-in header: a missing header is no finding. */
  placeholderHeader: boolean;
  firstLine: number;
  lastLine: number;
  style: TableStyle;
  /** Read from plain pdftotext output with rows that could not be read: absent rows and columns are not reported. */
  unreliable?: boolean;
  /** Its numbers did not come row by row (pdfminer reads tables column by column): table 四 is left unread, and table 二 says no row or column missing. */
  unordered?: boolean;
  /** Of an unreliable table, the absent rows that are absent all the same (see structure/stream-order.ts). */
  provenAbsent?: Set<string>;
  /**
   * Of a table not read whole (pdfminer's column runs), a sum that fails in every reading of its numbers
   * (tables/proven-sums.ts): a row's total (its numbers in any column order), or the 总计 column's balance.
   */
  provenBroken?: { rowTotal?: { key: string; numbers: number[] }; totalBalance?: number[] };
}
export interface Table4Model {
  /** group key → resolved cells (5 each). */
  groups: Map<string, ResolvedRow>;
  headers: HeaderCell[];
  firstLine: number;
  lastLine: number;
  style: TableStyle;
  /** Present when the data row is shorter than 15 values with no blanks. */
  short?: { have: number; line: number };
  /** PDF text whose numbers came glued into runs (the npm pdf-parse, see structure/glued.ts): a run is not one count. */
  glued?: boolean;
  /**
   * The groups left unread because the text gives their numbers, exactly theirs, in an order it does not prove (plain
   * pdftotext of a header in blocks, tables/pdfraw.ts): their keys and their numbers as the text gives them. Their sums
   * can still be judged where no order of those numbers makes every group hold (rules/arithmetic.ts).
   */
  unordered?: { groups: string[]; values: TextCell[] };
}

export interface TitleModel {
  text: string;
  norm: string;
  span: Span;
  year?: number;
  /** Stray fragments of a wrapped title such as a lone 告 line. */
  fragments: Span[];
}

export interface ReportModel {
  lineCount: number;
  title?: TitleModel;
  year?: number;
  /** Which table generation the report uses, from fingerprints; null when no table was found. */
  format: FormatId | null;
  /** Why the format was judged 2019: the cell that shows it. */
  formatEvidence?: TextCell;
  sections: SectionModel[];
  table2?: Table2Model;
  table3?: Table3Model;
  table4?: Table4Model;
  /** All table fragments in document order (for outline and folding). */
  fragments: TableFragment[];
  /** Whether the text looks like an annual report at all. */
  looksLikeReport: boolean;
  /** Identity of the table fragments the tables were built from (same key → same table objects). */
  tablesKey: string;
  /** Identity of the blocks before section 一 (same key → same title). */
  preambleKey: string;
}
