/**
 * A part's title as its table's merged title row below the table's header rows: pandoc puts the rows Word repeats
 * on each page (the header) first, so the title row comes second (`| 行政复议 | … |` / `|---|` / `| 结果维持 | … |` /
 * `| 四、政府信息公开行政复议、行政诉讼情况 |  | … |`, or the same in its HTML and grid tables). The part then starts
 * at the table's first line, so that its header goes with it, not with the part before.
 */
import { LineKind, type LineToken } from '../text/lines';
import { htmlTableRowsAt, startsHtmlTable } from '../tables/html';
import { gridTableRowsAt } from '../tables/grid-table';
import type { LogicalRow } from '../tables/rows';
import { detectSectionHeading, type SectionHeading } from './headings';

/** How many lines a table's header and title rows may take (pandoc's HTML writes a tag or two per line). */
const HEADER_LINES = 160;
/** A count, an amount: the table's rows of data have begun (a header and a title row hold no digit). */
const DIGIT = /[0-9０-９]/;
const GRID_BORDER = /^\+(?:[-=:]+\+)+\s*$/;
/** A pandoc simple or multiline table's top border: one run of dashes over the table. */
const SIMPLE_BORDER = /^ *-{3,} *$/;
/** Its rule under the header: a run of dashes per column. */
const SIMPLE_RULE = /^ *-{3,}(?: +-{3,})+ *$/;
/** Its rows, indented (pandoc's plain and Markdown writers indent a simple table's lines by two). */
const SIMPLE_ROW = /^ {2,}\S/;

export interface TableTitle {
  info: SectionHeading;
  /** The title row's line. */
  line: number;
}

/** The part's heading a merged row holds: its filled cells all the same part's title. */
function titleOf(row: LogicalRow): SectionHeading | undefined {
  const filled = row.cells.map((c) => c.text.trim()).filter(Boolean);
  if (!filled.length || filled.some((t) => t !== filled[0])) return undefined;
  return detectSectionHeading(filled[0]);
}

/** The first title row among a table's leading rows, before any row of data; `from`: the first row it may be. */
function titleAmong(rows: LogicalRow[], from: number): TableTitle | undefined {
  for (let k = 0; k < rows.length; k++) {
    if (rows[k].cells.some((c) => DIGIT.test(c.text))) return undefined;
    const info = k >= from ? titleOf(rows[k]) : undefined;
    if (info) return { info, line: rows[k].cells.find((c) => c.text.trim())!.span.line };
  }
  return undefined;
}

/**
 * The part whose title row stands below the header rows of the table starting on line i (an HTML table, a grid
 * table's top border or a pipe table's first row), or undefined. A title row that is the table's first row is
 * left to the readers that already take it (lines.ts htmlTitleRow, headings.ts gridTableHeading), except in an
 * HTML table written over several lines, which they do not see.
 */
export function titleBelowHeader(lines: readonly string[], lex: readonly LineToken[], i: number): TableTitle | undefined {
  const line = lines[i];
  const c = line.charCodeAt(0);
  const to = Math.min(lines.length, i + HEADER_LINES);
  if (c === 60) {
    if (lex[i].kind === LineKind.Section || !startsHtmlTable(line)) return undefined;
    const html = htmlTableRowsAt(lines, i, lines.length);
    return html ? titleAmong(html.rows, 0) : undefined;
  }
  if (c === 43) {
    // A grid table's top border (one inside the table follows a row's line).
    if (!GRID_BORDER.test(line) || (i > 0 && lines[i - 1].charCodeAt(0) === 124)) return undefined;
    const grid = gridTableRowsAt(lines, i, lines.length);
    return grid ? titleAmong(grid.rows, 1) : undefined;
  }
  if (c === 32 || c === 45) return simpleTableTitle(lines, lex, i, to);
  if (c === 124) {
    // A pipe table's first row: its title row is lexed as a Section (lines.ts mergedTitle) after header rows.
    const prev = i > 0 ? lex[i - 1].kind : LineKind.Blank;
    if (lex[i].kind !== LineKind.Pipe || prev === LineKind.Pipe || prev === LineKind.PipeDelimiter || prev === LineKind.Section) return undefined;
    // (Header rows with words: pandoc's empty header row over a title row is no header, the title row starts the part.)
    let words = false;
    for (let j = i; j < to; j++) {
      const tok = lex[j];
      if (tok.kind === LineKind.Section) return words && lines[j].charCodeAt(0) === 124 ? { info: tok.section!, line: j } : undefined;
      if (tok.kind === LineKind.PipeDelimiter) continue;
      if (tok.kind !== LineKind.Pipe || tok.cells!.some((x) => DIGIT.test(x.text))) return undefined;
      words ||= tok.cells!.some((x) => x.text.trim() !== '');
    }
  }
  return undefined;
}

/**
 * The same in pandoc's simple or multiline table (its Markdown and plain text): from the top border, header rows of
 * words and the rule of dashes per column, then the title row, indented as the table's rows are and lexed as the
 * part's heading. Only indented lines, rules and blank lines between: a paragraph or a number ends the search.
 */
function simpleTableTitle(lines: readonly string[], lex: readonly LineToken[], i: number, to: number): TableTitle | undefined {
  if (!SIMPLE_BORDER.test(lines[i]) || (i > 0 && lines[i - 1].trim() !== '')) return undefined;
  let rule = false;
  let words = false;
  for (let j = i + 1; j < to; j++) {
    const line = lines[j];
    if (lex[j].kind === LineKind.Section) return rule && words && SIMPLE_ROW.test(line) ? { info: lex[j].section!, line: j } : undefined;
    if (!line.trim()) continue;
    if (SIMPLE_RULE.test(line)) { rule = true; continue; }
    if (SIMPLE_BORDER.test(line) || !SIMPLE_ROW.test(line) || DIGIT.test(line)) return undefined;
    words = true;
  }
  return undefined;
}
