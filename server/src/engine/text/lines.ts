/**
 * Line lexing: each line is classified on its own text alone, so a lexed line can be reused
 * whenever the line is unchanged (the basis of incremental parsing).
 */
import { looksLikeValue, normalizeLabel } from './normalize';
import { cannotBeHeading, detectSectionHeading, SectionHeading, detectSubHeading, SubHeading, HEADING_LINE_LIMIT, SUBHEADING_LINE_LIMIT } from '../structure/headings';
import { isKnownLabel, isRowLabelStart, lookupVariant, nearTable3Row } from '../tables/labels';
import { Directive, lexCommentLine } from './directives';
import { RECOGNITION } from '../format';
import { INLINE_TAG_RE, mayHaveInlineTag } from './tags';
import { isPrintFurniture } from './print-furniture';

// Regex literals inside functions make a new RegExp object per call: these run for every line or cell.
const ONLY_SPACES_RE = /^[ \u00a0\u3000]*$/;
export const MD_HEADING_RE = /^\s*(#{1,6})\s/;
const SENTENCE_MARK_RE = /[。；]/;
const SENTENCE_END_RE = /[。；]$/;

export const enum LineKind {
  Blank,
  /** A top-level section heading candidate (ordinal + key phrase). */
  Section,
  /** Plain text: prose, a sub-heading, a label on its own, a wrapped cell. */
  Text,
  /** Markdown pipe table row. */
  Pipe,
  /** Markdown pipe table delimiter row |---|. */
  PipeDelimiter,
  /** Tab-separated row with several cells. */
  Tabbed,
  /** One cell per line, as copied from Word: a tab, then one cell. */
  OneCell,
  /** Cells separated by runs of spaces (text copied from PDF). */
  Spaced,
  /** A page number like -3- or a bare number on its own. */
  PageNumber,
  /**
   * A line that is one HTML comment (gknb's exception comments among them): invisible in rendered
   * Markdown, so the parser skips it exactly as it skips a page number (same kind).
   */
  Comment = PageNumber,
}

export interface RawCell {
  /** Cell text trimmed of surrounding white space (NBSP and U+3000 included). */
  text: string;
  /** UTF-16 offsets within the line. */
  start: number;
  end: number;
}

export interface LineToken {
  kind: LineKind;
  cells?: RawCell[];
  section?: SectionHeading;
  sub?: SubHeading;
  /** Markdown heading level when the line starts with #. */
  mdLevel?: number;
  /**
   * A line where a long section may be cut into separately parsed blocks: a sub-heading that is
   * no table label, or a paragraph of prose. Tables never span such a line.
   */
  soft?: boolean;
  /** Characters suggesting binary content or a wrong decoding. */
  suspect?: Suspect;
  /** The line has Chinese characters. */
  cjk?: boolean;
  /** A gknb exception comment (kind Comment), read by ../suppress.ts. */
  directive?: Directive;
  /** A picture on a line of its own (kind Comment: neither prose nor table; see isPictureLine). */
  picture?: true;
  /** A section heading that is the merged title row of an HTML table starting on its line: the table is read too. */
  tableTitle?: true;
}

export const VALUE_END = /[0-9０-９/／\-－—–无]$/;
/**
 * VALUE_END, asked of every line: its last character told by its code (the regex, ending in `$`, is tried at every
 * position of the line). Property-tested against VALUE_END.
 */
export function endsLikeValueChar(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(s.length - 1);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c === 47 || c === 0xff0f || c === 45 || c === 0xff0d
    || c === 0x2014 || c === 0x2013 || c === 0x65e0;
}
const WIDE_GAP_TEST = /[ \u00a0]{2}|\u3000/;
/** WIDE_GAP_TEST, asked of every line of text: includes() settles most lines (the regex scans the whole line). */
function hasWideGap(s: string): boolean {
  return s.includes('\u3000') || ((s.includes(' ') || s.includes('\u00a0')) && WIDE_GAP_TEST.test(s));
}

function makeCell(line: string, start: number, end: number): RawCell {
  let s = start;
  let e = end;
  while (s < e && isSpace(line.charCodeAt(s))) s++;
  while (e > s && isSpace(line.charCodeAt(e - 1))) e--;
  return { text: line.slice(s, e), start: s, end: e };
}

/** The first visible character is `<` (a comment line may start so). */
function startsWithLt(line: string): boolean {
  let i = 0;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  // Read only within the line: reading past its end deoptimises the compiled code (V8 "out of bounds").
  return i < line.length && line.charCodeAt(i) === 60;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 13 || c === 10 || c === 0x200b;
}

/** Cells between occurrences of one separator character (tab, pipe): indexOf is much cheaper than a regex. */
function splitOnChar(line: string, sep: string): RawCell[] {
  const cells: RawCell[] = [];
  let last = 0;
  for (let at = line.indexOf(sep); at >= 0; at = line.indexOf(sep, last)) {
    cells.push(makeCell(line, last, at));
    last = at + 1;
  }
  cells.push(makeCell(line, last, line.length));
  return cells;
}

function splitOn(line: string, sep: RegExp): RawCell[] {
  const cells: RawCell[] = [];
  let last = 0;
  sep.lastIndex = 0;
  for (let m = sep.exec(line); m; m = sep.exec(line)) {
    cells.push(makeCell(line, last, m.index));
    last = m.index + m[0].length;
  }
  cells.push(makeCell(line, last, line.length));
  return cells;
}

/**
 * The rules of pandoc's simple and multiline tables (its Markdown and plain text): a line of dashes over the
 * whole table, or one run of dashes per column. They draw the table and hold no cell: skipped like a page number.
 * (A lone short `---` is left alone: html2text's one-column delimiter, a Markdown rule in prose.)
 */
const TABLE_RULE_RE = /^[ \u00a0]*-{2,}(?: +-{2,})+[ \u00a0]*$|^[ \u00a0]*-{10,}[ \u00a0]*$/;
export const PAGE_NUMBER_RE = /^[\s\u00a0\u3000]*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d{1,3})[\s\u00a0\u3000]*$/;
/**
 * Fields written `a| b| c` (html2text when each cell's text sits in a <span>): a space after every pipe (a
 * pipe at the end or before another: an empty cell), none at the start, and no sentence (a row of a
 * two-column table 二 has one pipe: `行政许可| 1`).
 */
