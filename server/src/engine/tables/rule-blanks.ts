/**
 * pandoc's simple tables (its Markdown and plain text of a Word table) draw a rule of dashes, one run per column,
 * and lay each row out by display width (a Chinese character two columns): a blank cell leaves only spaces, its
 * place kept by the rule's run above it. A row's values placed under the runs give such a blank cell back.
 */
import { displayWidth } from '../text/width';
import type { TextCell } from '../model';
import { isNumber } from './repeated-cells';

export interface RuleRun { start: number; end: number }

/** A rule of three or more runs of dashes (display columns are character offsets: the line is ASCII). */
const RULE = /^ *-{3,}(?: +-{3,}){2,} *$/;

/** The runs of a pandoc rule line, or undefined when the line is none. */
export function ruleRuns(line: string): RuleRun[] | undefined {
  if (line.indexOf('---') < 0 || !RULE.test(line)) return undefined;
  return [...line.matchAll(/-{3,}/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** How far above a block its table's rule may stand (a table 三's rows, blank lines between them). */
const RULE_REACH = 200;
/** A rule of one run: a simple or multiline table's top or bottom border (a table's end, seen from below). */
const BORDER = /^ *-{3,} *$/;

/**
 * The rule of the pandoc table a block's rows belong to, when it stands above the block (blank lines part a
 * multiline table's rows into blocks): the nearest rule of runs above, with no border, sentence or long way between.
 */
export function ruleAbove(lines: readonly string[], from: number): RuleRun[] | undefined {
  for (let i = from - 1; i >= 0 && i >= from - RULE_REACH; i--) {
    const runs = ruleRuns(lines[i]);
    if (runs) return runs;
    if (BORDER.test(lines[i]) || lines[i].includes('。')) return undefined;
  }
  return undefined;
}

/**
 * The run each cell lies within, in order (undefined when a cell lies in none, or two in one — save two labels, a
 * parent and its leaf one space apart in one cell: `（三）不予公开 2.其他法律行政法规禁止公开`).
 */
function runsOf(cells: TextCell[], runs: readonly RuleRun[], line: string): number[] | undefined {
  const at: number[] = [];
  let width = 0;
  let offset = 0;
  for (const c of cells) {
    width += displayWidth(line.slice(offset, c.span.start));
    const start = width;
    width += displayWidth(line.slice(c.span.start, c.span.end));
    offset = c.span.end;
    const k = runs.findIndex((r) => r.start <= start && width <= r.end);
    const sameLabel = at.length && k === at[at.length - 1] && !isNumber(c) && !isNumber(cells[at.length - 1]);
    if (k < 0 || (at.length && k <= at[at.length - 1] && !sameLabel)) return undefined;
    at.push(k);
  }
  return at;
}

/**
 * The run of a row's first value when its values fill every run from there to the last, its labels before: where
 * the table's value columns start (the other runs hold labels, also of merged parent cells left blank).
 */
export function firstValueRun(cells: TextCell[], runs: readonly RuleRun[], line: string): number | undefined {
  const firstValue = firstValueAfterLabel(cells);
  if (firstValue < 1 || !cells.slice(firstValue).every(isNumber)) return undefined;
  const at = runsOf(cells, runs, line);
  if (!at || at[cells.length - 1] !== runs.length - 1 || cells.length - firstValue !== runs.length - at[firstValue]) return undefined;
  return at[firstValue];
}

/**
 * The row's cells with a blank cell for each run right of its first value that holds no cell (a blank 总计 at the
 * row's end, a blank cell between two values); the cells unchanged unless every cell lies within a run of its own, in
 * order, its labels first. (A run between the labels and the first value is left alone — a label column or a blank
 * first value, which the line does not tell — unless other rows of the table show where its values start, `values`:
 * from there on a run without a cell is a blank one.)
 */
export function withRuleBlanks(cells: TextCell[], runs: readonly RuleRun[], line: string, values?: number): TextCell[] {
  if (cells.length < 2 || cells.length >= runs.length) return cells;
  const at = runsOf(cells, runs, line);
  if (!at) return cells;
  const firstValue = firstValueAfterLabel(cells);
  if (firstValue < 1 || !cells.slice(firstValue).every(isNumber)) return cells;
  // Where the values start: this row's first value, or where the table's rows have theirs when its labels stand left of it.
  const from = values !== undefined && at[firstValue - 1] < values && values < at[firstValue] ? values : at[firstValue];
  // (Labels from a later run, the parent's left blank: where the other rows' values start, right after them, is sure.)
  const settled = values === at[firstValue] && at[firstValue] === at[firstValue - 1] + 1;
  if (at[0] !== 0 && from === at[firstValue] && !settled) return cells;
  const out: TextCell[] = cells.slice(0, firstValue);
  for (let j = firstValue, k = from; k < runs.length; k++) {
    if (j < cells.length && at[j] === k) out.push(cells[j++]);
    else out.push(blankAt(line, cells[0].span.line, runs[k].start));
  }
  return out;
}

/** A blank cell at a display column of the line, its span in UTF-16 offsets. */
function blankAt(line: string, lineNo: number, column: number): TextCell {
  let width = 0;
  let i = 0;
  while (i < line.length && width < column) width += displayWidth(line[i++]);
  return { text: '', norm: '', span: { line: lineNo, start: i, end: i } };
}

/**
 * The index of a row's first value: the first number after its first label cell (a 序号 column's number before the
 * label is none: `11 （三）不予公开 7.属于行政执法案卷 0 0 …`), -1 without a label.
 */
function firstValueAfterLabel(cells: TextCell[]): number {
  const label = cells.findIndex((c) => !isNumber(c));
  return label < 0 ? -1 : cells.findIndex((c, i) => i > label && isNumber(c));
}
