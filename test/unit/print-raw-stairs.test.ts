/**
 * Issue 12, eighteenth session: table 三 in a browser's printout read with plain pdftotext (structure/printed-bands.ts),
 * a page's staircase: before a repeat of the header's words within the page (`其他` / `总计`), its first rows give their
 * first cells, fewer row after row (`16 / 8 / 0`, `0 / 1`, `0`), and after the words each row's other cells, row by row.
 * Weighed last (only where no table is read without), never with a defect.
 */
import * as assert from 'assert';
import { findings, rendering, Tables, tablesOf, truthOf } from '../helpers/renderings';
import { BandItem, PagedBandItem, readBands } from '../../server/src/engine/structure/printed-bands';
import type { TextCell } from '../../server/src/engine/model';

const table3Findings = (text: string) => findings(text).filter((f) => /^(row-missing|row-total|column-total|cell-|balance)/.test(f));

describe('printed from a browser, plain pdftotext: a page\'s staircase of rows\' first cells (issue 12)', () => {
  it('rows giving five, four, three, two, one first cells before 其他/总计, their rest after: every cell read, nothing said (r001)', () => {
    const text = rendering('r001', 'print-raw.txt');
    assert.ok(/\n16\n\n8\n\n0\n\n0\n\n1\n\n0\n\n其他\n\n总计\n\n0\n\n360\n/.test(text), 'the class: the staircase before the header\'s words');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r001').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });
});

describe('structure/printed-bands.ts readBands: a staircase', () => {
  // Five rows: 新收, 上年结转, one result, 总计, 结转下年度; three columns and their total.
  const sums = { results: [2], resultTotal: 3, balance: [0, 1, 3, 4] as [number, number, number, number] };
  const table = [[3, 1, 0, 4], [1, 0, 2, 3], [4, 1, 2, 7], [4, 1, 2, 7], [0, 0, 0, 0]];
  const texts = (got: TextCell[][] | undefined) => got?.map((r) => r.map((c) => Number(c.text)));
  /** Row 0's first two cells, row 1's first, then (after the header's words) row 0's rest and row 1's, then rows 2–4 whole. */
  const items = (t: number[][], afterHeader = true): PagedBandItem[] => {
    let line = 0;
    const cell = (v: number): TextCell => { const text = String(v); return { text, norm: text, span: { line: line++, start: 0, end: text.length } }; };
    const one = (v: number): BandItem => ({ lines: [[cell(v)]] });
    return [
      one(t[0][0]), one(t[0][1]), one(t[1][0]),
      { ...one(t[0][2]), afterHeader }, one(t[0][3]), one(t[1][1]), one(t[1][2]), one(t[1][3]),
      { lines: [t[2].map(cell)] }, { lines: [t[3].map(cell)] }, { lines: [t[4].map(cell)] },
    ];
  };

  it('the rows\' first cells before the header\'s words, their rest after: the table', () => {
    assert.deepStrictEqual(texts(readBands(items(table), 5, 4, sums)), table);
  });

  it('…but the same numbers with no header\'s words among them: undefined', () => {
    assert.strictEqual(readBands(items(table, false), 5, 4, sums), undefined);
  });
});
