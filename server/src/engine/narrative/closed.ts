/**
 * Prose that says every application was closed (均已办结): where it says so, in sentences that name
 * no exception. Read by closed-but-carried and, as positions, by the rule-input signature.
 */
import { RECOGNITION } from '../format';
import type { SectionModel } from '../model';

export interface ClosedClaim { line: number; start: number; end: number; text: string }

const SAID = new RegExp(RECOGNITION.all_closed.pattern, 'g');
const EXCEPTIONS: string[] = RECOGNITION.all_closed.exceptions;
const SENTENCE_END = /[。；;！!？?]/;

/** Table rows (tabs, pipes) are not prose. */
function isProse(line: string): boolean {
  return !line.includes('\t') && !line.trimStart().startsWith('|');
}

/** The claims on lines from..to (inclusive). */
export function closedClaims(lines: readonly string[], from: number, to: number): ClosedClaim[] {
  const out: ClosedClaim[] = [];
  for (let l = Math.max(0, from); l <= to && l < lines.length; l++) {
    const text = lines[l];
    if (!text.includes('办') && !text.includes('完毕')) continue;
    if (!isProse(text)) continue;
    SAID.lastIndex = 0;
    for (let m = SAID.exec(text); m; m = SAID.exec(text)) {
      let a = m.index;
      while (a > 0 && !SENTENCE_END.test(text[a - 1])) a--;
      let b = m.index + m[0].length;
      while (b < text.length && !SENTENCE_END.test(text[b])) b++;
      const sentence = text.slice(a, b);
      if (EXCEPTIONS.some((x) => sentence.includes(x))) continue;
      out.push({ line: l, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return out;
}

/**
 * The claims of one section's body, worked out once per section object: the rule-input signature and the
 * rule both read them, and a section reused across versions (same blocks, same lines) keeps them.
 */
const bySection = new WeakMap<SectionModel, ClosedClaim[]>();
export function sectionClosedClaims(s: SectionModel, lines: readonly string[]): ClosedClaim[] {
  let claims = bySection.get(s);
  if (!claims) bySection.set(s, claims = closedClaims(lines, s.headingSpan.line + 1, s.endLine));
  return claims;
}
