/**
 * Issue 12: pdfminer.six's extract_text gives tables column by column (server/src/engine/tables/columnwise.ts).
 * Read only where the text settles it: the counts per page and the table's sums leave one reading. Minimal
 * texts made like the renderings (test/corpus/reports/<id>/pdfminer.txt), and committed renderings.
 */
import * as assert from 'assert';
import { labelledColumns, readColumnwise, readTable4Columnwise, tableNumbers, ColumnwiseInput } from '../../server/src/engine/tables/columnwise';
import { readRuns } from '../../server/src/engine/tables/column-runs';
import { groundedInOrder } from '../../server/src/engine/tables/run-order-grounds';
import { columnBroken } from '../../server/src/engine/structure/stream-order';
import type { TextCell } from '../../server/src/engine/model';
import { FORMAT_2021 } from '../../server/src/engine/format';
import { assertReadWhereSettled, findings, rendering, Tables, tablesOf, truthOf, assertZerosOnly } from '../helpers/renderings';


/** A small table of three rows a, b, t (t = a + b) and three columns (x, y, total): each row's total and t's column sums. */
function smallTable(pages: string[][], extra: Partial<ColumnwiseInput> = {}): Map<string, string[]> | undefined {
  let line = 0;
  const values: TextCell[] = [];
  const pageOfLine = new Map<number, number>();
  pages.forEach((p, i) => p.forEach((text) => { pageOfLine.set(line, i + 1); values.push({ text, norm: text, span: { line: line++, start: 0, end: text.length } }); }));
  const sum = (v: TextCell[]) => v.map((c) => Number(c.text));
  const read = readColumnwise({
    values, pageOf: (l) => pageOfLine.get(l)!, isPageNumber: (v) => Number(v.text) === pageOfLine.get(v.span.line),
    rows: ['a', 'b', 't'], columns: 3,
    rowHolds: (cells) => { const v = sum([...cells]); return v[0] + v[1] === v[2]; },
    brokenSums: (rows) => {
      let broken = 0;
      for (const r of rows.values()) { const v = sum(r); if (v[0] + v[1] !== v[2]) broken++; }
      const [a, b, t] = ['a', 'b', 't'].map((k) => sum(rows.get(k)!));
      for (let c = 0; c < 3; c++) if (a[c] + b[c] !== t[c]) broken++;
      return broken;
    },
    columnHolds: (cells) => { const [a, b, t] = sum([...cells]); return a + b === t; },
    ...extra,
  });
  return read && new Map([...read].map(([k, v]) => [k, v.map((c) => c.text)]));
}

