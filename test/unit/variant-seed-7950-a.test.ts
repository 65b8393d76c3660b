/**
 * Fresh variant seed 7950 (`--variants --real-prose --seed 7950 --count 20 --documents 0`, then `--only print`), evaluated
 * before any change: a browser's printout through `pdftotext -layout` whose table 四 header cell 行政复议 stands on the
 * line above part 四's heading (the heading falls among the header's lines), the report's blank group (复议后起诉) leaving
 * ten numbers. The test fails before its fix.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { unseenRendering, wrongCells } from '../helpers/unseen';

const NAME = 'v7950-v010-2024-blank-cell';

describe('variant seed 7950: print-layout, table 四’s header piece 行政复议 above part 四’s heading, one group blank', () => {
  it('ten numbers under a header naming every group (one of its pieces above the heading): the blank cells said (cell-missing), no column-missing error', () => {
    const { a, got, truth } = unseenRendering(NAME, 'print-layout.txt');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}: ${d.message}`), []);
    assert.ok(a.diagnostics.some((d) => d.rule === 'cell-missing' && d.severity === 'warning' && d.message.includes('表格四')), 'the blank cells said');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: without that piece above the heading, the header names no 行政复议 group: the short row stays an error', () => {
    const { lines } = unseenRendering(NAME, 'print-layout.txt');
    const heading = lines.findIndex((l) => l.trim() === '四、政府信息公开行政复议、行政诉讼情况');
    assert.strictEqual(lines[heading - 1].trim(), '行政复议');
    const without = lines.filter((_, i) => i !== heading - 1);
    const b = checkText(without.join('\n'));
    assert.ok(b.diagnostics.some((d) => d.rule === 'column-missing' && d.severity === 'error' && d.message.includes('10')), JSON.stringify(b.diagnostics.map((d) => d.rule + d.severity)));
  });

});
