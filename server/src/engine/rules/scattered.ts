/**
 * A table 三 row label that PDF layout text scatters over a few lines among other pieces (a web page
 * printed from a browser with the table squeezed to the page's width: `属于国` / `1.` / `家秘密 0 1 0 …`,
 * the numbering on another baseline). When the reader could not assemble it, the row is unread, not
 * absent: its characters stand in order within a few lines of the table.
 */
import { normalizeLabel, stripNumbering } from '../text/normalize';
import { isPrintFurniture, printedLineTest } from '../text/print-furniture';

/** A line of cells only (`0`, `3 1`). */
const NUMBERS_ONLY = /^[0-9]+(?:\s+[0-9]+)*$/;
/** Lines a scattered label may span at least. */
const WINDOW = 5;
/** Shorter labels (其他) would be found by chance among the others' characters: only whole, with their numbering. */
const MIN_CHARS = 4;

/**
 * Whether the label stands in lines [from, to): whole on one line (3.其他, with its numbering), or its
 * characters without the numbering in order within a few lines with text, page furniture (a page break
 * inside the label) not counted. With `cellsApart`, lines of numbers only are not counted either: a printout
 * one cell to a line wraps a label round its row's numbers (`2.重复 0` / `0` ×5 / `申请`).
 */
export function labelScattered(lines: readonly string[], label: string, from: number, to: number, cellsApart = false): boolean {
  const whole = normalizeLabel(label);
  const want = [...stripNumbering(whole)];
  const end = Math.min(to, lines.length);
  const texts: string[] = [];
  for (let i = Math.max(0, from); i < end; i++) {
    const t = lines[i].trim();
    if (!t || isPrintFurniture(t) || (cellsApart && NUMBERS_ONLY.test(t))) continue;
    const norm = normalizeLabel(t);
    if (norm.includes(whole)) return true;
    texts.push(norm);
  }
  if (want.length < MIN_CHARS) return false;
  // A long label wraps over more lines (about three characters a line in the narrowest columns).
  const window = Math.max(WINDOW, Math.ceil(want.length / 3) + 2);
  for (let i = 0; i < texts.length; i++) {
    if (!texts[i].includes(want[0])) continue;
    let k = 0;
    for (let j = i; j < Math.min(i + window, texts.length) && k < want.length; j++) {
      for (const ch of texts[j]) if (k < want.length && ch === want[k]) k++;
    }
    if (k === want.length) return true;
  }
  return false;
}

/** How far from the label its numbering may stand (plain pdftotext puts it among other cells' text). */
const NUMBERING_REACH = 400;

/**
 * Whether `norm` is the official label bare of its numbering (属于国家秘密 for 1.属于国家秘密) and that
 * numbering stands alone on a line near it (`1.`), or alone after a parent's label (`（三）不予公开 8.`: the page
 * broke between the numbering and the rest, in plain pdftotext of a table with two label columns), or there with the
 * row's first after it (`（三）不予公开 7. 1`: a browser's printout wrapped the label round its first).
 */
export function numberingApart(lines: readonly string[], norm: string, official: string, line: number): boolean {
  const m = /^([0-9]{1,2})[.．、]/.exec(official);
  if (!m || stripNumbering(official) !== norm) return false;
  // (After a piece of the grandparent's label written down its own column, `三、` / `本年` / `度办`, too.)
  const lone = new RegExp(`^\\s*(?:[\\u4e00-\\u9fff]{1,2}、?[ \\u3000]+)?(?:(?:[（(][一二三四五六七][）)][\\u4e00-\\u9fff]{2,6}\\s*)?${m[1]}[.．、]|[（(][一二三四五六七][）)][\\u4e00-\\u9fff]{2,6}\\s*${m[1]}[.．、][ \\u3000]+[0-9]+)\\s*$`);
  for (let i = Math.max(0, line - NUMBERING_REACH); i < Math.min(lines.length, line + NUMBERING_REACH); i++) if (lone.test(lines[i])) return true;
  return false;
}

/** How far from a bare label its official form is looked for, written whole on a line of its own. */
const WHOLE_REACH = 60;

