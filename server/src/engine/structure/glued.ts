/**
 * PDF text whose extractor joins the items of one baseline without a space (the npm pdf-parse, which
 * Node scrapers run): a table row's numbers come as one run of digits (`0000000`, `00000010`, `0014`).
 * Such a run is cut into the row's cells only when exactly one cut gives as many counts as the row has
 * columns (a count has no leading zero) and the row's sums hold; any other run is left unread: `403001246`
 * could be 40 30 0 12 46 or 4 0 30 … and nothing in the text says which.
 */
import type { FoundRow, TextCell } from '../model';
import { normalizeLabel } from '../text/normalize';
import { blankColumns, checkedBeyondOwn } from './blank-cell';
import { oneSpaceApart, spreadReadings } from './spread-digits';
import { spreadWith } from '../loops';

/** A run of digits no count is written as: a zero first, more digits after it. */
const GLUED = /^0[0-9]+(?:\.[0-9]+)?$/;
/** Digits, and minus signs before some (本年增/减: `0-30` is 0, -3, 0). */
const DIGITS = /^-?[0-9]+(?:[-.]?[0-9]+)*$/;
/** One value as written: a count, a change (-3) or an amount (309.44), no leading zero. */
const VALUE = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
/** A page number (- 2 -) the extractor put on the row's line or after it: never a cell. */
const PAGE_MARK = /^[-—–－]\s*[0-9]{1,4}\s*[-—–－]$/;
/** A row's glued numbers with a minus sign inside: no single value is written so. */
export const GLUED_SIGNED = /^-?[0-9]+(?:-[0-9]+)+$/;
/** More cuts than this are not looked at (a long run is unreadable anyway). */
const MAX_STEPS = 20000;
/** No count in a report runs to more digits. */
const MAX_DIGITS = 6;

/** GLUED and GLUED_SIGNED need two characters or more, and a zero first or a minus sign after the first: most values have neither. */
function mayBeGlued(text: string): boolean {
  return text.length >= 2 && (text.charCodeAt(0) === 48 || text.indexOf('-', 1) > 0);
}

/** Whether the rows' numbers are glued: some row holds a run of digits no count is written as. */
export function gluedRows(rows: Iterable<FoundRow>): boolean {
  for (const r of rows) for (const v of r.values) if (mayBeGlued(v.text) && (GLUED.test(v.text) || GLUED_SIGNED.test(v.text))) return true;
  return false;
}

/**
 * The row with its numbers cut into `n` cells, when one cut only gives counts whose sums hold
 * (`holds`); else the row marked uncertain (its numbers are placed nowhere). A row that already has
 * `n` numbers, none of them glued, is kept.
 */
export function unglued(row: FoundRow, n: number, holds: (v: number[]) => boolean, group = 0, summed = false): FoundRow {
  const values = row.values.filter((v) => v.text !== '' && !PAGE_MARK.test(v.text.trim()));
  if (values.length > 1 && values.some((v) => v.span.line !== values[0].span.line)) return spreadWith(row, { uncertain: true });
  // Not glued but spread one space apart (pdfplumber: 行政许可 10 03, a 03 making the text look glued): when one way only
  // of joining the pieces gives a value per column whose sums hold, the row is left to resolveRow, which joins them so.
  if (values.length > n && oneSpaceApart(values) && spreadReadings(values, n).filter((r) => holds(r.map((c) => Number(c.text)))).length === 1) return row;
  if (values.length === n && !values.some((v) => GLUED.test(v.text) || GLUED_SIGNED.test(v.text))) return values.length === row.values.length ? row : { ...row, values };
  // One run of digits on one line: the row's numbers as the extractor joined them (numbers on other
  // lines are not the row's: a page number with nothing around it, 1210.06 / 2).
  if (values.length !== 1 || !DIGITS.test(values[0].text)) return spreadWith(row, { uncertain: true });
  const run = values[0];
  const cut = onlyCut(run.text, n, holds, group) ?? (summed ? onlyReading(run.text, n) : undefined);
  return cut ? cellsOf(row, run, cut) : spreadWith(row, { uncertain: true });
}

