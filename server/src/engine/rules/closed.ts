/**
 * closed-but-carried: the prose says every application was closed (均已办结) while table 三 carries
 * applications forward (四、结转下年度继续办理 总计 > 0). Information: the sentence may mean the
 * applications of some other scope.
 */
import { sectionClosedClaims } from '../narrative/closed';
import { quotedLabel } from '../text/normalize';
import { Rule, spanRange } from './types';

export const closedButCarried: Rule = {
  id: 'closed-but-carried',
  aliases: ['均已办结'],
  severity: 'information',
  check(ctx, report) {
    const row = ctx.model.table3?.rows.get('carry_forward');
    const cell = row?.cells[row.cells.length - 1];
    const v = cell?.value;
    if (!row || row.short || !cell?.cell || !v || v.kind !== 'number' || !v.integer || v.value <= 0) return;
    for (const s of ctx.model.sections) {
      for (const c of sectionClosedClaims(s, ctx.lines)) {
        report({
          range: spanRange({ line: c.line, start: c.start, end: c.end }),
          message: ctx.t('closed-but-carried', { text: c.text, count: v.value }),
          related: [{ range: spanRange(cell.span), message: `${quotedLabel(row.row.label.text)} = ${cell.cell.text}` }],
        });
      }
    }
  },
};
