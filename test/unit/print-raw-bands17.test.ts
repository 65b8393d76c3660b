/**
 * Issue 12, seventeenth session: table 三's first column (自然人) where a browser's printout read with plain pdftotext
 * (structure/printed-bands.ts) puts it apart: a page whose first rows give their cells from 商业企业 on first (one per
 * line), and their 自然人 cells at the page's foot, after a repeat of the header's words (`商业` / `企业` / `科研` /
 * `机构` / `0` / `0` / `0`; weighed with the page's feet, only where no table is read without); and a block of one
 * number per line holding a row's cells, then the first cells of the rows below (weighed with `wrap`); and a table 三
 * without one of its rows (no trace of its label) read by the band search as well.
 */
import * as assert from 'assert';
import { findings, rendering, Tables, tablesOf, truthOf } from '../helpers/renderings';
import { BandItem, bandItems, PagedBandItem, readBands } from '../../server/src/engine/structure/printed-bands';
import type { TextCell } from '../../server/src/engine/model';

const table3Findings = (text: string) => findings(text).filter((f) => /^(row-missing|row-total|column-total|cell-|balance)/.test(f));

describe('printed from a browser, plain pdftotext: a page\'s first rows\' 自然人 at its foot (issue 12)', () => {
  it('three rows\' first cells after the header\'s words at the second page\'s foot: every cell read, nothing said (r037)', () => {
    const text = rendering('r037', 'print-raw.txt');
    assert.ok(/\n商业\n企业\n\n科研\n机构\n\n0\n\n0\n\n0\n\n7\.属于行政执法案/.test(text), 'the class: the page\'s foot');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r037').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });

  it('bandItems: numbers after a column\'s name within a page are afterHeader, not those after a page break', () => {
    const lines = ['1.甲', '3', '', '商业', '企业', '', '5', '', '\f申请人情况', '科研机构', '', '7'];
    const items = bandItems(lines, 0, lines.length - 1, () => false, ['商业企业', '科研机构']);
    assert.deepStrictEqual(items.map((it) => [!!it.afterHeader, !!it.pageStart]), [[false, false], [true, false], [false, true]]);
  });
});

describe('structure/printed-bands.ts readBands: a page\'s first rows\' first cells at its foot', () => {
  // Five rows: 新收, 上年结转, one result, 总计, 结转下年度; three columns and their total.
  const sums = { results: [2], resultTotal: 3, balance: [0, 1, 3, 4] as [number, number, number, number] };
  let line = 0;
  const cell = (v: number): TextCell => { const text = String(v); return { text, norm: text, span: { line: line++, start: 0, end: text.length } }; };
  const table = [[3, 1, 0, 4], [1, 0, 2, 3], [4, 1, 2, 7], [4, 1, 2, 7], [0, 0, 0, 0]];
  const texts = (got: TextCell[][] | undefined) => got?.map((r) => r.map((c) => Number(c.text)));
  const one = (v: number): BandItem => ({ lines: [[cell(v)]] });
  /** Row 0 on the first page; the next page rows 1–2 from their second cell, one per block, rows 3–4 whole, then rows 1–2's first cells. */
  const items = (t: number[][], afterHeader = true): PagedBandItem[] => [
    { lines: [t[0].map(cell)] },
    { ...one(t[1][1]), pageStart: true }, one(t[1][2]), one(t[1][3]), ...t[2].slice(1).map(one),
    { lines: [t[3].map(cell)] }, { lines: [t[4].map(cell)] },
    { ...one(t[1][0]), afterHeader }, one(t[2][0]),
  ];

  it('the rows\' first cells as the page\'s last numbers, after the header\'s words: the table', () => {
    assert.deepStrictEqual(texts(readBands(items(table), 5, 4, sums)), table);
  });

  it('…but the same numbers with no header\'s words before them: undefined', () => {
    assert.strictEqual(readBands(items(table, false), 5, 4, sums), undefined);
  });
});

describe('printed from a browser, plain pdftotext: a row\'s cells, then down the first column (issue 12)', () => {
  it('新收\'s six cells and the next two rows\' 自然人 in one block (7 / 1 / 0 / 0 / 0 / 0 / 1 / 1): every cell read, nothing said (r068)', () => {
    const text = rendering('r068', 'print-raw.txt');
    assert.ok(/\n7\n1\n0\n0\n0\n0\n1\n1\n\n/.test(text), 'the class: one block');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r068').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });

  it('readBands: a row\'s three cells and two rows\' first cells, those rows column by column, then the totals', () => {
    const sums = { results: [2], resultTotal: 3, balance: [0, 1, 3, 4] as [number, number, number, number] };
    let line = 0;
    const cell = (v: number): TextCell => { const text = String(v); return { text, norm: text, span: { line: line++, start: 0, end: text.length } }; };
    const t = [[3, 1, 0, 4], [1, 0, 2, 3], [4, 1, 2, 7], [4, 1, 2, 7], [0, 0, 0, 0]];
    const block = (vs: number[]): BandItem => ({ lines: vs.map((v) => [cell(v)]) });
    const items: PagedBandItem[] = [block([3, 1, 0, 1, 4]), block([0, 1]), block([2, 2]), block([4, 3, 7]), { lines: [t[3].map(cell)] }, { lines: [t[4].map(cell)] }];
    assert.deepStrictEqual(readBands(items, 5, 4, sums)?.map((r) => r.map((c) => Number(c.text))), t);
  });
});

describe('printed from a browser, plain pdftotext: a table 三 without one of its rows, in bands (issue 12)', () => {
  it('7.属于行政执法案卷 left out, the others in bands: every other row read, the row said missing (r110)', () => {
    const text = rendering('r110', 'print-raw.txt');
    assert.ok(!/属于行政执法/.test(text), 'the class: no trace of the row\'s label');
    const got = tablesOf(text).table3;
    const want = (truthOf('r110').tables as unknown as Tables).table3;
    for (const [row, cells] of Object.entries(want)) assert.deepStrictEqual(got[row], cells, row);
    const said = table3Findings(text);
    assert.deepStrictEqual(said.map((f) => f.split(':')[0]), ['row-missing'], said.join('\n'));
    assert.ok(/执法案卷/.test(said[0]), said[0]);
  });
});
