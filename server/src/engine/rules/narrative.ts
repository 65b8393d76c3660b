/**
 * Prose against tables: numbers the text states about the tables, and stated totals whose parts
 * do not add up. Precision over recall: a statement that can be read two ways is accepted when
 * either reading holds, and only clear patterns are read at all.
 */
import type { ClaimKind } from '../narrative/claims';
import type { ReportModel, ResolvedCell, ResolvedRow } from '../model';
import { FORMATS, RECOGNITION } from '../format';
import { Rule, RuleContext, spanRange, RelatedInfo } from './types';
import { lazyPageTitle } from '../text/print-furniture';
import { LineKind, lexRemembered } from '../text/lines';

/** `note` says how the value was found when the table's own 总计 was blank. */
interface Figure { value: number; cells: ResolvedCell[]; label: string; note: string }

/** Which cells a kind of statement is compared with (recognition.json narrative.figures). */
interface FigureDef { table3?: string[]; table3_group?: string; table4?: string[]; column?: string }
const FIGURES = RECOGNITION.narrative.figures as Record<string, FigureDef>;

const int = (c: ResolvedCell | undefined) => (c?.value.kind === 'number' && c.value.integer ? c.value.value : undefined);

/**
 * A row's total: its 总计 cell, or — when that is blank — the sum of the other cells when every one
 * of them holds a whole number. Undefined when neither can be read, or when the written 总计 and the
 * cells disagree (row-total reports that; which of them the prose should match is unknown, and a
 * misread table must not add a second finding): then nothing is said.
 */
function rowTotal(row: ResolvedRow): { value: number; cells: ResolvedCell[]; computed: boolean } | undefined {
  // A row read short or uncertain (PDF text whose numbers were not all placed): which cell holds what is a guess.
  if (row.short || row.uncertain) return undefined;
  const cells = row.cells;
  const last = cells[cells.length - 1];
  const written = int(last);
  const parts = cells.slice(0, -1);
  let sum: number | undefined = 0;
  for (const c of parts) {
    const v = int(c);
    if (v === undefined) {
      sum = undefined;
      break;
    }
    sum += v;
  }
  if (written !== undefined) return sum === undefined || sum === written ? { value: written, cells: [last], computed: false } : undefined;
  return parts.length && sum !== undefined ? { value: sum, cells: parts, computed: true } : undefined;
}

/** Rows of table 三 under a group label (（四）无法提供) in the report's format. */
function groupRows(model: ReportModel, label: string): string[] {
  const format = model.format ?? '2021';
  const key = `${format}\u0001${label}`;
  let rows = groupCache.get(key);
  if (!rows) groupCache.set(key, (rows = FORMATS[format].table3Rows.filter((r) => r.path[1] === label && r.path.length > 2).map((r) => r.key)));
  return rows;
}
const groupCache = new Map<string, string[]>();

/** The table figure a statement is about; undefined when the table cannot say (missing row, unreadable cells). */
function figure(model: ReportModel, kind: Exclude<ClaimKind, 'received'>, t: RuleContext['t']): Figure | undefined {
  const def = FIGURES[kind];
  if (!def) return undefined;
  if (def.column) return resultFigure(model, def, def.column, t);
  const keys = def.table3 ?? (def.table3_group ? groupRows(model, def.table3_group) : undefined);
  const rows = keys ? keys.map((k) => model.table3?.rows.get(k)) : (def.table4 ?? []).map((k) => model.table4?.groups.get(k));
  if (!rows.length) return undefined;
  let value = 0;
  let computed = false;
  const cells: ResolvedCell[] = [];
  for (const r of rows) {
    const total = r && rowTotal(r);
    if (!total) return undefined;
    value += total.value;
    computed ||= total.computed;
    for (const c of total.cells) cells.push(c);
  }
  return new TableFigure(value, cells, def, keys ? rows : undefined, computed, t);
}

/**
 * A figure of table 三 rows or table 四 groups whose words are made only when it is reported (most statements agree
 * with the tables). A class: an object literal with getters, built for every statement, cost half of figure().
 */
class TableFigure implements Figure {
  constructor(
    readonly value: number,
    readonly cells: ResolvedCell[],
    private readonly def: FigureDef,
    /** The table 三 rows summed, when the figure is theirs (else table 四's groups def.table4). */
    private readonly rows: (ResolvedRow | undefined)[] | undefined,
    private readonly computed: boolean,
    private readonly t: RuleContext['t'],
  ) {}

