/**
 * The official format as the engine uses it: the 2021 data (official, keyed) and the keyed
 * 2019 model, plus the recognition data (key phrases, variants). No format knowledge lives in code branches.
 */
import format2021 from './data/format-2021.json';
import format2019 from './data/format-2019-model.json';
import recognition from './data/recognition.json';

export type FormatId = '2021' | '2019';
export type TableId = 'table2' | 'table3' | 'table4';
export type ValueType = 'int>=0' | 'decimal>=0' | 'int';

/** `group`: the spanning header a table 三 column stands under (法人或其他组织), when it has one. */
export interface ColumnDef { key: string; label: string; valueType: ValueType; group?: string }
export interface SubTableDef {
  key: string;
  title: string;
  columns: ColumnDef[];
  rows: { key: string; label: string }[];
}
export interface Table3RowDef { key: string; label: string; path: string[] }
export interface SectionDef { ordinal: string; title: string; kind: string; expectedTopics: string[]; mustMention: string[] }

export interface FormatModel {
  id: FormatId;
  table2: SubTableDef[];
  table3Columns: ColumnDef[];
  table3Rows: Table3RowDef[];
  table3ResultRows: string[];
  table4Groups: { key: string; label: string; parent: string | null; columns: ColumnDef[] }[];
}

function subTables(raw: any[]): SubTableDef[] {
  return raw.map((t) => ({
    key: t.key,
    title: t.title,
    columns: t.columns.map((c: any) => ({ key: c.key, label: c.label, valueType: (c.value_type ?? t.value_type) as ValueType })),
    rows: t.rows,
  }));
}

const table3Columns: ColumnDef[] = format2021.table3.columns.map((c) => ({ key: c.key, label: c.label, valueType: 'int>=0', ...(c.group ? { group: c.group } : {}) }));
const table4Groups = format2021.table4.groups.map((g) => ({
  key: g.key, label: g.label, parent: g.parent,
  columns: g.columns.map((c) => ({ key: c.key, label: c.label, valueType: 'int>=0' as ValueType })),
}));

export const FORMAT_2021: FormatModel = {
  id: '2021',
  table2: subTables(format2021.table2),
  table3Columns,
  table3Rows: format2021.table3.rows,
  table3ResultRows: format2021.table3.result_rows,
  table4Groups,
};

function table3Rows2019(): { rows: Table3RowDef[]; results: string[] } {
  const { replace, with: replacement } = format2019.table3_rows_replace;
  const rows: Table3RowDef[] = [];
  for (const r of format2021.table3.rows) {
    if (r.key === replace[0]) rows.push(replacement);
    if (!replace.includes(r.key)) rows.push(r);
  }
  const results: string[] = [];
  for (const k of format2021.table3.result_rows) {
    if (k === replace[0]) results.push(replacement.key);
    if (!replace.includes(k)) results.push(k);
  }
  return { rows, results };
}

const t3_2019 = table3Rows2019();
export const FORMAT_2019: FormatModel = {
  id: '2019',
  table2: subTables(format2019.table2),
  table3Columns,
  table3Rows: t3_2019.rows,
  table3ResultRows: t3_2019.results,
  table4Groups,
};

export const FORMATS: Record<FormatId, FormatModel> = { '2021': FORMAT_2021, '2019': FORMAT_2019 };
/** Table 四's cells in one row: its groups' columns together (the same in both formats). */
export const TABLE4_CELLS = FORMAT_2021.table4Groups.reduce((n, g) => n + g.columns.length, 0);

export const SECTIONS: SectionDef[] = format2021.sections.map((s: any) => ({
  ordinal: s.ordinal,
  title: s.title,
  kind: s.kind,
  expectedTopics: s.expected_topics ?? [],
  mustMention: s.must_mention ?? [],
}));

export const SECTION_ORDINALS = SECTIONS.map((s) => s.ordinal);
export const TABLE3_HEADER_NOTE = format2021.table3.header_note;
export const TABLE3_COLUMN_GROUP = format2021.table3.column_group;
export const FINGERPRINTS_2019: string[] = format2019.fingerprint_labels;
export const RECOGNITION = recognition;

/** The first report year any national format applies to (format-2019.json: "2019-2020"). */
export const FIRST_FORMAT_YEAR = Number(/\d{4}/.exec(format2019.applies_to_report_years)![0]);

/** Which report years a format applies to (format-2021.json says ">=2021"). */
export function expectedFormatForYear(year: number): FormatId {
  return year >= 2021 ? '2021' : '2019';
}

/**
 * Table 三's result groups as prose names them: their labels without the ordinal and the bracketed note
 * (（二）部分公开（区分处理的…） → 部分公开); 总计 is no result.
 */
/** Table 三's balance (第一项加第二项之和，等于第三项加第四项之和): new + carried over = results' total + carried forward. */
export const TABLE3_BALANCE: readonly [string, string, string, string] = ['new_received', 'carried_over', 'result_total', 'carry_forward'];

export const TABLE3_RESULT_NAMES: readonly string[] = [...new Set(FORMAT_2021.table3Rows.filter((r) => r.path.length >= 2).map((r) => r.path[1]))]
  .map((label) => label.replace(/^[（(][一二三四五六七八九十]+[)）]/, '').replace(/[（(].*$/, ''))
  .filter((name) => name.length >= 4);
