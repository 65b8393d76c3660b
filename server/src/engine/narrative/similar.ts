/**
 * How much of a section's text is last year's: the Dice coefficient of character bigrams, white space
 * dropped and every digit read as one (the numbers change every year, the sentences around them may not).
 * Bigram counts are kept per section model, so typing recounts only the edited section.
 */
import { RECOGNITION } from '../format';
import type { ReportModel, SectionModel } from '../model';
import type { PreviousYear } from '../rules/types';

const SETTINGS = RECOGNITION.copied_text;
const COMPARED = new Set<string>(SETTINGS.sections);

type Bigrams = { counts: Map<string, number>; total: number };

function bigramsOf(lines: readonly string[], s: SectionModel): Bigrams {
  const text = lines.slice(s.headingSpan.line + 1, s.endLine + 1).join('').normalize('NFKC').replace(/\s+/g, '').replace(/[0-9]/g, '#');
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return { counts, total: Math.max(0, text.length - 1) };
}

const ownCache = new WeakMap<SectionModel, Bigrams>();
const previousCache = new WeakMap<ReportModel, Map<string, { section: SectionModel; bigrams: Bigrams }>>();

function own(lines: readonly string[], s: SectionModel): Bigrams {
  let b = ownCache.get(s);
  if (!b) ownCache.set(s, b = bigramsOf(lines, s));
  return b;
}

function previousSections(prev: PreviousYear & { lines: readonly string[] }): Map<string, { section: SectionModel; bigrams: Bigrams }> {
  let m = previousCache.get(prev.model);
  if (!m) {
    m = new Map();
    for (const s of prev.model.sections) if (COMPARED.has(s.ordinal) && !m.has(s.ordinal)) m.set(s.ordinal, { section: s, bigrams: bigramsOf(prev.lines, s) });
    previousCache.set(prev.model, m);
  }
  return m;
}

function dice(a: Bigrams, b: Bigrams): number {
  let shared = 0;
  const [small, large] = a.counts.size < b.counts.size ? [a, b] : [b, a];
  for (const [g, n] of small.counts) shared += Math.min(n, large.counts.get(g) ?? 0);
  return (2 * shared) / (a.total + b.total);
}

export interface CopiedSection { section: SectionModel; previous: SectionModel; similarity: number }

/** The sections (一, 五, 六 by the data) nearly the same as last year's; none without last year's text. */
export function copiedSections(model: ReportModel, lines: readonly string[], prev: PreviousYear | undefined): CopiedSection[] {
  if (!prev?.lines) return [];
  const before = previousSections(prev as PreviousYear & { lines: readonly string[] });
  const out: CopiedSection[] = [];
  const seen = new Set<string>();
  for (const s of model.sections) {
    if (!COMPARED.has(s.ordinal) || seen.has(s.ordinal)) continue;
    seen.add(s.ordinal);
    const then = before.get(s.ordinal);
    if (!then) continue;
    const a = own(lines, s);
    // Short sections (无, a fee sentence) are alike in every report.
    if (a.total + 1 < SETTINGS.min_length || then.bigrams.total + 1 < SETTINGS.min_length) continue;
    const similarity = dice(a, then.bigrams);
    if (similarity >= SETTINGS.threshold) out.push({ section: s, previous: then.section, similarity });
  }
  return out;
}
