/**
 * What the prose says about the tables: "新收申请 1 件", "未收到…申请", "予以公开及部分公开5件".
 * Extraction is per line (or per sentence wrapped over lines, paragraphs.ts) and context-free, so it
 * is memoised per block like the rest of a parse. Stated totals and their parts are sums.ts.
 */
import { RECOGNITION } from '../format';
import { countsNothing, NUMBER_SOURCE, numberValue } from './numbers';

/**
 * Which table figure a sentence speaks of (recognition.json narrative.figures says which cells).
 * `received` is ambiguous: 新收 only, or 新收 + 上年结转.
 */
export type ClaimKind = 'new' | 'received' | 'carried' | 'answered' | 'forward' | 'review' | 'litigation'
  /** 行政复议、行政诉讼案件共N件: every group of table 四 together. */
  | 'cases'
  | 'disclosed' | 'granted' | 'partial' | 'denied' | 'unable'
  /** One result column of table 四's groups (行政复议维持2件), or 纠正 of every group (被纠错1件). */
  | `${'review' | 'litigation'}_${ResultColumn}` | 'corrected';
type ResultColumn = 'upheld' | 'corrected' | 'other' | 'pending';

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
  /** The clause puts the figure in an earlier period (上年收到申请10件) or makes it a plan (计划办结…). */
  previous?: boolean;
  /** A year the clause names before the keyword (2022年共收到…): compared only when it is the report's. */
  year?: number;
}

const NARRATIVE = RECOGNITION.narrative;
const SCOPE_RE = new RegExp(NARRATIVE.scope.join('|'));
/** 行政复议被纠错0件, 行政诉讼败诉: one kind of result, not the group's total. */
const SUB_RESULT_RE = new RegExp(NARRATIVE.sub_results.join('|'));
/** 逾期答复0件: a subset of the answered applications. */
const SUB_QUALIFIER_RE = new RegExp(`(?:${NARRATIVE.sub_qualifiers.join('|')})$`);
/** 收到申请较上年增加3件: a change from another period, not a figure. */
const CHANGE_RE = new RegExp(NARRATIVE.changes.join('|'));
/** 上年收到申请10件 (but not 上年结转, a row of this year's table). */
const PREVIOUS_RE = new RegExp(`(?:${NARRATIVE.previous_period.join('|')})(?!度?结转)`);
const YEAR_RE = /((?:19|20)[0-9]{2})\s*年/;
/** 计划办结积压申请5件: a plan, not a figure. */
const PLAN_RE = new RegExp(NARRATIVE.plans.join('|'));
/** 第一季度收到申请5件, 上半年新收70件: a part of the year's figure. */
const PART_OF_YEAR_RE = new RegExp(NARRATIVE.part_of_year.join('|'));
/**
 * Results (予以公开, 不予公开…) of documents whose 公开属性 was decided, not of applications (公文186件，其中…不予公开88件);
 * 依申请公开 there is a 公开属性, not an application.
 */
const DOCUMENT = new RegExp(`(?<!依)申请|${NARRATIVE.documents.join('|')}`, 'g');
const RESULTS = new Set<ClaimKind>(['disclosed', 'granted', 'partial', 'denied', 'unable']);
/**
 * …其中主动公开28件，依申请公开15件，不予公开25件: a count of 主动公开 documents before a result in its statement makes
 * the list one of 公开属性 (an application is never 主动公开), even where a page break cut off the 公文 before it.
 */
const ATTRIBUTES_RE = new RegExp(`主动公开\\s*${NUMBER_SOURCE}\\s*件`);
/** 办理各类行政复议案件27件，其中涉及政府信息公开的3件: the first figure is of every kind of case. */
const GI_SUBSET_AFTER_RE = /^[^。；;！？!?]*其中[^。；;！？!?，,]{0,12}(?:政府)?信息公开/;
const CASE_KINDS = new Set<ClaimKind>(['review', 'litigation', 'cases']);
/** 3月15日、6月2日分别收到申请1件, 复议和诉讼各3件: a figure for each of several, not the total. */
const EACH_BEFORE_RE = /分别|各自/;
const EACH_GAP_RE = /各|分别/;
/**
 * 答复人大代表建议15件, 收到群众来信23件，办结22件: numbers of things other than applications; 行政许可申请 is
 * an application of another kind (the other thing takes the 申请 after it).
 */
