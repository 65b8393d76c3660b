/**
 * Prose as sentences: text copied from a PDF wraps a sentence over several lines (sometimes with blank
 * lines between), so 共办结 24 件，其中予以公开 11 件，… 不予公开 / 1 件 is read only once its lines are
 * joined. A line that ends a sentence (。！？；) or is a heading ends its run; the statements found in a
 * run are mapped back to the line and column of their number.
 */
import { Claim, claimsInLine } from './claims';
import { StatedSum, sumsInLine } from './sums';
import { isRunningHead } from '../structure/running-head';

/** A run of lines read as one text: where each line's (trimmed) text starts in it. */
interface Piece { line: number; at: number; offset: number; length: number }

/** （二）依申请公开, 一、总体情况, **…**, # …: a short heading line, never part of a sentence. */
const SENTENCE_MARK = /[。；]/;
const HEADING = /^\s*(?:#|\*\*|[（(]?[一二三四五六七八九十0-9０-９]{1,3}[）)、.．])/;
/** A run stops growing here (claimsInLine reads at most 2000 characters). */
const MAX_RUN = 1500;
const PAGE_NUMBER = /^\s*[-—–]?\s*[0-9０-９]{1,3}\s*[-—–]?\s*$/;
/**
 * What a browser prints around a page break (the page's address and number, the date and time, the title again):
 * a sentence runs on across them (…其中主动公开41件， / https://… / 1/6 / 2024/8/3 14:09 / 依申请公开11件…).
 */
const PRINT_ARTIFACT = /^\f?\s*(?:https?:\/\/\S+(?:\s+[0-9]{1,3}\s*\/\s*[0-9]{1,3})?|[0-9]{1,3}\s*\/\s*[0-9]{1,3}|[0-9]{4}\/[0-9]{1,2}\/[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?:\s[^。；，,]*)?)\s*$/;
/** Lines a page break leaves in the text (not the running head: the blocks leave it out of the prose already). */
function isPageArtifact(text: string): boolean {
  // Most lines start with a CJK character: one comparison settles them.
  if (text.charCodeAt(0) > 0x7f) return false;
  return PAGE_NUMBER.test(text) || PRINT_ARTIFACT.test(text);
}
/** Characters web pages sprinkle into text that show nothing: left out of what is read (全\u200b市 is 全市). */
const ZERO_WIDTH = /[\u200b-\u200d\u2060]/;

function isHeading(text: string): boolean {
  return text.length <= 40 && HEADING.test(text) && !SENTENCE_MARK.test(text);
}

/**
 * Claims and stated sums of the prose lines `proseLines` (absolute numbers, ascending), with lines
 * relative to `base` (the block's first line). Lines between two prose lines of a run may only be blank
 * or page numbers.
 */
export function statementsOf(lines: readonly string[], proseLines: readonly number[], base: number): { claims: Claim[]; sums: StatedSum[] } {
  const claims: Claim[] = [];
  const sums: StatedSum[] = [];
  if (proseLines.some((l) => isPageArtifact(lines[l]))) proseLines = proseLines.filter((l) => !isPageArtifact(lines[l]));
  let blankless: boolean | undefined;
  let k = 0;
  while (k < proseLines.length) {
    const first = proseLines[k];
    let end = k + 1;
    // Most lines end their sentence (or are headings): read them alone, as before, without copies.
    let length = lines[first].length;
    while (end < proseLines.length && length < MAX_RUN && continues(lines, proseLines[end - 1], proseLines[end])) length += lines[proseLines[end++]].length;
    if (end === k + 1 && !ZERO_WIDTH.test(lines[first])) {
      for (const c of claimsInLine(lines[first], first - base)) claims.push(c);
      for (const x of sumsInLine(lines[first], first - base)) sums.push(x);
    } else {
      readRun(lines, proseLines.slice(k, end), base, claims, sums, () => (blankless ??= noEmptyLine(lines, proseLines[0], proseLines[proseLines.length - 1])));
    }
    k = end;
  }
  return { claims, sums };
}

/** Whether prose line `b` continues the sentence of prose line `a`. */
function continues(lines: readonly string[], a: number, b: number): boolean {
  const text = lines[a];
  if (endsSentence(text) || isHeading(text) || isHeading(lines[b])) return false;
  for (let i = a + 1; i < b; i++) if (lines[i].trim() !== '' && !isPageArtifact(lines[i]) && !isRunningHead(lines[i])) return false;
  return true;
}

/** The line's last character before trailing white space ends a sentence (。！？；!?;). A loop from the end: a
 * regex ending in \s*$ is tried at every position of the line. */
function endsSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1])) end--;
  return end > 0 && SENTENCE_ENDS.includes(text[end - 1]);
}
const SPACE = /\s/;
const SENTENCE_ENDS = '。！？；!?;';