  get label(): string {
    const { def, rows, t } = this;
    const names = rows ? rows.map((r) => r!.row.official) : (def.table4 ?? []).map((k) => FORMATS['2021'].table4Groups.find((g) => g.key === k)!.label);
    if (def.table3_group) return t('narrative.figure3.group', { group: def.table3_group });
    if (rows) return names.length === 1 ? t('narrative.figure3', { row: names[0] }) : t('narrative.figure3.sum', { rows: names.map((n) => `“${n}”`).join('、') });
    if (names.length === 1) return t('narrative.figure4', { group: names[0] });
    return t(names.length === 2 ? 'narrative.figure4.litigation' : 'narrative.figure4.all');
  }

  get note(): string {
    return this.computed ? this.t('narrative.figure.computed') : '';
  }
}

/**
 * One result column of table 四, summed over the groups: only when every group's cells add up to its 总计
 * (a group whose total disagrees is row-total's, and which cell the prose should match is unknown).
 */
function resultFigure(model: ReportModel, def: FigureDef, column: string, t: RuleContext['t']): Figure | undefined {
  const keys = def.table4 ?? [];
  let value = 0;
  const cells: ResolvedCell[] = [];
  for (const k of keys) {
    const g = model.table4?.groups.get(k);
    const cell = g?.cells.find((c) => c.column.key === column);
    const v = int(cell);
    if (!g || g.uncertain || v === undefined || rowTotal(g)?.computed !== false) return undefined;
    value += v;
    cells.push(cell!);
  }
  const groups = FORMATS['2021'].table4Groups;
  const name = groups[0].columns.find((c) => c.key === column)?.label ?? column;
  const label = t(keys.length > 1 ? 'narrative.figure4.columns' : 'narrative.figure4.column', { groups: keys.map((k) => `“${groups.find((g) => g.key === k)!.label}”`).join('、'), column: name });
  return { value, cells, label, note: '' };
}

function related(f: Figure): RelatedInfo[] {
  return f.cells.map((c) => ({ range: spanRange(c.span), message: `${c.column.label} = ${c.cell?.text ?? ''}` }));
}

/** How many lines back a page's footer and the next page's header may reach. */
const PAGE_TURN_LINES = 12;

/**
 * Whether the sentence holding column `start` of `line` began on the page before: nothing before it on its line ends a
 * sentence, and above it, past a page's footer or header (a printout's address and 1/7, its title, a page number), the
 * last line of prose stops mid-sentence. Its first half (the subject: 公文, 建议) was read apart from the figure.
 */
function begunBeforePage(lines: readonly string[], line: number, start: number, title: () => string | undefined): boolean {
  if (/[。！？；]/.test(lines[line]?.slice(0, start) ?? '')) return false;
  let turned = false;
  for (let i = line - 1; i >= 0 && i >= line - PAGE_TURN_LINES; i--) {
    const t = lines[i].replace(/^\f/, '').trim();
    if (!t) continue;
    if (lines[i].startsWith('\f')) turned = true;
    // (A page number or a printout's header or footer line, as the lexer knows them; or the page's title again.)
    if (lexRemembered(t).kind === LineKind.PageNumber || t === title()) { turned = true; continue; }
    return turned && !/[。！？；：]$/.test(t);
  }
  return false;
}

export const narrativeMismatch: Rule = {
  id: 'narrative-mismatch',
  aliases: ['正文与表格不符'],
  severity: 'warning',
  scope: 'narrative',
  check(ctx, report) {
    const pageTitle = lazyPageTitle(ctx.lines);
    // A kind's figure depends on the model alone: summed once per check, not once per claim (a report states the same
    // kinds of figure over and over).
    const figures = new Map<Exclude<ClaimKind, 'received'>, Figure | undefined>();
    const figureOf = (kind: Exclude<ClaimKind, 'received'>): Figure | undefined => {
      if (!figures.has(kind)) figures.set(kind, figure(ctx.model, kind, ctx.t));
      return figures.get(kind);
    };
    for (const s of ctx.model.sections) {
      for (const c of s.claims) {
        // 上年收到申请10件, 2022年共收到…: another year's figure, not this table's.
        if (c.previous || (c.year !== undefined && c.year !== ctx.model.year)) continue;
        // A figure for the whole city or system may not be this agency's own: worth a look only.
        // So is one whose sentence began on the page before (its subject unread there: 公文…其中 / 页脚 / 不予公开71件).
        // Asked only of a claim that disagrees: the test lexes up to a dozen lines above the claim.
        const scoped = () => {
          const split = !c.scoped && begunBeforePage(ctx.lines, c.line, c.start, pageTitle);
          const scope = c.scoped || split ? { severity: 'information' as const } : {};
          return { scope, note: c.scoped ? ctx.t('narrative-mismatch.scoped') : split ? ctx.t('narrative-mismatch.split') : '' };
        };
        if (c.kind === 'received') {
          const fresh = figureOf('new');
          const carried = figureOf('carried');
          if (!fresh) continue;
          // 收到申请 N 件 may mean the new applications only, or new plus carried over.
          if (c.value === fresh.value || (carried && c.value === fresh.value + carried.value)) continue;
          const both = carried ? ctx.t('narrative-mismatch.both', { carried: carried.value, sum: fresh.value + carried.value }) : '';
          const { scope, note } = scoped();
          report({
            range: spanRange(c),
            message: ctx.t('narrative-mismatch', { text: c.text, value: c.value, table: fresh.label, figure: fresh.value }) + fresh.note + both + note,
            related: [...related(fresh), ...(carried ? related(carried) : [])],
            ...scope,
          });
          continue;
        }
        const f = figureOf(c.kind);
        if (!f || f.value === c.value) continue;
        const { scope, note } = scoped();
        report({
          range: spanRange(c),
          message: ctx.t('narrative-mismatch', { text: c.text, value: c.value, table: f.label, figure: f.value }) + f.note + note,
          related: related(f),
          ...scope,
        });
      }
    }
  },
};