const SPACE_AFTER_PIPES_RE = /^[^|。；]+(?:\|(?:[ \u00a0][^|。；]*)?)+$/;
const PIPE_DELIMITER_RE = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/;
const WIDE_GAP_RE = /(?:[ \u00a0]{2,}|\u3000+[ \u00a0\u3000]*)/g;
const SINGLE_GAP_RE = /[ \u00a0\u3000]+/g;

/** Characters that show a file is not readable text as decoded: NUL, U+FFFD, Latin-1 letters (GBK read as Latin-1). */
const SUSPECT = /[\u0000\ufffd\u00c0-\u00ff]/;
const CJK = /[\u4e00-\u9fff]/;

export interface Suspect { nul: number; replacement: number; latin: number }

/** Counts of suspicious characters in a line (undefined when there are none). */
export function suspectChars(line: string): Suspect | undefined {
  if (!SUSPECT.test(line)) return undefined;
  const s: Suspect = { nul: 0, replacement: 0, latin: 0 };
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0) s.nul++;
    else if (c === 0xfffd) s.replacement++;
    else if (c >= 0xc0 && c <= 0xff) s.latin++;
  }
  return s;
}

const MD_IMAGES_RE = /^(?:\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?\s*)+$/;
/** <img> tags; the last may go on over the next line (pandoc wraps a tag with many attributes: `<img src=… width="600"`). */
const HTML_IMAGES_RE = /^(?:<img\b[^>]*>\s*)*<img\b[^>]*$|^(?:<img\b[^>]*>\s*)+$/i;
/** The rest of such a tag on its own line: attributes only, then its end (`alt="image" />`). */
const TAG_END_RE = /^[\w:-]+="[^"<>]*"(?:\s+[\w:-]+(?:="[^"<>]*")?)*\s*\/?>$/;
const PICTURE_PLACEHOLDER_RE = new RegExp(`^[\\[【［(（]\\s*(?:${RECOGNITION.picture_placeholders.words.join('|')})\\s*\\d{0,3}\\s*[\\]】］)）]$`, 'i');
/** The first characters of a picture line (! < [ 【 ［ ( （), by code: `trimmed[0]` made a new string of every line's first ideograph. */
function pictureFirst(c: number): boolean {
  return c === 33 || c === 60 || c === 91 || c === 0x3010 || c === 0xff3b || c === 40 || c === 0xff08;
}
/** elinks' dump numbers a linked picture's alt text as its links: `[25]image`. */
const NUMBERED_PLACEHOLDER_RE = new RegExp(`^\\[\\d{1,4}\\]\\s*(?:${RECOGNITION.picture_placeholders.words.join('|')})$`, 'i');
/** A placeholder word alone, without brackets (lynx writes a picture's alt text so: `image`); not the one-character 图. */
const BARE_PLACEHOLDER_RE = new RegExp(`^(?:${RECOGNITION.picture_placeholders.words.filter((w: string) => w.length > 1).join('|')})$`, 'i');

