/**
 * Table 四 in plain pdftotext output as one stream of header pieces and numbers, each alone on its line
 * (server/src/engine/tables/raw-table4-stream.ts): a header in one row of fifteen names, or the table drawn as two
 * (行政复议 │ 行政诉讼). Its numbers are placed only where the stream proves their columns; otherwise the table is
 * unread, as before. Minimal hand-made examples, and renderings of the committed variant corpus (seed 101, pdf-raw).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText, type Diagnostic } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { ROOT } from '../helpers/fixtures';
import { type Truth, unseenRendering, wrongCells } from '../helpers/unseen';

/** Errors and warnings but the parts the minimal examples leave out. */
const serious = (ds: Diagnostic[]) => ds.filter((d) => (d.severity === 'error' || d.severity === 'warning') && d.rule !== 'section-missing');

/** Lines as plain pdftotext gives them: each cell's pieces one under another, a blank line after the cell. */
const cell = (...pieces: string[]) => [...pieces, ''];
const report = (...body: string[]) => [
  '示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好主动公开、依申请公开和监督保障工作。',
  '四、政府信息公开行政复议、行政诉讼情况', '',
  ...body,
  '五、存在的主要问题及改进情况', '存在的问题：栏目更新不及时。改进措施：加强培训。',
].join('\n');

const GROUPS = ['行政复议', '未经复议直接起诉', '复议后起诉'];
const LEAVES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
/** A column's whole name wrapped in its narrow cell, three characters a line (未经复 / 议直接 / 起诉结 / 果维持). */
const wrapped = (g: number, c: number) => cell(...(GROUPS[g] + LEAVES[c]).match(/.{1,3}/g)!);
const numbers = (...v: number[]) => v.flatMap((n) => cell(String(n)));
/** The litigation header's pieces side by side, a line per row of the cells (pdftotext took the columns as one block). */
const sideBySide = [
  ...cell('未经复 未经复 未经复 未经复 未经复', '复议后 复议后 复议后 复议后 复议后', '议直接 议直接 议直接 议直接 议直接',
    '起诉结 起诉结 起诉其 起诉尚 起诉总', '起诉结 起诉结 起诉其 起诉尚 起诉总', '果维持 果纠正 他结果 未审结', '计', '果维持 果纠正 他结果 未审结', '计'),
];

function table4(text: string): Record<string, (number | null)[]> {
  const got = extract('t', checkText(text).model, text.split('\n')).tables.table4;
  return Object.fromEntries(Object.entries(got).map(([k, v]) => [k, Object.values(v)]));
}

