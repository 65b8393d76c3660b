/**
 * Heading recognition. A top-level section is an ordinal whose key phrase fits (一、总体情况),
 * or an exact standard title; 一、开展工作情况 under 一 or 一、存在的问题 inside 五 are not sections.
 */
import { FORMATS, RECOGNITION, SECTIONS } from '../format';
import { normalizeLabel, stripNumbering } from '../text/normalize';
import { gridTitleText } from '../tables/grid-table';

export interface SectionHeading {
  /** Which standard section (一…六) this heading introduces. */
  ordinal: string;
  /** The ordinal as written, or undefined for an unnumbered heading. */
  writtenOrdinal?: string;
  /** Normalised heading text (without Markdown marks). */
  norm: string;
  /** True when it is the standard title character for character (after normalisation). */
  exact: boolean;
}

export interface SubHeading {
  /** 1 for 一、, 2 for （一）, 3 for 1. ; Markdown level when only a # heading. */
  level: number;
  text: string;
}

const ORDINAL_RE = /^([一二三四五六七八九十]+)[、.，,]/;
const SUB_ORDINAL_RE = /^（([一二三四五六七八九十]+)）/;
const ARABIC_RE = /^(\d{1,2})[.、](?!\d)/;
const TRAILING_MARK_RE = /[。：]$/;
/**
 * Other ways reports number their six parts: 第一部分, （一）, 1. / 1、, or the numeral and a space (一 总体情况,
 * normalised to 一总体情况). Trusted only before a standard title of the same part (其他需要报告的事项 after 六):
 * the same marks number sub-headings, whose texts are never the standard titles.
 */
const OTHER_ORDINAL_RE = /^(?:第([一二三四五六])部分[：:、.，,]?|（([一二三四五六])）|([1-6])[.、](?!\d)|([一二三四五六])(?![、.，,]))/;
const ARABIC_ORDINALS = ['', '一', '二', '三', '四', '五', '六'];
const MID_SENTENCE_RE = /。.+/;

const standardNorm = new Map(SECTIONS.map((s) => [s.ordinal, normalizeLabel(s.title)]));
const unnumbered = new Map<string, string>();
for (const s of SECTIONS) {
  unnumbered.set(stripNumbering(normalizeLabel(s.title)), s.ordinal);
  for (const u of (RECOGNITION.sections as any)[s.ordinal].unnumbered as string[]) unnumbered.set(normalizeLabel(u), s.ordinal);
}

/**
 * First characters a heading's normalised text can have: the numerals and 第 of the ordinals (ORDINAL_RE,
 * SUB_ORDINAL_RE, ARABIC_RE, OTHER_ORDINAL_RE) and the first characters of the unnumbered standard titles.
 */
const HEADING_FIRST = new Set([...'一二三四五六七八九十第', ...[...unnumbered.keys()].map((k) => k[0])]);

/** An unnumbered standard title starting with a digit (none does): then digitsNoNumbering settles nothing. */
const DIGIT_FIRST_TITLE = [...unnumbered.keys()].some((k) => k.charCodeAt(0) >= 48 && k.charCodeAt(0) <= 57);

/** How far into a normalised line a wrapped heading's tail puts its ordinal's 、 at most. */
const WRAPPED_TAIL_COMMA = 10;

/**
 * A line that is neither a section heading nor a sub-heading whatever its text, told without normalising it
 * (asked of every short line): it starts with a CJK unified ideograph that no heading starts with. Such an
 * ideograph is its own normal form and nothing before it is dropped, so the normalised text starts with it too.
 * Or it starts with digits that no 、 or . follows (digitsNoNumbering). (Not for a Markdown heading: `#` is no ideograph.)
 */
