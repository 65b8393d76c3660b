/**
 * Reports for years before the national format (2018 and earlier, written under the 2007 regulations: parts of
 * their own — 概述, 依申请公开, 收费及减免 … — and no standard tables) are found in every archive. Checked against the
 * 2019/2021 format they gave a page of false errors; they are said to predate it, once, and left alone.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { readFixture, seed } from '../helpers/fixtures';

describe('reports from before the national format', () => {
  it('a 2016 report in the old parts: one information saying why it is not checked, nothing else', () => {
    const a = checkText(readFixture('early/示范县2016年报告.txt'));
    assert.deepStrictEqual(a.diagnostics.map((d) => `${d.severity} ${d.rule} ${d.range.start.line}`), ['information not-analysed 0']);
    assert.match(a.diagnostics[0].message, /2016 年度报告早于国家统一的年度报告格式.*自 2019 年度报告起适用/);
    assert.match(checkText(readFixture('early/示范县2016年报告.txt'), { locale: 'en' }).diagnostics[0].message, /predates the national report format/);
  });

  it('a report of such a year that has the standard tables follows the format after all: checked as usual', () => {
    const text = seed('002').text.replace(/2022/g, '2018');
    const a = checkText(text);
    assert.ok(a.model.table3 && a.model.year === 2018);
    assert.ok(!a.diagnostics.some((d) => d.rule === 'not-analysed'));
    assert.ok(a.diagnostics.some((d) => d.rule === 'year-mismatch'), 'the 2021 tables in a 2018 report are still said');
  });

  it('from 2019 on, the old parts are checked against the format (section-missing)', () => {
    const a = checkText(readFixture('early/示范县2016年报告.txt').replace(/2016/g, '2019'));
    assert.ok(a.diagnostics.some((d) => d.rule === 'section-missing' && d.severity === 'error'));
  });
});
