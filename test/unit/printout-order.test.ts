/**
 * Issue 12: plain pdftotext of printouts and PDFs: table 四 of a web page printed by a browser (print-html-raw), its fifteen numbers
 * one per line, among the header's stacked pieces and whatever the page put beside the table. One test per class, on a
 * committed rendering, and the other side on the same text changed by hand.
 */
import * as assert from 'assert';
import { findings, rendering, Tables, tablesOf, truthOf } from '../helpers/renderings';
import { unseenRendering, wrongCells } from '../helpers/unseen';

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

describe('printed from a browser, plain pdftotext: table 四\'s groups on lines of numbers wrapped by the narrow column (issue 12)', () => {
  // r101 print-html-raw: each group's row one space apart, wrapped (`34 9` / `9` / `8` / `60`, then `26 10 13 11 60 13 5` /
  // `1` / `3` / `22`): lone numbers are taken for page numbers, and 34 9 for a label; table 四 was left unread.
  const text = rendering('r101', 'print-html-raw.txt');

  it('the numbers, on lines of several and alone, in order and every group\'s sum holding: read', () => {
    assert.deepStrictEqual(tablesOf(text).table4, (truthOf('r101').tables as unknown as Tables).table4);
    assert.deepStrictEqual(findings(text), []);
  });

  it('…but two groups\' sums broken (行政复议\'s and 未经复议直接起诉\'s totals 60 → 61) leave it unread', () => {
    const changed = text.replace('\n60\n', '\n61\n').replace('26 10 13 11 60 13 5', '26 10 13 11 61 13 5');
    assert.notStrictEqual(changed, text);
    const got = tablesOf(changed).table4;
    assert.ok(Object.values(got).every((g) => Object.values(g).every((v) => v === null)), JSON.stringify(got));
  });
});

describe('printed from a browser, plain pdftotext: table 四\'s litigation header in blocks of unlike widths (issue 12)', () => {
  // Seed 8484 r025 print-raw (a fresh corpus): the litigation columns' pieces a character per line (结 / 果 / 维 / 持), four
  // of them side by side (结 结 / 未 总 果 果), the numbers one per line after: 0 0 0 0 0 0 0 1 0 1 for 复议后起诉's
  // 1 0 0 0 1 (its one count after its zeros), read as 其他结果 1.
  it('the litigation groups unread, 行政复议\'s group (apart before that header) read; no cell wrong', () => {
    const { got, truth, a } = unseenRendering('s8484-r025-2020-clean', 'print-raw');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table4.review, truth.tables.table4.review);
    assert.ok(Object.values(got.table4.lit_after_review).every((v) => v === null), JSON.stringify(got.table4));
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.message), []);
  });

  it('…the same with the ten litigation numbers all 0: read (no order can change them)', () => {
    const { lines } = unseenRendering('s8484-r025-2020-clean', 'print-raw');
    const at = lines.findIndex((l, i) => l === '1' && i > lines.findIndex((x) => x.includes('复议后起诉')));
    const text = lines.map((l, i) => (i >= at && l === '1' ? '0' : l)).join('\n');
    const got = tablesOf(text);
    assert.deepStrictEqual(got.table4.lit_after_review, { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
  });
});

describe('plain pdftotext: a table 三 row with a repeated header\'s pieces among its numbers (issue 12)', () => {
  // Seed 9393 r006 pdf-raw (a fresh corpus): after a page break, 自然人 / 四、结转下年度继续办理 / 商业企业 … 其他 / 1 0 0 0 0 0 /
  // 总计 / 1 for 0 1 0 0 0 0 1. Its total holds in any order; the report's own balance error (商业企业, 总计) breaks sums.
  it('with a sum of the table broken, the row is unread: no cell wrong', () => {
    const { got, truth } = unseenRendering('s9393-r006-2019-balance', 'pdf-raw');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.ok(Object.values(got.table3.carry_forward).every((v) => v === null), JSON.stringify(got.table3.carry_forward));
  });

  it('…its cells alike (0 0 0 0 0 0 / 总计 / 0): read whatever the order', () => {
    const { lines } = unseenRendering('s9393-r006-2019-balance', 'pdf-raw');
    const label = lines.findIndex((l) => l.startsWith('四、结转下年度继续办'));
    const first = lines.findIndex((l, i) => i > label && l === '1');
    const total = lines.findIndex((l, i) => i > first && l === '1');
    lines[first] = '0';
    lines[total] = '0';
    const got = tablesOf(lines.join('\n'));
    assert.deepStrictEqual(got.table3.carry_forward, { natural_person: 0, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other: 0, total: 0 });
  });
});

describe('printed from a browser, plain pdftotext: a table 二 row\'s first number beside its label\'s start (issue 12)', () => {
  // r031 print-html-raw: 行政规范性文 0 / 件 / 0 / 0 — the label wrapped in its narrow cell, the first column's number
  // beside its first line, the others alone after the label's rest: the row was not found.
  const text = rendering('r031', 'print-html-raw.txt');

  it('the label joined, its first number and exactly the others after it: one row, in that order', () => {
    assert.deepStrictEqual(tablesOf(text).table2.normative_documents, (truthOf('r031').tables as unknown as Tables).table2.normative_documents);
    assert.deepStrictEqual(findings(text), []);
  });

  it('…but one number too few after it leaves those lines as before (the row not read from them)', () => {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l === '行政规范性文 0');
    const first = lines.findIndex((l, i) => i > at + 1 && l === '0');
    lines.splice(first, 1);
    const got = tablesOf(lines.join('\n')).table2.normative_documents;
    assert.ok(!got || Object.values(got).every((v) => v === null), JSON.stringify(got));
  });
});
