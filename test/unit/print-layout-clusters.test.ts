/**
 * Issue 12: table 三 of a browser's printout in pdftotext -layout (fresh variant seed 9940 v032, print-layout and
 * print-bare-layout), one row's counts placed by where the page drew them, not in the columns' order:
 * `7         0 8                        0 1 0 0` among rows one space apart, or `7     0 1 0 0` with `0 8` on the line
 * below (for 7 0 1 0 0 0 8). Read in the line's order or with blanks placed, the row's total fails: the reading's
 * doubt, not the report's error. The row is unread; with its total holding, it is read.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findings, tablesOf } from '../helpers/renderings';

const excerpt = (name: string) => fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'printed', name), 'utf8');
const unread = (cells: Record<string, number | null> | undefined) => !cells || Object.values(cells).every((v) => v === null);
const sums = (text: string) => findings(text).filter((f) => /^(row-total|balance|column-total)/.test(f));

describe('printed from a browser, pdftotext -layout: a table 三 row whose counts stand out of the columns\' order (issue 12)', () => {
  it('in clusters far apart among rows one space apart, its total failing: unread, no sum error', () => {
    const text = excerpt('seed9940-v032-table3-print-layout.txt');
    assert.match(text, /7 {9}0 8 {24}0 1 0 0/);
    assert.ok(unread(tablesOf(text).table3.new_received), JSON.stringify(tablesOf(text).table3.new_received));
    assert.deepStrictEqual(sums(text), []);
  });

  it('…but the same clusters with the row\'s total holding are read', () => {
    const text = excerpt('seed9940-v032-table3-print-layout.txt').replace(/7 {9}0 8 {24}0 1 0 0/, '7         0 0                        0 1 0 8');
    assert.deepStrictEqual(tablesOf(text).table3.new_received, { natural_person: 7, commercial: 0, research: 0, social_welfare: 0, legal_service: 1, other: 0, total: 8 });
  });

  it('…and a row at its columns\' places with one narrow gap (`7   0   1   0   0 0     9`), its total failing, is the report\'s row-total error', () => {
    const text = excerpt('seed9940-v032-table3-print-layout.txt').replace(/7 {9}0 8 {24}0 1 0 0/, '7   0   1   0   0 0     9');
    assert.ok(findings(text).some((f) => f.startsWith('row-total') && f.includes('一、本年新收')), JSON.stringify(findings(text)));
  });

  it('with blanks placed by position and lone counts on the line below, its total failing: unread, no sum error', () => {
    const text = excerpt('seed9940-v032-table3-print-bare-layout.txt');
    assert.match(text, /7 {5}0 1 0 0\n +0 8\n/);
    assert.ok(unread(tablesOf(text).table3.new_received), JSON.stringify(tablesOf(text).table3.new_received));
    assert.deepStrictEqual(sums(text), []);
  });

  it('…but with its total holding it is read, blanks and all', () => {
    const text = excerpt('seed9940-v032-table3-print-bare-layout.txt').replace(/7 {5}0 1 0 0\n/, '7     0 1 0 8\n');
    const got = tablesOf(text).table3.new_received;
    assert.strictEqual(got.natural_person, 7);
    assert.strictEqual(got.total, 8);
  });
});
