/**
 * Table 三 in plain pdftotext of a browser's printout (print-html-raw) where each cell is a block of its own: a row's
 * other cells come in the rows' order, each row's run whole (商业企业 … 总计), but its first (自然人) may stand beside its
 * label, or alone at the edge of a run of numbers (before or after its row, or pages later: a label block given after
 * the page's numbers, `保护第 / 三方合法 3`). Each row then takes its first with its run, or takes it from that pool,
 * the row's total fixing it (the total less the others). The table is read only when exactly one table makes every row
 * hold and keeps the columns' sums — or, where none keeps them all, exactly one breaks just the balance in one column
 * and 总计 by the same amount (a report whose balance is wrong: the defect is said, not hidden). A table with one defect
 * may be read other ways with one cell wrong elsewhere: the rows those readings disagree on are left unread (empty).
 */
import type { TextCell } from '../model';
import { oneCellWrong, type BandItem, type BandSums } from './printed-bands';

/** More distinct partial tables than this from one point: the text does not settle the table. */
const MAX_READINGS = 16;
/** More partial readings weighed than this: not settled either, and never slow. */
const MAX_STEPS = 100000;

/** A row's first, taken from the pool: its number only (the cell that gave it is matched afterwards). */
type Cell = TextCell | number;

/**
 * The table (rows × n cells) read from the blocks, or undefined. `lines` tells which numbers stand at the edge of a
 * run (a line of text, furniture or nothing on one side): only those may be a row's first set apart.
 */
export function readFirstsPooled(items: readonly BandItem[], lines: readonly string[], skip: (line: number) => boolean, rows: number, n: number, sums: BandSums): TextCell[][] | undefined {
  const ways = spreadWays(items, rows * n);
  if (!ways) return undefined;
  const holding = new Map<string, Cell[][]>();
  const oneDefect = new Map<string, Cell[][]>();
  /** Tables with one cell wrong (or one cell and its row's 总计) that the shapes above do not name: other readings. */
  const anyCell = new Map<string, Cell[][]>();
  const given = new Map<string, TextCell[]>();
  for (const { beside, alone } of ways) {
    if (alone.length + beside.length !== rows * n) continue;
    const tables = pooledTables(beside, alone, rows, n, (v) => atRunEdge(lines, skip, v.span.line));
    if (!tables) return undefined;
    for (const t of tables) {
      const broken = brokenColumns(t, n, sums);
      const to = !broken.length ? holding : oneBalanceBroken(broken, n) ? oneDefect : oneCellWrong(t.map((row) => row.map(value)), sums) ? anyCell : undefined;
      if (!to) continue;
      to.set(id(t), t);
      given.set(id(t), [...beside, ...alone]);
    }
  }
  // None keeps every sum: one row's total broken, and with it only 总计's sums that tie it (where the balance broken
  // alone was found, these are other readings of the defect — weighed where they are few enough to weigh).
  const balanceOnly = oneDefect.size > 0;
  if (!holding.size) {
    for (const { beside, alone } of ways) {
      if (alone.length + beside.length !== rows * n) continue;
      const tables = pooledTables(beside, alone, rows, n, (v) => atRunEdge(lines, skip, v.span.line), true);
      if (!tables && balanceOnly) break;
      if (!tables) return undefined;
      for (const t of tables) {
        const to = oneRowTotalBroken(t, n, sums) ? oneDefect : oneCellWrong(t.map((row) => row.map(value)), sums) ? anyCell : undefined;
        if (!to) continue;
        to.set(id(t), t);
        given.set(id(t), [...beside, ...alone]);
      }
    }
  }
  if (holding.size) {
    if (holding.size !== 1) return undefined;
    const [[key, table]] = [...holding];
    return withCells(table, given.get(key)!);
  }
  if (!oneDefect.size) return undefined;
  // One defect: the first such table's rows where every reading with one cell wrong agrees.
  const readings = [...oneDefect.values(), ...[...anyCell].filter(([k]) => !oneDefect.has(k)).map(([, t]) => t)];
  if (readings.length > MAX_READINGS) return undefined;
  const [key, table] = [...oneDefect][0];
  const same = (r: number) => readings.every((t) => t[r].every((c, k) => value(c) === value(table[r][k])));
  return withCells(table, given.get(key)!).map((row, r) => (same(r) ? row : []));
}

/** A line of single digits one space apart (`2 4`): one number whose digits the widened spacing parted, or several cells. */
const SPREAD = /^[0-9](?: [0-9])+$/;
/** More ways to read the spread lines than this, each giving the table's count of numbers: too many to weigh. */
const MAX_WAYS = 16;

/**
 * The ways to read the items as numbers beside labels and numbers alone: a line of several numbers only where it may be
 * one number's digits spread apart (then both ways: joined, beside its label if on a label's line; or each alone).
 * Only ways that give the table's `cells` numbers are weighed: a table in widened spacing has many such lines (`2 4 0`,
 * `1 0 0`, `4 6`: twelve in one table), and where joining them all gives exactly its count, that is the only way.
 * Undefined for other lines of several numbers (a band of cells side by side: not this layout), or too many ways.
 */
