/**
 * Table 四 of a browser's printout whose header was found but not read (a one-row header of fifteen names cut into
 * pieces, plain pdftotext giving its numbers among them in an order nothing proves: `行政复议结果维持 … 行政复议总计` /
 * `0` / `0` / `未经复 未经复` / `议直接 议直接` … / `0` / `1` / `0` …). Which count is in which column the text does not
 * say; which counts the table holds it does, when the part under the header holds exactly its fifteen, each alone on
 * its line or side by side with others none of which could be one number spread apart with its neighbour (`12 1`, `20 5`,
 * `0 3`, never `1 0`, which widened character spacing makes of 10), and nothing else but header pieces, its unit row and
 * the printout's furniture. (A blank cell leaves fourteen; a line with a digit anywhere else — a note's date, a page
 * number — and nothing is taken.)
 */
import type { TextCell } from '../model';
import { TABLE4_CELLS } from '../format';
import { normalizeLabel } from '../text/normalize';
import { isPrintFurniture, printedLineTest } from '../text/print-furniture';

/** Counts one space apart or alone on their line. */
const COUNTS = /^(?:0|[1-9][0-9]{0,5})(?: (?:0|[1-9][0-9]{0,5}))*$/;
/** The table's unit, which clerks write in a row of its own (`单位：件`): no count, no header piece. */
const UNIT = /^[（(]?单位[：:]\s*件[）)]?$/;
/** What a header piece never holds: a digit or a sentence's punctuation. */
const NOT_HEADER = /[0-9０-９，。；：,;:!?！？]/;

/**
 * The fifteen counts of table 四 on lines of their own from `from` (the line after its header's first) to `to`
 * (inclusive, the part's last line), in a browser's printout; undefined unless the part holds exactly those and
 * otherwise only header pieces, blank lines and print furniture.
 */
export function table4CountsAlone(lines: readonly string[], from: number, to: number): TextCell[] | undefined {
  if (!lines.some(isPrintFurniture)) return undefined;
  const furniture = printedLineTest(lines);
  const counts: TextCell[] = [];
  for (let i = from; i <= to && i < lines.length; i++) {
    const t = lines[i].replace(/^\f/, '').trim();
    if (!t || furniture(t) || UNIT.test(t)) continue;
    if (COUNTS.test(t)) {
      const parts = t.split(' ');
      // A digit 1–9 alone right before another digit alone may be the first of one number spread apart.
      if (parts.some((p, k) => k > 0 && p.length === 1 && /^[1-9]$/.test(parts[k - 1]))) return undefined;
      let at = lines[i].indexOf(t);
      for (const p of parts) {
        counts.push({ text: p, norm: normalizeLabel(p), span: { line: i, start: at, end: at + p.length } });
        at += p.length + 1;
      }
      continue;
    }
    if (NOT_HEADER.test(t)) return undefined;
  }
  return counts.length === TABLE4_CELLS ? counts : undefined;
}