export function cannotBeHeading(trimmed: string): boolean {
  const c = trimmed.charCodeAt(0);
  if (c >= 48 && c <= 57) return digitsNoNumbering(trimmed);
  if (c < 0x4e00 || c > 0x9fff || HEADING_FIRST.has(trimmed[0])) return false;
  // …unless a 、 comes early once normalised, as the wrapped-tail test below asks it: a wrapped heading's tail before
  // its ordinal (讼情况四、因政府信息公开…, or spread 讼 情 况 四、). Only the text before the first 、 is normalised.
  const comma = trimmed.indexOf('、');
  if (comma < 0) return true;
  // Every CJK unified ideograph before it stays in the normalised text (NFKC keeps it and composes it with no
  // neighbour; the other steps drop only white space and ASCII marks, and 其它 → 其他 keeps the length): more than
  // WRAPPED_TAIL_COMMA of them (any line of prose with a 、 late in it) give the same answer without normalising.
  let ideographs = 0;
  for (let i = 0; i < comma; i++) {
    const d = trimmed.charCodeAt(i);
    if (d >= 0x4e00 && d <= 0x9fff && ++ideographs > WRAPPED_TAIL_COMMA) return true;
  }
  return normalizeLabel(trimmed.slice(0, comma)).length > WRAPPED_TAIL_COMMA;
}

/**
 * A line of digits and spaces alone (a row of values in PDF text: 0   0   1   2), or before an ideograph (2023年…):
 * normalised, its digits stand together at its start with no . or 、 after them, the only numbering in digits a heading
 * has (ARABIC_RE, OTHER_ORDINAL_RE); no other heading form starts with a digit. The spaces are dropped and the digits
 * and the ideograph are their own normal forms. Anything else after the digits (a mark, a letter) is left to the tests.
 */
function digitsNoNumbering(trimmed: string): boolean {
  if (DIGIT_FIRST_TITLE) return false;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 32 || c === 0xa0 || c === 0x3000) continue;
    return c >= 0x4e00 && c <= 0x9fff;
  }
  return true;
}

function keyPhraseFits(ordinal: string, text: string): boolean {
  const spec = (RECOGNITION.sections as any)[ordinal];
  if (!spec) return false;
  return (spec.key_phrases as string[][]).some((all) => all.every((p) => text.includes(p)));
}

/** Longer lines are never looked at as headings (a heading has at most max_heading_length characters once normalised). */
export const HEADING_LINE_LIMIT = RECOGNITION.max_heading_length * 2 + 20;

/**
 * A table row, not a heading: three numbers or more after a wide gap at the end of the line (PDF text
 * puts a parent label beside a row: `三、本年度     3.补正后申请内容仍不明确   0   0   0 …`).
 */
const ROW_OF_NUMBERS = /\S[ \u00a0\u3000]{2,}(?:[0-9０-９]+[ \u00a0\u3000]+){2,}[0-9０-９]+[ \u00a0\u3000]*$/;

/**
 * A table 三 row's numbering inside the words after the part's number: a line of PDF table pieces (the vertical
 * parent 三、本 beside （四）无法提供 3.补正后申请内容仍), never a part's title.
 */
const ROW_LABEL_INSIDE = /（[一二三四五六七]）|[0-9][.．]/;

/**
 * Table 三's parent labels that carry a part's numeral (三、本年度办理结果), normalised: laid vertically in PDF text, a
 * few characters per line, their first piece shares a line with a neighbour cell's (`三、本   复   申   请`, the end
 * of 4.无正当理由大量反复申请 distributed), which must not make a part's title.
 */
const NUMBERED_PARENTS = [...new Set(Object.values(FORMATS).flatMap((f) => f.table3Rows.filter((r) => r.path.length > 1).map((r) => normalizeLabel(r.path[0]))))]
  .filter((p) => ORDINAL_RE.test(p));

/** The line starts with a proper prefix of such a parent label, then a space and words that do not go on with it. */
function parentPieceBesideCell(line: string): boolean {
  const m = /^\s*(\S+?)[ \u3000]+(\S)/.exec(line);
  if (!m) return false;
  const first = normalizeLabel(m[1]);
  // (More than the numeral: 三、 alone before a title is the title's own numbering.)
  const numeral = ORDINAL_RE.exec(first)?.[0].length ?? first.length;
  return NUMBERED_PARENTS.some((p) => numeral < first.length && first.length < p.length && p.startsWith(first) && p[first.length] !== m[2]);
}

