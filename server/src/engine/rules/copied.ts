/**
 * copied-text: a section (五 above all) whose text is nearly the same as last year's report of the
 * same agency. Information: a report may rightly repeat itself; it is for the writer to look.
 */
import { copiedSections } from '../narrative/similar';
import { Rule, spanRange } from './types';

export const copiedText: Rule = {
  id: 'copied-text',
  aliases: ['照搬上年'],
  severity: 'information',
  readsTables: false,
  check(ctx, report) {
    const prev = ctx.options.previousYear;
    const year = prev?.model.year ?? '上';
    for (const c of copiedSections(ctx.model, ctx.lines, prev)) {
      report({
        range: spanRange(c.section.headingSpan),
        message: ctx.t('copied-text', { ordinal: c.section.ordinal, year, percent: Math.floor(c.similarity * 100) }),
        related: [{ uri: prev!.uri, range: spanRange(c.previous.headingSpan), message: ctx.t('copied-text.related', { year }) }],
      });
    }
  },
};
