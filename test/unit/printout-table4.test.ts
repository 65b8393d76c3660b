/**
 * Issue 12: table 四 of a web page printed by a browser, read with plain pdftotext (print-html-raw): its fifteen numbers
 * one per line, among the header's stacked pieces and whatever the page put beside the table. One test per class, on a
 * committed rendering, and the other side on the same text changed by hand.
 */
import * as assert from 'assert';
import { findings, rendering, Tables, tablesOf, truthOf } from '../helpers/renderings';

const unread = (cells: Record<string, number | null> | undefined) => !cells || Object.values(cells).every((v) => v === null);

describe('printed from a browser, plain pdftotext: table 四 with a sentence\'s end among its numbers (issue 12)', () => {
  // r113 print-html-raw: 五's prose wrapped beside the table, its last characters (高。) between 行政复议's numbers
  // (1 / 0 / 高。 / 2 / 0 / 3): the table was cut there and all fifteen cells left unread.
  const text = rendering('r113', 'print-html-raw.txt');

  it('the sentence\'s end does not cut the table: its fifteen numbers are read in order', () => {
    assert.deepStrictEqual(tablesOf(text).table4, (truthOf('r113').tables as unknown as Tables).table4);
    assert.deepStrictEqual(findings(text), []);
  });

  it('…but a whole sentence there still ends the table (its numbers then unread)', () => {
    const got = tablesOf(text.replace('\n高。\n', '\n二是主动公开内容的及时性有待提高。\n'));
    assert.ok(unread(got.table4.review), JSON.stringify(got.table4));
  });
});
