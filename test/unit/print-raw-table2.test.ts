/**
 * Issue 12: table 二 of a browser's printout in plain pdftotext (print-raw) given column by column after all its
 * labels: 规章 / 行政规范性文件 / … / 本年制发件数 / 0 / 173 / 本年废止件数 / 0 / 101 / 现行有效件数 / 0 / 46. Each header
 * names its column and is followed by exactly one number per row (tables/columnwise-table2.ts): read so; a run of
 * another length is not settled and stays unread. Or only the last column given so, after the sub-tables (规章 / 0 / 0 /
 * 行政规范性文件 9 / 7 / … / 现行有效件数 / 0 / 0, structure/late-column.ts): the rows' own numbers are the other columns.
 */
import * as assert from 'assert';
import { rendering, Tables, tablesOf, truthOf } from '../helpers/renderings';

describe('printed from a browser, plain pdftotext: table 二 column by column, each header before its numbers (issue 12)', () => {
  const text = rendering('r003', 'print-raw.txt');
  const want = (truthOf('r003').tables as unknown as Tables).table2;

  it('规章 and 行政规范性文件 read from their columns\' runs (r003)', () => {
    assert.match(text, /\n规章\n[\s\S]*\n本年制发件数\n0\n173\n\n本年废止件数\n0\n101\n\n现行有效件数\n0\n46\n/, 'the class');
    const got = tablesOf(text).table2;
    assert.deepStrictEqual(got.rules, want.rules);
    assert.deepStrictEqual(got.normative_documents, want.normative_documents);
  });

  it('a column\'s run one number longer than the rows is not settled: the sub-table stays unread', () => {
    const longer = text.replace('\n本年废止件数\n0\n101\n', '\n本年废止件数\n0\n101\n7\n');
    assert.notStrictEqual(longer, text);
    const got = tablesOf(longer).table2;
    for (const row of ['rules', 'normative_documents']) assert.ok(Object.values(got[row]).every((v) => v === null), `${row}: ${JSON.stringify(got[row])}`);
  });

  const late = rendering('r006', 'print-raw.txt');
  const lateWant = (truthOf('r006').tables as unknown as Tables).table2;

  it('the last column after the sub-tables, its header then a number per row: read in the rows\' order (r006)', () => {
    assert.match(late, /\n规章\n0\n0\n行政规范性文件 9\n7\n[\s\S]*\n现行有效件数\n0\n0\n\n三、/, 'the class');
    const got = tablesOf(late).table2;
    assert.deepStrictEqual(got.rules, lateWant.rules);
    assert.deepStrictEqual(got.normative_documents, lateWant.normative_documents);
  });

  it('a late column\'s header spread or in full-width letters, past lines of prose, is still its header (normalised as any label)', () => {
    // (The scan for it reads each line once for all the sub-tables and skips a line with more ideographs than the label.)
    const spread = late.replace('\n现行有效件数\n0\n0\n', '\n现 行 有 效 件 数\n0\n0\n');
    assert.notStrictEqual(spread, late);
    const got = tablesOf(spread).table2;
    assert.deepStrictEqual([got.rules.in_force, got.normative_documents.in_force], [lateWant.rules.in_force, lateWant.normative_documents.in_force]);
    assert.notStrictEqual(lateWant.normative_documents.in_force, null);
  });

  it('a late column\'s run longer than the rows is not theirs: that column stays unread', () => {
    const longer = late.replace('\n现行有效件数\n0\n0\n', '\n现行有效件数\n0\n0\n5\n');
    assert.notStrictEqual(longer, late);
    const got = tablesOf(longer).table2;
    assert.deepStrictEqual([got.rules.in_force, got.normative_documents.in_force], [null, null]);
  });

  it('2019\'s table 二, its column labels shared by sub-tables (上一年项目数量 three times): each place the next sub-table\'s (r022)', () => {
    const t2019 = rendering('r022', 'print-raw.txt');
    assert.match(t2019, /\n上一年项目数量\n797\n0\n[\s\S]*\n上一年项目数量\n405\n69\n[\s\S]*\n上一年项目数量\n0\n/, 'the class');
    assert.deepStrictEqual(tablesOf(t2019).table2, (truthOf('r022').tables as unknown as Tables).table2);
    // One place fewer: which sub-table each run is, the text no longer says; those columns stay unread.
    const fewer = tablesOf(t2019.replace('\n上一年项目数量\n405\n69\n', '\n405\n69\n')).table2;
    assert.deepStrictEqual([fewer.licensing.prev_year_items, fewer.penalty.prev_year_items], [null, null]);
  });
});
