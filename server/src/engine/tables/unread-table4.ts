/**
 * Table 四 of a browser's printout whose header was found but not read (a one-row header of fifteen names cut into
 * pieces, plain pdftotext giving its numbers among them in an order nothing proves: `行政复议结果维持 … 行政复议总计` /
 * `0` / `0` / `未经复 未经复` / `议直接 议直接` … / `0` / `1` / `0` …). Which count is in which column the text does not
 * say; which counts the table holds it does, when the part under the header holds exactly its fifteen, each alone on
 * its line, and nothing else but header pieces and the printout's furniture. (A blank cell leaves fourteen; a line
 * with a digit anywhere else — a note's date, a page number, two numbers side by side that may be one spread — and
 * nothing is taken.)
 */
import type { TextCell } from '../model';
import { TABLE4_CELLS } from '../format';
import { normalizeLabel } from '../text/normalize';
import { isPrintFurniture, printedLineTest } from '../text/print-furniture';

/** A count alone on its line. */
const COUNT = /^(?:0|[1-9][0-9]{0,5})$/;
/** What a header piece never holds: a digit or a sentence's punctuation. */
const NOT_HEADER = /[0-9０-９，。；：,;:!?！？]/;

/**
 * The fifteen counts of table 四 standing alone on their lines from `from` (the line after its header's first) to `to`
 * (inclusive, the part's last line), in a browser's printout; undefined unless the part holds exactly those and
 * otherwise only header pieces, blank lines and print furniture.
 */
export function table4CountsAlone(lines: readonly string[], from: number, to: number): TextCell[] | undefined {
  if (!lines.some(isPrintFurniture)) return undefined;
  const furniture = printedLineTest(lines);
  const counts: TextCell[] = [];
  for (let i = from; i <= to && i < lines.length; i++) {
    const t = lines[i].replace(/^\f/, '').trim();
    if (!t || furniture(t)) continue;
    if (COUNT.test(t)) {
      const start = lines[i].indexOf(t);
      counts.push({ text: t, norm: normalizeLabel(t), span: { line: i, start, end: start + t.length } });
      continue;
    }
    if (NOT_HEADER.test(t)) return undefined;
  }
  return counts.length === TABLE4_CELLS ? counts : undefined;
}
