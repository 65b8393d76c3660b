/**
 * Stated totals and their parts in the prose: "累计公开22条。其中领导信息9条、内设机构10条…",
 * "共120条，其中A40条，B60条（B1 25条、B2 35条）、C20条". Per line (or wrapped sentence), context-free.
 */
import { RECOGNITION } from '../format';
import { countsNothing, NUMBER_SOURCE, numberValue } from './numbers';
import { spreadWith } from '../loops';

export interface StatedSum {
  total: number;
  parts: number[];
  unit: string;
  /** 分别为: the parts claim to be complete. 其中: they may be a partial list. */
  complete: boolean;
  /** 主要包括, 等: the list says itself that it is partial (information only, whatever the sum). */
  hedged: boolean;
  /** The parts are in a bracket after the total (60条（25条、35条）), not after 其中/分别为. */
  bracket: boolean;
  /** The parts are channels (网站…，微信公众号…): one item may be counted on several, so more than the total is no error. */
  overlapping: boolean;
  /** The list names what it leaves out (…，其余均按期答复): parts short of the total are no finding. */
  remainder: boolean;
  /** A comparison with a count of its own (比上年增加11件) stands between the total and the list: information at most. */
  uncertain?: boolean;
  line: number;
  start: number;
  end: number;
  text: string;
}

const N = NUMBER_SOURCE;
const NARRATIVE = RECOGNITION.narrative;
/** A list marker, or a bracket right after a count unit: a line with neither states no sum. */
const SUM_MARKER_RE = /其中|分别|[条件篇个项次期场]\s*[（(]/;
/** SUM_MARKER_RE, asked of every line of prose: includes() settles most lines (a regex of alternatives costs ~2×). */
function hasSumMarker(text: string): boolean {
  return text.includes('其中') || text.includes('分别') || ((text.includes('（') || text.includes('(')) && SUM_MARKER_RE.test(text));
}
const PARTS_MARKER_RE = /其中|分别为|分别是/;
const TOTAL_WORD_RE = /共|累计|全年|总计|合计|总共|一共/;
/** A later comma clause with one of these starts a new statement: the list of parts ends before it. */
const NEW_STATEMENT_RE = /共|累计|全年|总计|合计|其中/;
const PART = new RegExp(`${N}\\s*(条|件|篇|个|项|次|期|场)`, 'g');
/** 主要包括…, …等: a list that says it is partial (the words are data; 等 counts only where a list ends). */
const HEDGE_RE = new RegExp(`${NARRATIVE.hedges.join('|')}|等(?=$|[\\s，,、。；)）])`);
/** A bracket after a number that compares or dates rather than breaks it down: （上年55条）, （2022年为50条）; 上年结转 is a row of this year's table. */
const NOT_BREAKDOWN_RE = /同比|(?:上年|去年)(?!度?结转)|较|增长|减少|下降|增加|[0-9０-９]{4}\s*年/;
const REMAINDER_RE = new RegExp(NARRATIVE.remainders.join('|'));
/** Comparisons between a total and its list: with a count of their own (较上年增加40条) the list may be of the change. */
const COMPARISON_RE = /同比|(?:上年|去年)(?!度?结转)|较|增长|减少|下降|增加/;
const YEAR_IN_RE = /[0-9０-９]{4}\s*年/;
/** Where agencies publish: a list naming two of them may count one item on each (recognition data). */
const CHANNELS: readonly string[] = NARRATIVE.channels;
/** 行政复议5件，行政诉讼5件，被纠错1件: a list by group, then a result counted across the groups. */
const GROUP_WORD_RE = /行政复议|行政诉讼|复议|诉讼/;
const CROSS_RESULT_RE = /纠错|纠正|维持|败诉|胜诉/;
/** 其中局机关本级…: the list gives a narrower scope's figures, not the total's parts. */
const SUB_SCOPE_RE = new RegExp(NARRATIVE.sub_scopes.join('|'));
const OPEN = 0xff08; // （
const CLOSE = 0xff09; // ）

/**
 * "累计公开22条。其中领导信息9条、内设机构10条、镇情概况1条": a stated total and its parts.
 * The total must be the only number of its clause and carry a word like 共/累计/全年/总计;
 * the parts are the numbers with the same unit in the 其中/分别为 clause, outside brackets.
 * A bracket right after a number breaks down that number, not the total:
 * 共120条，其中A40条，B60条（B1 25条、B2 35条）、C20条 — 40+60+20 = 120, and 25+35 = 60 on its own.
 */
export function sumsInLine(text: string, line: number): StatedSum[] {
  if (text.length > 2000 || !hasSumMarker(text)) return [];
  // A total carries a total word (statedSum), a bracket sum needs a bracket: a line with neither states none.
  const totals = TOTAL_WORD_RE.test(text);
  const brackets = mayHaveBracketSum(text);
  if (!totals && !brackets) return [];
  const out: StatedSum[] = [];
  const flat = maskBrackets(text);
  const nums = numbersIn(flat);
  const clauses = totals ? splitClauses(flat) : [];
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i];
    const end = c.start + c.text.length;
    // A clause may state several totals, each with its list: 共120条，其中…，全年回应30条，其中….
    let from = c.start;
    for (let marker = nextMarker(flat, from, end); marker; marker = nextMarker(flat, from, end)) {
      const listStart = marker.index;
      const listEnd = endOfList(flat, listStart, end);
      const sum = statedSum(text, nums, line, from, listStart, listEnd, from === c.start && i > 0 ? clauses[i - 1] : undefined);
      if (sum) out.push(sum);
      from = Math.max(listEnd, listStart + marker.length);
    }
  }
  if (brackets) for (const b of bracketSums(text, nums, line)) out.push(b);
  return out;
}

