/**
 * Assembly: blocks → report model. Cheap work done on every version: title and year, the
 * table generation, and merging table fragments (a table may sit under the wrong heading).
 */
import { mergeSlicedHeadings } from './sliced';
import { isPrintFurniture } from '../text/print-furniture';
import { holdsWithOneMoved } from './one-moved';
import { spanningValues } from './row-span';
import { FINGERPRINTS_2019, FORMATS, FormatId, RECOGNITION, ColumnDef, SubTableDef, TABLE3_BALANCE, TABLE4_CELLS } from '../format';
import { lateColumns } from './late-column';
import type {
  FoundRow, ReportModel, ResolvedCell, ResolvedRow, SectionModel, Span, SubTableModel, Table2Model,
  Table3Model, Table4Model, TableFragment, TextCell, TitleModel,
} from '../model';
import { BLANK_VALUE, inColumnUnit, normalizeLabel, parseCellValue } from '../text/normalize';
import { isKnownLabel, lookupColumn, lookupDataRow, lookupHeaderWord, lookupSubTitle } from '../tables/labels';
import { Block, blockMentions, blockNarrative, blockYears, isRunningHead } from './block';
import { LineKind, lexLine, lexRemembered, SERIAL_NUMBER } from '../text/lines';
import { numbersBelow, sharedOut, spreadOnLine } from './numbers-below';
import { brokenSums, columnBroken, inStreamOrder, inWholeTable, provenAbsent } from './stream-order';
import { bandItems, readBands, type PagedBandItem } from './printed-bands';
import { readFirstsPooled } from './printed-firsts';
import { rowWithoutTrace } from './label-traces';
import { blankColumn } from './blank-cell';
import { withSpreadSettled } from './spread-settled';
import { gluedRows, groupsEveryCutReads, groupsHold, totalHolds, unglued, ungluedTable3 } from './glued';
import { joinedCell, oneSpaceApart, spreadReadings } from './spread-digits';
import { spreadRunsReading } from './spread-runs';
import { withoutSerialColumn } from './serial-column';
import { withoutNextSerial } from './serial-cells';
import { withoutExpectedSerial } from './serial-expected';
import { splitSpacedCells } from './split-cells';
import { firstLeftBesideLabel } from './first-beside-label';
import { columnReadAsRow } from './column-apart';
import { blanksWithCountsBelow, clusteredAmongEven } from './uneven-gaps';
import { withoutSerialItems } from './serial-bands';
import { mendPageSplits } from './page-split';
import { groupStandsApart } from '../tables/printed';
import { HEADING_LINE_LIMIT } from './headings';
import { brokenInEveryReading, type ColumnwiseInput, labelledColumns, readColumnwise, readTable4Columnwise, tableNumbers } from '../tables/columnwise';
import { readTable2Columnwise } from '../tables/columnwise-table2';
import { markedOnEveryPage, pageNumberLines } from '../tables/page-numbers';
import { groundedInOrder } from '../tables/run-order-grounds';
import { SideTable } from '../side-table';
import { flatMapped, spreadWith } from '../loops';
import { RAW_VALUE } from '../tables/rows';
import { gridTablesOnly, reuseTable, tableInputs } from './table-reuse';

const FINGERPRINTS = new Set(FINGERPRINTS_2019.map(normalizeLabel));

export function assemble(lines: string[], blocks: Block[], previous?: ReportModel): ReportModel {
  const fragments: TableFragment[] = [];
  /** Blocks before the first section heading. */
  const preamble: Block[] = [];
  /** Each section's blocks: its heading block, then the soft blocks that continue it. */
  const groups: Block[][] = [];
  for (const b of blocks) {
    for (const f of b.parse.fragments) fragments.push(f);
    if (b.parse.heading && !isCaption(b, groups[groups.length - 1])) groups.push([b]);
    else if (groups.length) groups[groups.length - 1].push(b);
    else preamble.push(b);
  }
  // A heading a browser's printout gives twice across a page break is one (./sliced.ts).
  mergeSlicedHeadings(groups, preamble, lines);
  for (const g of groups.splice(0, contentsLength(groups, lines))) preamble.push(...g);
  mergeRepeatedHeadings(groups, lines);
  // A section whose blocks are the same objects at the same places is reused as it was. (Compared block
  // by block: a key string naming every block cost more than the rest of a keystroke in a long section.)
  const byFirstBlock = new Map<Block, SectionModel>();
  for (const s of previous?.sections ?? []) {
    const built = builtFrom.get(s);
    if (built) byFirstBlock.set(built.blocks[0], s);
  }
  const sections = groups.map((g) => {
    const old = byFirstBlock.get(g[0]);
    if (old && sameBlocks(builtFrom.get(old)!, g)) return old;
    const section = buildSection(g, lines, `${g[0].id}@${g[0].startLine}+${g.length}`);
    builtFrom.set(section, { blocks: g, starts: g.map((b) => b.startLine) });
    return section;
  });
  const preambleKey = blocksKey(preamble);
  const title = previous && previous.preambleKey === preambleKey ? previous.title : findTitle(lines, preamble);
  const year = title?.year ?? findYear(lines, blocks);
  // Tables are rebuilt only when a fragment changed or moved; typing in prose reuses them.
  const tablesKey = fragments.map((f) => `${f.id}@${f.firstLine}`).join(',');
  const same = previous && previous.tablesKey === tablesKey ? previous : undefined;
  const { format, evidence } = same ? { format: same.format, evidence: same.formatEvidence } : detectFormat(fragments);
  const fmt = FORMATS[format ?? '2021'];
  // PDF text with a row's numbers glued into one run (pdf-parse): cut where the cut is certain (glued.ts).
  // (A row without a 0 to give it away: a table 三 row whose one number has a digit per column, 53000000530.)
  const glued = !same && fragments.some((f) => fragmentGlued(f, fmt.table3Columns.length));
  // Tables 二 and 四 are cut only where the extractor glued a run, not where every such run is digits one space apart
  // that the rows' reader joined as one spread number (plain pdftotext of a printout: table 三's `0 0 0 0 0`, which its
  // own reader cuts again): their numbers one per line (规章 / 0 / 0 / 0) are not one glued run.
  const runs = glued && extractorGlued(flatMapped(fragments, (f) => f.rows), fmt.table3Columns.length);
  const table3 = same ? same.table3 : buildTable3(fragments, fmt.id, glued, lines);
  // Typing in one table keeps the others where each reads only its own lines (./table-reuse.ts). (Only for a
  // document edited: a one-shot check, with no version before it, keeps nothing for the next.)
  const grid = !!previous && !same && !glued && !table3?.unordered && gridTablesOnly(fragments);
  const parts2 = grid ? fragments.filter((f) => f.table === 'table2') : [];
  const parts4 = grid ? fragments.filter((f) => f.table === 'table4') : [];
  // (Not kept where they read the whole text's page numbers: table 二's labels standing bare, table 四 read column by column.)
  const table2 = same ? same.table2 : reuseTable(previous?.table2, grid ? tableInputs(parts2, fmt.id, lines) : undefined,
    () => buildTable2(fragments, fmt.id, lines, runs, table3?.unordered), () => !bareLabels(parts2, lines));
  const table4 = same ? same.table4 : reuseTable(previous?.table4, grid ? tableInputs(parts4, '', lines) : undefined,
    () => buildTable4(fragments, lines, runs, table3?.unordered), () => !amidHeader(withoutStrayRuns(parts4), lines));
  return {
    preambleKey,
    lineCount: lines.length,
    title,
    year,
    format,
    formatEvidence: evidence,
    sections,
    fragments,
    looksLikeReport: looksLikeReport(title, sections),
    tablesKey,
    table2,
    table3,
    table4,
  };
}

/**
 * How many leading sections are a table of contents (目录) written without page numbers: three or more headings
 * in a row with nothing under them, all of which (but one: a part the report lacks) come again later. They are
 * read as part of the preamble, not as sections. (Entries with page numbers are no headings: headings.ts.)
 */
function contentsLength(groups: Block[][], lines: string[]): number {
  let n = 0;
  while (n < groups.length && isBare(groups[n], lines)) n++;
  if (n < 3) return 0;
  const later = new Set(groups.slice(n).map((g) => g[0].parse.heading!.info.ordinal));
  const again = groups.slice(0, n).filter((g) => later.has(g[0].parse.heading!.info.ordinal)).length;
  return again >= 3 && again >= n - 1 ? n : 0;
}

/**
 * An unnumbered heading inside the numbered section of the same part (三、收到和处理… then 收到和处理政府信息公开
 * 申请情况 over the table or its picture): the caption of a table, which continues the section, not the part again.
 */
function isCaption(block: Block, group: Block[] | undefined): boolean {
  const heading = group?.[0].parse.heading?.info;
  const info = block.parse.heading!.info;
  return !!heading && heading.writtenOrdinal !== undefined && info.writtenOrdinal === undefined && info.ordinal === heading.ordinal;
}

/**
 * A heading written again at once (blank lines aside) is one section, not two: the part's title above its table
 * and again as the table's first row (a merged title row), as many agencies draw it.
 */
function mergeRepeatedHeadings(groups: Block[][], lines: string[]): void {
  for (let i = groups.length - 1; i > 0; i--) {
    const [prev, g] = [groups[i - 1], groups[i]];
    if (prev[0].parse.heading!.info.ordinal !== g[0].parse.heading!.info.ordinal) continue;
    if (isBare(prev, lines) || wrappedHeadingOnly(prev, g, lines) || titleRowBelowHeader(prev, g, lines) || tableWordsBetween(prev, g, lines) || tableColumnBetween(prev, g, lines)) groups.splice(i - 1, 2, [...prev, ...g]);
  }
}

/** How many lines of a table's words may stand between a heading and its title row in text out of reading order. */
const WORDS_BETWEEN = 16;

/**
 * A heading and the table's title row with only a few of the table's own words between, each alone on its line
 * (信息内容 / 规章 / 行政规范性文件 …, a page number): pdfminer gives a table's blocks out of reading order, some of
 * its labels before its title row. No sentence, no number but a page's, no more than a table's header and labels.
 */
function tableWordsBetween(group: Block[], next: Block[], lines: string[]): boolean {
  let n = 0;
  for (let l = group[0].startLine + 1; l < next[0].startLine; l++) {
    const t = lines[l].trim();
    // (A page number written as one, - 1 -; a bare 1 may be a count.)
    if (!t || (!/^[0-9]+$/.test(t) && lexLine(lines[l]).kind === LineKind.PageNumber)) continue;
    const norm = normalizeLabel(t);
    if (++n > WORDS_BETWEEN || !(isKnownLabel(norm) || lookupHeaderWord(norm) || lookupSubTitle(norm))) return false;
  }
  return true;
}

/** How many lines of a table's first column may stand between a heading and its title row in column-wise text. */
const COLUMN_LINES = 160;
/** The longest line of one cell in column-wise text (a label wrapped in its cell); prose runs the page's width. */
const CELL_LINE = 24;

/**
 * pdfminer gives a table column by column: its first column (labels wrapped in their cells, 序号, numbers, 单位：件,
 * a page number) may come between the part's heading and the table's title row, and the title row is followed at
 * once by the table's header (法人或其他组织, 结果维持, 第二十条第（一）项). No sentence and no line of prose between,
 * and no count beside labels but a 序号 column's 1, 2, 3 (labels with their counts are a part's table: twice).
 */
function tableColumnBetween(group: Block[], next: Block[], lines: string[]): boolean {
  let n = 0;
  let labels = false;
  let counts = false;
  let serial: number | undefined;
  let piece = '';
  for (let l = group[0].startLine + 1; l < next[0].startLine; l++) {
    const t = lines[l].trim();
    if (!t) continue;
    if (++n > COLUMN_LINES || t.length > CELL_LINE || /[。；！？]/.test(t)) return false;
    const norm = normalizeLabel(t);
    const count = COUNT_START.exec(t);
    if (norm === '序号' || piece + norm === '序号') serial = 0;
    else if (count && serial !== undefined && Number(count[1]) === serial + 1) serial++;
    else if (count) counts = true;
    else if (!UNIT_NOTE.test(norm) && lexLine(lines[l]).kind !== LineKind.PageNumber) labels = true;
    piece = norm;
  }
  if (n === 0 || (labels && counts)) return false;
  const last = next[next.length - 1].endLine;
  for (let l = next[0].startLine + 1; l < last; l++) {
    const t = lines[l].trim();
    if (!t) continue;
    const norm = normalizeLabel(t);
    return isKnownLabel(norm) || !!lookupHeaderWord(norm) || !!lookupSubTitle(norm);
  }
  return false;
}

/** A line starting with a count (`12`, `3 三 （一）予以公开`), not with a label's numbering (`1.属于…`). */
const COUNT_START = /^([0-9]+)(?:\s|$)/;
/** A table's unit note (单位：件). */
const UNIT_NOTE = /^单位[:：]/;

const TABLE_LINE = new Set([LineKind.Pipe, LineKind.PipeDelimiter, LineKind.Tabbed, LineKind.OneCell, LineKind.PageNumber]);
/** A pandoc grid table's border (`+----+----+`): the title row in its first row stands right under it. */
const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;
/** A rule of dashes under or over a pandoc simple or multiline table's rows (indented or not). */
const DASH_RULE = /^\s*-{3,}(?:\s+-{3,})*\s*$/;
/** How many lines of a table's header may stand between the heading and its title row. */
const HEADER_LINES = 24;

/**
 * The part's title as its table's merged title row, below other rows of the same table: pandoc puts the rows Word
 * repeats on each page (the header) first. The row is one of a pipe or tab-separated table (`| 二、… |  |`), or
 * indented inside a pandoc simple table after its rule of dashes; only table rows stand between the heading and
 * it, or in a pandoc simple table, a few lines without a sentence.
 */
function titleRowBelowHeader(group: Block[], next: Block[], lines: string[]): boolean {
  const end = next[0].startLine;
  const row = lines[end];
  const first = group[0].startLine + 1;
  if (row.trimStart().startsWith('|') || row.includes('\t')) {
    for (let l = first; l < end; l++) if (lines[l].trim() && !TABLE_LINE.has(lexLine(lines[l]).kind) && !GRID_BORDER.test(lines[l])) return false;
    return true;
  }
  if (!/^ {2,}\S/.test(row) || end - first > HEADER_LINES) return false;
  let rule = false;
  for (let l = first; l < end; l++) {
    if (DASH_RULE.test(lines[l])) rule = true;
    else if (lines[l].trim() && (!/^ {2,}\S/.test(lines[l]) || lines[l].includes('。'))) return false;
  }
  return rule;
}

