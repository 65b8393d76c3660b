/**
 * Plain pdftotext output, what copying from a PDF viewer gives (issue 12, class 1, layout `pdf-raw`):
 * cells one per line in reading order, which page breaks scramble. Read exactly, or marked uncertain
 * and left unread (null) — never an error from a misread. Minimal hand-made examples, and renderings
 * of test/corpus/reports that showed each class.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import type { ReportModel } from '../../server/src/engine/model';
import { ROOT } from '../helpers/fixtures';
import { evaluateCorpus, readTruths } from '../helpers/corpusEval';

type Cells = Record<string, Record<string, number | null>>;
interface Truth { year: number; defects: unknown[]; expected: { rule: string; severity: string }[]; allowed?: { rule: string }[]; tables: { table2?: Cells; table3?: Cells } }

/** Cells as plain pdftotext gives them: each on its own line, a blank line after it. */
const cells = (...c: string[]) => c.flatMap((x) => [x, '']);
const report = (...body: string[]) => [
  '示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好主动公开、依申请公开和监督保障工作。',
  ...body,
  '五、存在的主要问题及改进情况', '存在的问题：栏目更新不及时。改进措施：加强培训。',
].join('\n');

type Read = { value: { kind: string; value?: number } };
const num = (c: Read) => (c.value.kind === 'number' ? c.value.value! : c.value.kind === 'blank' ? null : NaN);

function table2(model: ReportModel): Record<string, (number | null)[]> {
  const out: Record<string, (number | null)[]> = {};
  for (const s of model.table2?.subs.values() ?? []) for (const [key, r] of s.rows) out[key] = r.cells.map(num);
  return out;
}

const serious = (text: string) => checkText(text).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
/** What a misread table 二 row gives. */
const TABLE_RULES = ['column-missing', 'row-missing', 'cell-invalid', 'cell-missing', 'label-nonstandard'];

