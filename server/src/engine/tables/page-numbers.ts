/**
 * Bare page numbers (`3`) in plain pdftotext output, where nothing else tells them from a table's
 * numbers on their own lines: found by their sequence, page after page (a form feed starts each page).
 */
const BARE_NUMBER = /^[ \u00a0]*[0-9]+(?:\.[0-9]+)?[ \u00a0]*$/;

/**
 * Bare page numbers, which plain pdftotext puts anywhere among a page's last cells (even between a
 * row's numbers). The pages (a form feed starts each) are numbered when every page from the second on
 * holds a bare line with its own number (plus one offset for the whole text), and some page holds that
 * one only (prose) or most pages end with it; then on each page the one line with that number is it
 * (or, of several, the page's last text, its last number between texts, the one among the
 * numbers that end the page, or the only one between texts). A page where that does not
 * decide keeps them all: the table then cannot be read by counting. (Found anew by each reader that
 * needs them: the document's lines change in place as it is edited.)
 */
export function pageNumberLines(text: readonly string[]): ReadonlySet<number> {
  // One check asks this of the same lines from several readers (pdftotext's rows, tables 三 and 四, the cell
  // rules): the last answer is kept with the strings it was found for. The lines change in place as a
  // document is edited, so the array alone proves nothing: every line is compared (by reference first).
  if (!sameLines(text, lastLines)) {
    lastLines = text.slice();
    lastAnswer = findPageNumberLines(text);
  }
  return lastAnswer;
}
let lastLines: readonly string[] = [];
let lastAnswer: ReadonlySet<number> = new Set();

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function findPageNumberLines(text: readonly string[]): Set<number> {
  const pages: { line: number; value: number }[][] = [[]];
  /** Each page's last line with text. */
  const ends: number[] = [-1];
  // Without form feeds (the npm pdf-parse), an empty line starts a page: that extractor writes none
  // inside one. Elsewhere the pages so cut are paragraphs, and hardly ever each hold their own number.
  const feeds = text.some((l) => l.startsWith('\f'));
  let empty = false;
  for (let i = 0; i < text.length; i++) {
    const line = text[i];
    if (line.startsWith('\f') && i > 0) { pages.push([]); ends.push(-1); }
    // What trim() would leave, found without copying the line (asked of every line of the document).
    let a = 0;
    let b = line.length;
    while (a < b && isTrimmed(line.charCodeAt(a))) a++;
    if (a === b) { empty = true; continue; }
    if (!feeds && empty && ends[ends.length - 1] >= 0) { pages.push([]); ends.push(-1); }
    empty = false;
    while (isTrimmed(line.charCodeAt(b - 1))) b--;
    ends[ends.length - 1] = i;
    if (b - a <= 3 && allDigits(line, a, b)) pages[pages.length - 1].push({ line: i, value: Number(line.slice(a, b)) });
  }
  while (pages.length > 1 && !pages[pages.length - 1].length) pages.pop();
  const out = new Set<number>();
  if (pages.length < 3) return out;
  for (const offset of [0, -1, 1, -2, 2]) {
    // A page is never numbered 0: with the second page at 0 (offset -2) the zeros of a table would pass.
    const own = (k: number) => pages[k].filter((x) => x.value === k + 1 + offset && x.value > 0);
    // Every page has its number, and a page of prose has nothing else (tables have many small numbers),
    // or most pages end with it.
    if (!pages.slice(1).every((_, k) => own(k + 1).length > 0)) continue;
    const ending = pages.filter((_, k) => own(k).some((x) => x.line === ends[k])).length;
    if (!pages.some((p, k) => p.length === 1 && own(k).length === 1) && ending * 2 < pages.length + 1) continue;
    pages.forEach((_, k) => {
      // A cell with the page's number too: the page number is the page's last text, or its last
      // number standing between texts (a row's numbers come together).
      const lines = own(k);
      const last = pages[k][pages[k].length - 1];
      const end = lines.find((x) => x.line === ends[k]);
      if (lines.length === 1) out.add(lines[0].line);
      else if (end) out.add(end.line);
      else if (lines.includes(last) && !nextToNumber(text, last.line, -1) && !nextToNumber(text, last.line, 1)) out.add(last.line);
      else {
        // Or the one in the numbers that end the page (a row split by the page break gives its last
        // numbers after the page number: 0 / 2 / 1, page 2).
        const tail = trailingNumbers(text, ends[k]);
        const inTail = lines.filter((x) => tail.includes(x.line));
        // Or the only one standing alone between texts (a footer the stream gives mid-page: （一）… / 4 / 复议后起诉).
        const alone = lines.filter((x) => !nextToNumber(text, x.line, -1) && !nextToNumber(text, x.line, 1));
        if (inTail.length === 1 && ends[k] >= 0) out.add(inTail[0].line);
        else if (alone.length === 1) out.add(alone[0].line);
      }
    });
    return out;
  }
  return out;
}

