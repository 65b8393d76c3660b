/**
 * Table 四 of a browser's printout in plain pdftotext, cut by part 五's heading: poppler gives the page's left blocks
 * first — 行政复议's header and its five numbers, then 五、存在的主要问题… and the start of its first line — and the
 * table's right part after them (未经复议直接起诉 复议后起诉 / its pieces / 25 6 / 5 / 7 / 43 14 3 …). The litigation
 * groups' numbers are then looked for past the heading: only where the litigation header comes first, after at most a
 * clipped line or two of part 五 and the page's furniture.
 */
import { LineKind, LineToken } from '../text/lines';
import { isPrintFurniture } from '../text/print-furniture';

/** How many lines past the litigation header its numbers are looked for. */
export const REST_REACH = 40;
/** Part 五's heading (五、存在的主要问题及改进情况), where table 四's section ends. */
const PART_FIVE = /^五、/;
/** The litigation header's first line: its two groups' names. */
const LITIGATION = /未经复议直接起诉|复议后起诉/;
/** Lines of part 五 before it: its first line's start, clipped (（ ）存在的主 问), short and without digits. */
const CLIPPED = /^[^0-9０-９]{1,16}$/;
const MAX_CLIPPED = 2;

/** The line of the litigation header after part 五's heading at `at`, or undefined when it does not come so. */
export function litigationAfterPart(lex: readonly LineToken[], text: readonly string[], at: number): number | undefined {
  if (at >= text.length || !PART_FIVE.test(text[at].replace(/^\f/, '').trim())) return undefined;
  let clipped = 0;
  for (let i = at + 1; i < text.length && i < at + 12; i++) {
    const t = text[i].replace(/^\f/, '').trim();
    if (!t || lex[i].kind === LineKind.Blank || isPrintFurniture(text[i])) continue;
    if (LITIGATION.test(t) && !/[0-9０-９]/.test(t)) return i;
    if (!CLIPPED.test(t) || ++clipped > MAX_CLIPPED) return undefined;
  }
  return undefined;
}
