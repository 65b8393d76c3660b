/**
 * A wrong reading on the fresh report corpus of seed 8851 (`node test/corpus/generate.mjs --seed 8851 --count 20
 * --documents 0 --real-prose`, then `--only print`), print-html-raw, already at the sixteenth session's start: the
 * browser's printout cuts table 三 at a page's foot, and 2.其他法律行政法规禁止公开 (其他 left blank: 1 0 0 0 0 · 1) is
 * followed by its first count between the page's footer and page number (…url… / 1 / 3/7), then past the next page's
 * header by the next row's 0 0 0 0 0 0 0 (its label 3.危及“三安全一稳定” not found). One count more than the row's
 * columns: dropping the 1 makes 0 0 0 0 0 0 0 hold its total, but a printout numbers its pages in its footer, so that
 * count is no page number and which count is another row's nothing proves. The row is unread (structure/assemble.ts).
 */
import * as assert from 'assert';
import { unseenRendering as rendering, wrongCells } from '../helpers/unseen';

describe('fresh report seed 8851: a table 三 row a count more than its columns across a printout\'s page break (print-html-raw)', () => {
  it('r010: 2.其他法律行政法规禁止公开 unread, not 0 0 0 0 0 0 0; no cell read wrong, no false finding', () => {
    const { a, got, truth, lines } = rendering('s8851-r010-2024-blank-cell', 'print-html-raw');
    assert.match(lines.join('\n'), /\.html\n\n1\n\n3\/7\n/);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(got.table3.deny_law?.natural_person ?? null, null);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.rule} ${d.message}`), []);
  });
});
