/**
 * The wrong cells and false findings of fresh seeds 9910 (reports, every layout: `node test/corpus/generate.mjs --seed 9910
 * --count 40 --documents 0`) and 9911 (variants: `--variants --seed 9911 --count 40`, then `--only print`), evaluated with
 * main's build (2cee78e5) before any change. One rendering per class is kept in test/fixtures/unseen-seeds/ with its truth;
 * each rendering test fails before its fix.
 */
import * as assert from 'assert';
import { seriousBeyondTitle, unseenRendering as rendering, wrongCells } from '../helpers/unseen';
import { holdsWithOneMoved } from '../../server/src/engine/structure/one-moved';
import { pointsAt } from '../helpers/corpusEval';

const unread = (cells: Record<string, number | null>) => Object.values(cells).every((v) => v === null);

describe('variant seed 9911: a printout\'s table 四, one count drawn out of place (plain pdftotext of a browser\'s printout)', () => {
  // v037 print-html-raw: the fifteen numbers each alone on its line came 1 0 0 0 1 2 0 … for 1 0 0 1 2 0 …: read in that
  // order, 行政复议 was 1 0 0 0 1 and 未经复议直接起诉 2 0 0 0 0 (a false row-total, and the prose's 行政复议2件 a false mismatch).
  it('with one count moved every group holds: the order is not proven, the table unread, no finding', () => {
    const { a, got, truth, lines } = rendering('v9911-v037-2021-clean', 'print-html-raw');
    const at = lines.lastIndexOf('持正果结');
    assert.deepStrictEqual(lines.slice(at + 1).filter((l) => l !== '').slice(0, 6), ['1', '0', '0', '0', '1', '2']);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    for (const g of Object.values(got.table4)) assert.ok(unread(g), JSON.stringify(got.table4));
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });

  it('a failing sum no single move mends is the report\'s own (a part one more than its total): not excused', () => {
    assert.ok(holdsWithOneMoved([1, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    assert.ok(!holdsWithOneMoved([1, 0, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    assert.ok(!holdsWithOneMoved([1, 0, 0, 1, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]));
    assert.ok(!holdsWithOneMoved([1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 'every group holding: nothing to excuse');
  });
});

describe('report seed 9910: a printout\'s row whose numbers come before its label cut by a page break (print-html-raw)', () => {
  // r036: （二）部分公开's seven numbers, then its label `（二）部分公 / 开（区分处理 / 的，只计这一`, the page's foot and the
  // rest of the label on the next page. The row-total error on its 总计 was right but pointed at a line outside the row.
  it('the row\'s lines cover its numbers: the row-total on its 总计 is on the row', () => {
    const { a, got, truth } = rendering('s9910-r036-2024-t3-row-total', 'print-html-raw');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    const row = a.model.table3!.rows.get('partial')!;
    const total = row.cells.find((c) => c.column.key === 'total')!;
    assert.ok(total.span.line < a.model.table3!.rows.get('partial')!.row.label.span.line, 'the numbers come before the label');
    assert.ok(row.row.firstLine <= total.span.line && total.span.line <= row.row.lastLine, JSON.stringify([row.row.firstLine, row.row.lastLine, total.span.line]));
    const errors = a.diagnostics.filter((d) => d.rule === 'row-total' && d.severity === 'error');
    assert.strictEqual(errors.length, 1);
    assert.ok(pointsAt(errors[0], { section: '三', table: 'table3', row: 'partial' }, a.model));
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics).filter((d) => !/^(row|result)-total /.test(d)), []);
  });
});

describe('report seed 9910: page numbers alone between table 三\'s rows are no 序号 column (PyMuPDF)', () => {
  // r037 pymupdf: 一、本年新收政 / 1 0 0 0 0 1 2 / 2 (the page's foot) / 府信息公开申请…, then 二、上年结转…'s 1 0 0 0 1 1 3:
  // the page numbers 2, 3, 4 … between rows looked like a 序号 column, and the 3 closing 二、上年结转 like the next row's
  // 序号 — its total read blank (a false cell-missing).
  it('二、上年结转\'s total is read, no cell-missing', () => {
    const { a, got, truth } = rendering('s9910-r037-2021-clean', 'pymupdf');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3.carried_over, truth.tables.table3.carried_over);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });
});

describe('variant seed 9911: a printout\'s table 三 in plain pdftotext (print-raw)', () => {
  // v010: the flattened header's narrow cells (法人 / 或其 / 他组 / 织- / 社会 / 公益 / 组织) came interleaved, 公益 glued to the
  // 其他 column's 织 (`社会 法律 织公益 服务 其他`): the pieces were read as the column worded 法人或其他组织-社会组织, a false
  // label-nonstandard.
  it('公益 among the pieces, glued to another column\'s: the column is not worded 社会组织, no label-nonstandard', () => {
    const { a, got, truth, lines } = rendering('v9911-v010-2024-blank-cell', 'print-raw');
    assert.ok(lines.includes('社会 法律 织公益 服务 其他'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics).filter((d) => d.startsWith('label-nonstandard')), []);
  });
});