/** White space and line terminators, as String.prototype.trim removes them (tested against trim for every code unit). */
function isTrimmed(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function allDigits(line: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = line.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether the nearest line with text before (step -1) or after (1) line `at` is a bare number. */
function nextToNumber(text: readonly string[], at: number, step: -1 | 1): boolean {
  let i = at + step;
  while (i >= 0 && i < text.length && text[i].trim() === '') i += step;
  return i >= 0 && i < text.length && BARE_NUMBER.test(text[i].trim());
}

/** The lines of the bare numbers that end a page, its last text at line `end` (none when that is no number). */
function trailingNumbers(text: readonly string[], end: number): number[] {
  const out: number[] = [];
  for (let i = end; i >= 0; i--) {
    const t = text[i].trim();
    if (t === '') continue;
    if (!BARE_NUMBER.test(t)) break;
    out.push(i);
    if (text[i].startsWith('\f')) break;
  }
  return out;
}

/** The number of the page line i is on, counting pages by their form feeds from 1. */
export function pageOrdinal(lines: readonly string[], i: number): number {
  let n = 1;
  for (let k = 1; k <= i; k++) if (lines[k].startsWith('\f')) n++;
  return n;
}


/**
 * Page numbers in text with no form feeds and no empty lines to find pages by (pdfplumber's extract_text joined
 * page after page): bare numbers alone on their lines counting up by one (1 2 3 …, or from 2), three or more (a
 * table's numbers come several to a line there; a page left empty by a page break holds its number only). Asked
 * only by the layout reader, for a bare number after a table line.
 */
export function flowPageNumbers(text: readonly string[]): Set<number> {
  const lone: { line: number; value: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const t = text[i].trim();
    if (t.length > 3 || !BARE_NUMBER.test(t) || t.startsWith('0')) continue;
    lone.push({ line: i, value: Number(t) });
  }
  let best: number[] = [];
  for (const first of lone) {
    if (first.value > 2) continue;
    const chain = [first];
    for (const x of lone) {
      const last = chain[chain.length - 1];
      if (x.line > last.line && x.value === last.value + 1) chain.push(x);
    }
    if (chain.length > best.length) best = chain.map((x) => x.line);
  }
  return new Set(best.length >= 3 ? best : []);
}

/** Whether a page starts (a line opening with a form feed) after line `from`, up to line `to`. */
export function pageBreakBetween(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to && i < lines.length; i++) if (lines[i].startsWith('\f')) return true;
  return false;
}

/** Lines a page but the last holds at least, between its number and the one before. */
const MIN_PAGE_LINES = 5;

/**
 * Page numbers proven by the document's own sequence, in text with no form feeds (PyMuPDF, pdfplumber keep a page's
 * number unmarked where the page ended): bare counts alone on their lines numbering 1 (or 2) to N, three or more, the
 * last the document's last text (a footer ends the last page), and each the only lone line of its value between its
 * neighbours in the sequence (a table count alike there leaves which is which unproven: none is), the pages but the last
 * more than a few lines apart. Empty otherwise.
 */
export function provenPageNumbers(text: readonly string[]): ReadonlySet<number> {
  if (text.some((l) => l.includes('\f'))) return new Set();
  const lone: { line: number; value: number }[] = [];
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const t = text[i].trim();
    if (!t) continue;
    last = i;
    if (t.length <= 3 && /^[1-9][0-9]*$/.test(t)) lone.push({ line: i, value: Number(t) });
  }
  // From the end: the last text is the last page's number, each earlier page's the last lone line of its value before.
  const end = lone[lone.length - 1];
  if (!end || end.line !== last || end.value < 3) return new Set();
  const chain = [end];
  for (let v = end.value - 1; v >= 1; v--) {
    const before = lone.filter((x) => x.value === v && x.line < chain[0].line);
    if (!before.length) break;
    chain.unshift(before[before.length - 1]);
  }
  if (chain.length < 3 || chain[0].value > 2) return new Set();
  // A page but the last holds more than a few lines (counts a few lines apart are a table's: 2 / 1 / 2 of table 二, or a
  // web page's pagination 1 / 2 / 3 at its end).
  for (let k = 0; k + 1 < chain.length; k++) if (chain[k].line - (k ? chain[k - 1].line : -1) < MIN_PAGE_LINES) return new Set();
  // Each the only one of its value between its neighbours.
  for (let k = 0; k < chain.length; k++) {
    const from = k > 0 ? chain[k - 1].line : -1;
    const to = k + 1 < chain.length ? chain[k + 1].line : text.length;
    if (lone.some((x) => x.value === chain[k].value && x.line > from && x.line < to && x !== chain[k])) return new Set();
  }
  return new Set(chain.map((x) => x.line));
}

/** A page number printed with its marks (`- 3 -`, `— 3 —`, `第 3 页`, `第3页 共9页`), alone on its line. */
const MARKED_PAGE = /^[ \u00a0\f]*(?:[-－—–][ \u00a0]*([0-9]{1,3})[ \u00a0]*[-－—–]|第[ \u00a0]*([0-9]{1,3})[ \u00a0]*页(?:[ \u00a0]*[，,]?[ \u00a0]*共[ \u00a0]*[0-9]{1,3}[ \u00a0]*页)?)[ \u00a0]*$/;

/**
 * Whether every page (form feeds start them; the first may be unnumbered, a cover) holds its own number with its marks
 * (`- 3 -`), one offset for the whole text, three pages at least: a document numbers its pages one way, so there no
 * bare number is a page's number — a table's 3 on page 3 is a cell (pdfminer's column runs, where a page one number
 * over its rows would else be taken for a page number as well as a blank cell).
 */
export function markedOnEveryPage(text: readonly string[]): boolean {
  const marks: number[][] = [[]];
  const written: boolean[] = [false];
  for (let i = 0; i < text.length; i++) {
    if (text[i].startsWith('\f') && i > 0) { marks.push([]); written.push(false); }
    if (text[i].replace(/\f/g, '').trim()) written[written.length - 1] = true;
    const m = MARKED_PAGE.exec(text[i]);
    if (m) marks[marks.length - 1].push(Number(m[1] ?? m[2]));
  }
  // A last page left empty (the text ends in a form feed) has nothing to number.
  while (marks.length > 1 && !written[marks.length - 1]) marks.pop();
  if (marks.length < 3) return false;
  const offsets = [...new Set(marks.slice(1).flatMap((m, k) => m.map((v) => v - (k + 2))))];
  if (offsets.length !== 1) return false;
  return marks.every((m, k) => m.includes(k + 1 + offsets[0]) || (k === 0 && !m.length));
}
