/**
 * What the prose says about the tables: "新收申请 1 件", "未收到…申请", "其中…9条、…10条".
 * Extraction is per line and context-free, so it is memoised per block like the rest of a parse.
 */
import { RECOGNITION } from '../format';
import { NUMBER_SOURCE, notACount, numberValue } from './numbers';

/**
 * Which table figure a sentence speaks of (recognition.json narrative.figures says which cells).
 * `received` is ambiguous: 新收 only, or 新收 + 上年结转.
 */
export type ClaimKind = 'new' | 'received' | 'carried' | 'answered' | 'forward' | 'review' | 'litigation'
  | 'disclosed' | 'granted' | 'partial' | 'denied' | 'unable';

export interface Claim {
  kind: ClaimKind;
  /** The stated number; 0 for "未收到…" / "未发生…" statements. */
  value: number;
  /** Line offset within the block, and character range of the number (or the phrase). */
  line: number;
  start: number;
  end: number;
  /** The statement as written (the clause), for messages. */
  text: string;
  /** The sentence has a scope word (全市, 系统, 备案, 累计…): the figure may not be this agency's own. */
  scoped: boolean;
}

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
  line: number;
  start: number;
  end: number;
  text: string;
}

/** `cues`: words the pattern cannot match without (one scan finds which are present). */
const NARRATIVE = RECOGNITION.narrative;
const SCOPE_RE = new RegExp(NARRATIVE.scope.join('|'));
const NOT_COUNT_AFTER: readonly string[] = NARRATIVE.not_count_after;
const APPROXIMATE: string = NARRATIVE.approximate_before;
/** 行政复议被纠错0件, 行政诉讼败诉: one kind of result, not the group's total. */
const SUB_RESULT_RE = new RegExp(NARRATIVE.sub_results.join('|'));
/** 逾期答复0件: a subset of the answered applications. */
const SUB_QUALIFIER_RE = new RegExp(`(?:${NARRATIVE.sub_qualifiers.join('|')})$`);

interface Pattern {
  kind: ClaimKind;
  cues: string[];
  re: RegExp;
  /** What may not come right before the keyword (tested in code: a leading lookbehind slows the regex). */
  notAfter?: RegExp;
  /** The number comes first (group 1), then its unit (group 2) and the keyword: 2件结转下年度办理. */
  numberFirst?: boolean;
  /** Words between the keyword and the number that make it a part, not the figure (行政复议被纠错0件). */
  subGap?: RegExp;
}

const N = NUMBER_SOURCE;
const UNIT = '\\s*(?:件|起|宗|个)';
/** No digit and no clause break between a keyword and its number. */
const GAP = '[^。；，,0-9０-９';
/**
 * Keyword (group 1), then up to 30 characters without digits or clause breaks, then the number (group 2)
 * and its unit. A number belongs to the nearest keyword before it: 答复办理情况：予以公开160件 is 予以公开's.
 */