/**
 * The one way to cut `digits` into `n` values at all, when no cut gives fewer (a blank cell leaves one
 * number out): `00000010` is 0 0 0 0 0 0 10 whatever the sums say, so a sum that fails there is the
 * table's (row-total), not the reading's. Only for tables whose sums are checked (`summed`).
 */
export function onlyReading(digits: string, n: number): string[] | undefined {
  if (!/^[0-9]+$/.test(digits)) return undefined;
  const any = () => true;
  const found = cuts(digits, n, any, 1);
  if (found?.length !== 1) return undefined;
  for (let fewer = n - 1; fewer >= Math.max(1, n - 2); fewer--) if (cuts(digits, fewer, any, 0)?.length !== 0) return undefined;
  return found[0];
}

/**
 * The one way to cut `digits` into `n` values whose sums hold, or undefined (none, several, or too many
 * to try). A minus sign starts a value (not a zero), which `holds` must allow in its column.
 */
export function onlyCut(digits: string, n: number, holds: (v: number[]) => boolean, group = 0): string[] | undefined {
  const found = cuts(digits, n, holds, 1, group);
  return found?.length === 1 ? found[0] : undefined;
}

/** Every cut of `digits` into `n` values whose sums hold, or undefined when there are more than `max` (or too many to try). */
export function cuts(digits: string, n: number, holds: (v: number[]) => boolean, max: number, group = 0): string[][] | undefined {
  // Groups with their own total (table 四's five) are checked as each is cut: fifteen values have too many cuts to try all.
  const early = group ? (v: string[]) => v.length % group !== 0 || totalHolds(v.slice(-group).map(Number)) : undefined;
  if (digits.length < n) return [];
  const found: string[][] = [];
  let steps = 0;
  const parts: string[] = [];
  const walk = (at: number): void => {
    if (found.length > max || ++steps > MAX_STEPS) return;
    const left = n - parts.length;
    if (left === 0) {
      if (at === digits.length && holds(parts.map(Number))) found.push([...parts]);
      return;
    }
    const rest = digits.length - at;
    if (rest < left) return;
    const longest = Math.min(MAX_DIGITS + 6, rest - (left - 1));
    for (let len = 1; len <= longest; len++) {
      const part = digits.slice(at, at + len);
      if (part.length > 1 && part.endsWith('-')) break;
      if (!VALUE.test(part) || part.replace(/^-|\..*$/g, '').length > MAX_DIGITS) continue;
      parts.push(part);
      if (!early || early(parts)) walk(at + len);
      parts.pop();
      // A zero is a count of its own: no longer value starts with it (but 0.75).
      if (part === '0' && digits[at + 1] !== '.') break;
    }
  };
  walk(0);
  return found.length > max || steps > MAX_STEPS ? undefined : found;
}

/**
 * Table 四's fifteen cells glued into one run with several cuts whose groups all hold (`174262923453351251422`: 12 5 1 4 22
 * or 1 2 5 14 22 for 行政诉讼's last group): the groups every such cut reads alike, from the same digits of the run, are
 * sure all the same (17 4 2 6 29, 23 4 5 3 35); the others are not. Undefined when the run has one cut or none, or no
 * group is read alike.
 */
export function groupsEveryCutReads(row: FoundRow): { row: FoundRow; groups: number[] } | undefined {
  const run = singleRun(row);
  if (!run || !/^[0-9]+$/.test(run.text)) return undefined;
  const all = cuts(run.text, 15, groupsHold, 64, 5);
  if (!all || all.length < 2) return undefined;
  const starts = (cut: string[]) => cut.map((_, k) => cut.slice(0, k).join('').length);
  const where = all.map(starts);
  const alike = (g: number) => all.every((cut, c) => cut.slice(g * 5, g * 5 + 5).every((t, k) => t === all[0][g * 5 + k] && where[c][g * 5 + k] === where[0][g * 5 + k]));
  const groups = [0, 1, 2].filter(alike);
  return groups.length ? { row: cellsOf(row, run, all[0]), groups } : undefined;
}

