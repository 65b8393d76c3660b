/**
 * Issue 12: table 三 of a browser's printout read with plain pdftotext (print-raw), where poppler gives the table's
 * cells as blocks of rows — a band of short rows column by column, a row one cell per line, the first column beside the
 * labels, a page's totals in one block at its foot (structure/printed-bands.ts). Read only where exactly one table
 * keeps every sum; a committed rendering per class, and the other side (a sum broken: unread) on the same text changed.
 */
import * as assert from 'assert';
import { findings, rendering, Tables, tablesOf, truthOf } from '../helpers/renderings';
import { BandItem, readBands } from '../../server/src/engine/structure/printed-bands';
import type { TextCell } from '../../server/src/engine/model';

const unread = (cells: Record<string, number | null> | undefined) => !cells || Object.values(cells).every((v) => v === null);
const table3Findings = (text: string) => findings(text).filter((f) => /^(row-missing|row-total|column-total|cell-)/.test(f));

describe('printed from a browser, plain pdftotext: table 三 in blocks of rows (issue 12)', () => {
  it('bands of short rows given column by column, rows one cell per line between them: every cell read (r031)', () => {
    const text = rendering('r031', 'print-raw.txt');
    assert.ok(/\n15\n137\n\n0\n23\n/.test(rendering('r001', 'print-raw.txt')), 'the class: a band of two rows column by column');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r031').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });

  // r027: the label column carries the first column (`律行政法 0`), the other columns come after the labels, row by row,
  // and page 1's totals come as one block under a repeated 总计 at the page's foot (总计 / 4 / 0 / 2 / 0 / 0).
  const text = rendering('r027', 'print-raw.txt');

  it('the first column beside the labels, the others after them, a page\'s totals at its foot: every cell read (r027)', () => {
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r027').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });

  /** r027's text with page 1's block of totals changed at the rows given (its third is 予以公开's 2). */
  const withTotals = (changes: Record<number, string>) => {
    const lines = text.split('\n');
    const at = lines.findIndex((l, i) => l === '总计' && lines[i + 1] === '4' && lines[i + 2] === '0' && lines[i + 3] === '2');
    assert.ok(at > 0, 'the page\'s block of totals');
    for (const [k, v] of Object.entries(changes)) lines[at + Number(k)] = v;
    return lines.join('\n');
  };

  it('…with one of those totals changed (2 → 3: one row\'s total broken), the one table keeping every other sum is read and the defect said', () => {
    const changed = withTotals({ 3: '3' });
    const want = (truthOf('r027').tables as unknown as Tables).table3;
    assert.deepStrictEqual(tablesOf(changed).table3, { ...want, granted: { ...want.granted, total: 3 } });
    const said = table3Findings(changed);
    assert.ok(said.some((f) => /^row-total/.test(f) && /予以公开/.test(f)), said.join('\n'));
  });

  it('…but with two of those totals changed (two rows\' totals broken), no table keeps the sums but one row\'s: unread, no error', () => {
    const changed = withTotals({ 1: '5', 3: '3' });
    const got = tablesOf(changed);
    assert.ok(unread(got.table3.granted), JSON.stringify(got.table3.granted));
    assert.deepStrictEqual(findings(changed).filter((f) => /^row-total/.test(f) && /表格三/.test(f)), []);
  });
});

describe('printed from a browser, plain pdftotext: table 三 blocks beside labels and apart (issue 12)', () => {
  it('a label\'s line with several numbers (一、本年新收政府信息公开 208 10), the first column beside labels on one page and in the blocks on the last: every cell read (r113)', () => {
    const text = rendering('r113', 'print-raw.txt');
    assert.ok(text.includes('一、本年新收政府信息公开 208 10\n'), 'the class: a row\'s first cells on its label\'s line');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r113').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });

  it('a block of one number per line filling the rows in their order, past a row\'s end into the next (r003)', () => {
    const text = rendering('r003', 'print-raw.txt');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r003').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });

  it('rows of seven numbers on lines of their own (their places as a glued run gives them), then a page of blocks: every cell read (r051)', () => {
    const text = rendering('r051', 'print-raw.txt');
    assert.ok(/\n1 0 0 0 0 1 2\n/.test(text), 'the class: a row\'s numbers on a line of its own');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r051').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });

  it('four rows found by their labels, the others\' labels cut apart from their numbers: the blocks read, agreeing with those four (r013)', () => {
    const text = rendering('r013', 'print-raw.txt');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r013').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });

  it('a table of zeros whose 其他 and 总计 come as a group after each page\'s other columns: one 0 per cell, the same table however read (r025)', () => {
    const text = rendering('r025', 'print-raw.txt');
    assert.ok(/\n其 总\n他 计\n0\n0\n/.test(text), 'the class: the right-hand columns given after the others');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r025').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });

  it('the first column beside a run of labels, the last row\'s (四、结转下年度继续办理 / 0) in a block of its own before the others\' blocks: every cell read (r077)', () => {
    const text = rendering('r077', 'print-raw.txt');
    assert.ok(/\n四、结转下年度继续办理\n0\n\n0\n0\n/.test(text), 'the class: the last row\'s first cell alone after its label');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r077').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });

  it('…but with that number changed (0 → 5: 结转\'s total and the balance in 自然人 broken, no row explaining both): unread, no error', () => {
    const lines = rendering('r077', 'print-raw.txt').split('\n');
    const at = lines.indexOf('四、结转下年度继续办理');
    assert.ok(at > 0 && lines[at + 1] === '0', 'the last row\'s first cell');
    lines[at + 1] = '5';
    const got = tablesOf(lines.join('\n'));
    assert.ok(unread(got.table3.carry_forward), JSON.stringify(got.table3.carry_forward));
    assert.deepStrictEqual(table3Findings(lines.join('\n')).filter((f) => /^(row-total|column-total)/.test(f)), []);
  });

  it('the first column beside a run of labels, its last rows\' cells in a block after them, the others\' columns row by row and band by band: every cell read (r020)', () => {
    const text = rendering('r020', 'print-raw.txt');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r020').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });

  it('the left columns row by row, a line each (14 0 0 0), then the right-hand group (法律服务机构, 其他, 总计) column by column and row by row: every cell read (r119)', () => {
    const text = rendering('r119', 'print-raw.txt');
    assert.ok(/\n14 0 0 0\n/.test(text), 'the class: the left columns\' rows as lines of four');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r119').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });

  it('…the same class with the group\'s rows as lines (0 0 0 / 0) where the left columns ran on: every cell read (r084)', () => {
    const text = rendering('r084', 'print-raw.txt');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r084').tables as unknown as Tables).table3);
  });

  // r021, r117: many zeros and several ways to place each block; the search gave up (too many steps) before it found the
  // one table. A partial reading is dropped as soon as a column's results placed outrun their total or 第一项 + 第二项, or
  // a row's cells placed outrun its total (every count is 0 or more): the same tables, found in far fewer steps.
  for (const id of ['r021', 'r117']) {
    it(`bands weighed in many ways, partial readings that outrun a column's or a row's total dropped at once: every cell read (${id})`, () => {
      const text = rendering(id, 'print-raw.txt');
      assert.deepStrictEqual(tablesOf(text).table3, (truthOf(id).tables as unknown as Tables).table3);
      assert.deepStrictEqual(table3Findings(text), []);
    });
  }

  it('a page\'s own column groups: bands of four columns beside the labels and the other three at one page\'s foot, bands of six and 总计 at the next\'s: every cell read (r049)', () => {
    const text = rendering('r049', 'print-raw.txt');
    assert.ok(/\n法律\n总计\n服务 其他\n机构\n0\n0\n1\n/.test(text) && text.includes('人 商业 科研 公益 服务 其他\n'), 'the class: the right-hand group three columns on one page, 总计 alone on the next');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r049').tables as unknown as Tables).table3);
    assert.deepStrictEqual(table3Findings(text), []);
  });

  it('part 四\'s heading worded otherwise (四、因政府信息公开工作被申请行政复议…) ends the table: its numbers are not table 三\'s (r007)', () => {
    const text = rendering('r007', 'print-raw.txt');
    assert.ok(/\n四、因政府信息公开工作被申请行政复议/.test(text), 'the class: part 四 in other words');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r007').tables as unknown as Tables).table3);
  });

  it('part 四\'s heading after its table\'s vertical header words on the same line (况行政复议四、因政府信息公开…) ends the table: table 四\'s numbers are not table 三\'s (r024, r100)', () => {
    for (const id of ['r024', 'r100']) {
      const text = rendering(id, 'print-raw.txt');
      assert.ok(/\n况行政复议四、因政府信息公开工作被申请行政复议/.test(text), `the class: part 四's heading mid-line (${id})`);
      assert.deepStrictEqual(tablesOf(text).table3, (truthOf(id).tables as unknown as Tables).table3, id);
      assert.deepStrictEqual(table3Findings(text), [], id);
    }
  });

  it('…but a number too many among table 三\'s blocks (a stray 0 before part 四) leaves it unread, no error', () => {
    const lines = rendering('r113', 'print-raw.txt').split('\n');
    const at = lines.findIndex((l) => /^四、/.test(l) && !l.includes('结转'));
    assert.ok(at > 0, 'part 四');
    lines.splice(at, 0, '0', '');
    const got = tablesOf(lines.join('\n'));
    assert.ok(unread(got.table3.granted), JSON.stringify(got.table3.granted));
    assert.deepStrictEqual(table3Findings(lines.join('\n')).filter((f) => /^row-total/.test(f)), []);
  });
});

describe('printed from a browser, plain pdftotext: table 三 with a defect, read where one row explains every broken sum (issue 12)', () => {
  it('a row\'s total one more (1.本机关不掌握相关政府信息 2 → 3): every cell read, its row-total and result-total said (r036)', () => {
    const text = rendering('r036', 'print-raw.txt');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r036').tables as unknown as Tables).table3);
    const said = table3Findings(text);
    assert.ok(said.some((f) => /^row-total/.test(f) && /本机关不掌握/.test(f) && /总计为 3/.test(f)), said.join('\n'));
    assert.ok(findings(text).some((f) => /^result-total/.test(f) && /为 12，但（七）总计为 11/.test(f)), findings(text).join('\n'));
  });

  it('结转下年度\'s 自然人 and its total each one more: every cell read, the balance broken in those two columns said (r040)', () => {
    const text = rendering('r040', 'print-raw.txt');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r040').tables as unknown as Tables).table3);
    const said = findings(text).filter((f) => /^balance/.test(f));
    assert.deepStrictEqual(said.map((f) => f.replace(/列.*/, '')), ['balance: 第三部分表格“自然人”', 'balance: 第三部分表格“总计”']);
  });
});

describe('structure/printed-bands.ts readBands: one table keeping every sum, or none', () => {
  // Five rows: 新收, 上年结转, one result, 总计, 结转下年度; three columns and their total.
  const sums = { results: [2], resultTotal: 3, balance: [0, 1, 3, 4] as [number, number, number, number] };
  let line = 0;
  const cell = (v: number): TextCell => { const text = String(v); return { text, norm: text, span: { line: line++, start: 0, end: text.length } }; };
  const table = [[3, 1, 0, 4], [1, 0, 2, 3], [4, 1, 2, 7], [4, 1, 2, 7], [0, 0, 0, 0]];
  /** Rows 0–1 as a band, column by column; the others a cell per line. */
  const items = (t: number[][]): BandItem[] => [
    ...[0, 1, 2, 3].map((c) => ({ lines: [[cell(t[0][c])], [cell(t[1][c])]] })),
    ...t.slice(2).flatMap((row) => row.map((v) => ({ lines: [[cell(v)]] }))),
  ];
  const texts = (got: TextCell[][] | undefined) => got?.map((r) => r.map((c) => Number(c.text)));

  it('a band of two rows column by column, then a row per line each: the table', () => {
    assert.deepStrictEqual(texts(readBands(items(table), 5, 4, sums)), table);
  });

  it('the same with 总计\'s total one more (its row and two column sums broken, all by that one row): that table', () => {
    const broken = table.map((r) => [...r]);
    broken[3][3] = 8;
    assert.deepStrictEqual(texts(readBands(items(broken), 5, 4, sums)), broken);
  });

  it('…but with a result row\'s two cells traded (two columns\' sums broken, 总计\'s holding): no defect one cell and its total make, undefined', () => {
    const traded = table.map((r) => [...r]);
    traded[2] = [1, 4, 2, 7];
    assert.strictEqual(readBands(items(traded), 5, 4, sums), undefined);
  });

  it('…but with two rows\' totals one more (no reading breaks one row\'s sums only): undefined', () => {
    const broken = table.map((r) => [...r]);
    broken[3][3] = 8;
    broken[1][3] = 4;
    assert.strictEqual(readBands(items(broken), 5, 4, sums), undefined);
  });

  it('one cell wrong that the blocks let read in two places (总计\'s 自然人 one more, or the row before\'s 总计): those two rows unread, the rest read', () => {
    // Row 0 a block of one number per line, the others their first beside the label and the rest a number per line:
    // the 1 is row 3's first (its total and 自然人's sums broken) or, the firsts read one row on, row 2's 总计 (its total
    // and 总计's results sum broken). Either is one defect; which, the text does not say.
    const zeros = Array.from({ length: 5 }, () => [0, 0, 0, 0]);
    const broken = zeros.map((r) => [...r]);
    broken[3][0] = 1;
    const its: BandItem[] = [
      { lines: broken[0].map((v) => [cell(v)]) },
      ...broken.slice(1).flatMap((row): BandItem[] => [{ beside: cell(row[0]) }, ...row.slice(1).map((v) => ({ lines: [[cell(v)]] }))]),
    ];
    assert.deepStrictEqual(texts(readBands(its, 5, 4, sums)), [[0, 0, 0, 0], [0, 0, 0, 0], [], [], [0, 0, 0, 0]]);
  });

  it('every number 0, one per cell, in an order no reading allows (lines of five, wider than a row): the table of zeros; one 0 fewer: undefined', () => {
    const zeros = (k: number): BandItem[] => Array.from({ length: Math.ceil(k / 5) }, (_, i) => ({ lines: [Array.from({ length: Math.min(5, k - 5 * i) }, () => cell(0))] }));
    assert.deepStrictEqual(texts(readBands(zeros(20), 5, 4, sums)), Array.from({ length: 5 }, () => [0, 0, 0, 0]));
    assert.strictEqual(readBands(zeros(19), 5, 4, sums), undefined);
  });

  it('a page\'s totals lagging behind, one block at its foot: read there, not as the next rows\' cells', () => {
    // Rows 0–2 without their totals (the first column beside labels, the others a cell per line), then the totals of
    // rows 0–2 as one block, then rows 3–4 whole.
    const beside = (v: number): BandItem => ({ beside: cell(v) });
    const rest = (row: number[]): BandItem => ({ lines: [[cell(row[1])], [cell(row[2])]] });
    const its: BandItem[] = [
      beside(table[0][0]), rest(table[0]), beside(table[1][0]), rest(table[1]), beside(table[2][0]), rest(table[2]),
      { lines: [[cell(table[0][3])], [cell(table[1][3])], [cell(table[2][3])]] },
      ...table.slice(3).flatMap((row): BandItem[] => [beside(row[0]), rest(row), { lines: [[cell(row[3])]] }]),
    ];
    assert.deepStrictEqual(texts(readBands(its, 5, 4, sums)), table);
  });
});