/** Table 三's data-row labels, normalised (both formats). */
const TABLE3_LEAVES = [...new Set(Object.values(FORMATS).flatMap((f) => f.table3Rows.map((r) => normalizeLabel(r.label))))];
/** The fewest characters of a row label's piece that tell it (反复申请 is in no part's title). */
const LEAF_PIECE_MIN = 4;

/**
 * A vertical parent's first piece alone, then a gap and a piece of a table 三 row label wrapped in its cell
 * (`三、            大量反复申请`: a text browser's dump of a parent laid a few characters per line; `三、 量反复申请`,
 * pdfplumber's one space): no part's title. (No part's title is inside a row label.)
 */
function parentBesideLabelPiece(line: string): boolean {
  const m = /^\s*(\S+)([ \u3000]+)(\S+)\s*$/.exec(line);
  if (!m || !ORDINAL_RE.test(m[1]) || normalizeLabel(m[1]) !== ORDINAL_RE.exec(normalizeLabel(m[1]))?.[0]) return false;
  const piece = normalizeLabel(m[3]);
  // (Across a column's gap, pdftotext -layout's `三、     申请`, the end of a wrapped label is enough: no part's title is
  // a word or two set apart from its numeral.)
  const least = m[2].length >= COLUMN_GAP ? LEAF_PIECE_MIN_APART : LEAF_PIECE_MIN;
  return [...piece].length >= least && TABLE3_LEAVES.some((l) => l.includes(piece));
}
/** Spaces that part a table's columns in pdftotext -layout (a title's numeral is followed by one or two at most). */
const COLUMN_GAP = 3;
/** The fewest characters of a row label's piece that tell it across a column's gap (申请). */
const LEAF_PIECE_MIN_APART = 2;

/** A dot leader and a page number: an entry of a table of contents (一、总体情况…………1), not the part itself. */
const CONTENTS_ENTRY = /(?:…+|[.．·•‥]{3,}|-{3,}|—{2,})[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*$/;

/** The line's last character before trailing spaces, tabs and U+3000 is a digit: CONTENTS_ENTRY can match only then (asked of every line). */
function endsInDigit(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9 || line.charCodeAt(i) === 0x3000)) i--;
  const c = i >= 0 ? line.charCodeAt(i) : 0;
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** `norm` is normalizeLabel(line) when the caller has it already. */
export function detectSectionHeading(line: string, norm?: string): SectionHeading | undefined {
  // Headings are short; long prose lines are never headings (and are costly to normalise).
  if (line.length > HEADING_LINE_LIMIT || (endsInDigit(line) && CONTENTS_ENTRY.test(line))) return undefined;
  norm ??= normalizeLabel(line);
  if (norm.length === 0 || norm.length > RECOGNITION.max_heading_length) return undefined;
  const m = ORDINAL_RE.exec(norm);
  const rest = m ? norm.slice(m[0].length).replace(TRAILING_MARK_RE, '') : norm.replace(TRAILING_MARK_RE, '');
  if (m && standardNorm.has(m[1]) && keyPhraseFits(m[1], rest) && !ROW_OF_NUMBERS.test(line) && !ROW_LABEL_INSIDE.test(rest) && !parentPieceBesideCell(line) && !parentBesideLabelPiece(line)) {
    return { ordinal: m[1], writtenOrdinal: m[1], norm, exact: norm === standardNorm.get(m[1]) };
  }
  // A standard title with a wrong or missing ordinal (五、其他需要报告的事项, 其他需要报告的事项).
  const byTitle = unnumbered.get(rest);
  // Unnumbered and ending a sentence, it is the end of a wrapped line of prose (…本机关无 / 其他需要报告的事项。).
  if (byTitle && !m && norm.endsWith('。')) return undefined;
  if (byTitle && (!m || standardNorm.has(m[1]))) {
    return { ordinal: byTitle, writtenOrdinal: m?.[1], norm, exact: false };
  }
  const other = m ? undefined : OTHER_ORDINAL_RE.exec(norm);
  if (other) {
    const ordinal = other[1] ?? other[2] ?? (other[3] ? ARABIC_ORDINALS[Number(other[3])] : other[4]);
    if (ordinal && unnumbered.get(norm.slice(other[0].length).replace(TRAILING_MARK_RE, '')) === ordinal) {
      return { ordinal, writtenOrdinal: other[0], norm, exact: false };
    }
  }
  // A heading wrapped in a narrow page whose second line pdftotext -layout put before its first
  // (讼情况四、因政府信息公开工作被申请行政复议、提起行政诉): its tail, then the heading. Read whole, it is one.
  // (Only where a 、 comes early: the test runs on every short line that is no heading.)
  const comma = m ? -1 : norm.indexOf('、');
  const tail = comma > 1 && comma <= WRAPPED_TAIL_COMMA ? WRAPPED_TAIL_RE.exec(norm) : undefined;
  if (tail && KNOWN_TITLES.some((t) => t.endsWith(tail[1]))) {
    const whole = detectSectionHeading(norm.slice(tail[0].length) + tail[1]);
    if (whole && whole.writtenOrdinal === whole.ordinal) return { ...whole, norm, exact: false };
  }
  // A heading's top half, clipped at a page's foot in a browser's printout: its 、 (low in the line) lost,
  // a space where each was (四 政府信息公开行政复议 行政诉讼情况). Read with them put back.
  if (!m && CLIPPED_RE.test(line) && !line.includes('、')) {
    const whole = detectSectionHeading(line.trim().replace(CLIPPED_GAP_RE, '、'));
    if (whole && whole.writtenOrdinal === whole.ordinal) return { ...whole, norm, exact: false };
  }
  return undefined;
}

