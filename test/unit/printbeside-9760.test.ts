/**
 * A cell read in the wrong row in a browser printout read by plain pdftotext on the fresh variant seed 9760 (`node
 * test/corpus/generate.mjs --variants --real-prose --seed 9760 --count 15 --documents 15`, then `--only print`), kept in
 * test/fixtures/unseen-seeds/v9760-v005-2019-clean/ with its truth. The test failed before its fix.
 */
import * as assert from 'assert';
import { unseenRendering, wrongCells, serious } from '../helpers/unseen';

describe('fresh variant seed 9760, print-raw: a number on a row’s label line is that row’s (structure/printed-bands.ts)', () => {
  // Table 三's first column beside its labels (6.属于四类过程性信 0 … 1.信访举报投诉类申请 1 / 2.重复申请 / 0 …), the
  // page's other columns in blocks: the sums held with every beside number one row up (all zeros but the 1), so the
  // 信访举报投诉类申请's 1 was read as 补正后申请内容仍不明确's, and a false narrative-mismatch (无法提供0件) followed.
  it('v9760-v005-2019-clean: 信访举报投诉类申请’s 1 in its own row, no cell wrong, no false finding', () => {
    const { a, got, truth } = unseenRendering('v9760-v005-2019-clean', 'print-raw');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(serious(a.diagnostics), []);
  });
});
