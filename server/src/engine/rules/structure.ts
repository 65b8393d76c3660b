/** Section structure and title rules. */
import { RECOGNITION, SECTIONS } from '../format';
import type { ReportModel, SectionModel } from '../model';
import { normalizeLabel } from '../text/normalize';
import { headingPrefix, insertLines, documentStyle } from '../fixes/insert';
import { renderTemplate, TemplateId } from '../fixes/templates';
import { Rule, RuleContext, spanRange, pointRange, lineRange } from './types';
import { gluedLines, headingGlued } from './glued';
import { LastAnswer } from '../side-table';

const ORDER = SECTIONS.map((s) => s.ordinal);
const titleOf = (ordinal: string) => SECTIONS.find((s) => s.ordinal === ordinal)!.title;

/** First occurrence of each section, in document order. */
export function firstSections(ctx: RuleContext): Map<string, SectionModel> {
  // Several rules ask, some once per section: computed once per model (callers only read it).
  let first = firstCache.get(ctx.model);
  if (!first) {
    first = new Map<string, SectionModel>();
    for (const s of ctx.model.sections) if (!first.has(s.ordinal)) first.set(s.ordinal, s);
    firstCache.set(ctx.model, first);
  }
  return first;
}

const firstCache = new LastAnswer<ReportModel, Map<string, SectionModel>>();

const TABLE_OF: Record<string, 'table2' | 'table3' | 'table4' | undefined> = { '二': 'table2', '三': 'table3', '四': 'table4' };

/**
 * Where a missing section belongs: before its own table if that sits between the sections before and
 * after it and not inside another table, else before the first section that comes after it in the
 * standard order — never where the heading would be out of order or cut a table while a better place exists.
 */
function insertionLine(ctx: RuleContext, ordinal: string): number {
  const table = TABLE_OF[ordinal];
  const own = table ? ctx.model[table] : undefined;
  const rank = ORDER.indexOf(ordinal);
  const present = [...firstSections(ctx).values()]; // in document order
  const inOrder = (line: number) => present.every((s) => (ORDER.indexOf(s.ordinal) < rank) === (s.headingSpan.line < line));
  const insideOther = (line: number) => (['table2', 'table3', 'table4'] as const)
    .some((t) => t !== table && ctx.model[t] && ctx.model[t]!.firstLine < line && line <= ctx.model[t]!.lastLine);
  if (own && inOrder(own.firstLine) && !insideOther(own.firstLine)) return own.firstLine;
  const next = present.find((s) => ORDER.indexOf(s.ordinal) > rank);
  return next ? next.startLine : ctx.lines.length;
}

export const sectionMissing: Rule = {
  id: 'section-missing',
  aliases: ['缺少章节', 'missing-section'],
  severity: 'error',
  check(ctx, report) {
    if (!ctx.model.looksLikeReport && ctx.options.nonReport !== 'check') return;
    const first = firstSections(ctx);
    let glued: number[] | undefined;
    const inLine: string[] = [];
    for (const ordinal of ORDER) {
      if (first.has(ordinal)) continue;
      const title = titleOf(ordinal);
      const line = insertionLine(ctx, ordinal);
      // Its heading inside a report glued into one line (a scraper's text of a page without line breaks): there, not read.
      glued ??= gluedLines(ctx.lines);
      if (glued.length && headingGlued(ctx.lines, glued, ordinal)) {
        inLine.push(ordinal);
        continue;
      }
      const body = (): string[] => {
        const lines = [headingPrefix(ctx) + title, ''];
        const table = TABLE_OF[ordinal];
        if (table && !ctx.model[table]) {
          lines.push(...renderTemplate(table as TemplateId, documentStyle(ctx), ctx.model.format ?? '2021', ctx.options.templateFill), '');
        } else if (!table) {
          lines.push(ctx.t(`placeholder.${ordinal}` as any), '');
        }
        return lines;
      };
      report({
        range: line < ctx.lines.length ? pointRange(line) : pointRange(ctx.lines.length - 1, ctx.lines[ctx.lines.length - 1].length),
        message: ctx.t('section-missing', { ordinal, title }),
        fixes: () => [{ title: ctx.t('section-missing.fix', { ordinal, title }), edits: [insertLines(ctx, line, body())], safe: false }],
      });
    }
    // Said once for all the parts a glued line holds.
    if (inLine.length) report({ range: pointRange(glued![0]), severity: 'information', message: ctx.t('section-missing.glued', { ordinals: inLine.join('、') }) });
  },
};

export const sectionOrder: Rule = {
  id: 'section-order',
  aliases: ['章节顺序'],
  severity: 'error',
  readsTables: false,
  check(ctx, report) {
    const seen: SectionModel[] = [];
    for (const s of firstSections(ctx).values()) {
      const idx = ORDER.indexOf(s.ordinal);
      const later = seen.find((p) => ORDER.indexOf(p.ordinal) > idx);
      if (later) {
        report({
          range: spanRange(s.headingSpan),
          message: ctx.t('section-order', { ordinal: s.ordinal, title: titleOf(s.ordinal), before: later.ordinal }),
          related: [{ range: spanRange(later.headingSpan), message: later.heading.norm }],
        });
      }
      seen.push(s);
    }
  },
};

