/**
 * Plain pdftotext output (layout `pdf-raw`, issue 12 class 1), read by the order of its numbers: the
 * numbers keep the rows' order while labels come wherever the page puts them (structure/stream-order.ts),
 * bare page numbers found by their sequence, table 四’s numbers read after the next headings, header
 * cells alone on their lines, and rows proven absent. Minimal hand-made examples and corpus renderings.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText, ReportDocument } from '../../server/src/engine';
import { FORMATS } from '../../server/src/engine/format';
import { ROOT } from '../helpers/fixtures';

type Cells = Record<string, Record<string, number | null>>;
interface Truth { tables: { table3?: Cells; table4?: Cells } }
type Read = { value: { kind: string; value?: number } };
const num = (c: Read) => (c.value.kind === 'number' ? c.value.value! : c.value.kind === 'blank' ? null : NaN);

/** Cells as plain pdftotext gives them: each on its own line, a blank line after it. */
const cells = (...c: (string | number)[]) => c.flatMap((x) => [String(x), '']);
const report = (...body: string[]) => [
  '示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好主动公开、依申请公开和监督保障工作。',
  ...body,
  '五、存在的主要问题及改进情况', '存在的问题：栏目更新不及时。改进措施：加强培训。',
].join('\n');
/** Errors and warnings, but the sections a minimal example leaves out. */
const serious = (text: string) => checkText(text).diagnostics.filter((d) => (d.severity === 'error' || d.severity === 'warning') && d.rule !== 'section-missing');

const ROWS = FORMATS['2021'].table3Rows;
const label = (key: string) => ROWS.find((r) => r.key === key)!.label;
const ZERO = [0, 0, 0, 0, 0, 0, 0];
/** A consistent 2021 table 三 (every sum holds): the values of each row, zeros where not given. */
const VALUES: Record<string, number[]> = {
  new_received: [5, 1, 0, 0, 0, 0, 6], granted: [2, 0, 0, 0, 0, 0, 2], partial: [0, 1, 0, 0, 0, 0, 1],
  oth_no_fix: [1, 0, 0, 0, 0, 0, 1], oth_other: [2, 0, 0, 0, 0, 0, 2], result_total: [5, 1, 0, 0, 0, 0, 6],
};
const values = (key: string) => VALUES[key] ?? ZERO;
const HEADER = cells('申请人情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '法人或其他组织', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计');
/** Each row’s label, then its numbers, up to (not including) row `until`. */
const rowsUntil = (until: string) => ROWS.slice(0, ROWS.findIndex((r) => r.key === until)).flatMap((r) => cells(r.label, ...values(r.key)));

function table3(text: string): Record<string, (number | null)[]> {
  const out: Record<string, (number | null)[]> = {};
  for (const [key, r] of checkText(text).model.table3?.rows ?? []) out[key] = r.cells.map(num);
  return out;
}

