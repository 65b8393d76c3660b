/**
 * The arithmetic of table 三 and 四. A rule only speaks when every term is a valid number:
 * a blank is never 0, and a missing input is reported by the rule that owns it. A none mark
 * (—, /, 无: recognition data) counts as 0, but a sum that a number in its place could make hold
 * is only a warning that names it.
 */
import { FORMATS, TABLE3_BALANCE } from '../format';
import type { ResolvedCell, ResolvedRow, Table3Model, Table4Model } from '../model';
import { cuts, groupsHold, groupsWrongInEveryReading } from '../structure/glued';
import { TABLE4_GROUP_LABELS } from './cells';
import { quotedLabel } from '../text/normalize';
import { Reported, Rule, RuleContext, spanRange } from './types';
import type { RelatedInfo } from './types';
import { firstSections } from './structure';
import { table4HeaderLine } from './tables';
import { table4CountsAlone } from '../tables/unread-table4';

/** Integer value of a cell (0 for a none mark), or undefined when it is not a plain non-negative integer. */
function num(c: ResolvedCell | undefined): number | undefined {
  const v = c?.value;
  if (v?.kind === 'na') return 0;
  return v && v.kind === 'number' && v.integer && v.value >= 0 ? v.value : undefined;
}

const isNa = (c: ResolvedCell): boolean => c.value.kind === 'na';

/** A term as the user wrote it when it is a none mark, else its number. */
function shown(c: ResolvedCell): string {
  return isNa(c) ? (c.value as { text: string }).text : String(num(c));
}

/**
 * The none marks that could explain a failed sum `left = right`: those on the smaller side (a count
 * there would close the gap). None, when the marks are all on the larger side: the sum fails anyway.
 */
function marksThatExplain(left: ResolvedCell[], leftSum: number, right: ResolvedCell[], rightSum: number): ResolvedCell[] {
  return (leftSum < rightSum ? left : right).filter(isNa);
}

/** A failed sum that none marks may explain: a warning that names them, with no fix or expected value (their numbers are unknown). */
function softened(ctx: RuleContext, marks: ResolvedCell[], name: (c: ResolvedCell) => string, d: Reported): Reported {
  if (!marks.length) return d;
  const list = marks.map((c) => ctx.t('arith.na.cell', { cell: name(c), text: shown(c) })).join(ctx.options.locale === 'en' ? ', ' : '、');
  return { ...d, severity: 'warning', message: d.message + ctx.t('arith.na', { cells: list }), fixes: undefined, expected: undefined };
}

function related(cells: ResolvedCell[]): RelatedInfo[] {
  return cells.map((c) => ({ range: spanRange(c.span), message: `${c.column.label} = ${c.cell?.text ?? ''}` }));
}

function checkRowTotal(ctx: RuleContext, table: 'table.3' | 'table.4', label: string, row: ResolvedRow, report: Parameters<Rule['check']>[1]): void {
  if (row.short) return;
  const cells = row.cells;
  const totalCell = cells[cells.length - 1];
  const total = num(totalCell);
  if (total === undefined || !totalCell.cell) return;
  // Most rows add up: sum without building arrays, and describe the row only when it does not.
  let sum = 0;
  for (let i = 0; i < cells.length - 1; i++) {
    const v = num(cells[i]);
    if (v === undefined) return;
    sum += v;
  }
  if (sum === total) return;
  const parts = cells.slice(0, -1);
  const terms = parts.map((c) => `${c.column.label}(${shown(c)})`).join('+');
  const split = splitDigits(row.row.key === 'all' ? cells.map((c) => c.cell?.text ?? '') : row.row.values.map((v) => v.text));
  const marks = marksThatExplain(parts, sum, [totalCell], total);
  report(softened(ctx, marks, (c) => c.column.label, {
    range: spanRange(totalCell.span),
    message: ctx.t('row-total', { table: ctx.t(table), label, terms, sum, total, diff: Math.abs(sum - total) }) + (split ? ctx.t('row-total.split', split) : ''),
    expected: sum,
    related: related(parts),
    fixes: () => [{ title: ctx.t('row-total.fix', { sum }), edits: [{ range: spanRange(totalCell.span), newText: String(sum) }], safe: true }],
  }));
}

