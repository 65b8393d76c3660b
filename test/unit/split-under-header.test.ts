/**
 * A browser's printout read by pdftotext -layout (fresh variant seed 6252, v026): table 四's litigation groups side by
 * side, their header wrapped in narrow columns, two cells' numbers one space apart (`24 5     6  9   44`). Read as one
 * number spread apart (245), every number after it shifted: 7 cells wrong and two false errors. The header's words
 * part them (server/src/engine/tables/split-under-header.ts).
 */
import * as assert from 'assert';
import { splitUnderHeader } from '../../server/src/engine/tables/split-under-header';
import { unseenRendering, wrongCells } from '../helpers/unseen';
import type { TextCell } from '../../server/src/engine/model';

/** The line's cells as the lexer gives them: runs of two spaces or more part them. */
function cellsOf(line: string, at: number): TextCell[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], norm: m[0].replace(/ /g, ''), span: { line: at, start: m.index!, end: m.index! + m[0].length } }));
}

describe('print-layout: numbers one space apart under a narrow header (fresh variant seed 6252)', () => {
  it('v026 print-layout.txt: 24 and 5 are two cells under 结果维 / 结果纠 — table 四 read exactly, no false error', () => {
    const { a, got, truth } = unseenRendering('v6252-v026-2019-label-nonstandard', 'print-layout.txt');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table4, truth.tables.table4);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule), []);
  });

  const header = ['  结果维 结果纠 其他结 尚未审 总计', '  持    正   果  结'];

  it('parted only when each number starts nearest its own header word, in order', () => {
    const line = '  24 5     6  9   44';
    const parted = splitUnderHeader(cellsOf(line, 2), [...header, line], 2);
    assert.deepStrictEqual(parted?.map((c) => [c.text, c.span.start]), [['24', 2], ['5', 5], ['6', 11], ['9', 14], ['44', 18]]);
  });

  it('…not one number spread apart within one column (1 0 under 结果维持: 10), nor a number halfway between two words', () => {
    const wide = ['  结果维持   结果纠正   其他结果   尚未审结   总计', '  1 0        3          2          5          20'];
    assert.strictEqual(splitUnderHeader(cellsOf(wide[1], 1), wide, 1), undefined);
    // (5 starts three columns from 结果维, two from 结果纠: not clearly nearer either.)
    const between = ['  结果维  结果纠 其他结 尚未审 总计', '  24 5      6  9   44'];
    assert.strictEqual(splitUnderHeader(cellsOf(between[1], 1), between, 1), undefined);
  });
});