describe('pdfminer: table 三 read column by column where the text settles it (issue 12)', () => {
  it('one run per column, page by page, each as long as the page\'s rows', () => {
    // Page 1 holds rows a and b (x: 3 1, y: 2 0, total: 5 1), page 2 row t.
    assert.deepStrictEqual(smallTable([['3', '1', '2', '0', '5', '1'], ['4', '2', '6']]), new Map([['a', ['3', '2', '5']], ['b', ['1', '0', '1']], ['t', ['4', '2', '6']]]));
  });

  it('a page\'s first rows given row by row before the column runs (303 57 / 15 0 …) when every row total holds', () => {
    // Row a's x and y side by side, then x's run of b, y's run of b, then the total column.
    assert.deepStrictEqual(smallTable([['3', '2', '1', '0', '5', '1'], ['4', '2', '6']]), new Map([['a', ['3', '2', '5']], ['b', ['1', '0', '1']], ['t', ['4', '2', '6']]]));
  });

  it('a page\'s own number among its cells is dropped only when the count needs it and it is that page\'s number', () => {
    assert.deepStrictEqual(smallTable([['3', '1', '2', '0', '5', '1', '1'], ['4', '2', '6']])?.get('a'), ['3', '2', '5']);
    // A stray 7 on page 1 is no page number: one count too many, nothing read.
    assert.strictEqual(smallTable([['3', '1', '2', '0', '5', '1', '7'], ['4', '2', '6']]), undefined);
  });

  it('a blank cell (one number short), or sums that fail more than one defect would: nothing read', () => {
    assert.strictEqual(smallTable([['3', '1', '2', '5', '1'], ['4', '2', '6']]), undefined);
    // Numbers that no layout of the page gives rows whose totals hold.
    assert.strictEqual(smallTable([['3', '2', '1', '1', '0', '5'], ['4', '2', '6']]), undefined);
    // Every row total holds but t is not a + b in two columns: more than one defect would explain it.
    assert.strictEqual(smallTable([['3', '1', '2', '0', '5', '1'], ['5', '3', '8']]), undefined);
  });

  it('numbers alone on their lines and at the end of a label\'s line, not the numbering of a label', () => {
    const lines = ['（三）不予公开 1.属于国家秘密', '0', '2.其他法律行政法规禁 0', '\f3', '3.其他', '- 4 -', '21'];
    assert.deepStrictEqual(tableNumbers(lines, 0, lines.length - 1).map((c) => `${c.span.line}:${c.text}`), ['1:0', '2:0', '3:3', '6:21']);
    // One cell's digits spread by widened character spacing are one number (as the row reader joins them); two counts are two boxes.
    const spread = tableNumbers(['1 6', '', '2 1 3', '12 3'], 0, 3);
    assert.deepStrictEqual(spread.map((c) => [c.text, c.spread]), [['16', '1 6'], ['213', '2 1 3']]);
  });

  it('a committed rendering whose table 三 comes as column runs is read exactly, with no false finding', () => {
    const text = rendering('r003-', 'pdfminer.txt');
    // 176 after the first label, the rest of 自然人 in a run, then each column's run: 0 78 20 0 1 / 0 0 0 …
    assert.match(text, /申请数\n量\n\n176\n/);
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r003-').tables as unknown as Tables).table3);
    assert.deepStrictEqual(findings(text), []);
  });

  it('the same text with one number taken out (a blank cell) is left unread, and says nothing wrong', () => {
    const text = rendering('r003-', 'pdfminer.txt').replace(/申请数\n量\n\n176\n/, '申请数\n量\n\n');
    assert.ok(Object.values(tablesOf(text).table3).every((row) => Object.values(row).every((v) => v === null)));
    assert.deepStrictEqual(findings(text), []);
  });

  it('two columns\' runs of a page that could be swapped with every sum holding (pdfminer gives runs out of order at times): nothing read', () => {
    // x = (1 0) and y = (0 1) on page 1: read as x, y or as y, x, every row total and t = a + b hold.
    assert.strictEqual(smallTable([['1', '0', '0', '1', '1', '1'], ['1', '1', '2']]), undefined);
  });

  it('a page whose column runs came out of header order is matched by each column\'s sums, the columns named by the pages in order', () => {
    // One row a page: page 2 gives b's total first, then y's 1 and x's 0. The 总计's run is the one every row
    // holds with (1); x down the table must give 3 + b = 4, so b's x is the other 1.
    const want = new Map([['a', ['3', '2', '5']], ['b', ['1', '0', '1']], ['t', ['4', '2', '6']]]);
    assert.deepStrictEqual(smallTable([['3', '2', '5'], ['1', '1', '0'], ['4', '2', '6']]), want);
  });

  it('a page out of order whose header-order reading breaks no more sums than one defect would: nothing read', () => {
    // Page 2 as 0 1 1: read in header order b = 0 1 1 fails only x's and y's sums (a balance defect could), read
    // the other way every sum holds: which is true the text does not say.
    assert.strictEqual(smallTable([['3', '2', '5'], ['0', '1', '1'], ['4', '2', '6']]), undefined);
  });

  it('pages in header order no more than those out of it: nothing read (trading two columns on every page keeps every sum)', () => {
    // Page 1 (rows a, b) in order and page 2 (row t) not, or page 2 in order and page 1 not: the sums cannot tell.
    assert.strictEqual(smallTable([['3', '1', '2', '0', '5', '1'], ['2', '4', '6']]), undefined);
  });

  it('a page out of order read as plain runs only: a column\'s first rows, then the next column\'s, then the rest of each, is not cut as a block and runs (untuned seed 838, r030)', () => {
    // Page 1 (11 rows): 自然人 52 0 19, 商业企业 39 2 18, then 自然人's other rows 0 0 1 0 1 0 0 0 and 商业企业's
    // 1 0 0 1 0 0 0 0 (both add up to 2), four columns of zeros, 总计. Cut as a block 52 0 19 and two runs, every
    // sum held with the two columns' lower rows traded; pages 2 and 3 as the rendering gives them.
    let line = 0;
    const cells = (text: string) => text.split(' ').map((t) => ({ text: t, norm: t, span: { line: line++, start: 0, end: t.length } }));
    const zeros = (k: number) => Array(k).fill('0').join(' ');
    const pages = [
      cells(`52 0 19 39 2 18 0 0 1 0 1 0 0 0 1 0 0 1 0 0 0 0 ${zeros(44)} 91 2 37 1 0 1 1 1 0 0 0`),
      cells(`2 10 3 1 5 0 0 0 0 1 1 6 0 0 3 1 0 1 0 4 ${zeros(40)} 3 16 3 1 8 1 0 1 0 5`),
      cells(`0 0 5 48 4 1 37 4 ${zeros(17)} 6 85 8`),
    ];
    const keys = FORMAT_2021.table3Rows.map((r) => r.key);
    const columnHolds = (column: readonly TextCell[]) => columnBroken((k) => Number(column[keys.indexOf(k)].text), FORMAT_2021.table3ResultRows) === 0;
    assert.strictEqual(pages.reduce((n, p) => n + p.length, 0), keys.length * 7);
    assert.strictEqual(readRuns({ pages, columns: 7, columnHolds })?.rows, undefined);
  });

  it('a committed rendering whose second page gives 自然人\'s run last (after 总计\'s) is read where settled (the rows whose columns under 法人或其他组织 differ unread, thirteenth session), with no false finding (r007)', () => {
    const text = rendering('r007-', 'pdfminer.txt');
    // Page 2: 法律服务机构 9 1 0 …, 其他 0 …, 总计 69 11 9 18 …, then 自然人 60 10 9 17 ….
    assert.match(text, /\n69\n\n11\n\n9\n\n18\n\n11\n[\s\S]*?\n60\n\n10\n\n9\n\n17\n/);
    assertReadWhereSettled(tablesOf(text).table3, (truthOf('r007-').tables as unknown as Tables).table3);
    assert.deepStrictEqual(findings(text), []);
  });

  it('a defect whose column the sums cannot tell (a lone 10 among zeros: 总计 or 自然人?) is left unread, nothing said wrong', () => {
    const t = truthOf('r002-');
    assert.deepStrictEqual(t.defects.map((d) => d.class), ['t3-row-total']);
    // The rendering has 总计's label right before its run (… 0 / 总 / 计 / 0 0 0 10 …): without it, the sums alone.
    const labelled = rendering('r002-', 'pdfminer.txt');
    const text = labelled.replace('\n总\n计\n', '\n');
    assert.notStrictEqual(text, labelled);
    assert.ok(Object.values(tablesOf(text).table3).every((row) => Object.values(row).every((v) => v === null)));
    assert.deepStrictEqual(findings(text), []);
  });

  it('…the rendering as it is: 总计\'s label names the run the 10 is in — read exactly, the row total said wrong', () => {
    const text = rendering('r002-', 'pdfminer.txt');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r002-').tables as unknown as Tables).table3);
    assert.ok(findings(text).some((f) => f.startsWith('row-total:')));
  });

  it('not for a browser\'s printout: its reflowed rows come in neither order (a result row moved keeps every sum)', () => {
    // r048 print-html-raw: read as column runs, 予以公开's 5 went to 4.保护第三方合法权益 with every sum holding.
    const text = rendering('r048-', 'print-html-raw.txt');
    assert.deepStrictEqual(findings(text).filter((f) => f.startsWith('narrative-mismatch')), []);
    assert.notStrictEqual(tablesOf(text).table3?.deny_third?.total, 5);
  });
});