function spreadWays(items: readonly BandItem[], cells: number): { beside: TextCell[]; alone: TextCell[] }[] | undefined {
  const spread: number[] = [];
  let joined = 0;
  for (const [k, it] of items.entries()) {
    if ('beside' in it || it.lines.every((l) => l.length === 1)) { joined += 'beside' in it ? 1 : it.lines.length; continue; }
    if (it.lines.length !== 1 || !SPREAD.test(it.lines[0].map((v) => v.text).join(' ')) || !oneSpaceApart(it.lines[0])) return undefined;
    spread.push(k);
    joined++;
  }
  // Which spread lines are read digit by digit: each adds its digits but one to the count, which must come to `cells`.
  const splits: Set<number>[] = [];
  let steps = 0;
  const choose = (s: number, extra: number, chosen: number[]): boolean => {
    if (++steps > MAX_STEPS) return false;
    if (extra === 0) { splits.push(new Set(chosen)); return splits.length <= MAX_WAYS; }
    for (let t = s; t < spread.length; t++) {
      const more = (items[spread[t]] as { lines: TextCell[][] }).lines[0].length - 1;
      if (more <= extra && !choose(t + 1, extra - more, [...chosen, spread[t]])) return false;
    }
    return true;
  };
  if (cells < joined || !choose(0, cells - joined, [])) return undefined;
  return splits.map((split) => {
    const beside: TextCell[] = [];
    const alone: TextCell[] = [];
    for (const [k, it] of items.entries()) {
      if ('beside' in it) { beside.push(it.beside); continue; }
      if (!spread.includes(k) || split.has(k)) { alone.push(...it.lines.flat()); continue; }
      const digits = it.lines[0];
      const joined: TextCell = { text: digits.map((v) => v.text).join(''), norm: digits.map((v) => v.text).join(''), span: { ...digits[0].span, end: digits[digits.length - 1].span.end } };
      (it.maybeFirst ? beside : alone).push(joined);
    }
    return { beside, alone };
  });
}

/** Digits on one line each one space after the last. */
function oneSpaceApart(cells: readonly TextCell[]): boolean {
  return cells.every((c, k) => k === 0 || (c.span.line === cells[k - 1].span.line && c.span.start === cells[k - 1].span.end + 1));
}

/** Whether the number on line i has, on one side, no other line of numbers (text, page furniture, or the table's end). */
function atRunEdge(lines: readonly string[], skip: (line: number) => boolean, i: number): boolean {
  const numbers = (j: number) => j >= 0 && j < lines.length && !skip(j) && /^[0-9 ]+$/.test(lines[j].replace(/^\f/, '').trim());
  const next = (step: number) => { let j = i + step; while (j >= 0 && j < lines.length && lines[j].replace(/^\f/, '').trim() === '') j += step; return j; };
  return !numbers(next(-1)) || !numbers(next(1));
}

const text = (c: Cell) => (typeof c === 'number' ? String(c) : c.text);
const value = (c: Cell) => (typeof c === 'number' ? c : Number(c.text));
const id = (t: readonly (readonly Cell[])[]) => t.map((r) => r.map(text).join(' ')).join('|');

/** A row's first taken from the pool whatever it is (its row's total broken): known once the pool's leftover is. */
const ANY = -1;

/**
 * Every distinct table (at most MAX_READINGS) whose rows each hold their total: a row takes n numbers of `alone` in
 * order, or n − 1 and its first from the pool (`beside`, and numbers of `alone` at a run's edge set apart between rows),
 * the pool used up at the end. With `oneRowBroken`, exactly one row's total fails instead (its n numbers as given, or
 * its first the one number the pool has left: ANY until then). Undefined when more readings remain or the search runs
 * too long.
 */
