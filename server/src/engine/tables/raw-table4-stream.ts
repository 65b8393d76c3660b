/**
 * Table 四 in plain pdftotext output when no other reader settles it: the header's pieces and the numbers, each
 * alone on its line, in one stream from the header's first piece (`行政复议结果维持`, `行政` / `复议`, `行`) on — a
 * header in one row of fifteen names, or the table drawn as two (行政复议 │ 行政诉讼). The numbers are placed only
 * where the stream proves their columns:
 * - a stretch of the header that gives its columns one at a time, whole and in the format's order (a cell's
 *   pieces one under another: `未经复` / `议直接` / `起诉结` / `果维持`), names the columns of the numbers right
 *   after it, exactly as many;
 * - a stretch that does not (pieces of several columns side by side: `行政 行政 行政`) stands for as many columns as
 *   numbers follow it, and those are placed only when they are all alike (their order then changes nothing) and
 *   every group they touch holds its sum.
 * Exactly fifteen numbers in all, the next stretch starting at the column the last one ended at; a page number
 * and a count alike on one page (./page-number-twin.ts) leave it unread. When only the stretches from the table's
 * start prove their columns (the table drawn as two, 行政复议's names each before its number, 行政诉讼's side by side
 * before ten numbers of no proven order), the groups they cover are read and the rest left unread (`provenGroups`). Anything else is left to the other readers
 * (seen: pdftotext giving a printout's litigation numbers in another order than their header, or one column's
 * count after the next columns' numbers).
 */
import { LineKind, LineToken } from '../text/lines';
import { normalizeLabel } from '../text/normalize';
import type { TextCell } from '../model';
import type { LogicalRow } from './rows';
import { FORMATS } from '../format';
import { inHeaderLabel, rawHeaderCells } from './pdfheader';
import { pageNumberLines } from './page-numbers';
import { endsPage, pageNumberTwin } from './page-number-twin';
import type { Word } from './grid';

const GROUPS = FORMATS['2021'].table4Groups;
const WIDTH = GROUPS.length * GROUPS[0].columns.length;
const GROUP = GROUPS[0].columns.length;
/** Each column's name without its group's (结果维持 … 总计), 合计 also for 总计. */
const LEAVES: string[][] = GROUPS.flatMap((g) => g.columns.map((c) => (c.label === '总计' ? [c.label, '合计'] : [c.label])));
/** The group names over the columns, which the stream may give anywhere among them (行政复议, 行政诉讼, 复议后起诉). */
const TITLES = [...new Set(GROUPS.flatMap((g) => [g.label, ...(g.parent ? [g.parent] : [])]))];
/** A count alone on its line at the line's start (plain pdftotext; a page's first line starts with the form feed). */
/** Each column's whole name (行政复议结果维持, 复议后起诉总计), whose pieces a cell wrapped line by line gives (诉结 / 果维). */
const NAMES = GROUPS.flatMap((g, k) => LEAVES.slice(k * g.columns.length, (k + 1) * g.columns.length).flat().map((l) => g.label + l));
const COUNT = /^\f?([0-9]+)\s*$/;
/** A line whose text starts with 行 (what trim() leaves starts with it: \s is the white space trim() takes off). */
const STARTS_WITH_XING = /^\s*行/;
const UNIT = /^单位[：:]?件$/;

/** The column name `acc` spells (group names before it left out): whole (`full`), begun (`prefix`) or neither (`bad`). */
function spelling(acc: string, column: number): 'full' | 'prefix' | 'bad' {
  let rest = acc;
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const t of TITLES) if (rest.startsWith(t)) { rest = rest.slice(t.length); stripped = true; }
  }
  if (rest === '') return 'prefix';
  if (LEAVES[column].includes(rest)) return 'full';
  return LEAVES[column].some((l) => l.startsWith(rest)) || TITLES.some((t) => t.startsWith(rest)) ? 'prefix' : 'bad';
}

interface Stretch { columns: number; oneByOne: boolean; numbers: TextCell[]; words: Word[] }

