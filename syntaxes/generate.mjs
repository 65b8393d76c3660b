// Writes the two TextMate grammars from the official format data:
//   syntaxes/gknb.tmLanguage.json                 (scopeName source.gknb, the `gknb` language)
//   syntaxes/gknb.markdown-injection.tmLanguage.json (injected into text.html.markdown)
// Run after the format data changes: `node syntaxes/generate.mjs`. Not shipped in the .vsix.
//
// Labels come from server/src/engine/data (format-2021.json, format-2019.json, recognition.json) and are
// matched leniently: full- or half-width brackets, commas and quotes, optional spaces around punctuation.
// The Markdown injection colours only report-specific lines (title, section headings, rows of the standard
// tables), so other Markdown files and tables keep their usual colours.
import { readFileSync, writeFileSync } from 'node:fs';

const data = (name) => JSON.parse(readFileSync(new URL(`../server/src/engine/data/${name}`, import.meta.url), 'utf8'));
const f2021 = data('format-2021.json');
const f2019 = data('format-2019.json');
const recognition = data('recognition.json');

// ---------------------------------------------------------------- lenient label regexes

const SP = '[ \\u3000]*';
const ONE_SPACE = '[ \\u00a0\\u3000]?';
const CLASSES = {
  '（': '[（(]', '(': '[（(]', '）': '[）)]', ')': '[）)]',
  '，': '[，,]', ',': '[，,]', '：': '[：:]', ':': '[：:]',
  '、': '[、,，.．]', '“': '[“”"]', '”': '[“”"]', '"': '[“”"]', '/': '[/／]',
};

/**
 * A label as a regex: punctuation in either width, spaces allowed around punctuation, `1.` also as `1．`
 * or `1、`, and one stray space between two characters (`结果 维持`, as cells copied from Word often have).
 */
