/** Numbers as reports write them in prose: 22, １２, 1,234, 二十二, 两. */

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
export const NUMBER_SOURCE = '([0-9０-９][0-9０-９,，]*|[零〇一二两三四五六七八九十百千]+)';

export function numberValue(token: string): number | undefined {
  const ascii = token.normalize('NFKC').replace(/[,，]/g, '');
  if (/^\d+$/.test(ascii)) return Number(ascii);
  return chineseNumber(token);
}