/**
 * A line that is only a picture: Markdown images (also linked ones), HTML <img> tags, or a converter's
 * placeholder ([图片], 【图片】, [image], elinks' [25]image). It says where a page had a picture — a table published as one.
 */
export function isPictureLine(trimmed: string): boolean {
  if (!pictureFirst(trimmed.charCodeAt(0))) {
    return (trimmed.endsWith('>') && TAG_END_RE.test(trimmed)) || (trimmed.length <= 12 && BARE_PLACEHOLDER_RE.test(trimmed));
  }
  return MD_IMAGES_RE.test(trimmed) || HTML_IMAGES_RE.test(trimmed) || PICTURE_PLACEHOLDER_RE.test(trimmed) || NUMBERED_PLACEHOLDER_RE.test(trimmed) || onlyPicturesInTags(trimmed);
}

/** Raw HTML holding pictures and nothing else (turndown keeps a one-cell table round a picture as it is). */
function onlyPicturesInTags(trimmed: string): boolean {
  if (!/^<[a-z]/i.test(trimmed) || !/<img\b/i.test(trimmed)) return false;
  return trimmed.replace(/<img\b[^>]*>/gi, '').replace(/<\/?[a-z][^>]*>/gi, '').trim() === '';
}

/** Pipe cells that are pictures or empty, at least one a picture: a one-cell table round a picture. */
function picturesOnly(cells: RawCell[]): boolean {
  return cells.some((c) => c.text !== '') && cells.every((c) => c.text === '' || isPictureLine(c.text));
}

/**
 * The token of every empty line (tokens are never changed once made). Not frozen: a frozen object has a shape of
 * its own, which made the parser's code reading tokens deoptimise on the first empty line.
 */
const EMPTY_LINE: LineToken = token(LineKind.Blank);

/**
 * A token with every field, in one order (those not given undefined): all tokens share one object shape, so
 * the parser's code reading them stays monomorphic instead of deoptimising on each new combination of fields.
 */
function token(kind: LineKind, cells?: RawCell[], section?: SectionHeading, sub?: SubHeading, mdLevel?: number, soft?: boolean, directive?: Directive, picture?: true): LineToken {
  return { kind, cells, section, sub, mdLevel, soft, suspect: undefined, cjk: undefined, directive, picture };
}

export function lexLine(line: string): LineToken {
  return lexTagged(line, mayHaveInlineTag(line));
}

/** How many lines' tokens lexRemembered keeps (then it starts again). */
const REMEMBERED = 256;
const remembered = new Map<string, LineToken>();

/**
 * lexLine for callers that only read the token and ask of the same few lines on every version of a document being
 * typed in (the lines above a claim that disagrees, a part's first lines): the tokens of the last lines asked, by
 * their text — lexLine is a function of it alone. The token is shared: not to be changed.
 */
export function lexRemembered(line: string): LineToken {
  let tok = remembered.get(line);
  if (tok === undefined) {
    tok = lexLine(line);
    if (remembered.size >= REMEMBERED) remembered.clear();
    remembered.set(line, tok);
  }
  return tok;
}

/**
 * lexLine for a caller that has the line as shown (withoutInlineTags, ./tags.ts), as the document has for every
 * line: a line shown as written has no tag to take out, one shown otherwise has one — not searched for again.
 */
export function lexShownLine(line: string, shown: string, maySuspect = true): LineToken {
  return lexTagged(line, shown !== line, maySuspect);
}

