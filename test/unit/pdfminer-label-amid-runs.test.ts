/**
 * Fresh variant seed 9750 (`node test/corpus/generate.mjs --variants --seed 9750 --count 40 --out …`, then `--only
 * pdf-tools`), v030 pdfminer.txt: table 三's last page gives its runs, then `（七）总计` on a line of its own, `1 5`, then
 * `四、结转下年度` / `继续办理`, `0` — a column's last numbers after the labels, out of their run. No reading
 * tables/proven-sums.ts weighs is the text's, and every one it weighed failed （七）总计's total: a false row-total
 * (`0、0、0、0、0、15、17`, truly 15 2 0 0 0 0 17). A row's label amid its page's numbers, its own numbers on lines of their
 * own after it, now proves no sum broken (structure/assemble.ts labelAmidRuns).
 */
import * as assert from 'assert';
import { seriousBeyondTitle, unseenRendering as rendering, wrongCells } from '../helpers/unseen';

describe('fresh variant seed 9750 v030, pdfminer: （七）总计 on a line of its own amid the last page\'s numbers', () => {
  it('no row-total on （七）总计 (a false error before); nothing read wrong', () => {
    const { a, got, truth, lines } = rendering('v9750-v030-2023-missing-table', 'pdfminer');
    const at = lines.indexOf('（七）总计');
    assert.deepStrictEqual([lines[at - 2], lines[at + 2]], ['0', '1 5']);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics).filter((d) => d.startsWith('row-total')), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });
});