describe('plain pdftotext: table 二', () => {
  it('spread digits (1 2 4, 2 2 9 . 1 7), a label wrapped onto the next line (行政规范性文 / 件): read exactly, the spacing said as information', () => {
    const text = report(
      '二、主动公开政府信息情况', '',
      ...cells('第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '0', '3', '行政规范性文\n件', '1', '0', '1 4'),
      ...cells('第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '1 2 4'),
      ...cells('第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '1 0 6', '行政强制', '0'),
      ...cells('第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '2 2 9 . 1 7'),
    );
    const a = checkText(text);
    assert.deepStrictEqual(table2(a.model), { rules: [0, 0, 3], normative_documents: [1, 0, 14], licensing: [124], penalty: [106], coercion: [0], administrative_fees: [229.17] });
    const t2 = a.diagnostics.filter((d) => TABLE_RULES.includes(d.rule));
    assert.deepStrictEqual(t2.map((d) => `${d.severity} ${d.rule}`), new Array(4).fill('information cell-invalid'));
    assert.match(t2[1].message, /“1 2 4”按位置读作 124/);
  });

  it('2019 table 二: a column label wrapped (上一年项目数 / 量), a change (-3) and an amount (1.75) are read', () => {
    const text = report(
      '二、主动公开政府信息情况', '',
      ...cells('第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '0', '0', '0', '规范性文件', '2', '2', '9'),
      ...cells('第二十条第（五）项', '信息内容', '上一年项目数\n量', '本年增/减', '处理决定数量', '行政许可', '12', '-3', '40', '其他对外管理服务事项', '0', '0', '0'),
      ...cells('第二十条第（六）项', '信息内容', '上一年项目数\n量', '本年增/减', '处理决定数量', '行政处罚', '5', '0', '20', '行政强制', '2', '-2', '1'),
      ...cells('第二十条第（八）项', '信息内容', '上一年项目数\n量', '本年增/减', '行政事业性收费', '3', '0'),
      ...cells('第二十条第（九）项', '信息内容', '采购项目数量', '采购总金额', '政府集中采购', '4', '1.75'),
    ).replace('2023年', '2019年');
    const a = checkText(text);
    const t2 = table2(a.model);
    assert.deepStrictEqual([t2.licensing, t2.coercion, t2.centralized_procurement], [[12, -3, 40], [2, -2, 1], [4, 1.75]]);
    assert.deepStrictEqual(serious(text).filter((d) => TABLE_RULES.includes(d.rule)).map((d) => d.message), []);
  });

  it('a number too many (a page number before the page break) cannot be placed: the row is unread and said so, no error', () => {
    const text = report(
      '二、主动公开政府信息情况', '',
      ...cells('第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '0', '0', '1'),
      '\f行政规范性文件', '', ...cells('1', '0', '1'),
    );
    const a = checkText(text);
    assert.deepStrictEqual(table2(a.model).rules, [null, null, null]);
    assert.deepStrictEqual(table2(a.model).normative_documents, [1, 0, 1]);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity !== 'information' && TABLE_RULES.includes(d.rule)).map((d) => d.message), []);
    const info = a.diagnostics.filter((d) => d.rule === 'cell-missing' && d.severity === 'information');
    assert.strictEqual(info.length, 1);
    assert.match(info[0].message, /^表格二（从 PDF 转出的文本）有 1 行.*“规章”/);
  });
});

describe('plain pdftotext: a table 二 row split by a page break', () => {
  const head = ['二、主动公开政府信息情况', '', ...cells('第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '0', '0')];
  const rest = (...fees: string[]) => [
    ...cells('第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '36'),
    ...cells('第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', ...fees),
  ];

  it('its first number opening the new page before its label (规章 0 0 0 / \f4 / 行政规范性文件 0 5): the row’s, read whole', () => {
    const text = report(...head, '\f4', '', ...cells('行政规范性文件', '0', '5'), ...rest('0.00'));
    const a = checkText(text);
    assert.deepStrictEqual(table2(a.model), { rules: [0, 0, 0], normative_documents: [4, 0, 5], licensing: [36], administrative_fees: [0] });
    assert.deepStrictEqual(serious(text).filter((d) => TABLE_RULES.includes(d.rule)).map((d) => d.message), []);
  });

  it('… but not the page’s own number at its top (\f2 on page 2): nothing moves, both rows unread', () => {
    const text = report(...head, '\f2', '', ...cells('行政规范性文件', '0', '5'), ...rest('0.00'));
    const t2 = table2(checkText(text).model);
    assert.deepStrictEqual([t2.rules, t2.normative_documents], [[null, null, null], [null, null, null]]);
  });

  it('its last number ending the page after the rows below (\f行政规范性文件 1 0 / … / 行政事业性收费 0.00 / 1): the row’s, read whole', () => {
    const text = (last: string) => report(...head, '\f行政规范性文件', '', ...cells('1', '0'), ...rest('0.00', last), '\f三、收到和处理政府信息公开申请情况');
    assert.deepStrictEqual(table2(checkText(text('1')).model), { rules: [0, 0, 0], normative_documents: [1, 0, 1], licensing: [36], administrative_fees: [0] });
    // The page's own number (2 on page 2) may be its page number, which the page numbers did not tell: not moved.
    assert.deepStrictEqual(table2(checkText(text('2')).model).normative_documents, [null, null, null]);
  });

  it('its first number opening the page right after the header (\f4 / 规章 / 0 / 5): the row’s, read whole; not the page’s own number (\f2)', () => {
    const text = (first: string) => report('二、主动公开政府信息情况', '', ...cells('第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
      `\f${first}`, '', ...cells('规章', '0', '5', '行政规范性文件', '1', '0', '1'), ...rest('0.00'));
    assert.deepStrictEqual(table2(checkText(text('4')).model), { rules: [4, 0, 5], normative_documents: [1, 0, 1], licensing: [36], administrative_fees: [0] });
    assert.deepStrictEqual(table2(checkText(text('2')).model).rules, [null, null, null]);
  });

  it('its only number opening the page, no number after its label (\f0 / 行政许可 / 第二十条第（六）项): the row’s, no row-missing', () => {
    const text = report(...head, ...cells('行政规范性文件', '1', '0', '1', '第二十条第（五）项', '信息内容', '本年处理决定数量'), '\f0', '', '行政许可',
      ...cells('第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '27', '行政强制', '2'));
    assert.deepStrictEqual(table2(checkText(text).model).licensing, [0]);
    assert.deepStrictEqual(serious(text).filter((d) => TABLE_RULES.includes(d.rule)).map((d) => d.message), []);
  });

  it('r057: the page number (2) among the numbers that end its page, the split row’s last number after it: table 二 exact', () => {
    const { text, truth } = rendering('r057-2024-clean');
    const got = table2(checkText(text).model);
    for (const [key, cols] of Object.entries(truth.tables.table2!)) assert.deepStrictEqual(got[key], Object.values(cols), key);
  });

  it('a number too many that neither opens nor ends a page is not moved: both rows unread, no error', () => {
    const opening = report(...head, '2', '', ...cells('行政规范性文件', '0', '5'), ...rest('0.00'));
    assert.deepStrictEqual(table2(checkText(opening).model).normative_documents, [null, null, null]);
    const ending = report(...head, '\f行政规范性文件', '', ...cells('1', '0'), ...rest('0.00', '1'), '本局将继续做好公开工作。');
    const a = checkText(ending);
    assert.deepStrictEqual([table2(a.model).normative_documents, table2(a.model).administrative_fees], [[null, null, null], [null]]);
    assert.deepStrictEqual(serious(ending).filter((d) => TABLE_RULES.includes(d.rule)).map((d) => d.message), []);
  });
});

/** A rendering of the corpus: its text, its truth. */
function rendering(id: string): { text: string; truth: Truth } {
  const dir = path.join(ROOT, 'test', 'corpus', 'reports', id);
  return { text: fs.readFileSync(path.join(dir, 'pdf-raw.txt'), 'utf8'), truth: JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as Truth };
}

/** Every number read in tables 二 and 三 against the truth (a cell left unread is null), and how many were read. */
function readExactly(model: ReportModel, truth: Truth): number {
  let read = 0;
  for (const s of model.table2?.subs.values() ?? []) {
    for (const [key, r] of s.rows) for (const c of r.cells) {
      if (c.value.kind === 'blank') continue;
      assert.strictEqual(num(c), truth.tables.table2?.[key]?.[c.column.key], `table2.${key}.${c.column.key}`);
      read++;
    }
  }
  for (const [key, r] of model.table3?.rows ?? []) for (const c of r.cells) {
    if (c.value.kind === 'blank') continue;
    assert.strictEqual(num(c), truth.tables.table3?.[key]?.[c.column.key], `table3.${key}.${c.column.key}`);
    read++;
  }
  return read;
}

describe('plain pdftotext: renderings of the corpus, no number in a wrong place and no false error or warning', () => {
  const CASES: [string, string][] = [
    ['r023-2025-clean', 'header characters one per line, two columns interleaved (法 / 律 / 总 / 服 其 / 计 …)'],
    ['r022-2025-format-outdated', 'the header cut by a page break, its rest pages later (益组织 务机构)'],
    ['r059-2020-clean', 'header cells after the first row and its first number (自然人 / 一、本年新收… / 0 / 商业企业 …)'],
    ['r006-2023-balance', 'a vertical parent label’s piece at the start of a wrapped row label’s line (无法提 成信息需)'],
    ['r067-2025-clean', 'a parent piece that could also continue the label (4.无正当 / 理 / 理由大量): left out because the next line continues it alone'],
    ['r013-2024-clean', 'two parent pieces before a label’s rest on one line (1.属于 / 果 ）不 国家秘 / 密): the row is found, no row-missing'],
    ['r101-2020-clean', '（一）予以公开 given after its numbers, which the row above took: no row is given the numbers of the next'],
    ['r060-2022-label-nonstandard', '（一）予以公开 after its numbers and （二）部分公开 cut by a page break: no narrative-mismatch from a shifted row'],
    ['r071-2023-clean', 'labels without numbers, then numbers in blocks: 2.申请人逾期… is not given the numbers of 3.其他, whose label comes after them'],
    ['r008-2024-missing-row', 'table 二 with digits spread apart (1 4, 1 2 4, 2 2 9 . 1 7 8 0)'],
    ['r031-2022-clean', 'table 二 labels wrapped (行政规范性文 / 件, 行政事业性收 / 费)'],
    ['r088-2019-prose-sum', '2019 table 二: column labels wrapped (上一年项目数 / 量)'],
  ];
  for (const [id, what] of CASES) {
    it(`${id}: ${what}`, () => {
      const { text, truth } = rendering(id);
      const a = checkText(text);
      const owed = new Set([...truth.expected, ...(truth.allowed ?? [])].map((e) => e.rule));
      const falseOnes = a.diagnostics.filter((d) => (d.severity === 'error' || d.severity === 'warning') && !owed.has(d.rule));
      assert.deepStrictEqual(falseOnes.map((d) => `${d.range.start.line + 1} ${d.rule} ${d.message}`), []);
      assert.ok(readExactly(a.model, truth) >= 60, 'most cells are still read');
    });
  }

  it('r071: labels first, then their numbers in one block — given to those rows in the official order when the count is exact', () => {
    const { text, truth } = rendering('r071-2023-clean');
    const a = checkText(text);
    // （二）部分公开 … 2.其他法律… stand before 42 numbers, 3.危及… 5.属于三类… come pages later: six rows, 6 × 7 numbers.
    for (const key of ['partial', 'deny_secret', 'deny_law', 'deny_3s1w', 'deny_third', 'deny_internal']) {
      const row = a.model.table3!.rows.get(key)!;
      assert.deepStrictEqual(row.cells.map(num), Object.values(truth.tables.table3![key]), key);
    }
  });

  it('r082: the first row’s label before the header and its numbers after it are one row (no row-missing)', () => {
    const { text, truth } = rendering('r082-2021-missing-fee');
    const a = checkText(text);
    assert.deepStrictEqual(a.model.table3!.rows.get('new_received')!.cells.map(num), Object.values(truth.tables.table3!.new_received));
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'row-missing').map((d) => d.message), []);
  });

  it('whole rows of numbers are not moved when the rows without numbers around them are not exactly that many', () => {
    const row = (label: string, ...v: number[]) => cells(label, ...v.map(String));
    const zeros = [0, 0, 0, 0, 0, 0, 0];
    const text = report(
      '三、收到和处理政府信息公开申请情况', '',
      ...cells('申请人情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '法人或其他组织', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'),
      ...row('一、本年新收政府信息公开申请数量', 3, 0, 0, 0, 0, 0, 3),
      ...row('二、上年结转政府信息公开申请数量', ...zeros),
      // 14 numbers after （一）予以公开, and three rows without numbers after it: nothing can be placed.
      ...row('（一）予以公开', 2, 0, 0, 0, 0, 0, 2, 1, 0, 0, 0, 0, 0, 1),
      ...cells('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '1.属于国家秘密', '2.其他法律行政法规禁止公开'),
      ...row('3.危及“三安全一稳定”', ...zeros),
    );
    const a = checkText(text);
    const t3 = a.model.table3!;
    assert.deepStrictEqual(t3.rows.get('new_received')!.cells.map(num), [3, 0, 0, 0, 0, 0, 3]);
    for (const key of ['granted', 'partial', 'deny_secret', 'deny_law']) assert.deepStrictEqual(t3.rows.get(key)!.cells.map(num), new Array(7).fill(null), key);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error' && /表格三|予以公开|部分公开/.test(d.message)).map((d) => d.message), []);
  });

  it('r096: the next row’s label right after a row’s numbers is the next label, not a displaced one: the row is read', () => {
    const { text, truth } = rendering('r096-2025-label-typo');
    const a = checkText(text);
    assert.deepStrictEqual(a.model.table3!.rows.get('carried_over')!.cells.map(num), Object.values(truth.tables.table3!.carried_over));
    assert.ok(readExactly(a.model, truth) >= 60);
  });

  it('r060: the row whose numbers may be the next row’s, placed by the order of all the numbers (they fill the rows found exactly): read exactly', () => {
    const { text, truth } = rendering('r060-2022-label-nonstandard');
    const a = checkText(text);
    for (const key of ['carried_over', 'granted', 'partial']) {
      assert.deepStrictEqual(a.model.table3!.rows.get(key)!.cells.map(num), Object.values(truth.tables.table3![key]), key);
    }
    assert.ok(!a.diagnostics.some((d) => d.rule === 'cell-missing' && d.severity === 'information'));
  });

  it('r055 with every third line from the second dropped: a row opening a page short, then a later row short too (no numbers past its cells), is checked without a crash', () => {
    const { text } = rendering('r055-2019-clean');
    const cut = text.split('\n').filter((_, i) => i % 3 !== 1).join('\n');
    const a = checkText(cut);
    assert.ok(a.model.table2, 'table 二 is still found');
  });

  it('a row whose numbers may be the next row’s, when the order of the numbers contradicts its label’s own row: unread, and one information says so', () => {
    const row = (label: string, ...v: number[]) => cells(label, ...v.map(String));
    const zeros = [0, 0, 0, 0, 0, 0, 0];
    const text = report(
      '三、收到和处理政府信息公开申请情况', '',
      ...cells('申请人情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '法人或其他组织', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'),
      ...row('一、本年新收政府信息公开申请数量', 3, 0, 0, 0, 0, 0, 3),
      // Two rows of numbers after 二、上年结转…, （一）予以公开 with one, （二）部分公开 with none: four rows of numbers
      // for four rows, but the order would give （一）予以公开 the second row after 二 (2 … 2), not the one after its label.
      ...row('二、上年结转政府信息公开申请数量', ...zeros, 2, 0, 0, 0, 0, 0, 2),
      ...row('（一）予以公开', 1, 0, 0, 0, 0, 0, 1),
      ...cells('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    );
    const a = checkText(text);
    assert.strictEqual(a.model.table3!.rows.get('granted')!.uncertain, true);
    assert.ok(a.diagnostics.some((d) => d.rule === 'cell-missing' && d.severity === 'information' && d.message.includes('（一）予以公开')));
  });
});

describe('plain pdftotext: the first 30 reports of the corpus', () => {
  const results = evaluateCorpus(readTruths().filter((t) => Number(t.id.slice(1, 4)) <= 30), (_id, layout) => layout === 'pdf-raw');

  it('no false error and no false warning', () => {
    assert.strictEqual(results.length, 30);
    assert.deepStrictEqual(results.flatMap((r) => [...r.falseErrors, ...r.falseWarnings].map((d) => `${r.id}:${d.line} ${d.rule} ${d.message}`)), []);
  });

  it('no number read into a wrong cell: a cell is exact or left unread', () => {
    const wrong = results.flatMap((r) => r.cellMisses.filter((m) => m.got !== null && m.got !== undefined).map((m) => `${r.id} ${m.table}.${m.row}.${m.column}: ${m.got} for ${m.want}`));
    assert.deepStrictEqual(wrong, []);
    // Most cells are still read: today 99.4% of the whole corpus's pdf-raw cells, 98.8% of these 30 reports'.
    const cells = results.reduce((n, r) => n + r.cells, 0);
    const exact = results.reduce((n, r) => n + r.cellsExact, 0);
    assert.ok(exact / cells >= 0.985, `${exact}/${cells}`);
  });
});