/** A section of its heading alone, wrapped over lines (PDF text: …提起行政诉讼 / 情况), spelling the next heading's text. */
function wrappedHeadingOnly(group: Block[], next: Block[], lines: string[]): boolean {
  if (group.length !== 1) return false;
  let text = '';
  for (let l = group[0].startLine; l < group[0].endLine; l++) text += lines[l].trim();
  return text.length <= 2 * HEADING_LINE_LIMIT && normalizeLabel(text) === normalizeLabel(lines[next[0].startLine]);
}

/**
 * A section of its heading line alone (blank lines, a page number and the next page's running head aside, and
 * the empty header row pandoc gives a table whose first row is its merged title: |  |  | over |---|---|).
 */
function isBare(group: Block[], lines: string[]): boolean {
  if (group.length !== 1) return false;
  for (let l = group[0].startLine + 1; l < group[0].endLine; l++) {
    if (!lines[l].trim() || isRunningHead(lines[l])) continue;
    const tok = lexRemembered(lines[l]);
    if (tok.kind === LineKind.PageNumber || tok.kind === LineKind.PipeDelimiter) continue;
    if (tok.kind === LineKind.Pipe && tok.cells!.every((c) => c.text === '')) continue;
    return false;
  }
  return true;
}

/** The blocks each section was built from, and where they started then. */
const builtFrom = new SideTable<SectionModel, { blocks: Block[]; starts: number[] }>('builtFrom');

/** The blocks a section was built from (its heading block first), for facts memoised per block. */
export function sectionBlocks(s: SectionModel): readonly Block[] | undefined {
  return builtFrom.get(s)?.blocks;
}

function sameBlocks(built: { blocks: Block[]; starts: number[] }, group: Block[]): boolean {
  if (built.blocks.length !== group.length) return false;
  for (let i = 0; i < group.length; i++) if (built.blocks[i] !== group[i] || built.starts[i] !== group[i].startLine) return false;
  return true;
}

function blocksKey(blocks: Block[]): string {
  let key = '';
  for (const b of blocks) key += `${b.id}@${b.startLine},`;
  return key;
}

function buildSection(group: Block[], lines: string[], key: string): SectionModel {
  const [first, ...rest] = group;
  const h = first.parse.heading!;
  const section: SectionModel = {
    key,
    ordinal: h.info.ordinal,
    heading: h.info,
    headingSpan: h.span,
    startLine: first.startLine,
    endLine: group[group.length - 1].endLine - 1,
    subHeadings: [...first.parse.subHeadings],
    // Written out field by field: a spread copy gave an object whose field writes below were slow.
    prose: {
      contentLines: first.parse.prose.contentLines,
      onlyEmptyMarker: first.parse.prose.onlyEmptyMarker,
      firstContentLine: first.parse.prose.firstContentLine,
      mentions: new Set(blockMentions(first, lines, h.info.ordinal)),
    },
    claims: [],
    sums: [],
    years: new Map(),
  };
  addNarrative(section, first, lines);
  for (const b of rest) {
    // A soft block continues the section above it.
    for (const sh of b.parse.subHeadings) section.subHeadings.push(sh);
    const p = section.prose;
    const q = b.parse.prose;
    if (q.contentLines > 0) {
      p.onlyEmptyMarker = (p.contentLines === 0 || p.onlyEmptyMarker) && q.onlyEmptyMarker;
      p.contentLines += q.contentLines;
      p.firstContentLine ??= q.firstContentLine;
    }
    const found = blockMentions(b, lines, section.ordinal);
    if (found.size) for (const m of found) p.mentions.add(m);
    addNarrative(section, b, lines);
  }
  return section;
}

/** Narrative statements and years of the report's first four sections (五 and 六 plan the future). */
const NARRATIVE_SECTIONS = new Set(['一', '二', '三', '四']);

function addNarrative(section: SectionModel, block: Block, lines: string[]): void {
  if (!NARRATIVE_SECTIONS.has(section.ordinal)) return;
  const n = blockNarrative(block, lines);
  for (const c of n.claims) section.claims.push(c);
  for (const x of n.sums) section.sums.push(x);
  const years = blockYears(block, lines);
  if (years.size) for (const [y, count] of years) section.years.set(y, (section.years.get(y) ?? 0) + count);
}

function looksLikeReport(title: TitleModel | undefined, sections: SectionModel[]): boolean {
  if (title && title.norm.includes('政府信息公开')) return true;
  return new Set(sections.map((s) => s.ordinal)).size >= 3;
}