/**
 * Table 三's rows with their glued runs cut (see unglued), and then a row with several cuts decided by the
 * table's sums where it is the only unknown of one: the result total is the sum of the results, and new
 * plus carried over is the result total plus carried forward, column by column. A row is cut so only
 * when exactly one of its cuts gives the sum; else it stays unread.
 */
export function ungluedTable3(rows: FoundRow[], n: number, results: readonly string[], together?: (a: FoundRow, b: FoundRow) => boolean): FoundRow[] {
  const out = rows.map((r) => unglued(r, n, totalHolds, 0, true));
  const byKey = new Map<string, number>();
  out.forEach((r, i) => { if (!byKey.has(r.key)) byKey.set(r.key, i); });
  const known = (key: string): number[] | undefined => {
    const r = out[byKey.get(key) ?? -1];
    return r && !r.uncertain && r.values.length === n ? r.values.map((v) => Number(v.text)) : undefined;
  };
  // The cuts of each row left unread for having several.
  const options = new Map<string, string[][]>();
  const loose = new Set<string>();
  out.forEach((r, i) => {
    if (!r.uncertain || byKey.get(r.key) !== i) return;
    const run = singleRun(rows[i]);
    const all = run && cuts(run.text, n, totalHolds, 64);
    if (all && all.length > 1) options.set(r.key, all);
    // No cut gives the row its own total: the table has a defect here. Its cuts of plain digits are then
    // tried against the other rows' sums in the applicant columns only (`loose`), where its numbers are
    // still the table's; its 总计 is left to row-total.
    else if (all?.length === 0 && /^[0-9]+$/.test(run!.text)) {
      const any = cuts(run!.text, n, (v) => v.every((x) => Number.isInteger(x) && x >= 0), 64);
      if (any?.length) { options.set(r.key, any); loose.add(r.key); }
    }
  });
  // A row one number short (a blank cell: its run has no cut into n at all) takes part in the sums with its
  // blank as nothing, wherever it may stand: the other rows are cut only where every such reading agrees.
  // Its own cut and blank are left to withOneBlank.
  const short = new Set<string>();
  out.forEach((r, i) => {
    if (!r.uncertain || byKey.get(r.key) !== i || options.has(r.key)) return;
    const run = singleRun(rows[i]);
    const whole = run && /^[0-9]+$/.test(run.text) ? cuts(run.text, n, () => true, 64) : undefined;
    if (!whole || whole.length) return;
    const fewer = cuts(run!.text, n - 1, () => true, 64);
    if (!fewer?.length) return;
    const placed = new Map<string, string[]>();
    for (const cut of fewer) for (let b = 0; b < n; b++) { const v = [...cut.slice(0, b), '0', ...cut.slice(b)]; placed.set(v.join(' '), v); }
    options.set(r.key, [...placed.values()]);
    short.add(r.key);
  });
  const gone = together ? absentResults(rows, out, results, known, together) : new Set<string>();
  const equations: Equation[] = [
    { plus: results.filter((k) => !gone.has(k)), minus: ['result_total'] },
    { plus: ['new_received', 'carried_over'], minus: ['result_total', 'carry_forward'] },
  ];
  for (let changed = true; changed && options.size; ) {
    changed = false;
    for (const e of equations) {
      const keys = [...e.plus, ...e.minus];
      const open = keys.filter((k) => !known(k));
      if (open.length !== 1 || !options.has(open[0]) || short.has(open[0])) continue;
      const key = open[0];
      // The open row's values that make the sum hold, column by column.
      const sign = e.plus.includes(key) ? -1 : 1;
      const want = Array.from({ length: n }, (_, c) => sign * (e.plus.filter((k) => k !== key).reduce((a, k) => a + known(k)![c], 0) - e.minus.filter((k) => k !== key).reduce((a, k) => a + known(k)![c], 0)));
      const free = totalFree(e, loose, n);
      const fit = options.get(key)!.filter((cut) => cut.every((t, c) => c === free || Number(t) === want[c]));
      options.delete(key);
      if (fit.length !== 1) continue;
      const i = byKey.get(key)!;
      out[i] = { ...cellsOf(rows[i], singleRun(rows[i])!, fit[0]), uncertain: rows[i].uncertain };
      changed = true;
    }
  }
  // Several rows open in one sum (two results with two cuts each): their cuts tried together, and a
  // row cut only where every combination that makes all the sums hold gives it the same cut.
  for (const [key, cut] of jointCuts(options, known, equations, n, loose)) {
    if (short.has(key)) continue;
    const i = byKey.get(key)!;
    out[i] = { ...cellsOf(rows[i], singleRun(rows[i])!, cut), uncertain: rows[i].uncertain };
  }
  return withOneBlank(out, rows, n, results);
}

