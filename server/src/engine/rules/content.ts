/** What the prose sections must say: the fee statement, problems and improvements, the five areas. */
import { expectedFormatForYear, RECOGNITION, SECTIONS } from '../format';
import { insertAfter } from '../fixes/insert';
import { firstSections } from './structure';
import { Rule, spanRange } from './types';

export const feeStatementMissing: Rule = {
  id: 'fee-statement-missing',
  aliases: ['信息处理费'],
  severity: 'warning',
  readsTables: false,
  check(ctx, report) {
    const six = firstSections(ctx).get('六');
    if (!six) return;
    // 信息处理费 exists since 2021-01-01 (国办函〔2020〕109号): the 2021 format asks for the statement,
    // a 2019/2020 report owes none. Without a year, tables in the 2019 format say the same.
    const { year, format } = ctx.model;
    if ((year ? expectedFormatForYear(year) : format) === '2019') return;
    if (RECOGNITION.fee_phrases.some((p) => six.prose.mentions.has(p))) return;
    // …or on the heading's own line after its title (a PDF reader joined the heading and the paragraph under it:
    // 六、其他需要报告的事项本年度未收取信息处理费。).
    if (RECOGNITION.fee_phrases.some((p) => afterTitle(ctx.lines[six.headingSpan.line] ?? '').includes(p))) return;
    // Said in another part (the 依申请公开 paragraph of 一, or 三): there is a statement, only not where the format puts it.
    const elsewhere = [...firstSections(ctx).values()].find((s) => s.ordinal !== '六' && s.prose.mentions.has(RECOGNITION.fee_phrases[0]));
    if (elsewhere) {
      report({ range: spanRange(six.headingSpan), severity: 'information', message: ctx.t('fee-statement-missing.elsewhere', { ordinal: elsewhere.ordinal }) });
      return;
    }
    report({
      range: spanRange(six.headingSpan),
      message: ctx.t('fee-statement-missing'),
      fixes: () => [{ title: ctx.t('fee-statement-missing.fix'), edits: [insertAfter(ctx, six.headingSpan.line, [ctx.t('fee-statement.text')])], safe: false }],
    });
  },
};

/** The text of part 六's heading line after its title (its numbering aside), or nothing. */
function afterTitle(line: string): string {
  const title = SECTIONS.find((x) => x.ordinal === '六')!.title.replace(/^六、/, '');
  const at = line.indexOf(title);
  return at < 0 ? '' : line.slice(at + title.length);
}

export const improvementMissing: Rule = {
  id: 'improvement-missing',
  aliases: ['问题及改进'],
  severity: 'warning',
  readsTables: false,
  check(ctx, report) {
    const five = firstSections(ctx).get('五');
    if (!five || five.prose.contentLines === 0 || five.prose.onlyEmptyMarker) return; // section-empty speaks
    const has = (list: string[]) => list.some((p) => five.prose.mentions.has(p));
    if (!has(RECOGNITION.problem_phrases)) report({ range: spanRange(five.headingSpan), message: ctx.t('improvement-missing.problems') });
    if (!has(RECOGNITION.improvement_phrases)) report({ range: spanRange(five.headingSpan), message: ctx.t('improvement-missing.improvements') });
  },
};

export const overviewTopics: Rule = {
  id: 'overview-topics',
  aliases: ['总体情况要点'],
  severity: 'information',
  readsTables: false,
  check(ctx, report) {
    const one = firstSections(ctx).get('一');
    if (!one || one.prose.contentLines === 0 || one.prose.onlyEmptyMarker) return;
    const topics = SECTIONS[0].expectedTopics;
    const phrases = RECOGNITION.topic_phrases as Record<string, string[]>;
    const missing = topics.filter((t) => !(phrases[t] ?? [t]).some((p) => one.prose.mentions.has(p)));
    // Areas are often worded differently: flag only an overview that touches at most one of the five.
    if (topics.length - missing.length > 1) return;
    report({ range: spanRange(one.headingSpan), message: ctx.t('overview-topics', { topics: missing.join(ctx.t('list.topics.sep')) }) });
  },
};

export const contentRules: Rule[] = [feeStatementMissing, improvementMissing, overviewTopics];
