/**
 * A block is the preamble or one top-level section: the unit of incremental re-parsing.
 * Everything parsed from a block depends only on its own lines, so an untouched block is reused.
 */
import { LineKind, LineToken } from '../text/lines';
import { buildRows } from '../tables/rows';
import { recognizeTables } from '../tables/recognize';
import type { ProseFacts, Span, SubHeadingModel, TableFragment } from '../model';
import { gridTableHeading, type SectionHeading } from './headings';
import { titleBelowHeader } from './table-title';
import { RECOGNITION, SECTIONS } from '../format';
import { normalizeLabel } from '../text/normalize';
import { lookupRow, lookupSubTitle, isKnownLabel } from '../tables/labels';
import type { Claim } from '../narrative/claims';
import type { StatedSum } from '../narrative/sums';
import { statementsOf } from '../narrative/paragraphs';
import { insideBookTitle } from '../narrative/numbers';
import { isRunningHead } from './running-head';

export { isRunningHead };

export interface BlockParse {
  heading?: { info: SectionHeading; span: Span };
  subHeadings: SubHeadingModel[];
  fragments: TableFragment[];
  prose: Omit<ProseFacts, 'mentions'>;
  /** Prose lines (absolute line numbers), kept for rules that read the text. */
  proseLines: number[];
  /** Lines holding a gknb exception comment (absolute line numbers), so no pass over every line finds them. */
  directiveLines: number[];
  /** Totals of suspicious characters and lines with Chinese text (see lexLine). */
  suspect: { nul: number; replacement: number; latin: number; cjkLines: number; firstLine?: number };
}

export interface Block {
  /** Unique per parse, so an unchanged block can be recognised across versions. */
  id: number;
  startLine: number;
  /** Exclusive end line. */
  endLine: number;
  parse: BlockParse;
  /** Watched phrases found in this block's prose, for the section it belongs to (memoised). */
  mentions?: { ordinal: string | undefined; found: Set<string> };
  /** Numbers the prose states (memoised), with the lines they had when read, the block starting at line `at`. */
  narrative?: { at: number; claims: Claim[]; sums: StatedSum[] };
  /** The same with the lines moved along with the block, once it starts elsewhere. */
  placedNarrative?: { at: number; claims: Claim[]; sums: StatedSum[] };
  years?: Map<number, number>;
}

/**
 * A year the prose speaks of. Not: a year compared with (较2022年, 与2022年相比, 2022年同期), a start
 * or end (2021年以来, 截至2023年底前), or a year inside a document's name (《2022年政务公开工作要点》).
 */
/** A year, but not one that starts a period (2019年以来) or a range (2019年至2023年). */
const YEAR_MENTION = /((?:19|20)\d{2})\s*年(?!度?(?:以来|以前|之前|起|初|底前|同期|相比|相较|\s*(?:至|到|—|－|-|~|～)\s*(?:19|20)\d{2}))/g;
const LONE_YEAR = /^\s*(?:19|20)\d{2}\s*$/;
/** Words right before a year that compare with it (checked in code: a leading lookbehind slows the scan). */
const COMPARED = '较比与同至从自';

/** Years named in the block's prose and how often (memoised; position-free). */
export function blockYears(block: Block, lines: readonly string[]): Map<number, number> {
  if (!block.years) {
    const years = new Map<number, number>();
    const prose = block.parse.proseLines;
    for (let k = 0; k < prose.length; k++) {
      const i = prose[k];
      // A year alone on its line and 年 opening the next (a scraper's text, the digits a text node of their own).
      if (LONE_YEAR.test(lines[i]) && prose[k + 1] === i + 1) {
        const joined = lines[i].trim() + lines[i + 1].trim().slice(0, 8);
        YEAR_MENTION.lastIndex = 0;
        const m = YEAR_MENTION.exec(joined);
        const before = k > 0 && prose[k - 1] === i - 1 ? lines[i - 1].trimEnd().slice(-1) : '';
        if (m && m.index === 0 && !COMPARED.includes(before || '\u0000')) years.set(Number(m[1]), (years.get(Number(m[1])) ?? 0) + 1);
        continue;
      }
      YEAR_MENTION.lastIndex = 0;
      for (let m = YEAR_MENTION.exec(lines[i]); m; m = YEAR_MENTION.exec(lines[i])) {
        const before = m.index > 0 ? lines[i][m.index - 1] : '';
        if (!COMPARED.includes(before || '\u0000') && !insideBookTitle(lines[i], m.index)) years.set(Number(m[1]), (years.get(Number(m[1])) ?? 0) + 1);
      }
    }
    block.years = years;
  }
  return block.years;
}