/**
 * Whether a text may hold a suspicious character (suspectChars) at all: when the whole text has none, none of its
 * lines has, and the lexer need not look for them line by line (`maySuspect` of lexShownLine).
 */
export function maySuspect(text: string): boolean {
  return SUSPECT.test(text);
}

/** `mayHaveTags`: the line may hold an inline tag (lexWithoutTags makes sure); `maySuspect`: it may hold a suspicious character. */
function lexTagged(line: string, mayHaveTags: boolean, maySuspect = true): LineToken {
  // A form feed alone (mutool and pdfminer end each page so) is a blank line too.
  if (line === '' || line === '\f') return EMPTY_LINE;
  const suspect = maySuspect ? suspectChars(line) : undefined;
  const title = line.charCodeAt(0) === 60 ? htmlTitleRow(line) : undefined;
  const tok = title ?? (mayHaveTags ? lexWithoutTags(line) : lexClean(line));
  if (suspect) tok.suspect = suspect;
  if (CJK.test(line)) tok.cjk = true;
  return tok;
}

/** The line lexed as shown without its inline tags (./tags.ts); cell offsets point into the line as written. */
function lexWithoutTags(line: string): LineToken {
  INLINE_TAG_RE.lastIndex = 0;
  if (!INLINE_TAG_RE.test(line)) return lexClean(line);
  // at[k]: where the k-th shown character is in the line (one more entry for the end).
  const at: number[] = [];
  let shown = '';
  let last = 0;
  INLINE_TAG_RE.lastIndex = 0;
  for (let m = INLINE_TAG_RE.exec(line); m; m = INLINE_TAG_RE.exec(line)) {
    for (let k = last; k < m.index; k++) at.push(k);
    shown += line.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0].length === 0) INLINE_TAG_RE.lastIndex++;
  }
  for (let k = last; k < line.length; k++) at.push(k);
  shown += line.slice(last);
  at.push(line.length);
  if (shown.trim() === '') return token(LineKind.Blank);
  const tok = lexClean(shown);
  if (tok.cells) tok.cells = tok.cells.map((c) => ({ text: c.text, start: at[c.start], end: c.end > c.start ? at[c.end - 1] + 1 : at[c.start] }));
  return tok;
}

/**
 * A row whose filled cells all hold the same text, a part's heading: the heading (once) and its cell. A merged
 * title row over a table is written so: its text once, or once per column it spans.
 */
function mergedTitle(cells: RawCell[]): { cell: RawCell; section: SectionHeading } | undefined {
  const filled = cells.filter((c) => c.text.trim() !== '');
  if (!filled.length || filled.some((c) => c.text.trim() !== filled[0].text.trim())) return undefined;
  const section = detectSectionHeading(filled[0].text.trim());
  return section ? { cell: filled[0], section } : undefined;
}

/** An HTML table's first row of one cell (a merged title row: mammoth, turndown keep such tables as HTML), its text. */
const HTML_TITLE_ROW_RE = /^<table\b[^>]*>\s*(?:<(?:tbody|thead)\b[^>]*>\s*)?<tr\b[^>]*>\s*<t[dh]\b[^>]*>((?:(?!<\/?t[dhr]\b).){1,400}?)<\/t[dh]>\s*<\/tr>/i;

/**
 * A line starting an HTML table whose first row is one cell holding a part's title (二、主动公开政府信息情况 as the
 * table's merged title row): the part's heading, and the table is read from the same line (tableTitle).
 */
function htmlTitleRow(line: string): LineToken | undefined {
  const m = HTML_TITLE_ROW_RE.exec(line);
  if (!m) return undefined;
  const text = m[1].replace(/<[^>]*>/g, '').trim();
  const section = text ? detectSectionHeading(text) : undefined;
  if (!section) return undefined;
  const tok = token(LineKind.Section, [makeCell(line, 0, line.length)], section);
  tok.tableTitle = true;
  return tok;
}

