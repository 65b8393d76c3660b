/**
 * Issue 12: table 三 of a browser's printout read with plain pdftotext (print-raw, print-html-raw), where labels come
 * apart from their numbers. Each reading here is taken only where the table's own sums hold; one test per class, on a
 * committed rendering, and the other side (a sum broken: the rows stay unread) on the same text changed by hand.
 */
import * as assert from 'assert';
import { findings, rendering, Tables, tablesOf, truthOf } from '../helpers/renderings';
import { readingsWithFirstsAnyOrder, readingsWithFirstsApart } from '../../server/src/engine/structure/firsts-apart';
import type { TextCell } from '../../server/src/engine/model';

const cells = (texts: string) => texts.split(' ').map((text, i): TextCell => ({ text, norm: text, span: { line: i, start: 0, end: text.length } }));
const asText = (tables: TextCell[][][] | undefined) => tables?.map((t) => t.map((r) => r.map((c) => c.text).join(' ')));

const unread = (cells: Record<string, number | null> | undefined) => !cells || Object.values(cells).every((v) => v === null);

describe('printed from a browser, plain pdftotext: table 三 rows whose labels were not found (issue 12)', () => {
  // r024 print-html-raw: 3.其他 given as 3. and 其他 far apart (其他 is also a column's name), so no label names that row;
  // its numbers stand in order with the others: 25 rows of 7 numbers for the table's 25 rows.
  const text = rendering('r024', 'print-html-raw.txt');

  it('every row of numbers in order, one per row of the table, every sum holding: each row takes its own', () => {
    const got = tablesOf(text);
    assert.deepStrictEqual(got.table3, (truthOf('r024').tables as unknown as Tables).table3);
    assert.deepStrictEqual(findings(text).filter((f) => /^(row-missing|row-total|column-total|cell-)/.test(f)), []);
  });

  it('…but with the results\' total broken in a column (9 for 10 in （七）总计), the rows whose labels were not found are not read', () => {
    // The 自然人 column of （七）总计: 9 → 8. Its row's total then fails too: two sums, the stream order is not proven.
    const lines = text.split('\n');
    const at = lines.findIndex((l, i) => l === '9' && lines[i + 12] === '10');
    assert.ok(at > 0, 'the total row\'s first number');
    lines[at] = '8';
    const got = tablesOf(lines.join('\n'));
    assert.ok(unread(got.table3.oth_other), JSON.stringify(got.table3.oth_other));
  });
});

describe('printed from a browser, plain pdftotext: table 三 numbers no row took (issue 12)', () => {
  // r005 print-html-raw: the last page repeats the header, and 3.其他's numbers follow the header's 其他 / 总计 (3. given
  // after them): no label took them. With them the table holds exactly 25 rows of 7 numbers, in order.
  const text = rendering('r005', 'print-html-raw.txt');

  it('the numbers no row took, with the others in the text\'s order, one row per row of the table: each row takes its own', () => {
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r005').tables as unknown as Tables).table3);
  });

  it('…but a number too many among them (a stray 0 in the table) leaves those rows unread', () => {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l === '（七）总计');
    lines.splice(at, 0, '0', '');
    assert.ok(unread(tablesOf(lines.join('\n')).table3.oth_other));
  });
});

describe('printed from a browser, plain pdftotext: table 三 read whole though its labels are cut by their first number (issue 12)', () => {
  // r029 print-html-raw: a narrow label column, each label's second line carrying the row's first number
  // (属于四 / 类过程性 0 / 信息 / 0 …): most labels are not found and the rows found took other rows' numbers.
  const text = rendering('r029', 'print-html-raw.txt');

  it('the table\'s numbers, exactly 25 rows of 7 in the text\'s order, every sum holding: each row takes its own', () => {
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r029').tables as unknown as Tables).table3);
  });

  it('…but with （七）总计 breaking its sums (1 for 0), the rows the one defect could be in stay unread, and no error is said', () => {
    // The 1 read in its place breaks （七）总计's own total and 自然人's sums; read one number earlier, as 3.其他's 总计
    // (the blocks allow both), it breaks 3.其他's total and 总计's results sum: two readings with one defect each.
    const lines = text.split('\n');
    const at = lines.indexOf('（七）总计') + 2;
    assert.strictEqual(lines[at], '0');
    lines[at] = '1';
    const changed = lines.join('\n');
    const got = tablesOf(changed).table3;
    const want = (truthOf('r029').tables as unknown as Tables).table3;
    assert.ok(unread(got.oth_other) && unread(got.result_total), JSON.stringify([got.oth_other, got.result_total]));
    for (const key of Object.keys(want).filter((k) => k !== 'oth_other' && k !== 'result_total')) assert.deepStrictEqual(got[key], want[key], key);
    assert.deepStrictEqual(findings(changed).filter((f) => /^(row-total|result-total|balance)/.test(f)), []);
  });
});