/** No empty line from the block's first prose line to its last (BeautifulSoup's get_text('\n', strip=True)). */
function noEmptyLine(lines: readonly string[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (lines[i].trim() === '') return false;
  return true;
}

/**
 * The line between prose lines a and b that is a number of the sentence on a line of its own: a scraper's
 * get_text('\n', strip=True) writes each text node on its own line, and a number set in another font (Times New
 * Roman among 仿宋) is a node of its own — 主动公开各类政府信息 / 37 / 条，其中…. Only in prose with no empty line at all
 * (elsewhere a lone number between prose lines is a page's), only between words that end without a mark and a unit
 * that opens the next line.
 */
function numberBetween(lines: readonly string[], a: number, b: number, blankless: () => boolean): number | undefined {
  if (b !== a + 2 || !LONE_NUMBER.test(lines[a + 1]) || !WORD_END.test(lines[a]) || !UNIT_START.test(lines[b])) return undefined;
  return blankless() ? a + 1 : undefined;
}
const LONE_NUMBER = /^\s*[0-9]+(?:\.[0-9]+)?\s*$/;
/** Words, a quote or a bracket closed, a comma: anything but a digit, a letter or a sentence's end. */
const WORD_END = /[^\s0-9A-Za-z。；！？.;!?]\s*$/;
const UNIT_START = /^\s*(?:件|条|个|项|次|篇|期|场|人次|人|名|家|类|批|份|起|宗|余|多|万元|元|%|％)/;

function readRun(lines: readonly string[], run: number[], base: number, claims: Claim[], sums: StatedSum[], blankless: () => boolean): void {
  const pieces: Piece[] = [];
  let text = '';
  const lineOrder: number[] = [];
  let joined = 0;
  let left = 0;
  for (let i = 0; i < run.length; i++) {
    const between = i > 0 ? numberBetween(lines, run[i - 1], run[i], blankless) : undefined;
    if (between !== undefined) { lineOrder.push(between); joined++; }
    else if (i > 0 && run[i] === run[i - 1] + 2 && LONE_NUMBER.test(lines[run[i] - 1])) left++;
    lineOrder.push(run[i]);
  }
  // Some numbers of the sentence put back and another lone number not: its sums would lack a term. Nothing is read.
  if (joined && left) return;
  for (const line of lineOrder) {
    const raw = lines[line];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    // One piece per stretch between zero-width characters, so the text read has none and positions stay.
    let from = 0;
    for (const part of ZERO_WIDTH.test(t) ? t.split(ZERO_WIDTH) : [t]) {
      pieces.push({ line, at: lead + from, offset: text.length, length: part.length });
      text += part;
      from += part.length + 1;
    }
  }
  // Where an offset of the joined text is in the source: its line (relative) and column.
  const place = (offset: number) => {
    let p = pieces[0];
    for (const q of pieces) if (q.offset <= offset) p = q;
    return { line: p.line - base, column: p.at + Math.min(offset - p.offset, p.length), piece: p };
  };
  const span = (start: number, end: number) => {
    const a = place(start);
    // A span ends on its own line (a number is not split across lines in the text we keep).
    return { line: a.line, start: a.column, end: a.piece.at + Math.min(end - a.piece.offset, a.piece.length) };
  };
  for (const c of claimsInLine(text, 0)) claims.push({ ...c, ...span(c.start, c.end) });
  for (const x of sumsInLine(text, 0)) sums.push({ ...x, ...span(x.start, x.end) });
}