/**
 * The label bare of its numbering (`总计` for `（七）总计`) where the official label stands whole on another line near it
 * (a printout's plain pdftotext: the row written `（七）总计`, and 总计 again as a column's name of the repeated header):
 * the writer used the official label; the bare one is a header's word the reader took for the row's.
 */
export function officialNearby(lines: readonly string[], norm: string, official: string, line: number): boolean {
  if (!norm || norm === official || stripNumbering(official) !== norm) return false;
  for (let i = Math.max(0, line - WHOLE_REACH); i < Math.min(lines.length, line + WHOLE_REACH); i++) {
    if (i !== line && normalizeLabel(lines[i]).replace(/[0-9\s]+$/, '') === official) return true;
  }
  return false;
}

/**
 * The official label's start ending the line above the label (PDF text of a cell wrapped after its parent's piece:
 * （三）不予 / 公开 1.属于 / 国家秘密): the label is whole there, the extraction put its start with the parent's piece.
 */
export function startAbove(lines: readonly string[], norm: string, official: string, line: number): boolean {
  if (line < 1 || !norm || official.length <= norm.length || !official.endsWith(norm)) return false;
  return normalizeLabel(lines[line - 1] ?? '').endsWith(official.slice(0, official.length - norm.length));
}

/** How many lines after a row's numbers its label's rest may take (a character per line, a page number among them). */
const REST_LINES = 6;
/** A lone number on its line: a page's own number (PyMuPDF keeps it among the table's lines). */
const LONE_NUMBER = /^[0-9]{1,3}$/;

/**
 * The official label's start ending the line above the label and its end spelt on the lines after the row's last line
 * (PDF text of a cell wrapped round its parent's piece and its numbers: （五）不予处理 5.要求行政 / 机关确认或重新出具已获取 /
 * 0 … 0 / 3 / 信 / 息): the label is whole there, the extraction put its start and its end apart.
 */
export function startAboveRestAfter(lines: readonly string[], norm: string, official: string, line: number, last: number): boolean {
  const at = norm ? official.indexOf(norm) : -1;
  if (line < 1 || at <= 0 || at + norm.length >= official.length) return false;
  if (!normalizeLabel(lines[line - 1] ?? '').endsWith(official.slice(0, at))) return false;
  const end = official.slice(at + norm.length);
  let rest = '';
  let pageNumber = false;
  for (let i = last + 1; i < lines.length && i <= last + REST_LINES + 1; i++) {
    const t = lines[i].replace(/^\f/, '').trim();
    if (!t) continue;
    if (LONE_NUMBER.test(t) && !rest && !pageNumber) { pageNumber = true; continue; }
    rest += normalizeLabel(t);
    if (rest === end) return true;
    if (!end.startsWith(rest)) return false;
  }
  return false;
}

/**
 * A row label whose rest stands on the lines right after the row's numbers, spread over its cell or a piece per line
 * (PDF text of a label distributed over a cell its numbers are centred in: `（六）其他` / `2 0 0 0 0 0 2` / `处   理`):
 * with it, one of `officials` (the table's row labels, normalised, also after their parents' labels: `（六）其他处理3.其他`) —
 * the label is whole there, the extraction parted it.
 */
export function labelRestAfterNumbers(lines: readonly string[], norm: string, officials: ReadonlySet<string>, last: number): boolean {
  let label = norm;
  // (A page's number may stand before the rest: the cell cut by a page break, `（六）其他 17 3 … 20` / 5 / `处理 3.其他`.)
  let pageNumber = false;
  for (let i = last + 1; i < lines.length && i <= last + REST_LINES; i++) {
    const t = lines[i].replace(/^\f/, '').trim();
    if (!t) continue;
    if (LONE_NUMBER.test(t) && label === norm && !pageNumber) { pageNumber = true; continue; }
    // (A line of numbers, or any piece that is no official label's next characters, ends it.)
    label += normalizeLabel(t);
    if (officials.has(label)) return true;
    if (![...officials].some((o) => o.startsWith(label))) return false;
  }
  return false;
}

/**
 * The pieces of a row label standing on the lines right after its numbers (`四 类 过 程 性` / 0 … 0 / 信 / 息: PDF text of a
 * label distributed over a cell its numbers are centred in): their text and last line, while each holds only characters
 * of the official label (the next row's label, `（ 三 ） 不 予`, holds others); undefined when none does.
 */
