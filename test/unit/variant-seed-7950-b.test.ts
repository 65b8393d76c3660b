/**
 * A class found on the fresh variant seed 7950 (`node test/corpus/generate.mjs --variants --real-prose --seed 7950
 * --count 20 --documents 0`, then `--only print`), evaluated before any change. The rendering is kept in
 * test/fixtures/unseen-seeds/v7950-v020-2022-prose-sum/ with its truth; the test fails before its fix, and the other
 * side (a table 四 truly missing is still said) is pinned beside it.
 */
import * as assert from 'assert';
import { checkText, type Diagnostic } from '../../server/src/engine';
import { unseenRendering, wrongCells } from '../helpers/unseen';

const serious = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error' || d.severity === 'warning');

describe('variant seed 7950, plain pdftotext of a browser’s printout: table 四’s header spelt apart across a page break', () => {
  const name = 'v7950-v020-2022-prose-sum';

  it('行政 行政 … / 复议 复议 … / (the page’s address, 3/4, its title and print date) / 结果 结果 其他 尚未 …: the header is there, unread (information), not table-missing (was 1 false error)', () => {
    const { a, got, truth } = unseenRendering(name, 'print-raw.txt');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), ['narrative-sum']);
    assert.ok(a.diagnostics.some((d) => d.rule === 'table-missing' && d.severity === 'information'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: the page’s furniture alone under part 四’s heading, its header gone, is still a missing table (error)', () => {
    const { lines } = unseenRendering(name, 'print-raw.txt');
    const from = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
    const to = lines.findIndex((l) => l.startsWith('五、'));
    assert.ok(from > 0 && to > from);
    // Keep the page break's furniture; drop every header piece and number.
    const kept = lines.filter((l, i) => i <= from || i >= to || !/^[\u4e00-\u9fff0-9]{1,2}(?:\s+[\u4e00-\u9fff]{1,2})*$/.test(l.trim()));
    const a = checkText(kept.join('\n'));
    assert.ok(a.diagnostics.some((d) => d.rule === 'table-missing' && d.severity === 'error'), JSON.stringify(serious(a.diagnostics).map((d) => d.message)));
  });
});