const PATTERNS: Pattern[] = [
  { kind: 'new', cues: ['新收'], re: new RegExp(`(新收(?:到)?)${GAP}]{0,30}?${N}${UNIT}`, 'g') },
  { kind: 'received', cues: ['收到', '受理', '接收'], re: new RegExp(`(收到|受理|接收)${GAP}新]{0,30}?申请${GAP}]{0,12}?${N}${UNIT}`, 'g'), notAfter: /新$/ },
  { kind: 'carried', cues: ['结转'], re: new RegExp(`(上年(?:度)?结转)${GAP}]{0,30}?${N}${UNIT}`, 'g') },
  { kind: 'answered', cues: ['办结', '答复', '办理完毕'], re: new RegExp(`(办结|答复|办理完毕)${GAP}]{0,20}?${N}${UNIT}`, 'g'), notAfter: SUB_QUALIFIER_RE },
  { kind: 'forward', cues: ['结转'], re: new RegExp(`(结转(?:至)?下(?:一)?年度?)${GAP}]{0,30}?${N}${UNIT}`, 'g') },
  { kind: 'review', cues: ['行政复议'], re: new RegExp(`(行政复议)${GAP}诉讼]{0,20}?${N}${UNIT}`, 'g'), subGap: SUB_RESULT_RE },
  { kind: 'litigation', cues: ['行政诉讼'], re: new RegExp(`(行政诉讼)${GAP}复议]{0,20}?${N}${UNIT}`, 'g'), subGap: SUB_RESULT_RE },
  // Result rows, alone or combined: 予以公开及部分公开5件 is （一）+（二）.
  { kind: 'disclosed', cues: ['部分公开'], re: new RegExp(`((?:予以)?公开(?:及|和|与|、|或)部分公开)${GAP}]{0,10}?${N}${UNIT}`, 'g') },
  { kind: 'granted', cues: ['予以公开'], re: new RegExp(`(予以公开)${GAP}部及和与或、]{0,10}?${N}${UNIT}`, 'g') },
  { kind: 'partial', cues: ['部分公开'], re: new RegExp(`(部分公开)${GAP}]{0,10}?${N}${UNIT}`, 'g'), notAfter: /公开[及和与或、]$/ },
  { kind: 'denied', cues: ['不予公开'], re: new RegExp(`(不予公开)${GAP}]{0,10}?${N}${UNIT}`, 'g') },
  { kind: 'unable', cues: ['无法提供'], re: new RegExp(`(无法提供)${GAP}]{0,10}?${N}${UNIT}`, 'g') },
  // 2件结转下年度办理, 3件申请结转至2024年: the number before the keyword.
  { kind: 'forward', cues: ['结转'], numberFirst: true, re: new RegExp(`${N}(\\s*件(?:申请)?(?:依法)?)(?:结转|转入)(?:至|到)?(?:下(?:一)?年度?|20[0-9]{2}\\s*年)`, 'g') },
];

/** "未收到…申请", "没有发生行政复议、行政诉讼": statements that a figure is zero. */
const NONE_RECEIVED = /(?:未|没有|无)(?:收到|受理|接到)[^。；，,]{0,20}?申请/g;
const NONE_CASES = /(?:未|没有)(?:发生|出现|收到|涉及)[^。；]{0,20}?(行政复议|行政诉讼)(?:[、和及与]?(行政复议|行政诉讼))?/g;

/** Every pattern above contains one of these words: a line without any states no figure. */
const KEYWORD = /新收|收到|受理|接收|接到|结转|办结|答复|办理完毕|行政复议|行政诉讼|予以公开|部分公开|不予公开|无法提供/;
const KEYWORDS = new RegExp(KEYWORD.source, 'g');

