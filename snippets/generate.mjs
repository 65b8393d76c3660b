// Writes snippets/gknb.code-snippets from the official format data (server/src/engine/data/format-2021.json).
// Run after the format data changes: `node snippets/generate.mjs`. Not shipped in the .vsix.
// Layouts follow the server's templates: Markdown pipe tables and tab-separated rows.
import { readFileSync, writeFileSync } from 'node:fs';

const format = JSON.parse(readFileSync(new URL('../server/src/engine/data/format-2021.json', import.meta.url), 'utf8'));

/** Escapes text for the snippet body syntax. */
const esc = (s) => s.replace(/[\\$}]/g, (c) => '\\' + c);

/** Hands out tab stops in order. Tables get `null` instead inside the report skeleton: plain empty cells. */
function stops() {
  let n = 1;
  return {
    next: () => `$${n++}`,
    /** A tab stop with default text; returns [stop, its number]. */
    placeholder: (text) => [`\${${n}:${esc(text)}}`, n++],
  };
}

function row(style, cells) {
  return style === 'pipe' ? '| ' + cells.map((c) => (c === '' ? ' ' : c)).join(' | ') + ' |' : cells.join('\t');
}

function grid(style, header, rows) {
  const out = [];
  header.forEach((h, i) => {
    out.push(row(style, h));
    if (style === 'pipe' && i === 0) out.push('| ' + h.map(() => '---').join(' | ') + ' |');
  });
  for (const r of rows) out.push(row(style, r));
  return out;
}

const cell = (tabs) => (tabs ? tabs.next() : '');

function subTable(style, sub, tabs) {
  const header = [[esc(sub.label_column), ...sub.columns.map((c) => esc(c.label))]];
  const rows = sub.rows.map((r) => [esc(r.label), ...sub.columns.map(() => cell(tabs))]);
  return [esc(sub.title), '', ...grid(style, header, rows)];
}

function table2(style, tabs) {
  const out = [];
  for (const sub of format.table2) {
    if (out.length) out.push('');
    out.push(...subTable(style, sub, tabs));
  }
  return out;
}

function table3(style, tabs) {
  const t = format.table3;
  const header = [[esc(t.column_group), ...t.columns.map((c) => esc(c.label))]];
  const rows = [];
  const parents = new Set();
  for (const r of t.rows) {
    for (const p of r.path.slice(0, -1)) {
      if (parents.has(p)) continue;
      parents.add(p);
      // A heading row without numbers: blank cells in a pipe table, the label alone in a tab layout.
      rows.push(style === 'pipe' ? [esc(p), ...t.columns.map(() => '')] : [esc(p)]);
    }
    rows.push([esc(r.label), ...t.columns.map(() => cell(tabs))]);
  }
  return [esc(t.header_note), '', ...grid(style, header, rows)];
}

function table4(style, tabs) {
  const groups = format.table4.groups;
  const labels = (g) => g.columns.map((c) => esc(c.label));
  const blanks = (n) => new Array(n).fill('');
  const width = groups.reduce((n, g) => n + g.columns.length, 0);
  const parent = groups[1].parent;
  const header = [
    [esc(groups[0].label), ...blanks(groups[0].columns.length - 1), esc(parent), ...blanks(width - groups[0].columns.length - 1)],
    [...labels(groups[0]), ...groups.slice(1).flatMap((g) => [esc(g.label), ...blanks(g.columns.length - 1)])],
    [...blanks(groups[0].columns.length), ...groups.slice(1).flatMap(labels)],
  ];
  const data = [new Array(width).fill(null).map(() => cell(tabs))];
  return grid(style, header, data);
}

const TOPIC_ORDINALS = ['（一）', '（二）', '（三）', '（四）', '（五）'];

function report(style) {
  const md = style === 'pipe';
  const h1 = md ? '# ' : '';
  const h2 = md ? '## ' : '';
  const tabs = stops();
  const [org] = tabs.placeholder('××县××局');
  const [year, yearStop] = tabs.placeholder('2024');
  const yearRef = `$${yearStop}`;
  const text = (placeholder) => tabs.placeholder(placeholder)[0];
  const [s1, s2, s3, s4, s5, s6] = format.sections;
  const out = [`${h1}${org}${year}年政府信息公开工作年度报告`, ''];
  out.push(`${h2}${esc(s1.title)}`, '', `${yearRef}年，${text('（概述本年度政府信息公开工作）')}`, '');
  s1.expected_topics.forEach((topic, i) => {
    out.push(`${TOPIC_ORDINALS[i]}${esc(topic)}`, '', text(`（${topic}工作情况）`), '');
  });
  out.push(`${h2}${esc(s2.title)}`, '', ...table2(style, null), '');
  out.push(`${h2}${esc(s3.title)}`, '', ...table3(style, null), '');
  out.push(`${h2}${esc(s4.title)}`, '', ...table4(style, null), '');
  out.push(`${h2}${esc(s5.title)}`, '', text('存在的主要问题：……'), '', text('改进情况：……'), '');
  out.push(`${h2}${esc(s6.title)}`, '', text('本年度未收取信息处理费。'), '$0');
  return out;
}

const snippets = {};
const STYLE = { pipe: { suffix: '', zh: 'Markdown 表格', en: 'Markdown pipe table' }, tab: { suffix: '-tab', zh: '制表符分隔', en: 'tab-separated' } };

for (const style of ['pipe', 'tab']) {
  const s = STYLE[style];
  const add = (key, prefix, zh, en, body, extra = {}) => {
    snippets[`${key} (${s.en})`] = { prefix: prefix + s.suffix, description: `${zh}（${s.zh}） / ${en} (${s.en})`, ...extra, body };
  };
  add('gknb report', 'gknb-report', '政府信息公开工作年度报告框架（六个部分及标准表格）', 'Annual report skeleton: the six sections and the standard tables', report(style), { isFileTemplate: true });
  add('gknb table 2', 'gknb-table2', '表格二 主动公开政府信息情况（全部四个子表）', 'Table 2: proactive disclosure (all four sub-tables)', table2(style, stops()));
  for (const sub of format.table2) {
    const item = sub.key.replace('art20_', '');
    add(`gknb ${sub.key}`, `gknb-art20-${item}`, esc(sub.title), `Table 2 sub-table: Article 20, item (${item})`, subTable(style, sub, stops()));
  }
  add('gknb table 3', 'gknb-table3', '表格三 收到和处理政府信息公开申请情况', 'Table 3: disclosure requests received and handled', table3(style, stops()));
  add('gknb table 4', 'gknb-table4', '表格四 政府信息公开行政复议、行政诉讼情况', 'Table 4: administrative reconsideration and litigation', table4(style, stops()));
}

writeFileSync(new URL('./gknb.code-snippets', import.meta.url), JSON.stringify(snippets, null, 2) + '\n');