export function labelPiecesAfter(lines: readonly string[], official: string, last: number): { text: string; end: number } | undefined {
  let text = '';
  let end = -1;
  for (let i = last + 1; i < lines.length && i <= last + REST_LINES; i++) {
    const t = normalizeLabel(lines[i].replace(/^\f/, ''));
    if (!t) continue;
    if (/[0-9]/.test(t) || ![...t].every((ch) => official.includes(ch))) break;
    text += t;
    end = i;
  }
  return text ? { text, end } : undefined;
}

/** A piece of a header cell spelt a few characters per line: one or two Chinese characters. */
const SHORT_PIECE = /^[\u4e00-\u9fff]{1,2}$/;
/** The most characters a table's header may spell (fifteen columns' names and their groups'). */
const HEADER_SPELT_MAX = 240;

/**
 * The first line of a run of lines made only of short pieces (`行政 行政 行政 行政` / `复议 复议 …` / `结果 结果 其他
 * 尚未`: header cells side by side, each a few characters per line, as plain pdftotext gives a printed page's
 * narrow columns) that holds every word of `words` with its characters in order: the header is there, spelt
 * apart. Blank lines may stand inside the run, and a browser's print header and footer (the page's address, 3/4, its
 * title and print date: a page break through the header); a longer piece, a digit or a sentence ends it.
 */
export function headerSpelt(lines: readonly string[], from: number, to: number, words: readonly string[]): number | undefined {
  let start = -1;
  let run = '';
  const printed = printedLineTest(lines);
  const holds = () => run.length <= HEADER_SPELT_MAX && words.every((w) => holdsInOrder(run, w));
  for (let i = from; i <= to && i < lines.length; i++) {
    const t = lines[i].trim();
    if (!t) continue;
    if (start >= 0 && printed(t)) continue;
    const pieces = t.split(/[\s\u3000]+/);
    if (pieces.every((p) => SHORT_PIECE.test(p))) {
      if (start < 0) start = i;
      run += pieces.join('');
      continue;
    }
    if (start >= 0 && holds()) return start;
    start = -1;
    run = '';
  }
  return start >= 0 && holds() ? start : undefined;
}

/** Whether `inner`'s characters all stand in `outer`, in order (others may stand between them). */
export function holdsInOrder(outer: string, inner: string): boolean {
  let at = 0;
  for (const ch of outer) if (at < inner.length && ch === inner[at]) at++;
  return at === inner.length;
}

/** How many lines below a header's first piece its other pieces may stand. */
const HEADER_PIECES_REACH = 8;
/**
 * …and above it: pdftotext -layout of a browser's printout may set a wrapped cell's middle piece a line higher than
 * its first (`人 商业 科研 公益` / `社会 … 法律 总计` / `企业 机构 组织`), the reader then assembling 社会组织 below it.
 */
const HEADER_PIECES_ABOVE = 2;

/**
 * A header assembled from a cell's pieces that lacks some of its official label's characters, the rest in order
 * (社会组织 from `社会` / `公益` / `组织`), where each run it lacks stands as a piece of its own on a line among its
 * pieces or just above them (`公益`): the cell wrapped over three lines and the reader took two; the label is the official one. A
 * writer's short form (社会组 / 织) lacks characters that stand nowhere there.
 */
export function headerPiecesApart(lines: readonly string[], text: string, official: string, line: number): boolean {
  const runs: string[] = [];
  let at = 0;
  let run = '';
  for (const ch of official) {
    if (at < text.length && ch === text[at]) {
      at++;
      if (run) runs.push(run);
      run = '';
    } else run += ch;
  }
  if (run) runs.push(run);
  if (at < text.length || !runs.length) return false;
  const pieces = new Set<string>();
  for (let i = Math.max(0, line - HEADER_PIECES_ABOVE); i < Math.min(lines.length, line + HEADER_PIECES_REACH); i++) for (const p of lines[i].trim().split(/[\s\u3000]+/)) pieces.add(normalizeLabel(p));
  return runs.every((r) => pieces.has(r));
}
