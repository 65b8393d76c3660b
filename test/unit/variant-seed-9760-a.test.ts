/**
 * Fresh variant seed 9760 v013 (print-raw: a Word-HTML page printed, then plain pdftotext), a table 三 with a 序号 column:
 * a row cut by the page break prints its other counts at the page's foot before its 序号 and label, its first count
 * beside its label's first piece (0 0 0 0 0 / 6 / 3 / 9 / （三）不予 6 / 公开 5.属于, for 6 0 0 0 0 0 6). Read from the
 * numbers before its label, the row took a 序号 or a neighbour's count as its total (structure/first-beside-label.ts).
 */
import * as assert from 'assert';
import { wrongCells, serious, unseenRendering } from '../helpers/unseen';
import { firstLeftBesideLabel } from '../../server/src/engine/structure/first-beside-label';
import type { FoundRow } from '../../server/src/engine/model';

describe('variant seed 9760 v013: a row\'s first count beside its label\'s piece after a page break (print-raw)', () => {
  it('v9760-v013: no wrong cell, no false row-total on 5.属于 or 2.重复', () => {
    const { a, got, truth, lines } = unseenRendering('v9760-v013-2024-clean', 'print-raw');
    assert.ok(lines.includes('（三）不予 6') && lines.includes('（五）不予 6'), 'the class');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.startsWith('row-total')), []);
  });
  it('a row whose counts stand after its label is not concerned', () => {
    const cell = (text: string, line: number) => ({ text, span: { line, start: 0, end: text.length } });
    const row = { key: 'k', scrambled: true, label: cell('5.属于', 3), values: [cell('6', 4), cell('0', 5)] } as unknown as FoundRow;
    assert.strictEqual(firstLeftBesideLabel(row, [row], ['', '', '（三）不予 6', '公开 5.属于', '6', '0']), false);
    const before = { ...row, values: [cell('0', 0), cell('6', 1)] } as unknown as FoundRow;
    assert.strictEqual(firstLeftBesideLabel(before, [before], ['0', '6', '（三）不予 6', '公开 5.属于']), true);
  });
});
