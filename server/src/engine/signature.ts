/**
 * Everything the rules read, as strings. Typing in prose usually changes none of it (the text of a
 * sentence is not an input unless it states a number the rules read), so the previous findings are
 * reused and a keystroke costs only the re-parse of its paragraph.
 */
import type { ReportModel, SectionModel } from './model';
import { sectionClosedClaims } from './narrative/closed';

/** A section's parts, kept on the section: a reused section (same blocks) has the same inputs. */
const sectionCache = new WeakMap<SectionModel, { rest: string; narrative: string }>();

function sectionInputs(s: SectionModel, lines: readonly string[]): { rest: string; narrative: string } {
  let sig = sectionCache.get(s);
  if (sig === undefined) {
    const h = s.headingSpan;
    const p = s.prose;
    // One template rather than an array joined: this runs for the edited section on every keystroke.
    const rest = `${s.ordinal}\u0002${s.heading.norm}\u0002${s.heading.writtenOrdinal}\u0002${h.line}:${h.start}-${h.end}\u0002${lines[h.line].slice(0, h.start)}`
      + `\u0002${s.startLine}-${s.endLine}\u0002${p.contentLines}\u0002${p.onlyEmptyMarker}\u0002${p.firstContentLine}`
      + `\u0002${p.onlyEmptyMarker && p.firstContentLine !== undefined ? lines[p.firstContentLine] : ''}`
      // The phrases in the order they were found, unsorted: the rules only ask whether a phrase is there, and a list that
      // joins the same set in another order only makes the rules run again (sorting them cost ~5% of a prose keystroke).
      + `\u0002${[...p.mentions].join(',')}`
      // Where the prose says every application was closed (closed-but-carried points there).
      + `\u0002${sectionClosedClaims(s, lines).map((c) => `${c.line}:${c.start}${c.text}`).join(',')}`;
    // What the prose states (numbers and where they are): read by the narrative rules only.
    let narrative = '';
    for (const c of s.claims) narrative += `\u0002c${c.kind}${c.value}${c.scoped ? 's' : ''}${c.previous ? 'p' : ''}${c.year ?? ''}@${c.line}:${c.start}-${c.end}${c.text}`;
    for (const x of s.sums) narrative += `\u0002s${x.total}=${x.parts.join('+')}${x.unit}${x.complete}${x.hedged}${x.bracket}${x.overlapping}${x.remainder}${x.uncertain}@${x.line}:${x.start}-${x.end}`;
    if (s.years.size) for (const [y, n] of s.years) narrative += `\u0002y${y}x${n}`;
    sig = { rest, narrative };
    sectionCache.set(s, sig);
  }
  return sig;
}

/**
 * The inputs as parts: the report-wide facts and one part per section, split in three — what the prose
 * states (claims, stated sums, years), read only by the narrative rules; the tables (which fragments, where),
 * read by every rule but those that declare they read none (`readsTables: false`); and everything else. A section
 * that was reused keeps its (identical) parts, so comparing two versions compares a handful of strings,
 * mostly by identity. Typing before a number in a sentence moves a claim: only the narrative rules run; typing in
 * a table cell changes the tables only: the rules of the parts' structure and prose keep their findings.
 */
export interface RuleInputs { rest: string[]; narrative: string[]; tables: string }

export function ruleInputs(model: ReportModel, lines: readonly string[], eol: string): RuleInputs {
  const head: unknown[] = [
    lines.length, lines[lines.length - 1]?.length, eol, model.year, model.format, model.looksLikeReport,
    // Without a title, title-format points at the whole first line.
    model.title ? '' : lines[0]?.length,
  ];
  const t = model.title;
  // (A fragment's own text too: title-format quotes it, and a line in a block with a table is read again with the table.)
  if (t) head.push(t.text, t.year, t.span.line, t.span.start, t.span.end, t.fragments.map((f) => `${f.line}:${f.start}-${f.end}${lines[f.line]}`).join(','));
  const rest = [head.join('\u0001')];
  const narrative: string[] = [];
  for (const s of model.sections) {
    const sig = sectionInputs(s, lines);
    rest.push(sig.rest);
    narrative.push(sig.narrative);
  }
  return { rest, narrative, tables: model.tablesKey };
}

export function sameInputs(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
