/**
 * Table 四 in plain pdftotext of a browser's printout whose one-row header gives its litigation columns in blocks of
 * unlike widths, the names wrapped (`未经复 未经复` / `议直接 议直接` … two columns side by side, then `未经复` / `议直接` /
 * `起诉其` / `他结果` one column alone, another, then six side by side), and every number alone on its line: the numbers
 * come in the blocks' order, not the header's. From the fresh variant seed 6610 (`node test/corpus/generate.mjs --variants
 * --real-prose --seed 6610 --count 30 --documents 0`, then `--only print`), kept in test/fixtures/unseen-seeds/v6610-<id>/.
 * Both failed before tables/pdfraw.ts litigationInBlocks took this shape.
 */
import * as assert from 'assert';
import { unseenRendering, wrongCells } from '../helpers/unseen';

describe('fresh variant seed 6610, print-html-raw: table 四’s litigation header in blocks of unlike widths (tables/pdfraw.ts)', () => {
  it('v6610-v007-2024-clean: no cell read wrong (1 0 1 2 for 1 0 0 1 2), no false row-total error', () => {
    const { a, got, truth } = unseenRendering('v6610-v007-2024-clean', 'print-html-raw');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}: ${d.message}`), []);
  });

  it('v6610-v004-2022-t4-row-total: the litigation group’s 0 0 1 0 0 is not read in an order the text does not prove', () => {
    // The report's own defect breaks the group's sum, so the sum cannot tell 0 0 1 0 from 0 1 0 0: unread (a row-total
    // finding would rest on cells read in the wrong columns).
    const { got, truth } = unseenRendering('v6610-v004-2022-t4-row-total', 'print-html-raw');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: a two-row header’s names wrapped two characters a line (结果 / 结果 其他 / 维持 …) keeps its order (s6451 r012 mutool)', () => {
    // A first rule counted any one-piece line against any line of pieces: it left this table 四 unread.
    const { got, truth } = unseenRendering('s6451-r012-2023-missing-section', 'mutool');
    assert.deepStrictEqual(got.table4, truth.tables.table4);
  });
});