/** Units of PART, one of which ends the number a bracket sum's bracket follows. */
const UNITS = '条件篇个项次期场';

/** Some bracket follows a count unit (spaces between allowed, as numberEndingAt allows them): bracketSums can find a sum only there. */
function mayHaveBracketSum(text: string): boolean {
  for (let open = 0; open < text.length; open++) {
    const c = text.charCodeAt(open);
    if (c !== OPEN && c !== 0x28) continue;
    let i = open;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u3000')) i--;
    if (i > 0 && UNITS.includes(text[i - 1])) return true;
  }
  return false;
}

/** The next 其中/分别为 in flat[from, to). */
function nextMarker(flat: string, from: number, to: number): { index: number; length: number } | undefined {
  const m = PARTS_MARKER_RE.exec(flat.slice(from, to));
  return m ? { index: from + m.index, length: m[0].length } : undefined;
}

/**
 * The total before a list and the list's parts. The total is the single number of flat[from, listStart),
 * or, when that has none, of the clause before; it must carry a total word (共, 累计, 全年…).
 */
function statedSum(text: string, nums: Part[], line: number, from: number, listStart: number, listEnd: number,
  prev: { text: string; start: number } | undefined): StatedSum | undefined {
  const before = within(nums, from, listStart);
  let total = before.length === 1 ? before[0] : undefined;
  let totalText = text.slice(from, listStart);
  // 新收480件，上年结转37件，共计517件，其中…: the comma clause right before the list has the total.
  if (before.length > 1) {
    let c = listStart;
    while (c > from && !isComma(text.charCodeAt(c - 1))) c--;
    if (c === listStart && c > from) for (c--; c > from && !isComma(text.charCodeAt(c - 1));) c--;
    const last = within(nums, c, listStart);
    // 共收到58件，比上年增加11件，其中…: the clause before the list is a comparison; the total is the number before it.
    if (before.length === 2 && last.length === 1 && last[0] === before[1] && COMPARISON_RE.test(text.slice(c, listStart))) {
      [total, totalText] = [before[0], text.slice(from, before[0].after)];
    } else if (last.length === 1) [total, totalText] = [last[0], text.slice(c, listStart)];
  }
  if (before.length === 0 && prev) {
    const p = within(nums, prev.start, prev.start + prev.text.length);
    if (p.length === 1) [total, totalText] = [p[0], text.slice(prev.start, prev.start + prev.text.length)];
  }
  if (!total || !TOTAL_WORD_RE.test(totalText)) return undefined;
  // 共收到申请360件，连续三年增长，2020年、2021年分别为256件、298件: the list is of other years or of a change.
  // 比上年增长8.7%，其中… still breaks the total down: only a count of the change, or another year, says otherwise.
  const between = maskBrackets(text.slice(total.after, listStart));
  const unit = total.unit;
  const parts = sameKind(text, listStart, within(nums, listStart, listEnd).filter((p) => p.unit === unit));
  if (parts.length < 2) return undefined;
  const listText = text.slice(listStart, listEnd);
  const changes = within(nums, total.after, listStart);
  if ((YEAR_IN_RE.test(between) || COMPARISON_RE.test(between)) && !ofTotalNotChange(between, changes, parts, listText)) return undefined;
  if (SUB_SCOPE_RE.test(listText)) return undefined;
  return spreadWith(summed(total, parts, listText, false, line), { uncertain: changes.length > 0 && COMPARISON_RE.test(between), text: (totalText + listText).trim() });
}

