/**
 * A browser's printout through `pdftotext -layout` (print-layout, print-bare-layout) read wrong on fresh seeds 7301
 * (reports) and 7233 (variants): one class each, each test failing before its fix. A wrong cell is worse than an
 * unread one; an uncertain reading is never an error.
 */
import * as assert from 'assert';
import { unseenRendering as rendering, wrongCells, serious, seriousBeyondTitle } from '../helpers/unseen';


describe('print-layout: table 四\'s row of numbers under a litigation header that names two groups further right', () => {
  it('s7301 r010: 0 0 0 0 0 (under 行政复议\'s columns) … 0 0 0 0 0 (under 未经复议直接起诉 复议后起诉, ten columns one character each) — no group read from it, 复议后起诉 not read as zeros', () => {
    const { a, got, truth, lines } = rendering('s7301-r010-2023-blank-cell', 'print-layout');
    assert.ok(lines.some((l) => /^ +结结其尚 +未经复议直接起诉 复议后起诉$/.test(l)));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });
});

describe('print-layout: a row\'s numbers beside the first line of its parent label wrapped with the leaf (（六）其他 2 … 2 / 处理 2.申请…)', () => {
  for (const layout of ['print-layout', 'print-bare-layout']) {
    it(`${layout} v7233 v005: （六）其他 is no 3.其他 — its numbers not given to 3.其他, no label-nonstandard`, () => {
      const { a, got, truth, lines } = rendering('v7233-v005-2024-clean', layout);
      assert.ok(lines.some((l) => /^ *（六）其他 2 +0 +0 +0 +0 +0 +2$/.test(l)));
      assert.deepStrictEqual(wrongCells(got, truth.tables), []);
      assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
    });
  }
});

describe('print-layout: table 三\'s first columns\' numbers printed left of a narrow leaf label (0 0 0     3.其他     0 0 0 0)', () => {
  it('print-layout v7233 v010: 3.其他 is unread, no cell-missing for 自然人 / 商业企业 / 科研机构', () => {
    const { a, got, truth, lines } = rendering('v7233-v010-2023-blank-cell', 'print-layout');
    assert.ok(lines.some((l) => /^ +0 0 0 +3\.其他 +0 +0 +0 +0$/.test(l)));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    // The report's own defect (a blank cell elsewhere) is still said; nothing about 3.其他.
    assert.ok(!serious(a.diagnostics).some((d) => d.includes('3.其他')), serious(a.diagnostics).join('\n'));
  });
});

describe('print-layout: a table 三 row whose first number is glued to its label\'s end (3.危及“三安全一稳定”0 0 …)', () => {
  for (const layout of ['print-layout', 'print-bare-layout']) {
    it(`${layout} v7233 v011: the row is unread, no cell-missing`, () => {
      const { a, got, truth, lines } = rendering('v7233-v011-2020-clean', layout);
      assert.ok(lines.some((l) => l.includes('3.危及“三安全一稳定”0 0')));
      assert.deepStrictEqual(wrongCells(got, truth.tables), []);
      assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
    });
  }
});

describe('print-layout: 行政复议 行政诉讼 above part 四\'s heading, table 四\'s header cut by a page break below it', () => {
  it('s7301 r008: 结 结 其 尚 总计 … 未经复议直接起 复议后起诉 / … page footer and header … / 0 0 0 0 0   3 0 0 0 3 0 0 0 0 0 — table 四 read, no table-missing', () => {
    const { a, got, truth, lines } = rendering('s7301-r008-2023-missing-row', 'print-layout');
    assert.ok(lines.some((l) => /^ +行政复议 行政诉讼$/.test(l)) && lines.some((l) => /^ +结 结 其 尚 总计 +未经复议直接起 复议后起诉$/.test(l)));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table4.lit_direct, truth.tables.table4.lit_direct);
    assert.ok(!serious(a.diagnostics).some((d) => d.startsWith('table-missing')), serious(a.diagnostics).join('\n'));
  });
});