/**
 * PDF text may split one number's digits with a space (`1 0`): when joining two adjacent single
 * digits among a row's values makes its total hold, say which (never join them silently).
 */
export function splitDigits(texts: string[]): { joined: string; a: string; b: string } | undefined {
  const vals = texts.filter((t) => t !== '');
  if (!vals.every((t) => /^\d+$/.test(t))) return undefined;
  for (let i = 0; i + 1 < vals.length - 1; i++) {
    if (!/^\d$/.test(vals[i]) || !/^\d$/.test(vals[i + 1]) || vals[i] === '0') continue;
    const joined = [...vals.slice(0, i), vals[i] + vals[i + 1], ...vals.slice(i + 2)].map(Number);
    const total = joined[joined.length - 1];
    if (joined.slice(0, -1).reduce((x, y) => x + y, 0) === total) return { joined: vals[i] + vals[i + 1], a: vals[i], b: vals[i + 1] };
  }
  return undefined;
}

/**
 * A PDF row with more numbers than columns (a number split by a space, `1 0`): which number belongs
 * to which column is unknown, so the column sums are not assessed (row-total and cell-invalid speak).
 */
function misaligned(r: ResolvedRow): boolean {
  return r.extra.length > 0 && r.row.style === 'spaced';
}

export const rowTotal: Rule = {
  id: 'row-total',
  aliases: ['行合计'],
  severity: 'error',
  scope: 'tables',
  check(ctx, report) {
    const t3 = ctx.model.table3;
    if (t3) for (const r of t3.rows.values()) checkRowTotal(ctx, 'table.3', quotedLabel(r.row.label.text), r, report);
    if (t3?.provenBroken?.rowTotal) reportProvenRowTotal(ctx, t3, t3.provenBroken.rowTotal, report);
    const t4 = ctx.model.table4;
    if (t4?.glued) reportGluedTable4(ctx, t4, report);
    if (t4?.unordered) reportUnorderedTable4(ctx, t4.unordered, report);
    if (!t4 || (!t4.glued && !t4.unordered && [...t4.groups.values()].every((g) => g.cells.every((c) => !c.cell)))) reportUnreadTable4(ctx, report);
    if (t4) {
      for (const [key, g] of t4.groups) {
        const label = FORMATS['2021'].table4Groups.find((x) => x.key === key)!.label;
        checkRowTotal(ctx, 'table.4', label, g, report);
      }
    }
  },
};

/** A row's total failing in every reading of a table not read whole (tables/proven-sums.ts), said at the row's label while the row is unread. */
function reportProvenRowTotal(ctx: RuleContext, t3: Table3Model, proven: { key: string; numbers: number[] }, report: Parameters<Rule['check']>[1]): void {
  const r = t3.rows.get(proven.key);
  if (!r || (!r.row.uncertain && r.cells.every((x) => num(x) !== undefined))) return;
  const values = proven.numbers;
  const total = Math.max(...values);
  const rest = values.reduce((s, x) => s + x, 0) - total;
  report({ range: spanRange(r.row.label.span), message: ctx.t('row-total.unordered-row', { label: quotedLabel(r.row.label.text), values: values.join('、'), total, rest }) });
}

/**
 * Table 四 glued into one run of digits that no cut reads surely (pdf-parse): its cells are unread, but where every
 * reading of the run — any cut into counts, any cells blank — leaves a group wrong (a blank, or a total that is not the
 * sum of its four), or leaves no reading with all fifteen counts holding, the defect is sure though not which one:
 * said as information (a reading of the run with a blank 总计 would make a row-total error false).
 */
