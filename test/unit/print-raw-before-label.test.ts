/**
 * Issue 12, nineteenth session: table 三 in a browser's printout read with plain pdftotext (structure/printed-bands.ts):
 * a row's cells beside one line of its wrapped label (`理结 情形，不计其他情 14 1`) come after its other cells, which
 * poppler gave as a block between the label's lines (`0 / 0`). Weighed last (only where no table is read without).
 */
import * as assert from 'assert';
import { findings, rendering, Tables, tablesOf, truthOf } from '../helpers/renderings';
import { BandItem, bandItems, PagedBandItem, readBands } from '../../server/src/engine/structure/printed-bands';
import type { TextCell } from '../../server/src/engine/model';

const table3Findings = (text: string) => findings(text).filter((f) => /^(row-missing|row-total|column-total|cell-|balance)/.test(f));

describe('printed from a browser, plain pdftotext: a row\'s later cells before its label line\'s numbers (issue 12)', () => {
  it('（二）部分公开\'s 科研机构 and 社会公益组织 before the label line with 14 1: every cell read, nothing said (r039)', () => {
    const text = rendering('r039', 'print-raw.txt');
    assert.ok(/度办 分处理的，只计这一\n0\n0\n理结 情形，不计其他情 14 1\n/.test(text), 'the class: a block between the label\'s lines');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r039').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });
});

describe('structure/printed-bands.ts: a block before a label line\'s numbers', () => {
  it('bandItems marks a block of one number per line between a label\'s line and one ending in numbers', () => {
    const lines = ['（二）部分公开（区', '0', '0', '理结 情形 14 1', '果 形）', '1.属于国 0', '0', '0'];
    const items = bandItems(lines, 0, lines.length - 1, () => false);
    const marked = items.map((it) => ('lines' in it && it.beforeLabel ? it.lines.map((l) => l.map((c) => c.text).join(' ')).join(' / ') : ''));
    assert.deepStrictEqual(marked, ['0 / 0', '', '', '']);
  });

  it('…but not a block after a whole label\'s line, before the next row\'s (its numbering begins a row)', () => {
    const lines = ['（三）不予公开 8.属于行政查询事项', '3', '0', '（四）无法提供 1.本机关不掌握相关政府信息 15 0'];
    const items = bandItems(lines, 0, lines.length - 1, () => false);
    assert.ok(items.every((it) => !('lines' in it) || !it.beforeLabel));
  });

  // Five rows: 新收, 上年结转, one result, 总计, 结转下年度; three columns and their total.
  const sums = { results: [2], resultTotal: 3, balance: [0, 1, 3, 4] as [number, number, number, number] };
  const table = [[3, 1, 0, 4], [1, 0, 2, 3], [4, 1, 2, 7], [4, 1, 2, 7], [0, 0, 0, 0]];
  const texts = (got: TextCell[][] | undefined) => got?.map((r) => r.map((c) => Number(c.text)));
  /** Row 1's last two cells (2 / 3) as a block before its label line's first two (1 0); the other rows whole. */
  const items = (t: number[][], beforeLabel = true): PagedBandItem[] => {
    let line = 0;
    const cell = (v: number): TextCell => { const text = String(v); return { text, norm: text, span: { line: line++, start: 0, end: text.length } }; };
    const row = (r: number[]): BandItem => ({ lines: [r.map(cell)] });
    return [
      row(t[0]),
      { lines: [[cell(t[1][2])], [cell(t[1][3])]], ...(beforeLabel ? { beforeLabel } : {}) }, { lines: [t[1].slice(0, 2).map(cell)], maybeFirst: true },
      row(t[2]), row(t[3]), row(t[4]),
    ];
  };

  it('the block after the label line\'s numbers: the table', () => {
    assert.deepStrictEqual(texts(readBands(items(table), 5, 4, sums)), table);
  });

  it('…but the same numbers with the block not between a label\'s lines: undefined', () => {
    assert.strictEqual(readBands(items(table, false), 5, 4, sums), undefined);
  });
});
