/**
 * Issue 12: pdfplumber's text keeps one space between all words, so table 二's header is one line of words one space
 * apart (信息内容 本年制发件数 本年度废止件数 现行有效件数): its column labels are read, and one written another way
 * is said nonstandard as in every other layout. Excerpt of the committed corpus (r060, pdfplumber.txt).
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { findings, rendering } from '../helpers/renderings';

const table2 = (header: string) => ['二、主动公开政府信息情况', '第二十条第（一）项', header, '规章 0 1 0', '行政规范性文件 0 0 22'].join('\n');
const nonstandard = (text: string) => checkText(text).diagnostics.filter((d) => d.rule === 'label-nonstandard').map((d) => `${d.severity} ${d.message}`);

describe('pdfplumber: table 二\'s header one space apart (issue 12)', () => {
  it('a column label written another way is said nonstandard, naming the official one', () => {
    assert.deepStrictEqual(nonstandard(table2('信息内容 本年制发件数 本年度废止件数 现行有效件数')), ['warning “本年度废止件数”不是标准名称，应为“本年废止件数”']);
  });

  it('the official labels: nothing said', () => {
    assert.deepStrictEqual(nonstandard(table2('信息内容 本年制发件数 本年废止件数 现行有效件数')), []);
  });

  it('a line of words that are no column labels is not taken for a header', () => {
    const text = table2('信息内容 本年 我们 认真 落实');
    assert.deepStrictEqual(nonstandard(text), []);
    const model = checkText(text).model;
    assert.deepStrictEqual([...model.table2!.subs.values()].flatMap((s) => s.headers), []);
  });

  it('the whole rendering: the report\'s one defect and nothing else (r060)', () => {
    assert.deepStrictEqual(findings(rendering('r060', 'pdfplumber.txt')), ['label-nonstandard: “本年度废止件数”不是标准名称，应为“本年废止件数”']);
  });
});
