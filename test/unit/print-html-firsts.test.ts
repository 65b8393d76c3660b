/**
 * Issue 12: table 三 of a report's HTML printed by a browser and read with plain pdftotext (print-html-raw), each cell a
 * block of its own: every row's other cells in the rows' order, its first (自然人) beside its label, or alone at a run's
 * edge, or pages later (structure/printed-firsts.ts). Read only where exactly one table keeps every sum — or breaks just
 * the balance in one column and 总计 (the defect then said); a row the report left out known by no trace of its label
 * (structure/label-traces.ts). Committed renderings per class, and the other side on the same text changed.
 */
import * as assert from 'assert';
import { findings, rendering, Tables, tablesOf, truthOf } from '../helpers/renderings';
import { rowWithoutTrace } from '../../server/src/engine/structure/label-traces';
import { unseenRendering, wrongCells } from '../helpers/unseen';
import { readFirstsPooled } from '../../server/src/engine/structure/printed-firsts';
import type { BandItem } from '../../server/src/engine/structure/printed-bands';
import type { TextCell } from '../../server/src/engine/model';

const truth3 = (id: string) => (truthOf(id).tables as unknown as Tables).table3;
const unread = (cells: Record<string, number | null> | undefined) => !cells || Object.values(cells).every((v) => v === null);
const table3Said = (text: string) => findings(text).filter((f) => /^(row-missing|row-total|column-total|cell-|balance|result-total)/.test(f));

describe('printed from a browser (the HTML), plain pdftotext: table 三, each cell a block, the rows\' firsts apart (issue 12)', () => {
  it('firsts beside labels, one alone after its row\'s run (160 / 137), two given pages later (三方合法 3): every cell read (r001)', () => {
    const text = rendering('r001', 'print-html-raw.txt');
    assert.ok(/\n160\n\n137\n/.test(text) && text.includes('三方合法 3\n'), 'the class: a first after its row, a first far from its row');
    assert.deepStrictEqual(tablesOf(text).table3, truth3('r001'));
    assert.deepStrictEqual(table3Said(text), []);
  });

  it('…with a number of 予以公开\'s run changed (23 → 24: its total and two column sums broken), unread and no error', () => {
    const text = rendering('r001', 'print-html-raw.txt').replace(/\n本年\n\n23\n/, '\n本年\n\n24\n');
    const got = tablesOf(text).table3;
    assert.ok(unread(got.granted), JSON.stringify(got.granted));
    assert.deepStrictEqual(findings(text).filter((f) => /^(row-total|balance|result-total)/.test(f)), []);
  });

  it('a report whose balance is broken (自然人 and 总计 by the same amount): the table read and the balance said (r006)', () => {
    const text = rendering('r006', 'print-html-raw.txt');
    assert.deepStrictEqual(tablesOf(text).table3, truth3('r006'));
    const said = findings(text).filter((f) => /^balance/.test(f));
    assert.strictEqual(said.length, 2, said.join('\n'));
  });

  it('a row\'s total wrong in the report (本机关不掌握 2 … 3): the one table breaking only that row and 总计\'s sums tying it read, both said (r036)', () => {
    const text = rendering('r036', 'print-html-raw.txt');
    assert.deepStrictEqual(tablesOf(text).table3, truth3('r036'));
    const said = table3Said(text);
    assert.ok(said.some((f) => /^row-total/.test(f) && /本机关不掌握/.test(f)), said.join('\n'));
    assert.ok(said.some((f) => /^result-total/.test(f)), said.join('\n'));
  });

  it('…but with a second row\'s total broken too (r001, two rows\' 总计 changed): unread, no error', () => {
    const lines = rendering('r001', 'print-html-raw.txt').split('\n');
    // 予以公开's 160 and 部分公开's 24, each alone on its line.
    const a = lines.indexOf('160');
    const b = lines.indexOf('24', a);
    assert.ok(a > 0 && b > a, 'the two totals');
    lines[a] = '161';
    lines[b] = '25';
    const text = lines.join('\n');
    assert.ok(unread(tablesOf(text).table3.granted));
    assert.deepStrictEqual(findings(text).filter((f) => /^(row-total|balance|result-total)/.test(f)), []);
  });

  it('a number\'s digits spread apart (2 4 for 24, 1 2 beside a label for 12): weighed both ways, every cell read (r095, r074)', () => {
    for (const id of ['r095', 'r074']) {
      const text = rendering(id, 'print-html-raw.txt');
      assert.ok(/\n(1 2|2 4)\n/.test(text) || / 1 2\n/.test(text), `${id}: the class`);
      assert.deepStrictEqual(tablesOf(text).table3, truth3(id), id);
    }
  });

  it('a table in widened spacing throughout (twelve lines of spread digits: 2 4 0, 1 0 0, 4 6 …): only joining them all gives its count, every cell read (r061)', () => {
    const text = rendering('r061', 'print-html-raw.txt');
    const spread = text.split('\n').filter((l) => /^(?:三、 （一）予以公开 |果 （区分处理的，只 )?[0-9](?: [0-9])+$/.test(l));
    assert.ok(spread.length > 4, `the class: ${spread.length} lines of spread digits`);
    assert.deepStrictEqual(tablesOf(text).table3, truth3('r061'));
    assert.deepStrictEqual(table3Said(text), []);
  });

  it('…with one spread total changed (2 3 0 → 2 4 0: its sums broken), unread and no error', () => {
    const text = rendering('r061', 'print-html-raw.txt').replace(/\n（七）总计\n\n2 3 0\n/, '\n（七）总计\n\n2 4 0\n');
    assert.notStrictEqual(text, rendering('r061', 'print-html-raw.txt'));
    assert.ok(unread(tablesOf(text).table3.result_total), JSON.stringify(tablesOf(text).table3.result_total));
    assert.deepStrictEqual(findings(text).filter((f) => /^(row-total|balance|result-total)/.test(f)), []);
  });

  it('a row the report left out in a narrow printout, every label two characters a line (r076 2.其他法律行政法规禁止公开): the others read, the row said missing', () => {
    const text = rendering('r076', 'print-html-raw.txt');
    assert.ok(text.includes('\n于国\n') || text.includes('\n家秘\n'), 'the class: labels two characters a line');
    assert.deepStrictEqual(tablesOf(text).table3, truth3('r076'));
    const missing = findings(text).filter((f) => /^row-missing/.test(f));
    assert.strictEqual(missing.length, 1, missing.join('\n'));
  });

  it('a row the report left out (r008 7.属于行政执法案卷, r042 5.要求行政机关确认或重新出具已获取信息): the others read, the row said missing (r008, r042)', () => {
    for (const id of ['r008', 'r042']) {
      const text = rendering(id, 'print-html-raw.txt');
      const want = truth3(id);
      assert.deepStrictEqual(tablesOf(text).table3, want, id);
      const missing = findings(text).filter((f) => /^row-missing/.test(f));
      assert.strictEqual(missing.length, 1, `${id}: ${missing.join('\n')}`);
    }
  });
});

