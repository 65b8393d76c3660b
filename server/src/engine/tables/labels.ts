/**
 * Lookup tables from normalised label text to what it names in the official tables.
 * Built once from the format data; matching is by label, never by position.
 */
import { FORMAT_2019, FORMAT_2021, FormatId, RECOGNITION, TABLE3_COLUMN_GROUP, TABLE3_HEADER_NOTE, TableId } from '../format';
import { hasCjk, normalizeLabel, stripNumbering } from '../text/normalize';

export interface RowLabel {
  table: TableId;
  /** Row key (table 二/三) or group key (table 四). */
  key: string;
  /** Sub-table key for table 二. */
  sub?: string;
  official: string;
  formats: FormatId[];
  /** A parent label of table 三 (三、本年度办理结果, （三）不予公开 …): never carries numbers in the 2021 format. */
  parent?: boolean;
}

export interface ColumnLabel {
  table: TableId;
  key: string;
  sub?: string;
  official: string;
  formats: FormatId[];
}

export interface TitleLabel { table: 'table2'; sub: string; official: string; formats: FormatId[] }

/** The parents that may be written before a table 三 row's label: the middle one, the top one, or both. */
function parentPrefixes(path: readonly string[]): string[] {
  if (path.length === 2) return [path[0]];
  if (path.length === 3) return [path[1], path[0] + path[1]];
  return [];
}

/** How a flattened header joins a group's name to its column's (法人或其他组织-商业企业, 行政复议结果维持). */
const GROUP_JOINERS = ['', '-', '—', '/'];

const rowLabels = new Map<string, RowLabel[]>();
const columnLabels = new Map<string, ColumnLabel[]>();
const subTitles = new Map<string, TitleLabel[]>();
/** Header words of table 三 and 四 that are neither rows nor columns. */
const headerWords = new Map<string, TableId>();

function add<T extends { formats: FormatId[] }>(map: Map<string, T[]>, label: string, entry: T, same: (a: T) => boolean): void {
  const key = normalizeLabel(label);
  const list = map.get(key) ?? [];
  const existing = list.find(same);
  if (existing) {
    for (const f of entry.formats) if (!existing.formats.includes(f)) existing.formats.push(f);
  } else {
    list.push(entry);
  }
  map.set(key, list);
}

for (const fmt of [FORMAT_2021, FORMAT_2019]) {
  for (const sub of fmt.table2) {
    add(subTitles, sub.title, { table: 'table2', sub: sub.key, official: sub.title, formats: [fmt.id] }, (a) => a.sub === sub.key);
    for (const r of sub.rows) {
      add(rowLabels, r.label, { table: 'table2', key: r.key, sub: sub.key, official: r.label, formats: [fmt.id] },
        (a) => a.table === 'table2' && a.key === r.key && a.sub === sub.key);
    }
    for (const c of sub.columns) {
      add(columnLabels, c.label, { table: 'table2', key: c.key, sub: sub.key, official: c.label, formats: [fmt.id] },
        (a) => a.table === 'table2' && a.key === c.key && a.sub === sub.key);
    }
  }
  for (const r of fmt.table3Rows) {
    add(rowLabels, r.label, { table: 'table3', key: r.key, official: r.label, formats: [fmt.id] },
      (a) => a.table === 'table3' && a.key === r.key && !a.parent);
    for (const p of r.path.slice(0, -1)) {
      add(rowLabels, p, { table: 'table3', key: normalizeLabel(p), official: p, formats: [fmt.id], parent: true },
        (a) => a.table === 'table3' && !!a.parent && a.official === p);
    }
    // Tables drawn with fewer label columns write a row's parents before its own label in one cell
    // (`（三）不予公开 1.属于国家秘密`, `三、本年度办理结果（一）予以公开`): the same row, nothing nonstandard.
    for (const prefix of parentPrefixes(r.path)) {
      add(rowLabels, prefix + r.label, { table: 'table3', key: r.key, official: r.label, formats: [fmt.id] },
        (a) => a.table === 'table3' && a.key === r.key && !a.parent);
    }
  }
  for (const c of fmt.table3Columns) {
    // A header flattened to one row names each column after its group (法人或其他组织-商业企业): the same column.
    for (const label of [c.label, ...(c.group ? GROUP_JOINERS.map((j) => c.group + j + c.label) : [])]) {
      add(columnLabels, label, { table: 'table3', key: c.key, official: c.label, formats: [fmt.id] },
        (a) => a.table === 'table3' && a.key === c.key);
    }
  }
  for (const g of fmt.table4Groups) {
    add(rowLabels, g.label, { table: 'table4', key: g.key, official: g.label, formats: [fmt.id] },
      (a) => a.table === 'table4' && a.key === g.key);
    for (const c of g.columns) {
      // …and table 四's (行政复议结果维持, 未经复议直接起诉总计).
      for (const label of [c.label, ...GROUP_JOINERS.map((j) => g.label + j + c.label)]) {
        add(columnLabels, label, { table: 'table4', key: c.key, official: c.label, formats: [fmt.id] },
          (a) => a.table === 'table4' && a.key === c.key);
      }
    }
  }
}
for (const w of [TABLE3_HEADER_NOTE, TABLE3_COLUMN_GROUP, '法人或其他组织']) headerWords.set(normalizeLabel(w), 'table3');
headerWords.set(normalizeLabel('行政诉讼'), 'table4');
headerWords.set(normalizeLabel('信息内容'), 'table2');