function reportGluedTable4(ctx: RuleContext, t4: Table4Model, report: Parameters<Rule['check']>[1]): void {
  const groups = [...t4.groups.values()];
  const row = groups[0]?.row;
  if (groups.length !== 3 || !groups.every((g) => g.uncertain && g.row === row) || row.key !== 'all') return;
  const values = row.values.filter((v) => v.text !== '');
  if (values.length !== 1 || !/^[0-9]+$/.test(values[0].text)) return;
  const run = values[0];
  const range = spanRange(run.span);
  const wrong = groupsWrongInEveryReading(run.text);
  if (wrong.length) {
    const labels = wrong.map((g) => `“${TABLE4_GROUP_LABELS[FORMATS['2021'].table4Groups[g].key]}”`).join('、');
    report({ range, severity: 'information', message: ctx.t('row-total.glued-group', { digits: run.text, groups: labels }) });
  } else if (!/^0+$/.test(run.text) && cuts(run.text, 15, groupsHold, 0, 5)?.length === 0) {
    // (A run of zeros only is short, not failing: cell-missing says so.)
    report({ range, severity: 'information', message: ctx.t('row-total.glued-table', { digits: run.text }) });
  }
}

/**
 * Table 四 not read at all, its header found (a printout's header in pieces, tables/unread-table4.ts; or its numbers
 * found and no cell placed, their order unproven): where the part's
 * counts are exactly its fifteen and no arrangement of them into three groups makes every total the sum of its four,
 * a total is wrong whatever the order. (Not in the last part: what follows its table may be anything, a page footer's
 * number among it.)
 */
function reportUnreadTable4(ctx: RuleContext, report: Parameters<Rule['check']>[1]): void {
  const part = firstSections(ctx).get('四');
  if (!part || !ctx.model.sections.some((s) => s.startLine > part.endLine)) return;
  const header = table4HeaderLine(ctx, part.headingSpan.line + 1, part.endLine);
  const counts = header === undefined ? undefined : table4CountsAlone(ctx.lines, header + 1, part.endLine);
  if (counts) reportUnorderedTable4(ctx, { groups: FORMATS['2021'].table4Groups.map((g) => g.key), values: counts }, report);
}

/**
 * Table 四's groups left unread for their numbers' order (the text gives exactly their numbers, not which column each is
 * in): where no arrangement of those numbers into the groups makes every group's total the sum of its four, a total is
 * wrong whatever the order — an error all the same, at the numbers, naming the group when one only is open.
 */
function reportUnorderedTable4(ctx: RuleContext, open: NonNullable<Table4Model['unordered']>, report: Parameters<Rule['check']>[1]): void {
  const values = open.values.map((v) => Number(v.text));
  if (values.length !== open.groups.length * 5 || !values.every((v) => Number.isInteger(v) && v >= 0) || groupsCanHold(values)) return;
  const first = open.values.reduce((a, v) => (v.span.line < a.span.line ? v : a));
  const last = open.values.reduce((a, v) => (v.span.line > a.span.line ? v : a));
  const range = { start: { line: first.span.line, character: first.span.start }, end: { line: last.span.line, character: last.span.end } };
  const list = open.values.map((v) => v.text).join(ctx.options.locale === 'en' ? ', ' : '、');
  const label = (key: string) => TABLE4_GROUP_LABELS[key] ?? key;
  if (open.groups.length === 1) {
    // The largest is the total a writer meant, most likely: its gap to the other four is the one to show.
    const total = Math.max(...values);
    report({ range, message: ctx.t('row-total.unordered-group', { group: label(open.groups[0]), values: list, total, rest: values.reduce((a, b) => a + b, 0) - total }) });
    return;
  }
  const groups = open.groups.map((k) => `“${label(k)}”`).join(ctx.options.locale === 'en' ? ', ' : '、');
  report({ range, message: ctx.t('row-total.unordered', { groups, n: values.length, values: list }) });
}

/**
 * Whether the numbers (five per group) can be dealt into groups of five each holding its sum: one of the five equal to
 * the other four together (twice it is the group's sum). Every way is tried, the first remaining number's group first.
 */
