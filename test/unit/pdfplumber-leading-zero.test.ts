/**
 * Issue 12: pdfplumber's text of a report with widened character spacing splits a number where the spacing groups its
 * digits (`行政许可 10 03` for 1003). A piece with a leading zero (03) made the whole text look glued (pdf-parse's runs
 * without spaces), whose reader left every such row unread. Excerpt of the committed corpus (r095, pdfplumber.txt).
 */
import * as assert from 'assert';
import { findings, rendering, tablesOf, truthOf } from '../helpers/renderings';

const TABLE2 = [
  '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 0 1 0', '行政规范性文件 0 0 22',
  '第二十条第（五）项', '信息内容 本年处理决定数量', '行政许可 10 03', '第二十条第（六）项', '信息内容 本年处理决定数量', '行政处罚 50 7', '行政强制 46',
];

describe('pdfplumber: digits spread apart with a piece that has a leading zero (issue 12)', () => {
  it('a one-column row\'s pieces are its one number (10 03 is 1003, 50 7 is 507)', () => {
    const t2 = tablesOf(TABLE2.join('\n')).table2;
    assert.deepStrictEqual(t2.licensing, { decisions: 1003 });
    assert.deepStrictEqual(t2.penalty, { decisions: 507 });
    assert.deepStrictEqual(t2.normative_documents, { issued: 0, repealed: 0, in_force: 22 });
  });

  it('pieces that several joinings could make stay unread (1003 1 12, 1003 11 2 …: no column sum in table 二)', () => {
    const t2 = tablesOf(TABLE2.map((l) => (l === '行政规范性文件 0 0 22' ? '行政规范性文件 10 03 1 1 2' : l)).join('\n')).table2;
    assert.deepStrictEqual(t2.normative_documents, { issued: null, repealed: null, in_force: null });
  });

  it('the whole rendering: every cell exact and no error or warning (r095 is a clean report)', () => {
    const text = rendering('r095', 'pdfplumber.txt');
    const t = tablesOf(text);
    assert.deepStrictEqual({ table2: t.table2, table3: t.table3 }, { table2: truthOf('r095').tables.table2, table3: truthOf('r095').tables.table3 });
    assert.deepStrictEqual(findings(text), []);
  });
});
