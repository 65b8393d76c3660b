/**
 * carryover-mismatch: this year's 二、上年结转 must equal last year's 四、结转下年度继续办理, per column;
 * 现行有效件数 should follow last year's plus 本年制发 minus 本年废止 (information only).
 */
import type { ResolvedCell, ResolvedRow } from '../model';
import { quotedLabel } from '../text/normalize';
import { Rule, spanRange } from './types';

function num(c: ResolvedCell | undefined): number | undefined {
  return c?.value.kind === 'number' && c.value.integer ? c.value.value : undefined;
}

export const carryoverMismatch: Rule = {
  id: 'carryover-mismatch',
  aliases: ['上年结转'],
  severity: 'warning',
  check(ctx, report) {
    const prev = ctx.options.previousYear;
    if (!prev) return;
    const now = ctx.model.table3?.rows.get('carried_over');
    const then = prev.model.table3?.rows.get('carry_forward');
    const year = prev.model.year ?? '上';
    if (now && then) {
      now.cells.forEach((cell, i) => {
        const a = num(cell);
        const b = num(then.cells[i]);
        if (a === undefined || b === undefined || a === b || !cell.cell) return;
        report({
          range: spanRange(cell.span),
          message: ctx.t('carryover-mismatch', { column: cell.column.label, now: a, year, then: b }),
          expected: b,
          related: [{ uri: prev.uri, range: spanRange(then.cells[i].span), message: ctx.t('carryover-mismatch.related', { year, value: b }) }],
        });
      });
    }
    // 现行有效件数: last year's, plus this year's issued, minus this year's repealed.
    const rowsNow = ctx.model.table2?.subs.get('art20_1')?.rows;
    const rowsThen = prev.model.table2?.subs.get('art20_1')?.rows;
    if (!rowsNow || !rowsThen || ctx.model.format !== '2021' || prev.model.format !== '2021') return;
    for (const [key, row] of rowsNow) {
      const before = rowsThen.get(key);
      if (!before) continue;
      const [issued, repealed, inForce] = (row as ResolvedRow).cells.map(num);
      const last = num(before.cells[2]);
      if ([issued, repealed, inForce, last].some((v) => v === undefined) || !row.cells[2].cell) continue;
      const expected = last! + issued! - repealed!;
      if (expected === inForce) continue;
      report({
        range: spanRange(row.cells[2].span),
        message: ctx.t('carryover-mismatch.in-force', { label: quotedLabel(row.row.label.text), last: last!, year, issued: issued!, repealed: repealed!, expected, actual: inForce! }),
        related: [{ uri: prev.uri, range: spanRange(before.cells[2].span), message: ctx.t('carryover-mismatch.related', { year, value: last! }) }],
        severity: 'information',
        expected,
      });
    }
  },
};