/**
 * Result rows absent from the text whose neighbours in the official order were each read from their own one
 * run, the one on the line right after the other and in one stretch of table (`together`): the absent
 * row's run, had it one, would stand between theirs. The results' sum then goes without it (a row the
 * agency left out, r076's 2.其他法律行政法规禁止公开).
 */
function absentResults(rows: FoundRow[], out: FoundRow[], results: readonly string[], known: (key: string) => number[] | undefined, together: (a: FoundRow, b: FoundRow) => boolean): Set<string> {
  const gone = new Set<string>();
  const order = ['carried_over', ...results, 'result_total'];
  const stream = rows.map((r, i) => i).sort((a, b) => rows[a].firstLine - rows[b].firstLine);
  const at = (key: string) => out.findIndex((r) => r.key === key);
  for (let k = 1; k + 1 < order.length; k++) {
    if (at(order[k]) >= 0) continue;
    const [before, after] = [at(order[k - 1]), at(order[k + 1])];
    if (before < 0 || after < 0 || !known(order[k - 1]) || !known(order[k + 1]) || !singleRun(rows[before]) || !singleRun(rows[after])) continue;
    // Not a line between them either (an unknown label's numbers may stand on it).
    const next = stream.indexOf(after) === stream.indexOf(before) + 1 && rows[after].firstLine === rows[before].lastLine + 1;
    if (next && together(rows[before], rows[after])) gone.add(order[k]);
  }
  return gone;
}

/**
 * A blank cell leaves a glued run one number short: the one row left unread, every other row read whole,
 * is cut into n − 1 numbers and its blank placed (blank-cell.ts) where exactly one cut and one column let
 * every sum hold; else it stays unread.
 */
function withOneBlank(out: FoundRow[], rows: FoundRow[], n: number, results: readonly string[]): FoundRow[] {
  const open = out.map((r, i) => i).filter((i) => out[i].uncertain);
  if (open.length !== 1) return out;
  const i = open[0];
  const run = singleRun(rows[i]);
  if (!run || !/^[0-9]+$/.test(run.text)) return out;
  const whole = out.filter((r) => !r.uncertain && r.values.length === n);
  if (whole.length !== out.length - 1) return out;
  const all = cuts(run.text, n - 1, (v) => v.every((x) => Number.isInteger(x) && x >= 0), 64);
  if (!all?.length) return out;
  // The run cut into all n columns too (8000007: 8 0 0 0 0 0 7, a row whose total fails, or 80 0 0 0 0 7 and a blank):
  // the row's own total alone does not choose (a blank 总计 always fits it); another sum over the row must.
  if (cuts(run.text, n, () => true, 0)?.length !== 0 && !checkedBeyondOwn(whole, { ...rows[i], values: [] }, n, results)) return out;
  const fits: { cut: string[]; column: number }[] = [];
  for (const cut of all) {
    const short = { ...cellsOf(rows[i], run, cut), uncertain: undefined };
    for (const column of blankColumns(whole, short, n, results) ?? []) fits.push({ cut, column });
    if (fits.length > 1) break;
  }
  if (fits.length > 1) return withUnplacedBlank(out, rows, i, run, all, n);
  if (fits.length !== 1) return out;
  const copy = [...out];
  copy[i] = { ...cellsOf(rows[i], run, fits[0].cut), uncertain: rows[i].uncertain, blankAt: fits[0].column };
  return copy;
}

