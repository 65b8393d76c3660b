/**
 * A heading printed across a page break: a browser printing a web page to PDF draws a line that
 * straddles the break on both pages, clipped, so pdftotext reads it twice — at the foot of one page
 * without the marks that sit low in the line (`五 存在的主要问题及改进情况`, its 、 cut off), then whole
 * at the top of the next. The first is no section of its own: nothing but page furniture follows it
 * before the same heading again.
 */
import type { Block } from './block';
import { isPrintFurniture, lazyPageTitle } from '../text/print-furniture';
import { normalizeLabel } from '../text/normalize';
import { isKnownLabel } from '../tables/labels';
import { FORMAT_2021, RECOGNITION } from '../format';

const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页.*|\d{1,3})$/;

/**
 * Whether every line of the block after its heading is blank or page furniture (the page's title that the header repeats
 * too), or the clipped heading's own wrapped end (四 政府信息公开行政复议 / … / 行政诉讼情况): a piece of the whole heading
 * that follows, past the clipped part.
 */
function onlyFurniture(b: Block, lines: readonly string[], title: () => string | undefined, whole: string, next: Block): boolean {
  const clipped = compact(lines[b.startLine]);
  // The table of the part before may go on past the clipped heading, on the next page before the whole one
  // (plain pdftotext of the printout: 未经复议直接起诉 复议后起诉 / 结 结 其 尚 … / 0 0 0 …): its lines are no prose.
  // (Only past a heading that is clipped, its numbering's marks cut off: one written whole twice is two.)
  let table = false;
  if (clipped !== whole) {
    table = b.parse.fragments.length > 0;
    for (let i = b.startLine + 1; i < b.endLine && !table; i++) table = NUMBERS_ONLY.test(lines[i]) || isKnownLabel(normalizeLabel(lines[i]));
  }
  for (let i = b.startLine + 1; i < b.endLine; i++) {
    const t = lines[i].trim();
    if (t && !isPrintFurniture(t) && !PAGE_NUMBER.test(t) && t !== title() && !wrappedEnd(compact(t), clipped, whole) && !strayTail(t, next, lines)
      && !(table && tablePieces(t))) return false;
  }
  return true;
}

/**
 * A line of a table's header pieces or numbers: short words one space apart or more, no sentence mark — or a row of a
 * vertical header's characters, one per column, glued (果果他未总果果他未总: table 四's columns, their names written
 * down each cell).
 */
function tablePieces(t: string): boolean {
  return !SENTENCE_MARK.test(t) && t.split(/\s+/).every((w) => [...w].length <= TABLE_PIECE || [...w].every((c) => TABLE4_HEADER_CHARS.has(c)));
}
/**
 * The characters of table 四's header: its columns' names, its groups' (a two-row header writes 未经复议直接起诉结果维持
 * down one cell) and their parent's, and the words templates use for them (合计 for 总计), all from the format data.
 */
const TABLE4_NAMES = FORMAT_2021.table4Groups.flatMap((g) => [g.label, g.parent ?? '', ...g.columns.map((c) => c.label)]);
const TABLE4_SYNONYMS = Object.entries(RECOGNITION.label_synonyms.words as Record<string, string>).filter(([, official]) => TABLE4_NAMES.includes(official)).map(([word]) => word);
const TABLE4_HEADER_CHARS = new Set([...TABLE4_NAMES, ...TABLE4_SYNONYMS].flatMap((w) => [...w]));
const SENTENCE_MARK = /[。；，：、！？]/;
/** A line of a table's numbers only (what is left of a table going on past the clipped heading), or a label of one (总计). */
const NUMBERS_ONLY = /^[\s\f]*-?[0-9]+(?:\s+-?[0-9]+)*\s*$/;
/** Longest piece of a table line (未经复议直接起诉, a header cell whole). */
const TABLE_PIECE = 8;

/**
 * Plain pdftotext of the printout may give the next page's last wrapped line first (项。 / 六、其他需要报告的事项 /
 * …本机关无其他需要报告的事): a sentence's short end, while the section after the whole heading has a line that
 * stops mid-sentence where the page does (before a page number or the page's end).
 */
function strayTail(t: string, next: Block, lines: readonly string[]): boolean {
  if (!TAIL.test(t)) return false;
  for (let i = next.startLine + 1; i < next.endLine; i++) {
    const line = lines[i].trim();
    if (!line || !/[\u4e00-\u9fff]$/.test(line)) continue;
    let j = i + 1;
    while (j < next.endLine && lines[j].trim() === '') j++;
    const after = j < next.endLine ? lines[j].trim() : '';
    if (after === '' || PAGE_NUMBER.test(after) || isPrintFurniture(after) || after.startsWith('\f')) return true;
  }
  return false;
}
const TAIL = /^[\u4e00-\u9fff]{1,4}[。；]$/;

/** Lines [from, to) are all blank. */
function onlyBlank(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lines[i].trim()) return false;
  return true;
}

/** The text without white space. */
const compact = (t: string) => t.replace(/\s+/g, '');

/** A line that ends the whole heading, and is not in its clipped first line (行政诉讼情况 of 四、…行政复议、行政诉讼情况). */
function wrappedEnd(t: string, clipped: string, whole: string): boolean {
  return [...t].length >= 2 && whole.endsWith(t) && !clipped.includes(t);
}

/**
 * Drops, from the sections' block groups, each heading read twice across a page break: its block joins
 * the section before it (or the preamble). The groups change in place.
 */
export function mergeSlicedHeadings(groups: Block[][], preamble: Block[], lines: readonly string[]): void {
  // Looked for only when a heading comes twice in a row.
  const pageTitle = lazyPageTitle(lines);
  for (let k = groups.length - 2; k >= 0; k--) {
    const g = groups[k];
    const next = groups[k + 1];
    if (g.length !== 1 || g[0].parse.heading!.info.ordinal !== next[0].parse.heading!.info.ordinal) continue;
    const whole = compact(lines[next[0].startLine] ?? '');
    // A heading written whole right above the same (the part's title above its table and as its title row, a clipped
    // one before them at the page's foot) is left to mergeRepeatedHeadings: taken here, the clipped one would stay apart.
    if (compact(lines[g[0].startLine]) === whole && g[0].endLine <= next[0].startLine && onlyBlank(lines, g[0].startLine + 1, next[0].startLine)) continue;
    if (!onlyFurniture(g[0], lines, pageTitle, whole, next[0])) continue;
    groups.splice(k, 1);
    (k > 0 ? groups[k - 1] : preamble).push(g[0]);
  }
}
