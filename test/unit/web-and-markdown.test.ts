/**
 * Issue 12, classes 2 and 3: tables as a browser copies a web page (tab-separated, every field in its
 * place, trailing empty fields included) and Markdown as people and converters write it (table 四 as one
 * small table per group, table 三 cut in parts, a stand-in header row). Minimal hand-written examples.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { readFixture } from '../helpers/fixtures';

const PIPE = readFixture('layouts/pipe.md');

/** The pipe layout sample as a browser copies it: cells joined by tabs, no delimiter rows. */
function asWebCopy(md: string): string {
  return md.split('\n').filter((l) => !l.startsWith('|---')).map((l) =>
    l.startsWith('|') ? l.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join('\t') : l).join('\n');
}

function tablesOf(text: string) {
  const a = checkText(text);
  return { a, tables: extract('t', a.model, text.split('\n')).tables as any };
}

const errorsAndWarnings = (text: string) =>
  checkText(text).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.rule}: ${d.message}`);

describe('web pages copied from a browser (tab-separated, positional fields)', () => {
  const web = asWebCopy(PIPE);

  it('the sample as a web copy reads like the Markdown original (same cells, no findings)', () => {
    assert.deepStrictEqual(tablesOf(web).tables, tablesOf(PIPE).tables);
    assert.deepStrictEqual(errorsAndWarnings(web), []);
  });

  it('a trailing empty field is a blank 总计, not padding: the row is not shifted one column right', () => {
    // As a browser copies the first row of a rowspan group: the parent label, the row label, seven fields.
    const text = web.replace('三、本年度办理结果\t\t\t\t\t\t\t\t\n', '').replace('（一）予以公开\t3\t1\t0\t0\t0\t0\t4', '三、本年度办理结果\t（一）予以公开\t3\t1\t\t\t0\t0\t');
    const { a, tables } = tablesOf(text);
    assert.deepStrictEqual(tables.table3.granted, { natural_person: 3, commercial: 1, research: null, social_welfare: null, legal_service: 0, other: 0, total: null });
    const findings = a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepStrictEqual(findings.map((d) => d.rule), ['cell-missing']);
    assert.match(findings[0].message, /科研机构.*社会公益组织.*总计/);
  });

  it('table 四: fifteen fields with the last five empty stay in their groups', () => {
    const text = web.replace('1\t0\t0\t1\t2\t0\t0\t0\t0\t0\t0\t1\t0\t0\t1', '1\t\t0\t1\t2\t0\t0\t0\t0\t0\t\t\t\t\t');
    const { tables } = tablesOf(text);
    assert.deepStrictEqual(tables.table4.review, { upheld: 1, corrected: null, other: 0, pending: 1, total: 2 });
    assert.deepStrictEqual(tables.table4.lit_direct, { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
    assert.deepStrictEqual(tables.table4.lit_after_review, { upheld: null, corrected: null, other: null, pending: null, total: null });
  });

  it('a row present with every cell blank is cell-missing, never row-missing', () => {
    const text = web.replace('1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0', '1.属于国家秘密\t\t\t\t\t\t\t');
    const rules = checkText(text).diagnostics.map((d) => d.rule);
    assert.ok(rules.includes('cell-missing'), rules.join());
    assert.ok(!rules.includes('row-missing'), rules.join());
  });
});

describe('Markdown as people and converters write it', () => {
  const t4Start = PIPE.indexOf('| 行政复议 |');
  const t4End = PIPE.indexOf('## 五、');
  const groupTable = (values: string) => `| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n| ${values} |\n`;

  it('table 四 as three small tables, one per group under its heading', () => {
    const text = PIPE.slice(0, t4Start)
      + `### （一）行政复议\n\n${groupTable('1 | 0 | 0 | 1 | 2')}\n### （二）行政诉讼：未经复议直接起诉\n\n${groupTable('0 | 0 | 0 | 0 | 0')}\n`
      + `### （三）行政诉讼：复议后起诉\n\n${groupTable('0 | 1 | 0 | 0 | 1')}\n` + PIPE.slice(t4End);
    assert.deepStrictEqual(tablesOf(text).tables.table4, tablesOf(PIPE).tables.table4);
    assert.deepStrictEqual(errorsAndWarnings(text), []);
  });

  it('table 四 as 行政复议 then 行政诉讼 (two groups of ten fields) under their own header cells', () => {
    const text = PIPE.slice(0, t4Start)
      + `| 行政复议 | | | | |\n|---|---|---|---|---|\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| 1 | 0 | 0 | 1 | 2 |\n\n`
      + '| 行政诉讼 | | | | | | | | | |\n|---|---|---|---|---|---|---|---|---|---|\n'
      + '| 未经复议直接起诉 | | | | | 复议后起诉 | | | | |\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n'
      + '| 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 1 |\n\n' + PIPE.slice(t4End);
    assert.deepStrictEqual(tablesOf(text).tables.table4, tablesOf(PIPE).tables.table4);
    assert.deepStrictEqual(errorsAndWarnings(text), []);
  });

  it('a group heading does not capture a full fifteen-field row, and a wrong group total is still found', () => {
    const wrong = PIPE.slice(0, t4Start) + `### （一）行政复议\n\n${groupTable('1 | 0 | 0 | 1 | 3')}\n` + PIPE.slice(t4End);
    const rules = checkText(wrong).diagnostics.map((d) => d.rule);
    assert.ok(rules.includes('row-total'), rules.join());
    const full = PIPE.replace('| 行政复议 |', '（一）行政复议\n\n| 行政复议 |');
    assert.deepStrictEqual(tablesOf(full).tables.table4, tablesOf(PIPE).tables.table4);
  });

  it('table 三 cut into parts, with the header repeated or not, reads as one table', () => {
    const cut = PIPE.indexOf('| 5.属于三类内部事务信息');
    const header = '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|\n';
    for (const between of [`\n- 4 -\n\n${header}`, '\n\n|  |  |  |  |  |  |  |  |\n|---|---|---|---|---|---|---|---|\n', '\n\n']) {
      const text = PIPE.slice(0, cut) + between + PIPE.slice(cut);
      assert.deepStrictEqual(tablesOf(text).tables.table3, tablesOf(PIPE).tables.table3, JSON.stringify(between));
      assert.deepStrictEqual(errorsAndWarnings(text), [], JSON.stringify(between));
    }
  });

  it('a header row replaced by placeholders is no missing header; a table 三 with no header at all still is', () => {
    const header = '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |';
    for (const placeholder of ['| 列1 | 列2 | 列3 | 列4 | 列5 | 列6 | 列7 | 列8 |', '| Column 1 | Column 2 | Column 3 | Column 4 | Column 5 | Column 6 | Column 7 | Column 8 |']) {
      const text = PIPE.replace(header, placeholder);
      assert.deepStrictEqual(tablesOf(text).tables.table3, tablesOf(PIPE).tables.table3);
      assert.deepStrictEqual(errorsAndWarnings(text), [], placeholder);
    }
    const none = PIPE.replace(`${header}\n|---|---|---|---|---|---|---|---|\n`, '');
    assert.ok(checkText(none).diagnostics.some((d) => d.rule === 'column-missing'));
  });
});
