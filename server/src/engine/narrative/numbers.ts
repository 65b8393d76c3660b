/** Numbers as reports write them in prose: 22, １２, 1,234, 二十二, 两; and numbers that count nothing. */
import { RECOGNITION } from '../format';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral up to 9999 (二十二, 一百零五), or undefined. */
export function chineseNumber(s: string): number | undefined {
  if (!s) return undefined;
  let total = 0;
  let current = 0;
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  for (const ch of s) {
    if (ch in DIGITS) current = DIGITS[ch];
    else if (ch in units) {
      total += (current || 1) * units[ch];
      current = 0;
    } else return undefined;
  }
  return total + current;
}

/** A number token in prose: Arabic (half or full width, with separators) or Chinese numerals. */
/** Thousands separators only as 1,234 (a full-width ， ends a clause in Chinese prose: 5，3件 is two numbers). */
export const NUMBER_SOURCE = '([0-9０-９]{1,3}(?:,[0-9０-９]{3})+|[0-9０-９]+|[零〇一二两三四五六七八九十百千]+)';

export function numberValue(token: string): number | undefined {
  // Most numbers in prose are ASCII digits, their own NFKC form without separators: read at once (asked of every number).
  if (asciiDigits(token)) return Number(token);
  const ascii = token.normalize('NFKC').replace(/[,，]/g, '');
  if (/^\d+$/.test(ascii)) return Number(ascii);
  return chineseNumber(token);
}

function asciiDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const QUOTE_RE = /[“‘「『"]/;

/** The quoted stretches of the last two texts asked about ([start, end) pairs; one pass per text). */
const quoteCache: { text: string; ranges: number[] }[] = [];

function quotedRanges(text: string): number[] {
  for (const c of quoteCache) if (c.text === text) return c.ranges;
  const ranges: number[] = [];
  if (QUOTE_RE.test(text)) {
    let depth = 0;
    let ascii = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const was = depth > 0 || ascii;
      if (c === 0x201c || c === 0x2018 || c === 0x300c || c === 0x300e) depth++; // “ ‘ 「 『
      else if (c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f) depth = Math.max(0, depth - 1); // ” ’ 」 』
      else if (c === 0x22) ascii = !ascii;
      const is = depth > 0 || ascii;
      if (!was && is) start = i + 1;
      else if (was && !is) ranges.push(start, i);
    }
    if (depth > 0 || ascii) ranges.push(start, text.length);
  }
  if (quoteCache.length === 2) quoteCache.shift();
  quoteCache.push({ text, ranges });
  return ranges;
}

/** Whether offset `at` lies inside quotes: a number there names something (“三个一”), it counts nothing. */
export function insideQuotes(text: string, at: number): boolean {
  const r = quotedRanges(text);
  for (let i = 0; i < r.length; i += 2) if (at >= r[i] && at < r[i + 1]) return true;
  return false;
}

const CHINESE_DIGIT = /[零〇一二两三四五六七八九十百千]/;

/**
 * A number with a count unit that still counts nothing: an ordinal (第三次), a name in quotes
 * (“三个一”), a slogan whose numeral runs on (三个一), a duration, rate or estimate (15个工作日,
 * 3个百分点, 10件左右: the words after the unit are recognition.json narrative.not_count_after),
 * or an estimate by the character before it (数十件, 约20件: `approximate`).
 * `start` is where the number starts, `after` where its unit ends.
 */
export function notACount(text: string, start: number, after: number, notAfter: readonly string[], approximate = ''): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u3000')) i--;
  if (i >= 0 && (text[i] === '第' || approximate.includes(text[i]))) return true;
  const next = text[after];
  if (next !== undefined && CHINESE_DIGIT.test(next) && CHINESE_DIGIT.test(text[start])) return true;
  for (const w of notAfter) if (text.startsWith(w, after)) return true;
  return insideQuotes(text, start);
}

/** Whether offset `at` lies inside a 《title》: a year there names a document (《2022年工作要点》). */
export function insideBookTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && text.lastIndexOf('》', at) < open;
}

const NOT_COUNT_AFTER: readonly string[] = RECOGNITION.narrative.not_count_after;
const APPROXIMATE: string = RECOGNITION.narrative.approximate_before;

/** notACount with the words of recognition.json. */
export function countsNothing(text: string, start: number, after: number): boolean {
  return notACount(text, start, after, NOT_COUNT_AFTER, APPROXIMATE);
}