/**
 * 共收到申请58件，比2020年增加11件，其中自然人50件、法人7件: between the total and its list, one comparison with
 * one count (its year only the one compared with); parts adding up to more than that change cannot be the change's,
 * so the list breaks down the total. Without a count, the comparison is a rate (增长8.7%): the total's list too.
 */
function ofTotalNotChange(between: string, changes: Part[], parts: Part[], listText: string): boolean {
  if (!COMPARISON_RE.test(between)) return false;
  if (changes.length === 0) return !YEAR_IN_RE.test(between);
  // …，2020年、2021年分别为256件、298件: a 分别 list after a comparison names the figures compared.
  if (listText.includes('分别')) return false;
  return changes.length === 1 && parts.reduce((a, p) => a + p.value, 0) > changes[0].value;
}

/**
 * The parts of one breakdown: in a list by group (行政复议5件，行政诉讼5件), a result named without a group
 * (被纠错1件) counts across the groups and is no part of it.
 */
function sameKind(text: string, listStart: number, parts: Part[]): Part[] {
  if (parts.length < 3) return parts;
  const labels = parts.map((p, i) => text.slice(i ? parts[i - 1].after : listStart, p.index));
  if (!labels.some((l) => GROUP_WORD_RE.test(l))) return parts;
  return parts.filter((_, i) => GROUP_WORD_RE.test(labels[i]) || !CROSS_RESULT_RE.test(labels[i]));
}

/** 60条（B1 25条、B2 35条）: a top-level bracket right after a number, listing parts with its unit. */
function bracketSums(text: string, nums: Part[], line: number): StatedSum[] {
  const out: StatedSum[] = [];
  for (let open = 0; open < text.length; open++) {
    const c = text.charCodeAt(open);
    if (c !== OPEN && c !== 0x28) continue;
    const close = closingBracket(text, open);
    if (close < 0) break;
    const owner = numberEndingAt(text, nums, open);
    const inner = text.slice(open + 1, close);
    const sum = owner && !NOT_BREAKDOWN_RE.test(inner) ? bracketSum(owner, inner, line) : undefined;
    if (sum) out.push({ ...sum, text: text.slice(owner!.index, close + 1) });
    open = close;
  }
  return out;
}

function bracketSum(owner: Part, inner: string, line: number): Omit<StatedSum, 'text'> | undefined {
  const parts = numbersIn(maskBrackets(inner)).filter((p) => p.unit === owner.unit);
  return parts.length < 2 ? undefined : summed(owner, parts, inner, true, line);
}

/** Two items of the list each name a channel (网站…，微信公众号…): one item may be counted on each. */
function byChannel(listText: string): boolean {
  let n = 0;
  for (const item of listText.split(/[、，,；;]/)) if (CHANNELS.some((c) => item.includes(c)) && ++n === 2) return true;
  return false;
}