export function groupsCanHold(values: readonly number[]): boolean {
  if (values.length % 5 !== 0) return false;
  if (!values.length) return true;
  const holds = (g: number[]) => { const s = g.reduce((a, b) => a + b, 0); return g.some((x) => 2 * x === s); };
  const [head, ...rest] = values;
  // Four more for the first number's group, chosen by position; equal numbers are tried once at each step.
  const pick = (from: number, chosen: number[]): boolean => {
    if (chosen.length === 4) {
      if (!holds([head, ...chosen.map((i) => rest[i])])) return false;
      return groupsCanHold(rest.filter((_, i) => !chosen.includes(i)));
    }
    const tried = new Set<number>();
    for (let i = from; i < rest.length; i++) {
      if (tried.has(rest[i])) continue;
      tried.add(rest[i]);
      if (pick(i + 1, [...chosen, i])) return true;
    }
    return false;
  };
  return pick(0, []);
}

export const resultTotal: Rule = {
  id: 'result-total',
  aliases: ['办理结果合计'],
  severity: 'error',
  scope: 'tables',
  check(ctx, report) {
    const t3 = ctx.model.table3;
    if (!t3) return;
    const fmt = FORMATS[ctx.model.format ?? '2021'];
    const total = t3.rows.get('result_total');
    const results = fmt.table3ResultRows.map((k) => t3.rows.get(k));
    if (!total || total.short || misaligned(total)) return;
    // A short row's values cannot be placed in their columns: column-missing speaks for it.
    if (results.some((r) => !r || r.short || misaligned(r))) {
      reportOverTotal(ctx, total, results, report);
      return;
    }
    const open = new Set<number>();
    fmt.table3Columns.forEach((col, ci) => {
      const t = num(total.cells[ci]);
      const vals = results.map((r) => num(r!.cells[ci]));
      if (t !== undefined && vals.some((v) => v === undefined)) open.add(ci);
      if (t === undefined || vals.some((v) => v === undefined) || !total.cells[ci].cell) return;
      const sum = (vals as number[]).reduce((a, b) => a + b, 0);
      if (sum === t) return;
      // Relate the terms that contribute; zeros add nothing a reader needs to look at (none marks are named, so kept).
      const terms = results.filter((r, i) => vals[i] !== 0 || isNa(r!.cells[ci])).map((r) => r!);
      const marks = marksThatExplain(results.map((r) => r!.cells[ci]), sum, [total.cells[ci]], t);
      report(softened(ctx, marks, (c) => rowOf(c, [...results, total]), {
        range: spanRange(total.cells[ci].span),
        message: ctx.t('result-total', { column: col.label, sum, total: t, diff: Math.abs(sum - t) }),
        expected: sum,
        related: terms.map((r) => ({ range: spanRange(r.cells[ci].span), message: `${quotedLabel(r.row.label.text)} = ${r.cells[ci].cell?.text ?? ''}` })),
        fixes: () => [{ title: ctx.t('result-total.fix', { sum }), edits: [{ range: spanRange(total.cells[ci].span), newText: String(sum) }], safe: true }],
      }));
    });
    if (open.size) reportOverTotal(ctx, total, results, report, open);
  },
};

/**
 * Table 三's results with rows not read (absent, unread, short, a cell blank): a column whose results read, every one a
 * plain count, already add up to more than （七）总计 is wrong whatever the others hold (no count is below 0). Said as
 * the error it is, at the total, naming the rows not read; a sum below the total says nothing (they may make it up).
 */
