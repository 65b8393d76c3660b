/**
 * Issue 12: table 三 of a browser's printout in plain pdftotext (print-raw, fresh variant seed 9940 v005), its 总计
 * column set apart after the rows (总计 / 628 / 0 / 275 / …), each row's first number beside its label's first line
 * (`（三）不予公开 2.其他 1` / `法律行政法规禁止公开`) or beside the next (`273 0` / `0` / …). None of these readings
 * proves itself: the rows are unread, and nothing read in doubt is an error or a warning.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findings, tablesOf } from '../helpers/renderings';

const excerpt = (name: string) => fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'printed', name), 'utf8');
const text = excerpt('seed9940-v005-table3-print-raw.txt');
const unread = (cells: Record<string, number | null> | undefined) => !cells || Object.values(cells).every((v) => v === null);

describe('printed from a browser, plain pdftotext: table 三 with its 总计 column apart (issue 12)', () => {
  it('the column\'s header and counts (总计 / 628 / 0 / 275 …) are no 总计 row', () => {
    assert.ok(unread(tablesOf(text).table3.result_total), JSON.stringify(tablesOf(text).table3.result_total));
  });

  it('two counts on one line (273 0) are not one number 2730: the row is unread', () => {
    assert.ok(unread(tablesOf(text).table3.granted), JSON.stringify(tablesOf(text).table3.granted));
  });

  it('a label with a count after its words (2.其他 1, 继续办 0) took a cell: its row is unread and its label no warning', () => {
    const t3 = tablesOf(text).table3;
    assert.ok(unread(t3.oth_other) && unread(t3.deny_law) && unread(t3.carry_forward));
    assert.deepStrictEqual(findings(text).filter((f) => /^(column-missing|row-total|label-nonstandard|column-total|balance)/.test(f)), []);
  });

});
