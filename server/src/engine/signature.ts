/**
 * Everything the rules read, as one string. Typing in prose usually changes none of it (the text of a
 * sentence is not an input unless it states a number the rules read), so the previous findings are
 * reused and a keystroke costs only the re-parse of its paragraph.
 */
import type { ReportModel, SectionModel } from './model';

/** A section's part, kept on the section: a reused section (same blocks) has the same inputs. */
const sectionCache = new WeakMap<SectionModel, string>();

function sectionInputs(s: SectionModel, lines: readonly string[]): string {
  let sig = sectionCache.get(s);
  if (sig === undefined) {
    const h = s.headingSpan;
    sig = [
      s.ordinal, s.heading.norm, s.heading.writtenOrdinal, h.line, h.start, h.end, lines[h.line].slice(0, h.start), s.startLine, s.endLine,
      s.prose.contentLines, s.prose.onlyEmptyMarker, s.prose.firstContentLine,
      s.prose.onlyEmptyMarker && s.prose.firstContentLine !== undefined ? lines[s.prose.firstContentLine] : '',
      [...s.prose.mentions].sort().join(','),
      s.claims.map((c) => `${c.kind}${c.value}@${c.line}:${c.start}-${c.end}${c.text}`).join(','),
      s.sums.map((x) => `${x.total}=${x.parts.join('+')}${x.unit}${x.complete}@${x.line}:${x.start}-${x.end}`).join(','),
      [...s.years].map(([y, n]) => `${y}x${n}`).join(','),
    ].join('\u0002');
    sectionCache.set(s, sig);
  }
  return sig;
}

/**
 * The inputs as parts: one per section plus the report-wide facts. A section that was reused keeps
 * its (identical) part, so comparing two versions compares a handful of strings, mostly by identity.
 */
export function ruleInputs(model: ReportModel, lines: readonly string[], eol: string): string[] {
  const head: unknown[] = [
    lines.length, lines[lines.length - 1]?.length, eol, model.year, model.format, model.looksLikeReport, model.tablesKey,
    // Without a title, title-format points at the whole first line.
    model.title ? '' : lines[0]?.length,
  ];
  const t = model.title;
  if (t) head.push(t.text, t.year, t.span.line, t.span.start, t.span.end, t.fragments.map((f) => `${f.line}:${f.start}-${f.end}`).join(','));
  const parts = [head.join('\u0001')];
  for (const s of model.sections) parts.push(sectionInputs(s, lines));
  return parts;
}

export function sameInputs(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