function reportOverTotal(ctx: RuleContext, total: ResolvedRow, results: (ResolvedRow | undefined)[], report: Parameters<Rule['check']>[1], only?: ReadonlySet<number>): void {
  const fmt = FORMATS[ctx.model.format ?? '2021'];
  const known = (r: ResolvedRow | undefined): r is ResolvedRow => !!r && !r.short && !misaligned(r) && !r.uncertain;
  fmt.table3Columns.forEach((col, ci) => {
    if (only && !only.has(ci)) return;
    const t = num(total.cells[ci]);
    if (t === undefined || !total.cells[ci].cell || isNa(total.cells[ci])) return;
    let sum = 0;
    const open: string[] = [];
    for (const [i, r] of results.entries()) {
      const cell = known(r) ? r.cells[ci] : undefined;
      if (cell && isNa(cell)) return;
      const v = cell?.cell ? num(cell) : undefined;
      if (v === undefined) {
        // (By its official label: a label read from PDF text may hold a stray digit, 2.其他法律行政法0规禁止公开.)
        open.push(fmt.table3Rows.find((x) => x.key === fmt.table3ResultRows[i])?.label ?? quotedLabel(r?.row.label.text ?? ''));
        continue;
      }
      sum += v;
    }
    if (!open.length || sum <= t) return;
    const sep = ctx.options.locale === 'en' ? ', ' : '、';
    const rows = open.length <= 3 ? open.join(sep) : `${open.slice(0, 3).join(sep)}${sep}…`;
    report({
      range: spanRange(total.cells[ci].span),
      message: ctx.t('result-total.over', { column: col.label, sum, total: t, count: open.length, rows }),
    });
  });
}

export const balance: Rule = {
  id: 'balance',
  aliases: ['勾稽关系'],
  severity: 'error',
  scope: 'tables',
  check(ctx, report) {
    const t3 = ctx.model.table3;
    if (!t3) return;
    const rows = TABLE3_BALANCE.map((k) => t3.rows.get(k));
    if (t3.provenBroken?.totalBalance) reportProvenBalance(ctx, t3.provenBroken.totalBalance, rows, report);
    if (rows.some((r) => !r)) return;
    const [a, b, c, d] = rows as ResolvedRow[];
    if ([a, b, c, d].some((r) => r.short || misaligned(r))) return;
    FORMATS[ctx.model.format ?? '2021'].table3Columns.forEach((col, ci) => {
      const cells = [a, b, c, d].map((r) => r.cells[ci]);
      const v = cells.map(num);
      if (v.some((x) => x === undefined)) return;
      const [va, vb, vc, vd] = v as number[];
      const left = va + vb;
      const right = vc + vd;
      if (left === right) return;
      const marks = marksThatExplain(cells.slice(0, 2), left, cells.slice(2), right);
      report(softened(ctx, marks, (x) => rowOf(x, [a, b, c, d]), {
        range: spanRange(cells[2].span),
        message: ctx.t('balance', { column: col.label, a: va, b: vb, left, c: vc, d: vd, right, diff: Math.abs(left - right) }),
        related: cells.map((cell, i) => ({ range: spanRange(cell.span), message: `${quotedLabel([a, b, c, d][i].row.label.text)} = ${cell.cell?.text ?? ''}` })),
      }));
    });
  },
};

/**
 * The 总计 column's balance failing in every reading of a table not read whole (tables/proven-sums.ts), said at the
 * （七）总计 row's label where the rows are unread (a row read whole is judged above).
 */
function reportProvenBalance(ctx: RuleContext, numbers: readonly number[], rows: (ResolvedRow | undefined)[], report: Parameters<Rule['check']>[1]): void {
  if (rows.every((r) => r && !r.row.uncertain && r.cells.every((x) => num(x) !== undefined))) return;
  const at = rows[2] ?? rows.find(Boolean);
  if (!at) return;
  const [a, b, c, d] = numbers;
  const message = numbers.length ? ctx.t('balance.unordered', { a, b, left: a + b, c, d, right: c + d, diff: Math.abs(a + b - c - d) }) : ctx.t('balance.unordered-any');
  report({ range: spanRange(at.row.label.span), message });
}

/** The label of the row, among `rows`, that holds the cell. */
function rowOf(cell: ResolvedCell, rows: (ResolvedRow | undefined)[]): string {
  return quotedLabel(rows.find((r) => r?.cells.includes(cell))?.row.label.text ?? '');
}

export const arithmeticRules: Rule[] = [rowTotal, resultTotal, balance];