/** Statements about the tables in the block's prose, with absolute lines. */
export function blockNarrative(block: Block, lines: readonly string[]): { claims: Claim[]; sums: StatedSum[] } {
  if (!block.narrative) {
    const { claims, sums } = statementsOf(lines, block.parse.proseLines, 0);
    block.narrative = { at: block.startLine, claims, sums };
  }
  const n = block.narrative;
  // Most blocks state nothing: no copies for them (this runs for every block of a section on each keystroke).
  if (n.claims.length === 0 && n.sums.length === 0) return NOTHING_STATED;
  const at = block.startLine;
  // Where the block was read (always, for a one-shot check) its statements are where they were found: no copies.
  if (at === n.at) return n;
  // A moved block's statements are copied with their lines moved, once per place.
  if (block.placedNarrative?.at !== at) {
    const delta = at - n.at;
    block.placedNarrative = {
      at,
      claims: n.claims.map((c) => ({ ...c, line: c.line + delta })),
      sums: n.sums.map((x) => ({ ...x, line: x.line + delta })),
    };
  }
  return block.placedNarrative;
}

const NOTHING_STATED: { claims: Claim[]; sums: StatedSum[] } = Object.freeze({ claims: Object.freeze([]) as unknown as Claim[], sums: Object.freeze([]) as unknown as StatedSum[] });

/** The watched phrases of section `ordinal` that occur in the block's prose; computed once per block. */
export function blockMentions(block: Block, lines: readonly string[], ordinal: string | undefined): Set<string> {
  if (block.mentions && block.mentions.ordinal === ordinal) return block.mentions.found;
  const watched = watchedPhrases(ordinal);
  const found = new Set<string>();
  if (watched.count === 0) {
    block.mentions = { ordinal, found };
    return found;
  }
  const re = watched.re;
  for (const i of block.parse.proseLines) {
    const text = lines[i];
    // One regex scan finds the longest phrase at each place one starts; the phrases inside it are
    // there too. Restarting one character on finds phrases that overlap (改进 / 进一步).
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      for (const p of watched.within.get(m[0])!) found.add(p);
      re.lastIndex = m.index + 1;
    }
    if (found.size === watched.count) break;
  }
  block.mentions = { ordinal, found };
  return found;
}

const EMPTY_MARKERS = new Set(RECOGNITION.empty_markers as string[]);
/** The watched phrases of a section as one regex (longest first), and the phrases each one contains. */
interface Watched { re: RegExp; within: Map<string, string[]>; count: number }
const watchedCache = new Map<string, Watched>();

/** Phrases watched in each section's prose, from the format data. */
function watchedPhrases(ordinal: string | undefined): Watched {
  const key = ordinal ?? '';
  let w = watchedCache.get(key);
  if (!w) {
    const list = computeWatched(ordinal).filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
    const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    w = {
      re: new RegExp(list.map(escape).join('|') || '(?!)', 'g'),
      within: new Map(list.map((p) => [p, list.filter((q) => p.includes(q))])),
      count: list.length,
    };
    watchedCache.set(key, w);
  }
  return w;
}

function computeWatched(ordinal: string | undefined): string[] {
  if (!ordinal) return [RECOGNITION.title_phrase];
  const section = SECTIONS.find((s) => s.ordinal === ordinal)!;
  const out = [...section.mustMention];
  if (ordinal === '一') out.push(...Object.values(RECOGNITION.topic_phrases).flat());
  if (ordinal === '五') out.push(...RECOGNITION.problem_phrases, ...RECOGNITION.improvement_phrases);
  if (ordinal === '六') out.push(...RECOGNITION.fee_phrases);
  // The fee statement written in another part (信息处理费 only: 收费 is also table 二's 行政事业性收费).
  else out.push(RECOGNITION.fee_phrases[0]);
  return [...new Set(out)];
}

/**
 * The lines the tables read: as written (positional readers need the columns as they are), except lines whose
 * only hidden characters are Markdown backslash escapes (mammoth's `267\\.86`), read as shown.
 */
function escapesShown(lines: string[], shown: readonly string[], from: number, to: number): string[] {
  let out = lines;
  for (let i = from; i < to; i++) {
    if (shown[i] === lines[i] || lines[i].indexOf('<') >= 0 || lines[i].indexOf('">') >= 0) continue;
    if (out === lines) out = lines.slice();
    out[i] = shown[i];
  }
  return out;
}


