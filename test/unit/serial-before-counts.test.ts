/**
 * A 序号 among a row's numbers in pdfplumber's text (variant seed 9632: `--variants --real-prose --seed 9632 --count 30
 * --documents 30`, then `--only pdf-tools`), and the guard it needs in pdftotext -layout (variant seed 9741: `--variants
 * --real-prose --seed 9741 --count 30 --documents 0`, then `--only pdf-tools`). The first two tests fail before the fix.
 */
import * as assert from 'assert';
import { seriousBeyondTitle, unseenRendering as rendering, wrongCells } from '../helpers/unseen';
import { withoutSerialBeforeCounts } from '../../server/src/engine/tables/serial-before-counts';

const cells = (...ts: string[]) => ts.map((text, i) => ({ text, norm: text, span: { line: 0, start: i * 2, end: i * 2 + text.length } }));

describe('a table 三 row\'s 序号 among its numbers, its label wrapped around them (pdfplumber)', () => {
  it('v9632 v021: （二）部分公开（…不计其他情 / 4 1 0 0 0 0 0 1 / 形 ）: 4 is the 序号; no cell wrong, nothing false said', () => {
    const { a, got, truth, lines } = rendering('v9632-v021-2019-clean', 'pdfplumber');
    assert.ok(lines.some((l) => l === '4 1 0 0 0 0 0 1'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3.partial, truth.tables.table3.partial);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });

  it('eight numbers: the first is the 序号 only when without it the total holds; seven that hold and one more stay; else unsure', () => {
    assert.deepStrictEqual(withoutSerialBeforeCounts(cells('4', '1', '0', '0', '0', '0', '0', '1'))?.values.map((c) => c.text), ['1', '0', '0', '0', '0', '0', '1']);
    assert.deepStrictEqual(withoutSerialBeforeCounts(cells('4 1 0 0 0 0 0 1'))?.values.map((c) => c.text), ['1 0 0 0 0 0 1']);
    assert.strictEqual(withoutSerialBeforeCounts(cells('1', '0', '0', '0', '0', '0', '1', '7')), undefined);
    assert.strictEqual(withoutSerialBeforeCounts(cells('4', '1', '0', '0', '0', '0', '0', '2'))?.unsure, true);
    assert.strictEqual(withoutSerialBeforeCounts(cells('1', '0', '0', '0', '0', '0', '1')), undefined);
  });
});

describe('table 二\'s 序号 column known from 序 / header / 号 (pdfplumber)', () => {
  it('v9632 v010: 行政事业性收 / 1 0.27 / 费 under 序 … 号 is not read 10.27 (unread: 1 and 0.27, or 10.27)', () => {
    const { a, got, truth, lines } = rendering('v9632-v010-2022-blank-cell', 'pdfplumber');
    assert.ok(lines.some((l) => l === '1 0.27'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    // (Its one finding is the blank cell the report was made with, in table 三.)
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics).filter((d) => !d.startsWith('cell-missing “3.补正后申请内容仍不明确”')), []);
  });

  it('v9741 v026 (pdftotext -layout): a 序号 apart left of the wrapped label leaves 5 0 to be 50', () => {
    const { got, truth } = rendering('v9741-v026-2019-label-nonstandard', 'pdf-layout');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table2.other_services, truth.tables.table2.other_services);
  });
});