describe('label traces: the one row of a table whose label left nothing in its lines', () => {
  const labels = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '7.属于行政执法案卷', '8.属于行政查询事项', '3.其他'];
  it('labels wrapped a few characters a line: the row with no run of three of its own characters', () => {
    const lines = ['属于国', '家秘密', '其他法', '律行政法 0', '规禁止公', '属于行', '政查询事 7', '项'];
    assert.strictEqual(rowWithoutTrace(labels, lines, 0, lines.length - 1), 2);
  });
  it('labels wrapped two characters a line (属 / 于国 / 家秘 / 密): traced across the lines, the one without a trace found', () => {
    const lines = ['属', '于国', '家秘', '密', '0', '0', '其他', '法律', '行政 1', '法规', '0', '属', '于行', '政查', '询事', '项', '7', '3.'];
    assert.strictEqual(rowWithoutTrace(labels, lines, 0, lines.length - 1), 2);
    // The same lines with 行政执法案卷's as well: every row traced, none said.
    const all = [...lines, '属', '于行', '政执', '法案', '卷', '5'];
    assert.strictEqual(rowWithoutTrace(labels, all, 0, all.length - 1), undefined);
  });
  it('every row traced, or two without a trace: none said', () => {
    const all = ['属于国', '家秘密', '律行政法 0', '政执法案 5', '政查询事 7'];
    assert.strictEqual(rowWithoutTrace(labels, all, 0, all.length - 1), undefined);
    const two = ['属于国', '家秘密', '律行政法 0'];
    assert.strictEqual(rowWithoutTrace(labels, two, 0, two.length - 1), undefined);
  });
});

