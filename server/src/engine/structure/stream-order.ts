/**
 * Plain pdftotext output (copy from a PDF viewer): the numbers of table 三 keep the order of the rows
 * on the page, top to bottom and page after page, while labels come wherever the page layout puts them
 * (a tall parent label after its rows, the rest of a label cut by a page break after the next rows).
 * So when the numbers fill exactly the rows whose labels were found, the k-th row of numbers is the
 * k-th of those rows in the official order — whatever label each number happened to follow.
 */
import type { FoundRow, ResolvedRow, TextCell } from '../model';
import { blankColumn } from './blank-cell';
import { totalHolds } from '../tables/total-holds';
import { readingsWithFirstsAnyOrder, readingsWithFirstsApart } from './firsts-apart';

/** Table 三's rows whose labels were not found: how to make one from its numbers, and the numbers no found row took. */
export interface Unfound {
  row: (key: string, values: TextCell[]) => FoundRow;
  /** In the table's lines, page furniture and page numbers left out. */
  loose: TextCell[];
  /** Whether a number stands on a line of a label's words (类过程性 0), not alone. */
  besideLabel: (v: TextCell) => boolean;
}

/**
 * The rows with their numbers in the official order, or undefined when the count does not decide it:
 * the numbers are not exactly one row per row found (an unread label, blank cells) but for one blank
 * cell, a row is found twice, or a row whose label the stream followed with exactly its numbers (or
 * the short row with its own) would get others.
 */
export function inStreamOrder(found: FoundRow[], n: number, order: string[], results: readonly string[]): FoundRow[] | undefined {
  if (!found.length || found.some((r) => !r.scrambled)) return undefined;
  const keys = new Set(found.map((r) => r.key));
  if (keys.size !== found.length) return undefined;
  const stream = [...found].sort((a, b) => a.firstLine - b.firstLine).flatMap((r) => r.values);
  // One number short: a blank cell, in the one row whose label the stream followed with a number
  // less than a row (that row stays unread unless the table's sums say which of its cells is blank).
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
    // A row the stream could not vouch for (its label cut by a page break, or numbers on both sides
    // of it) is placed only when its own total holds too.
    if (r.uncertain && values.length === n && !totalHolds(values)) return undefined;
    const { uncertain: _, ...rest } = r;
    given.set(r, { ...rest, values });
  }
  const placed = found.map((r) => given.get(r)!);
  // A safety net for streams this rule does not foresee: a misplaced row breaks the table's sums in
  // many places, one defect in two at most (a row's total and the result total, or two balances).
  const broken = brokenSums(placed, n, results);
  if (broken > 2) return undefined;
  // A row with a repeated header's pieces among its numbers (自然人 / 四、结转下年度继续办理 / 商业企业 … 其他 / 1 0 0 0 0 0 /
  // 总计 / 1 for 0 1 0 0 0 0 1) was given column block by column block: its total holds in any order of its cells. With a
  // sum of the table broken, nothing vouches for that order: the row stays unread, unless its cells are alike.
  if (broken > 0) {
    for (let i = 0; i < placed.length; i++) {
      const v = placed[i].values;
      if (found[i].headerAmid && v.length === n && v.slice(1, -1).some((c) => c.text !== v[0].text)) placed[i] = { ...placed[i], uncertain: true };
    }
  }
  // A row whose numbers stand on both sides of its label (a page's left column after its other ones: 0 0 0 0 0 4 /
  // 四、结转下年度继续办理 / 4), or whose first row's numbers before its label hold its total first or last too: the
  // other order, where it keeps the row's total, is weighed; the order that keeps every sum is the row's, and if
  // the other one breaks fewer sums without keeping all, which a broken sum belongs to is not known. As many broken
  // either way (a balance defect in another row: 0 0 0 0 0 1 / 四、结转下年度继续办理 / 总计 / 1, its 1 其他 or 自然人
  // each breaking one column's balance), neither order is proven: the row stays unread.
  if (broken > 0) {
    for (const [i, r] of placed.entries()) {
      const k = r.values.length === n ? lastRun(r) : 0;
      if (!k || k === n) continue;
      const other = { ...r, values: [...r.values.slice(n - k), ...r.values.slice(0, n - k)] };
      if (totalHolds(other.values) && other.values.some((v, j) => v.text !== r.values[j].text)) {
        const alternative = placed.map((x) => (x === r ? other : x));
        const fewer = brokenSums(alternative, n, results);
        if (fewer === 0) return short.length ? undefined : alternative;
        if (fewer < broken) return undefined;
        if (fewer === broken) { placed[i] = { ...placed[i], uncertain: true }; continue; }
      }
      // The last run may also close around the first (a page's left and right columns given after its middle ones:
      // 0 0 0 0 0 / 7.属于行政执法案卷 / 1 1 for 1 0 0 0 0 0 1): when such an order keeps the row's total and breaks
      // fewer of the table's sums, the row's order is not proven and it stays unread.
      if (aroundBreaksFewer(placed, i, k, n, results, broken)) placed[i] = { ...placed[i], uncertain: true };
    }
  }
  if (!short.length) return placed;
  const blank = given.get(short[0])!;
  const column = blankColumn(placed, blank, n, results);
  return placed.map((r) => (r !== blank ? r : column === undefined ? { ...r, oneBlank: true } : { ...r, blankAt: column }));
}