const YEAR_RE = /((?:19|20)\d{2})\s*年/;
const WRAPPED_AT_YEAR = /^[\s\u00a0\u3000]*年/;
/** A title that starts with its year: the agency may be the line above (a page's `XX局<br>2023年…报告`). */
const YEAR_FIRST = /^[\s\u00a0\u3000#*]*(?:19|20)\d{2}\s*年/;
/** An agency's name alone on a line: short, no punctuation, digits or gaps, ending as agencies' names end. */
const AGENCY_LINE = new RegExp(`^[\\u4e00-\\u9fff（）()]{2,38}(?:${RECOGNITION.agency_endings.join('|')})$`);
const YEAR_AT_END = /(?:19|20)\d{2}[\s\u00a0\u3000]*$/;

const TITLE_FRAGMENTS = new Set(RECOGNITION.title_fragments.map(normalizeLabel));
/** Characters every title fragment has (告): a line without them cannot normalise to a fragment… */
const FRAGMENT_CHARS = [...(RECOGNITION.title_fragments[0] ?? '')].filter((c) => [...TITLE_FRAGMENTS].every((f) => f.includes(c)));
/** …unless NFKC could make them: radicals, enclosed and compatibility ideographs, astral characters. */
const COMPAT_IDEOGRAPH = /[\u2e80-\u2fdf\u3200-\u33ff\uf900-\ufaff\ud800-\udfff]/;

function mayBeFragment(text: string): boolean {
  return FRAGMENT_CHARS.every((c) => text.includes(c)) || COMPAT_IDEOGRAPH.test(text);
}

const TITLE_PHRASE = normalizeLabel(RECOGNITION.title_phrase);
/**
 * Not a title though it names one: page furniture around a report copied from a web page — a breadcrumb
 * (首页 > 政务公开 > …), a field (标题：…) — or a sentence (现将本机关2023年政府信息公开工作年度报告公布如下。).
 */
const NOT_A_TITLE = /[>›»：:。，；]/;
/** How far past a weak title candidate a line with the whole title phrase is looked for. */
const TITLE_LOOKAHEAD = 30;

/**
 * The title: the short preamble line with the whole title phrase (政府信息公开工作年度报告) that is no
 * breadcrumb or field of a web page — the first, unless others name other reports (below); failing that,
 * the first one naming 报告 or 政府信息公开 (a title cut by a line break, or worded otherwise). Then the
 * fragments of a title broken over lines.
 */
function findTitle(lines: string[], preamble: Block[]): TitleModel | undefined {
  const fragments = TITLE_FRAGMENTS;
  // (A loop, not flatMap: this runs on every keystroke that changes the preamble, as typing in section 一's heading does.)
  const prose: number[] = [];
  for (const b of preamble) for (const i of b.parse.proseLines) prose.push(i);
  let title: TitleModel | undefined;
  let strong = false;
  let looked = 0;
  /** Every line that holds a whole title: a web page may name several reports before the article. */
  const wholes = new Map<number, string>();
  for (const i of prose) {
    const text = lines[i];
    if (text.length > 120) continue; // a title is one short line
    // Once a title is found, only the short lines after it can be fragments of it or a better title (a
    // section 一 without its heading puts all its prose here: normalising every line cost more than the rest).
    const better = title && !strong && looked++ < TITLE_LOOKAHEAD && text.includes('报告');
    if (title && !better && !mayBeFragment(text)) continue;
    const norm = normalizeLabel(text);
    const whole = norm.includes(TITLE_PHRASE) && !NOT_A_TITLE.test(text);
    if (whole) wholes.set(i, norm);
    if (!title || (better && whole)) {
      if (whole || (!title && (norm.includes('报告') || norm.includes('政府信息公开')))) {
        title = titleAt(lines, i, norm);
        strong = whole;
      }
    } else if (fragments.has(norm)) {
      title.fragments.push({ line: i, start: 0, end: text.length });
    }
  }
  const nearest = strong && title ? nearestTitle(lines, wholes) : undefined;
  if (nearest !== undefined && title && wholes.get(nearest) !== title.norm) {
    const line = title.span.line;
    title = { ...titleAt(lines, nearest, wholes.get(nearest)!), fragments: title.fragments.filter((f) => f.line > nearest && f.line !== line) };
  }
  return title;
}

function titleAt(lines: string[], i: number, norm: string): TitleModel {
  const text = lines[i];
  const start = text.length - text.replace(/^[\s\u00a0\u3000#*\ufeff]+/, '').length;
  const end = text.replace(/[\s\u00a0\u3000*]+$/, '').length;
  // A title wrapped right after its year (pandoc wraps at 72 columns: `…审计署2022` / `年政府信息公开…`), or
  // broken after the agency's name: read with the line above; the place stays this line.
  const above = i > 0 ? lines[i - 1] : '';
  const wrapped = (WRAPPED_AT_YEAR.test(text) && YEAR_AT_END.test(above) && above.length <= 60 && !/[。；]/.test(above))
    || (YEAR_FIRST.test(text) && AGENCY_LINE.test(above.trim().replace(/^[#*]+\s*/, '').replace(/\*+$/, '')));
  const shownText = wrapped ? above.trim().replace(/^[#*\s]+/, '').replace(/\*+$/, '') + text.slice(start, end) : text.slice(start, end);
  const shownNorm = wrapped ? normalizeLabel(shownText) : norm;
  const y = YEAR_RE.exec(shownNorm);
  return { text: shownText, norm: shownNorm, span: { line: i, start, end }, year: y ? Number(y[1]) : undefined, fragments: [] };
}

/**
 * Of several lines naming whole reports, the report's own title is the one nearest its body that stands
 * alone: a web page's sidebar or related links (other years', other agencies' reports) come before the
 * article and as a list — titles on adjacent lines that differ. Undefined when every one is in such a list.
 */
function nearestTitle(lines: string[], wholes: Map<number, string>): number | undefined {
  if (wholes.size < 2) return undefined;
  const order = [...wholes.keys()];
  /** The next line that is not blank, from `line` in direction d (blank lines part a page's list items). */
  const neighbour = (line: number, d: number) => {
    let j = line + d;
    while (j >= 0 && j < lines.length && !lines[j].trim()) j += d;
    return j;
  };
  const listed = (line: number) => [-1, 1].some((d) => {
    const next = wholes.get(neighbour(line, d));
    return next !== undefined && next !== wholes.get(line);
  });
  for (let k = order.length - 1; k >= 0; k--) if (!listed(order[k])) return order[k];
  return undefined;
}

/** Without a title year: the first year named before section 二. */
function findYear(lines: string[], blocks: Block[]): number | undefined {
  let sections = 0;
  for (const b of blocks) {
    if (b.parse.heading && ++sections > 1) break;
    for (const i of b.parse.proseLines) {
      const m = YEAR_RE.exec(lines[i]);
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

/**
 * The format, decided by the columns and rows actually present: labels only the 2019 format has
 * (its fingerprints, a （六）其他处理 row with numbers) against labels only the 2021 format has.
 * One early 2019 cue (a wrapped PDF label leaving （六）其他处理 with the numbers of 1.…) is outvoted
 * by the 2021 columns and rows around it.
 */
function detectFormat(fragments: TableFragment[]): { format: FormatId | null; evidence?: TextCell } {
  if (fragments.length === 0) return { format: null };
  let evidence: TextCell | undefined;
  let old = 0;
  let recent = 0;
  for (const f of fragments) {
    const facts = formatFacts(f);
    old += facts.old;
    recent += facts.recent;
    evidence ??= facts.evidence;
  }
  return old > recent ? { format: '2019', evidence } : { format: '2021' };
}

/**
 * What one fragment tells of the format and of glued runs, asked of every fragment whenever a table changes (typing in
 * a cell): kept on the fragment, which is never changed once read, only moved with its block (its cells with it).
 */
interface FragmentFacts {
  /** Its 2019 fingerprints, its 2021-only words, and the first fingerprint. */
  format?: { old: number; recent: number; evidence?: TextCell };
  /** Whether a run of its numbers may be glued, for table 三's column count `n`. */
  glued?: { n: number; glued: boolean };
}
const fragmentFacts = new SideTable<TableFragment, FragmentFacts>('fragmentFacts');

function factsOf(f: TableFragment): FragmentFacts {
  let facts = fragmentFacts.get(f);
  if (!facts) fragmentFacts.set(f, facts = {});
  return facts;
}

const only2021 = (formats: readonly FormatId[]) => formats.length === 1 && formats[0] === '2021';

function formatFacts(f: TableFragment): { old: number; recent: number; evidence?: TextCell } {
  const facts = factsOf(f);
  if (facts.format) return facts.format;
  let evidence: TextCell | undefined;
  let old = 0;
  let recent = 0;
  for (const h of f.headers) {
    if (FINGERPRINTS.has(h.norm)) { old++; evidence ??= h; } else if (lookupColumn(h.norm)?.every((c) => only2021(c.formats))) recent++;
  }
  for (const t of f.subTitles) if (FINGERPRINTS.has(t.cell.norm)) { old++; evidence ??= t.cell; }
  for (const r of f.rows) {
    if (FINGERPRINTS.has(r.label.norm)) { old++; evidence ??= r.label; } else if (r.key === 'oth_process' && r.values.some((v) => v.text !== '')) { old++; evidence ??= r.label; } else if (only2021(r.exactIn)) recent++;
  }
  return facts.format = { old, recent, evidence };
}

/** PDF text with a row's numbers glued into one run (pdf-parse), or a table 三 row whose one number has a digit per column. */
function fragmentGlued(f: TableFragment, n: number): boolean {
  const facts = factsOf(f);
  if (facts.glued?.n !== n) facts.glued = { n, glued: gluedRows(f.rows) || f.rows.some((r) => gluedTable3Row(r, n)) };
  return facts.glued.glued;
}

function absentSpan(row: FoundRow): Span {
  const last = row.values.length ? row.values[row.values.length - 1].span : row.label.span;
  return { line: last.line, start: last.end, end: last.end };
}

/**
 * Assign a row's value cells to the table's columns. A row with exactly one field per column is read
 * by position (a Markdown table, a browser's copy of a web table: a trailing empty field is a blank
 * 总计, not padding) unless its table is known to be irregular (`grid: false`: rows of one table with
 * different field counts, as some Word conversions leave). Otherwise converters' padding is guessed at:
 * trailing blanks beyond the columns are dropped, then leading ones; a row with blanks but too few cells
 * lost its leading cells (merged labels, seed 004); a row of numbers that is simply too short is `short`
 * (a column is missing).
 */
export function resolveRow(row: FoundRow, columns: ColumnDef[], values: TextCell[] = row.values, grid = true): ResolvedRow {
  const n = columns.length;
  // One cell's digits spread apart on a line of their own (mutool: 行政许可 / 1 2 4): one number.
  if (values.length > n) values = joinedSpread(values, n) ?? joinedPairs(values, n) ?? values;
  // …and cells wide apart, several of them spread side by side (掌握相关政 1 1 4 1 0   0   0   2   0   126): joined only
  // where one joining holds the row's sums, else not read (./spread-runs.ts). (All one space apart: the branch below.)
  // Space-aligned text only: a tab or a pipe between two digits is a cell border, not widened spacing.
  if (values.length > n && row.style === 'spaced' && !oneSpaceApart(values)) {
    const total = columns[n - 1]?.key === 'total';
    const spread = spreadRunsReading(values, n, total ? (n % 5 === 0 && n > 5 ? groupsHold : totalHolds) : undefined);
    if (spread === 'unsure') row = spreadWith(row, { uncertain: true });
    else if (spread) values = spread;
  }
  // …but in table 二 (no sum to tell) one whose pieces would fill exactly the cells the row lacks (行政事业性收 / 5 0 / 费
  // under two columns: 50, or 5 and 0 one space apart as pdfplumber writes every row): which, nothing says; not read.
  if (row.table === 'table2' && values.length < n && values.some((v) => spreadPieces(v) === n - values.length + 1)) row = spreadWith(row, { uncertain: true });
  // …and a row short of its columns whose numbers are single digits one space apart (行政规范性文件 9 3 at a printout's
  // page foot, its 现行有效件数 above it): one number spread (93) or several, and which columns lack, nothing says.
  if (row.table === 'table2' && row.style === 'spaced' && values.length < n && values.length > 1 && /^[1-9]$/.test(values[0].text)
    && values.every((v) => /^[0-9]$/.test(v.text)) && oneSpaceApart(values)) row = spreadWith(row, { uncertain: true });
  // Counts one space apart read as one cell in a row short of its cells (`8 43`): split only where one way holds (./split-cells.ts).
  if (values.length < n && row.style === 'spaced' && columns[n - 1]?.key === 'total') {
    const split = splitSpacedCells(values, n, n % 5 === 0 && n > 5 ? groupsHold : totalHolds);
    if (split === 'unsure') row = spreadWith(row, { uncertain: true });
    else if (split) values = split;
  }
  // Digits spread one space apart among counts one space apart (pdfplumber): read only where one joining holds.
  if (values.length > n && row.style === 'spaced' && oneSpaceApart(values)) {
    const readings = spreadReadings(values, n);
    const total = columns[n - 1]?.key === 'total';
    const holds = total ? readings.filter((r) => (n % 5 === 0 && n > 5 ? groupsHold : totalHolds)(r.map((c) => Number(c.text)))) : readings;
    // The one reading whose total holds, or the only reading there is (its sums are then the table's) — unless, with
    // no total to tell, it joins the first number to the next and that first could be a 序号 column's (其他对外管理服务事 /
    // 2 0 0 43 / 项: 序号 2 and 0 0 43, or 20 0 43).
    // (The first number opening a line of numbers apart from the label; one right after the label on its line is no 序号.)
    const serialJoined = (r: TextCell[]) => !total && r[0].spread !== undefined && SERIAL_NUMBER.test(values[0].text) && values[0].span.line !== row.label.span.line;
    // …and with a total, a first number apart from the label whose joining breaks the total while dropping it makes the
    // total hold is a 序号 column's, the other rows' serials unread (（六）其他 / 21 0 0 0 0 0 0 0 / 处理: not 210).
    const serialApart = total && values.length === n + 1 && !holds.length && readings.length === 1 && readings[0][0].spread !== undefined
      && SERIAL_NUMBER.test(values[0].text) && values[0].span.line !== row.label.span.line && totalHolds(values.slice(1).map((c) => Number(c.text)));
    if (serialApart) values = values.slice(1);
    else if (holds.length === 1 && !(readings.length === 1 && serialJoined(readings[0]))) values = holds[0];
    else if (readings.length === 1 && !serialJoined(readings[0])) values = readings[0];
    else if (readings.length === 1) row = spreadWith(row, { uncertain: true });
    // Several readings: the row is not read — but one number too many beside a total is left for the total's
    // hint (可能是 10 被拆成了 1 和 0).
    else if (readings.length > 1 && (!total || values.length - n > 1)) row = spreadWith(row, { uncertain: true });
  }
  // One cell per line (PyMuPDF's PDF text, as a Word copy): one count past the row's cells may be the page
  // number a page ended with, which PDF text keeps and nothing marks there. The row is left unread.
  // A row ending in its total whose numbers came in reading order (PyMuPDF: 6.属于四 / 类过程 / 8 0 0 0 0 0 8 / 3 /
  // 性信息) sheds the one count whose dropping alone makes its total hold.
  if (values.length === n + 1 && n > 2 && columns[n - 1].key === 'total' && (row.scrambled || (row.style === 'cells' && pdfCells(row, values, n)))) {
    values = withoutOneCount(values, totalHolds) ?? values;
  }
  // Table 二 has no sum to tell: the last count is the page's number (or, in Word's text, the next row's 序号)
  // only when no other value could be one (行政事业性收费 / 0.00 / 2: a page is never numbered 0, nor with decimals).
  // (Each on a line of its own, indented or not: docx2txt centres its cells, Word's text indented with 　 shifts them.)
  const ownLines = row.table === 'table2' && row.style === 'cells' && cellsOnOwnLines(row, values, n);
  if (values.length === n + 1 && ownLines && !values.slice(0, n).some(mayBePageNumber)) {
    values = values.slice(0, n);
  }
  if (values.length > n && row.style === 'cells' && (pdfCells(row, values, n) || ownLines)) row = spreadWith(row, { uncertain: true });
  // Plain pdftotext output leaves no trace of a blank cell and page breaks move numbers: a count
  // that does not fill the row exactly cannot be placed.
  // … but for a blank cell the table's sums placed (structure/blank-cell.ts).
  const blankAt = row.blankAt !== undefined && values.length === n - 1 ? row.blankAt : undefined;
  // Text that keeps no trace of a blank cell (one cell per line, no empty line anywhere): a row short of its columns
  // has blank cells, which ones unknown, unless the table's sums placed its one blank (blankAt).
  const vanished = row.unplacedBlanks && values.length < n && blankAt === undefined;
  if (row.uncertain || vanished || (row.scrambled && values.length !== n && blankAt === undefined)) {
    // Values whose columns are unknown are not placed at all: no number lands in a wrong column.
    const span = absentSpan(row);
    const resolved: ResolvedRow = { key: row.key, row, cells: columns.map((column) => ({ column, value: BLANK_VALUE, span })), extra: [], short: false, uncertain: true };
    // Some cells are blank for sure, which ones the text does not say.
    if (row.unplacedBlanks && values.length > 0 && values.length < n && values.every((v) => v.text !== '')) resolved.blanksUnplaced = n - values.length;
    return resolved;
  }
  let extra: TextCell[] = [];
  let placed: (TextCell | undefined)[];
  let short = false;
  if (blankAt !== undefined) {
    // No cell stands there in the text, so none is offered to fill.
    placed = [...values.slice(0, blankAt), undefined, ...values.slice(blankAt)];
  } else if (values.length === n && (grid || row.style === 'pipe')) {
    placed = values;
  } else {
    let end = values.length;
    while (end > 0 && values[end - 1].text === '') end--;
    let core = values.slice(0, end);
    if (core.length >= n) {
      while (core.length > n && core[0].text === '') core = core.slice(1);
      extra = core.slice(n);
      placed = core.slice(0, n);
    } else if (core.some((v) => v.text === '')) {
      placed = [...new Array<undefined>(n - core.length), ...core];
    } else if (values.length >= n) {
      placed = values.slice(0, n);
    } else {
      placed = [...core, ...new Array<undefined>(n - core.length)];
      short = true;
    }
  }
  let fallback: Span | undefined;
  const cells: ResolvedCell[] = columns.map((column, i) => {
    const cell = placed[i];
    return { column, cell, value: cell ? inColumnUnit(parseCellValue(cell.text), column.label) : BLANK_VALUE, span: cell ? cell.span : (fallback ??= absentSpan(row)) };
  });
  return { key: row.key, row, cells, extra, short };
}

/**
 * Table 三's rows of one cell per line with one count past their cells (PyMuPDF: the page's number, see
 * pdfCells) whose first `n` numbers are the row's beyond doubt: they give the row its own total and every
 * sum of the table the row is in, column by column, with the other rows read whole. The count is dropped
 * then; a row that no such sum covers keeps it (and stays unread).
 */
function withoutPageNumbers(rows: FoundRow[], n: number, results: readonly string[]): FoundRow[] {
  // (The label may follow a parent's piece on its line: （三）不予 1.属于国家秘密.)
  const candidates = rows.filter((r) => (r.style === 'cells' || r.scrambled) && r.values.length === n + 1 && pdfCells({ ...r, label: { ...r.label, span: { ...r.label.span, start: 0 } } }, r.values, n));
  if (!candidates.length) return rows;
  const whole = new Map<string, number[]>();
  for (const r of rows) {
    if (r.uncertain || r.values.length !== n || whole.has(r.key)) continue;
    const v = r.values.map((c) => Number(c.text));
    if (v.every(Number.isFinite)) whole.set(r.key, v);
  }
  const sums = [{ plus: [...results], minus: ['result_total'] }, { plus: ['new_received', 'carried_over'], minus: ['result_total', 'carry_forward'] }];
  // Several such rows in one sum (two pages ending inside table 三) are taken together.
  const cut = new Map<string, number[]>();
  for (const r of candidates) {
    const own = r.values.slice(0, n).map((c) => Number(c.text));
    if (own.every(Number.isFinite) && totalHolds(own) && !whole.has(r.key) && !cut.has(r.key)) cut.set(r.key, own);
  }
  const value = (k: string) => whole.get(k) ?? cut.get(k);
  return rows.map((r) => {
    if (!candidates.includes(r) || !cut.has(r.key)) return r;
    const own = cut.get(r.key)!;
    const covering = sums.filter((e) => [...e.plus, ...e.minus].includes(r.key) && [...e.plus, ...e.minus].every((k) => value(k)));
    const hold = covering.every((e) => own.every((_, c) => e.plus.reduce((a, k) => a + value(k)![c], 0) === e.minus.reduce((a, k) => a + value(k)![c], 0)));
    return covering.length && hold ? { ...r, values: r.values.slice(0, n) } : r;
  });
}

/** One number more than cells, each alone at the start of its own line, the last a bare count (a page number's shape). */
function pdfCells(row: FoundRow, values: TextCell[], n: number): boolean {
  const filled = values.filter((v) => v.text !== '');
  if (filled.length !== n + 1 || row.label.span.start !== 0 || !/^[0-9]{1,3}$/.test(filled[n].text)) return false;
  return filled.every((v, i) => v.span.start === 0 && (i === 0 || v.span.line > filled[i - 1].span.line));
}

/** One number more than cells, each on a line of its own after the label's, however indented, the last a bare count. */
function cellsOnOwnLines(row: FoundRow, values: TextCell[], n: number): boolean {
  const filled = values.filter((v) => v.text !== '');
  if (filled.length !== n + 1 || !/^[0-9]{1,3}$/.test(filled[n].text)) return false;
  return filled.every((v, i) => v.span.line > (i === 0 ? row.label.span.line : filled[i - 1].span.line));
}

/** How many pieces a number spread one space apart was read from (`5 0`: 2), or 1. */
function spreadPieces(v: TextCell): number {
  const t = (v.spread ?? v.text).trim();
  return t.includes(' ') && /^[-0-9. ]+$/.test(t) ? t.split(/ +/).length : 1;
}

/** Whether a value could be a page's number: a count from 1 to 999 written plainly. */
function mayBePageNumber(v: TextCell): boolean {
  return /^[1-9][0-9]{0,2}$/.test(v.text);
}

/**
 * The values with each line of single digits one space apart (1 2 4, 1 . 7 1) joined into one number, when that
 * leaves exactly `n` values and every other value stands alone on its line (one cell per line); else undefined.
 */
function joinedSpread(values: TextCell[], n: number): TextCell[] | undefined {
  const out: TextCell[] = [];
  for (let i = 0; i < values.length; ) {
    let j = i + 1;
    while (j < values.length && values[j].span.line === values[i].span.line) j++;
    const run = values.slice(i, j);
    if (run.length > 1) {
      if (!run.every((v, k) => /^[0-9.]$/.test(v.text) && (k === 0 || v.span.start === run[k - 1].span.end + 1))) return undefined;
      const text = run.map((v) => v.text).join('');
      if (!/^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/.test(text)) return undefined;
      out.push(joinedCell(run, text));
    } else out.push(run[0]);
    i = j;
  }
  return out.length === n && out.length < values.length ? out : undefined;
}

/**
 * Space-aligned text of a row whose cells stand wide apart but one cell's digits one space apart (政府集中采购 6 6
 * …  162.2552: 66 spread by widened character spacing): each run of single digits one space apart joined, when
 * that, and only that, leaves exactly `n` values; else undefined.
 */
export function joinedPairs(values: TextCell[], n: number): TextCell[] | undefined {
  // Without two single digits one space apart on a line nothing is joined: every run is one value, `out` would be
  // `values` again, longer than `n` (this is asked only of a row with more values than columns): no answer.
  if (!hasSpreadPair(values)) return undefined;
  const out: TextCell[] = [];
  let wide = false;
  for (let i = 0; i < values.length; ) {
    let j = i + 1;
    while (j < values.length && /^[0-9]$/.test(values[j - 1].text) && /^[0-9]$/.test(values[j].text)
      && values[j].span.line === values[i].span.line && values[j].span.start === values[j - 1].span.end + 1) j++;
    if (j < values.length && values[j].span.line === values[j - 1].span.line && values[j].span.start > values[j - 1].span.end + 1) wide = true;
    const run = values.slice(i, j);
    const text = run.map((v) => v.text).join('');
    if (run.length > 1 && !/^[1-9][0-9]*$/.test(text)) return undefined;
    out.push(run.length === 1 ? run[0] : joinedCell(run, text));
    i = j;
  }
  return wide && out.length === n ? out : undefined;
}

/** Two single digits one space apart on one line: where joinedPairs's runs start. */
function hasSpreadPair(values: readonly TextCell[]): boolean {
  for (let j = 1; j < values.length; j++) {
    const a = values[j - 1];
    const b = values[j];
    if (a.text.length === 1 && b.text.length === 1 && b.span.line === a.span.line && b.span.start === a.span.end + 1 && /^[0-9]$/.test(a.text) && /^[0-9]$/.test(b.text)) return true;
  }
  return false;
}

function buildTable2(fragments: TableFragment[], format: FormatId, lines: readonly string[], glued = false, unordered = false): Table2Model | undefined {
  const parts = fragments.filter((f) => f.table === 'table2');
  if (!parts.length) return undefined;
  const subs = new Map<string, SubTableModel>();
  const defs = FORMATS[format].table2;
  const defOf = (r: FoundRow) => defs.find((d) => d.rows.some((x) => x.key === r.key) && (!r.sub || d.key === r.sub)) ?? defs.find((d) => d.rows.some((x) => x.key === r.key));
  const { mended, unsure } = table2Values(parts, defOf, lines, defs);
  // Text whose table 三 came out of order (pdfminer's blocks) with labels of table 二 that no number followed and
  // others that one did (行政许可 / 行政处罚 / 行政强制 / 行政事业性收费 / 7): the numbers went by block, not by row; a
  // number after a label is no sign it is that row's, and no sum says.
  const bare = bareLabels(parts, lines);
  const blockOrder = unordered && bare;
  // …save the rows whose numbers that order settles all the same (also where table 三 did not say the text is pdfminer's:
  // a bare label's row that no number followed may still be read so).
  const certain = bare ? columnwiseTable2(parts, format, lines) : undefined;
  const sub = (key: string, line: number): SubTableModel => {
    let s = subs.get(key);
    if (!s) { s = { key, headers: [], rows: new Map(), firstLine: line }; subs.set(key, s); }
    return s;
  };
  for (const f of parts) {
    for (const t of f.subTitles) {
      const s = sub(t.sub, t.cell.span.line);
      s.title ??= t.cell;
    }
    for (const h of f.headers) if (h.sub) sub(h.sub, h.span.line).headers.push(h);
    // Whether the fragment's rows of one sub-table are a regular grid: once per sub-table, not per row.
    const regular = new Map<string, boolean>();
    const isRegular = (rowSub: string | undefined, n: number): boolean => {
      const key = `${rowSub}|${n}`;
      let v = regular.get(key);
      if (v === undefined) regular.set(key, v = regularGrid(f.rows, n, { sub: rowSub }));
      return v;
    };
    for (const r of f.rows) {
      const def = defOf(r);
      if (!def) continue;
      const s = sub(def.key, r.firstLine);
      if (s.rows.has(r.key)) continue;
      const settled = blockOrder ? certain?.get(r.key) : undefined;
      if (settled) { s.rows.set(r.key, resolveRow(settled, def.columns)); continue; }
      // A minus sign only where the column is a change (本年增/减), decimals only in amounts (万元).
      const row = unsure?.has(r) || blockOrder ? spreadWith(r, { uncertain: true }) : glued ? unglued(r, def.columns.length, (v) => v.every((x, i) => fitsColumn(x, def.columns[i]))) : r;
      s.rows.set(r.key, resolveRow(row, def.columns, mended?.get(r) ?? row.values, isRegular(r.sub, def.columns.length)));
    }
  }
  // Rows settled whose labels the text gave no numbers beside (行政许可 / 行政处罚 …, their numbers elsewhere).
  for (const [key, row] of certain ?? []) {
    const def = defOf(row)!;
    const s = sub(def.key, row.firstLine);
    if (!s.rows.has(key)) s.rows.set(key, resolveRow(row, def.columns));
  }
  // With the numbers by box, a label standing alone in the table is its row, there and unread (its number lost or
  // elsewhere): not a row missing.
  if (certain?.size) {
    for (const def of defs) {
      for (const r of def.rows) {
        if (subs.get(def.key)?.rows.has(r.key)) continue;
        const label = labelCell(lines, parts[0].firstLine, parts[parts.length - 1].lastLine, r.label);
        if (!label) continue;
        const row: FoundRow = { table: 'table2', key: r.key, sub: def.key, label, official: r.label, exactIn: [format], values: [], firstLine: label.span.line, lastLine: label.span.line, style: parts[0].style, uncertain: true };
        sub(def.key, label.span.line).rows.set(r.key, resolveRow(row, def.columns));
      }
    }
  }
  return { subs, firstLine: parts[0].firstLine, lastLine: parts[parts.length - 1].lastLine, style: parts[0].style, ...(unordered ? { unreliable: true } : {}) };
}

/**
 * Whether numbers in stream order come row by row: at least half the labels are followed by their row
 * of numbers, or else most labels by whole rows (a page break leaves some labels without numbers and one
 * with the rows of a few). pdfminer gives a table column by column: a few numbers after some labels and
 * the rest in long runs, which no label's numbers can be read from.
 */
function rowOrdered(found: FoundRow[], n: number): boolean {
  let whole = 0;
  let odd = 0;
  let run = 0;
  let some = 0;
  for (const r of found) {
    const k = r.values.length;
    if (k === n || k === n - 1) whole++;
    else if (k % n !== 0) odd++;
    if (k > 0) some++;
    run = Math.max(run, k);
  }
  return whole * 2 >= found.length || (odd === 0 && run <= 4 * n && some * 2 >= found.length);
}

/**
 * The stream's numbers, cut into rows in the official order, give every row of the table whole and holding its total
 * (inStreamOrder has checked the table's sums): the numbers came row by row, whatever the labels' runs looked like
 * (a browser's printout: labels wrapped taller than their rows, several rows' numbers before their labels).
 */
function everyRowHolds(rows: FoundRow[] | undefined, all: number, n: number): boolean {
  return !!rows && rows.length === all && rows.every((r) => r.values.length === n && !r.uncertain && totalHolds(counts(r.values)));
}

function fitsColumn(x: number, c: ColumnDef): boolean {
  if (c.valueType === 'decimal>=0') return x >= 0;
  return Number.isInteger(x) && (x >= 0 || c.valueType === 'int');
}

/** A 序号 column's number one space before a label on its line (`1 规章`). */
const SERIAL_BEFORE_LABEL = /^\f?\s*[1-9][0-9]? (?=[^\s0-9])/;

/** Whether a line of table 二's span is a data row's label alone that no row was read from (行政许可 / 行政处罚 …). */
function bareLabels(parts: TableFragment[], lines: readonly string[]): boolean {
  const read = new Set(flatMapped(parts, (p) => p.rows.map((r) => r.label.span.line)));
  for (let i = parts[0].firstLine; i <= parts[parts.length - 1].lastLine && i < lines.length; i++) {
    if (read.has(i)) continue;
    // (Its 序号 before it, one space apart, is no number of its: `1 规章`, a printout's 序号 and label cells side by side.)
    const norm = normalizeLabel(lines[i].replace(SERIAL_BEFORE_LABEL, ''));
    if (norm && lookupDataRow(norm)?.some((r) => r.table === 'table2')) return true;
  }
  return false;
}

/**
 * Plain pdftotext output: table 二's rows' values mended — a row a page break split (./page-split.ts), a row whose
 * numbers stand one per line under its label line (./numbers-below.ts) — and the rows whose numbers a row above may
 * hold (unsure: left unread), each undefined when none.
 */
function table2Values(parts: TableFragment[], defOf: (r: FoundRow) => { columns: ColumnDef[] } | undefined, lines: readonly string[], defs: readonly SubTableDef[]): { mended?: Map<FoundRow, TextCell[]>; unsure?: Set<FoundRow> } {
  // A sub-table's last column given after the sub-tables (./late-column.ts): its rows' own numbers are the others.
  const late = lateColumns(defs, flatMapped(parts, (p) => p.rows), lines);
  const sized = flatMapped(parts, (p) => p.rows).filter((r) => r.values.length && defOf(r))
    .sort((a, b) => a.firstLine - b.firstLine).map((row) => ({ row, n: defOf(row)!.columns.length - (late.has(row) ? 1 : 0) }));
  let mended = sized.some((r) => r.row.scrambled) ? mendPageSplits(sized.filter((r) => r.row.scrambled), lines) : undefined;
  const spaced = sized.filter((r) => r.row.style === 'spaced');
  // (Or whose numbers may be one number's digits spread apart: see numbersBelow.)
  const short = spaced.filter((r) => { const v = mended?.get(r.row) ?? r.row.values; return v.length < r.n || !!spreadOnLine(v); });
  if (short.length) {
    const claimed = new Set<number>();
    for (const p of parts) for (const r of p.rows) for (const v of mended?.get(r) ?? r.values) claimed.add(v.span.line);
    mended = numbersBelow(short, lines, claimed, mended);
  }
  const unsure = spaced.length >= 2 ? sharedOut(spaced, (r) => mended?.get(r) ?? r.values) : new Set<FoundRow>();
  // A browser's printout read as plain text: a row of several numbers whose last ones come after the page's footer
  // (its address, 2/6) may have them out of column order (行政处罚 / 165 / 27 / …/2/6 / 2, for 165 2 27): unread.
  for (const { row } of spaced) {
    const v = mended?.get(row) ?? row.values;
    if (row.scrambled && v.length > 1 && furnitureBetween(lines, v[0].span.line, v[v.length - 1].span.line)) unsure.add(row);
  }
  // A row's numbers after a run of table 二's labels none of which took a number (行政许可 / … / 行政强制 / … /
  // 行政事业性收费 / 1100): a page's labels ran on past the row whose numbers follow, which one's they are the text does
  // not say. Unread.
  // (A label whose number the row before it took as one too many — 行政处罚 / 1113 / -2- / 16 / 行政强制, a page break
  // between — took its number: that row's surplus counts for as many labels.)
  for (const { row } of spaced) {
    if (!row.scrambled) continue;
    const before = sized.filter((r) => r.row.firstLine < row.firstLine).pop();
    const surplus = before ? Math.max(0, (mended?.get(before.row) ?? before.row.values).length - before.n) : 0;
    if (labelsBefore(lines, row.label.span.line, parts[0].firstLine) > surplus) unsure.add(row);
  }
  // A row's numbers with a column label of the table after them, then another number (pdfminer's boxes in column order:
  // 政府集中采购 / 0 / 2 / 采购总金额 / 0.00, the 2 another row's): which of them are the row's, the stream does not say.
  for (const { row } of spaced) {
    const v = mended?.get(row) ?? row.values;
    if (row.scrambled && v.length && headerThenNumber(lines, v[v.length - 1].span.line)) unsure.add(row);
  }
  // The late column joins the rows only where each of them has exactly the other columns' numbers.
  const rowsOf = (row: FoundRow) => [...late.keys()].filter((r) => defOf(r) === defOf(row));
  const whole = (row: FoundRow) => { const r = sized.find((x) => x.row === row); return !!r && !unsure.has(row) && (mended?.get(row) ?? row.values).length === r.n; };
  const joining = [...late].filter(([row]) => rowsOf(row).every(whole));
  for (const [row, cell] of joining) (mended ??= new Map()).set(row, [...(mended.get(row) ?? row.values), cell]);
  return { mended, unsure: unsure.size ? unsure : undefined };
}

/** Whether the lines after `line` give table 二 column labels, then a number (blank lines aside). */
function headerThenNumber(lines: readonly string[], line: number): boolean {
  let header = false;
  for (let i = line + 1; i < lines.length; i++) {
    const text = lines[i].replace(/^\f/, '').trim();
    if (!text) continue;
    if (header && RAW_VALUE.test(text)) return true;
    if (!lookupColumn(normalizeLabel(text))?.some((c) => c.table === 'table2')) return false;
    header = true;
  }
  return false;
}

/** Whether a row's numbers with the last moved first hold its total too, and read otherwise. */
function firstLastToo(values: readonly TextCell[]): boolean {
  const moved = [values[values.length - 1], ...values.slice(0, -1)];
  return totalHolds(counts(moved)) && moved.some((v, k) => v.text !== values[k].text);
}

/** How many other table 二 rows' labels stand on lines above `line`, back to the last number (or `from`). */
function labelsBefore(lines: readonly string[], line: number, from: number): number {
  let labels = 0;
  for (let i = line - 1; i >= from; i--) {
    const text = lines[i].replace(/^\f/, '').trim();
    if (/[0-9]/.test(text)) break;
    const norm = normalizeLabel(text);
    if (norm && lookupDataRow(norm)?.some((r) => r.table === 'table2')) labels++;
  }
  return labels;
}

/** A label's line ending in a count one space or more after its characters (一、本年新收政府信息 200). */
const COUNT_BESIDE_LABEL = /[\u4e00-\u9fff）] +[0-9]+$/;

/** Whether the text is a printout (its header or footer lines) in which some line of [from, to] holds a label and a count. */
function printedFirstsBeside(lines: readonly string[], from: number, to: number): boolean {
  let beside = false;
  for (let i = from; i <= to && i < lines.length && !beside; i++) beside = COUNT_BESIDE_LABEL.test(lines[i].trimEnd());
  return beside && lines.some((l) => isPrintFurniture(l.trim()));
}

/**
 * A printout's row whose numbers a page's footer and header cut, then the header's next pieces (0 / 0 / 0 / …url… / 6 /
 * 法 / 律 / 服 其 总 / … / 0 / 0 / 6, for 6 0 0 0 0 0 6): the numbers between the furniture and those pieces may be the
 * row's first cells, drawn late. Where taken to the front they also hold the row's total, which order is the row's
 * nothing proves.
 */
function afterFurnitureFirst(lines: readonly string[], values: readonly TextCell[]): boolean {
  for (let j = 1; j < values.length; j++) {
    if (!furnitureBetween(lines, values[j - 1].span.line, values[j].span.line)) continue;
    let e = j + 1;
    while (e < values.length && !wordsBetween(lines, values[e - 1].span.line, values[e].span.line)) e++;
    if (e >= values.length) return false;
    const moved = [...values.slice(j, e), ...values.slice(0, j), ...values.slice(e)];
    return totalHolds(counts(moved)) && moved.some((v, k) => v.text !== values[k].text);
  }
  return false;
}

/** A line of Chinese text between two lines (a header's pieces, not furniture). */
function wordsBetween(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (/[\u4e00-\u9fff]/.test(lines[i]) && !isPrintFurniture(lines[i].trim())) return true;
  return false;
}

/** Whether a printout's header or footer line (not a page number alone) stands between two lines. */
function furnitureBetween(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (isPrintFurniture(lines[i].trim())) return true;
  return false;
}

/**
 * Plain pdftotext output: a row that took whole rows of numbers more than its columns, among rows of
 * the official table that have none (their labels came before or after the numbers, as page breaks
 * order them): when that run of rows, in the official order, is exactly as many rows as the numbers
 * fill, the numbers are theirs in that order (the stream keeps rows in reading order). Else nothing moves.
 */
function inOfficialRows(found: FoundRow[], n: number, order: string[]): FoundRow[] {
  // Only plain pdftotext rows move: most tables have none, and need no index of their rows.
  if (!found.some((r) => r.scrambled)) return found;
  const byKey = new Map(found.map((r) => [r.key, r]));
  const count = (key: string) => byKey.get(key)?.values.length ?? -1;
  const given = new Map<string, TextCell[]>();
  for (const r of found) {
    const m = r.values.length / n;
    if (!r.scrambled || r.uncertain || m <= 1 || !Number.isInteger(m)) continue;
    let a = order.indexOf(r.key);
    let b = a;
    while (a > 0 && count(order[a - 1]) === 0) a--;
    while (b + 1 < order.length && count(order[b + 1]) === 0) b++;
    if (b - a + 1 !== m || order.slice(a, b + 1).some((k) => given.has(k) || byKey.get(k)!.uncertain)) continue;
    // One defect fails one row's total; rows of the run failing theirs say the numbers are not in row order (a
    // page's left column given after its other ones: 0 0 0 0 0 3 / 0 0 0 0 0 0 / 自然人 … / 3 0).
    let failing = 0;
    for (let j = 0; j < m; j++) if (!totalHolds(r.values.slice(j * n, (j + 1) * n).map((c) => Number(c.text)))) failing++;
    if (failing > 1) continue;
    for (let j = 0; j < m; j++) given.set(order[a + j], r.values.slice(j * n, (j + 1) * n));
  }
  return given.size ? found.map((r) => (given.has(r.key) ? { ...r, values: given.get(r.key)! } : r)) : found;
}

/**
 * Plain pdftotext output: numbers this row took may be another row's. So when the row above kept whole
 * rows of numbers more than its columns (those rows' labels came elsewhere: this label may have come
 * after its own numbers), or when the next row of the official table has none and its label comes after
 * this row's numbers.
 */
function shiftedRow(found: FoundRow[], k: number, n: number, order: string[]): boolean {
  const r = found[k];
  if (!r.scrambled) return false;
  const above = found[k - 1];
  if (above?.scrambled && above.values.length > n && above.values.length % n === 0) return true;
  // …or when the row above kept fewer numbers than its columns and this row's own total fails: the rest of the
  // row above flowed into this one (a page's columns out of reading order), which then holds no row's numbers.
  if (above?.scrambled && above.values.length > 0 && above.values.length < n && r.values.length === n && !totalHolds(counts(r.values))) return true;
  // …or when its first number alone stands above its label, the row above having all of its own, and its total fails:
  // that number may be a page's (PyMuPDF keeps a page number as a lone line, no page break), this row short of a blank.
  if (above?.values.length === n && r.values.length === n && r.values[0].span.line < r.label.span.line && r.values[1].span.line > r.label.span.line
    && !totalHolds(counts(r.values))) return true;
  // The next row of the official table, wherever the stream put its label: without numbers, and its
  // label after this row's numbers and other rows, they may be its own (3.其他 after 2.申请人逾期…'s numbers).
  const next = order[order.indexOf(r.key) + 1];
  const below = found.find((x) => x.key === next);
  if (!below || below.values.length !== 0 || below.label.span.line <= r.lastLine) return false;
  // Right after this row its label is simply the next one; further on, past other rows, it was displaced.
  const at = below.label.span.line;
  return found.some((x) => x !== below && x.label.span.line > r.lastLine && x.label.span.line < at);
}

/** Table 三's row keys of each format, gathered once (buildTable3 asks on every check). */
const TABLE3_KEYS = new Map<FormatId, ReadonlySet<string>>();
function table3Keys(format: FormatId): ReadonlySet<string> {
  let keys = TABLE3_KEYS.get(format);
  if (!keys) TABLE3_KEYS.set(format, (keys = new Set(FORMATS[format].table3Rows.map((r) => r.key))));
  return keys;
}

function buildTable3(fragments: TableFragment[], format: FormatId, glued = false, lines: readonly string[] = []): Table3Model | undefined {
  const parts = fragments.filter((f) => f.table === 'table3');
  if (!parts.length) return undefined;
  const fmt = FORMATS[format];
  const known = table3Keys(format);
  const rows = new Map<string, ResolvedRow>();
  const headers = flatMapped(parts, (f) => f.headers);
  const grid = parts.every((f) => regularGrid(f.rows, fmt.table3Columns.length, { keys: known }));
  const n = fmt.table3Columns.length;
  const order = fmt.table3Rows.map((r) => r.key);
  let inText = flatMapped(parts, (f) => f.rows.filter((r) => known.has(r.key))).sort((a, b) => a.firstLine - b.firstLine);
  // The rows as read (cut from glued runs, or given their numbers by the stream's order) are copies of the
  // fragments' rows: known by their label's place.
  const inPart = (p: TableFragment, r: FoundRow) => p.rows.some((x) => x.key === r.key && x.firstLine === r.firstLine);
  const together = (a: FoundRow, b: FoundRow) => parts.some((p) => inPart(p, a) && inPart(p, b));
  if (glued) inText = ungluedTable3(inText, n, fmt.table3ResultRows, together);
  if (!glued) inText = withoutPageNumbers(inText, n, fmt.table3ResultRows);
  if (!glued) inText = withoutSerialColumn(inText, n, order);
  if (!glued) inText = withoutNextSerial(inText, n, lines);
  if (!glued) inText = withoutExpectedSerial(inText, n, lines);
  const unfound = {
    row: (key: string, values: TextCell[]): FoundRow => unfoundRow(inText[0], fmt.table3Rows.find((d) => d.key === key)!.label, key, format, values),
    loose: inText.some((r) => r.scrambled) ? looseNumbers(inText, lines, parts[0].firstLine, parts[parts.length - 1].lastLine) : [],
    besideLabel: (v: TextCell) => besideLabel(lines, v),
  };
  // Every row of the table in the numbers though some labels were not found; else the rows found, as the stream gives them.
  const whole = inWholeTable(inText, n, order, fmt.table3ResultRows, unfound);
  const streamed = whole ? undefined : inStreamOrder(inText, n, order, fmt.table3ResultRows);
  const assembled = whole ?? withVanishedBlank(streamed ?? inOfficialRows(inText, n, order), n, fmt.table3ResultRows);
  // Rows of spread digits that join two ways, each holding its total: the table's other sums choose (pdfplumber).
  const found = glued ? assembled : withSpreadSettled(assembled, n, fmt.table3ResultRows);
  let firstsBeside: boolean | undefined;
  for (const [k, r] of found.entries()) {
    if (rows.has(r.key)) continue;
    // A printout's row given by the stream alone, its first after its run — on both sides of a page's footer and header
    // (（六）其他处理 3.其他 / 0 0 0 0 0 1 / …4/6 / 1, for 1 0 0 0 0 0 1), or right after it where other rows' firsts stand
    // beside their labels and this one's does not (一、本年新收政府信息 200 / … / 三、 （一）予以公开 / 0 0 0 0 0 84 / 84,
    // for 84 0 0 0 0 0 84; printed-firsts.ts): where its last number taken as its first holds the row's total as well,
    // which order is the row's nothing proves.
    const overPage = !whole && r.scrambled && r.values.length === n && ((firstLastToo(r.values)
      && (furnitureBetween(lines, r.values[0].span.line, r.values[n - 1].span.line)
        || (r.values[0].span.line !== r.label.span.line && (firstsBeside ??= printedFirstsBeside(lines, parts[0].firstLine, parts[parts.length - 1].lastLine)))))
      || afterFurnitureFirst(lines, r.values));
    // …and one a count more than its columns whose first count alone stands before a printout's page footer, the others
    // past the next page's header (…url… / 1 / 3/7 / … / 0 0 0 0 0 0 0, for 1 0 0 0 0 blank 1): a printout numbers its
    // pages in its footer, so that count is a cell, no page number to drop, and which counts are another row's nothing proves.
    const acrossPage = r.scrambled && r.values.length === n + 1 && furnitureBetween(lines, r.values[0].span.line, r.values[1].span.line);
    const firstBeside = firstLeftBesideLabel(r, found, lines);
    const column = columnReadAsRow(r, n, fmt.table3Columns.map((c) => c.label), lines);
    const clustered = clusteredAmongEven(r, found, n) || blanksWithCountsBelow(r, n, lines);
    rows.set(r.key, resolveRow(overPage || acrossPage || firstBeside || column || clustered || shiftedRow(found, k, n, order) ? spreadWith(r, { uncertain: true }) : r, fmt.table3Columns, r.values, grid));
  }
  // Numbers in stream order that break the table's sums in many places (a defect breaks two at most)
  // were given to rows not theirs (pdfminer reads a table column by column): none of them is read.
  const stream = glued || parts.some((p) => p.scrambled);
  // (Tables 二 and 四 are told of the stream's shape alone: every row holding vouches for table 三's order, not theirs.)
  const shapeUnordered = stream && !whole && !rowOrdered(inText, n);
  const unordered = shapeUnordered && !everyRowHolds(streamed, order.length, n);
  // pdfminer's column-by-column numbers, where the counts per page and the sums settle them (tables/columnwise.ts).
  const proven: { broken?: Table3Model['provenBroken'] } = {};
  const columnwise = unordered ? columnwiseRows(inText, lines, format, parts[0].firstLine, parts[parts.length - 1].lastLine, proven) : undefined;
  const doubtful = !columnwise && ((stream && (unordered || brokenSums([...rows.values()].filter((r) => !r.uncertain).map((r) => r.row), n, fmt.table3ResultRows, true) > 2))
    || valuesApart(headers, rows, lines, parts[parts.length - 1].lastLine));
  // A browser's printout in plain pdftotext: its blocks of rows and columns, where exactly one table keeps every sum.
  // Also where the rows found are few (their labels cut apart from their numbers), when it agrees with every row read whole.
  const few = !doubtful && !columnwise && stream && rows.size < order.length;
  const agrees = (table: FoundRow[]) => table.every((t) => { const r = rows.get(t.key)?.row; return !r || r.uncertain || r.values.length !== n || r.values.every((v, k) => v.text === t.values[k]?.text); });
  let banded = (doubtful || few) && stream && !whole ? bandedRows(inText, lines, format, parts[0].firstLine, parts[parts.length - 1].lastLine) : undefined;
  if (banded && few && !agrees(banded)) banded = undefined;
  if (columnwise ?? banded) {
    const read = (columnwise ?? banded)!;
    // A row the reading found left out has no numbers: none its label's stream gave it stands.
    for (const key of rows.keys()) if (!read.some((r) => r.key === key)) rows.delete(key);
    for (const r of read) rows.set(r.key, resolveRow(r, fmt.table3Columns, r.values, grid));
  } else if (doubtful) {
    for (const [key, r] of rows) rows.set(key, resolveRow(spreadWith(r.row, { uncertain: true }), fmt.table3Columns));
  }
  const style = mostCommonStyle(flatMapped(parts, (p) => p.rows.map((r) => r.style))) ?? parts[0].style;
  // Glued numbers come with labels in stream order too: a label not found may be a row read nowhere.
  const unreliable = glued || ((stream || !headers.length) && [...rows.values()].some((r) => r.uncertain));
  // Where the stream gave some rows numbers that are not theirs, a row whose own total fails right after a row of the
  // official order that was not read (absent, unread or short) may have taken a number of it (a printout's narrow page:
  // 属于三类内部事务信息 0 not found, then 6.属于四类过程性信息 / 0 0 0 0 0 1 10): unread too, not a row-total error.
  if (unreliable && stream) {
    for (const [key, r] of rows) {
      const above = rows.get(order[order.indexOf(key) - 1]);
      const unreadAbove = !above || above.uncertain || above.row.uncertain || above.row.values.length < n;
      if (unreadAbove && !r.row.uncertain && r.row.values.length === n && !totalHolds(counts(r.row.values))) rows.set(key, resolveRow(spreadWith(r.row, { uncertain: true }), fmt.table3Columns));
      // …and a row the stream gave fewer numbers than the table's columns (a printout's 总计 column set apart with its
      // header: 总计 / 1 / 24 / 0, the last cells of three rows, read as a row 总计 of three counts): which columns they
      // are in, nothing says. Unread, not placed from the left.
      else if (!r.row.uncertain && r.short && r.row.blankAt === undefined) rows.set(key, resolveRow(spreadWith(r.row, { uncertain: true }), fmt.table3Columns));
    }
  }
  const absent = unreliable ? provenAbsent(found, rows, n, order, together) : undefined;
  for (const [key, r] of rows) rows.set(key, spanningValues(r));
  return { rows, headers, placeholderHeader: parts.some((f) => !!f.placeholderHeader), firstLine: parts[0].firstLine, lastLine: parts[parts.length - 1].lastLine, style, ...(unreliable ? { unreliable } : {}), ...(shapeUnordered ? { unordered: true } : {}), ...(absent?.size ? { provenAbsent: absent } : {}), ...(proven.broken ? { provenBroken: proven.broken } : {}) };
}

/** How far past table 三's labels its header and numbers are looked for (a page's worth of lines). */
const APART_REACH = 60;
const APART_HEADER = new Set(['申请人情况', '法人或其他组织']);

/**
 * Table 三's labels with neither its header nor a single number, its header's group words standing after them: the
 * header and the numbers were given apart from the labels (pdfminer may give a page's table cells after the page's
 * other text, past the next part's heading at the page's foot). Its rows are unread, not blank.
 */
function valuesApart(headers: readonly unknown[], rows: Map<string, ResolvedRow>, lines: readonly string[], last: number): boolean {
  if (headers.length || !rows.size || [...rows.values()].some((r) => r.row.values.some((v) => v.text !== ''))) return false;
  const labelsEnd = Math.max(...[...rows.values()].map((r) => r.row.lastLine));
  for (let i = labelsEnd + 1; i < Math.min(lines.length, Math.max(last, labelsEnd) + APART_REACH); i++) if (APART_HEADER.has(normalizeLabel(lines[i]))) return true;
  return false;
}

/**
 * Text that keeps no trace of a blank cell, read in row order (one cell per line, no empty line anywhere): the one
 * row a number short has its blank where the table's sums alone put it (structure/blank-cell.ts), as in plain
 * pdftotext; with two such rows, or sums that leave more than one column, it stays unread.
 */
function withVanishedBlank(found: FoundRow[], n: number, results: readonly string[]): FoundRow[] {
  const short = found.filter((r) => r.unplacedBlanks && !r.scrambled && !r.uncertain && r.values.length < n);
  if (short.length !== 1 || short[0].values.length !== n - 1) return found;
  const column = blankColumn(found, short[0], n, results);
  return column === undefined ? found : found.map((r) => (r === short[0] ? { ...r, blankAt: column } : r));
}

/**
 * Whether a row's label stands on a line of its own right after a run of its page's numbers, its one number on a line of
 * its own after it (pdfminer's boxes: … 1 / 1 7 / 0 / （七）总计 / 1 5 / 四、结转下年度 / 0 — a label's box with its first count, put
 * after the runs, that count out of its run): the page is not runs alone, the readings tables/proven-sums.ts weighs may
 * all miss the text's, and a sum failing in each of them proves nothing (fresh variant seed 9750 v030: a false row-total
 * on （七）总计). (A label followed by several numbers is the runs' own order.)
 */
function labelAmidRuns(found: readonly FoundRow[], lines: readonly string[], n: number): boolean {
  return found.some((r) => {
    const [v] = r.values;
    if (r.values.length !== 1 || /[0-9０-９]/.test(lines[r.firstLine] ?? '') || v.span.line <= r.firstLine || !LONE_COUNT_LINE.test(lines[v.span.line] ?? '')) return false;
    // (Right after a run: a column's worth of lone counts, blank lines aside, before the label. A label with its count
    // among other labels with theirs is pdfminer's first column, which the readings weigh: fresh variant seed 9991 v036.)
    let run = 0;
    for (let i = r.firstLine - 1; i >= 0 && run < n; i--) {
      if (!lines[i].trim()) continue;
      if (!LONE_COUNT_LINE.test(lines[i])) break;
      run++;
    }
    return run >= n;
  });
}

/** A line holding one count and nothing else (its digits maybe spread: `1 5`). */
const LONE_COUNT_LINE = /^\f?\s*[0-9](?: ?[0-9])*\s*$/;

/** Table 三's rows, every one found, with the numbers read column by column; undefined unless that reading is certain. */
function columnwiseRows(found: FoundRow[], lines: readonly string[], format: FormatId, from: number, to: number, proven: { broken?: Table3Model['provenBroken'] }): FoundRow[] | undefined {
  const fmt = FORMATS[format];
  const n = fmt.table3Columns.length;
  const order = fmt.table3Rows.map((r) => r.key);
  const results = fmt.table3ResultRows;
  const byKey = new Map(found.map((r) => [r.key, r]));
  if (!lines.length || !found.length || byKey.size !== found.length) return undefined;
  // A browser's printout (its header and footer on every page) reflows the table to the page, and plain
  // pdftotext gives its cells in an order of neither rows nor columns: a row of the results moved to another
  // keeps every sum there. Its numbers are not read this way.
  if (lines.some((l) => isPrintFurniture(l))) return undefined;
  // The table's lines: pdfminer may give a page's numbers before any of its labels.
  const first = Math.min(from, ...found.map((r) => r.firstLine));
  const last = Math.max(to, ...found.map((r) => Math.max(r.lastLine, ...r.values.map((v) => v.span.line))));
  const values = tableNumbers(lines, first, last);
  // Every number the rows took must be among them, or the text holds numbers this reading does not know.
  const at = new Set(values.map((v) => `${v.span.line}:${v.span.end}`));
  if (found.some((r) => r.values.some((v) => !at.has(`${v.span.line}:${v.span.end}`)))) return undefined;
  const feeds: number[] = [];
  for (let i = 1; i < lines.length; i++) if (lines[i].startsWith('\f')) feeds.push(i);
  const pageOf = (line: number) => { let p = 1; for (const f of feeds) if (f <= line) p++; return p; };
  const numbered = pageNumberLines(lines);
  // Pages numbered `- 3 -` each: a bare 3 on page 3 is a cell.
  const marked = markedOnEveryPage(lines);
  const labelled = labelledColumns(lines, values, fmt.table3Columns.map((c) => c.label));
  // The table's rows `keys` (the official ones, or all but one the agency left out) read from the numbers.
  const inputFor = (keys: readonly string[], absent: boolean): ColumnwiseInput => {
    const rowAt = new Map(keys.map((k, i) => [k, i]));
    return {
      values, pageOf, rows: keys, columns: n,
      isPageNumber: (v) => numbered.has(v.span.line) || (!marked && Number(v.text) === pageOf(v.span.line)),
      rowHolds: (cells) => totalHolds(cells.map((c) => Number(c.text))),
      // A row left out is in no sum: the results present must add up to their total without it.
      brokenSums: (rows) => brokenSums(keys.map((k) => ({ ...(byKey.get(k) ?? found[0]), key: k, values: rows.get(k)! })), n, results, !absent),
      columnHolds: (cells) => columnBroken((k) => { const i = rowAt.get(k); return i === undefined ? undefined : Number(cells[i].text); }, results) === 0,
      labelled,
      grouped: flatMapped(fmt.table3Columns, (c, i) => (c.group ? [i] : [])),
      grounded: (page) => groundedInOrder(lines, page, n),
    };
  };
  const readRows = (keys: readonly string[], absent: boolean) => readColumnwise(inputFor(keys, absent));
  let read = readRows(order, false);
  // Not read whole: the sums that fail however it is read (tables/proven-sums.ts) are said all the same.
  if ((!read || [...read.values()].some((cells) => !cells.length)) && !labelAmidRuns(found, lines, n)) {
    const broken = brokenInEveryReading(inputFor(order, false), TABLE3_BALANCE.map((k) => order.indexOf(k)) as [number, number, number, number]);
    if (broken?.rowTotal) proven.broken = { rowTotal: { key: order[broken.rowTotal.row], numbers: broken.rowTotal.numbers } };
    if (broken?.totalBalance) proven.broken = { totalBalance: broken.totalBalance };
  }
  // One row whose label is nowhere in the text and whose numbers are not there either (one row's worth fewer):
  // the agency left it out, when the others read so hold every sum without it.
  const unlabelled = order.filter((k) => !byKey.has(k));
  if (!read && unlabelled.length === 1) read = readRows(order.filter((k) => k !== unlabelled[0]), true);
  if (!read) return undefined;
  return fmt.table3Rows.filter((def) => read.has(def.key)).map((def) => {
    const values = read.get(def.key)!;
    // A row whose label was not found (cut by a page, or a parent's own row): its numbers stand in their place all the same.
    // A row unfound and unsettled is placed at the first row's label: it has no numbers of its own to stand at.
    const { uncertain: _u, scrambled: _s, ...row } = byKey.get(def.key) ?? unfoundRow(found[0], def.label, def.key, format, values.length ? values : [found[0].label]);
    // A row whose columns under 法人或其他组织 could trade places (tables/columnwise.ts): there, unread.
    return values.length ? { ...row, values } : { ...row, values, uncertain: true };
  });
}

/** How far past table 三's last label its last blocks of numbers are looked for (a page's totals at its foot). */
const BANDS_REACH = 400;
/**
 * Part 四's heading (政府信息公开行政复议…, 因政府信息公开工作被申请行政复议…), not table 三's row 四、结转下年度继续办理 —
 * at a line's start, or in full after table 四's vertical header words poppler put first (况行政复议四、因政府信息公开…).
 */
const NEXT_PART = /^四、(?!结转)|四、(?:因政府信息公开工作被申请|政府信息公开)行政复议/;

/**
 * Table 三's rows from a browser's printout in plain pdftotext (structure/printed-bands.ts): the numbers from the table's
 * first line to the next part's heading, read where exactly one table keeps every sum; undefined otherwise.
 */
function bandedRows(found: FoundRow[], lines: readonly string[], format: FormatId, from: number, to: number): FoundRow[] | undefined {
  const fmt = FORMATS[format];
  const n = fmt.table3Columns.length;
  const order = fmt.table3Rows.map((r) => r.key);
  if (!lines.length || !found.length || !lines.some((l) => isPrintFurniture(l))) return undefined;
  const at = (key: string) => order.indexOf(key);
  const balance = TABLE3_BALANCE.map(at);
  if (balance.some((i) => i < 0)) return undefined;
  // The table's numbers end where the next part begins: its heading (四、政府信息公开行政复议…) after the last label.
  let end = Math.min(lines.length - 1, to);
  for (let i = to + 1; i < Math.min(lines.length, to + BANDS_REACH); i++) {
    if (NEXT_PART.test(lines[i].replace(/^\f/, '').trim())) break;
    end = i;
  }
  const numbered = pageNumberLines(lines);
  const skip = (i: number) => numbered.has(i) || isPrintFurniture(lines[i]);
  // The names under 法人或其他组织 (商业企业 …): repeated within a page, a column's cells follow (./printed-bands.ts).
  const items = bandItems(lines, from, end, skip, flatMapped(fmt.table3Columns, (c) => (c.group ? [c.label] : [])));
  // Every number the rows took must be among the blocks', or the text holds numbers this reading does not know.
  const taken = new Set(flatMapped(items, (it) => ('beside' in it ? [it.beside] : it.lines.flat())).map((v) => `${v.span.line}:${v.span.end}`));
  // A number whose span does not give its text (cut from a glued run of a row's numbers) is known by its line only.
  const placed = (v: TextCell) => (lines[v.span.line] ?? '').slice(v.span.start, v.span.end) === v.text;
  if (found.some((r) => r.values.some((v) => (placed(v) ? !taken.has(`${v.span.line}:${v.span.end}`) : v.span.line < from || v.span.line > end)))) return undefined;
  const sums = { results: fmt.table3ResultRows.map(at), resultTotal: balance[2], balance: balance as [number, number, number, number] };
  // Each cell a block of its own, the rows' firsts apart from their runs (./printed-firsts.ts).
  let defs = fmt.table3Rows;
  // A 序号 column's numbers, each before its row's label, are no cells (./serial-bands.ts).
  const unbound = withoutSerialItems(items, lines, skip, order.length, from, end);
  const cells = labelRows(unbound, lines, defs.map((d) => d.label));
  const why: { reason?: string } = {};
  let table = readBands(cells, order.length, n, sums, why) ?? readFirstsPooled(cells, lines, skip, order.length, n, sums);
  // One row's label without a trace in the table's lines (./label-traces.ts), a row's worth of numbers fewer: the
  // report left it out, when the other rows read so keep every sum without it (a result row, not one of the balance).
  const absent = table ? undefined : rowWithoutTrace(defs.map((d) => d.label), lines, from, end);
  if (absent !== undefined && !balance.includes(absent)) {
    defs = defs.filter((_, i) => i !== absent);
    const shift = (i: number) => (i > absent ? i - 1 : i);
    const results = fmt.table3ResultRows.map(at).filter((i) => i !== absent).map(shift);
    const without = { results, resultTotal: shift(balance[2]), balance: balance.map(shift) as [number, number, number, number] };
    // The bands again, where weighing them with every row did not run out of steps (one row fewer would as well).
    const left = labelRows(unbound, lines, defs.map((d) => d.label));
    table = (why.reason === 'too many steps' ? undefined : readBands(left, defs.length, n, without)) ?? readFirstsPooled(left, lines, skip, defs.length, n, without);
  }
  if (!table) return undefined;
  const byKey = new Map(found.map((r) => [r.key, r]));
  return defs.map((def, i) => {
    const values = table[i];
    const { uncertain: _u, scrambled: _s, ...row } = byKey.get(def.key) ?? unfoundRow(found[0], def.label, def.key, format, values.length ? values : [found[0].label]);
    // The row spans its label's lines and its numbers' (a page's totals at its foot), as a diagnostic on its total is its.
    const lastLine = Math.max(row.lastLine, ...values.map((v) => v.span.line));
    // A row the readings of a table with one defect disagree on (./printed-bands.ts): unread.
    return { ...row, label: bandLabel(row.label, def.label), lastLine, values, ...(values.length ? {} : { uncertain: true }) };
  });
}

/** Fewer of a label's first characters than this on a line do not tell its row (`三方合法 0` is a label's middle). */
const LABEL_START = 5;

/**
 * The items with each number beside a label's first words (`1.信访举报投诉类申请 1`) bound to that label's row — the
 * row whose label alone begins with the line's words: a printed row's number and label share its line.
 */
function labelRows(items: readonly PagedBandItem[], lines: readonly string[], labels: readonly string[]): PagedBandItem[] {
  const names = labels.map((l) => l.replace(/\s+/g, ''));
  return items.map((it) => {
    if (!('beside' in it)) return it;
    const words = (lines[it.beside.span.line] ?? '').slice(0, it.beside.span.start).replace(/\s+/g, '');
    if (words.length < LABEL_START) return it;
    const rows = flatMapped(names, (name, r) => (name.startsWith(words) ? [r] : []));
    return rows.length === 1 ? { ...it, row: rows[0] } : it;
  });
}

/** Numbers standing in a label's text, each after a space (`1.本机关不掌 握相关政府信 16 0`). */
const NUMBERS_IN_LABEL = /\s+[0-9]+(?=\s|$)/g;

/**
 * A banded row's label as the rows' reader joined it from wrapped lines: a line's numbers beside the label's words came
 * in (`1.本机关不掌握相关政府信 16 0`), and its last words on a line below them were left out (息). Without the numbers,
 * a beginning of the official label is named by it; other words stay as written (a typo is the label's own).
 */
function bandLabel(label: TextCell, official: string): TextCell {
  const words = label.text.replace(NUMBERS_IN_LABEL, '').trim();
  if (words === label.text.trim()) return label;
  const text = normalizeLabel(official).startsWith(normalizeLabel(words)) ? official : words;
  return { ...label, text, norm: normalizeLabel(text) };
}

/** How far a label's block of lines is looked through (a label wrapped over a cell's lines). */
const BLOCK_REACH = 12;

/**
 * Whether a number stands on a line of a label's words (类过程性 0), or alone in one block of lines with a label — plain
 * pdftotext gives a block (lines without an empty one between) for what stands together on the page: a row's first
 * number with the label beside it (96 / 三、（一）予以公开 / 本年 …), where its other numbers are blocks of their own.
 */
function besideLabel(lines: readonly string[], v: TextCell): boolean {
  const text = (i: number) => (lines[i] ?? '').replace(/^\f/, '').trim();
  if ((lines[v.span.line] ?? '').slice(0, v.span.start).replace(/^\f/, '').trim() !== '') return true;
  const wordy = (t: string) => t !== '' && !/^[0-9 ]+$/.test(t) && !isPrintFurniture(t);
  for (const step of [-1, 1]) {
    for (let i = v.span.line + step, k = 0; k < BLOCK_REACH && text(i) !== ''; i += step, k++) if (wordy(text(i))) return true;
  }
  return false;
}

/** The numbers in a table's lines that no row took, page furniture and page numbers left out. */
function looseNumbers(found: FoundRow[], lines: readonly string[], from: number, to: number): TextCell[] {
  if (!lines.length) return [];
  const taken = new Set(flatMapped(found, (r) => r.values.map((v) => v.span.line)));
  const numbered = pageNumberLines(lines);
  return tableNumbers(lines, from, to).filter((v) => !taken.has(v.span.line) && !numbered.has(v.span.line) && !isPrintFurniture(lines[v.span.line]));
}

/** A row whose label was not found, read from its numbers' place: its label the official one, where its first number stands. */
function unfoundRow(like: FoundRow, label: string, key: string, format: FormatId, values: TextCell[]): FoundRow {
  const { uncertain: _u, blankAt: _b, oneBlank: _o, unplacedBlanks: _p, ...rest } = like;
  return {
    ...rest, key, official: label, exactIn: [format], firstLine: values[0].span.line, lastLine: values[values.length - 1].span.line, values,
    label: { text: label, norm: normalizeLabel(label), span: { ...values[0].span, end: values[0].span.start } },
  };
}

/** Whether some row holds a glued run that is not digits one space apart joined by the rows' reader (`spread`). */
function extractorGlued(rows: readonly FoundRow[], n: number): boolean {
  const own = rows.map((r) => (r.values.some((v) => v.spread) ? { ...r, values: r.values.filter((v) => !v.spread) } : r));
  return gluedRows(own) || own.some((r) => gluedTable3Row(r, n));
}

/** A table 三 row whose only value is a run of at least one digit per column: no count in that table runs so long. */
function gluedTable3Row(r: FoundRow, n: number): boolean {
  return r.table === 'table3' && r.values.length === 1 && r.values[0].text.length >= n && /^[0-9]+$/.test(r.values[0].text);
}

/**
 * PDF text in reading order (plain pdftotext, PyMuPDF) puts a page's number among table 四's numbers,
 * where nothing marks it: one count too many. It is dropped when every count that can go leaves the
 * same fifteen with the three groups' totals holding (7 3 2 2 14 9 1 3 3 2 15 …: either 3); else
 * undefined and the row stays unread.
 */
function withoutStrayCount(row: FoundRow, n: number): FoundRow | undefined {
  const kept = row.values.length === n + 1 ? withoutOneCount(row.values, groupsHold) : undefined;
  if (!kept) return undefined;
  const { uncertain: _, ...certain } = row;
  return { ...certain, values: kept };
}

/** The values less one count (not a 0), when every count whose dropping makes `holds` true leaves the same values; else undefined. */
function withoutOneCount(v: TextCell[], holds: (v: number[]) => boolean): TextCell[] | undefined {
  if (!v.every((c) => /^[0-9]{1,3}$/.test(c.text))) return undefined;
  let kept: TextCell[] | undefined;
  let key: string | undefined;
  for (let i = 0; i < v.length; i++) {
    // A page is never numbered 0: a zero is always a cell.
    if (Number(v[i].text) === 0) continue;
    const rest = [...v.slice(0, i), ...v.slice(i + 1)];
    if (!holds(rest.map((c) => Number(c.text)))) continue;
    const k = rest.map((c) => c.text).join(' ');
    if (key !== undefined && k !== key) return undefined;
    key = k;
    kept ??= rest;
  }
  return kept;
}

/**
 * Whether a table's rows can be read by position: every tab or one-cell-per-line row has exactly one
 * field per column. A web page copied from a browser always gives that; some Word conversions give rows
 * of one table with different field counts, and then no single row's count can be trusted. Only the rows of
 * sub-table `only.sub` (table 二) or with one of `only.keys` (table 三's rows of the report's format) are looked at.
 */
function regularGrid(rows: FoundRow[], n: number, only: { sub?: string; keys?: ReadonlySet<string> }): boolean {
  for (const r of rows) {
    if ('sub' in only && r.sub !== only.sub) continue;
    if (only.keys && !only.keys.has(r.key)) continue;
    if (r.style !== 'pipe' && r.style !== 'spaced' && r.values.length !== n) return false;
  }
  return true;
}

function mostCommonStyle<T>(items: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  let best: T | undefined;
  for (const [k, v] of counts) if (best === undefined || v > counts.get(best)!) best = k;
  return best;
}

/** The counts of cells as read (full-width digits too); a blank cell 0, as Number('') is; NaN for any other that is no count. */
function counts(cells: readonly TextCell[]): number[] {
  return cells.map((c) => {
    const v = parseCellValue(c.text);
    return v.kind === 'number' ? v.value : c.text === '' ? 0 : NaN;
  });
}

/** A table 四 group whose five cells are all counts that add up to its total. */
function holdingGroup(cells: readonly ResolvedCell[]): boolean {
  const v = cells.map((c) => (c.value.kind === 'number' ? c.value.value : NaN));
  return v.length === 5 && totalHolds(v);
}

/** Whether these are `width` zeros, the whole of one line (nothing else on it). */
function zeroRow(values: readonly TextCell[], width: number, lines: readonly string[]): boolean {
  if (values.length !== width || !values.every((v) => v.text === '0' && v.span.line === values[0].span.line)) return false;
  return lines[values[0].span.line].trim().split(/\s+/).length === width;
}

/**
 * Whether a group of five numbers, each alone on its line, fails its sum while another order of them holds it (one
 * of its first four is the sum of the other four).
 */
function holdsReordered(groups: readonly (readonly TextCell[])[]): boolean {
  return groups.some((g) => {
    if (g.length !== 5 || new Set(g.map((c) => c.span.line)).size !== 5) return false;
    const v = counts(g);
    const sum = v.reduce((a, b) => a + b, 0);
    return !totalHolds(v) && v.slice(0, 4).some((x) => 2 * x === sum);
  });
}

/** Fifteen counts each alone on its line whose row holds every sum with one of them moved (./one-moved.ts). */
function movedInPrintout(values: readonly TextCell[]): boolean {
  return new Set(values.map((c) => c.span.line)).size === values.length && holdsWithOneMoved(counts(values));
}

/** The count alone on the next line with text after `line` (before any other text), if that line is one; else undefined. */
function loneCountAfter(lines: readonly string[], line: number): TextCell | undefined {
  for (let i = line + 1; i < lines.length; i++) {
    const t = lines[i].trim();
    if (!t) continue;
    if (!/^[0-9]{1,3}$/.test(t) || lines[i].startsWith('\f')) return undefined;
    const start = lines[i].indexOf(t);
    return { text: t, norm: t, span: { line: i, start, end: start + t.length } };
  }
  return undefined;
}

/**
 * Whether the bare numbers at line `bareLine`, given to the groups `rest`, stand on the side of the groups read by
 * their labels that the format's order puts them: after them when they come later in the text, before them when
 * earlier. A printout gives 未经复议直接起诉 over 行政复议's five zeros, the litigation groups' numbers on the next
 * page: the labelled row is then not that group's, and 行政复议 cannot take numbers that come after it.
 */
function restInOrder(parts: readonly TableFragment[], rest: readonly { key: string }[], bareLine: number): boolean {
  const order = FORMATS['2021'].table4Groups.map((g) => g.key);
  const labelled = flatMapped(parts, (p) => p.rows).filter((r) => order.includes(r.key));
  const given = labelled.map((r) => order.indexOf(r.key));
  const taken = rest.map((g) => order.indexOf(g.key));
  if (labelled.every((r) => r.lastLine <= bareLine)) return Math.max(...given) < Math.min(...taken);
  if (labelled.every((r) => r.firstLine > bareLine)) return Math.max(...taken) < Math.min(...given);
  return false;
}


/** How many of these groups of five (a table 四 group's numbers) fail their sum. */
function failingSums(groups: readonly (readonly TextCell[])[]): number {
  return groups.filter((v) => v.length === 5 && !totalHolds(counts(v))).length;
}

/**
 * Table 四's fragments without a run of numbers met before its header, with neither header nor row of its own, when
 * a later fragment has the header and numbers: plain pdftotext's run of fifteen of table 三's numbers (labels wrapped
 * apart, a 序号 among them) looked like table 四 without its header; the table is the later one.
 * So is a run of more numbers than table 四 has cells (pdfminer's column of all table 三's numbers, its labels
 * elsewhere) before a fragment with a header or a labelled row of its own.
 */
function withoutStrayRuns(parts: TableFragment[]): TableFragment[] {
  const bareOnly = (p: TableFragment) => !!p.bareValues && !p.headers.length && !p.rows.length;
  const headed = parts.findIndex((p) => p.headers.length && p.bareValues);
  if (headed > 0) return parts.filter((p, i) => i >= headed || !bareOnly(p));
  const own = parts.findIndex((p) => p.headers.length || p.rows.length);
  // (No part with a header or rows: a run of more numbers than the table's cells before runs holding its cells exactly
  // is another table's — a printout in plain pdftotext sets table 三's columns apart before its labels, `5` / `0` / `1`,
  // `0 0 0 0 0 5` … — and the later runs are table 四's.)
  if (own < 0) {
    const later = parts.filter((p, i) => i > 0 && parts.slice(0, i).every((q) => bareOnly(q) && q.bareValues!.length > TABLE4_CELLS));
    const first = parts.length - later.length;
    if (first > 0 && later.reduce((n, p) => n + (p.bareValues?.length ?? 0), 0) === TABLE4_CELLS) return later;
  }
  if (own <= 0) return parts;
  return parts.filter((p, i) => i >= own || !(bareOnly(p) && p.bareValues!.length > TABLE4_CELLS));
}

function buildTable4(fragments: TableFragment[], lines: readonly string[], glued = false, unordered = false): Table4Model | undefined {
  const parts = withoutStrayRuns(fragments.filter((f) => f.table === 'table4'));
  if (!parts.length) return undefined;
  const groups = FORMATS['2021'].table4Groups;
  const model: Table4Model = { groups: new Map(), headers: flatMapped(parts, (p) => p.headers), firstLine: parts[0].firstLine, lastLine: parts[parts.length - 1].lastLine, style: parts[0].style, ...(glued ? { glued } : {}) };
  // pdfminer: each column's label over its number, or the labels before the numbers (tables/columnwise.ts).
  const amid = amidHeader(parts, lines);
  const columnwise = (unordered || amid) && lines.length ? columnwiseTable4(lines, model.firstLine, model.lastLine) : undefined;
  if (columnwise) {
    groups.forEach((g, i) => {
      const values = columnwise[i];
      const row: FoundRow = { table: 'table4', key: g.key, label: values[0], official: g.label, exactIn: ['2021'], values, firstLine: model.firstLine, lastLine: model.lastLine, style: parts[0].style };
      model.groups.set(g.key, resolveRow(row, g.columns));
    });
    return model;
  }
  const bare = parts.find((p) => p.bareValues);
  // Table 四 drawn as two tables (行政复议 | 行政诉讼): the first read as its group's row, the other's numbers bare.
  // Exactly the remaining groups' columns, in order, are theirs.
  const given = new Set(flatMapped(parts, (p) => p.rows.map((r) => r.key)));
  const rest = groups.filter((g) => !given.has(g.key));
  const restValues = bare?.bareValues && given.size && rest.length && bare.bareValues.length === rest.length * 5 && !bare.bareUnplaced
    ? rest.map((_, i) => bare.bareValues!.slice(i * 5, i * 5 + 5)) : undefined;
  // In PDF text two sums failing say the numbers may not be what they look (1 0 a 10 spread apart): not placed.
  const doubtful = !!restValues && ((bare!.style === 'spaced' && failingSums([...flatMapped(parts, (p) => p.rows.map((r) => r.values)), ...restValues]) >= 2)
    || !restInOrder(parts, rest, bare!.bareLine!));
  if (bare && restValues && !doubtful) {
    rest.forEach((g, i) => {
      const values = restValues[i];
      const row: FoundRow = {
        table: 'table4', key: g.key, label: values[0], official: g.label, exactIn: ['2021'], values,
        firstLine: bare.bareLine!, lastLine: bare.bareLine!, style: bare.style, ...(bare.bareUncertain ? { uncertain: true } : {}),
      };
      model.groups.set(g.key, resolveRow(unordered ? spreadWith(row, { uncertain: true }) : row, g.columns));
    });
  } else if (bare?.bareValues && bare.bareProvenGroups && !bare.bareUncertain) {
    // The stream proves some groups' columns only (tables/raw-table4-stream.ts): those are read, the others left unread.
    const found: FoundRow = {
      table: 'table4', key: 'all', label: bare.bareValues[0], official: '', exactIn: ['2021'], values: bare.bareValues,
      firstLine: bare.bareLine!, lastLine: bare.bareLine!, style: bare.style,
    };
    const allColumns = flatMapped(groups, (g) => g.columns);
    const read = resolveRow(found, allColumns);
    const unread = resolveRow(spreadWith(found, { uncertain: true }), allColumns);
    groups.forEach((g, gi) => {
      const proven = bare.bareProvenGroups!.includes(gi);
      model.groups.set(g.key, {
        key: g.key, row: proven ? found : spreadWith(found, { uncertain: true }), cells: (proven ? read : unread).cells.slice(gi * 5, gi * 5 + 5),
        extra: [], short: false, ...(proven ? {} : { uncertain: true }),
      });
    });
  } else if (bare?.bareValues) {
    const allColumns = flatMapped(groups, (g) => g.columns);
    const found: FoundRow = {
      table: 'table4', key: 'all', label: bare.bareValues[0] ?? { text: '', norm: '', span: { line: bare.bareLine!, start: 0, end: 0 } },
      official: '', exactIn: ['2021'], values: bare.bareValues, firstLine: bare.bareLine!, lastLine: bare.bareLine!, style: bare.style,
      ...(bare.bareUncertain ? { uncertain: true } : {}),
      ...(bare.bareUnplaced ? { unplacedBlanks: true } : {}),
    };
    // The layout reader could not place one run of digits in 15 columns; a certain cut places them.
    const cut = glued ? unglued({ ...found, uncertain: undefined }, allColumns.length, groupsHold, 5, true) : found;
    // Table 三's numbers out of order say table 四's may be too, unless their own sums put them in order.
    // So do numbers standing between the header's pieces that the labels' order did not place (above), one of them right
    // after a column's whole name (its group's and its own: 未经复议直接起诉结果纠正 / 1) that is not the column it would
    // take from the left: pdfminer gives a header's boxes in an order of its own (行政诉讼's columns first), and the
    // numbers in theirs.
    // (Whatever proved their order: plain pdftotext's stream reader takes group names anywhere among a header's pieces.)
    const fives = groups.map((_, gi) => found.values.slice(gi * 5, gi * 5 + 5));
    // (Fifteen numbers side by side on one line, every group holding its sum, are in the line's order whatever table 三's
    // blocks were: `9 3 3 4 19 0 0 0 0 0 0 1 1 1 3` under a printout's header spelt apart.)
    const oneLine = found.values.length === allColumns.length && found.values.every((v) => v.span.line === found.values[0].span.line) && !failingSums(fives);
    // Or, table 三 out of row order and no browser's printout (pdfminer's boxes; a printout's header rows lie between its
    // numbers in plain pdftotext, read in the text's order: seed 4933 r010), numbers amid the header's pieces that the
    // labels' order could not place, a group failing its sum in the text's order: the one failing sum may be that order,
    // not the report's mistake (fresh seed 9102 r004: 复议后起诉's 总计 came last, after every other number, and 其他结果's
    // 1 was read under 结果纠正).
    const outOfOrder = (unordered && !bare.bareOrdered && !oneLine) || (amid && (labelledElsewhere(lines, bare.bareValues) || (unordered && failingSums(fives) > 0 && !lines.some(isPrintFurniture))));
    // PDF text whose fifteen numbers, taken in order, fail two groups' sums: the order is not sure (one failing sum is
    // the report's own mistake; two at once are rather the text's reading order, as plain pdftotext of a printed page gives).
    // Or the litigation numbers given in an order the text does not prove (tables/pdfraw.ts): the same, whatever the sums.
    // So, in a browser's printout, does one failing group whose five numbers, each alone on its line in an order
    // nothing proved, hold in another order (2 2 0 0 0 for 2 0 0 0 2: plain pdftotext of narrow columns gave the 总计
    // second), or whose row holds every sum with one count moved elsewhere (./one-moved.ts: a narrow column's count
    // drawn out of place shifted the groups after it). (Elsewhere, and where the header's pieces proved the order, a
    // failing group is the report's mistake.)
    const misordered = !found.uncertain && bare.style === 'spaced' && found.values.length === allColumns.length
      && (failingSums(fives) >= 2 || !!bare.bareBlockOrder || (!bare.bareOrdered && (holdsReordered(fives) || movedInPrintout(found.values)) && lines.some(isPrintFurniture)));
    let pseudo = cut.values === found.values || outOfOrder || misordered
      ? { ...found, ...(found.uncertain || cut.uncertain || outOfOrder || misordered ? { uncertain: true } : {}) } : cut;
    // Fifteen zeros making a line of their own: every cell is 0, in whatever order the text gave the columns.
    if (pseudo.uncertain && zeroRow(found.values, allColumns.length, lines)) pseudo = { ...found, uncertain: undefined };
    if (pseudo.uncertain && !outOfOrder) pseudo = withoutStrayCount(pseudo, allColumns.length) ?? pseudo;
    // In PDF text fifteen numbers of which two groups fail their sums may not be the row's (a page number taken for a
    // count, a count for the page number: a defect breaks one sum): not placed, as for a table drawn as two.
    if (!pseudo.uncertain && bare.style === 'spaced' && pseudo.values.length === allColumns.length
      && failingSums(groups.map((_, gi) => pseudo.values.slice(gi * 5, gi * 5 + 5))) >= 2) pseudo = spreadWith(pseudo, { uncertain: true });
    // …or fifteen of which one group fails, a sixteenth count right after them (plain pdftotext gave one cell twice):
    // the count whose dropping makes every group hold is the stray one, or, if that is not one reading, not placed.
    const next = !pseudo.uncertain && bare.style === 'spaced' && pseudo.values.length === allColumns.length
      && failingSums(groups.map((_, gi) => pseudo.values.slice(gi * 5, gi * 5 + 5))) === 1 ? loneCountAfter(lines, pseudo.values[pseudo.values.length - 1].span.line) : undefined;
    if (next) pseudo = withoutStrayCount({ ...pseudo, values: [...pseudo.values, next] }, allColumns.length) ?? spreadWith(pseudo, { uncertain: true });
    const all = resolveRow(pseudo, allColumns);
    if (all.short) model.short = { have: pseudo.values.filter((v) => v.text !== '').length, line: bare.bareLine! };
    // (Of numbers out of order, a group whose five add up and stand apart between header pieces is read all the same;
    // not where table 三 came column by column, which leaves table 四 unread as a whole.)
    const sure = misordered && !outOfOrder ? resolveRow({ ...found, uncertain: undefined }, allColumns) : undefined;
    // PDF text: which column a short row lacks, the text does not say (38 5 read as one 385 spread apart shifts every
    // number after it; a lone 4 left over from a group read as a row of its own). Placed from the left, a group is kept
    // only when all five of its cells hold its sum.
    const unplaced = all.short && (bare.style === 'spaced' || bare.style === 'cells') ? resolveRow(spreadWith(pseudo, { uncertain: true }), allColumns) : undefined;
    // A glued run with several holding cuts (pdf-parse): the groups they all read alike are read.
    const alike = glued && cut.uncertain && !outOfOrder ? groupsEveryCutReads(found) : undefined;
    const alikeCells = alike && resolveRow({ ...alike.row, uncertain: undefined }, allColumns).cells;
    // The header in blocks, the numbers exactly the fifteen (no page number among them): the groups not read keep their
    // numbers, whose sums the rules may still judge whatever their order.
    if (misordered && bare.bareBlockOrder && !outOfOrder && found.values.every((v) => /^[0-9]+$/.test(v.text))) {
      const open = groups.map((_, gi) => gi).filter((gi) => !(sure && groupStandsApart(found.values, gi, lines)));
      if (open.length) model.unordered = { groups: open.map((gi) => groups[gi].key), values: flatMapped(open, (gi) => found.values.slice(gi * 5, gi * 5 + 5)) };
    }
    groups.forEach((g, gi) => {
      if (alike && alikeCells && alike.groups.includes(gi)) {
        model.groups.set(g.key, { key: g.key, row: alike.row, cells: alikeCells.slice(gi * 5, gi * 5 + 5), extra: [], short: false });
        return;
      }
      if (sure && groupStandsApart(found.values, gi, lines)) {
        model.groups.set(g.key, { key: g.key, row: found, cells: sure.cells.slice(gi * 5, gi * 5 + 5), extra: [], short: false });
        return;
      }
      const cells = all.cells.slice(gi * 5, gi * 5 + 5);
      // Five numbers short or more, a whole group may be the one lacking: which, nothing says; none is kept.
      const guessed = !!unplaced && (!holdingGroup(cells) || allColumns.length - model.short!.have >= 5);
      model.groups.set(g.key, {
        key: g.key, row: pseudo, cells: guessed ? unplaced!.cells.slice(gi * 5, gi * 5 + 5) : cells, extra: gi === 2 ? all.extra : [], short: all.short,
        uncertain: guessed || all.uncertain, ...(all.blanksUnplaced ? { blanksUnplaced: all.blanksUnplaced } : {}),
      });
    });
  }
  for (const p of parts) {
    for (const r of p.rows) {
      const g = groups.find((x) => x.key === r.key);
      if (!g || model.groups.has(g.key)) continue;
      const row = unordered || headerNamesAbove(lines, r.label.span.line, g.label) ? spreadWith(r, { uncertain: true }) : glued ? unglued(r, g.columns.length, totalHolds, 0, true) : r;
      model.groups.set(g.key, resolveRow(row, g.columns));
    }
  }
  // In the format's order, however they were found.
  if (rest.length && given.size) model.groups = new Map(groups.filter((g) => model.groups.has(g.key)).map((g) => [g.key, model.groups.get(g.key)!]));
  return model;
}

/** How far above a table 四 group's label its header is looked for. */
const HEADER_REACH = 150;

/**
 * Whether the group's name was spelt twice or more above its label since part 四's heading, one character a line (a
 * printout's header, each column under its group's whole name: 复/议/后/起/诉/结/果 … 复/议/后/起/诉/合/计): the label is
 * the last column's header piece, and the numbers after it are not proven to be that group's.
 */
function headerNamesAbove(lines: readonly string[], line: number, name: string): boolean {
  let text = '';
  // (Only lines of one character count: whole names on their lines head groups' rows in other tables' text.)
  for (let i = line - 1; i >= Math.max(0, line - HEADER_REACH) && !/^四、/.test(lines[i].replace(/^\f/, '').trim()); i--) {
    const t = lines[i].trim();
    if ([...t].length === 1) text = t + text;
  }
  return text.split(normalizeLabel(name)).length > 2;
}

/**
 * Whether table 四's first numbers without a label stand between the header's pieces, whatever table 三 said (pdfminer:
 * 结 / 果 / 维 / 持 / 0 / 结 / 果 / 纠 / 正 / 0 …): read column by column then.
 */
function amidHeader(parts: TableFragment[], lines: readonly string[]): boolean {
  const bareFirst = parts.find((p) => p.bareValues?.length);
  return !!bareFirst && textBetween(lines, bareFirst.bareValues!);
}

/** Whether a line of words (no number alone) stands between the first and the last of `values`' lines. */
function textBetween(lines: readonly string[], values: readonly TextCell[]): boolean {
  const at = values.filter((v) => v.text !== '').map((v) => v.span.line);
  for (let i = Math.min(...at) + 1; i < Math.max(...at); i++) if (/[\u4e00-\u9fff]/.test(lines[i])) return true;
  return false;
}

/** Each table 四 column's whole name, its group's and its own (行政复议结果维持 … 复议后起诉总计), normalised. */
const TABLE4_NAMES = FORMATS['2021'].table4Groups.flatMap((g) => g.columns.map((c) => normalizeLabel(g.label + c.label)));

/**
 * Whether two or more of fifteen numbers each stand right after a column's whole name and nothing else since the
 * number before (a cell's box: its name over its number), and that column is not the one it takes from the left.
 * (One may be a group's name and its neighbour's leaf one above the other — plain pdftotext of table 四 drawn as two:
 * 复议后起诉 / 总计 / 1, the 1 未经复议直接起诉's total; two at once are another order.)
 */
function labelledElsewhere(lines: readonly string[], values: readonly TextCell[]): boolean {
  if (values.length !== TABLE4_NAMES.length) return false;
  let elsewhere = 0;
  for (let k = 1; k < values.length; k++) {
    const before = values[k - 1].span;
    const at = values[k].span;
    if (before.line === at.line || !values[k].text) continue;
    const between = [lines[before.line].slice(before.end), ...lines.slice(before.line + 1, at.line), lines[at.line].slice(0, at.start)];
    const column = TABLE4_NAMES.indexOf(normalizeLabel(between.join('')));
    if (column >= 0 && column !== k && ++elsewhere >= 2) return true;
  }
  return false;
}

function columnwiseTable4(lines: readonly string[], from: number, to: number): TextCell[][] | undefined {
  const groups = FORMATS['2021'].table4Groups.map((g) => g.columns.map((c) => c.label));
  const groupNames = FORMATS['2021'].table4Groups.map((g) => g.label);
  return readTable4Columnwise({ lines, from, to, groups, groupNames, mayBePageNumber: pageNumberTest(lines, from, to) });
}

/** Whether the number alone on a line of `from`..`to` may be its page's own number. */
function pageNumberTest(lines: readonly string[], from: number, to: number): (line: number) => boolean {
  const numbered = pageNumberLines(lines);
  let feeds = 0;
  for (let i = 1; i < from && i < lines.length; i++) if (lines[i].startsWith('\f')) feeds++;
  const pageAt: number[] = [];
  for (let i = from, p = feeds + 1; i <= to && i < lines.length; i++) pageAt[i - from] = lines[i].startsWith('\f') && i > 0 ? ++p : p;
  // A page's own number alone on its line (`- 5 -` is no number): known by its sequence, or equal to the page's ordinal.
  return (i: number) => numbered.has(i) || Number(lines[i].trim()) === pageAt[i - from];
}

/**
 * pdfminer's table 二 (its numbers by box, not by row): the rows whose numbers the text's order settles
 * (tables/columnwise-table2.ts), as rows of their sub-table, each placed at its label where the text has it whole.
 */
function columnwiseTable2(parts: TableFragment[], format: FormatId, lines: readonly string[]): Map<string, FoundRow> {
  const from = parts[0].firstLine;
  // The fragments end at their last row; headers (本年收费金额) and the numbers under them may stand after it.
  let to = Math.max(...flatMapped(parts, (p) => [p.lastLine, ...p.headers.map((h) => h.span.line)]));
  const defs = FORMATS[format].table2;
  // …and a column's name with its numbers after the last sub-table (a printout: 本年废止件数 / 1 / 0 after （八）'s).
  const names = new Set(defs.flatMap((d) => d.columns.map((c) => normalizeLabel(c.label))));
  const more = (text: string) => /^[-0-9. ]*$/.test(text) || names.has(normalizeLabel(text));
  while (to + 1 < lines.length && more(lines[to + 1].replace(/^\f/, '').trim()) && !lines[to + 1].startsWith('\f')) to++;
  const read = readTable2Columnwise({ lines, from, to, subs: defs, mayBePageNumber: pageNumberTest(lines, from, to) });
  const out = new Map<string, FoundRow>();
  for (const def of defs) {
    for (const r of def.rows) {
      const values = read.get(r.key);
      if (!values) continue;
      const found = flatMapped(parts, (p) => p.rows).find((x) => x.key === r.key);
      const label = found?.label ?? labelCell(lines, from, to, r.label) ?? { text: r.label, norm: normalizeLabel(r.label), span: values[0].span };
      // The row spans its numbers' lines only: its label may stand far before them, other rows' numbers between.
      const at = values.map((v) => v.span.line);
      out.set(r.key, {
        table: 'table2', key: r.key, sub: def.key, label, official: r.label, exactIn: found?.exactIn ?? [format], values,
        firstLine: Math.min(...at), lastLine: Math.max(...at), style: parts[0].style,
      });
    }
  }
  return out;
}

/** A line of `from`..`to` that is the label alone, as a cell. */
function labelCell(lines: readonly string[], from: number, to: number, label: string): TextCell | undefined {
  const norm = normalizeLabel(label);
  for (let i = from; i <= to && i < lines.length; i++) {
    const text = lines[i].replace(/^\f/, '').trim();
    if (text && normalizeLabel(text) === norm) {
      const start = lines[i].indexOf(text);
      return { text, norm, span: { line: i, start, end: start + text.length } };
    }
    const pieces = text ? labelInPieces(lines, i, to, norm) : undefined;
    if (pieces) {
      const start = lines[i].indexOf(text);
      return { text: pieces, norm, span: { line: i, start, end: start + text.length } };
    }
  }
  return undefined;
}

/** How many lines a label's pieces may stand on (pdfminer's box of a narrow cell: 规 / 章). */
const LABEL_PIECES = 4;

/** The label spelt from line `from` on, a piece per line (empty lines between), when its pieces make exactly `norm`. */
function labelInPieces(lines: readonly string[], from: number, to: number, norm: string): string | undefined {
  let joined = '';
  let pieces = 0;
  for (let i = from; i <= to && i < lines.length && pieces < LABEL_PIECES; i++) {
    const text = lines[i].replace(/^\f/, '').trim();
    if (!text) continue;
    const next = normalizeLabel(joined + text);
    if (!next || !norm.startsWith(next)) return undefined;
    joined += text;
    pieces++;
    if (next === norm) return pieces > 1 ? joined : undefined;
  }
  return undefined;
}