function lenient(label) {
  let out = '';
  const chars = [...label];
  chars.forEach((c, i) => {
    if (c === '.' && i > 0 && /\d/.test(chars[i - 1])) out += '[.．、]' + SP;
    else if (CLASSES[c]) out += (c === '（' || c === '(' ? SP : '') + CLASSES[c] + SP;
    else {
      if (i > 0 && !CLASSES[chars[i - 1]] && chars[i - 1] !== '.') out += ONE_SPACE;
      out += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  });
  return out.endsWith(SP) ? out.slice(0, -SP.length) : out;
}

const alt = (labels) => '(?:' + [...new Set(labels)].sort((a, b) => b.length - a.length).map(lenient).join('|') + ')';

// ---------------------------------------------------------------- label sets

const TOTAL = '总计';
const resultTotal = f2021.table3.rows.find((r) => r.key === 'result_total').label; // （七）总计

const table3Rows = new Set();
for (const r of f2021.table3.rows) {
  for (const p of r.path) table3Rows.add(p);
}
table3Rows.delete(resultTotal);

const table2Rows = new Set([
  ...f2021.table2.flatMap((s) => s.rows.map((r) => r.label)),
  ...f2019.table2.flatMap((s) => s.rows),
]);

const columnLabels = new Set([
  ...f2021.table2.flatMap((s) => [s.label_column, ...s.columns.map((c) => c.label)]),
  ...f2019.table2.flatMap((s) => s.columns),
  f2021.table3.column_group,
  ...f2021.table3.columns.flatMap((c) => [c.label, c.group].filter(Boolean)),
  ...f2021.table4.groups.flatMap((g) => [g.label, g.parent, ...g.columns.map((c) => c.label)].filter(Boolean)),
  ...Object.keys(recognition.label_aliases ?? {}),
  ...Object.keys(recognition.accepted_variants ?? {}),
]);
columnLabels.delete(TOTAL);
for (const r of table3Rows) columnLabels.delete(r);
for (const r of table2Rows) columnLabels.delete(r);

const sectionTitles = [];
for (const s of f2021.sections) {
  const bare = s.title.replace(/^[一二三四五六][、.．]/, '');
  sectionTitles.push(bare, ...(recognition.sections?.[s.ordinal]?.unnumbered ?? []));
}

const titlePhrase = recognition.title_phrase; // 政府信息公开工作年度报告
const tableTitle = `第二十条第${SP}[（(]${SP}[一二三四五六七八九十]{1,3}${SP}[）)]${SP}项`;
const note = f2021.table3.header_note; // （本列数据的勾稽关系为：…）

// ---------------------------------------------------------------- building blocks

const NUM = '\\d+(?:\\.\\d+)?';
/** Padding inside a cell: spaces, no-break spaces (common in text copied from Word), ideographic spaces. */
const PAD = '[ \\u00a0\\u3000]*';
const CELL_START = `(?:^|(?<=[|\\t]))${PAD}`;
const CELL_END = `${PAD}(?=[|\\t]|$)`;
const ROW_START = '^[ \\t]*(\\|)?[ \\t]*';
const LABEL_END = '[ \\t]*(?=[|\\t]|$)';
const HEADING = '^[ ]{0,3}(#{1,6}[ \\t]+)?(\\*\\*)?';
const HEADING_END = '(\\*\\*)?[ \\t]*$';
/** A table row of exactly 15 number-or-blank cells (table 四's data row), pipe or tab separated. */
const CELL = `${PAD}(?:${NUM})?${PAD}`;
const TABLE4_ROW = `^(?=[ \\t]*\\|?(?:${CELL}[|\\t]){14}${CELL}\\|?[ \\t]*$)`;
/** After a total cell of table 四 come 10, 5 or 0 more cells (a closing `|` starts no cell). */
const NEXT_CELL = '[|\\t](?![ \\t]*$)[^|\\t]*';
const TABLE4_TOTAL_AFTER = `(?=(?:(?:${NEXT_CELL}){10}|(?:${NEXT_CELL}){5})?\\|?[ \\t]*$)`;

const repository = {
  'title': {
    comment: 'The report title: …政府信息公开工作年度报告',
    match: `${HEADING}([^|\\t]{0,60}?${titlePhrase}(?:[（(][^）)|\\t]{0,20}[）)])?)${HEADING_END}`,
    name: 'markup.heading.title.gknb',
    captures: {
      1: { name: 'punctuation.definition.heading.gknb' },
      2: { name: 'punctuation.definition.bold.gknb' },
      3: { name: 'entity.name.section.title.gknb' },
      4: { name: 'punctuation.definition.bold.gknb' },
    },
  },
  'section-heading': {
    comment: 'The six section headings 一、总体情况 … 六、其他需要报告的事项 (the ordinal may be missing)',
    match: `${HEADING}((?:[一二三四五六]${SP}[、.．]${SP})?${alt(sectionTitles)})[ \\t]*[。.：:]?${HEADING_END}`,
    name: 'markup.heading.section.gknb',
    captures: {
      1: { name: 'punctuation.definition.heading.gknb' },
      2: { name: 'punctuation.definition.bold.gknb' },
      3: { name: 'entity.name.section.gknb' },
      4: { name: 'punctuation.definition.bold.gknb' },
    },
  },
  'sub-heading': {
    comment: 'Sub-headings （一）… with a short title, ending the line or followed by 。 or ：',
    patterns: [
      {
        match: `${HEADING}([（(]${SP}[一二三四五六七八九十]{1,3}${SP}[）)])[ \\t]*([^。：:|\\t*]{1,30}?)(?=[ \\t]*(?:[。：:]|(?:\\*\\*)?[ \\t]*$))`,
        name: 'markup.heading.subsection.gknb',
        captures: {
          1: { name: 'punctuation.definition.heading.gknb' },
          2: { name: 'punctuation.definition.bold.gknb' },
          3: { name: 'entity.name.section.subsection.gknb' },
          4: { name: 'entity.name.section.subsection.gknb' },
        },
      },
      {
        match: `^[ ]{0,3}([（(]${SP}[一二三四五六七八九十]{1,3}${SP}[）)])`,
        captures: { 1: { name: 'markup.heading.subsection.gknb entity.name.section.subsection.gknb' } },
      },
    ],
  },
  'table-title': {
    comment: 'Sub-table titles 第二十条第（一）项 …, on their own line or in a first cell',
    match: `${ROW_START}(${tableTitle})${LABEL_END}`,
    captures: {
      1: { name: 'punctuation.definition.table.gknb' },
      2: { name: 'entity.name.type.table.gknb' },
    },
  },
  'table-note': {
    comment: 'The note printed above table 三: （本列数据的勾稽关系为：…）, sometimes followed by header cells',
    name: 'meta.table.header.gknb',
    begin: `${ROW_START}(${lenient(note.slice(0, 10))}[^|\\t]*)`,
    beginCaptures: {
      1: { name: 'punctuation.definition.table.gknb' },
      2: { name: 'comment.line.note.gknb' },
    },
    end: '$',
    patterns: [{ include: '#header-cells' }],
  },
  'result-total-row': {
    comment: 'Table 三 row （七）总计: every number in it is a total',
    name: 'meta.table.row.gknb meta.table.row.total.gknb',
    begin: `${ROW_START}(${lenient(resultTotal)})${LABEL_END}`,
    beginCaptures: {
      1: { name: 'punctuation.definition.table.gknb' },
      2: { name: 'markup.bold.total.gknb keyword.other.total.gknb' },
    },
    end: '$',
    patterns: [{ include: '#total-cell' }, { include: '#pipe' }],
  },
  'table3-row': {
    comment: 'Table 三 rows: the label, numbers, and the 总计 column last',
    name: 'meta.table.row.gknb',
    begin: `${ROW_START}(${alt([...table3Rows])})${LABEL_END}`,
    beginCaptures: {
      1: { name: 'punctuation.definition.table.gknb' },
      2: { name: 'support.type.label.row.gknb' },
    },
    end: '$',
    patterns: [
      { include: '#last-total-cell' },
      { include: '#number-cell' },
      { match: `${CELL_START}(${alt([...table3Rows])})${CELL_END}`, captures: { 1: { name: 'support.type.label.row.gknb' } } },
      { include: '#pipe' },
    ],
  },
  'table2-row': {
    comment: 'Table 二 rows (规章, 行政许可 …)',
    name: 'meta.table.row.gknb',
    begin: `${ROW_START}(${alt([...table2Rows])})${LABEL_END}`,
    beginCaptures: {
      1: { name: 'punctuation.definition.table.gknb' },
      2: { name: 'support.type.label.row.gknb' },
    },
    end: '$',
    patterns: [{ include: '#number-cell' }, { include: '#pipe' }],
  },
  'header-row': {
    comment: 'Header rows of the three tables (possibly starting with blank cells); 总计 as a total',
    name: 'meta.table.header.gknb',
    begin: `^(?=[ \\t]*\\|?(?:[ \\t]*[|\\t])*[ \\t]*(?:${alt([...columnLabels, TOTAL])}|${tableTitle})${LABEL_END})`,
    end: '$',
    patterns: [{ include: '#header-cells' }],
  },
  'header-cells': {
    patterns: [
      { match: `${CELL_START}(${lenient(TOTAL)})${CELL_END}`, captures: { 1: { name: 'markup.bold.total.gknb keyword.other.total.gknb' } } },
      { match: `${CELL_START}(${alt([...columnLabels])})${CELL_END}`, captures: { 1: { name: 'support.type.label.column.gknb' } } },
      { match: `${CELL_START}(${tableTitle})${CELL_END}`, captures: { 1: { name: 'entity.name.type.table.gknb' } } },
      { include: '#pipe' },
    ],
  },
  'table4-data-row': {
    comment: 'Table 四 data row: 15 numbers; the 5th, 10th and 15th are totals',
    name: 'meta.table.row.gknb',
    begin: TABLE4_ROW,
    end: '$',
    patterns: [
      {
        match: `(?<=[|\\t])${PAD}(${NUM})${PAD}${TABLE4_TOTAL_AFTER}`,
        captures: { 1: { name: 'markup.bold.total.gknb constant.numeric.total.gknb' } },
      },
      { include: '#number-cell' },
      { include: '#pipe' },
    ],
  },
  'number-cell': {
    match: `${CELL_START}(${NUM})${CELL_END}`,
    captures: { 1: { name: 'constant.numeric.cell.gknb' } },
  },
  'total-cell': {
    match: `${CELL_START}(${NUM})${CELL_END}`,
    captures: { 1: { name: 'markup.bold.total.gknb constant.numeric.total.gknb' } },
  },
  'last-total-cell': {
    match: `(?<=[|\\t])${PAD}(${NUM})${PAD}(?=\\|?[ \\t]*$)`,
    captures: { 1: { name: 'markup.bold.total.gknb constant.numeric.total.gknb' } },
  },
  'pipe': {
    match: '\\|',
    name: 'punctuation.definition.table.gknb',
  },
  // ------------------------------------------------ only in the gknb language
  'comment': {
    begin: '<!--',
    end: '-->',
    name: 'comment.block.gknb',
    beginCaptures: { 0: { name: 'punctuation.definition.comment.gknb' } },
    endCaptures: { 0: { name: 'punctuation.definition.comment.gknb' } },
    patterns: [{ match: '\\bgknb-disable-next-line\\b', name: 'keyword.control.directive.gknb' }],
  },
  'other-heading': {
    match: '^[ ]{0,3}(#{1,6})[ \\t]+(.*?)[ \\t]*$',
    name: 'markup.heading.gknb',
    captures: { 1: { name: 'punctuation.definition.heading.gknb' }, 2: { name: 'entity.name.section.gknb' } },
  },
  'pipe-row': {
    comment: 'Any other pipe table row: separators, delimiter cells and numbers',
    name: 'meta.table.row.gknb',
    begin: '^(?=[ \\t]*\\|)',
    end: '$',
    patterns: [
      { match: '(?<=\\|)[ \\t]*:?-{3,}:?[ \\t]*(?=\\|)', name: 'punctuation.separator.table.gknb' },
      { include: '#number-cell' },
      { include: '#pipe' },
    ],
  },
};

/** Rules whose lines are recognisably part of a report: safe to inject into every Markdown file. */
const REPORT_RULES = [
  'title', 'table4-data-row', 'result-total-row', 'table3-row', 'table2-row', 'table-title', 'table-note',
  'header-row', 'section-heading', 'sub-heading',
];

const gknb = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'gknb',
  scopeName: 'source.gknb',
  comment: 'Generated by syntaxes/generate.mjs from server/src/engine/data; do not edit by hand.',
  patterns: [
    { include: '#comment' },
    ...REPORT_RULES.map((r) => ({ include: `#${r}` })),
    { include: '#other-heading' },
    { include: '#pipe-row' },
    { include: '#number-cell' },
  ],
  repository,
};