/** `shown`: the lines without converters' inline tags (../text/tags.ts), for the prose; tables read `lines`. */
export function parseBlock(lines: string[], lex: LineToken[], start: number, end: number, shown: readonly string[] = lines): BlockParse {
  const first = lex[start];
  // (A grid table's title row: the heading's text is on the lines under the table's top border.)
  const grid = first && first.kind !== LineKind.Section ? gridTableHeading(lines, start) : undefined;
  // (…or its title row below the table's header rows: ./table-title.ts.)
  const below = first && first.kind !== LineKind.Section && !grid ? titleBelowHeader(lines, lex, start) : undefined;
  const heading = first?.kind === LineKind.Section
    ? { info: first.section!, span: headingSpan(lines[start], start) }
    : grid ? { info: grid, span: { line: start + 1, start: 0, end: lines[start + 1].length } }
      : below && below.line < end ? { info: below.info, span: { line: below.line, start: 0, end: lines[below.line].length } } : undefined;
  // (A heading that is a table's title row leaves the table, from that line, to be read.)
  const bodyStart = heading && !first.tableTitle && !grid && !below ? start + 1 : start;
  const rows = buildRows(lex, bodyStart, end, escapesShown(lines, shown, bodyStart, end));
  const fragments = recognizeTables(rows);
  // Fragments come in line order: one index walks them as the lines go by (no set of table lines).
  let fragment = 0;
  const inTable = (line: number) => {
    while (fragment < fragments.length && fragments[fragment].lastLine < line) fragment++;
    return fragment < fragments.length && fragments[fragment].firstLine <= line;
  };

  const suspect: BlockParse['suspect'] = { nul: 0, replacement: 0, latin: 0, cjkLines: 0 };
  const directiveLines: number[] = [];
  for (let i = start; i < end; i++) {
    if (lex[i].directive) directiveLines.push(i);
    if (lex[i].cjk) suspect.cjkLines++;
    const x = lex[i].suspect;
    if (!x) continue;
    suspect.nul += x.nul;
    suspect.replacement += x.replacement;
    suspect.latin += x.latin;
    suspect.firstLine ??= i;
  }
  const subHeadings: SubHeadingModel[] = [];
  const proseLines: number[] = [];
  let contentLines = 0;
  let onlyEmpty = true;
  let firstContentLine: number | undefined;
  for (let i = bodyStart; i < end; i++) {
    const tok = lex[i];
    if (tok.kind === LineKind.Blank || tok.kind === LineKind.PageNumber) continue;
    if (inTable(i) || isRunningHead(shown[i]) || i === heading?.span.line) continue;
    if (tok.kind !== LineKind.Text && tok.kind !== LineKind.Section) {
      // Table-like lines outside any recognised table still count as content.
      contentLines++;
      onlyEmpty = false;
      continue;
    }
    const text = shown[i];
    // Labels and empty markers are short; long prose lines need no normalising.
    const norm = text.length <= 80 ? normalizeLabel(text) : '';
    if (tok.sub && !lookupRow(norm) && !lookupSubTitle(norm)) {
      subHeadings.push({ level: tok.sub.level, text: tok.sub.text, span: { line: i, start: 0, end: text.length } });
    } else if (norm && tok.kind === LineKind.Text && isKnownLabel(norm)) {
      continue;
    }
    contentLines++;
    firstContentLine ??= i;
    proseLines.push(i);
    if (!norm || !EMPTY_MARKERS.has(norm)) onlyEmpty = false;
  }
  return {
    heading,
    subHeadings,
    fragments,
    proseLines,
    directiveLines,
    prose: { contentLines, onlyEmptyMarker: contentLines > 0 && onlyEmpty, firstContentLine },
    suspect,
  };
}

const HEADING_LEAD_RE = /^[\s\u00a0\u3000#]*(?:\*\*)?/;
const HEADING_TAIL_RE = /[\s\u00a0\u3000*]/;

/** The heading's range without Markdown marks and surrounding space. */
function headingSpan(line: string, lineNo: number): Span {
  const m = HEADING_LEAD_RE.exec(line)!;
  let end = line.length;
  while (end > m[0].length && HEADING_TAIL_RE.test(line[end - 1])) end--;
  return { line: lineNo, start: m[0].length, end };
}

/** Every span a parse holds, so a reused block can be moved when lines are inserted above it. */
export function shiftBlock(block: Block, delta: number): void {
  if (delta === 0) return;
  block.startLine += delta;
  block.endLine += delta;
  const p = block.parse;
  // Collect first: cells can share a span object, and each must move once.
  const spans = new Set<Span>();
  if (p.heading) spans.add(p.heading.span);
  for (const s of p.subHeadings) spans.add(s.span);
  for (let i = 0; i < p.proseLines.length; i++) p.proseLines[i] += delta;
  for (let i = 0; i < p.directiveLines.length; i++) p.directiveLines[i] += delta;
  if (p.suspect.firstLine !== undefined) p.suspect.firstLine += delta;
  if (p.prose.firstContentLine !== undefined) p.prose.firstContentLine += delta;
  for (const f of p.fragments) {
    f.firstLine += delta;
    f.lastLine += delta;
    if (f.bareLine !== undefined) f.bareLine += delta;
    for (const h of f.headers) spans.add(h.span);
    for (const t of f.subTitles) spans.add(t.cell.span);
    for (const c of f.bareValues ?? []) spans.add(c.span);
    for (const r of f.rows) {
      r.firstLine += delta;
      r.lastLine += delta;
      spans.add(r.label.span);
      for (const v of r.values) spans.add(v.span);
    }
  }
  for (const s of spans) s.line += delta;
}