/**
 * The open row's blank fits several columns (a run of zeros, `000000` for seven columns): that one cell is blank is
 * still sure where the run has one cut only, into n − 1 counts, and none into n or n − 2 — its counts are known, the
 * blank's column is not. The row keeps those counts, unread, marked one short (said by cell-missing, never placed).
 */
function withUnplacedBlank(out: FoundRow[], rows: FoundRow[], i: number, run: TextCell, all: string[][], n: number): FoundRow[] {
  if (all.length !== 1 || cuts(run.text, n, () => true, 0)?.length !== 0 || cuts(run.text, n - 2, () => true, 0)?.length !== 0) return out;
  const copy = [...out];
  copy[i] = { ...cellsOf(rows[i], run, all[0]), uncertain: true, oneBlank: true };
  return copy;
}

/** More combinations of open rows' cuts than this are not tried (the rows stay unread). */
const MAX_COMBINATIONS = 4096;

type Equation = { plus: string[]; minus: string[] };

/**
 * The open rows (`options`: each row's cuts whose own total holds) decided together by the sums in which
 * every row is known or open: each row's cut shared by all the combinations that make every such sum hold,
 * column by column. Nothing when no combination holds (a defect somewhere) or there are too many to try.
 */
export function jointCuts(options: Map<string, string[][]>, known: (key: string) => number[] | undefined, equations: Equation[], n: number, loose = new Set<string>()): Map<string, string[]> {
  const decided = new Map<string, string[]>();
  const usable = equations.filter((e) => [...e.plus, ...e.minus].every((k) => known(k) || options.has(k)) && [...e.plus, ...e.minus].some((k) => options.has(k)));
  const open = [...options.keys()].filter((k) => usable.some((e) => e.plus.includes(k) || e.minus.includes(k)));
  if (!open.length || open.reduce((a, k) => a * options.get(k)!.length, 1) > MAX_COMBINATIONS) return decided;
  const fits: number[][] = [];
  const pick: number[] = [];
  const value = (k: string, c: number): number => {
    const at = open.indexOf(k);
    return at < 0 ? known(k)![c] : Number(options.get(k)![pick[at]][c]);
  };
  const free = usable.map((e) => totalFree(e, loose, n));
  const holds = (): boolean => usable.every((e, q) => Array.from({ length: n }, (_, c) => c).every((c) => c === free[q] || e.plus.reduce((a, k) => a + value(k, c), 0) === e.minus.reduce((a, k) => a + value(k, c), 0)));
  const walk = (d: number): void => {
    if (d === open.length) {
      if (holds()) fits.push([...pick]);
      return;
    }
    for (let o = 0; o < options.get(open[d])!.length; o++) {
      pick[d] = o;
      walk(d + 1);
    }
  };
  walk(0);
  if (!fits.length) return decided;
  open.forEach((k, d) => {
    if (fits.every((f) => f[d] === fits[0][d])) decided.set(k, options.get(k)![fits[0][d]]);
  });
  return decided;
}

/** The column a sum is not checked in: 总计 when a row in it fails its own total (-1: none). */
function totalFree(e: Equation, loose: Set<string>, n: number): number {
  return [...e.plus, ...e.minus].some((k) => loose.has(k)) ? n - 1 : -1;
}

/** The row's one run of digits, when that is all its numbers are. */
function singleRun(row: FoundRow): TextCell | undefined {
  const values = row.values.filter((v) => v.text !== '' && !PAGE_MARK.test(v.text.trim()));
  return values.length === 1 && DIGITS.test(values[0].text) ? values[0] : undefined;
}

