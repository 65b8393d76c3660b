/**
 * Cells read wrong in browser printouts read by plain pdftotext on the fresh variant seed 6252 (`node
 * test/corpus/generate.mjs --variants --real-prose --seed 6252 --count 30 --documents 30`, then `--only print`), kept in
 * test/fixtures/unseen-seeds/v6252-<id>/ with their truth. Each test failed before its fix.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { unseenRendering, wrongCells } from '../helpers/unseen';

const serious = (a: ReturnType<typeof unseenRendering>['a']) => a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');

describe('fresh variant seed 6252, print-raw: numbers of another table among table 四’s (tables/printed.ts)', () => {
  // Table 三's last column's counts (0 / 0 / 0 … / 6) printed between 行政复议's row (6 2 2 4 14) and the litigation
  // header: read as the litigation groups' numbers they gave all zeros, and a false narrative-mismatch.
  for (const id of ['v6252-v013-2019-clean', 'v6252-v029-2025-clean']) {
    it(`${id}: no cell read wrong, no false finding`, () => {
      const { a, got, truth } = unseenRendering(id, 'print-raw');
      assert.deepStrictEqual(wrongCells(got, truth.tables), []);
      assert.deepStrictEqual(serious(a).map((d) => `${d.rule}: ${d.message}`), []);
    });
  }

  it('…the other side: the same table with the stray numbers gone is read in order, every cell', () => {
    const { lines, truth } = unseenRendering('v6252-v029-2025-clean', 'print-raw');
    const review = lines.indexOf('1 3 1 0 5');
    const header = lines.indexOf('未经复议直接起诉 复议后起诉');
    const text = [...lines.slice(0, review + 1), '', ...lines.slice(header)].join('\n');
    const got = extract('x', checkText(text).model, text.split('\n')).tables;
    assert.deepStrictEqual(got.table4, truth.tables.table4);
  });
});

describe('fresh variant seed 6252, print-raw: the next row’s 序号 before a label that carries its first number (tables/cell-lines.ts)', () => {
  // 1 / 规章 / 0 / 0 / 2 / 行政规范性文件 0 / 178 (现行有效件数's column after the page's end): the 2 is 行政规范性文件's
  // 序号, which was read as 规章's 现行有效件数 because the label with its number beside it was not taken for a label.
  it('v6252-v019-2024-clean: 规章’s row not read with the next row’s 序号, no cell wrong', () => {
    const { got, truth } = unseenRendering('v6252-v019-2024-clean', 'print-raw');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });
});
