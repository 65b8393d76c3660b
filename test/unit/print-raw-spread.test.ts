/**
 * Issue 12: plain pdftotext of a browser's printout (print-raw) gives table 三's short rows as lines of numbers one
 * space apart (`0 0 0 0 0`), which the rows' reader joins as one spread number and table 三's reader cuts again. Those
 * joins are no run an extractor glued (pdf-parse's `00000`): tables 二 and 四 are not cut as if glued for them, so
 * table 四's fifteen numbers on two lines of numbers (`0 0 0 0 0` / `0 0 0 0 0 0 0 0 0 0`) are read.
 */
import * as assert from 'assert';
import { rendering, Tables, tablesOf, truthOf } from '../helpers/renderings';

describe('printed from a browser, plain pdftotext: table 三\'s zeros one space apart are not glued runs (issue 12)', () => {
  const text = rendering('r025', 'print-raw.txt');

  it('table 四 on two lines of numbers is read where table 三 gave lines of `0 0 0 0 0` (r025)', () => {
    assert.match(text, /\n0 0 0 0 0\n二、上年结转/, 'the class: table 三\'s rows one space apart');
    assert.match(text, /行政复议[\s\S]*\n0 0 0 0 0\n[\s\S]*\n0 0 0 0 0 0 0 0 0 0\n/);
    assert.deepStrictEqual(tablesOf(text).table4, (truthOf('r025').tables as unknown as Tables).table4);
  });

  it('a run the extractor glued (`00000`, no space in it) still leaves table 四 on two lines unread', () => {
    const glued = text.replace(/\n0 0 0 0 0\n二、上年结转/, '\n00000\n二、上年结转');
    assert.notStrictEqual(glued, text);
    const t4 = tablesOf(glued).table4;
    assert.ok(Object.values(t4).every((g) => Object.values(g).every((v) => v === null)), JSON.stringify(t4));
  });
});
