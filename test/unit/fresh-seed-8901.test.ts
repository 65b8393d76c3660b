/**
 * A false warning on the fresh report corpus of seed 8901 (`node test/corpus/generate.mjs --seed 8901 --count 20
 * --documents 0 --real-prose`), print-raw, already at the sixteenth session's start: the browser's printout sets table
 * 三's 总计 column apart past the page's footer (`3.其他` / 9 / 0 / 1 / 0 / 0 / 0 / `（七）总计` … address … `总计` / 2 /
 * 2 / 3 / … / 10 / 420). Only two rows of the table are read; 3.其他's 总计 is not blank, it stands with the others
 * after the footer, so its cell is unread (information), never named blank (rules/cells.ts). The blank-cell renderings
 * of the committed corpus (test/unit/corpus.test.ts's expected-found floors) hold the other side: a blank said where it is.
 */
import * as assert from 'assert';
import { unseenRendering as rendering, wrongCells } from '../helpers/unseen';

describe('fresh report seed 8901: table 三\'s 总计 column set apart past the page\'s footer (print-raw)', () => {
  it('r001: no cell-missing warning for 3.其他\'s 总计, no cell read wrong', () => {
    const { a, got, truth, lines } = rendering('s8901-r001-2022-clean', 'print-raw');
    assert.match(lines.join('\n'), /3\.其他\n9\n0\n1\n0\n0\n0\n（七）总计/);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.rule} ${d.message}`), []);
  });

});
