/**
 * The committed structural variants' printouts (eighteenth session, varprint18): one class each, each test failing
 * before its fix. A wrong cell is worse than an unread one; an uncertain reading is never an error.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { wrongCells, serious, unseenRendering, committedVariant, readCells } from '../helpers/unseen';
import { officialNearby } from '../../server/src/engine/rules/scattered';
import { detectSectionHeading } from '../../server/src/engine/structure/headings';

const committed = committedVariant;
const table3Findings = (a: ReturnType<typeof checkText>) => serious(a.diagnostics).filter((d) => /^(row-|column-|cell-|balance|result-)/.test(d));

describe('variant printouts: table 三\'s 序号 column scattered over a Word table\'s printout (print-raw, structure/serial-bands.ts)', () => {
  // v001 (2019, all zeros): `2 二、上年结转政府信息` / `3 三、 （一）予以公开 0` before the labels' words, 5 … 12 alone between
  // a label's lines, 1 at the page's foot, 13, then 14 … 19 and 20 … 23 one per line at the next page's start.
  it('v001: the column\'s numbers, 1 … 23 each once, are no cells — the 161 zeros are table 三', () => {
    const { a, got, truth, lines } = committed('v001-2019-clean', 'print-raw');
    assert.ok(lines.includes('2 二、上年结转政府信息') && lines.join('/').includes('14/15/16/17/18/19'), 'the class');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(readCells(got.table3), 161);
    assert.deepStrictEqual(table3Findings(a), []);
  });
  // v035 (2023): `1 一、本年新收政府信息` / 4 / 0 …, the next page's 2 … 20 one per line, then `21 人无正当理由逾期不补` … `25 四、结转…`.
  it('v035: 1 and 21 … 25 before their labels\' words, 2 … 20 a run: the table is read', () => {
    const { a, got, truth, lines } = committed('v035-2023-clean', 'print-raw');
    assert.ok(lines.includes('1 一、本年新收政府信息') && lines.some((l) => l.startsWith('25 四、结转下年度')), 'the class');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(readCells(got.table3), 175);
    assert.deepStrictEqual(table3Findings(a), []);
  });
  // v012 (2020, all zeros): the column's 1 under its header (`序` / `号` / `1`), above the first row's label.
  it('v012: the 1 between the header and the first label counts: the table is read', () => {
    const { got, truth, lines } = committed('v012-2020-missing-section', 'print-raw');
    assert.ok(lines.slice(65, 75).join('/').includes('序/号/1'), 'the class');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(readCells(got.table3), 161);
  });
  it('…but a column missing one of its numbers (v035\'s 21 made words only): nothing dropped, the table not read, nothing said', () => {
    const { a, got, truth } = committed('v035-2023-clean', 'print-raw', (l) => l.map((x) => (x.startsWith('21 人无正当理由') ? x.slice(3) : x)));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.ok(readCells(got.table3) < 175);
    assert.deepStrictEqual(table3Findings(a), []);
  });
  it('…and without a header naming the column (序号 gone): nothing dropped', () => {
    const { got, truth } = committed('v001-2019-clean', 'print-raw', (l) => l.map((x) => x.replace(/^序 /, '').replace(/^号 /, '')));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.ok(readCells(got.table3) < 161);
  });
});

describe('variant printouts: a page\'s whole rows before a right-hand group of three (print-raw, structure/printed-bands.ts)', () => {
  // v016: the second page opens with two whole rows (`0 0 0 0 0 0 0` twice), then each row's four first cells beside its
  // label, then 法律服务机构, 其他 and 总计 — row by row, and for the last three rows one column per block.
  it('v016: whole rows\' lines run into the group row after row, in its order: table 三 is read', () => {
    const { a, got, truth, lines } = committed('v016-2024-section-order', 'print-raw');
    assert.ok(lines.join('/').includes('0 0 0 0 0 0 0/0 0 0 0 0 0 0//（五）不予处理 2.重复申请'), 'the class');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(readCells(got.table3), 175);
    assert.deepStrictEqual(table3Findings(a), []);
  });
  it('…but with a row\'s 总计 there one more (its row and the results\' column broken twice): not read, nothing said of table 三', () => {
    const { a, got, truth } = committed('v016-2024-section-order', 'print-raw', (l) => l.map((x, i) => (i === 387 && x === '19' ? '21' : x)));
    assert.deepStrictEqual(wrongCells(got, truth.tables).filter((c) => c.startsWith('table3')), []);
    assert.deepStrictEqual(table3Findings(a).filter((d) => !/^(row-total|result-total)/.test(d)), []);
  });
});

describe('variant printouts: a row\'s first count beside its label\'s piece, the next row\'s 序号 after its counts (print-html-raw, structure/serial-cells.ts)', () => {
  // Fresh variant seed 9571 v026: `19` / `（五）不予处理 4.无 1` / `正当理由大量反复申请` / 0 0 0 0 0 1 (one a line) / `20` /
  // `（五）不予处理 5.要` — the row read as spaced took 20, the next row's 序号, as its 总计 (3 cells wrong, row-total and
  // result-total said falsely).
  it('v9571-v026: 20 is the next row\'s 序号, not a total: no cell wrong, nothing false said', () => {
    const { a, got, truth, lines } = unseenRendering('v9571-v026-2023-label-nonstandard', 'print-html-raw');
    assert.ok(lines.join('/').includes('19//（五）不予处理 4.无 1/正当理由大量反复申请'), 'the class');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => /^(row-total|result-total|column-total)/.test(d)), []);
  });
});

describe('variant printouts: 总计 bare of its numbering near the row written whole (print-raw, rules/scattered.ts officialNearby)', () => {
  // Fresh variant seed 9571 v007: `（七）总计` written whole as the row's label, then table 三's repeated header's `总计`
  // alone on its line with the column's numbers after it, taken for the row's label: label-nonstandard said falsely.
  it('v9571-v007: no label-nonstandard on the header\'s 总计 where （七）总计 stands whole nearby', () => {
    const { a, lines } = unseenRendering('v9571-v007-2025-clean', 'print-raw');
    assert.ok(lines.includes('（七）总计') && lines.filter((l) => l === '总计').length >= 2, 'the class');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.startsWith('label-nonstandard')), []);
  });
  it('officialNearby: only where the official label stands whole on another line near it', () => {
    const lines = ['（六）其他处理 3.其他', '0', '（七）总计 0', '四、结转下年度继续办理', '总计', '0'];
    assert.strictEqual(officialNearby(lines, '总计', '（七）总计', 4), true);
    assert.strictEqual(officialNearby(lines.map((l) => (l.startsWith('（七）') ? '0' : l)), '总计', '（七）总计', 4), false);
    assert.strictEqual(officialNearby(lines, '合计', '（七）总计', 4), false);
  });
});

describe('variant printouts: table 三\'s header wrapped in narrow cells and put among and after its rows (print-raw, rules/tables.ts charsSpell)', () => {
  // Fresh variant seed 9730 v009: the columns named 法人或其他组织-商业企业 …, wrapped 法人或 / 其他组 / 织-商业 / 企业, a
  // printout's plain pdftotext puts 自然人 beside the note, the other names after the rows, out of the stream's order: no
  // header assembled, and `column-missing 表格三缺少表头` was said as an error although every name is on the table's lines.
  const HEADER_PIECE = /^(法人或|其他组|织-|企业|机构|构|织|公益组|服务机)/;
  it('v9730-v009: no error that the header is missing, said as information; every cell read', () => {
    const { a, got, truth, lines } = unseenRendering('v9730-v009-2024-clean', 'print-raw');
    assert.ok(lines.some((l) => l.startsWith('织-商业')) && lines.some((l) => l.endsWith('总计') && l.startsWith('其他组')), 'the class');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.startsWith('column-missing')), []);
    assert.ok(a.diagnostics.some((d) => d.rule === 'column-missing' && d.severity === 'information'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });
  it('…the other side: the same table with its header\'s pieces taken out still has its header said missing (an error)', () => {
    const { lines } = unseenRendering('v9730-v009-2024-clean', 'print-raw');
    const cut = lines.filter((l) => !HEADER_PIECE.test(l)).map((l) => l.replace(/ (自然人|其他组|总计)(?= |$)/g, ''));
    const a = checkText(cut.join('\n'));
    assert.ok(a.diagnostics.some((d) => d.rule === 'column-missing' && d.severity === 'error'), JSON.stringify(a.diagnostics.filter((d) => d.rule === 'column-missing')));
  });
});

describe('variant pdf-layout: table 三\'s vertical parent\'s numeral beside a wrapped label\'s end across a column\'s gap (structure/headings.ts)', () => {
  // Fresh variant seed 9730 v001: 三、本年度办理结果 laid a few characters per line, its `三、` on the line of
  // （五）不予处理 2.重复申请's end: `三、     申请` was read as a second part 三 (section-duplicate said falsely).
  it('v9730-v001: one part 三, no section-duplicate; every cell read', () => {
    const { a, got, truth, lines } = unseenRendering('v9730-v001-2020-clean', 'pdf-layout');
    assert.ok(lines.some((l) => /^三、 {3,}申请$/.test(l)), 'the class');
    assert.strictEqual(a.model.sections.map((s) => s.ordinal).join(''), '一二三四五六');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.startsWith('section-')), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });
  it('…the other side: a title after its numeral and a space or two, or a short piece one space apart, is still a heading', () => {
    assert.strictEqual(detectSectionHeading('三、  收到和处理政府信息公开申请情况')?.ordinal, '三');
    assert.strictEqual(detectSectionHeading('三、 申请')?.ordinal, '三');
    assert.strictEqual(detectSectionHeading('三、     申请'), undefined);
  });
});