export function claimsInLine(text: string, line: number): Claim[] {
  if (text.length > 2000 || !KEYWORD.test(text)) return [];
  const cues = new Set<string>();
  KEYWORDS.lastIndex = 0;
  for (let m = KEYWORDS.exec(text); m; m = KEYWORDS.exec(text)) cues.add(m[0]);
  const out: Claim[] = [];
  const anyScope = SCOPE_RE.test(text);
  const scoped = (at: number) => anyScope && SCOPE_RE.test(sentenceAt(text, at));
  for (const p of PATTERNS) {
    if (!p.cues.some((c) => cues.has(c))) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (p.notAfter?.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      const number = p.numberFirst ? m[1] : m[2];
      const value = numberValue(number);
      if (value === undefined) continue;
      const start = p.numberFirst ? m.index : m.index + m[0].lastIndexOf(number);
      if (!p.numberFirst) {
        const gap = text.slice(m.index + m[1].length, start);
        if (KEYWORD.test(gap) || p.subGap?.test(gap)) continue;
      }
      // One number, one statement: the more specific pattern (listed first) has it.
      if (out.some((c) => c.start === start)) continue;
      const after = p.numberFirst ? start + m[1].length + m[2].length : m.index + m[0].length;
      if (notACount(text, start, after, NOT_COUNT_AFTER, APPROXIMATE)) continue;
      out.push({ kind: p.kind, value, line, start, end: start + number.length, text: m[0], scoped: scoped(start) });
    }
  }
  NONE_RECEIVED.lastIndex = cues.has('收到') || cues.has('受理') || cues.has('接到') ? 0 : text.length;
  for (let m = NONE_RECEIVED.exec(text); m; m = NONE_RECEIVED.exec(text)) {
    out.push({ kind: 'new', value: 0, line, start: m.index, end: m.index + m[0].length, text: m[0], scoped: scoped(m.index) });
  }
  NONE_CASES.lastIndex = cues.has('行政复议') || cues.has('行政诉讼') ? 0 : text.length;
  for (let m = NONE_CASES.exec(text); m; m = NONE_CASES.exec(text)) {
    // 未发生行政复议被纠错、行政诉讼败诉: no case of one result, which says nothing of the total.
    if (SUB_RESULT_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    for (const what of [m[1], m[2]].filter(Boolean)) {
      out.push({ kind: what === '行政复议' ? 'review' : 'litigation', value: 0, line, start: m.index, end: m.index + m[0].length, text: m[0], scoped: scoped(m.index) });
    }
  }
  return out;
}

/** The sentence (between 。！？ marks) around offset `at`. */
function sentenceAt(text: string, at: number): string {
  let a = at;
  while (a > 0 && !isSentenceEnd(text.charCodeAt(a - 1))) a--;
  let b = at;
  while (b < text.length && !isSentenceEnd(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

/** 。！？!? */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

/** A list marker, or a bracket right after a count unit: a line with neither states no sum. */
const SUM_MARKER_RE = /其中|分别|[条件篇个项次期场]\s*[（(]/;
const PARTS_MARKER_RE = /其中|分别为|分别是/;
const TOTAL_WORD_RE = /共|累计|全年|总计|合计|总共|一共/;
/** A later comma clause with one of these starts a new statement: the list of parts ends before it. */
const NEW_STATEMENT_RE = /共|累计|全年|总计|合计|其中/;
const PART = new RegExp(`${N}\\s*(条|件|篇|个|项|次|期|场)`, 'g');
/** 主要包括…, …等: a list that says it is partial (the words are data; 等 counts only where a list ends). */
const HEDGE_RE = new RegExp(`${NARRATIVE.hedges.join('|')}|等(?=$|[\\s，,、。；)）])`);
/** A bracket after a number that compares or dates rather than breaks it down: （上年55条）, （2022年为50条）. */
const NOT_BREAKDOWN_RE = /同比|上年|去年|较|增长|减少|下降|增加|[0-9０-９]{4}\s*年/;
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
  if (text.length > 2000 || !SUM_MARKER_RE.test(text)) return [];
  const out: StatedSum[] = [];
  const flat = maskBrackets(text);
  const nums = numbersIn(flat);
  const clauses = splitClauses(flat);
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
  for (const b of bracketSums(text, nums, line)) out.push(b);
  return out;
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
  if (before.length === 0 && prev) {
    const p = within(nums, prev.start, prev.start + prev.text.length);
    if (p.length === 1) [total, totalText] = [p[0], text.slice(prev.start, prev.start + prev.text.length)];
  }
  if (!total || !TOTAL_WORD_RE.test(totalText)) return undefined;
  const unit = total.unit;
  const parts = within(nums, listStart, listEnd).filter((p) => p.unit === unit);
  if (parts.length < 2) return undefined;
  const listText = text.slice(listStart, listEnd);
  const hedged = HEDGE_RE.test(listText);
  return {
    total: total.value,
    parts: parts.map((p) => p.value),
    unit,
    complete: !hedged && listText.includes('分别'),
    hedged,
    bracket: false,
    line,
    start: total.index,
    end: total.index + total.length,
    text: (totalText + listText).trim(),
  };
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
  if (parts.length < 2) return undefined;
  const hedged = HEDGE_RE.test(inner);
  return {
    total: owner.value,
    parts: parts.map((p) => p.value),
    unit: owner.unit,
    complete: !hedged && inner.includes('分别'),
    hedged,
    bracket: true,
    line,
    start: owner.index,
    end: owner.index + owner.length,
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
    if (value === undefined || notACount(text, m.index, after, NOT_COUNT_AFTER, APPROXIMATE)) continue;
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