/**
 * Differences of written labels that change nothing, read as the official label with nothing to say:
 * 1、 or 1， for the 1. of a sub-row, a unit after a label (自然人（件）, 总计（单位：件）).
 */
const NUMBER_MARK_RE = /^(\d{1,2})[、，,]/;
const UNIT_RE = /（(?:单位[：:])?(?:件|个|条|项|次|人次)）$/;
/** A colon after a label, quotation marks and 、 inside one (其他法律、行政法规, 危及三安全一稳定). */
const LABEL_MARKS_RE = /[“”"'‘’]|[：:]$/g;
export function harmlessForm(norm: string): string {
  const numbered = norm.replace(NUMBER_MARK_RE, '$1.');
  return numbered.replace(UNIT_RE, '').replace(LABEL_MARKS_RE, '').replace(/(.)、/g, '$1');
}
/** Words some templates use for the official ones (合计 for 总计): the label is found, and nonstandard. */
const SYNONYMS = Object.entries(RECOGNITION.label_synonyms.words) as [string, string][];
const SYNONYM_WORDS = SYNONYMS.map(([w]) => w);
function withOfficialWords(norm: string): string {
  let s = norm;
  for (const [word, official] of SYNONYMS) if (s.includes(word)) s = s.split(word).join(official);
  return s;
}
/**
 * Official labels written without their trailing note (（二）部分公开 for （二）部分公开（区分处理的，只计这一情形，
 * 不计其他情形）): the short form → the official label's key. Built below, once the labels are known.
 */
const shortForms = new Map<string, string>();
// Its entries: a label's trailing note in full-width brackets (not a numbering like （七）) may be left out.
for (const map of [rowLabels, columnLabels] as Map<string, { official: string }[]>[]) {
  for (const [key, list] of map) {
    const note = /（[^（）]{2,}）$/.exec(list[0].official);
    if (!note) continue;
    const short = normalizeLabel(list[0].official.slice(0, note.index));
    if (short && !rowLabels.has(short) && !columnLabels.has(short)) shortForms.set(short, key);
  }
}
// …and a long numbered row label cut at its 、 (1.申请人无正当理由逾期不补正 for 1.申请人无正当理由逾期不补正、行政机关不再…).
for (const [key, list] of rowLabels) {
  const official = list[0].official;
  const cut = official.indexOf('、');
  if (!/^\d+\./.test(official) || cut < 10) continue;
  const short = normalizeLabel(official.slice(0, cut));
  if (!rowLabels.has(short) && !shortForms.has(short)) shortForms.set(short, key);
}
// …and a sub-row written without its number (属于国家秘密 for 1.属于国家秘密), where no other label reads so
// (其他 is also a column's label).
const unnumbered = new Map<string, string | null>();
for (const key of rowLabels.keys()) {
  const m = /^\d{1,2}\.(.+)$/.exec(key);
  if (!m) continue;
  // Looked up as written and in its harmless form (、 and quotation marks left out).
  for (const form of new Set([m[1], harmlessForm(m[1])])) unnumbered.set(form, unnumbered.has(form) && unnumbered.get(form) !== key ? null : key);
}
for (const [short, key] of unnumbered) {
  if (key !== null && !rowLabels.has(short) && !columnLabels.has(short) && !shortForms.has(short)) shortForms.set(short, key);
}
/**
 * Answers that are a pure function of a short label text, remembered: a report asks the same few hundred
 * labels over and over (thousands of times a report). Bounded: emptied when full.
 */
const MEMO_LIMIT = 20000;
function remember<T>(memo: Map<string, T>, norm: string, value: T): T {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(norm, value);
  return value;
}
const mayDifferMemo = new Map<string, boolean>();
/** Only these can differ harmlessly, by a synonym or by a dropped note: every other miss is a miss (the lookups are hot). */
function mayDiffer(norm: string): boolean {
  if (!mayNameLabel(norm)) return false;
  const known = mayDifferMemo.get(norm);
  return known !== undefined ? known : remember(mayDifferMemo, norm, computeMayDiffer(norm));
}
function computeMayDiffer(norm: string): boolean {
  return NUMBER_MARK_RE.test(norm) || norm.endsWith('）') || SYNONYM_WORDS.some((w) => norm.includes(w)) || shortForms.has(norm)
    || norm.includes('、') || norm.endsWith('：') || norm.includes('“') || norm.includes('"') || harmlessKeys.has(norm);
}
/** A label's entry under its own text, else under its harmless form, else with the official words or its note. */
function find<T>(map: Map<string, T>, norm: string): T | undefined {
  const hit = map.get(norm);
  if (hit !== undefined || !mayDiffer(norm)) return hit;
  const { harmless, official, full } = otherForms(norm);
  return map.get(harmless) ?? map.get(official) ?? (full === undefined ? undefined : map.get(full));
}
interface OtherForms { harmless: string; official: string; full?: string }
const otherFormsMemo = new Map<string, OtherForms>();
/** The forms a label may be found under: its harmless form, that with the official words, the label it shortens. */
function otherForms(norm: string): OtherForms {
  const known = otherFormsMemo.get(norm);
  if (known) return known;
  const harmless = harmlessForm(norm);
  const official = withOfficialWords(harmless);
  return remember(otherFormsMemo, norm, { harmless, official, full: shortForms.get(official) ?? harmlessKeys.get(official) });
}
/**
 * Whether a label is found only in other words (合计 for 总计) or without its note: it is read, and
 * label-nonstandard names the official label.
 */
export function usesSynonym(norm: string): boolean {
  if (!mayDiffer(norm)) return false;
  const { harmless, official } = otherForms(norm);
  return official !== harmless || shortForms.has(official);
}
/** Official labels by their harmless form (3.危及三安全一稳定 → 3.危及“三安全一稳定”). */
const harmlessKeys = new Map<string, string>();
for (const key of [...rowLabels.keys(), ...columnLabels.keys()]) {
  const harmless = harmlessForm(key);
  if (harmless !== key && !rowLabels.has(harmless) && !columnLabels.has(harmless)) harmlessKeys.set(harmless, key);
}

export function lookupRow(norm: string): RowLabel[] | undefined {
  return find(rowLabels, norm);
}

/** Labels of rows that carry numbers (parent labels left out), precomputed for the hot path. */
const dataRows = new Map<string, RowLabel[]>();
for (const [k, list] of rowLabels) {
  const data = list.filter((r) => !r.parent);
  if (data.length) dataRows.set(k, data);
}
export function lookupDataRow(norm: string): RowLabel[] | undefined {
  return find(dataRows, norm);
}
export function lookupColumn(norm: string): ColumnLabel[] | undefined {
  return find(columnLabels, norm);
}
export function lookupSubTitle(norm: string): TitleLabel[] | undefined {
  return subTitles.get(norm);
}
export function lookupHeaderWord(norm: string): TableId | undefined {
  if (headerWords.has(norm)) return headerWords.get(norm);
  // The table 三 note is long and often reworded: its formula phrase is enough.
  if (norm.includes('勾稽关系')) return 'table3';
  return undefined;
}

const knownMemo = new Map<string, boolean>();
/** A label of any official table (row, parent row, column, sub-table title or header word). */
export function isKnownLabel(norm: string): boolean {
  if (!mayNameLabel(norm)) return false;
  const known = knownMemo.get(norm);
  return known !== undefined ? known : remember(knownMemo, norm, computeKnownLabel(norm));
}
function computeKnownLabel(norm: string): boolean {
  return rowLabels.has(norm) || columnLabels.has(norm) || subTitles.has(norm) || lookupHeaderWord(norm) !== undefined
    || (mayDiffer(norm) && (!!lookupRow(norm) || !!lookupColumn(norm)));
}

/**
 * Every label, header word and synonym has a Chinese character (checked here, on the data): a text without
 * one (a number, a mark) names no label in any form, and is answered without a lookup.
 */
const LABELS_ARE_CHINESE = [rowLabels, columnLabels, subTitles, headerWords, shortForms, harmlessKeys]
  .every((map) => [...map.keys()].every(hasCjk)) && SYNONYM_WORDS.every(hasCjk) && hasCjk('勾稽关系');
function mayNameLabel(norm: string): boolean {
  return !LABELS_ARE_CHINESE || hasCjk(norm);
}

/** Row labels of every table, for prefix tests (a label cut by a PDF line break). */
const ROW_LABEL_KEYS = [...rowLabels.keys()];

/**
 * The start of a row label cut off by a line break in PDF text (`2.其他法律行政法规禁止`, `（三）`):
 * such a line is a piece of a table row, not a sub-heading that may start a block.
 */
export function isRowLabelStart(norm: string): boolean {
  // No label starts with a text longer than itself (and such texts, sentences, are not worth remembering).
  if (norm.length > LONGEST_ROW_LABEL) return false;
  const known = rowLabelStartMemo.get(norm);
  return known !== undefined ? known : remember(rowLabelStartMemo, norm, computeRowLabelStart(norm));
}
const rowLabelStartMemo = new Map<string, boolean>();
const LONGEST_ROW_LABEL = Math.max(...ROW_LABEL_KEYS.map((k) => k.length));
function computeRowLabelStart(norm: string): boolean {
  if ([...norm].length < 2) return false;
  for (const k of ROW_LABEL_KEYS) if (k.startsWith(norm)) return true;
  return false;
}

/** Local variants the spec says to accept silently, and common aliases flagged as nonstandard. */
export interface VariantHit { table: TableId; key: string; kind: 'row' | 'column'; accepted: boolean; official: string; written?: string }

const variants = new Map<string, VariantHit>();
function officialColumn(table: TableId, key: string): string {
  for (const list of columnLabels.values()) for (const c of list) if (c.table === table && c.key === key) return c.official;
  return key;
}
function officialRow(table: TableId, key: string): string {
  for (const list of rowLabels.values()) for (const r of list) if (r.table === table && r.key === key && !r.parent) return r.official;
  return key;
}
for (const [label, v] of Object.entries(RECOGNITION.accepted_variants) as [string, any][]) {
  const kind = v.column ? 'column' : 'row';
  const key = v.column ?? v.row;
  variants.set(normalizeLabel(label), { table: v.table, key, kind, accepted: true, official: kind === 'column' ? officialColumn(v.table, key) : officialRow(v.table, key) });
}
for (const [label, v] of Object.entries(RECOGNITION.label_aliases) as [string, any][]) {
  const kind = v.column ? 'column' : 'row';
  const key = v.column ?? v.row;
  variants.set(normalizeLabel(label), { table: v.table, key, kind, accepted: false, official: kind === 'column' ? officialColumn(v.table, key) : officialRow(v.table, key) });
}
// A header flattened to one row names a column worded another way after its group too (法人或其他组织-社会组织): the
// same variant; `written` is the official label so flattened, which label-nonstandard proposes.
for (const [norm, v] of [...variants]) {
  const group = v.kind === 'column' && v.table === 'table3' ? FORMAT_2021.table3Columns.find((c) => c.key === v.key)?.group : undefined;
  if (!group) continue;
  for (const j of GROUP_JOINERS) {
    const key = normalizeLabel(group + j) + norm;
    if (!variants.has(key)) variants.set(key, { ...v, written: group + j + v.official });
  }
}
export function lookupVariant(norm: string): VariantHit | undefined {
  return variants.get(norm);
}

/** The known other wordings (normalised) of `table`'s columns, each with its column's official label. */
export function columnVariants(table: TableId): { variant: string; official: string }[] {
  return [...variants].filter(([, v]) => v.kind === 'column' && v.table === table).map(([variant, v]) => ({ variant, official: v.official }));
}

/**
 * Sentence punctuation that no official label, variant or header word contains (computed from the
 * data, so a future label with 。 would simply switch the shortcut off for that mark).
 */
const SENTENCE_MARKS = ['。', '；'].filter((m) =>
  ![rowLabels, columnLabels, subTitles, headerWords, variants].some((map) => [...map.keys()].some((k) => k.includes(m))));

/**
 * A line of prose that names no table label whatever its spacing: it has a sentence mark no label
 * has, and it is not the table 三 note (matched by 勾稽关系 anywhere, so spaces inside it don't matter).
 */
export function isProse(text: string): boolean {
  for (const m of SENTENCE_MARKS) if (text.includes(m)) return !text.includes('稽');
  return false;
}

/** Dice similarity on characters: cheap and good enough for label typos and dropped characters. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let common = 0;
  for (const ch of b) {
    const n = counts.get(ch);
    if (n) { common++; counts.set(ch, n - 1); }
  }
  return (2 * common) / ([...a].length + [...b].length);
}

export interface FuzzyRow { label: RowLabel; score: number }

/** Characters of table 三's data-row labels, for a cheap test before the near-match. */
let table3Chars: Set<string> | undefined;

/**
 * A table 三 data-row label typed slightly wrong. At least two thirds of a near match's characters are
 * in some label (the score needs it), so most text is turned away without comparing.
 */
export function nearTable3Row(norm: string): FuzzyRow | undefined {
  if (!table3Chars) {
    table3Chars = new Set();
    for (const list of rowLabels.values()) for (const l of list) if (!l.parent && l.table === 'table3') for (const ch of stripNumbering(normalizeLabel(l.official))) table3Chars.add(ch);
  }
  const chars = [...stripNumbering(norm)];
  let known = 0;
  for (const ch of chars) if (table3Chars.has(ch)) known++;
  return 3 * known >= 2 * chars.length ? fuzzyRow(norm, ['table3']) : undefined;
}

/** Data-row labels with their text as compared by fuzzyRow, made at the first near-match. */
let fuzzyCandidates: { label: RowLabel; bare: string }[] | undefined;
const fuzzyMemo = new Map<string, FuzzyRow | null>();

/** Best near-match among data-row labels of the given tables, for labels typed slightly wrong. */
export function fuzzyRow(norm: string, tables: TableId[]): FuzzyRow | undefined {
  const key = `${tables.join(',')}|${norm}`;
  const known = fuzzyMemo.get(key);
  if (known !== undefined) return known ?? undefined;
  return remember(fuzzyMemo, key, computeFuzzyRow(norm, tables) ?? null) ?? undefined;
}

/** Table 三's parent labels, longest first, for a label written after its parents. */
let parentKeys: string[] | undefined;
/** The label without the parents written before it (（三）不予公开2.其他法律行政止公开 → 2.其他法律行政止公开). */
function withoutParents(norm: string): string {
  parentKeys ??= [...rowLabels].filter(([, list]) => list.some((l) => l.parent)).map(([k]) => k).sort((a, b) => b.length - a.length);
  for (let cut = true; cut;) {
    cut = false;
    for (const p of parentKeys) {
      if (norm.length > p.length && norm.startsWith(p)) { norm = norm.slice(p.length); cut = true; break; }
    }
  }
  return norm;
}

function computeFuzzyRow(norm: string, tables: TableId[]): FuzzyRow | undefined {
  const bare = stripNumbering(withoutParents(norm));
  if ([...bare].length < 2) return undefined;
  // Each row once, under its own label (not again under a form with its parents before it).
  fuzzyCandidates ??= [...rowLabels].flatMap(([key, list]) => list.filter((l) => !l.parent && normalizeLabel(l.official) === key))
    .map((label) => ({ label, bare: stripNumbering(normalizeLabel(label.official)) }));
  let best: FuzzyRow | undefined;
  let second = 0;
  for (const { label, bare: official } of fuzzyCandidates) {
    if (!tables.includes(label.table)) continue;
    const score = similarity(bare, official);
    if (!best || score > best.score) { second = best?.score ?? 0; best = { label, score }; } else if (score > second) second = score;
  }
  if (best && best.score >= 0.8 && best.score - second >= 0.1) return best;
  return undefined;
}

/** Best near-match among column labels of one table (or sub-table). */
export function fuzzyColumn(norm: string, candidates: ColumnLabel[]): ColumnLabel | undefined {
  let best: ColumnLabel | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    const score = similarity(norm, normalizeLabel(c.official));
    if (score > bestScore) { bestScore = score; best = c; }
  }
  return bestScore >= 0.75 ? best : undefined;
}

