/** Numbers as reports write them in prose: 22, １２, 1,234, 二十二, 两; and numbers that count nothing. */

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
  const ascii = token.normalize('NFKC').replace(/[,，]/g, '');
  if (/^\d+$/.test(ascii)) return Number(ascii);
  return chineseNumber(token);
}

const OPENERS = '“‘「『';
const CLOSERS = '”’」』';

/** The text whose quote depth was last worked out, and whether each offset of it lies inside quotes. */
let quotedText: string | undefined;
let quotedAt = new Uint8Array(0);

/** Whether offset `at` lies inside quotes: a number there names something (“三个一”), it counts nothing. */
export function insideQuotes(text: string, at: number): boolean {
  if (at <= 0) return false;
  // Asked for every number of a line in turn: one pass over the line, not one per number.
  if (text !== quotedText) {
    if (quotedAt.length < text.length + 1) quotedAt = new Uint8Array(text.length + 1);
    let depth = 0;
    let ascii = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (OPENERS.includes(ch)) depth++;
      else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
      else if (ch === '"') ascii = !ascii;
      quotedAt[i + 1] = depth > 0 || ascii ? 1 : 0;
    }
    quotedText = text;
  }
  return quotedAt[Math.min(at, text.length)] === 1;
}

const CHINESE_DIGIT = /[零〇一二两三四五六七八九十百千]/;

/**
 * A number with a count unit that still counts nothing: an ordinal (第三次), a name in quotes
 * (“三个一”), a slogan whose numeral runs on (三个一), or a duration or rate (15个工作日,
 * 3个百分点; the words that follow such a unit are data, recognition.json narrative.not_count_after).
 * `start` is where the number starts, `after` where its unit ends.
 */
export function notACount(text: string, start: number, after: number, notAfter: readonly string[]): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u3000')) i--;
  if (i >= 0 && text[i] === '第') return true;
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