function cellsOf(row: FoundRow, run: TextCell, cut: string[]): FoundRow {
  let at = 0;
  const cells: TextCell[] = cut.map((text) => {
    const start = run.span.start + at;
    at += text.length;
    return { text, norm: normalizeLabel(text), span: { line: run.span.line, start, end: start + text.length } };
  });
  return { ...row, values: cells };
}

/** Table 三's sums: the last column is the total of the others (all counts). */
export function totalHolds(v: number[]): boolean {
  if (v.some((x) => x < 0 || !Number.isInteger(x))) return false;
  return v.slice(0, -1).reduce((a, b) => a + b, 0) === v[v.length - 1];
}

/** Table 四's sums: each group of five ends with the total of its four. */
export function groupsHold(v: number[]): boolean {
  for (let g = 0; g + 5 <= v.length; g += 5) if (!totalHolds(v.slice(g, g + 5))) return false;
  return v.length % 5 === 0;
}

/**
 * Table 四's fifteen cells glued into one run of digits (pdf-parse: `000001000000000`) that is not read: the groups of
 * five (0, 1, 2) wrong in every reading of the run — every cut into counts, with any number of blank cells anywhere:
 * the group either holds a blank or its total is not the sum of its four. `1 0 0 0 0` fails, and `10 0 0 0` with a
 * blank 总计 has a blank: either way the group is wrong, though which way the text does not say.
 */
export function groupsWrongInEveryReading(digits: string): number[] {
  if (!/^[0-9]+$/.test(digits) || digits.length > 15 * MAX_DIGITS) return [];
  const fewest = fewestCounts(digits);
  if (fewest[0] > 15) return [];
  // A group is clean in some reading when its five counts, holding, stand between a start cut into `before` counts
  // and an end cut into `after`, the blanks (15 − all counts) outside the group: before ≤ 5g, after ≤ 15 − 5(g + 1).
  const clean = (g: number): boolean => {
    for (let from = 0; from < digits.length; from++) {
      const before = fewestBefore(digits, from);
      if (before === undefined || before > 5 * g || (g === 0 && from > 0)) continue;
      for (const to of holdingFives(digits, from)) {
        const after = to === digits.length ? 0 : fewest[to];
        if (after <= 15 - 5 * (g + 1) && (g !== 2 || to === digits.length)) return true;
      }
    }
    return false;
  };
  return [0, 1, 2].filter((g) => !clean(g));
}

/** For each position, the fewest counts the digits from there can be cut into (Infinity when none). */
function fewestCounts(digits: string): number[] {
  const out = new Array<number>(digits.length + 1).fill(Infinity);
  out[digits.length] = 0;
  for (let at = digits.length - 1; at >= 0; at--) {
    const most = digits[at] === '0' ? 1 : Math.min(MAX_DIGITS, digits.length - at);
    for (let len = 1; len <= most; len++) out[at] = Math.min(out[at], 1 + out[at + len]);
  }
  return out;
}

/** The fewest counts the digits before `to` can be cut into (0 for none), undefined when they cannot be cut. */
function fewestBefore(digits: string, to: number): number | undefined {
  if (to === 0) return 0;
  const n = fewestCounts(digits.slice(0, to))[0];
  return Number.isFinite(n) ? n : undefined;
}

/** Where five counts cut from `from` on end, for each cut whose fifth is the sum of the first four. */
function holdingFives(digits: string, from: number): number[] {
  const ends: number[] = [];
  const parts: number[] = [];
  const walk = (at: number): void => {
    if (parts.length === 5) {
      if (parts[0] + parts[1] + parts[2] + parts[3] === parts[4]) ends.push(at);
      return;
    }
    const most = digits[at] === '0' ? 1 : Math.min(MAX_DIGITS, digits.length - at);
    for (let len = 1; len <= most && at + len <= digits.length; len++) {
      parts.push(Number(digits.slice(at, at + len)));
      walk(at + len);
      parts.pop();
    }
  };
  if (from < digits.length) walk(from);
  return ends;
}