/** Table 四's groups in format order, each with the label that names it and its parent's (行政诉讼). */
const TABLE4_GROUPS = FORMAT_2021.table4Groups.map((g) => ({
  label: lookupDataRow(normalizeLabel(g.label))!.find((r) => r.table === 'table4' && r.key === g.key)!,
  name: normalizeLabel(g.label),
  parent: g.parent ? normalizeLabel(g.parent) : undefined,
}));

/**
 * The table 四 groups a short heading or header names (`（一）行政复议`, `行政诉讼（复议后起诉）`, `行政诉讼`
 * = both litigation groups), in format order; undefined when it names none. A group named by its own
 * label wins over its parent's: `行政诉讼：未经复议直接起诉` is that group only.
 */
export function table4GroupsNamed(norm: string): RowLabel[] | undefined {
  // Asked of every short text row: most name no group, and are answered without building anything.
  if (!TABLE4_GROUPS.some((g) => norm.includes(g.name) || (g.parent !== undefined && norm.includes(g.parent)))) return undefined;
  const own = TABLE4_GROUPS.filter((g) => norm.includes(g.name));
  const byParent = TABLE4_GROUPS.filter((g) => g.parent && norm.includes(g.parent) && !own.some((o) => o.parent === g.parent));
  const named = TABLE4_GROUPS.filter((g) => own.includes(g) || byParent.includes(g));
  return named.length ? named.map((g) => g.label) : undefined;
}

const ALL_COLUMNS = [...columnLabels.values()].flat();
export function allColumnLabels(): ColumnLabel[] {
  return ALL_COLUMNS;
}