describe('plain pdftotext: table 三 read by the order of its numbers', () => {
  // The end of table 三 as a page break leaves it: （六）’s second label cut by the break, its numbers
  // before its label, the numbers of 3.其他 after the label's rest, the label 3.其他 after the last row.
  const tail = (cut: boolean) => [
    ...cells(label('oth_no_fix'), ...values('oth_no_fix'), ...values('oth_no_fee')),
    ...(cut ? [...cells('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政'), '\f府信息公开申请', ''] : cells(label('oth_no_fee'))),
    ...cells(...values('oth_other'), label('result_total'), ...values('result_total'), label('carry_forward'), ...values('carry_forward'), label('oth_other')),
  ];

  it('a label cut by a page break and a label after the last row: every row gets its own numbers, in the official order', () => {
    const text = report('三、收到和处理政府信息公开申请情况', '', ...HEADER, ...rowsUntil('oth_no_fix'), ...tail(true));
    const t3 = table3(text);
    for (const r of ROWS) assert.deepStrictEqual(t3[r.key], values(r.key), r.key);
    assert.deepStrictEqual(serious(text).map((d) => d.message), []);
  });

  it('the same numbers after a whole label, which the order would give other numbers: those rows stay unread, no error', () => {
    const text = report('三、收到和处理政府信息公开申请情况', '', ...HEADER, ...rowsUntil('oth_no_fix'), ...tail(false));
    const t3 = table3(text);
    for (const key of ['oth_no_fix', 'oth_no_fee', 'oth_other']) assert.deepStrictEqual(t3[key], new Array(7).fill(null), key);
    assert.deepStrictEqual(t3.granted, values('granted'));
    assert.deepStrictEqual(serious(text).map((d) => d.message), []);
  });

  it('a row absent between two rows read with exactly their numbers is missing, though other rows are unread', () => {
    const text = report('三、收到和处理政府信息公开申请情况', '', ...HEADER, ...rowsUntil('oth_no_fix').filter((_, i, all) => {
      const at = all.indexOf(label('deny_law'));
      return i < at || i >= at + 16;
    }), ...tail(false));
    const a = checkText(text);
    assert.strictEqual(a.model.table3!.unreliable, true);
    assert.deepStrictEqual(table3(text).oth_no_fix, new Array(7).fill(null));
    const missing = a.diagnostics.filter((d) => d.rule === 'row-missing').map((d) => d.message);
    assert.strictEqual(missing.length, 1);
    assert.match(missing[0], /2\.其他法律行政法规禁止公开/);
  });

  it('numbers out of the rows’ order, which the rule does not foresee: the sums a placement would break leave the rows unread, no error', () => {
    // 一、本年新收… followed by its numbers and （一）予以公开's, 二、上年结转… cut by a page break after them, then its own.
    const rest = ROWS.slice(ROWS.findIndex((r) => r.key === 'partial'));
    const text = report(
      '三、收到和处理政府信息公开申请情况', '', ...HEADER,
      ...cells(label('new_received'), ...values('new_received'), ...values('granted')),
      ...cells('二、上年结转政府信息公'), '\f开申请数量', '', ...cells(...values('carried_over'), label('granted')),
      ...rest.flatMap((r) => cells(r.label, ...values(r.key))),
    );
    const t3 = table3(text);
    for (const key of ['new_received', 'carried_over', 'granted']) assert.deepStrictEqual(t3[key], new Array(7).fill(null), key);
    assert.deepStrictEqual(t3.partial, values('partial'));
    assert.deepStrictEqual(serious(text).map((d) => d.message), []);
  });

  // The first rows' numbers right after the header, but for the first column of the first row, which
  // comes after its label, pages later (申请人情况 … / 1 0 0 0 0 6 / 0 0 0 0 0 0 0 / （一）予以公开 … / 一、本年新收… / 5).
  const firstColumnLate = (first: number) => {
    const [n0, ...rest] = values('new_received');
    assert.strictEqual(n0, 5);
    const after = ROWS.slice(2);
    return report('三、收到和处理政府信息公开申请情况', '', ...HEADER, ...cells(...rest, ...values('carried_over')),
      ...after.slice(0, 3).flatMap((r) => cells(r.label, ...values(r.key))),
      ...cells(label('new_received'), first, label('carried_over')),
      ...after.slice(3).flatMap((r) => cells(r.label, ...values(r.key))));
  };

  it('the first row’s first column after its label, the rest of its numbers and the next row’s before: read when its total holds', () => {
    const text = firstColumnLate(5);
    const t3 = table3(text);
    for (const r of ROWS) assert.deepStrictEqual(t3[r.key], values(r.key), r.key);
    assert.deepStrictEqual(serious(text).map((d) => d.message), []);
  });

  it('the same when that reading breaks the first row’s total (4 + 1 ≠ 6): both rows unread, the rest exact or unread, no error', () => {
    const text = firstColumnLate(4);
    const t3 = table3(text);
    for (const key of ['new_received', 'carried_over']) assert.deepStrictEqual(t3[key], new Array(7).fill(null), key);
    for (const r of ROWS) if (t3[r.key].some((v) => v !== null)) assert.deepStrictEqual(t3[r.key], values(r.key), r.key);
    assert.ok(ROWS.filter((r) => t3[r.key].every((v) => v !== null)).length >= 15, 'most rows still read');
    assert.deepStrictEqual(serious(text).map((d) => d.message), []);
  });

  it('one number short: the row its label left short stays unread (which cell is blank is unknown), the others are read', () => {
    // 2.其他法律… one number short, and the end of the table as above: the count is one short of the rows.
    const body = rowsUntil('oth_no_fix').map((line) => line);
    const law = body.indexOf(label('deny_law'));
    body.splice(law + 2, 2);
    const text = report('三、收到和处理政府信息公开申请情况', '', ...HEADER, ...body, ...tail(true));
    const a = checkText(text);
    const t3 = table3(text);
    assert.deepStrictEqual(t3.deny_law, new Array(7).fill(null));
    for (const r of ROWS.filter((x) => x.key !== 'deny_law')) assert.deepStrictEqual(t3[r.key], values(r.key), r.key);
    // Nothing else in the table could hold its number (a page break elsewhere carries none away): a warning for the
    // row, no column named (test/unit/blank-somewhere.test.ts).
    assert.deepStrictEqual(serious(text).map((d) => d.rule), ['cell-missing']);
    assert.ok(a.diagnostics.some((d) => d.rule === 'cell-missing' && d.message.includes('2.其他法律行政法规禁止公开') && !/自然人|商业企业|总计/.test(d.message)));
  });
});