/** An ordinal, one space, then Chinese text with spaces inside (pdftotext -layout may widen one). */
const CLIPPED_RE = /^\s*[一二三四五六七八九十]+ [\u4e00-\u9fff]+(?: +[\u4e00-\u9fff]+)*\s*$/;
const CLIPPED_GAP_RE = /(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])/g;

/** The standard titles and their known variants, normalised: a wrapped tail is the end of one of them. */
const KNOWN_TITLES = [...standardNorm.values(), ...unnumbered.keys()];
/**
 * A few characters of a heading's wrapped end, then its ordinal (三、, 四、 …); table 四's first header cell may stand
 * between (况行政复议四、因…), or its first piece (况行政 四、因…, 行政复议结果维持 wrapped), or the unit written above
 * the table (况单位：件四、因…): a browser's printout.
 */
const WRAPPED_TAIL_RE = /^([^一二三四五六七八九十、。，；：（）()\s0-9]{1,4}?)(?:行政(?:复议|诉讼)?|单位[:：]件)?(?=[一二三四五六七八九十]、)/;

/** Longer lines are never looked at as sub-headings. */
export const SUBHEADING_LINE_LIMIT = 100;

export function detectSubHeading(trimmed: string, mdLevel: number | undefined, norm?: string): SubHeading | undefined {
  if (trimmed.length > SUBHEADING_LINE_LIMIT) return undefined;
  norm ??= normalizeLabel(trimmed);
  if (norm.length === 0) return undefined;
  let level: number | undefined;
  if (ORDINAL_RE.test(norm)) level = 1;
  else if (SUB_ORDINAL_RE.test(norm)) level = 2;
  else if (ARABIC_RE.test(norm)) level = 3;
  const short = norm.length <= 30 && !MID_SENTENCE_RE.test(norm);
  if (level !== undefined && short) return { level, text: norm };
  if (mdLevel !== undefined && norm.length <= 40) return { level: level ?? mdLevel, text: norm };
  return undefined;
}

/** A part's title as the merged title row of a pandoc grid table whose top border is line i (the table starts a part there). */
export function gridTableHeading(lines: readonly string[], i: number): SectionHeading | undefined {
  const text = gridTitleText(lines, i);
  return text ? detectSectionHeading(text) : undefined;
}
