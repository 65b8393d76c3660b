/**
 * Classes found on the fresh seeds of the nineteenth session (report seed 9950: `node test/corpus/generate.mjs --seed
 * 9950 --count 40 --documents 0`, every layout), evaluated with main's build before any change. One rendering per class
 * is kept in test/fixtures/unseen-seeds/ with its truth; each test fails before its fix.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { seriousBeyondTitle, unseenRendering as rendering, wrongCells } from '../helpers/unseen';

describe('report seed 9950: table 三 digits spread two ways that both hold the row\'s total (pdfplumber, 字符间距加宽)', () => {
  it('r029: 一、本年新收 1 4 0 1 0 0 2 1 7 and （七）总计 1 4 0 1 0 0 1 1 6 read as the results\' sum and 第一项加第二项 choose', () => {
    const { a, got, truth, lines } = rendering('s9950-r029-2021-clean', 'pdfplumber');
    assert.ok(lines.some((l) => l === '1 4 0 1 0 0 2 1 7') && lines.some((l) => l === '（七）总计 1 4 0 1 0 0 1 1 6'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3.new_received, truth.tables.table3.new_received);
    assert.deepStrictEqual(got.table3.result_total, truth.tables.table3.result_total);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });

  it('the same rows where a result row breaks the column sums: neither reading is chosen, the rows stay unread', () => {
    const { lines } = rendering('s9950-r029-2021-clean', 'pdfplumber');
    // 三 （一）予以公开 5 0 1 0 0 1 7 → 5 0 0 0 0 1 6: the results no longer add up to either （七）总计 in 科研机构.
    const edited = lines.map((l) => (l === '5 0 1 0 0 1 7' ? '5 0 0 0 0 1 6' : l));
    assert.notDeepStrictEqual(edited, lines);
    const got = extract('s9950-r029', checkText(edited.join('\n')).model, edited).tables;
    for (const key of ['new_received', 'result_total']) {
      assert.ok(Object.values(got.table3[key] ?? {}).every((v) => v === null), `${key}: ${JSON.stringify(got.table3[key])}`);
    }
  });
});