const OTHER_OBJECT = new RegExp(`(?:${NARRATIVE.other_objects.join('|')})(?:申请)?|申请`, 'g');
const OF_APPLICATIONS = new Set<ClaimKind>(['new', 'received', 'carried', 'answered', 'forward']);
/** 新收申请中涉及征收的68件, 上年结转项目12个: between the keyword and the number, words that make it a subset or other things. */
const SUBSET_RE = new RegExp([...NARRATIVE.subsets, ...NARRATIVE.not_applications].join('|'));
/** 退税申请, 失物招领申请: an application of another kind, by the words right before 申请 (recognition data). */
const APPLICATION_HEAD_RE = new RegExp(`(?:${[...NARRATIVE.application_heads, ...NARRATIVE.parts].join('|')})$`);
const CJK_BEFORE = /[\u4e00-\u9fff]$/;

/** Whether the 申请 at `at` is of another kind than 政府信息公开 (its head word is none of the known ones). */
function otherApplication(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  return CJK_BEFORE.test(before) && !APPLICATION_HEAD_RE.test(before);
}

/** 其中答复2件…, 网上受理申请3件: a part of the applications received or answered, not their number… */
const PART_RE = new RegExp(NARRATIVE.parts.join('|'));
/** …unless the clause says it is the whole (通过网上、信函等方式共受理…). */
const WHOLE_RE = new RegExp(NARRATIVE.wholes.join('|'));
/** Received and answered are totals; 其中新收…、上年结转… are the received ones' own rows, whole. */
const TOTALS = new Set<ClaimKind>(['received', 'answered']);

