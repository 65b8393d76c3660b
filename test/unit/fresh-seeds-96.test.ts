/**
 * Classes found on the fresh seeds of the eighteenth session (report seed 9631: `node test/corpus/generate.mjs --seed
 * 9631 --count 25 --documents 0 --real-prose`, variant seed 9632: `--variants --real-prose --seed 9632 --count 30
 * --documents 30`, then `--only pdf-tools`, `word-tools`, `converters`, `print`), and the variant seed 9252's last false
 * warning (`--variants --real-prose --seed 9252 --count 30 --documents 0`, then `--only print`), evaluated with main's
 * build before any change. One rendering per class is kept in test/fixtures/unseen-seeds/ with its truth; each test
 * fails before its fix.
 */
import * as assert from 'assert';
import { seriousBeyondTitle, unseenRendering as rendering, wrongCells } from '../helpers/unseen';

describe('variant seed 9252: a parent\'s first piece with the row\'s first number, the leaf\'s numbering on the numbers\' line (print-html-layout)', () => {
  it('v009: （六）其他 5 / 23 / 处理 3.其他   1 0 0 0 0 6 is one row, 3.其他 read whole; no cell-missing', () => {
    const { a, got, truth, lines } = rendering('v9252-v009-2021-clean', 'print-html-layout');
    const at = lines.findIndex((l) => /^\s+（六）其他 5$/.test(l));
    assert.ok(at > 0 && /^\s+23$/.test(lines[at + 1]) && /处理 3\.其他\s+1\s+0\s+0\s+0\s+0\s+6$/.test(lines[at + 2]));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3.oth_other, truth.tables.table3.oth_other);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });
});