describe('printed from a browser, plain pdftotext: a row\'s first number beside its label, given after the rest of the row (issue 12)', () => {
  it('readingsWithFirstsApart: the rows\' firsts and the others, each in order, make the one table whose totals hold', () => {
    // Rows 3 1 4 | 2 0 2 | 5 5 10: the firsts 3 and 5 beside labels, row 2 all alone.
    assert.deepStrictEqual(asText(readingsWithFirstsApart(cells('3 5'), cells('1 4 2 0 2 5 10'), 3, 3)), [['3 1 4', '2 0 2', '5 5 10']]);
  });

  it('…and says so when two tables hold (which row\'s first is beside its label, the totals do not tell)', () => {
    // 0 0 0 / 0 0 0 with one 0 beside a label: either row's first; both tables the same, one reading.
    assert.strictEqual(readingsWithFirstsApart(cells('0'), cells('0 0 0 0 0'), 2, 3)?.length, 1);
    // Two firsts beside labels for two rows: each row takes one.
    assert.deepStrictEqual(asText(readingsWithFirstsApart(cells('1 1'), cells('0 1 1 2'), 2, 3)), [['1 0 1', '1 1 2']]);
    // Two ways that both hold: 2 beside; alone 0 2 2 0 2 → 2 0 2 | 2 0 2 (2 beside row 1, row 2 alone) or
    // 0 2 2 | 2 0 2 (row 1 alone, 2 beside row 2): two tables.
    assert.strictEqual(readingsWithFirstsApart(cells('2'), cells('0 2 2 0 2'), 2, 3)?.length, 2);
  });

  it('r071 print-html-raw: the firsts of 1.属于国家秘密 … 3.危及“三安全一稳定” given after their rows\' other numbers: the table read whole', () => {
    const text = rendering('r071', 'print-html-raw.txt');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r071').tables as unknown as Tables).table3);
  });

  it('r017 print-html-raw: a first number alone in one block of lines with its label (96 / 三、（一）予以公开 / 本年 …), after the next row\'s numbers: the table read whole', () => {
    const text = rendering('r017', 'print-html-raw.txt');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r017').tables as unknown as Tables).table3);
  });
});

describe('printed from a browser, plain pdftotext: label blocks with their rows\' firsts in another order than the rows (issue 12)', () => {
  it('readingsWithFirstsAnyOrder: a row taking its first apart has it fixed by its total, one of the numbers beside labels', () => {
    // Rows 3 1 4 | 5 5 10, the firsts given 5 then 3: only the firsts in any order make it.
    assert.deepStrictEqual(asText(readingsWithFirstsApart(cells('5 3'), cells('1 4 5 10'), 2, 3)), []);
    assert.deepStrictEqual(asText(readingsWithFirstsAnyOrder(cells('5 3'), cells('1 4 5 10'), 2, 3)), [['3 1 4', '5 5 10']]);
    // A first the totals call for that no label holds: no reading.
    assert.deepStrictEqual(asText(readingsWithFirstsAnyOrder(cells('5 2'), cells('1 4 5 10'), 2, 3)), []);
  });

  it('r003 print-html-raw: 要求行政机关确认… and （六）1.申请人无正当理由…\'s blocks before 重复申请\'s first: the table read whole', () => {
    const text = rendering('r003', 'print-html-raw.txt');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r003').tables as unknown as Tables).table3);
  });

  it('…but with a first no total calls for (7 for 6 beside （六）1.), the rows are not read in that order', () => {
    const lines = rendering('r003', 'print-html-raw.txt').split('\n');
    const at = lines.findIndex((l) => l === '补正、行政机 6');
    assert.ok(at > 0);
    lines[at] = '补正、行政机 7';
    const got = tablesOf(lines.join('\n')).table3;
    assert.ok(unread(got.oth_no_fix) || got.oth_no_fix.natural_person === 7, JSON.stringify(got.oth_no_fix));
    assert.ok(unread(got.np_repeat), JSON.stringify(got.np_repeat));
  });
});

