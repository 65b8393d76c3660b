/**
 * Prose against tables: numbers the text states about the tables, and stated totals whose parts
 * do not add up. Precision over recall: a statement that can be read two ways is accepted when
 * either reading holds, and only clear patterns are read at all.
 */
import type { Claim, ClaimKind } from '../narrative/claims';
import type { ReportModel, ResolvedCell } from '../model';
import { Rule, RuleContext, spanRange, RelatedInfo } from './types';

interface Figure { value: number; cells: ResolvedCell[]; label: string }

function total(cells: ResolvedCell[] | undefined): number | undefined {
  const c = cells?.[cells.length - 1];
  return c?.value.kind === 'number' && c.value.integer ? c.value.value : undefined;
}

/** The table figure a statement is about; undefined when the table cannot say (missing row, blank cell). */
function figure(model: ReportModel, kind: Exclude<ClaimKind, 'received'>, t: RuleContext['t']): Figure | undefined {
  const t3 = model.table3;
  const t4 = model.table4;
  const row3 = (key: string) => t3?.rows.get(key);
  const of3 = (key: string) => {
    const r = row3(key);
    const v = total(r?.cells);
    return r && v !== undefined ? { value: v, cells: [r.cells[r.cells.length - 1]], label: t('narrative.figure3', { row: r.row.official }) } : undefined;
  };
  switch (kind) {
    case 'new': return of3('new_received');
    case 'carried': return of3('carried_over');
    case 'answered': return of3('result_total');
    case 'forward': return of3('carry_forward');
    case 'review': {
      const g = t4?.groups.get('review');
      const v = total(g?.cells);
      return g && v !== undefined ? { value: v, cells: [g.cells[4]], label: t('narrative.figure4', { group: '行政复议' }) } : undefined;
    }
    case 'litigation': {
      const a = t4?.groups.get('lit_direct');
      const b = t4?.groups.get('lit_after_review');
      const va = total(a?.cells);
      const vb = total(b?.cells);
      return a && b && va !== undefined && vb !== undefined ? { value: va + vb, cells: [a.cells[4], b.cells[4]], label: t('narrative.figure4.litigation') } : undefined;
    }
  }
}

function related(f: Figure): RelatedInfo[] {
  return f.cells.map((c) => ({ range: spanRange(c.span), message: `${c.column.label} = ${c.cell?.text ?? ''}` }));
}

export const narrativeMismatch: Rule = {
  id: 'narrative-mismatch',
  aliases: ['正文与表格不符'],
  severity: 'warning',
  scope: 'narrative',
  check(ctx, report) {
    for (const s of ctx.model.sections) {
      for (const c of s.claims) {
        if (c.kind === 'received') {
          const fresh = figure(ctx.model, 'new', ctx.t);
          const carried = figure(ctx.model, 'carried', ctx.t);
          if (!fresh) continue;
          // 收到申请 N 件 may mean the new applications only, or new plus carried over.
          if (c.value === fresh.value || (carried && c.value === fresh.value + carried.value)) continue;
          const both = carried ? ctx.t('narrative-mismatch.both', { carried: carried.value, sum: fresh.value + carried.value }) : '';
          report({
            range: spanRange(c),
            message: ctx.t('narrative-mismatch', { text: c.text, value: c.value, table: fresh.label, figure: fresh.value }) + both,
            related: [...related(fresh), ...(carried ? related(carried) : [])],
          });
          continue;
        }
        const f = figure(ctx.model, c.kind, ctx.t);
        if (!f || f.value === c.value) continue;
        report({
          range: spanRange(c),
          message: ctx.t('narrative-mismatch', { text: c.text, value: c.value, table: f.label, figure: f.value }),
          related: related(f),
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
  check(ctx, report) {
    for (const s of ctx.model.sections) {
      for (const x of s.sums) {
        const sum = x.parts.reduce((a, b) => a + b, 0);
        if (sum === x.total) continue;
        const range = spanRange(x);
        const params = { total: x.total, unit: x.unit, parts: x.parts.join('+'), sum, diff: Math.abs(x.total - sum) };
        if (sum > x.total) report({ range, message: ctx.t('narrative-sum.over', params) });
        else if (x.complete) report({ range, message: ctx.t('narrative-sum.complete', params) });
        // A 其中 list may name only some of the parts: worth a look, not a warning.
        else report({ range, message: ctx.t('narrative-sum.partial', params), severity: 'information' });
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
    if (model.format === '2021' && model.year && model.year < 2021 && title) {
      report({ range: spanRange(title.span), message: ctx.t('year-mismatch.format', { year: model.year }) });
    }
    const stat = statisticsYear(model);
    if (title?.year && stat && stat !== title.year) {
      report({ range: spanRange(title.span), message: ctx.t('year-mismatch.body', { title: title.year, body: stat }) });
    }
  },
};

export const narrativeRules: Rule[] = [narrativeMismatch, narrativeSum, yearMismatch];
