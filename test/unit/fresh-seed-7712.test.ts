/**
 * A cell read wrong on the fresh report corpus of seed 7712 (`node test/corpus/generate.mjs --seed 7712 --count 15
 * --documents 0 --real-prose`), pdfminer, already on the fifteenth session's start: table 二's 第二十条第（六）项 given
 * column by column, its header followed by two numbers and a page break (`本年处理决定数量` / `0` / `2` / `\f行政强制` …
 * `0`). The 2 is the page's own number and 行政强制's 0 comes after the break: a run as long as the rows whose last number
 * may be the page's own is not settled (tables/columnwise-table2.ts), so nothing is read rather than 行政强制 = 2.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { unseenRendering as rendering, wrongCells } from '../helpers/unseen';

describe('fresh report seed 7712: table 二\'s run ending its page with the page\'s own number (pdfminer)', () => {
  it('r005: 本年处理决定数量 / 0 / 2 / \\f行政强制 — 行政强制 not read as 2', () => {
    const { a, got, truth, lines } = rendering('s7712-r005-2023-clean', 'pdfminer');
    assert.match(lines.join('\n'), /本年处理决定数量\n\n0\n\n2\n\n\f行政强制/);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(got.table2.coercion?.decisions ?? null, null);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.rule), []);
  });

  it('…while a run with one number more than the rows still leaves the page\'s own out (行政强制\'s 0 before the 2)', () => {
    const { lines } = rendering('s7712-r005-2023-clean', 'pdfminer');
    const text = lines.join('\n').replace(/本年处理决定数量\n\n0\n\n2\n\n\f行政强制/, '本年处理决定数量\n\n0\n\n0\n\n2\n\n\f行政强制');
    assert.notStrictEqual(text, lines.join('\n'));
    const got = extract('s7712-r005', checkText(text).model, text.split('\n')).tables;
    assert.deepStrictEqual([got.table2.penalty?.decisions, got.table2.coercion?.decisions], [0, 0]);
  });
});