describe('variant seed 3400 v023: a printout\'s row given by the stream, its first after its run past a page\'s footer', () => {
  // （六）其他处理 3.其他 / 0 0 0 0 0 1 / (address, 4/6, title, date) / 1, for 1 0 0 0 0 0 1: read 0 0 0 0 0 1 1 before.
  const { a, got, truth } = unseenRendering('v3400-v023-2022-clean', 'print-html-raw.txt');
  it('the row holds its total read either way: unread, no cell wrong', () => {
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.message), []);
  });
});

describe('structure/printed-firsts.ts readFirstsPooled: a table with one defect that the blocks let read more than one way', () => {
  // Five rows: 新收, 上年结转, one result, 总计, 结转下年度; three columns and their total.
  const sums = { results: [2], resultTotal: 3, balance: [0, 1, 3, 4] as [number, number, number, number] };
  it('row 0\'s 其他 one more (0 0 1 0, a cell per block), the other rows\' firsts beside labels: row 0 unread, the rest read', () => {
    // Read as 0 0 0 1 (its 总计 one more: the narrow shape) or as given (其他 one more): either is one defect.
    const table = [[0, 0, 1, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]];
    const lines: string[] = [];
    const items: BandItem[] = [];
    const cell = (v: number, label = ''): TextCell => {
      lines.push('', `${label}${v}`);
      return { text: String(v), norm: String(v), span: { line: lines.length - 1, start: label.length, end: label.length + String(v).length } };
    };
    for (const v of table[0]) items.push({ lines: [[cell(v)]] });
    for (const row of table.slice(1)) {
      items.push({ beside: cell(row[0], '标签 ') });
      for (const v of row.slice(1)) items.push({ lines: [[cell(v)]] });
    }
    const got = readFirstsPooled(items, lines, () => false, 5, 4, sums);
    assert.deepStrictEqual(got?.map((r) => r.map((c) => Number(c.text))), [[], ...table.slice(1)]);
  });
});

describe('printed from a browser (the HTML), plain pdftotext: table 四 cut by part 五\'s heading (fourteenth session)', () => {
  const truth4 = (id: string) => (truthOf(id).tables as unknown as Tables).table4;
  const unread4 = (t: Tables['table4']) => Object.values(t).every((g) => Object.values(g).every((v) => v === null));

  it('行政复议\'s five before 五、存在的主要问题…, the litigation header and its ten after: every cell read (r063, r058)', () => {
    for (const id of ['r063', 'r058']) {
      const text = rendering(id, 'print-html-raw.txt');
      assert.ok(/\n五、[^\n]*\n[\s\S]{0,200}\n未经复议直接起(诉)? 复议后起诉\n/.test(text), `${id}: the class`);
      assert.deepStrictEqual(tablesOf(text).table4, truth4(id), id);
      assert.deepStrictEqual(findings(text).filter((f) => /^(row-total|cell-|column-|table-missing)/.test(f)), [], id);
    }
  });

  it('…but a line of part 五\'s prose between the heading and the litigation header, or two litigation sums broken: unread, no error', () => {
    const text = rendering('r063', 'print-html-raw.txt');
    const prose = text.replace(/\n（ ）存在的主 问\n/, '\n（一）存在的主要问题：政策解读形式较为单一，主动公开内容的及时性有待提高。\n');
    const two = text.replace(/\n43 14 3\n/, '\n44 14 3\n').replace(/\n17\n(?![\s\S]*\n17\n)/, '\n18\n');
    for (const t of [prose, two]) {
      assert.notStrictEqual(t, text);
      assert.ok(unread4(tablesOf(t).table4), JSON.stringify(tablesOf(t).table4));
      assert.deepStrictEqual(findings(t).filter((f) => /^(row-total|cell-|column-)/.test(f)), []);
    }
  });

  it('…one litigation sum broken (43 → 44): read as printed, and the row\'s total said', () => {
    const text = rendering('r063', 'print-html-raw.txt').replace(/\n43 14 3\n/, '\n44 14 3\n');
    assert.strictEqual(tablesOf(text).table4.lit_direct.total, 44);
    assert.strictEqual(findings(text).filter((f) => /^row-total/.test(f)).length, 1, findings(text).join('\n'));
  });
});
