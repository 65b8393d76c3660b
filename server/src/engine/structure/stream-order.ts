/**
 * Plain pdftotext output (copy from a PDF viewer): the numbers of table 三 keep the order of the rows
 * on the page, top to bottom and page after page, while labels come wherever the page layout puts them
 * (a tall parent label after its rows, the rest of a label cut by a page break after the next rows).
 * So when the numbers fill exactly the rows whose labels were found, the k-th row of numbers is the
 * k-th of those rows in the official order — whatever label each number happened to follow.
 */
import type { FoundRow, ResolvedRow } from '../model';

/**
 * The rows with their numbers in the official order, or undefined when the count does not decide it:
 * the numbers are not exactly one row per row found (an unread label, blank cells) but for one blank
 * cell, a row is found twice, or a row whose label the stream followed with exactly its numbers (or
 * the short row with its own) would get others.
 */
export function inStreamOrder(found: FoundRow[], n: number, order: string[]): FoundRow[] | undefined {
  if (!found.length || found.some((r) => !r.scrambled)) return undefined;
  const keys = new Set(found.map((r) => r.key));
  if (keys.size !== found.length) return undefined;
  const stream = [...found].sort((a, b) => a.firstLine - b.firstLine).flatMap((r) => r.values);
  // One number short: a blank cell, in the one row whose label the stream followed with a number
  // less than a row (that row stays unread: nothing says which of its cells is blank).
  const short = stream.length === n * found.length - 1 ? found.filter((r) => r.values.length === n - 1 && !r.uncertain) : [];
  if (stream.length !== n * found.length && short.length !== 1) return undefined;
  const rank = new Map(order.map((k, i) => [k, i]));
  const official = [...found].sort((a, b) => rank.get(a.key)! - rank.get(b.key)!);
  const given = new Map<FoundRow, FoundRow>();
  let at = 0;
  for (const r of official) {
    const size = r === short[0] ? n - 1 : n;
    const values = stream.slice(at, at + size);
    at += size;
    if (r === short[0] && r.values.some((v, i) => v.text !== values[i].text)) return undefined;
    // A label the stream followed with exactly one row of numbers is the safest reading there is: the
    // order must give it the same numbers (its own, or an equal row: a label after its own numbers
    // is followed by the next row's), or the stream is not what this rule assumes.
    if (r.values.length === n && !r.uncertain && r.values.some((v, i) => v.text !== values[i].text)) return undefined;
    const { uncertain: _, ...rest } = r;
    given.set(r, { ...rest, values });
  }
  return found.map((r) => given.get(r)!);
}

/**
 * Rows absent from a table that could not be read whole, whose absence is proven all the same: the
 * rows before and after it in the official order were read, each label followed by exactly its own
 * row of numbers, the one right after the other in the stream. The absent row's numbers, had it any,
 * would stand between theirs (the numbers keep the rows' order), and there are none.
 */
export function provenAbsent(found: FoundRow[], rows: Map<string, ResolvedRow>, n: number, order: string[]): Set<string> {
  const proven = new Set<string>();
  const stream = [...found].sort((a, b) => a.firstLine - b.firstLine);
  const read = (key: string) => {
    const r = rows.get(key);
    return r && !r.uncertain && r.row.values.length === n ? r.row : undefined;
  };
  for (let i = 1; i + 1 < order.length; i++) {
    if (rows.has(order[i])) continue;
    const before = read(order[i - 1]);
    const after = read(order[i + 1]);
    if (before && after && stream.indexOf(after) === stream.indexOf(before) + 1) proven.add(order[i]);
  }
  return proven;
}
