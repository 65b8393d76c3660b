/**
 * Fresh variant seed 9750 (`node test/corpus/generate.mjs --variants --seed 9750 --count 40 --out …`, then `--only
 * pdf-tools`), v030 pdfminer.txt: table 三's last page gives its runs, then `（七）总计` on a line of its own, `1 5`, then
 * `四、结转下年度` / `继续办理`, `0` — a column's last numbers after the labels, out of their run. No reading
 * tables/proven-sums.ts weighs is the text's, and every one it weighed failed （七）总计's total: a false row-total
 * (`0、0、0、0、0、15、17`, truly 15 2 0 0 0 0 17). A row's label on a line of its own right after a run of the page's
 * numbers, its one count on a line of its own after it, now proves no sum broken (structure/assemble.ts labelAmidRuns).
 * v9991-v036 (`--variants --seed 9991`, then `--only pdf-tools`) is the other side: a label's count on the next line among
 * labels with theirs is pdfminer's first column, and the proof there holds.
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

  it('…the other side: a label with its count on the next line among labels with theirs (pdfminer\'s first column, fresh variant seed 9991 v036) still proves （五）1.信访举报\'s total broken', () => {
    const { a, lines } = rendering('v9991-v036-2022-t3-row-total', 'pdfminer');
    const at = lines.findIndex((l) => l.startsWith('（二）部分公开'));
    assert.ok(lines[at - 2].startsWith('（ 一 ） 予 以 公 开 10') && lines[at + 3] === '1');
    assert.ok(seriousBeyondTitle(a.diagnostics).some((d) => d.startsWith('row-total') && d.includes('信访举报')), seriousBeyondTitle(a.diagnostics).join('\n'));
  });
});