interface Pattern {
  kind: ClaimKind;
  /** Words the pattern cannot match without (one scan of the line finds which are present). */
  cues: string[];
  re: RegExp;
  /** What may not come right before the keyword (tested in code: a leading lookbehind slows the regex). */
  notAfter?: RegExp;
  /** What must come right before the match (另有15件申请…结转下一年度: the number is the clause's subject). */
  onlyAfter?: RegExp;
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
  // 行政复议、行政诉讼案件共10件: both groups together (…各1件 is each of them: not read).
  { kind: 'cases', cues: ['行政复议', '行政诉讼'], re: new RegExp(`(行政复议(?:案件)?[、和及与]行政诉讼|行政诉讼(?:案件)?[、和及与]行政复议)${GAP}]{0,20}?${N}${UNIT}`, 'g'), subGap: new RegExp(`${SUB_RESULT_RE.source}|各`) },
  { kind: 'new', cues: ['新收'], re: new RegExp(`(新收(?:到)?)${GAP}]{0,30}?${N}${UNIT}`, 'g') },
  { kind: 'received', cues: ['收到', '受理', '接收'], re: new RegExp(`(收到|受理|接收)${GAP}新]{0,30}?申请${GAP}]{0,12}?${N}${UNIT}`, 'g'), notAfter: /新$/ },
  { kind: 'carried', cues: ['结转'], re: new RegExp(`(上年(?:度)?结转)${GAP}]{0,30}?${N}${UNIT}`, 'g') },
  { kind: 'answered', cues: ['办结', '答复', '办理完毕'], re: new RegExp(`(办结(?:[（(]答复[)）])?|答复|办理完毕)${GAP}]{0,20}?${N}${UNIT}`, 'g'), notAfter: SUB_QUALIFIER_RE },
  // 结转下年度15件, 结转至2024年继续办理的15件 (上年结转至… is the carried ones).
  { kind: 'forward', cues: ['结转'], re: new RegExp(`(结转(?:至|到)?(?:下(?:一)?年度?|20[0-9]{2}\\s*年度?))${GAP}]{0,30}?${N}${UNIT}`, 'g'), notAfter: /(?:上年|上一年|去年)度?$/ },
  { kind: 'review', cues: ['行政复议'], re: new RegExp(`(行政复议)${GAP}诉讼]{0,20}?${N}${UNIT}`, 'g'), subGap: SUB_RESULT_RE },
  { kind: 'litigation', cues: ['行政诉讼'], re: new RegExp(`(行政诉讼)${GAP}复议]{0,20}?${N}${UNIT}`, 'g'), subGap: SUB_RESULT_RE },
  // Result rows, alone or combined: 予以公开及部分公开5件 is （一）+（二）.
  { kind: 'disclosed', cues: ['部分公开'], re: new RegExp(`((?:予以)?公开(?:及|和|与|、|或)部分公开|予以公开[（(](?:含|包括)部分公开[)）])${GAP}]{0,10}?${N}${UNIT}`, 'g') },
  { kind: 'granted', cues: ['予以公开'], re: new RegExp(`(予以公开)${GAP}部及和与或、]{0,10}?${N}${UNIT}`, 'g') },
  { kind: 'partial', cues: ['部分公开'], re: new RegExp(`(部分公开)${GAP}]{0,10}?${N}${UNIT}`, 'g'), notAfter: /公开[及和与或、]$|[（(](?:含|包括)$/ },
  { kind: 'denied', cues: ['不予公开'], re: new RegExp(`(不予公开)${GAP}]{0,10}?${N}${UNIT}`, 'g') },
  { kind: 'unable', cues: ['无法提供'], re: new RegExp(`(无法提供)${GAP}]{0,10}?${N}${UNIT}`, 'g') },
  // 2件结转下年度办理, 3件申请结转至2024年: the number before the keyword.
  { kind: 'forward', cues: ['结转'], numberFirst: true, re: new RegExp(`${N}(\\s*件(?:申请)?(?:依法)?)结转(?:至|到)?(?:下(?:一)?年度?|20[0-9]{2}\\s*年)`, 'g') },
  // 另有15件申请因尚在答复期限内，依法结转至下一年度办理: the subject of the clauses up to 结转.
  { kind: 'forward', cues: ['结转'], numberFirst: true, onlyAfter: /(?:另有|还有|尚有|其余|剩余)$/, re: new RegExp(`${N}(\\s*件)(?:申请)?[^。；;0-9０-９]{0,30}?结转(?:至|到)?下(?:一)?年度?`, 'g') },
];

/** "未收到…申请", "没有发生行政复议、行政诉讼": statements that a figure is zero. */
const NONE_RECEIVED = /(?:未|没有|无)(?:收到|受理|接到)[^。；，,]{0,20}?申请/g;
/** 未被申请行政复议、未被提起行政诉讼: the agency was the respondent of none. */
const NONE_CASES = /(?:未|没有)(?:发生|出现|收到|涉及|被申请|被提起)[^。；]{0,20}?(行政复议|行政诉讼)(?:[、和及与或]?(行政复议|行政诉讼))?/g;

/** After 未收到…申请, other things in the clause: the 申请 was only what they concern (投诉, 复议…). */
const NONE_OTHER_RE = new RegExp(`复议|诉讼|${NARRATIVE.other_objects.join('|')}`);

/** Every pattern above contains one of these words: a line without any states no figure. */
const KEYWORD = /新收|收到|受理|接收|接到|结转|办结|答复|办理完毕|行政复议|行政诉讼|予以公开|部分公开|不予公开|无法提供/;
const KEYWORDS = new RegExp(KEYWORD.source, 'g');

export function claimsInLine(text: string, line: number): Claim[] {
  if (text.length > 2000 || (!KEYWORD.test(text) && !text.includes('纠错'))) return [];
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
      if (p.onlyAfter && !p.onlyAfter.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      const number = p.numberFirst ? m[1] : m[2];
      const value = numberValue(number);
      if (value === undefined) continue;
      const start = p.numberFirst ? m.index : m.index + m[0].lastIndexOf(number);
      if (!p.numberFirst) {
        const gap = text.slice(m.index + m[1].length, start);
        if (KEYWORD.test(gap) || p.subGap?.test(gap) || CHANGE_RE.test(gap)) continue;
        if (EACH_GAP_RE.test(gap) || EACH_BEFORE_RE.test(text.slice(startBefore(text, m.index, isClauseEnd), m.index))) continue;
      }
      // One number, one statement: the more specific pattern (listed first) has it.
      if (out.some((c) => c.start === start)) continue;
      const after = p.numberFirst ? start + m[1].length + m[2].length : m.index + m[0].length;
      if (countsNothing(text, start, after)) continue;
      if (OF_APPLICATIONS.has(p.kind) && (countsOtherThings(text, start) || (!p.numberFirst && SUBSET_RE.test(text.slice(m.index + m[1].length, start))))) continue;
      if (TOTALS.has(p.kind) && isPart(text, m.index, start, after)) continue;
      if (p.kind === 'received' && otherApplication(text, text.indexOf('申请', m.index + m[1].length))) continue;
      if (RESULTS.has(p.kind) && (ofDocuments(text, start) || ATTRIBUTES_RE.test(text.slice(startBefore(text, start, isStatementEnd), start)))) continue;
      if (CASE_KINDS.has(p.kind) && GI_SUBSET_AFTER_RE.test(text.slice(start))) continue;
      out.push(dated({ kind: p.kind, value, line, start, end: start + number.length, text: m[0], scoped: scoped(start) }, text, m.index));
    }
  }
  if (cues.has('行政复议') || cues.has('行政诉讼') || text.includes('纠错')) resultClaims(text, line, out, scoped);
  NONE_RECEIVED.lastIndex = cues.has('收到') || cues.has('受理') || cues.has('接到') ? 0 : text.length;
  for (let m = NONE_RECEIVED.exec(text); m; m = NONE_RECEIVED.exec(text)) {
    // 未收到涉及…申请答复的投诉: 申请 names what another thing is about, or a subset of the applications.
    if (SUBSET_RE.test(m[0]) || NONE_OTHER_RE.test(text.slice(m.index + m[0].length, clauseEnd(text, m.index + m[0].length)))) continue;
    out.push(dated({ kind: 'new', value: 0, line, start: m.index, end: m.index + m[0].length, text: m[0], scoped: scoped(m.index) }, text, m.index));
  }
  NONE_CASES.lastIndex = cues.has('行政复议') || cues.has('行政诉讼') ? 0 : text.length;
  for (let m = NONE_CASES.exec(text); m; m = NONE_CASES.exec(text)) {
    // 未发生行政复议被纠错、行政诉讼败诉: no case of one result, which says nothing of the total.
    if (SUB_RESULT_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    for (const what of [m[1], m[2]].filter(Boolean)) {
      out.push(dated({ kind: what === '行政复议' ? 'review' : 'litigation', value: 0, line, start: m.index, end: m.index + m[0].length, text: m[0], scoped: scoped(m.index) }, text, m.index));
    }
  }
  return out;
}

/** Result words (recognition data) before a number: one result column of table 四 (行政复议维持2件、纠正1件). */
const RESULT_WORDS = new Map<string, ResultColumn>(Object.entries(NARRATIVE.results as Record<ResultColumn, string[]>).flatMap(([col, words]) => words.map((w) => [w, col as ResultColumn] as const)));
const RESULT_RE = new RegExp(`(${[...RESULT_WORDS.keys()].join('|')})${GAP}]{0,6}?${N}${UNIT}`, 'g');
/** The group a result belongs to: named, or by who decided it (复议机关维持3件, 法院判决维持1件). */
const GROUP_RE = /行政复议|行政诉讼|复议机关|人民法院|法院/g;
const GROUP_NAMED = /行政复议|行政诉讼/;
/** 行政复议、行政诉讼被纠错…: both groups named together, nothing else before the result in the clause. */
const BOTH_GROUPS_RE = /(?:行政复议|行政诉讼)(?:案件)?[、和及与或]+(?:行政复议|行政诉讼)[^，,；;。0-9０-９]*$/;

/**
 * Claims about one result column of table 四: the group is the last 行政复议/行政诉讼 named before the result in
 * its sentence; both together make a claim only for 纠错 (被纠错: every group), as does 纠错 with no group named
 * in a text that speaks of 复议 or 诉讼, or in a clause of its own after both were named.
 */
function resultClaims(text: string, line: number, out: Claim[], scoped: (at: number) => boolean): void {
  RESULT_RE.lastIndex = 0;
  for (let m = RESULT_RE.exec(text); m; m = RESULT_RE.exec(text)) {
    const column = RESULT_WORDS.get(m[1])!;
    const number = m[2];
    const value = numberValue(number);
    if (value === undefined) continue;
    const start = m.index + m[0].lastIndexOf(number);
    const gap = text.slice(m.index + m[1].length, start);
    if (KEYWORD.test(gap) || CHANGE_RE.test(gap) || out.some((c) => c.start === start)) continue;
    if (countsNothing(text, start, m.index + m[0].length)) continue;
    const before = text.slice(startBefore(text, m.index, isSentenceEnd), m.index);
    let group: 'review' | 'litigation' | 'both' | undefined;
    const named = new Set<string>();
    GROUP_RE.lastIndex = 0;
    for (let g = GROUP_RE.exec(before); g; g = GROUP_RE.exec(before)) {
      group = g[0] === '行政复议' || g[0] === '复议机关' ? 'review' : 'litigation';
      named.add(group);
    }
    // 被纠错 in a clause of its own after both groups were named (…行政诉讼维持1件，被纠错共2件) sums them up.
    if (m[1] === '纠错' && named.size === 2 && !GROUP_NAMED.test(text.slice(startBefore(text, m.index, isClauseEnd), m.index))) group = 'both';
    // 被纠错 with no group in its sentence: read only in a text about 复议 or 诉讼 (考核中被纠错… is something else).
    if (!group && !/复议|诉讼/.test(text)) continue;
    if (!group || BOTH_GROUPS_RE.test(before)) group = 'both';
    if (group === 'both' && (column !== 'corrected' || m[1] !== '纠错')) continue;
    const kind: ClaimKind = group === 'both' ? 'corrected' : `${group}_${column}`;
    out.push(dated({ kind, value, line, start, end: start + number.length, text: m[0], scoped: scoped(start) }, text, m.index));
  }
}

/**
 * The claim, with what the clause before offset `at` (back to the last ，；。) says of its period: another period's
 * figure (`previous`), or a year; a year standing as the sentence's opening clause (2022年，本部共收到…) dates the
 * clauses after it. Set on the claim (no object per claim to spread into it: this runs for every claim read).
 */
function dated(c: Claim, text: string, at: number): Claim {
  const a = startBefore(text, at, isClauseEnd);
  // The statement's start, found once: every statement end is a clause end, so none lies in [a, at).
  const s = startBefore(text, a, isStatementEnd);
  const before = text.slice(a, at);
  const year = YEAR_RE.exec(before) ?? LEADING_YEAR_RE.exec(text.slice(s, a));
  if (PREVIOUS_RE.test(before) || PLAN_RE.test(before) || PART_OF_YEAR_RE.test(text.slice(s, at))) c.previous = true;
  if (year) c.year = Number(year[1]);
  return c;
}
/** 2022年， 2022年度， 在2022年里，: a short opening clause that is only a year. */
const LEADING_YEAR_RE = /^\s*[^0-9０-９，,]{0,3}?((?:19|20)[0-9]{2})\s*年[^0-9０-９，,]{0,4}[，,]/;

/** Where the clause holding offset `at` ends. */
function clauseEnd(text: string, at: number): number {
  let b = at;
  while (b < text.length && !isClauseEnd(text.charCodeAt(b))) b++;
  return b;
}

/** 。！？ and ；: a statement's end. */
function isStatementEnd(c: number): boolean {
  return c === 0xff1b || c === 0x3b || isSentenceEnd(c);
}

/** Whether the clause before the number (from its start to `at`) speaks of a part: 其中, a channel, and no 共/全年. */
function isPart(text: string, keyword: number, at: number, after: number): boolean {
  const clause = text.slice(startBefore(text, keyword, isClauseEnd), at);
  // 共收到邮寄提交的申请3件、通过互联网提交的9件: the first of a list by channel, whatever 共 says.
  return PART_RE.test(clause) && (!WHOLE_RE.test(clause) || text[after] === '、');
}

/** The last of 申请 or another thing received (建议, 来信, 咨询…) in the sentence before `at` is the other thing. */
export function countsOtherThings(text: string, at: number): boolean {
  let last = lastOf(OTHER_OBJECT, text, at);
  // 所有申请, 上述申请: the applications named before (受理行政许可申请1368件，所有申请均已办结), else these.
  while (last && last.word === '申请' && POINTER_BEFORE_RE.test(text.slice(Math.max(0, last.index - 2), last.index))) last = lastOf(OTHER_OBJECT, text, last.index);
  if (!last) return false;
  return last.word === '申请' ? otherApplication(text, last.index) : true;
}
const POINTER_BEFORE_RE = new RegExp(`(?:${NARRATIVE.application_pointers.join('|')})$`);

/** The last of 申请 or a document (公文, 文件) in the sentence before `at` is a document. */
function ofDocuments(text: string, at: number): boolean {
  const last = lastOf(DOCUMENT, text, at);
  return last !== undefined && last.word !== '申请';
}

/** The last match of `re` (global) in the sentence before `at`, and where it is. */
function lastOf(re: RegExp, text: string, at: number): { word: string; index: number } | undefined {
  let last: { word: string; index: number } | undefined;
  re.lastIndex = startBefore(text, at, isSentenceEnd);
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) last = { word: m[0], index: m.index };
  return last;
}

/** Where the clause or sentence (as `ends` marks them) holding offset `at` starts. */
function startBefore(text: string, at: number, ends: (c: number) => boolean): number {
  let a = at;
  while (a > 0 && !ends(text.charCodeAt(a - 1))) a--;
  return a;
}

/** ，,；;。！？!? */
function isClauseEnd(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || isSentenceEnd(c);
}

/** The sentence (between 。！？ marks) around offset `at`. */
function sentenceAt(text: string, at: number): string {
  const a = startBefore(text, at, isSentenceEnd);
  let b = at;
  while (b < text.length && !isSentenceEnd(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

/** 。！？!? */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}