export const sectionDuplicate: Rule = {
  id: 'section-duplicate',
  aliases: ['章节重复'],
  severity: 'warning',
  readsTables: false,
  check(ctx, report) {
    const first = firstSections(ctx);
    for (const s of ctx.model.sections) {
      const f = first.get(s.ordinal)!;
      if (f === s) continue;
      report({
        range: spanRange(s.headingSpan),
        message: ctx.t('section-duplicate', { ordinal: s.ordinal, firstLine: f.headingSpan.line + 1 }),
        related: [{ range: spanRange(f.headingSpan), message: f.heading.norm }],
      });
    }
  },
};

export const sectionTitle: Rule = {
  id: 'section-title',
  aliases: ['章节标题'],
  severity: 'hint',
  readsTables: false,
  check(ctx, report) {
    for (const s of ctx.model.sections) {
      if (s.heading.exact) continue;
      const title = titleOf(s.ordinal);
      const wrongOrdinal = s.heading.writtenOrdinal !== s.ordinal;
      const span = s.headingSpan;
      report({
        range: spanRange(span),
        message: wrongOrdinal
          ? ctx.t('section-title.ordinal', { written: s.heading.norm, ordinal: s.ordinal, title })
          : ctx.t('section-title', { ordinal: s.ordinal, title }),
        fixes: [{ title: ctx.t('section-title.fix', { title }), edits: [{ range: spanRange(span), newText: title }], safe: true }],
      });
    }
  },
};

export const sectionEmpty: Rule = {
  id: 'section-empty',
  aliases: ['章节为空'],
  severity: 'warning',
  readsTables: false,
  check(ctx, report) {
    for (const s of firstSections(ctx).values()) {
      if (SECTIONS.find((d) => d.ordinal === s.ordinal)!.kind !== 'text' || s.ordinal === '六') continue;
      if (s.prose.contentLines > 0 && !s.prose.onlyEmptyMarker) continue;
      const title = titleOf(s.ordinal);
      const marker = s.prose.onlyEmptyMarker && s.prose.firstContentLine !== undefined
        ? normalizeLabel(ctx.lines[s.prose.firstContentLine]) : undefined;
      report({
        range: spanRange(s.headingSpan),
        message: marker ? ctx.t('section-empty.marker', { ordinal: s.ordinal, title, marker }) : ctx.t('section-empty', { ordinal: s.ordinal, title }),
      });
    }
  },
};

const STANDARD_TITLE = /^(.+?)((?:19|20)\d{2})年政府信息公开工作年度报告$/;

export const titleFormat: Rule = {
  id: 'title-format',
  aliases: ['标题格式'],
  severity: 'hint',
  readsTables: false,
  check(ctx, report) {
    const { title } = ctx.model;
    if (!ctx.model.looksLikeReport && ctx.options.nonReport !== 'check') return;
    if (!title) {
      report({ range: lineRange(ctx.lines, 0), message: ctx.t('title-format.missing') });
      return;
    }
    const m = STANDARD_TITLE.exec(title.norm);
    if (!m) {
      const suggestion = suggestTitle(title.norm);
      if (suggestion) {
        report({
          range: spanRange(title.span),
          message: ctx.t('title-format.suggest', { title: title.text, suggestion }),
          fixes: [{ title: ctx.t('title-format.suggest.fix', { suggestion }), edits: [{ range: spanRange(title.span), newText: suggestion }], safe: false }],
        });
      } else {
        report({ range: spanRange(title.span), message: ctx.t('title-format.shape', { title: title.text }) });
      }
    } else if (!RECOGNITION.region_markers.some((r) => m[1].includes(r))) {
      report({ range: spanRange(title.span), message: ctx.t('title-format.region', { agency: m[1] }) });
    }
    for (const f of title.fragments) {
      const text = normalizeLabel(ctx.lines[f.line]);
      const next = f.line + 1 < ctx.lines.length ? { line: f.line + 1, character: 0 } : { line: f.line, character: ctx.lines[f.line].length };
      report({
        range: spanRange(f),
        message: ctx.t('title-format.fragment', { text }),
        fixes: [{ title: ctx.t('title-format.fragment.fix', { text }), edits: [{ range: { start: { line: f.line, character: 0 }, end: next }, newText: '' }], safe: true }],
      });
    }
  },
};

/** Rebuild a standard title from a variant (year first, 年度…工作报告, missing 工作). */
function suggestTitle(norm: string): string | undefined {
  // A title cut short by wrapping (…年度报 / 告) is not rebuilt: the fragment hint explains it.
  if (!norm.endsWith('报告')) return undefined;
  const year = /((?:19|20)\d{2})年度?/.exec(norm);
  if (!year) return undefined;
  const agency = norm
    .replace(year[0], '')
    .replace(/政府信息公开(?:工作)?(?:年度)?(?:工作)?报告$/, '')
    .replace(/^关于/, '');
  if (!agency || agency.length > 40 || agency.includes('报告')) return undefined;
  return `${agency}${year[1]}年政府信息公开工作年度报告`;
}

export const structureRules: Rule[] = [sectionMissing, sectionOrder, sectionDuplicate, sectionTitle, sectionEmpty, titleFormat];
