/** Small helpers for writing HTML as text: escaping and the view's own words (Chinese first, English available). */
import { catalogMessage } from '../engine/i18n/messages';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a quoted attribute. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export type ViewLocale = 'zh-cn' | 'en';

const WORDS = {
  'table2': { zh: '二、主动公开政府信息情况', en: '二、Proactive disclosure' },
  'table3': { zh: '三、收到和处理政府信息公开申请情况', en: '三、Applications received and handled' },
  'table4': { zh: '四、政府信息公开行政复议、行政诉讼情况', en: '四、Administrative reconsideration and litigation' },
  'absent.table': { zh: '报告中没有这张表格', en: 'The report has no such table' },
  'absent.row': { zh: '报告中没有这一行', en: 'The report has no such row' },
  'expected': { zh: '应为 {n}', en: 'Expected {n}' },
  'previous': { zh: '上年 {n}', en: 'Last year {n}' },
  'previous.carry': { zh: '上年结转下年 {n}', en: 'Carried forward last year: {n}' },
  'blank': { zh: '空白', en: 'blank' },
  'na': { zh: '填写了“{text}”', en: 'says “{text}”' },
  'invalid': { zh: '不是数字：“{text}”', en: 'not a number: “{text}”' },
  'severity.error': { zh: '错误', en: 'Error' },
  'severity.warning': { zh: '警告', en: 'Warning' },
  'severity.information': { zh: '信息', en: 'Information' },
  'severity.hint': { zh: '提示', en: 'Hint' },
} as const;

export type WordKey = keyof typeof WORDS;

/** A word of the view in the locale, with {name} slots filled. */
export function word(locale: ViewLocale, key: WordKey, args: Record<string, string | number> = {}): string {
  return catalogMessage(WORDS, locale, key, args);
}