describe('plain pdftotext: a blank cell placed by the table’s sums', () => {
  // A consistent table where 2.其他法律… is 3 0 1 0 0 0 4: the results add up to （七）总计, and 一 + 二 = 三 + 四.
  const OWN: Record<string, number[]> = {
    ...VALUES, deny_law: [3, 0, 1, 0, 0, 0, 4], result_total: [8, 1, 1, 0, 0, 0, 10], new_received: [8, 1, 1, 0, 0, 0, 10],
  };
  /** The whole table, each label then its numbers, the cell `blank` of 2.其他法律… left out (blank). */
  const table = (blank: number) => ROWS.flatMap((r) => cells(r.label, ...(OWN[r.key] ?? ZERO).filter((_, c) => r.key !== 'deny_law' || c !== blank)));

  it('one column only lets every sum hold (3 _ 1 0 0 0 4: 商业企业): the row is read with that cell blank, and cell-missing names it', () => {
    const text = report('三、收到和处理政府信息公开申请情况', '', ...HEADER, ...table(1));
    const t3 = table3(text);
    assert.deepStrictEqual(t3.deny_law, [3, null, 1, 0, 0, 0, 4]);
    for (const r of ROWS.filter((x) => x.key !== 'deny_law')) assert.deepStrictEqual(t3[r.key], OWN[r.key] ?? ZERO, r.key);
    const said = serious(text);
    assert.deepStrictEqual(said.map((d) => `${d.severity} ${d.rule}`), ['warning cell-missing']);
    assert.match(said[0].message, /商业企业/);
    // No cell stands there in the text: nothing is offered to type into it.
    assert.strictEqual(checkText(text).diagnostics.find((d) => d.rule === 'cell-missing')!.fixes?.length ?? 0, 0);
  });

  it('a blank among zeros (3 0 1 _ 0 0 4): several columns let the sums hold, so the row stays unread and no column is named', () => {
    const text = report('三、收到和处理政府信息公开申请情况', '', ...HEADER, ...table(3));
    assert.deepStrictEqual(table3(text).deny_law, new Array(7).fill(null));
    assert.deepStrictEqual(table3(text).granted, OWN.granted);
    // Every other row whole, no page break and no number elsewhere in the table: that a cell is blank is sure, which
    // one is not — one warning for the row (cell-missing.somewhere), no column in it.
    const said = serious(text);
    assert.deepStrictEqual(said.map((d) => `${d.severity} ${d.rule}`), ['warning cell-missing']);
    assert.ok(said[0].message.includes('2.其他法律行政法规禁止公开') && said[0].message.includes('只有 6 个数，应有 7 个'), said[0].message);
    assert.ok(!/自然人|商业企业|科研机构|社会公益组织|法律服务机构|总计/.test(said[0].message), said[0].message);
  });

  it('a table whose sums fail elsewhere too (（七）总计 one more in 自然人): no column lets them hold, the row stays unread', () => {
    const text = report('三、收到和处理政府信息公开申请情况', '', ...HEADER, ...table(1)).replace(/（七）总计\n\n8\n/, '（七）总计\n\n9\n');
    assert.ok(text.includes('（七）总计\n\n9\n'));
    assert.deepStrictEqual(table3(text).deny_law, new Array(7).fill(null));
  });
});