function pooledTables(beside: readonly TextCell[], alone: readonly TextCell[], rows: number, n: number, mayPool: (v: TextCell) => boolean, oneRowBroken = false): Cell[][][] | undefined {
  // The pool as counts per number, taken (negative) before or after it is given.
  const key = (pool: ReadonlyMap<number, number>) => [...pool].filter(([, c]) => c).sort((a, b) => a[0] - b[0]).map(([v, c]) => `${v}:${c}`).join(',');
  const moved = (pool: ReadonlyMap<number, number>, v: number, d: number) => new Map(pool).set(v, (pool.get(v) ?? 0) + d);
  const sum = (cells: readonly TextCell[]) => cells.reduce((a, c) => a + Number(c.text), 0);
  /** The pool used up: nothing left, or (a row's first ANY) exactly one number left for it. */
  const usedUp = (pool: ReadonlyMap<number, number>) => {
    const left = [...pool].filter(([, c]) => c);
    if (!left.length) return true;
    return left.length === 2 && left.some(([v, c]) => v === ANY && c === -1) && left.some(([v, c]) => v !== ANY && c === 1);
  };
  const memo = new Map<string, Cell[][][]>();
  let steps = 0;
  let overflow = false;
  const from = (r: number, i: number, pool: ReadonlyMap<number, number>, broken: boolean): Cell[][][] => {
    if (overflow || ++steps > MAX_STEPS) { overflow = true; return []; }
    if (r === rows && i === alone.length) return usedUp(pool) && broken === oneRowBroken ? [[]] : [];
    const at = `${r}:${i}:${key(pool)}:${broken}`;
    const known = memo.get(at);
    if (known) return known;
    const out = new Map<string, Cell[][]>();
    const add = (row: Cell[] | undefined, rest: Cell[][][]) => { for (const t of rest) { const table = row ? [row, ...t] : t; out.set(id(table), table); } };
    if (r < rows && i + n <= alone.length) {
      const row = alone.slice(i, i + n);
      const holds = sum(row.slice(0, -1)) === Number(row[n - 1].text);
      if (holds || (oneRowBroken && !broken)) add(row, from(r + 1, i + n, pool, broken || !holds));
    }
    if (r < rows && i + n - 1 <= alone.length) {
      const others = alone.slice(i, i + n - 1);
      const first = Number(others[n - 2].text) - sum(others.slice(0, -1));
      if (first >= 0) add([first, ...others], from(r + 1, i + n - 1, moved(pool, first, -1), broken));
      if (oneRowBroken && !broken) add([ANY, ...others], from(r + 1, i + n - 1, moved(pool, ANY, -1), true));
    }
    if (i < alone.length && mayPool(alone[i])) add(undefined, from(r, i + 1, moved(pool, Number(alone[i].text), 1), broken));
    if (out.size > MAX_READINGS) overflow = true;
    const found = [...out.values()];
    memo.set(at, found);
    return found;
  };
  const all = from(0, 0, beside.reduce((p, b) => moved(p, Number(b.text), 1), new Map<number, number>()), false);
  if (overflow) return undefined;
  // A first ANY is the one number the pool has left: every number given, less the table's cells and firsts.
  const given = [...beside, ...alone];
  return all.map((t) => {
    if (!t.some((row) => row[0] === ANY)) return t;
    const left = given.filter((c) => !t.some((row) => row.includes(c))).map((c) => Number(c.text));
    for (const row of t) for (const c of row) if (typeof c === 'number' && c !== ANY) left.splice(left.indexOf(c), 1);
    return t.map((row) => (row[0] === ANY ? [left[0], ...row.slice(1)] : row));
  });
}

/** The table's column sums that fail: per column, the results adding up to their total, and the balance. */
function brokenColumns(t: readonly (readonly Cell[])[], n: number, sums: BandSums): { c: number; tied: 'results' | 'balance'; off: number }[] {
  const [a, b, tot, d] = sums.balance;
  const out: { c: number; tied: 'results' | 'balance'; off: number }[] = [];
  for (let c = 0; c < n; c++) {
    const results = sums.results.reduce((s, r) => s + value(t[r][c]), 0) - value(t[sums.resultTotal][c]);
    const balance = value(t[a][c]) + value(t[b][c]) - value(t[tot][c]) - value(t[d][c]);
    if (results) out.push({ c, tied: 'results', off: Math.abs(results) });
    if (balance) out.push({ c, tied: 'balance', off: Math.abs(balance) });
  }
  return out;
}

/** The balance broken in one column and in 总计 by the same amount, every other sum holding. */
function oneBalanceBroken(broken: readonly { c: number; tied: string; off: number }[], n: number): boolean {
  return broken.length === 2 && broken.every((s) => s.tied === 'balance') && broken[0].c !== n - 1 && broken[1].c === n - 1 && broken[0].off === broken[1].off;
}

/** One row's total fails, and the sums that fail besides are 总计's that tie that row, each by as much. */
function oneRowTotalBroken(t: readonly (readonly Cell[])[], n: number, sums: BandSums): boolean {
  const off = t.map((row) => row.slice(0, -1).reduce((a: number, c) => a + value(c), 0) - value(row[n - 1]));
  const rows = off.flatMap((o, r) => (o ? [r] : []));
  if (rows.length !== 1) return false;
  const r = rows[0];
  const tie = (tied: 'results' | 'balance') => (tied === 'results' ? [...sums.results, sums.resultTotal] : sums.balance).includes(r);
  return brokenColumns(t, n, sums).every((s) => s.c === n - 1 && tie(s.tied) && s.off === Math.abs(off[r]));
}

/** The table's cells, each first taken from the pool given the text's cell of its number (in the text's order). */
function withCells(t: readonly (readonly Cell[])[], given: readonly TextCell[]): TextCell[][] {
  const used = new Set(t.flat().filter((c): c is TextCell => typeof c !== 'number'));
  const spare = given.filter((c) => !used.has(c)).sort((a, b) => a.span.line - b.span.line || a.span.start - b.span.start);
  return t.map((row) => row.map((c) => {
    if (typeof c !== 'number') return c;
    const k = spare.findIndex((s) => Number(s.text) === c);
    return spare.splice(k, 1)[0];
  }));
}
