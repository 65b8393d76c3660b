/**
 * The committed structural variants' printouts and fresh variant seeds' printouts (sixteenth session, varprint16):
 * one class each, each test failing before its fix. A wrong cell is worse than an unread one; an uncertain reading is
 * never an error.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { unseenRendering as rendering, wrongCells, type Truth, serious, seriousBeyondTitle } from '../helpers/unseen';

const VARIANTS = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'variants');

function committed(id: string, layout: string) {
  const text = fs.readFileSync(path.join(VARIANTS, id, `${layout}.txt`), 'utf8');
  const truth = JSON.parse(fs.readFileSync(path.join(VARIANTS, id, 'truth.json'), 'utf8')) as Truth;
  const a = checkText(text);
  const lines = text.split(/\r?\n/);
  return { a, got: extract(id, a.model, lines).tables, truth, lines };
}

/** The cells of a table read (not blank, not absent). */
const readCells = (t: Record<string, Record<string, number | null>>) => Object.values(t).flatMap((r) => Object.values(r)).filter((v) => v !== null && v !== undefined).length;

describe('variant printouts: table 四\'s stream opening with a line of whole column names side by side', () => {
  for (const [id, layout] of [['v023-2021-clean', 'print-html-raw'], ['v039-2024-clean', 'print-raw'], ['v012-2020-missing-section', 'print-raw']]) {
    it(`${layout} ${id.slice(0, 4)}: 行政复议结果维持 行政复议结果纠正 … / 0 … / 未经复 未经复 … / 0 … — the fifteen zeros are read`, () => {
      const { a, got, truth, lines } = committed(id, layout);
      assert.ok(lines.some((l) => /^行政复议结果维持? 行政复议结果纠/.test(l)));
      assert.deepStrictEqual(wrongCells(got, truth.tables), []);
      assert.strictEqual(readCells(got.table4), 15);
      // (v012's own defect, part 一 missing, is still said.)
      assert.deepStrictEqual(serious(a.diagnostics).filter((d) => !d.startsWith('title-format') && !d.startsWith('section-missing 缺少第一部分')), []);
    });
  }
});

describe('variant printouts: table 四\'s numbers one a line, a group failing its sum that holds in another order', () => {
  it('print-html-raw v1414-v023: 行政诉讼\'s numbers 2 / 2 / 0 / 0 / 0 / 2 / 3 / 1 / 1 / 7 for 2 0 0 0 2 │ 2 3 1 1 7 — unread, no row-total error', () => {
    const { a, got, truth, lines } = rendering('v1414-v023-2020-clean', 'print-html-raw');
    const at = lines.findIndex((l, i) => l === '2' && lines[i + 2] === '2' && lines[i + 4] === '0' && lines[i + 10] === '2' && lines[i + 18] === '7');
    assert.ok(at > 0);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
    // 行政复议's five, parted from the litigation numbers by header pieces and a page break's print furniture, are read.
    assert.deepStrictEqual(Object.values(got.table4.review), [0, 0, 0, 0, 0]);
  });
  it('the same with 1 / 0 / 0 / 0 / 2, which no order holds: the report\'s own wrong total, still an error', () => {
    const { lines } = rendering('v1414-v023-2020-clean', 'print-html-raw');
    const at = lines.findIndex((l, i) => l === '2' && lines[i + 2] === '2' && lines[i + 4] === '0' && lines[i + 10] === '2' && lines[i + 18] === '7');
    ['1', '0', '0', '0', '2'].forEach((n, k) => { lines[at + 2 * k] = n; });
    const text = lines.join('\n');
    const a = checkText(text);
    const got = extract('t', a.model, lines).tables.table4;
    assert.deepStrictEqual(Object.values(got.lit_direct), [1, 0, 0, 0, 2]);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics).map((d) => d.split(' ')[0]), ['row-total']);
  });
});

describe('variant printouts: table 四\'s fifteen zeros on a line of their own under a header not placed', () => {
  it('print-raw v035: 未经复 未经复 … / 维持 纠正 结果 审结 / 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 — every cell 0, whatever the order', () => {
    const { a, got, truth, lines } = committed('v035-2023-clean', 'print-raw');
    assert.ok(lines.includes(Array(15).fill('0').join(' ')));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(readCells(got.table4), 15);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });
});

describe('variant printouts: a distributed table 三 label\'s first line with the row\'s first number beside it', () => {
  it('print-html-raw v8401-v028: （五）不予处理 3. 1 / 要求提供公开出版物 / 0 … 1 / 19 — the row unread, no row-total error', () => {
    const { a, got, truth, lines } = rendering('v8401-v028-2025-label-typo', 'print-html-raw');
    assert.ok(lines.includes('（五）不予处理 3. 1'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    // (The report's own defect, a label's typo, is said where the label is read: not in this rendering.)
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });
});

describe('variant printouts: table 三\'s labels first, then its header spelt apart, then the numbers (plain pdftotext)', () => {
  it('print-raw v8401-v001: 一、本年新收政府信 / … / 科研机 社会公 法律服 其他 / 自然人 商业企 / … / 总计 / 82 / 0 … — the header is there: information, no column-missing error', () => {
    const { a, got, truth, lines } = rendering('v8401-v001-2024-clean', 'print-raw');
    assert.ok(lines.includes('科研机 社会公 法律服 其他') && lines.includes('自然人 商业企'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
    assert.ok(a.diagnostics.some((d) => d.rule === 'column-missing' && d.severity === 'information' && d.message.includes('自然人')));
  });
});

describe('variant printouts: a leaf\'s numbering and first count after its parent and a piece of the vertical grandparent', () => {
  it('print-html-layout v8401-v028: 三、 （三）不予公开 6. 4 / 本年 属于四类过程性信息 … 4 — the numbering is there: no label-nonstandard warning', () => {
    const { a, got, truth, lines } = rendering('v8401-v028-2025-label-typo', 'print-html-layout');
    assert.ok(lines.some((l) => l.trim() === '三、 （三）不予公开 6. 4'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });
});