export const narrativeSum: Rule = {
  id: 'narrative-sum',
  aliases: ['正文合计'],
  severity: 'warning',
  scope: 'narrative',
  readsTables: false,
  check(ctx, report) {
    for (const s of ctx.model.sections) {
      for (const x of s.sums) {
        const sum = x.parts.reduce((a, b) => a + b, 0);
        // 其中当场答复3件…，其余均按期答复: a list that names the rest it leaves out.
        if (sum === x.total || (sum < x.total && x.remainder)) continue;
        const range = spanRange(x);
        const params = { total: x.total, unit: x.unit, parts: x.parts.join('+'), sum, diff: Math.abs(x.total - sum) };
        const partial = x.bracket ? 'narrative-sum.partial.bracket' : 'narrative-sum.partial';
        // A list that says it is partial (主要包括, 等), or a list read as the total's past a comparison (比上年增加11件，其中…): worth a look at most.
        if (x.hedged || x.uncertain) report({ range, message: ctx.t(sum > x.total ? 'narrative-sum.over' : partial, params), severity: 'information' });
        // Per channel (网站…，微信…), one item may be counted on each: more than the total is worth a look only.
        else if (sum > x.total && x.overlapping) report({ range, message: ctx.t('narrative-sum.over', params) + ctx.t('narrative-sum.channels'), severity: 'information' });
        else if (sum > x.total) report({ range, message: ctx.t('narrative-sum.over', params) });
        else if (x.complete) report({ range, message: ctx.t('narrative-sum.complete', params) });
        // A 其中 list may name only some of the parts: worth a look, not a warning.
        else report({ range, message: ctx.t(partial, params), severity: 'information' });
      }
    }
  },
};

/** The year the overview speaks of: the year named most often in section 一 (at least twice, no tie). */
function statisticsYear(model: ReportModel): number | undefined {
  const one = model.sections.find((s) => s.ordinal === '一');
  if (!one) return undefined;
  const ranked = [...one.years].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < 2 || (ranked[1] && ranked[1][1] === ranked[0][1])) return undefined;
  return ranked[0][0];
}

export const yearMismatch: Rule = {
  id: 'year-mismatch',
  aliases: ['年份不一致'],
  severity: 'warning',
  scope: 'narrative',
  check(ctx: RuleContext, report) {
    const { model } = ctx;
    const title = model.title;
    // (The 2021 format is also what a text with no table row read at all falls back to: nothing shows it there.)
    if (model.format === '2021' && model.year && model.year < 2021 && title && anyRowRead(model)) {
      report({ range: spanRange(title.span), message: ctx.t('year-mismatch.format', { year: model.year }) });
    }
    const stat = statisticsYear(model);
    if (title?.year && stat && stat !== title.year) {
      report({ range: spanRange(title.span), message: ctx.t('year-mismatch.body', { title: title.year, body: stat }) });
    }
  },
};

/** Whether a row of any table was read: only then do the tables show which format they are in. */
function anyRowRead(model: RuleContext['model']): boolean {
  if (model.table3?.rows.size || model.table4?.groups.size) return true;
  for (const sub of model.table2?.subs.values() ?? []) if (sub.rows.size) return true;
  return false;
}

export const narrativeRules: Rule[] = [narrativeMismatch, narrativeSum, yearMismatch];
