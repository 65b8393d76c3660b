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
    const p = s.prose;
    // One template rather than an array joined: this runs for the edited section on every keystroke.
    sig = `${s.ordinal}\u0002${s.heading.norm}\u0002${s.heading.writtenOrdinal}\u0002${h.line}:${h.start}-${h.end}\u0002${lines[h.line].slice(0, h.start)}`
      + `\u0002${s.startLine}-${s.endLine}\u0002${p.contentLines}\u0002${p.onlyEmptyMarker}\u0002${p.firstContentLine}`
      + `\u0002${p.onlyEmptyMarker && p.firstContentLine !== undefined ? lines[p.firstContentLine] : ''}`
      + `\u0002${p.mentions.size > 1 ? [...p.mentions].sort().join(',') : [...p.mentions].join(',')}`;
    for (const c of s.claims) sig += `\u0002c${c.kind}${c.value}@${c.line}:${c.start}-${c.end}${c.text}`;
    for (const x of s.sums) sig += `\u0002s${x.total}=${x.parts.join('+')}${x.unit}${x.complete}@${x.line}:${x.start}-${x.end}`;
    if (s.years.size) for (const [y, n] of s.years) sig += `\u0002y${y}x${n}`;
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
