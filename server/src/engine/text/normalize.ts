/**
 * Normalisation used only for matching labels and reading numbers.
 * Ranges always point into the original text; nothing here changes user text.
 */

const SPACE_RE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** Characters that differ between half- and full-width spellings of the same label. */
const PUNCT_MAP: Record<string, string> = {
  '(': '（', ')': '）', ':': '：', ',': '，', ';': '；', '?': '？', '!': '！',
  '"': '“', '\u2018': '“', '\u2019': '”', "'": '“', '「': '“', '」': '”', '．': '.',
};

const PUNCT_RE = /[(),:;?!"'\u2018\u2019「」．]/g;

const labelCache = new Map<string, string>();
const CACHE_LIMIT = 20000;

/** NFKC, drop all white space, unify punctuation to the official full-width forms. */
export function normalizeLabel(text: string): string {
  // Reports repeat the same cells and labels over and over: remember recent results.
  const hit = labelCache.get(text);
  if (hit !== undefined) return hit;
  const out = computeLabel(text);
  if (labelCache.size >= CACHE_LIMIT) labelCache.clear();
  labelCache.set(text, out);
  return out;
}

function computeLabel(text: string): string {
  if (/^[0-9]*$/.test(text)) return text;
  let s = text.normalize('NFKC');
  s = s.replace(SPACE_RE, '');
  s = s.replace(PUNCT_RE, (c) => PUNCT_MAP[c] ?? c);
  // NFKC turns full-width parentheses into ASCII ones; map them back above, and
  // straighten “ ” pairs so 3.危及“三安全一稳定” matches with either quote style.
  s = s.replace(/[“”"]/g, '“');
  return stripMarkup(s);
}

/** Remove Markdown emphasis and heading marks that converters leave around labels. */
function stripMarkup(s: string): string {
  return s.replace(/^#+/, '').replace(/\*\*|__/g, '').replace(/^[-*+>]\s*/, '');
}

/** Like normalizeLabel but also drops leading numbering such as 一、 （二） 3. so variants compare on substance. */
export function stripNumbering(norm: string): string {
  return norm.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])/, '');
}

export type CellValue =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; integer: boolean }
  | { kind: 'na'; text: string }
  | { kind: 'invalid'; text: string };

const NA_VALUES = new Set(['/', '／', '-', '－', '—', '–', '——', '无', '\\']);

/** Shared read-only values for the small counts that fill most tables (values are never mutated). */
const SMALL_INTS: CellValue[] = Array.from({ length: 1000 }, (_, i) => Object.freeze({ kind: 'number', value: i, integer: true }) as CellValue);
const BLANK: CellValue = Object.freeze({ kind: 'blank' }) as CellValue;

/** Read a table cell as a user meant it. Blank stays blank (never 0). */
export function parseCellValue(raw: string): CellValue {
  if (raw === '') return BLANK;
  if (raw.length <= 3 && /^(?:0|[1-9][0-9]{0,2})$/.test(raw)) return SMALL_INTS[Number(raw)];
  if (/^[1-9][0-9]{0,8}$/.test(raw)) return { kind: 'number', value: Number(raw), integer: true };
  const s = raw.normalize('NFKC').replace(SPACE_RE, '');
  if (s === '') return { kind: 'blank' };
  if (NA_VALUES.has(s)) return { kind: 'na', text: s };
  // Digits with thousands separators or a trailing unit (件/条/万元) are still the number the user wrote.
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:件|条|个|项|万元|元)?$/.exec(s);
  if (m) {
    const value = Number(m[1].replace(/,/g, '') + (m[2] ?? ''));
    return { kind: 'number', value, integer: m[2] === undefined };
  }
  const neg = /^-\d+(?:\.\d+)?$/.exec(s);
  if (neg) return { kind: 'number', value: Number(s), integer: !s.includes('.') };
  return { kind: 'invalid', text: s };
}

/** True when the text could only be a value cell (a number, a blank or a not-applicable mark). */
export function looksLikeValue(raw: string): boolean {
  const v = parseCellValue(raw);
  return v.kind !== 'invalid';
}

const CJK_RE = /[\u3400-\u9fff]/;
export function hasCjk(s: string): boolean {
  return CJK_RE.test(s);
}

export const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