/** Table 四's header row and its fifteen numbers from line `from` (the header's first piece) on, or undefined. */
export function rawTable4Stream(lex: readonly LineToken[], text: readonly string[], from: number, to: number): { rows: LogicalRow[]; end: number } | undefined {
  // (Asked of every plain line of every block: the line's first character is looked at before it is trimmed.)
  if (!STARTS_WITH_XING.test(text[from])) return undefined;
  // Its first piece begins a column's name (a line of whole names side by side, 行政复议结果维持 行政复议结果纠正 …, too).
  const first = text[from].trim().split(/\s+/)[0];
  if (!spellsStart(normalizeLabel(first))) return undefined;
  const pages = pageNumberLines(text);
  if (afterPiece(lex, text, from, pages)) return undefined;
  const stretches: Stretch[] = [];
  let open: Stretch | undefined;
  let acc = '';
  let column = 0;
  let end = from;
  for (let i = from; i < to; i++) {
    const kind = lex[i].kind;
    const raw = text[i];
    const t = raw.trim();
    if (kind === LineKind.Blank || t === '') continue;
    const count = COUNT.exec(raw);
    if (count) {
      // A page's number amid the stream (not ending its page) may be a count, and a count the page's number.
      if (pages.has(i)) {
        if (!endsPage(text, i)) return undefined;
        end = i + 1;
        continue;
      }
      if (!open) return undefined;
      // A column begun and not finished when its numbers come: the stretch names no column for sure.
      if (acc !== '') { open.oneByOne = false; acc = ''; }
      const start = raw.indexOf(count[1]);
      open.numbers.push({ text: count[1], norm: count[1], span: { line: i, start, end: start + count[1].length } });
      end = i + 1;
      continue;
    }
    if (kind === LineKind.PageNumber || UNIT.test(normalizeLabel(t))) { end = i + 1; continue; }
    if (kind !== LineKind.Text && kind !== LineKind.Spaced) break;
    const words = t.split(/\s+/);
    if (!words.every(isPiece)) break;
    if (!open || open.numbers.length) {
      if (open) column = close(open, column);
      if (column >= WIDTH) return undefined;
      open = { columns: 0, oneByOne: true, numbers: [], words: [] };
      stretches.push(open);
      acc = '';
    }
    let at = raw.indexOf(words[0]);
    for (const w of words) {
      at = raw.indexOf(w, at);
      open.words.push({ text: w, line: i, start: at, end: at + w.length });
      at += w.length;
    }
    if (open.oneByOne) {
      acc += normalizeLabel(words.join(''));
      const s = column + open.columns < WIDTH ? spelling(acc, column + open.columns) : 'bad';
      if (s === 'full') { open.columns++; acc = ''; } else if (s === 'bad') open.oneByOne = false;
    }
    end = i + 1;
  }
  if (!open) return undefined;
  column = close(open, column);
  if (column !== WIDTH) return undefined;
  const values = stretches.flatMap((s) => s.numbers);
  if (values.length !== WIDTH) return undefined;
  // Not every stretch proven: the groups named one column at a time from the table's start are, all the same.
  const proven = placedSurely(stretches, values) ? undefined : provenFromStart(stretches);
  if (proven && !proven.length) return undefined;
  if (pageNumberTwin(values.map((v) => ({ text: v.text, line: v.span.line })), pages, text, from, end)) return undefined;
  const words = stretches.flatMap((s) => s.words);
  const header: LogicalRow = { cells: rawHeaderCells(words, 'table4', true), style: 'spaced', firstLine: words[0].line, lastLine: words[words.length - 1].line, scrambled: true };
  // (In order by the stream's own proof, whatever order table 三's numbers came in: pdfminer's boxes of a one-row table.)
  const row: LogicalRow = { cells: values, style: 'spaced', firstLine: values[0].span.line, lastLine: values[values.length - 1].span.line, scrambled: true, ordered: true, ...(proven ? { provenGroups: proven } : {}) };
  return { rows: [header, row], end };
}

/** A piece of table 四's header: of a column's or group's name, or of a column's whole name (诉结 of 复议后起诉结果维持). */
function isPiece(word: string): boolean {
  const n = normalizeLabel(word);
  return inHeaderLabel(n, 'table4') || NAMES.some((x) => x.includes(n));
}

/**
 * Whether the text line before line `at` is a piece of table 四's header or a count: the header began before it. (A
 * page's number ending its page before the header is neither.)
 */
function afterPiece(lex: readonly LineToken[], text: readonly string[], at: number, pages: ReadonlySet<number>): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const t = text[i].trim();
    if (lex[i].kind === LineKind.Blank || t === '' || (lex[i].kind === LineKind.PageNumber && !COUNT.test(text[i])) || (pages.has(i) && endsPage(text, i))) continue;
    return COUNT.test(text[i]) || t.split(/\s+/).every(isPiece);
  }
  return false;
}

/** Whether the line's text begins one of table 四's names (the header's first piece: 行, 行政, 行政复议结果). */
function spellsStart(norm: string): boolean {
  return spelling(norm, 0) !== 'bad';
}

/** The stretch's columns: those it named one by one, else as many as its numbers; the column after them. */
function close(s: Stretch, column: number): number {
  if (!s.oneByOne) s.columns = s.numbers.length;
  return column + s.columns;
}

/**
 * The groups whose columns stretches named one at a time, each followed by exactly its numbers, from the table's first
 * column on (`行政复议` / `结果维持` / `0` / `结果纠正` / `0` … `合计` / `0`, the litigation header's pieces then side by
 * side): their numbers' columns are proven whatever became of the rest (the table drawn as two, plain pdftotext of
 * the first column by column).
 */
function provenFromStart(stretches: readonly Stretch[]): number[] {
  let at = 0;
  for (const s of stretches) {
    if (!s.oneByOne || s.numbers.length !== s.columns || !s.columns) break;
    at += s.columns;
  }
  return Array.from({ length: Math.floor(at / GROUP) }, (_, g) => g);
}

/**
 * Every stretch names exactly as many columns as numbers follow it; one that named them not one by one holds numbers
 * all alike (or one), and every group it touches holds its sum.
 */
function placedSurely(stretches: readonly Stretch[], values: readonly TextCell[]): boolean {
  const v = values.map((c) => Number(c.text));
  let at = 0;
  for (const s of stretches) {
    if (s.numbers.length !== s.columns || !s.columns) return false;
    if (!s.oneByOne && s.numbers.length > 1) {
      if (!s.numbers.every((n) => n.text === s.numbers[0].text)) return false;
      for (let g = Math.floor(at / GROUP); g <= Math.floor((at + s.columns - 1) / GROUP); g++) {
        const own = v.slice(g * GROUP, g * GROUP + GROUP);
        if (own.slice(0, -1).reduce((a, b) => a + b, 0) !== own[GROUP - 1]) return false;
      }
    }
    at += s.columns;
  }
  return true;
}