/** A list number alone: 一、 （一） 1. 第一部分 (what Word's numbered lists put before a tab). */
const LIST_NUMBER_RE = /^(?:#{1,6}\s*)?(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|[0-9]{1,2}[.、．]|第[一二三四五六]部分[：:]?)$/;

/** Two or more tabs before a line's only text, and none after it. */
const TABS_BEFORE_TEXT_RE = /^[ \u3000]*\t[ \u3000]*\t[ \t\u3000]*[^\s][^\t]*$/;

function lexClean(line: string): LineToken {
  // A page's source indentation kept by a scraper (BeautifulSoup's get_text(): a cell's `<br>` then
  // `\t\t\t1.属于国家秘密`): the line is that text, indented, not a row of empty cells before it. A row of a
  // table copied as text has a tab after its label too (its cells, blank or not).
  if (line.charCodeAt(0) === 9 && TABS_BEFORE_TEXT_RE.test(line)) line = line.replace(/\t/g, ' ');
  // The commonest table line of Word copies: a tab, then one cell (and no comment, which starts with <).
  if (line.charCodeAt(0) === 9 && line.indexOf('\t', 1) < 0 && !startsWithLt(line)) {
    return token(LineKind.OneCell, [makeCell(line, 1, line.length)]);
  }
  const comment = lexCommentLine(line);
  if (comment) return token(LineKind.Comment, undefined, undefined, undefined, undefined, undefined, comment.directive);
  let a = 0;
  let b = line.length;
  while (a < b && isSpace(line.charCodeAt(a))) a++;
  while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
  const trimmed = a === 0 && b === line.length ? line : line.slice(a, b);
  // One cell per line: a tab, then the cell, which may itself be empty (a blank cell, not a blank line).
  const firstTab = line.indexOf('\t');
  if (firstTab >= 0 && line.indexOf('\t', firstTab + 1) < 0 && ONLY_SPACES_RE.test(line.slice(0, firstTab))) {
    return token(LineKind.OneCell, [makeCell(line, firstTab + 1, line.length)]);
  }
  // Several tabs and nothing else is a row of empty cells (an unfilled table row), not a blank line.
  if (trimmed === '' && firstTab < 0) return token(LineKind.Blank);
  if (firstTab < 0 && isPictureLine(trimmed)) return token(LineKind.Comment, undefined, undefined, undefined, undefined, undefined, undefined, true);
  if (trimmed === '') return token(LineKind.Tabbed, splitOnChar(line, '\t'));

  if (trimmed.startsWith('|')) {
    if (PIPE_DELIMITER_RE.test(trimmed)) return token(LineKind.PipeDelimiter);
    // Drop what lies outside the outer pipes.
    const inner = splitOnChar(line, '|').slice(1);
    if (line.trimEnd().endsWith('|')) inner.pop();
    if (picturesOnly(inner)) return token(LineKind.Comment, undefined, undefined, undefined, undefined, undefined, undefined, true);
    // A part's title as its table's merged title row (pandoc: | 二、主动公开政府信息情况 |  |  | ): the part's heading.
    const title = mergedTitle(inner);
    if (title) return token(LineKind.Section, [title.cell], title.section);
    return token(LineKind.Pipe, inner);
  }

  // A pipe row without its outer pipes (GFM allows it; Python's html2text writes them so): one cell per field,
  // the last one too when empty, as in a tab-separated row.
  if (firstTab < 0 && trimmed.indexOf('|') > 0) {
    if (PIPE_DELIMITER_RE.test(trimmed)) return token(LineKind.PipeDelimiter);
    if (trimmed.includes(' | ') || trimmed.endsWith(' |') || SPACE_AFTER_PIPES_RE.test(trimmed)) {
      const cells = splitOnChar(line, '|');
      if (picturesOnly(cells)) return token(LineKind.Comment, undefined, undefined, undefined, undefined, undefined, undefined, true);
      return token(LineKind.Tabbed, cells);
    }
  }

  if (firstTab >= 0) {
    const cells = splitOnChar(line, '\t');
    const nonEmpty = cells.filter((c) => c.text !== '');
    // A heading followed by stray tabs is still a heading; so is a part's title as its table's merged title row,
    // which python-docx writes once per grid column (二、主动公开政府信息情况⇥二、主动公开政府信息情况⇥…).
    const title = mergedTitle(nonEmpty);
    if (title) return token(LineKind.Section, [title.cell], title.section);
    // Word's numbered list copied as text puts a tab after the number: 一、⇥总体情况.
    if (nonEmpty.length === 2 && LIST_NUMBER_RE.test(nonEmpty[0].text)) {
      const section = detectSectionHeading(nonEmpty[0].text + nonEmpty[1].text);
      if (section) return token(LineKind.Section, [makeCell(line, nonEmpty[0].start, nonEmpty[1].end)], section, undefined, MD_HEADING_RE.exec(line)?.[1].length);
    }
    return token(LineKind.Tabbed, cells);
  }

  // A line whose trimmed text starts with an ideograph (most prose) is neither a page number (unless 第…页) nor a
  // Markdown heading: both regexes skip only white space before their first mark, and an ideograph is none.
  const lead = trimmed.charCodeAt(0);
  const ideograph = lead >= 0x4e00 && lead <= 0x9fff;
  if ((!ideograph || lead === 0x7b2c) && PAGE_NUMBER_RE.test(line)) return token(LineKind.PageNumber);
  // A browser's print header or footer (date and title, address and 1/5): furniture, like a page number.
  if (isPrintFurniture(trimmed)) return token(LineKind.PageNumber);
  if (trimmed.charCodeAt(0) === 45 && TABLE_RULE_RE.test(line)) return token(LineKind.Comment);

  const mdLevel = ideograph ? undefined : MD_HEADING_RE.exec(line)?.[1].length;
  // Most lines of prose start with a character no heading starts with: neither test is asked.
  const plain = mdLevel === undefined && cannotBeHeading(trimmed);
  // Both heading tests read the same normalised text: fold it once.
  const norm = !plain && trimmed.length <= Math.max(HEADING_LINE_LIMIT, SUBHEADING_LINE_LIMIT) ? normalizeLabel(trimmed) : undefined;
  const section = plain ? undefined : detectSectionHeading(trimmed, norm);
  if (section) return token(LineKind.Section, undefined, section, undefined, mdLevel);

  // Only a line ending in a value, or with wide gaps (a header), can be a space-aligned row.
  const spaced = (endsLikeValueChar(trimmed) || hasWideGap(trimmed)) ? lexSpaced(line) : undefined;
  if (spaced) return token(LineKind.Spaced, spaced);

  const sub = plain ? undefined : detectSubHeading(trimmed, mdLevel, norm);
  // A sub-heading starts no block when it is a table row's label, the start of one cut by a PDF line
  // break, or a line of PDF pieces with wide gaps between them (（三）   4.保护第三).
  const soft = sub ? !isKnownLabel(sub.text) && !hasWideGap(trimmed) && !tablePieces(trimmed) && !typoedRowLabel(sub) : trimmed.length > 60 && SENTENCE_MARK_RE.test(trimmed);
  // A 序号 one space before a row label's start (a printout's 序号 column: `2 其他对外管理服` / `务事项 4 0 0`): the
  // label's line without it, as a line of the label alone.
  const serial = sub ? undefined : SERIAL_THEN_LABEL_RE.exec(trimmed);
  if (serial && isRowLabelStart(normalizeLabel(trimmed.slice(serial[0].length)))) return token(LineKind.Text, [makeCell(line, a + serial[0].length, b)]);
  return token(LineKind.Text, [makeCell(line, 0, line.length)], undefined, sub, mdLevel, soft);
}
const SERIAL_THEN_LABEL_RE = /^[1-9][0-9]? (?=[\u4e00-\u9fff])/;

/**
 * A table 三 row label typed slightly wrong (2.其他法律行政止公开), alone on its line as plain pdftotext
 * puts it: no sub-heading of its own. Only numbered lines (1. 2. …) are compared, the rest never.
 */
function typoedRowLabel(sub: { level: number; text: string }): boolean {
  return sub.level === 3 && !!nearTable3Row(sub.text);
}

/** A line of PDF table pieces: the line, or one of its space-separated words, starts a row label (（三） 1.属于国). */
function tablePieces(trimmed: string): boolean {
  if (isRowLabelStart(normalizeLabel(trimmed))) return true;
  const words = trimmed.split(SINGLE_GAP_RE);
  return words.length > 1 && words.some((w) => isRowLabelStart(normalizeLabel(w)));
}

/**
 * Space-aligned rows from PDF text: a label and trailing values separated by runs of spaces,
 * or (for known labels only) by single spaces. Prose never qualifies: it has no trailing values.
 */
/**
 * A cell that fills its column leaves one space before the next (a text browser's dump: `行政规范性文件 0      32`,
 * `上一年项目数量 本年增/减   处理决定数量`): a cell that is no label as a whole, but whose words are each a label or
 * a value, is those cells.
 */
function splitJoinedCells(cells: RawCell[]): RawCell[] {
  // Most rows have no cell with a space inside: nothing to split, nothing to copy.
  if (!cells.some((c) => c.text.indexOf(' ') >= 0)) return cells;
  let split = false;
  const out = cells.flatMap((cell) => {
    // (Digits one space apart are one number spread apart only when joined they make one: 0 0 0 0 0 are five.)
    if (cell.text.indexOf(' ') < 0 || (looksLikeValue(cell.text) && !manyNumbers(cell.text)) || isKnownLabel(normalizeLabel(cell.text))) return [cell];
    const words: RawCell[] = [];
    let at = 0;
    for (const word of cell.text.split(' ')) {
      if (word) words.push({ text: word, start: cell.start + at, end: cell.start + at + word.length });
      at += word.length + 1;
    }
    if (words.length < 2 || !words.every((w) => looksLikeValue(w.text) || isLabelWord(normalizeLabel(w.text)))) return [cell];
    split = true;
    return words;
  });
  return split ? out : cells;
}

/** Digits one space apart that joined make no number (0 0 0, 0 1 2): several numbers, not one spread apart. */
function manyNumbers(text: string): boolean {
  return SPACED_DIGITS_RE.test(text) && !ONE_NUMBER_RE.test(text.replace(/ /g, ''));
}
const SPACED_DIGITS_RE = /^[0-9]+(?: [0-9]+)+$/;

/** A label of a table, or a known other wording of one (本年度废止件数), which label-nonstandard then names. */
function isLabelWord(norm: string): boolean {
  return isKnownLabel(norm) || lookupVariant(norm) !== undefined;
}

/** One Chinese character: a piece of a label spread over its cell's width. */
const ONE_CJK_RE = /^[\u3400-\u9fff]$/;

/**
 * PDF text of a label distributed over its cell (分散对齐: `行   政   许   可`, `规           章`) cuts it into one
 * piece per character. A run of such pieces is joined when together they spell a known label, and only then.
 */
function joinSpreadLabel(cells: RawCell[]): RawCell[] {
  for (let i = 0; i + 1 < cells.length; i++) {
    if (!ONE_CJK_RE.test(cells[i].text) || !ONE_CJK_RE.test(cells[i + 1].text)) continue;
    let j = i + 1;
    while (j + 1 < cells.length && ONE_CJK_RE.test(cells[j + 1].text)) j++;
    const text = cells.slice(i, j + 1).map((c) => c.text).join('');
    if (isKnownLabel(normalizeLabel(text))) return [...cells.slice(0, i), { text, start: cells[i].start, end: cells[j].end }, ...cells.slice(j + 1)];
    i = j;
  }
  return cells;
}

/** A decimal point set apart inside a number's spread digits (`1 6 8 . 7 6`, `0. 00`, `19 4 .2 2`): a piece of the value. */
function spreadPoint(words: RawCell[], i: number): boolean {
  const t = words[i].text;
  return i + 1 < words.length && DECIMAL_PIECE_RE.test(t) && (!t.startsWith('.') || (i > 0 && DIGITS_RE.test(words[i - 1].text)));
}
const DECIMAL_PIECE_RE = /^(?:\.[0-9]*|[0-9]+\.)$/;
const FRACTION_PIECE_RE = /^\.[0-9]+$/;
const DIGITS_RE = /^[0-9]+$/;
/** What a number's digits spread apart join into: no leading zero but 0 itself. */
const ONE_NUMBER_RE = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/** Longer lines are no space-aligned row: pandoc's simple tables of a wide Word table (序号, three label columns, fifteen columns) reach ~500. */
const SPACED_LINE_LIMIT = 640;

function lexSpaced(line: string): RawCell[] | undefined {
  if (line.length > SPACED_LINE_LIMIT) return undefined;
  const wide = joinSpreadLabel(splitOn(line, WIDE_GAP_RE).filter((c) => c.text !== ''));
  if (wide.length >= 2 && looksLikeValue(wide[wide.length - 1].text) && !SENTENCE_END_RE.test(wide[0].text)) {
    if (wide.slice(1).every((c) => looksLikeValue(c.text) || isKnownLabel(normalizeLabel(c.text))) || isKnownLabel(normalizeLabel(wide[0].text))) {
      return splitJoinedCells(wide);
    }
    // A 序号 column's number before a label the lexer does not know whole (wrapped in its cell: `2   其他对外管理服
    // 4   0   0` / `务事项`, a text browser's dump): no cell; the label and the values are the row's, as without it.
    if (wide.length >= 3 && SERIAL_NUMBER.test(wide[0].text) && CJK.test(wide[1].text) && wide.slice(2).every((c) => looksLikeValue(c.text))) {
      return splitJoinedCells(wide.slice(1));
    }
  }
  // A header line: several known labels separated by wide gaps and no values.
  if (wide.length >= 2 && wide.filter((c) => isKnownLabel(normalizeLabel(c.text))).length >= 2) return splitJoinedCells(wide);
  // …or of labels only, some one space apart where they fill their columns (a text browser's dump).
  if (wide.length >= 2 && wide.some((c) => c.text.includes(' '))) {
    const cells = splitJoinedCells(wide);
    if (cells.length > wide.length && cells.every((c) => isLabelWord(normalizeLabel(c.text)))) return cells;
  }
  const words = splitOn(line, SINGLE_GAP_RE).filter((c) => c.text !== '');
  if (words.length < 2) return undefined;
  // A decimal's point and fraction set apart from its whole part (pdfplumber: 政府集中采购 8 391 .30): a piece of it.
  const end = words.length >= 2 && FRACTION_PIECE_RE.test(words[words.length - 1].text) && DIGITS_RE.test(words[words.length - 2].text) ? words.length - 1 : words.length;
  let firstValue = end;
  while (firstValue > 0 && looksLikeValue(words[firstValue - 1].text)) firstValue--;
  if (firstValue === end) return undefined;
  // A labelled row whose number has its decimal point set apart too (行政事业性收费 1 6 8 . 7 6).
  let spread = firstValue;
  while (spread > 0 && (looksLikeValue(words[spread - 1].text) || spreadPoint(words, spread - 1))) spread--;
  if (spread > 0 && spread < firstValue) {
    const label = { text: line.slice(words[0].start, words[spread - 1].end), start: words[0].start, end: words[spread - 1].end };
    if (isKnownLabel(normalizeLabel(label.text))) return [label, ...words.slice(spread)];
    // …after a 序号 column's number (pdfplumber: 1 行政事业性收费 3 4 7 . 9 9): no cell, as below.
    if (spread >= 2 && SERIAL_NUMBER.test(words[0].text)) {
      const rest = { text: line.slice(words[1].start, words[spread - 1].end), start: words[1].start, end: words[spread - 1].end };
      if (isKnownLabel(normalizeLabel(rest.text))) return [rest, ...words.slice(spread)];
    }
  }
  // Two numbers alone may be one number's digits spread apart (1 0 for 10), unless joined they make none (0 0, 0 12).
  if (firstValue === 0) return words.length >= 3 || !ONE_NUMBER_RE.test(words[0].text + words[1].text) ? words : undefined;
  const label = { text: line.slice(words[0].start, words[firstValue - 1].end), start: words[0].start, end: words[firstValue - 1].end };
  if (isKnownLabel(normalizeLabel(label.text))) return [label, ...words.slice(firstValue)];
  // A 序号 column's number before the label, one space apart like the rest (pdfplumber: 1 规章 3 0 12): no cell.
  if (firstValue < 2 || !SERIAL_NUMBER.test(words[0].text)) return undefined;
  const rest = { text: line.slice(words[1].start, words[firstValue - 1].end), start: words[1].start, end: words[firstValue - 1].end };
  return isKnownLabel(normalizeLabel(rest.text)) ? [rest, ...words.slice(firstValue)] : undefined;
}
/** A 序号 column's number (1–99): the one definition the readers share. */
export const SERIAL_NUMBER = /^[1-9][0-9]?$/;