/**
 * Every row of the table in its numbers: the numbers the rows took, some labels not found, or with them those no row
 * took (a row's numbers right after a repeated header, whose 其他 is that row's label too), in the text's order, when
 * they are exactly one row per row of the table.
 */
export function inWholeTable(found: FoundRow[], n: number, order: string[], results: readonly string[], unfound: Unfound): FoundRow[] | undefined {
  if (!found.length || found.some((r) => !r.scrambled) || new Set(found.map((r) => r.key)).size !== found.length) return undefined;
  const stream = [...found].sort((a, b) => a.firstLine - b.firstLine).flatMap((r) => r.values);
  // One number short, the stream's own (no loose number): a blank cell, in the one row whose label the stream followed
  // with a number less than a row — as in inStreamOrder, but with the rows whose labels were not found given theirs.
  const short = found.length < order.length && stream.length === n * order.length - 1 ? found.filter((r) => r.values.length === n - 1 && !r.uncertain) : [];
  if (short.length === 1 && !unfound.loose.length) return withOneShort(found, stream, short[0], n, order, results, unfound);
  let all = stream;
  if (found.length === order.length || stream.length !== n * order.length) {
    if (!unfound.loose.length || stream.length + unfound.loose.length !== n * order.length) return undefined;
    all = [...stream, ...unfound.loose].sort((a, b) => a.span.line - b.span.line || a.span.start - b.span.start);
  }
  const rows = (table: TextCell[][]) => placedRows(found, table, n, order, results, unfound.row);
  const inOrder = rows(order.map((_, i) => all.slice(i * n, (i + 1) * n)));
  if (inOrder) return inOrder;
  // The rows' first numbers beside their labels given apart from the rest (./firsts-apart.ts): one reading or none.
  const beside = all.filter(unfound.besideLabel);
  const alone = all.filter((v) => !unfound.besideLabel(v));
  const held = (readings: TextCell[][][] | undefined) => (readings ?? []).map(rows).filter((r): r is FoundRow[] => !!r);
  const ordered = held(readingsWithFirstsApart(beside, alone, order.length, n));
  if (ordered.length) return ordered.length === 1 ? ordered[0] : undefined;
  // None with the firsts in the rows' order: the label blocks may have come in another order.
  const any = held(readingsWithFirstsAnyOrder(beside, alone, order.length, n));
  return any.length === 1 ? any[0] : undefined;
}

/**
 * inWholeTable's rows when the stream is one number short of every row of the table and one row found was followed by
 * one number less than a row: in the official order, that row takes one less, its own numbers (else undefined); the
 * others and the table's sums as placedRows weighs them. The short row keeps its blank unplaced (oneBlank) unless the
 * table's sums place it (blankAt).
 */
function withOneShort(found: FoundRow[], stream: TextCell[], short: FoundRow, n: number, order: string[], results: readonly string[], unfound: Unfound): FoundRow[] | undefined {
  const table: TextCell[][] = [];
  let at = 0;
  for (const key of order) {
    const size = key === short.key ? n - 1 : n;
    table.push(stream.slice(at, at + size));
    at += size;
  }
  const mine = table[order.indexOf(short.key)];
  if (short.values.some((v, i) => v !== mine[i])) return undefined;
  const placed = placedRows(found, table, n, order, results, unfound.row);
  if (!placed) return undefined;
  const blank = placed[order.indexOf(short.key)];
  const column = blankColumn(placed, blank, n, results);
  return placed.map((r) => (r !== blank ? r : column === undefined ? { ...r, oneBlank: true } : { ...r, blankAt: column }));
}

/**
 * The rows of a table read in the official order (`table`: its numbers, one row each), though some labels were not
 * found (a browser's printout may give a label's numbering and its words far apart, and 其他 is a header's word too).
 * Only when each label the stream followed with exactly one row of numbers gets those numbers, and every sum of the
 * table holds — the rows' totals, the results' total and the balance in each column.
 */
