/**
 * The official table shapes, read from the engine's own data files (the format is data, not code):
 * row and column keys of tables 二, 三 and 四 for the 2021 and 2019 formats.
 */
import { readFileSync } from 'node:fs';

const DATA = new URL('../../../server/src/engine/data/', import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, DATA), 'utf8'));

export const F2021 = read('format-2021.json');
export const F2019 = read('format-2019-model.json');

/** Table 三 rows of a format: the 2019 table has one （六）其他处理 row instead of three. */
function table3Rows(id) {
  const rows = F2021.table3.rows;
  if (id === '2021') return rows;
  const { replace, with: one } = F2019.table3_rows_replace;
  const at = rows.findIndex((r) => r.key === replace[0]);
  return [...rows.slice(0, at), one, ...rows.slice(at + replace.length)];
}

function resultRows(id) {
  const { replace, with: one } = F2019.table3_rows_replace;
  const keys = F2021.table3.result_rows;
  if (id === '2021') return keys;
  const at = keys.indexOf(replace[0]);
  return [...keys.slice(0, at), one.key, ...keys.slice(at + replace.length)];
}

/** Everything the generator and the eval need to know about one format. */
export function formatOf(id) {
  return {
    id,
    table2: id === '2021' ? F2021.table2 : F2019.table2,
    table3Rows: table3Rows(id),
    table3Columns: F2021.table3.columns,
    resultRows: resultRows(id),
    table4Groups: F2021.table4.groups,
    headerNote: F2021.table3.header_note,
  };
}

export const FORMATS = { 2021: formatOf('2021'), 2019: formatOf('2019') };
export const SECTION_TITLES = F2021.sections.map((s) => s.title);
export const ORDINALS = F2021.sections.map((s) => s.ordinal);