/** A total and the parts its list (or bracket) names: 分别 claims the list complete, 主要包括/等 says it is partial. */
function summed(total: Part, parts: Part[], listText: string, bracket: boolean, line: number): Omit<StatedSum, 'text'> {
  const hedged = HEDGE_RE.test(listText);
  return {
    total: total.value,
    parts: parts.map((p) => p.value),
    unit: total.unit,
    complete: !hedged && listText.includes('分别'),
    hedged,
    bracket,
    overlapping: byChannel(listText),
    remainder: REMAINDER_RE.test(listText),
    line,
    start: total.index,
    end: total.index + total.length,
  };
}

/** The number whose unit ends right before `at` (spaces allowed). */
function numberEndingAt(text: string, nums: Part[], at: number): Part | undefined {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u3000')) i--;
  return nums.find((p) => p.after === i);
}

/** Index of the bracket closing the one at `open`, or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN || c === 0x28) depth++;
    else if ((c === CLOSE || c === 0x29) && --depth === 0) return i;
  }
  return -1;
}

/** The text with everything inside brackets blanked (same length, so offsets hold). */
function maskBrackets(text: string): string {
  if (!BRACKET_RE.test(text)) return text;
  // Usual case, brackets not nested: one replace.
  if (!NESTED_RE.test(text)) return text.replace(FLAT_GROUP_RE, (g) => g[0] + ' '.repeat(g.length - 2) + g[g.length - 1]);
  let depth = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN || c === 0x28) {
      out += depth === 0 ? text[i] : ' ';
      depth++;
    } else if ((c === CLOSE || c === 0x29) && depth > 0) {
      depth--;
      out += depth === 0 ? text[i] : ' ';
    } else out += depth > 0 ? ' ' : text[i];
  }
  return out;
}
const BRACKET_RE = /[(（]/;
const NESTED_RE = /[(（][^)）]*[(（]/;
const FLAT_GROUP_RE = /[(（][^()（）]*[)）]/g;

/** The list of parts runs through comma clauses until one starts a new statement (共…, 其中…). */
function endOfList(flat: string, from: number, to: number): number {
  let i = from;
  // The first comma clause holds the marker itself.
  while (i < to && !isComma(flat.charCodeAt(i))) i++;
  while (i < to) {
    let j = i + 1;
    while (j < to && !isComma(flat.charCodeAt(j))) j++;
    if (NEW_STATEMENT_RE.test(flat.slice(i + 1, j))) return i;
    i = j;
  }
  return to;
}

function isComma(c: number): boolean {
  return c === 0xff0c || c === 0x2c;
}

/** A number with a count unit: `index`/`length` of the number, `after` the end of its unit. */
interface Part { value: number; unit: string; index: number; length: number; after: number }

/** Numbers with a count unit in `text`; numbers that count nothing left out. */
function numbersIn(text: string): Part[] {
  const out: Part[] = [];
  PART.lastIndex = 0;
  for (let m = PART.exec(text); m; m = PART.exec(text)) {
    const value = numberValue(m[1]);
    const after = m.index + m[0].length;
    if (value === undefined || countsNothing(text, m.index, after)) continue;
    out.push({ value, unit: m[2], index: m.index, length: m[1].length, after });
  }
  return out;
}

/** The numbers of `nums` within [from, to). */
function within(nums: Part[], from: number, to: number): Part[] {
  return nums.filter((p) => p.index >= from && p.after <= to);
}

/** Clauses end at 。；!? (a 其中 clause runs on through commas to the sentence end). */
function splitClauses(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  CLAUSE_END_RE.lastIndex = 0;
  for (let m = CLAUSE_END_RE.exec(text); ; m = CLAUSE_END_RE.exec(text)) {
    const end = m ? m.index : text.length;
    if (end > start) out.push({ text: text.slice(start, end), start });
    if (!m) return out;
    start = end + 1;
  }
}
const CLAUSE_END_RE = /[。；！？!?]/g;
