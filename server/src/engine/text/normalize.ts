/**
 * Normalisation used only for matching labels and reading numbers.
 * Ranges always point into the original text; nothing here changes user text.
 */
import recognition from '../data/recognition.json';

const SPACE_RE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
// Regex literals inside functions make a new RegExp object per call: these run for every cell.
const DIGITS_RE = /^[0-9]*$/;
const SMALL_INT_RE = /^(?:0|[1-9][0-9]{0,2})$/;
const PLAIN_INT_RE = /^[1-9][0-9]{0,8}$/;
const NUMBER_RE = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(件|条|个|项|万元|元)?$/;
/** A signed number: 本年增/减 is written -2 or +3. */
const SIGNED_RE = /^[-+]\d+(?:\.\d+)?$/;

/** Characters that differ between half- and full-width spellings of the same label. */
const PUNCT_MAP: Record<string, string> = {
  '(': '（', ')': '）', ':': '：', ',': '，', ';': '；', '?': '？', '!': '！',
  '"': '“', '\u2018': '“', '\u2019': '”', "'": '“', '「': '“', '」': '”', '．': '.',
};

const PUNCT_RE = /[(),:;?!"'\u2018\u2019「」．]/g;

const labelCache = new Map<string, string>();
const CACHE_LIMIT = 20000;
const CACHED_LENGTH = 64;

/** NFKC, drop all white space, unify punctuation to the official full-width forms. */
export function normalizeLabel(text: string): string {
  // Most table cells are numbers, their own normal form: no cache lookup (which hashes the text) for them.
  if (allDigits(text)) return text;
  // Reports repeat the same cells and labels over and over: remember recent results.
  const hit = labelCache.get(text);
  if (hit !== undefined) return hit;
  const out = computeLabel(text);
  // Only label-sized texts are worth keeping: prose lines rarely repeat, and keeping them
  // (until the cache is cleared) made the garbage collector copy them around.
  if (text.length > CACHED_LENGTH) return out;
  if (labelCache.size >= CACHE_LIMIT) labelCache.clear();
  labelCache.set(text, out);
  return out;
}

function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function computeLabel(text: string): string {
  if (DIGITS_RE.test(text)) return text;
  const fast = fold(text, true);
  if (fast !== undefined) return sameWords(fast);
  return computeLabelSlowly(text);
}

/** 其它 is written as often as 其他 (其它结果, 六、其它需要报告的事项): one word for matching. */
function sameWords(s: string): string {
  return s.includes('其它') ? s.replace(/其它/g, '其他') : s;
}

/** The definition: what `fold(text, true)` computes quickly for the characters reports are made of. */
export function computeLabelSlowly(text: string): string {
  let s = text.normalize('NFKC');
  s = s.replace(SPACE_RE, '');
  s = s.replace(PUNCT_RE, (c) => PUNCT_MAP[c] ?? c);
  // NFKC turns full-width parentheses into ASCII ones; map them back above, and
  // straighten “ ” pairs so 3.危及“三安全一稳定” matches with either quote style.
  s = s.replace(/[“”"]/g, '“');
  return sameWords(stripMarkup(s));
}

/** NFKC without white space: the text of a cell as compared and read. */
export function foldWidth(text: string): string {
  return fold(text, false) ?? text.normalize('NFKC').replace(SPACE_RE, '');
}

/*
 * A character table for the fast path. NFKC is costly and almost every character of a report is
 * its own normal form (ASCII, CJK ideographs, CJK punctuation) or a full-width form of ASCII; a text
 * of only such characters is folded in one loop. Anything else (combining marks, compatibility
 * characters) takes the slow path, so the result is always exactly the slow one (tested).
 */
const KEEP = 1, DROP = 2, WIDE = 3, OTHER = 4;
/** Each character's class, found the first time it is met (0: not yet): classifying all 65,536 at start-up took 15–25 ms of every run. */
const CHAR_CLASS = new Uint8Array(0x10000);
/** For labels: the official punctuation a (folded) character becomes, as a char code (0: itself). */
const LABEL_CHAR = new Uint16Array(0x10000);
/** Characters after which stripMarkup may have work to do. */
const MARKUP = new Uint8Array(128);
const SPACE_CHAR_RE = /^[\s\u00a0\u3000\u200b\ufeff]$/;
/** Where a character may be its own normal form and kept as it is: ASCII, ·, general and CJK punctuation, CJK ideographs. */
const KEEP_RANGES = [[0x20, 0x7e], [0xb7, 0xb7], [0x2010, 0x205e], [0x3001, 0x303f], [0x3400, 0x4dbf], [0x4e00, 0x9fff]];

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  // Every white space character is dropped, whether NFKC keeps it or turns it into a space.
  if (SPACE_CHAR_RE.test(ch)) return DROP;
  // Stable on its own and never reordered or composed with a neighbour (U+302A–302F are combining tone marks).
  for (const [from, to] of KEEP_RANGES) {
    if (c >= from && c <= to) return ch.normalize('NFKC') === ch && !(c >= 0x302a && c <= 0x302f) ? KEEP : OTHER;
  }
  if (c >= 0xff01 && c <= 0xff5e && ch.normalize('NFKC') === String.fromCharCode(c - 0xfee0)) return WIDE;
  return OTHER;
}

(() => {
  // Only the few characters that change are set: filling all 65,536 cost milliseconds at every start.
  for (const [from, to] of Object.entries(PUNCT_MAP)) LABEL_CHAR[from.charCodeAt(0)] = to.charCodeAt(0);
  for (const q of '“”"') LABEL_CHAR[q.charCodeAt(0)] = 0x201c;
  for (const from of Object.keys(PUNCT_MAP)) if (LABEL_CHAR[from.charCodeAt(0)] === 0x201d) LABEL_CHAR[from.charCodeAt(0)] = 0x201c;
  for (const m of '#*_-+>') MARKUP[m.charCodeAt(0)] = 1;
})();

function fold(text: string, label: boolean): string | undefined {
  let out = '';
  let runStart = 0;
  let markup = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let cls = CHAR_CLASS[c];
    if (cls === 0) cls = CHAR_CLASS[c] = classify(c);
    let to = c;
    if (cls === KEEP) {
      if (c < 128 && MARKUP[c]) markup = true;
      const mapped = LABEL_CHAR[c];
      if (!label || mapped === 0 || mapped === c) continue;
      to = mapped;
    } else if (cls === WIDE) {
      to = c - 0xfee0;
      if (MARKUP[to]) markup = true;
      if (label) to = LABEL_CHAR[to] || to;
    } else if (cls !== DROP) {
      return undefined;
    }
    // Copy the unchanged run before this character, then its replacement (nothing for a space).
    out += text.slice(runStart, i);
    if (cls !== DROP) out += String.fromCharCode(to);
    runStart = i + 1;
  }
  out = runStart === 0 ? text : out + text.slice(runStart);
  return label && markup ? stripMarkup(out) : out;
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
  | { kind: 'number'; value: number; integer: boolean; unit: string }
  | { kind: 'na'; text: string }
  | { kind: 'invalid'; text: string };

/** The marks clerks write for none or not applicable (recognition data), in the form cells are compared in. */
const NA_VALUES = new Set(recognition.not_applicable_cells.map((m) => foldWidth(m)));

/**
 * Every value has the same four fields, made in one place: rules read `kind` and `value` of
 * thousands of cells, and objects of one shape keep those reads fast (mixed shapes made them slow).
 */
function value(kind: CellValue['kind'], n: number, integer: boolean, text: string, unit = ''): CellValue {
  return { kind, value: n, integer, text, unit } as CellValue;
}

/** Shared values for blank cells and the small counts that fill most tables (values are never changed). */
const SMALL_INTS: CellValue[] = Array.from({ length: 1000 }, (_, i) => value('number', i, true, ''));
export const BLANK_VALUE: CellValue = value('blank', 0, false, '');

/** A number written in 元 in a column counted in 万元 (the 收费金额 of table 二): its value in the column's unit. */
export function inColumnUnit(v: CellValue, columnLabel: string): CellValue {
  if (v.kind !== 'number' || v.unit !== '元' || !columnLabel.includes('万元')) return v;
  return value('number', v.value / 10000, false, '', '元');
}

/** Read a table cell as a user meant it. Blank stays blank (never 0). */
export function parseCellValue(raw: string): CellValue {
  if (raw === '') return BLANK_VALUE;
  if (raw.length <= 3 && SMALL_INT_RE.test(raw)) return SMALL_INTS[Number(raw)];
  // Cells repeat across rows and reports (值 1523, “/”, “无”): short ones are read once (values are never changed).
  if (raw.length > 12) return readCellValue(raw);
  let v = valueCache.get(raw);
  if (v === undefined) {
    if (valueCache.size >= 5000) valueCache.clear();
    valueCache.set(raw, v = readCellValue(raw));
  }
  return v;
}

const valueCache = new Map<string, CellValue>();

/** Markdown emphasis around a whole cell (**12**, *0*, __3__): converters write bold cells of Word tables so. */
const EMPHASIS_RE = /^(\*\*|__|\*|_)(.+)\1$/;

function readCellValue(raw: string): CellValue {
  if (PLAIN_INT_RE.test(raw)) return value('number', Number(raw), true, '');
  let s = foldWidth(raw);
  const emphasised = EMPHASIS_RE.exec(s);
  if (emphasised) s = emphasised[2].trim();
  if (s === '') return BLANK_VALUE;
  if (NA_VALUES.has(s)) return value('na', 0, false, s);
  // Digits with thousands separators or a trailing unit (件/条/万元) are still the number the user wrote.
  const m = NUMBER_RE.exec(s);
  if (m) return value('number', Number(m[1].replace(/,/g, '') + (m[2] ?? '')), m[2] === undefined, '', m[3] ?? '');
  if (SIGNED_RE.test(s)) return value('number', Number(s), !s.includes('.'), '');
  return value('invalid', 0, false, s);
}

/** The only Chinese characters a value cell can hold (NFKC leaves every CJK ideograph as it is). */
const VALUE_WORD_CHARS = '无件条个项万元';

/** True when the text could only be a value cell (a number, a blank or a not-applicable mark). */
export function looksLikeValue(raw: string): boolean {
  // A Chinese character other than 无 or a unit means text, whatever else the cell holds.
  if (hasTextChar(raw)) return false;
  const v = parseCellValue(raw);
  return v.kind !== 'invalid';
}

/** Whether `s` has a Chinese character no value cell holds (so no part of it is a value): a cheap first test. */
export function hasTextChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && !VALUE_WORD_CHARS.includes(s[i])) return true;
  }
  return false;
}

const CJK_RE = /[\u3400-\u9fff]/;
export function hasCjk(s: string): boolean {
  return CJK_RE.test(s);
}

export const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Spaces between two Chinese characters, which no label has: PDF text's spreading of a distributed cell (政 府 信 息). */
const LAYOUT_SPACES = /(?<=[\u4e00-\u9fff])[ \u00a0\u3000]+(?=[\u4e00-\u9fff])/g;

/** A label as a message quotes it: as written, without the spaces PDF text put between its characters. */
export function quotedLabel(text: string): string {
  // Most labels have none of those spaces: nothing for the regex to take out, the same text without it (the rules
  // quote every row's label, on every check).
  return hasLayoutSpace(text) ? text.replace(LAYOUT_SPACES, '') : text;
}

/** Whether `text` has a space LAYOUT_SPACES could match (a space, a no-break space or an ideographic space). */
function hasLayoutSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0xa0 || c === 0x3000) return true;
  }
  return false;
}