// The injection grammar carries the report rules and the rules they include.
const needed = new Set();
const visit = (name) => {
  if (needed.has(name)) return;
  needed.add(name);
  for (const m of JSON.stringify(repository[name]).matchAll(/"include":"#([^"]+)"/g)) visit(m[1]);
};
REPORT_RULES.forEach(visit);
const injectionRepository = Object.fromEntries(Object.entries(repository).filter(([name]) => needed.has(name)));

const injection = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'gknb Markdown injection',
  scopeName: 'markdown.gknb.injection',
  comment: 'Generated by syntaxes/generate.mjs from server/src/engine/data; do not edit by hand.',
  // Not inside the rows this grammar itself begins, or the injection would start them again and again.
  injectionSelector: 'L:text.html.markdown -markup.fenced_code -markup.raw -markup.inline.raw -meta.embedded -comment -meta.table.row.gknb -meta.table.header.gknb',
  patterns: REPORT_RULES.map((r) => ({ include: `#${r}` })),
  repository: injectionRepository,
};

writeFileSync(new URL('./gknb.tmLanguage.json', import.meta.url), JSON.stringify(gknb, null, 2) + '\n');
writeFileSync(new URL('./gknb.markdown-injection.tmLanguage.json', import.meta.url), JSON.stringify(injection, null, 2) + '\n');
