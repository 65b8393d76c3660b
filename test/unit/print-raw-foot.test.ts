/**
 * Issue 12, sixteenth session: two more shapes of table 三 in a browser's printout read with plain pdftotext
 * (structure/printed-bands.ts), each weighed only where no table is read without it: the 总计 of a page's first rows
 * given at the page's foot (the last numbers before the next page, the rows below with their totals in place), and a
 * band of rows whose page gives its columns in groups, a group's cells one per line row by row.
 */
import * as assert from 'assert';
import { findings, rendering, Tables, tablesOf, truthOf } from '../helpers/renderings';
import { BandItem, PagedBandItem, readBands } from '../../server/src/engine/structure/printed-bands';
import type { TextCell } from '../../server/src/engine/model';

const table3Findings = (text: string) => findings(text).filter((f) => /^(row-missing|row-total|column-total|cell-|balance)/.test(f));
const truth3 = (id: string) => (truthOf(id).tables as unknown as Tables).table3;

describe('printed from a browser, plain pdftotext: a page\'s first rows\' 总计 at its foot (issue 12)', () => {
  // r093: 新收's six first cells, then 上年结转 and 予以公开 as a band column by column with their totals, the rows below
  // whole — and 新收's 总计 (13) alone at the page's foot, after the page's link, before the next page.
  const text = rendering('r093', 'print-raw.txt');
  const foot = () => {
    const lines = text.split('\n');
    const at = lines.findIndex((l, i) => l === '13' && /^https?:/.test(lines[i - 2] ?? '') && /^[0-9]+\/[0-9]+$/.test(lines[i + 2] ?? ''));
    assert.ok(at > 0, 'the class: the first row\'s 总计 between the page\'s link and its number');
    return { lines, at };
  };

  it('the first row\'s 总计 at the first page\'s foot: every cell read, nothing said (r093)', () => {
    foot();
    assert.deepStrictEqual(tablesOf(text).table3, truth3('r093'));
    assert.deepStrictEqual(table3Findings(text), []);
  });

  it('…with that 总计 one more (13 → 14): the table read, its row-total and the balance in 总计 said', () => {
    const { lines, at } = foot();
    lines[at] = '14';
    const changed = lines.join('\n');
    const want = truth3('r093');
    assert.deepStrictEqual(tablesOf(changed).table3, { ...want, new_received: { ...want.new_received, total: 14 } });
    const said = table3Findings(changed);
    assert.ok(said.some((f) => /^row-total/.test(f) && /本年新收/.test(f) && /14/.test(f)), said.join('\n'));
  });

  it('a page\'s two first rows given three columns at a time one cell per line (0 / 0 / 0 / 3 / 0 / 0), their 总计 at the page\'s foot: every cell read (r018)', () => {
    const r018 = rendering('r018', 'print-raw.txt');
    assert.ok(/\n0\n0\n0\n3\n0\n0\n\n社会公\n/.test(r018), 'the class: two rows\' three first cells, row by row');
    assert.deepStrictEqual(tablesOf(r018).table3, truth3('r018'));
    assert.deepStrictEqual(table3Findings(r018), []);
  });
});

describe('structure/printed-bands.ts readBands: a page\'s first rows\' 总计 at its foot', () => {
  // Five rows: 新收, 上年结转, one result, 总计, 结转下年度; three columns and their total.
  const sums = { results: [2], resultTotal: 3, balance: [0, 1, 3, 4] as [number, number, number, number] };
  let line = 0;
  const cell = (v: number): TextCell => { const text = String(v); return { text, norm: text, span: { line: line++, start: 0, end: text.length } }; };
  const table = [[3, 1, 0, 4], [1, 0, 2, 3], [4, 1, 2, 7], [4, 1, 2, 7], [0, 0, 0, 0]];
  const texts = (got: TextCell[][] | undefined) => got?.map((r) => r.map((c) => Number(c.text)));
  const row = (r: number[]): BandItem => ({ lines: [r.map(cell)] });
  /** Row 0 without its total, rows 1–2 as a band column by column with their totals, row 3, row 0's total (`foot`) below the page's footer, then the next page: row 4. */
  const items = (t: number[][], foot: number, belowFooter = true): PagedBandItem[] => [
    row(t[0].slice(0, 3)),
    ...[0, 1, 2, 3].map((c) => ({ lines: [[cell(t[1][c])], [cell(t[2][c])]] })),
    row(t[3]), { lines: [[cell(foot)]], belowFooter }, { ...row(t[4]), pageStart: true },
  ];

  it('the first row\'s 总计 as the last number before the next page, below the page\'s footer: the table', () => {
    assert.deepStrictEqual(texts(readBands(items(table, 4), 5, 4, sums)), table);
  });

  it('…but the same number above the footer (among the page\'s cells): undefined', () => {
    assert.strictEqual(readBands(items(table, 4, false), 5, 4, sums), undefined);
  });

  it('…but the same number not before a page break (no page after it): undefined', () => {
    const its = items(table, 4).map((it) => ({ ...it, pageStart: false }));
    assert.strictEqual(readBands(its, 5, 4, sums), undefined);
  });
});
