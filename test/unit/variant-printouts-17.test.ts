/**
 * The committed structural variants' printouts (seventeenth session, varprint17): one class each, each test failing
 * before its fix. A wrong cell is worse than an unread one; an uncertain reading is never an error.
 */
import * as assert from 'assert';
import { unseenRendering as rendering, wrongCells, serious, seriousBeyondTitle, committedVariant, readCells } from '../helpers/unseen';

const committed = committedVariant;

describe('variant printouts: table 三 with a 序号 column, several rows\' numbers before their labels (print-raw)', () => {
  // v006: `（二）部分公开（区分处` / 7 0 0 0 0 1 8 / 1 0 … 1 / 0 … 0 / `计其他情形）` / 5 / 6 / the labels of rows 5 and 6 …,
  // and row 21's 序号 alone amid its wrapped label (`（六）其他处理 1.申请人` / 21 / `无正当理由逾期不补正、`).
  it('v006: the numbers, cut into rows in the official order, give every row holding its total — the table is read', () => {
    const { a, got, truth, lines } = committed('v006-2023-balance', 'print-raw');
    assert.ok(lines.some((l, i) => l === '21' && lines[i - 2]?.startsWith('（六）其他处理 1.申请人')));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(readCells(got.table3), 175);
    // The report's own defect (the balance broken in two columns) is said, and nothing else.
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.split(' ')[0]).filter((r) => r !== 'title-format'), ['balance', 'balance']);
  });
  it('v006 with 21 a count (not its row\'s place): not read as a 序号, the table is not read whole', () => {
    const { got, truth } = committed('v006-2023-balance', 'print-raw', (l) => l.map((x, i) => (x === '21' && l[i - 2]?.startsWith('（六）其他处理 1.申请人') ? '5' : x)));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.ok(readCells(got.table3) < 175);
  });
});

describe('variant printouts: table 四\'s fifteen numbers on one line where table 三 came in blocks (print-raw)', () => {
  // v019: table 三 read from the printout's blocks (not row by row), then table 四's one-row header spelt apart and
  // `9 3 3 4 19 0 0 0 0 0 0 1 1 1 3` on one line.
  it('v019: the line\'s order is the columns\' when every group holds its sum — the fifteen are read', () => {
    const { a, got, truth, lines } = committed('v019-2024-clean', 'print-raw');
    assert.ok(lines.includes('9 3 3 4 19 0 0 0 0 0 0 1 1 1 3'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(readCells(got.table4), 15);
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => !d.startsWith('title-format')), []);
  });
  it('v019 with a group failing its sum on that line: not read (the order is not proven)', () => {
    const { a, got, truth } = committed('v019-2024-clean', 'print-raw', (l) => l.map((x) => (x === '9 3 3 4 19 0 0 0 0 0 0 1 1 1 3' ? '9 3 3 4 19 0 0 0 0 1 0 1 1 1 3' : x)));
    assert.deepStrictEqual(wrongCells(got, truth.tables).filter((c) => c.startsWith('table4.')), []);
    assert.strictEqual(readCells(got.table4), 0);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error' && d.rule === 'row-total'), []);
  });
});

describe('variant printouts: table 四\'s header one character a line, each column under its group\'s whole name (print-html-raw)', () => {
  // Fresh variant seed 9207 v028: 复/议/后/起/诉/结/果 … 复/议/后/起/诉/合/计, a page break, `维 纠 结 审` / `持 正 果 结`, then
  // 0 1 0 1 2 (行政复议's), … — the last piece 复议后起诉 was taken as that group's label and given the five after it.
  it('v9207-v028: the group\'s name spelt again and again above is the header, not a row: its numbers are not that group\'s (3 cells were wrong)', () => {
    const { a, got, truth, lines } = rendering('v9207-v028-2019-label-typo', 'print-html-raw');
    assert.ok(lines.filter((l) => l === '诉').length >= 5);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });
});