describe('plain pdftotext: a page’s left columns read after its other rows', () => {
  // 二、上年结转… 1 0 0 0 0 0 1 and 四、结转下年度… to balance it.
  const OWN: Record<string, number[]> = { ...VALUES, carried_over: [1, 0, 0, 0, 0, 0, 1], carry_forward: [1, 0, 0, 0, 0, 0, 1] };
  const own = (key: string) => OWN[key] ?? ZERO;
  const from = (key: string) => ROWS.slice(ROWS.findIndex((r) => r.key === key)).flatMap((r) => cells(r.label, ...own(r.key)));
  /**
   * A page break after the first row: the next page repeats the header's right part, gives the numbers of
   * 二、上年结转… but its first, then those of （一）予以公开 and （二）部分公开, then the rows from 1.属于国家秘密;
   * the page's left columns (自然人, the labels, 二、上年结转…’s first number) come last.
   */
  const page = (run: (string | number)[]) => report(
    '三、收到和处理政府信息公开申请情况', '', ...HEADER, ...cells(label('new_received'), ...own('new_received')),
    '\f申请人情况', '', ...cells('法人或其他组织', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'),
    ...cells(...run), ...from('deny_secret'),
    ...cells('自然人', label('carried_over'), own('carried_over')[0], '三、本年度办理结果', label('granted'), label('partial')),
  );

  it('the numbers at the page’s start are those rows’ in the official order, each after its first ones: all of table 三 exact', () => {
    const text = page([...own('carried_over').slice(1), ...own('granted'), ...own('partial')]);
    const t3 = table3(text);
    for (const r of ROWS) assert.deepStrictEqual(t3[r.key], own(r.key), r.key);
    assert.deepStrictEqual(serious(text).map((d) => d.message), []);
  });

  it('one number fewer at the page’s start than those rows lack: nothing moves, they stay unread, no error', () => {
    const text = page([...own('carried_over').slice(2), ...own('granted'), ...own('partial')]);
    const t3 = table3(text);
    for (const key of ['carried_over', 'granted', 'partial']) assert.deepStrictEqual(t3[key], new Array(7).fill(null), key);
    assert.deepStrictEqual(t3.deny_law, own('deny_law'));
    assert.deepStrictEqual(serious(text).map((d) => d.message), []);
  });

  it('the first row’s first number before its label (5 / 一、本年新收… / 1 0 0 0 0 6): first, as only that order makes its total hold', () => {
    const text = report('三、收到和处理政府信息公开申请情况', '', ...HEADER, ...cells(5, label('new_received'), 1, 0, 0, 0, 0, 6), ...from('carried_over'));
    const t3 = table3(text);
    assert.deepStrictEqual(t3.new_received, own('new_received'));
    assert.deepStrictEqual(serious(text).map((d) => d.message), []);
  });

  it('the page number among the first row’s numbers (5 / 2 / 1 … on page 2, other 2s in the rows): left out, as only that makes its total hold', () => {
    const rows = ROWS.flatMap((r) => cells(r.label, ...(r.key === 'new_received' ? [5, 2, 1, 0, 0, 0, 0, 6] : values(r.key))));
    const text = [
      '示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好主动公开、依申请公开和监督保障工作。', '', '1', '',
      '\f三、收到和处理政府信息公开申请情况', '', ...HEADER, ...rows,
      '\f五、存在的主要问题及改进情况', '存在的问题：栏目更新不及时。改进措施：加强培训。', '', '3', '',
    ].join('\n');
    const t3 = table3(text);
    for (const r of ROWS) assert.deepStrictEqual(t3[r.key], values(r.key), r.key);
  });

  it('r024, r026: the first rows of a page, their labels and first columns after its other rows: all of table 三 exact', () => {
    assertTable3('r024-2020-format-newer');
    assertTable3('r026-2022-label-nonstandard');
  });

  it('r078: the same, with a blank cell among zeros elsewhere: all of table 三 exact but that row, unread', () => {
    const { truth } = rendering('r078-2021-blank-cell');
    const a = assertTable3('r078-2021-blank-cell', Object.keys(truth.tables.table3!).filter((k) => k !== 'deny_3s1w'));
    assert.deepStrictEqual(a.model.table3!.rows.get('deny_3s1w')!.cells.map(num), new Array(7).fill(null));
  });

  // The last row after a page break and the header repeated: 0 0 0 0 0 1 / 四、结转下年度继续办理 / 总计 / 1 for
  // 1 0 0 0 0 0 1, and 二、上年结转… written 0 (a balance defect): the 1 before the label as 其他 breaks the balance of
  // 其他, as 自然人's (the 1 after 总计 first) that of 自然人, one sum each way — which is the row's, nothing proves.
  it('a row on both sides of its label, either order breaking as many sums: unread, no wrong cell, no error', () => {
    const ROW: Record<string, number[]> = { ...VALUES, carried_over: ZERO, carry_forward: [1, 0, 0, 0, 0, 0, 1] };
    const text = report(
      '三、收到和处理政府信息公开申请情况', '', ...HEADER,
      ...ROWS.filter((r) => r.key !== 'carry_forward').flatMap((r) => cells(r.label, ...(ROW[r.key] ?? ZERO))),
      '\f申请人情况', '', ...cells('法人或其他组织', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'),
      ...cells(0, 0, 0, 0, 0, 1, label('carry_forward'), '总计', 1),
    );
    const t3 = table3(text);
    assert.deepStrictEqual(t3.carry_forward, new Array(7).fill(null));
    assert.deepStrictEqual(t3.result_total, VALUES.result_total);
    assert.deepStrictEqual(serious(text).filter((d) => d.rule !== 'balance').map((d) => d.message), []);
  });
});

describe('plain pdftotext: table 三 label pieces', () => {
  it('a row label and its first number run together on one line (3.危及“三安全一稳定” 0): two cells, the row read, no label-nonstandard', () => {
    const rows = ROWS.flatMap((r) => (r.key === 'deny_3s1w' ? [`${r.label} 0`, '', ...cells(0, 0, 0, 0, 0, 0)] : cells(r.label, ...values(r.key))));
    const text = report('三、收到和处理政府信息公开申请情况', '', ...HEADER, ...rows);
    const t3 = table3(text);
    for (const r of ROWS) assert.deepStrictEqual(t3[r.key], values(r.key), r.key);
    assert.deepStrictEqual(serious(text).map((d) => d.message), []);
  });

  it('（六）其他处理 (a row of 2019) among the parent labels of a 2021 table, before the numbers of （二）部分公开: a parent, the numbers （二）’s', () => {
    const rows = ROWS.flatMap((r) => r.key === 'partial'
      ? [...cells(r.label, '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'), ...cells(...values(r.key))]
      : cells(r.label, ...values(r.key)));
    const text = report('三、收到和处理政府信息公开申请情况', '', ...HEADER, ...rows);
    const t3 = table3(text);
    for (const r of ROWS) assert.deepStrictEqual(t3[r.key], values(r.key), r.key);
    assert.deepStrictEqual(serious(text).map((d) => d.message), []);
  });


  it('pieces of two vertical parents before a row label on one line (果 （三）不 1.属于国家 / 予公开 秘密), its numbers before it: the row is found and read', () => {
    // The numbers of 1.属于国家秘密 after those of （二）部分公开, its label after them (a tall parent label's
    // pieces beside it), as a page gives them: whole rows of numbers for the rows without any, in order.
    const rows = ROWS.flatMap((r) => r.key === 'deny_secret'
      ? ['果 （三）不 1.属于国家', '予公开 秘密', '']
      : cells(r.label, ...values(r.key), ...(r.key === 'partial' ? values('deny_secret') : [])));
    const text = report('三、收到和处理政府信息公开申请情况', '', ...HEADER, ...rows);
    const t3 = table3(text);
    assert.deepStrictEqual([t3.partial, t3.deny_secret], [values('partial'), ZERO]);
    assert.deepStrictEqual(serious(text).map((d) => d.message), []);
  });
});

/** A rendering of the corpus: its plain pdftotext text, its truth. */
function rendering(id: string): { text: string; truth: Truth } {
  const dir = path.join(ROOT, 'test', 'corpus', 'reports', id);
  return { text: fs.readFileSync(path.join(dir, 'pdf-raw.txt'), 'utf8'), truth: JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as Truth };
}

function assertTable3(id: string, keys?: string[]): ReturnType<typeof checkText> {
  const { text, truth } = rendering(id);
  const a = checkText(text);
  for (const key of keys ?? Object.keys(truth.tables.table3!)) {
    assert.deepStrictEqual(a.model.table3!.rows.get(key)?.cells.map(num), Object.values(truth.tables.table3![key]), `${id} ${key}`);
  }
  return a;
}

describe('plain pdftotext: renderings of the corpus read by the order of the numbers', () => {
  it('r004: （六）’s rows after a page break cut 2.申请人逾期…, 3.其他 after the last row: all of table 三 exact', () => {
    assertTable3('r004-2024-t4-row-total');
  });
  it('r021: the numbers of 3.其他 after the rest of the cut label of 2.申请人逾期…: all of table 三 exact', () => {
    assertTable3('r021-2024-clean');
  });
  it('r076: bare page numbers (2 … 7) among a row’s numbers and before the last header cell: left out, all of table 三 exact', () => {
    const a = assertTable3('r076-2021-missing-row');
    assert.ok(a.diagnostics.some((d) => d.rule === 'row-missing' && d.message.includes('2.其他法律行政法规禁止公开')));
  });
  it('r008: a page whose number (3) is also a cell: the one between texts at the page’s end is the page number', () => {
    assertTable3('r008-2024-missing-row', ['new_received', 'granted', 'unable_nohold', 'oth_no_fix']);
    const { text } = rendering('r008-2024-missing-row');
    assert.ok(checkText(text).diagnostics.some((d) => d.rule === 'row-missing' && d.message.includes('7.属于行政执法案卷')));
  });
  it('r038: the first label cut by a page break before the header (一、本年新收政 / … / 府信息公开申请数量), its numbers and the next row’s after it: all of table 三 exact', () => {
    assertTable3('r038-2021-t4-row-total');
  });
  it('r076 edited in place (lines added above table 三, a page number typed away and back): read as a fresh text is', () => {
    const { text } = rendering('r076-2021-missing-row');
    const doc = new ReportDocument(text);
    const cellsOfModel = (d: ReportDocument) => [...d.getModel().table3!.rows].map(([k, r]) => `${k} ${r.cells.map(num).join(',')}`);
    doc.getModel();
    doc.applyEdit({ start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, '补充一行说明。\n再补充一行。\n');
    assert.deepStrictEqual(cellsOfModel(doc), cellsOfModel(new ReportDocument(doc.getText())));
    const at = doc.getText().split('\n').findIndex((l, i, all) => l === '2' && all[i + 2] === '总计');
    assert.ok(at > 0, 'the bare page number 2 of table 三’s first page');
    doc.applyEdit({ start: { line: at, character: 0 }, end: { line: at, character: 1 } }, '');
    assert.deepStrictEqual(cellsOfModel(doc), cellsOfModel(new ReportDocument(doc.getText())));
    doc.applyEdit({ start: { line: at, character: 0 }, end: { line: at, character: 0 } }, '2');
    assert.deepStrictEqual(cellsOfModel(doc), cellsOfModel(new ReportDocument(text.split('\n').slice(0, 2).concat(['补充一行说明。', '再补充一行。'], text.split('\n').slice(2)).join('\n'))));
  });
  it('r085, r088: the first row’s first column after its label pages later, the rest before (1 0 0 0 0 0 1, 0 1 0 0 1 0 2): all of table 三 exact', () => {
    assertTable3('r085-2021-clean');
    assertTable3('r088-2019-prose-sum');
  });
  it('r010: a blank cell (one number short) leaves only its row unread', () => {
    const { text, truth } = rendering('r010-2022-blank-cell');
    const a = assertTable3('r010-2022-blank-cell', Object.keys(truth.tables.table3!).filter((k) => k !== 'unable_unclear'));
    assert.deepStrictEqual(a.model.table3!.rows.get('unable_unclear')!.cells.map(num), new Array(7).fill(null));
    assert.deepStrictEqual(serious(text).map((d) => d.rule), ['cell-missing']);
    // Its zeros could stand in any six of the seven columns: one warning for the row says so, with the count, no column.
    const info = a.diagnostics.filter((d) => d.rule === 'cell-missing');
    assert.deepStrictEqual(info.map((d) => d.severity), ['warning']);
    assert.match(info[0].message, /“3\.补正后申请内容仍不明确”只有 6 个数，应有 7 个/);
  });
  it('r042: a missing row (5.要求行政机关确认…) among rows scrambled by page breaks is reported, and only it', () => {
    const { text } = rendering('r042-2019-missing-row');
    const missing = checkText(text).diagnostics.filter((d) => d.rule === 'row-missing').map((d) => d.message);
    assert.strictEqual(missing.length, 1);
    assert.match(missing[0], /5\.要求行政机关确认或重新出具已获取信息/);
  });
});

describe('plain pdftotext: vertical parent labels inside wrapped row labels', () => {
  it('a parent’s first piece between a row label’s lines (2.没有现成 / （四）无 / 信息需要另 / 法提供 / 行制作): the row is read', () => {
    const text = report(
      '三、收到和处理政府信息公开申请情况', '', ...HEADER, ...rowsUntil('unable_make'),
      '2.没有现成', '（四）无', '信息需要另', '法提供', '行制作', '', ...cells(...values('unable_make')),
      ...ROWS.slice(ROWS.findIndex((r) => r.key === 'unable_make') + 1).flatMap((r) => cells(r.label, ...values(r.key))),
    );
    const t3 = table3(text);
    for (const r of ROWS) assert.deepStrictEqual(t3[r.key], values(r.key), r.key);
    assert.deepStrictEqual(serious(text).map((d) => d.message), []);
  });

  it('r036: so its row-total mutant is found whole (the result total checked with every row read)', () => {
    const a = assertTable3('r036-2023-t3-row-total');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule).sort(), ['result-total', 'row-total']);
  });

  it('r007: lines of parent pieces only inside a row label (1.属于国 / 理 ）不 家秘密 / 结 予公 / 2.其他法 …): all of table 三 exact', () => {
    assertTable3('r007-2023-clean');
  });

  it('r048: a whole parent label before the last character of a row label on one line (（三）不予公开 益): the row is read', () => {
    assertTable3('r048-2023-missing-fee', ['deny_third']);
  });
});

describe('plain pdftotext: a row label typed slightly wrong', () => {
  it('alone on its line (2.其他法律行政止公开), it starts no block of its own: the row is found and read, the table stays whole', () => {
    const body = ROWS.flatMap((r) => cells(r.key === 'deny_law' ? '2.其他法律行政止公开' : r.label, ...values(r.key)));
    const text = report('三、收到和处理政府信息公开申请情况', '', ...HEADER, ...body);
    const t3 = table3(text);
    for (const r of ROWS) assert.deepStrictEqual(t3[r.key], values(r.key), r.key);
    assert.deepStrictEqual(serious(text).filter((d) => d.rule !== 'label-nonstandard').map((d) => d.message), []);
  });

  it('r096: the same in a rendering, with rows scrambled by page breaks around it: all of table 三 exact', () => {
    assertTable3('r096-2025-label-typo');
    const { text } = rendering('r096-2025-label-typo');
    assert.deepStrictEqual(serious(text).filter((d) => d.rule !== 'label-nonstandard').map((d) => d.rule), []);
  });
});

describe('plain pdftotext: table 四 and the headers', () => {
  const T4_HEADER = cells('四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计');
  const t4 = (text: string) => [...(checkText(text).model.table4?.groups.values() ?? [])].map((g) => g.cells.map(num));

  it('table 四’s last numbers after the next headings (the right part of its line, read after them) complete it', () => {
    const text = [
      '示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好主动公开、依申请公开和监督保障工作。', '',
      ...T4_HEADER, ...cells(0, 0, 1, 0, 1, 0, 0, 0), '五、存在的主要问题及改进情况', '（一）存在的主要问题', '', ...cells(0, 0, 0, 0, 0, 0, 0),
      '一是政策解读形式较为单一；二是主动公开内容的及时性有待提高，还需要进一步加强。', '（二）改进情况', '下一步，将加强业务培训，丰富解读形式，进一步提升政务公开工作质量。',
    ].join('\n');
    assert.deepStrictEqual(t4(text), [[0, 0, 1, 0, 1], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]);
  });

  it('numbers after the headings that do not make up exactly the missing ones are not taken: table 四 stays unread', () => {
    const text = [
      '示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好主动公开、依申请公开和监督保障工作。', '',
      ...T4_HEADER, ...cells(0, 0, 1, 0, 1, 0, 0, 0), '五、存在的主要问题及改进情况', '（一）存在的主要问题', '', ...cells(0, 0, 0, 0, 0, 0),
      '一是政策解读形式较为单一；二是主动公开内容的及时性有待提高，还需要进一步加强。',
    ].join('\n');
    for (const g of t4(text)) assert.deepStrictEqual(g, [null, null, null, null, null]);
    assert.deepStrictEqual(serious(text).filter((d) => d.message.includes('表格四') || d.rule === 'row-total').map((d) => d.message), []);
  });

  it('two numbers run together on one line (10 13) are two cells: table 四 read whole', () => {
    const text = [
      '示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好主动公开、依申请公开和监督保障工作。', '',
      ...T4_HEADER, ...cells(4, 0, 0, 1, 5, 6, 2, 2, 0, '10 13', 3, 3, 5, 24), '五、存在的主要问题及改进情况', '存在的问题：栏目更新不及时。',
    ].join('\n');
    assert.deepStrictEqual(t4(text), [[4, 0, 0, 1, 5], [6, 2, 2, 0, 10], [13, 3, 3, 5, 24]]);
  });

  it('table 四’s last numbers after the next headings between the header’s pieces over them (复议后起诉 / 总计 / 0 / 结果 / 维持 / 2 …)', () => {
    const text = [
      '示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好主动公开、依申请公开和监督保障工作。', '',
      ...T4_HEADER, ...cells(0, 0, 1, 0, 1, 0, 0, 0, 0), '五、存在的主要问题及改进情况', '（一）存在的主要问题', '',
      ...cells('复议后起诉', '总计', 0, '结果', '维持', 2), ...cells('结果', '纠正', 0, '其他', '结果', 0, '尚未', '审结', 0, '总计', 2),
      '一是政策解读形式较为单一；二是主动公开内容的及时性有待提高，还需要进一步加强。',
    ].join('\n');
    assert.deepStrictEqual(t4(text), [[0, 0, 1, 0, 1], [0, 0, 0, 0, 0], [2, 0, 0, 0, 2]]);
  });

  it('the page number mid-page, the only one of its value between texts (（一）存在的主要问题 / 2 / 复议后起诉): no cell, table 四 read', () => {
    const text = [
      '示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好主动公开、依申请公开和监督保障工作。', '', '1', '',
      '\f四、政府信息公开行政复议、行政诉讼情况', '', ...T4_HEADER.slice(2), ...cells(6, 3, 0, 2, 11, 12, 2, 2, 3),
      '五、存在的主要问题及改进情况', '（一）存在的主要问题', '', '2', '', ...cells('复议后起诉', '总计', 19, 1, 1, 0, 0, 2),
      '一是政策解读形式较为单一；二是主动公开内容的及时性有待提高，还需要进一步加强。', '',
      '\f六、其他需要报告的事项', '本年度未收取信息处理费。', '', '3', '',
    ].join('\n');
    assert.deepStrictEqual(t4(text), [[6, 3, 0, 2, 11], [12, 2, 2, 3, 19], [1, 1, 0, 0, 2]]);
  });

  it('r054: table 四’s last seven numbers after 五、存在的主要问题… / （一）…: table 四 exact', () => {
    const { text, truth } = rendering('r054-2022-prose-sum');
    const a = checkText(text);
    for (const [key, g] of a.model.table4!.groups) assert.deepStrictEqual(g.cells.map(num), Object.values(truth.tables.table4![key]), key);
  });

  it('a bare page number right after table 二’s last number, before the page break, is no cell: the row is read', () => {
    const page = (n: number, ...body: string[]) => [...body, '', String(n), ''];
    const text = [
      ...page(1, '示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好主动公开、依申请公开和监督保障工作。'),
      '\f二、主动公开政府信息情况', '',
      ...page(2, ...cells('第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', 0, 0, 0, '行政规范性文件', 0, 1, 3),
        ...cells('第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', 0)),
      ...page(3, '\f五、存在的主要问题及改进情况', '存在的问题：栏目更新不及时。改进措施：加强培训。'),
      ...page(4, '\f六、其他需要报告的事项', '本年度未收取信息处理费。'),
    ].join('\n');
    const subs = checkText(text).model.table2!.subs;
    assert.deepStrictEqual(subs.get('art20_8')!.rows.get('administrative_fees')!.cells.map(num), [0]);
    assert.deepStrictEqual(subs.get('art20_1')!.rows.get('normative_documents')!.cells.map(num), [0, 1, 3]);
  });

  it('2019 table 二: a negative change with its digits spaced apart (- 3) is read as -3, the spacing said as information', () => {
    const text = report(
      '二、主动公开政府信息情况', '',
      ...cells('第二十条第（五）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', 0, '- 1', '1 9 1'),
      ...cells('第二十条第（六）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政处罚', 5, '- 3', 2, '行政强制', 2, 0, 1),
    ).replace('2023年', '2019年');
    const a = checkText(text);
    const subs = a.model.table2!.subs;
    assert.deepStrictEqual(subs.get('art20_5')!.rows.get('licensing')!.cells.map(num), [0, -1, 191]);
    assert.deepStrictEqual(subs.get('art20_6')!.rows.get('penalty')!.cells.map(num), [5, -3, 2]);
    assert.ok(a.diagnostics.some((d) => d.rule === 'cell-invalid' && d.severity === 'information' && d.message.includes('- 3')));
  });

  it('a table 二 header cell alone on its line (本年度废止件数) is its header: label-nonstandard, nothing else', () => {
    const text = report(
      '二、主动公开政府信息情况', '',
      ...cells('第二十条第（一）项', '信息内容', '本年制发件数', '本年度废止件数', '现行有效件数', '规章', 0, 0, 0, '行政规范性文件', 0, 1, 0),
    );
    const found = serious(text).filter((d) => ['label-nonstandard', 'column-missing'].includes(d.rule));
    assert.deepStrictEqual(found.map((d) => `${d.severity} ${d.rule}`), ['warning label-nonstandard']);
    assert.match(found[0].message, /本年度废止件数/);
  });

  it('r026: a column of table 三 named another way (社/会/组/织, one character per line) is said, not filled in as the official one', () => {
    const { text } = rendering('r026-2022-label-nonstandard');
    const found = serious(text);
    assert.deepStrictEqual(found.map((d) => d.rule), ['label-nonstandard']);
    assert.match(found[0].message, /社会组织/);
  });
});
