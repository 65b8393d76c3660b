/**
 * Prose that says every application was closed (均已办结): where it says so, in sentences that name
 * no exception. Read by closed-but-carried and, as positions, by the rule-input signature.
 */
import { RECOGNITION, TABLE3_RESULT_NAMES } from '../format';
import type { SectionModel } from '../model';
import type { Block } from '../structure/block';
import { sectionBlocks } from '../structure/assemble';
import { countsOtherThings } from './claims';

export interface ClosedClaim { line: number; start: number; end: number; text: string }

const SAID = new RegExp(RECOGNITION.all_closed.pattern, 'g');
const EXCEPTIONS: string[] = RECOGNITION.all_closed.exceptions;
const SENTENCE_END = /[。；;！!？?]/;
/**
 * （含上年结转2件）, 收到15件，上年结转2件，全部办结: last year's applications counted in, no exception;
 * 上年结转的2件…均已办结 is about those only.
 */
const CARRIED_IN = /(?:上一?年度?|去年)结转(?:申请)?[0-9０-９一二两三四五六七八九十百]+件/g;
/**
 * 均已办结，其中予以公开28件…其他处理2件: the results of table 三 named by their group labels are the closed
 * applications themselves, no exception (其他).
 */
const withoutResultNames = (sentence: string) => TABLE3_RESULT_NAMES.reduce((s, name) => s.split(name).join(''), sentence);

/** Table rows (tabs, pipes) are not prose. */
function isProse(line: string): boolean {
  return !line.includes('\t') && !line.trimStart().startsWith('|');
}

/** The claims on lines from..to (inclusive). */
export function closedClaims(lines: readonly string[], from: number, to: number): ClosedClaim[] {
  const out: ClosedClaim[] = [];
  for (let l = Math.max(0, from); l <= to && l < lines.length; l++) {
    const text = lines[l];
    if (!text.includes('办') && !text.includes('完毕') && !text.includes('答复')) continue;
    if (!isProse(text)) continue;
    SAID.lastIndex = 0;
    for (let m = SAID.exec(text); m; m = SAID.exec(text)) {
      let a = m.index;
      while (a > 0 && !SENTENCE_END.test(text[a - 1])) a--;
      let b = m.index + m[0].length;
      while (b < text.length && !SENTENCE_END.test(text[b])) b++;
      // 含上年结转2件，均已办结: last year's applications carried into this one are no exception.
      const sentence = withoutResultNames(text.slice(a, b).replace(CARRIED_IN, ''));
      if (EXCEPTIONS.some((x) => sentence.includes(x))) continue;
      // 承办人大代表建议15件，均已按时办结: other things were closed, not the applications.
      if (countsOtherThings(text, m.index)) continue;
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
  if (!claims) {
    const blocks = sectionBlocks(s);
    claims = blocks ? fromBlocks(blocks, lines) : closedClaims(lines, s.headingSpan.line + 1, s.endLine);
    bySection.set(s, claims);
  }
  return claims;
}

/**
 * The same, block by block: a section rebuilt around an edited block (typing in its heading joins it to the
 * section above) reads only that block again. Lines relative to the block, so a moved block keeps them.
 */
const byBlock = new WeakMap<Block, ClosedClaim[]>();
function fromBlocks(blocks: readonly Block[], lines: readonly string[]): ClosedClaim[] {
  const out: ClosedClaim[] = [];
  for (const b of blocks) {
    let rel = byBlock.get(b);
    if (!rel) {
      // A section's body starts after its heading line (only a section's first block has one).
      const found = closedClaims(lines, b.parse.heading ? b.startLine + 1 : b.startLine, b.endLine - 1);
      rel = found.length ? found.map((c) => ({ ...c, line: c.line - b.startLine })) : NONE;
      byBlock.set(b, rel);
    }
    for (const c of rel) out.push({ ...c, line: c.line + b.startLine });
  }
  return out;
}
const NONE: ClosedClaim[] = [];
