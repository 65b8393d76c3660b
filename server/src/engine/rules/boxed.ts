/**
 * Tables drawn with box characters (│ ┌ ├ ┼ ─): what text browsers (w3m, elinks) make of a web page's table that has
 * borders, its merged cells spanning unevenly and its labels wrapped inside the boxes. No reader takes them apart yet:
 * a table, header or row not found where such lines stand is unread, not missing.
 */
const BOX = /[\u2500-\u257f]/;
/** A box table's line: a vertical bar or a border line of box characters. */
const BOX_LINE = /[│┃├┤┼┌┐└┘┬┴]/;

/** Whether lines from…to hold a table drawn with box characters (two such lines at least). */
export function boxDrawn(lines: readonly string[], from: number, to: number): boolean {
  let n = 0;
  for (let i = Math.max(0, from); i <= to && i < lines.length; i++) {
    const line = lines[i];
    if (BOX.test(line) && BOX_LINE.test(line) && ++n >= 2) return true;
  }
  return false;
}