describe('plain pdftotext: table 四 as one stream of header pieces and numbers', () => {
  it('a header of fifteen names given one column at a time (each wrapped in its cell), then the fifteen numbers: read in that order', () => {
    const text = report(...[0, 1, 2].flatMap((g) => LEAVES.flatMap((_, c) => wrapped(g, c))), ...numbers(3, 1, 0, 2, 6, 1, 0, 0, 1, 2, 0, 2, 1, 0, 3));
    assert.deepStrictEqual(table4(text), { review: [3, 1, 0, 2, 6], lit_direct: [1, 0, 0, 1, 2], lit_after_review: [0, 2, 1, 0, 3] });
    assert.deepStrictEqual(serious(checkText(text).diagnostics).map((d) => d.rule), []);
  });

  it('…a group whose sum fails is read so, and row-total says it (the report’s own mistake)', () => {
    const text = report(...[0, 1, 2].flatMap((g) => LEAVES.flatMap((_, c) => wrapped(g, c))), ...numbers(3, 1, 0, 2, 6, 1, 0, 0, 1, 0, 0, 2, 1, 0, 3));
    assert.deepStrictEqual(table4(text).lit_direct, [1, 0, 0, 1, 0]);
    assert.deepStrictEqual(serious(checkText(text).diagnostics).map((d) => d.rule), ['row-total']);
  });

  it('drawn as two tables: 行政复议’s columns one at a time each with its number, the litigation header side by side over ten numbers all alike: read', () => {
    const text = report(...LEAVES.flatMap((_, c) => [...cell(GROUPS[0] + LEAVES[c]), ...numbers([1, 2, 0, 0, 3][c])]), ...sideBySide, ...numbers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    assert.deepStrictEqual(table4(text), { review: [1, 2, 0, 0, 3], lit_direct: [0, 0, 0, 0, 0], lit_after_review: [0, 0, 0, 0, 0] });
  });

  it('…the other side: the side-by-side header over ten numbers not all alike (their order unproven, 1818 print-raw): the litigation numbers are not read', () => {
    const text = report(...LEAVES.flatMap((_, c) => [...cell(GROUPS[0] + LEAVES[c]), ...numbers([8, 2, 4, 1, 15][c])]), ...sideBySide, ...numbers(0, 0, 0, 0, 0, 2, 2, 1, 2, 7));
    const got = table4(text);
    for (const g of ['lit_direct', 'lit_after_review']) assert.ok(!got[g] || got[g].every((v) => v === null), `${g}: ${got[g]}`);
    assert.deepStrictEqual(serious(checkText(text).diagnostics).map((d) => d.rule), []);
  });

  it('…the other side: a column’s count given after the next columns’ numbers (the stretch after the side-by-side pieces one short): not read', () => {
    // 行政复议结果维持 / 9, the rest of 行政复议's and 未经复议直接起诉结果维持's pieces side by side over four numbers only,
    // the columns after one by one over eight (their first, 1, is 未经复议直接起诉结果维持's): seed 101 v020.
    const jumbled = cell('未经', '行政 行政 行政', '复议', '行政', '复议 复议 复议', '直接', '复议', '结果 其他 尚未', '起诉', '总计', '纠正 结果 审结', '结果', '维持');
    const text = report(...wrapped(0, 0), ...numbers(9), ...jumbled, ...numbers(3, 1, 2, 15), ...[1, 2, 3, 4].flatMap((c) => wrapped(1, c)),
      ...[0, 1, 2, 3, 4].flatMap((c) => wrapped(2, c)), ...numbers(0, 4, 1, 6, 2, 0, 2, 1, 2, 6));
    const got = table4(text);
    assert.deepStrictEqual(Object.values(got).flat().filter((v) => v !== null), []);
    assert.deepStrictEqual(serious(checkText(text).diagnostics).map((d) => d.rule), []);
  });

  it('…the other side: a page’s number amid the stream (`3` between two columns’ counts, not ending its page): not read', () => {
    const head = [0, 1, 2].flatMap((g) => LEAVES.flatMap((_, c) => wrapped(g, c)));
    const text = report('\f1', '', '\f2', '', ...head, ...numbers(3, 1, 0, 2, 6, 1, 0), '3', '', ...numbers(0, 1, 2, 0, 2, 1, 0, 3), '\f4');
    const got = table4(text);
    assert.deepStrictEqual(Object.values(got).flat().filter((v) => v !== null), []);
  });
});

describe('plain pdftotext: table 四 as one stream — renderings of the variant corpus (seed 101, pdf-raw)', () => {
  const DIR = path.join(ROOT, 'test', 'corpus', 'variants');
  const rendering = (id: string) => {
    const text = fs.readFileSync(path.join(DIR, id, 'pdf-raw.txt'), 'utf8');
    const truth = JSON.parse(fs.readFileSync(path.join(DIR, id, 'truth.json'), 'utf8')) as Truth;
    const a = checkText(text);
    return { a, got: extract(id, a.model, text.split(/\r?\n/)).tables, truth };
  };
  for (const [id, what] of [
    ['v023-2021-clean', 'drawn as two, both headers one column at a time (`行政复议结果维` / `持` … `复议后` / `起诉总` / `计`)'],
    ['v036-2025-t3-row-total', 'drawn as two, 行政复议’s columns each over its number, the litigation header side by side over ten zeros'],
    ['v029-2022-clean', 'one row of fifteen names spelt one character a line (`行` / `政` / `复` / `议` …)'],
  ] as const) {
    it(`${id}: ${what} — table 四 read exactly`, () => {
      const { got, truth } = rendering(id);
      assert.deepStrictEqual(got.table4, truth.tables.table4);
      assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    });
  }

  it('v038-2019-t4-row-total: drawn as two, the litigation header one column at a time over `0 0 0 1 0 …`: row-total said of 未经复议直接起诉', () => {
    const { a, got, truth } = rendering('v038-2019-t4-row-total');
    assert.deepStrictEqual(got.table4, truth.tables.table4);
    const totals = a.diagnostics.filter((d) => d.rule === 'row-total' && d.severity === 'error');
    assert.strictEqual(totals.length, 1);
    assert.ok(totals[0].message.includes('未经复议直接起诉'), totals[0].message);
  });
});

describe('plain pdftotext: table 四 as one stream — fresh variant seed 6251 (test/fixtures/unseen-seeds)', () => {
  it('v6251-v019: its page’s number (`3`, ending the page) right before the header `\\f行政` / `复议` …: no header piece before it, the table read', () => {
    const { got, truth } = unseenRendering('v6251-v019-2023-clean', 'pdf-raw.txt');
    assert.deepStrictEqual(got.table4, truth.tables.table4);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });
});