describe('pdfminer: table 四 by its labels\' order (issue 12)', () => {
  const groups = FORMAT_2021.table4Groups.map((g) => g.columns.map((c) => c.label));
  /** Read with the page numbered `page` (a bare number equal to it may be the page's own). */
  const read = (text: string, page = 0) => readTable4Columnwise({ lines: text.split('\n'), from: 0, to: text.split('\n').length - 1, groups, mayBePageNumber: (i) => Number(text.split('\n')[i]) === page })
    ?.map((g) => g.map((c) => Number(c.text)));
  const labels = (k: number) => ['结\n果\n维\n持', '结\n果\n纠\n正', '其\n他\n结\n果', '尚\n未\n审\n结', '总\n计'].slice(0, k);

  it('each label over its number, labels broken a character a line, the totals last (r001)', () => {
    const [keep, fix, other, pending, total] = labels(5);
    const text = ['行政复议', '行政诉讼', keep, '20', fix, '3', other, '7', pending, total, '4', '34', '未经复议直接起诉', '复议后起诉',
      keep, '1', fix, '0', other, '0', pending, '0', keep, '0', fix, '0', other, '0', pending, '0', total, '1', total, '0'].join('\n\n');
    assert.deepStrictEqual(read(text), [[20, 3, 7, 4, 34], [1, 0, 0, 0, 1], [0, 0, 0, 0, 0]]);
  });

  it('all labels first, then the fifteen numbers in the labels\' order', () => {
    const heads = ['结果\n维持', '结果\n纠正', '其他\n结果', '尚未\n审结', '总计'];
    const text = ['行政复议', '行政诉讼', ...heads, '未经复议直接起诉', '复议后起诉', ...heads, ...heads, '0', '0', '0', '0', '0', '0', '1', '1', '1', '3', '0', '0', '0', '0', '0'].join('\n\n');
    assert.deepStrictEqual(read(text), [[0, 0, 0, 0, 0], [0, 1, 1, 1, 3], [0, 0, 0, 0, 0]]);
  });

  it('numbers that fail two groups\' totals, a number before its label, or fourteen numbers: nothing read', () => {
    const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const all = [...heads, ...heads, ...heads];
    assert.strictEqual(read([...all, '1', '0', '0', '0', '1', '0', '0', '0', '0', '1', '0', '2', '0', '0', '0'].join('\n')), undefined);
    assert.strictEqual(read(['2', ...all, '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '2'].join('\n')), undefined);
    assert.strictEqual(read([...all, '1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0'].join('\n')), undefined);
  });

  it('a number that may be the page\'s own is left out only when every way of leaving one out reads the same', () => {
    const heads = (k: number) => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].slice(0, k);
    const review = [...heads(5), '8', '3', '3', '3', '17'];
    const after = ['复议后起诉', '结果维持', '2', '结果纠正', '2', '其他结果', '0', '尚未审结', '0', '总计', '4'];
    // v006 (seed 101, plain pdftotext): 结果纠正 3, 其他结果 0, then page 3's number 3, then 尚未审结 2. Leaving out
    // either 3 gives a group adding up (6 3 0 2 11 or 6 0 3 2 11): which is the page's number the text does not say.
    const ambiguous = [...review, '结果维持', '6', '结果纠正', '3', '其他结果', '0', '3', '尚未审结', '2', '总计', '11', ...after].join('\n');
    assert.strictEqual(read(ambiguous, 3), undefined);
    // The page's number 5 among them is left out: only one reading.
    const paged = [...review, '结果维持', '6', '结果纠正', '3', '其他结果', '0', '5', '尚未审结', '2', '总计', '11', ...after].join('\n');
    assert.deepStrictEqual(read(paged, 5), [[8, 3, 3, 3, 17], [6, 3, 0, 2, 11], [2, 2, 0, 0, 4]]);
  });

  it('fifteen zeros are every cell 0, whatever order the label pieces came in (结果 结果 其他 / 维持 纠正 结果)', () => {
    const text = ['行政复议', '行政诉讼', '结果', '结果', '其他', '尚未', '总计', '维持', '纠正', '结果', '审结', ...new Array(15).fill('0')].join('\n');
    assert.deepStrictEqual(read(text), [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]);
  });

  it('boxes that give a group\'s columns out of order (尚未审结 before 结果维持): the k-th label proves no column, nothing read (fresh variant seed 9801 v033)', () => {
    const [keep, fix, other, pending, total] = labels(5);
    // Either litigation group may hold the 1 with every sum holding: 未经复议直接起诉's 结果维持 … come last here.
    const text = ['行政复议', '行政诉讼', keep, '0', fix, '0', other, '0', pending, '0', '未经复议直接起诉', '复议后起诉',
      pending, '0', keep, '1', fix, '0', other, '0', pending, '0', total, '0', total, '1', '单位：件', total, '0',
      keep, '0', fix, '0', other, '0'].join('\n\n');
    assert.strictEqual(read(text), undefined);
  });

  it('a committed rendering: table 四 read exactly, no false finding', () => {
    const text = rendering('r001-', 'pdfminer.txt');
    assert.deepStrictEqual(tablesOf(text).table4, (truthOf('r001-').tables as unknown as Tables).table4);
    assert.deepStrictEqual(findings(text), []);
  });
});

/**
 * The small table (rows a, b, t; columns 甲, 乙, 总计) from pages of text lines as pdfminer writes them, its
 * numbers and the column labels standing alone between them (labelledColumns) given to the reader.
 */
function labelledTable(pages: string[][]): Map<string, string[]> | undefined {
  const lines = pages.flat();
  const pageOfLine = (line: number) => { let at = 0; for (let p = 0; p < pages.length; p++) { at += pages[p].length; if (line < at) return p + 1; } return pages.length; };
  const values = tableNumbers(lines, 0, lines.length - 1);
  const byPage = pages.map((_, p) => values.filter((v) => pageOfLine(v.span.line) === p + 1).map((v) => v.text));
  return smallTable(byPage, { values, pageOf: pageOfLine, labelled: labelledColumns(lines, values, ['甲', '乙', '总计']) });
}

describe('pdfminer: a column\'s label right before a run names it (issue 12)', () => {
  it('a label alone between two numbers names the number after it; a header given whole before the first number names none', () => {
    const lines = ['甲', '乙', '总计', '0', '0', '0', '甲', '3', '1', '4', '总', '计', '3', '1', '4'];
    const values = tableNumbers(lines, 0, lines.length - 1);
    assert.deepStrictEqual([...labelledColumns(lines, values, ['甲', '乙', '总计'])].map(([v, c]) => `${v.span.line}:${c}`), ['7:0', '12:2']);
  });

  it('乙\'s run of zeros first, then 甲 and 总计 each after its label: read so (in header order 甲 would be 0 0, with every sum holding)', () => {
    // Page 1 rows a and b, page 2 row t, each page giving 乙 (zeros), then 甲, then 总计.
    const pages = [['0', '0', '甲', '2', '1', '总计', '2', '1'], ['0', '甲', '3', '总计', '3']];
    assert.deepStrictEqual(labelledTable(pages), new Map([['a', ['2', '0', '2']], ['b', ['1', '0', '1']], ['t', ['3', '0', '3']]]));
    // Without the labels the same numbers read in header order give 甲's run to 乙: the labels are what settles it.
    assert.deepStrictEqual(smallTable([['0', '0', '2', '1', '2', '1'], ['0', '3', '3']])?.get('a'), ['0', '2', '2']);
  });

  it('two labels naming one column, or a label inside a run: the page is taken as it comes, and a reading that gives a labelled number to another column is none', () => {
    assert.strictEqual(labelledTable([['0', '0', '甲', '2', '1', '甲', '2', '1'], ['0', '3', '3']]), undefined);
    assert.strictEqual(labelledTable([['0', '0', '2', '甲', '1', '2', '1'], ['0', '3', '3']]), undefined);
  });

  it('a committed rendering whose first page gives 自然人\'s run last, after its label and 总计\'s run, is read where settled (r066)', () => {
    const text = rendering('r066-', 'pdfminer.txt');
    // … 245 0 71 21 … (总计), then 自然 / 人 / 239 0 70 21 … (自然人).
    assert.match(text, /\n245\n\n0\n\n71\n[\s\S]*?\n自然\n人\n\n239\n\n0\n\n70\n/);
    assertReadWhereSettled(tablesOf(text).table3, (truthOf('r066-').tables as unknown as Tables).table3);
  });
});

describe('pdfminer: a table 三 with one defect, its pages in header order, one beginning with a block of first rows (issue 12)', () => {
  it('a committed rendering (r074, balance off in 自然人 and 总计; its last page\'s first row given across before the runs) is read exactly and the balance found', () => {
    const text = rendering('r074-', 'pdfminer.txt');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r074-').tables as unknown as Tables).table3);
    const balance = findings(text).filter((f) => f.startsWith('balance:'));
    assert.strictEqual(balance.length, 2);
    assert.deepStrictEqual(findings(text).filter((f) => !f.startsWith('balance:')), []);
  });
});

describe('pdfminer: a table 三 row the agency left out (issue 12)', () => {
  it('a committed rendering (r110: 7.属于行政执法案卷 left out, its label and its numbers nowhere) is read without it where settled (thirteenth session: the rows whose columns under 法人或其他组织 differ unread, and with them the row\'s absence no longer certain), nothing said wrong', () => {
    const t = truthOf('r110-');
    assert.deepStrictEqual(t.defects, [{ class: 'missing-row', table: 'table3', row: 'deny_casefile' }]);
    const text = rendering('r110-', 'pdfminer.txt');
    assert.doesNotMatch(text, /属于行政执法/);
    const got = tablesOf(text).table3;
    assert.ok(Object.values(got.deny_casefile ?? {}).every((v) => v === null));
    assertReadWhereSettled({ ...got, deny_casefile: (t.tables as unknown as Tables).table3.deny_casefile }, (t.tables as unknown as Tables).table3);
    // Its absence is proven all the same (sixteenth session: its label's own characters nowhere, the counts 24 × 7,
    // rules/absent-rows.ts): the expected finding, and nothing else.
    assert.deepStrictEqual(findings(text), ['row-missing: 表格三缺少“7.属于行政执法案卷”行']);
  });

  it('…the same text with the row\'s label there (its numbers still short by a row): not read as left out — unread, nothing said wrong', () => {
    const text = rendering('r110-', 'pdfminer.txt').replace('性信息\n\n8.属于行政查询', '性信息\n\n7.属于行政执法案卷\n\n8.属于行政查询');
    assert.match(text, /7\.属于行政执法案卷/);
    assert.ok(Object.values(tablesOf(text).table3).every((row) => Object.values(row).every((v) => v === null)));
    assert.deepStrictEqual(findings(text), []);
  });
});

describe('pdfminer: a table 三 with one column\'s balance off and a page out of header order (issue 12)', () => {
  it('a committed rendering (r006: 自然人\'s 结转 one more, so 自然人\'s and 总计\'s balance fail; page 3 gives 总计\'s run fourth) is read where settled (thirteenth session: the rows whose columns under 法人或其他组织 differ unread, and with them the balances), nothing said wrong', () => {
    const text = rendering('r006-', 'pdfminer.txt');
    assertReadWhereSettled(tablesOf(text).table3, (truthOf('r006-').tables as unknown as Tables).table3);
    // (Eighteenth session: its 总计 balance, failing in every reading, was said a while; a page holding a number that may be
    // its own page number may hide a blank cell instead, so nothing was proven. Nineteenth: its pages are numbered `- 3 -`
    // each, so no bare number is a page's number, and the 总计 balance is said again: test/unit/proven-sums.test.ts.)
    assert.deepStrictEqual(findings(text).filter((f) => !(f.startsWith('balance:') && f.includes('“总计”列'))), []);
  });

  it('…the same text with 科研机构\'s first count 1 (and 总计\'s 20): two applicant columns\' balances off, more than one defect — unread but for its rows of zeros (总计\'s sums hold again), nothing said wrong', () => {
    const lines = rendering('r006-', 'pdfminer.txt').split('\n');
    const from = lines.findIndex((l) => l.includes('三、收到和处理'));
    const values = tableNumbers(lines, from, lines.findIndex((l) => /^\f?四、.*行政复议/.test(l)));
    // Page 1 (seven rows) in header order: 自然人 16 0 6 …, 商业企业 3 0 …, 科研机构 0 0 …, …, 总计 19 0 6 ….
    assert.deepStrictEqual([values[0].text, values[7].text, values[14].text, values[42].text], ['16', '3', '0', '19']);
    lines[values[14].span.line] = '1';
    lines[values[42].span.line] = '2 0';
    const text = lines.join('\n');
    // Rows of zeros in every cut of their pages whose 总计 column holds (tables/zero-rows.ts: a zero total, its row's
    // numbers all 0 whatever column each is), every other row unread.
    assertZerosOnly(tablesOf(text).table3, (truthOf('r006-').tables as unknown as Tables).table3);
    assert.deepStrictEqual(findings(text), []);
  });
});

describe('pdfminer: a page grounded in header order by pdfminer\'s layout law names the columns (issue 12, fourteenth session)', () => {
  /** A text of boxes (each followed by an empty line, as pdfminer writes them) and its number cells. */
  function boxes(...texts: string[]): { lines: string[]; page: TextCell[] } {
    const lines = texts.flatMap((t) => [...t.split('\n'), '']);
    const page: TextCell[] = [];
    lines.forEach((l, i) => { const t = l.replace(/^\f/, ''); if (/^[0-9]+$/.test(t)) page.push({ text: t, norm: t, span: { line: i, start: l.length - t.length, end: l.length } }); });
    return { lines, page };
  }

  it('numbers standing together after a row label, the 勾稽 note, 自然人 or 总计, or beginning their page: grounded', () => {
    for (const before of ['8.属于行政\n查询事项', '（本列数据的勾稽关系为：第一\n项加第二项之和）', '自然\n人', '总计', '四、结转下年度继续办理']) {
      const { lines, page } = boxes('申请人情况', before, '0', '3', '1', '- 3 -');
      assert.ok(groundedInOrder(lines, page), before);
    }
    const { lines, page } = boxes('\f0', '3', '1');
    assert.ok(groundedInOrder(lines, page));
  });

  it('right after a header word under 法人或其他组织, or a page\'s number (pdfminer may group it with one column and give that column\'s group first: 1 2 3 4 5 0 6), or with another box among them: not grounded', () => {
    for (const before of ['其他', '法律服\n务机构', '商业企业 科研机构', '法人或其他组织', '- 2 -', '2']) {
      const { lines, page } = boxes('总计', before, '0', '3', '1');
      // A page's number alone on its line is left out of the page's numbers (the count needs it out).
      assert.ok(!groundedInOrder(lines, page.slice(page.length - 3)), before);
    }
    const apart = boxes('总计', '0', '3', '- 3 -', '1');
    assert.ok(!groundedInOrder(apart.lines, apart.page));
    // A number at the end of a label's line is a box of the label and the number.
    const { lines, page } = boxes('总计', '0', '3');
    lines.splice(2, 0, '1.属于国家秘密 1', '');
    const cells = tableNumbers(lines, 0, lines.length - 1);
    assert.strictEqual(cells.length, 3);
    assert.ok(!groundedInOrder(lines, cells));
    assert.ok(groundedInOrder(lines, page.map((c) => ({ ...c, span: { ...c.span, line: lines.indexOf(c.text, 3) } }))));
  });

  it('row labels among the numbers of the first run alone (pdfminer groups the labels with 自然人\'s boxes, left of every run): grounded, given the columns; a label after the first run, or a header word among them: not', () => {
    // Two rows, three columns: 自然人 2 1, then 0 0, then 总计 2 1.
    const inFirst = boxes('8.属于行政\n查询事项', '2', '（四）无法提供', '三、本年\n度办理', '1', '0', '0', '2', '1');
    assert.ok(groundedInOrder(inFirst.lines, inFirst.page, 3));
    assert.ok(!groundedInOrder(inFirst.lines, inFirst.page));
    const after = boxes('8.属于行政\n查询事项', '2', '1', '0', '1.本机关不掌握', '0', '2', '1');
    assert.ok(!groundedInOrder(after.lines, after.page, 3));
    for (const other of ['其他', '法律服\n务机构', '- 3 -']) {
      const among = boxes('8.属于行政\n查询事项', '2', other, '1', '0', '0', '2', '1');
      assert.ok(!groundedInOrder(among.lines, among.page, 3), other);
    }
  });

  it('committed r063 (one page, 自然人\'s run with the row labels among its numbers, then the others in header order): table 三 read whole, nothing said', () => {
    const text = rendering('r063-', 'pdfminer.txt');
    assert.deepStrictEqual(tablesOf(text).table3, (truthOf('r063-').tables as unknown as Tables).table3);
    assert.deepStrictEqual(findings(text), []);
  });

  it('a page out of header order whose runs the sums place once another page is grounded: read, the grounded page naming the columns', () => {
    // Page 2 gives row t as 2 6 4 (总计 second): no page but page 1 is in order, which is not most of them — unread.
    const pages = [['3', '1', '2', '0', '5', '1'], ['2', '6', '4']];
    assert.strictEqual(smallTable(pages), undefined);
    // Page 1 grounded: x 3 1, y 2 0, so row t's x is 4 (3 + 1) and its y 2.
    assert.deepStrictEqual(smallTable(pages, { grounded: (p) => p.length === 6 }), new Map([['a', ['3', '2', '5']], ['b', ['1', '0', '1']], ['t', ['4', '2', '6']]]));
    // Page 2 grounded but its 总计 not last: no ground after all.
    assert.strictEqual(smallTable(pages, { grounded: (p) => p.length === 3 }), undefined);
  });

  it('columns under one spanning header are not left unread where a grounded page names them', () => {
    const pages = [['3', '1', '2', '0', '5', '1'], ['4', '2', '6']];
    // Both pages look in order: read, but x and y (under one header, no label naming them) could trade: rows where they differ unread.
    assert.deepStrictEqual(smallTable(pages, { grouped: [0, 1] }), new Map([['a', []], ['b', []], ['t', []]]));
    assert.deepStrictEqual(smallTable(pages, { grouped: [0, 1], grounded: (p) => p.length === 3 }), new Map([['a', ['3', '2', '5']], ['b', ['1', '0', '1']], ['t', ['4', '2', '6']]]));
  });

  it('a reading by the pages that only look in order that differs from the grounded page\'s: none (readRuns)', () => {
    // Pages 1 and 2 in order (a 3 2 5, b 1 0 1) put t's x at 4; page 3 grounded (t: x 2, y 4) puts a and b the other way.
    let line = 0;
    const cells = (texts: string[]) => texts.map((t) => ({ text: t, norm: t, span: { line: line++, start: 0, end: t.length } }));
    const pages = [cells(['3', '2', '5']), cells(['1', '0', '1']), cells(['2', '4', '6'])];
    const columnHolds = (c: readonly TextCell[]) => Number(c[0].text) + Number(c[1].text) === Number(c[2].text);
    assert.deepStrictEqual(readRuns({ pages, columns: 3, columnHolds })?.rows?.map((r) => r.map((c) => c.text)), [['3', '2', '5'], ['1', '0', '1'], ['4', '2', '6']]);
    assert.deepStrictEqual(readRuns({ pages, columns: 3, columnHolds, grounded: [false, false, true] }), { several: true });
  });

  it('a grounded page whose applicant run equals its 总计\'s: 总计\'s run is not known to be last, no ground (fresh seed 2600 r009)', () => {
    // Page 1: runs 3 1 / 0 0 / 3 1 — x or the 总计 may be either 3 1; if the 总计 came first, x and y are any of the rest.
    // Page 2 (row t) 4 4 0: with page 1 taken in order x is 4, y 0; with its 总计 first and y its 3 1, x 0 and y 4.
    const pages = [['3', '1', '0', '0', '3', '1'], ['4', '4', '0']];
    assert.strictEqual(smallTable(pages, { grounded: (p) => p.length === 6 }), undefined);
    // With y's run apart from the 总计's the same page names the columns.
    assert.deepStrictEqual(smallTable([['3', '1', '1', '0', '4', '1'], ['5', '4', '1']], { grounded: (p) => p.length === 6 }), new Map([['a', ['3', '1', '4']], ['b', ['1', '0', '1']], ['t', ['4', '1', '5']]]));
  });

  it('a page placed by the sums that, cut into bands, holds every sum with another reading: unread (fresh seed 3300 r020)', () => {
    // Rows r1 r2 r3 and t (their sum in each column). Page 1 (r1: 2 1 3) grounded; page 2 came in two bands: r2 and r3
    // (runs 0 1 / 1 0 / 1 1), then t (3 2 5). Cut as plain runs (0 1 1 / 0 1 1 / 3 2 5, 总计's last) and placed by the
    // sums it holds every sum too — r3 0 1 1, t 2 3 5 — so its cut is not proven.
    const rows = ['r1', 'r2', 'r3', 't'];
    let line = 0;
    const values: TextCell[] = [];
    const pageOfLine = new Map<number, number>();
    [['2', '1', '3'], ['0', '1', '1', '0', '1', '1', '3', '2', '5']].forEach((p, i) => p.forEach((text) => { pageOfLine.set(line, i + 1); values.push({ text, norm: text, span: { line: line++, start: 0, end: text.length } }); }));
    const sum = (v: readonly TextCell[]) => v.map((c) => Number(c.text));
    const read = readColumnwise({
      values, pageOf: (l) => pageOfLine.get(l)!, isPageNumber: () => false, rows, columns: 3,
      rowHolds: (cells) => { const v = sum(cells); return v[0] + v[1] === v[2]; },
      brokenSums: (m) => {
        let broken = [...m.values()].filter((r) => { const v = sum(r); return v[0] + v[1] !== v[2]; }).length;
        const [a, b, c, t] = rows.map((k) => sum(m.get(k)!));
        for (let i = 0; i < 3; i++) if (a[i] + b[i] + c[i] !== t[i]) broken++;
        return broken;
      },
      columnHolds: (cells) => { const [a, b, c, t] = sum(cells); return a + b + c === t; },
      grounded: (p) => p[0].span.line === 0,
    });
    assert.strictEqual(read, undefined);
  });
});