function placedRows(found: FoundRow[], table: TextCell[][], n: number, order: string[], results: readonly string[], unfound: (key: string, values: TextCell[]) => FoundRow): FoundRow[] | undefined {
  const byKey = new Map(found.map((r) => [r.key, r]));
  const placed: FoundRow[] = [];
  for (const [i, key] of order.entries()) {
    const values = table[i];
    const r = byKey.get(key);
    if (!r) { placed.push(unfound(key, values)); continue; }
    if (r.values.length === n && !r.uncertain && r.values.some((v, j) => v.text !== values[j].text)) return undefined;
    const { uncertain: _, ...rest } = r;
    placed.push({ ...rest, values });
  }
  return brokenSums(placed, n, results, true) === 0 ? placed : undefined;
}

/**
 * Whether row `i`'s last run of `k` numbers, split around its first run (its first j before, the rest after), gives an
 * order that keeps the row's total and breaks fewer of the table's sums than the `broken` of the reading as it stands.
 */
function aroundBreaksFewer(placed: FoundRow[], i: number, k: number, n: number, results: readonly string[], broken: number): boolean {
  const v = placed[i].values;
  const first = v.slice(0, n - k);
  const last = v.slice(n - k);
  for (let j = 1; j < k; j++) {
    const values = [...last.slice(0, j), ...first, ...last.slice(j)];
    if (!totalHolds(values)) continue;
    if (brokenSums(placed.map((x, m) => (m === i ? { ...x, values } : x)), n, results) < broken) return true;
  }
  return false;
}

/**
 * A row whose numbers stand on both sides of its label, in two runs (those before it, then those after, or the other
 * way round): how many the last run holds, the other order putting them first; 0 when not so.
 */
function lastRun(r: FoundRow): number {
  const line = r.label.span.line;
  const last = r.values.length ? r.values[r.values.length - 1].span.line > line : false;
  let k = 0;
  while (k < r.values.length && r.values[r.values.length - 1 - k].span.line > line === last) k++;
  const rest = r.values.slice(0, r.values.length - k);
  return rest.length && rest.every((v) => v.span.line > line !== last) ? k : 0;
}

/** How many of table 三's sums fail with these rows: each row's total, and per column the result total and the balance. */
export function brokenSums(rows: FoundRow[], n: number, results: readonly string[], allParts = false): number {
  const byKey = new Map(rows.map((r) => [r.key, r.values.length === n ? r.values.map((v) => Number(v.text)) : undefined]));
  let broken = 0;
  for (const v of byKey.values()) if (v && v.slice(0, -1).reduce((a, b) => a + b, 0) !== v[n - 1]) broken++;
  const parts = results.map((k) => byKey.get(k)).filter((v): v is number[] => !!v);
  // A row with a blank cell (one number short) is in no column's sum: those sums say nothing then.
  const partial = results.some((k) => byKey.has(k) && !byKey.get(k));
  for (let c = 0; c < n; c++) broken += columnBroken((k) => byKey.get(k)?.[c], results, partial || (allParts && parts.length !== results.length));
  return broken;
}

/**
 * How many of one column's sums fail (the results adding up to their total, and 第一项加第二项 = 第三项加第四项),
 * `cell` giving the column's number in a row (undefined: the row not read); the results' sum is not weighed
 * when `partial` (a results row read short, or not every one read where all must be).
 */
export function columnBroken(cell: (key: string) => number | undefined, results: readonly string[], partial = false): number {
  let broken = 0;
  const total = cell('result_total');
  const parts = results.map(cell).filter((v): v is number => v !== undefined);
  if (total !== undefined && parts.length && !partial && parts.reduce((a, b) => a + b, 0) !== total) broken++;
  const [a, b, d] = ['new_received', 'carried_over', 'carry_forward'].map(cell);
  if (total !== undefined && a !== undefined && b !== undefined && d !== undefined && a + b !== total + d) broken++;
  return broken;
}

/**
 * Rows absent from a table that could not be read whole, whose absence is proven all the same: the
 * rows before and after it in the official order were read, each label followed by exactly its own
 * row of numbers, the one right after the other in the stream and in one stretch of table. The absent
 * row's numbers, had it any, would stand between theirs (the numbers keep the rows' order): none do.
 */
export function provenAbsent(found: FoundRow[], rows: Map<string, ResolvedRow>, n: number, order: string[], together: (a: FoundRow, b: FoundRow) => boolean): Set<string> {
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
    // In one stretch of table: a line the table's reader left out (a label it did not know) may hold that row.
    if (before && after && stream.indexOf(after) === stream.indexOf(before) + 1 && together(before, after)) proven.add(order[i]);
  }
  return proven;
}
