/**
 * What the prose says about the tables: "新收申请 1 件", "未收到…申请", "其中…9条、…10条".
 * Extraction is per line and context-free, so it is memoised per block like the rest of a parse.
 */
import { NUMBER_SOURCE, numberValue } from './numbers';

/** Which table figure a sentence speaks of. `received` is ambiguous: 新收 only, or 新收 + 上年结转. */
export type ClaimKind = 'new' | 'received' | 'carried' | 'answered' | 'forward' | 'review' | 'litigation';

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
}

export interface StatedSum {
  total: number;
  parts: number[];
  unit: string;
  /** 分别为 / 包括…共: the parts claim to be complete. 其中: they may be a partial list. */
  complete: boolean;
  line: number;
  start: number;
  end: number;
  text: string;
}

interface Pattern { kind: ClaimKind; re: RegExp }

const N = NUMBER_SOURCE;
const UNIT = '\\s*(?:件|起|宗|个)';
/** Keyword, then up to 30 characters without digits or clause breaks, then the number and its unit. */
const PATTERNS: Pattern[] = [
  { kind: 'new', re: new RegExp(`新收(?:到)?[^。；，,0-9０-９]{0,30}?${N}${UNIT}`, 'g') },
  { kind: 'received', re: new RegExp(`(?:收到|受理|接收)[^。；，,0-9０-９新]{0,30}?申请[^。；，,0-9０-９]{0,12}?${N}${UNIT}`, 'g') },
  { kind: 'carried', re: new RegExp(`上年(?:度)?结转[^。；，,0-9０-９]{0,30}?${N}${UNIT}`, 'g') },
  { kind: 'answered', re: new RegExp(`(?:办结|答复)[^。；，,0-9０-９]{0,20}?${N}${UNIT}`, 'g') },
  { kind: 'forward', re: new RegExp(`结转(?:至)?下(?:一)?年度?[^。；，,0-9０-９]{0,30}?${N}${UNIT}`, 'g') },
  { kind: 'review', re: new RegExp(`行政复议[^。；，,0-9０-９诉讼]{0,20}?${N}${UNIT}`, 'g') },
  { kind: 'litigation', re: new RegExp(`行政诉讼[^。；，,0-9０-９复议]{0,20}?${N}${UNIT}`, 'g') },
];

/** "未收到…申请", "没有发生行政复议、行政诉讼": statements that a figure is zero. */
const NONE_RECEIVED = /(?:未|没有|无)(?:收到|受理|接到)[^。；，,]{0,20}?申请/g;
const NONE_CASES = /(?:未|没有)(?:发生|出现|收到|涉及)[^。；]{0,20}?(行政复议|行政诉讼)(?:[、和及与]?(行政复议|行政诉讼))?/g;

/** Every pattern above contains one of these words: a line without any states no figure. */
const KEYWORD = /新收|收到|受理|接收|接到|结转|办结|答复|行政复议|行政诉讼/;

export function claimsInLine(text: string, line: number): Claim[] {
  if (text.length > 2000 || !KEYWORD.test(text)) return [];
  const out: Claim[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const value = numberValue(m[1]);
      if (value === undefined) continue;
      const start = m.index + m[0].lastIndexOf(m[1]);
      out.push({ kind: p.kind, value, line, start, end: start + m[1].length, text: m[0] });
    }
  }
  NONE_RECEIVED.lastIndex = 0;
  for (let m = NONE_RECEIVED.exec(text); m; m = NONE_RECEIVED.exec(text)) {
    out.push({ kind: 'new', value: 0, line, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  NONE_CASES.lastIndex = 0;
  for (let m = NONE_CASES.exec(text); m; m = NONE_CASES.exec(text)) {
    for (const what of [m[1], m[2]].filter(Boolean)) {
      out.push({ kind: what === '行政复议' ? 'review' : 'litigation', value: 0, line, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return out;
}

const SUM_MARKER_RE = /其中|分别为|包括/;
const PARTS_MARKER_RE = /^(?:其中|分别为|分别是)|(?:其中|分别为|分别是)/;
const TOTAL_WORD_RE = /共|累计|全年|总计|合计|总共|一共/;
const PART = new RegExp(`${N}\\s*(条|件|篇|个|项|次|期|场)`, 'g');

/**
 * "累计公开22条。其中领导信息9条、内设机构10条、镇情概况1条": a stated total and its parts.
 * The total must be the only number of its clause and carry a word like 共/累计/全年/总计;
 * the parts are the numbers with the same unit in the 其中/分别为 clause.
 */
export function sumsInLine(text: string, line: number): StatedSum[] {
  if (text.length > 2000 || !SUM_MARKER_RE.test(text)) return [];
  const out: StatedSum[] = [];
  const clauses = splitClauses(text);
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i];
    const marker = PARTS_MARKER_RE.exec(c.text);
    if (!marker) continue;
    // The total: numbers before the marker in this clause, else the single number of the clause before.
    const before = c.text.slice(0, marker.index);
    let totalSource: { text: string; offset: number } | undefined;
    if (numbersIn(before).length === 1) totalSource = { text: before, offset: c.start };
    else if (numbersIn(before).length === 0 && i > 0 && numbersIn(clauses[i - 1].text).length === 1) totalSource = { text: clauses[i - 1].text, offset: clauses[i - 1].start };
    if (!totalSource || !TOTAL_WORD_RE.test(totalSource.text)) continue;
    const [total] = numbersIn(totalSource.text);
    const parts = numbersIn(c.text.slice(marker.index)).filter((p) => p.unit === total.unit);
    if (parts.length < 2) continue;
    out.push({
      total: total.value,
      parts: parts.map((p) => p.value),
      unit: total.unit,
      complete: marker[0] !== '其中',
      line,
      start: totalSource.offset + total.index,
      end: totalSource.offset + total.index + total.length,
      text: totalSource.text.trim() + c.text.trim(),
    });
  }
  return out;
}

function numbersIn(s: string): { value: number; unit: string; index: number; length: number }[] {
  const out: { value: number; unit: string; index: number; length: number }[] = [];
  PART.lastIndex = 0;
  for (let m = PART.exec(s); m; m = PART.exec(s)) {
    const value = numberValue(m[1]);
    if (value !== undefined) out.push({ value, unit: m[2], index: m.index, length: m[1].length });
  }
  return out;
}

/** Clauses end at 。；!? (a 其中 clause runs on through commas to the sentence end). */
function splitClauses(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isClauseEnd(text.charCodeAt(i))) {
      if (i > start) out.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  }
  return out;
}

/** 。；！？!? */
function isClauseEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}
