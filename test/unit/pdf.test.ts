/**
 * Text copied or converted from PDF (issue 12, class 1): reports made in Word with the national
 * annex's tables, rendered by LibreOffice and turned into text by `pdftotext -layout` (and plain
 * `pdftotext`, what copying from a viewer gives). The fixtures in test/fixtures/pdf/ come with the
 * tables they were made from (`*.truth.json`); every cell is compared.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, checkText, ReportDocument } from '../../server/src/engine';
import type { ReportModel } from '../../server/src/engine/model';
import { FORMATS } from '../../server/src/engine/format';
import { readFixture } from '../helpers/fixtures';
import { snapshot } from '../helpers/snapshot';

interface Truth { table3: Record<string, (number | null)[]>; table4: number[]; table2: Record<string, (number | string)[]> }

const truthOf = (name: string): Truth => JSON.parse(readFixture(`pdf/${name}.truth.json`));
const T3_KEYS = FORMATS['2021'].table3Rows.map((r) => r.key);

/** A cell as read: its number, or null when blank (never 0 for a blank). */
function value(c: { value: { kind: string; value?: number } } | undefined): number | null | undefined {
  if (!c) return undefined;
  return c.value.kind === 'number' ? c.value.value! : c.value.kind === 'blank' ? null : NaN;
}

function table3(model: ReportModel): Record<string, (number | null | undefined)[] | undefined> {
  const out: Record<string, (number | null | undefined)[] | undefined> = {};
  for (const k of T3_KEYS) out[k] = model.table3?.rows.get(k)?.cells.map(value);
  return out;
}

function table4(model: ReportModel): (number | null | undefined)[] {
  return [...(model.table4?.groups.values() ?? [])].flatMap((g) => g.cells.map(value));
}

function table2(model: ReportModel): Record<string, (number | null | undefined)[]> {
  const out: Record<string, (number | null | undefined)[]> = {};
  for (const [sub, s] of model.table2?.subs ?? []) for (const [key, r] of s.rows) out[`${sub}.${key}`] = r.cells.map(value);
  return out;
}

const rules = (text: string, severity?: string) => checkText(text).diagnostics.filter((d) => !severity || d.severity === severity).map((d) => `${d.range.start.line + 1} ${d.rule}`);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

describe('PDF text: tables read by position (pdftotext -layout)', () => {
  for (const name of ['narrow', 'pagebreak']) {
    it(`${name}: every cell of tables 二, 三 and 四 exactly, and no diagnostic at all`, () => {
      const text = readFixture(`pdf/${name}.layout.txt`);
      const truth = truthOf(name);
      const a = checkText(text);
      assert.strictEqual(a.model.format, '2021');
      assert.deepStrictEqual(table3(a.model), truth.table3);
      assert.deepStrictEqual(table4(a.model), truth.table4);
      const t2 = table2(a.model);
      for (const [k, v] of Object.entries(truth.table2)) assert.deepStrictEqual(t2[k], v.map(Number), k);
      assert.deepStrictEqual(a.diagnostics.map((d) => `${d.range.start.line + 1} ${d.rule} ${d.message}`), []);
    });
  }

  it('narrow: header words broken into pieces over six lines are assembled by position', () => {
    const a = checkText(readFixture('pdf/narrow.layout.txt'));
    const columns = a.model.table3!.headers.map((h) => h.column);
    for (const c of FORMATS['2021'].table3Columns) assert.ok(columns.includes(c.key), c.label);
    assert.ok(a.model.table3!.headers.every((h) => !h.nonstandard), 'no header cell read as a variant');
  });

  it('narrow: a number wrapped in its cell (30 / 4) is 304, its parts joined by position', () => {
    const text = readFixture('pdf/narrow.layout.txt');
    const l = lineOf(text, '一、本年新收政府信息');
    assert.match(text.split('\n')[l + 1], /^ +4$/);
    assert.strictEqual(value(checkText(text).model.table3!.rows.get('new_received')!.cells[6]), 304);
  });

  it('blanks: blank applicant cells are placed by position (cell-missing in the right columns, no error)', () => {
    const text = readFixture('pdf/blanks.layout.txt');
    const truth = truthOf('blanks');
    const a = checkText(text);
    assert.deepStrictEqual(table3(a.model), truth.table3);
    assert.deepStrictEqual(table4(a.model), truth.table4);
    const blankRows = T3_KEYS.filter((k) => truth.table3[k].some((v) => v === null));
    assert.ok(blankRows.length >= 5);
    const missing = a.diagnostics.filter((d) => d.rule === 'cell-missing');
    assert.strictEqual(missing.length, blankRows.length);
    for (const d of missing) {
      assert.strictEqual(d.severity, 'warning');
      assert.match(d.message, /“自然人”、“商业企业”、“科研机构”、“社会公益组织”、“法律服务机构”为空/);
    }
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule !== 'cell-missing').map((d) => d.message), []);
  });

  it('uncertain: two rows at the foot of a page, placed against the complete lines of their own page, are read exactly', () => {
    // The complete line just below them is on the next page, whose columns pdftotext laid out elsewhere.
    const text = readFixture('pdf/uncertain.layout.txt');
    const lines = text.split('\n');
    assert.ok(lines[lineOf(text, '（一）予以公开') + 5].startsWith('\f'));
    const a = checkText(text);
    assert.deepStrictEqual(table3(a.model), truthOf('uncertain').table3);
    assert.deepStrictEqual(T3_KEYS.filter((k) => a.model.table3!.rows.get(k)!.uncertain), []);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error'), []);
  });

  it('uncertain: values whose columns cannot be decided are not read; one information says so, no error', () => {
    // The two rows' first values moved to lie halfway between the columns of 法律服务机构 and 其他.
    const base = readFixture('pdf/uncertain.layout.txt').split('\n');
    for (const label of ['（一）予以公开', '（二）部分公开（区']) {
      const l = base.findIndex((x) => x.includes(label));
      base[l] = base[l].replace(/ +0 +0$/, '').padEnd(35) + '0' + ' '.repeat(7) + '0';
    }
    const text = base.join('\n');
    const truth = truthOf('uncertain');
    const a = checkText(text);
    const got = table3(a.model);
    const unsure = T3_KEYS.filter((k) => a.model.table3!.rows.get(k)!.uncertain);
    assert.deepStrictEqual(unsure, ['granted', 'partial']);
    for (const k of T3_KEYS) {
      if (unsure.includes(k)) assert.deepStrictEqual(got[k], [null, null, null, null, null, null, null], k);
      else assert.deepStrictEqual(got[k], truth.table3[k], k);
    }
    const info = a.diagnostics.filter((d) => d.severity === 'information');
    assert.strictEqual(info.length, 1);
    assert.strictEqual(info[0].rule, 'cell-missing');
    assert.match(info[0].message, /表格三（从 PDF 转出的文本）有 2 行的数值无法按位置可靠地对应到列.*“（一）予以公开”、“（二）部分公开/);
    assert.match(checkText(text, { locale: 'en' }).diagnostics.find((d) => d.severity === 'information')!.message, /cannot be matched to their columns reliably/);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error'), []);
  });

  it('a value under 法律服务机构 with blank cells to its left is that column’s value', () => {
    const text = readFixture('pdf/narrow.layout.txt');
    const lines = text.split('\n');
    const l = lineOf(text, '6.属于四类');
    // Blank every number of the row but 法律服务机构 (the 5th) and 总计, keeping the others' places.
    const cut = lines[l].indexOf('过程性') >= 0 ? lines[l].indexOf('过程性') : lines[l].indexOf('四类') + 2;
    let k = 0;
    lines[l] = lines[l].slice(0, cut) + lines[l].slice(cut).replace(/\d+/g, (m) => (++k === 5 || k === 7 ? m : ' '.repeat(m.length)));
    const a = checkText(lines.join('\n'));
    const row = a.model.table3!.rows.get('deny_process')!;
    const before = truthOf('narrow').table3.deny_process;
    assert.deepStrictEqual(row.cells.map(value), [null, null, null, null, before[4], null, before[6]]);
    const d = a.diagnostics.filter((x) => x.rule === 'cell-missing');
    assert.strictEqual(d.length, 1);
    assert.match(d[0].message, /“6.属于四类过程性信息”行“自然人”、“商业企业”、“科研机构”、“社会公益组织”、“其他”为空/);
  });

  it('a row label wrapped around its numbers, the numbers on a line of their own, is joined by position', () => {
    const text = readFixture('pdf/narrow.layout.txt');
    const lines = text.split('\n');
    const l = lineOf(text, '二、上年结转政府信息');
    // 二、上年结转政府信息 / (numbers alone) / 公开申请数量
    const m = /^(\S+)(\s+)(.*)$/.exec(lines[l])!;
    lines.splice(l, 1, m[1], ' '.repeat(m[1].length + m[2].length) + m[3]);
    const a = checkText(lines.join('\n'));
    assert.deepStrictEqual(a.model.table3!.rows.get('carried_over')!.cells.map(value), truthOf('narrow').table3.carried_over);
    assert.deepStrictEqual(rules(lines.join('\n')), []);
  });

  it('a label typed wrong (2.其他法律行政止公开) still finds its row: label-nonstandard, nothing missing', () => {
    const text = readFixture('pdf/narrow.layout.txt').replace('行政法规禁', '行政');
    const a = checkText(text);
    assert.deepStrictEqual(a.model.table3!.rows.get('deny_law')!.cells.map(value), truthOf('narrow').table3.deny_law);
    const found = a.diagnostics.map((d) => d.rule);
    assert.deepStrictEqual(found, ['label-nonstandard']);
    assert.match(a.diagnostics[0].message, /2.其他法律行政止公开/);
  });

  it('page numbers (-3-, - 4 -), a running header and a page break in the middle of the table change nothing', () => {
    const text = readFixture('pdf/narrow.layout.txt');
    const lines = text.split('\n');
    const at = lineOf(text, '5.属于三类');
    lines.splice(at, 0, '', '', '                              -3-', '\f');
    const at2 = lineOf(lines.join('\n'), '1.信访举报');
    // A page footer, then the next page's running header (the report's title) above the table's rest.
    lines.splice(at2, 0, '', '                              - 4 -', '\f       示范县测试局 2023 年政府信息公开工作年度报告', '');
    const a = checkText(lines.join('\n'));
    assert.deepStrictEqual(table3(a.model), truthOf('narrow').table3);
    assert.deepStrictEqual(a.diagnostics.map((d) => d.rule), []);
  });
});

describe('PDF text: parent labels, format, split digits (space-aligned sample)', () => {
  const spaced = readFixture('layouts/spaced.txt');
  const base = checkText(spaced);

  it('a parent label with spaces inside (三 、本 年 度办 理 结果) or one character per line is no row', () => {
    for (const parent of [['三 、本 年 度办 理 结果'], ['三、', '本', '年', '度', '办', '理', '结', '果']]) {
      const text = spaced.replace('三、本年度办理结果\n', parent.join('\n') + '\n');
      const a = checkText(text);
      assert.deepStrictEqual(table3(a.model), table3(base.model), parent.join('/'));
      assert.deepStrictEqual(rules(text), rules(spaced).map((r) => r.replace(/^(\d+)/, (n) => String(Number(n) + (parent.length > 1 && Number(n) > lineOf(spaced, '三、本年度办理结果') ? parent.length - 1 : 0)))));
    }
  });

  it('the 2021 table 二 is not taken for 2019 because one row says （六）其他处理 next to numbers', () => {
    // PDF text: the parent label beside the wrapped first sub-row, whose label alone is not recognised.
    const text = spaced.replace('1.申请人无正当理由逾期不补正、行政机关不再       0', '（六）其他处理   1.申请人无正当理由逾期不补正、行政机关不再       0');
    assert.notStrictEqual(text, spaced);
    const a = checkText(text);
    assert.strictEqual(a.model.format, '2021');
    const bad = a.diagnostics.filter((d) => ['column-missing', 'table-missing', 'cell-invalid', 'format-outdated'].includes(d.rule));
    assert.deepStrictEqual(bad.map((d) => d.message), []);
    assert.strictEqual(value(a.model.table2!.subs.get('art20_8')!.rows.get('administrative_fees')!.cells[0]), 1.25);
  });

  it('digits of one number spaced apart (1 0) within one column are read as 10 by position, and said so', () => {
    const row = '一、本年新收政府信息公开申请数量             5     2     0     0     1     0     8';
    assert.ok(spaced.includes(row));
    const text = spaced.replace(row, '一、本年新收政府信息公开申请数量             1 0     2     0     0     1     0     13');
    const a = checkText(text);
    assert.deepStrictEqual(a.model.table3!.rows.get('new_received')!.cells.map(value), [10, 2, 0, 0, 1, 0, 13]);
    const said = a.diagnostics.filter((d) => d.range.start.line === lineOf(text, '一、本年新收'));
    assert.deepStrictEqual(said.map((d) => `${d.rule} ${d.severity}`), ['cell-invalid information']);
    assert.match(said[0].message, /“自然人”列的“1 0”按位置读作 10/);
    assert.match(checkText(text, { locale: 'en' }).diagnostics.find((d) => d.rule === 'cell-invalid')!.message, /“1 0” read as 10 by position/);
  });

  it('digits split by a space that position cannot place: the row total says 10 may have been split, nothing is joined', () => {
    // Numbers one space apart after the label, no header or aligned rows to place them by.
    const text = [
      '示范县测试局2023年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 1 0 2 0 0 1 0 13',
      '二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1',
    ].join('\n');
    const a = checkText(text);
    const total = a.diagnostics.find((d) => d.rule === 'row-total' && d.range.start.line === 2);
    assert.ok(total, 'row-total on the row');
    assert.match(total!.message, /可能是 10 被拆成了 1 和 0/);
    assert.match(checkText(text, { locale: 'en' }).diagnostics.find((d) => d.rule === 'row-total')!.message, /perhaps 10 was split into 1 and 0/);
    // Not joined silently: the row keeps its eight numbers (one too many is reported), the 1 is not read as 10.
    assert.strictEqual(value(a.model.table3!.rows.get('new_received')!.cells[0]), 1);
    assert.ok(a.diagnostics.some((d) => d.rule === 'cell-invalid' && /多出 1 个数值/.test(d.message)));
    // Column sums cannot be assessed with the row misaligned: no cascade of balance errors.
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'balance'), []);
  });

  it('a failing sum with no split digits to blame gets no such hint', () => {
    const row = '一、本年新收政府信息公开申请数量             5     2     0     0     1     0     8';
    const text = spaced.replace(row, row.replace(/8$/, '9'));
    const d = checkText(text).diagnostics.find((x) => x.rule === 'row-total')!;
    assert.ok(d);
    assert.doesNotMatch(d.message, /拆成/);
  });
});

describe('PDF text: table 二', () => {
  it('a column label and a row label wrapped around their lines are joined (2019 table 二)', () => {
    const text = [
      '示范县测试局2020年政府信息公开工作年度报告', '二、主动公开政府信息情况',
      '              第二十条第（五）项',
      '              上一年项目数',
      '    信息内容                  本年增/减          处理决定数量',
      '                 量',
      '    行政许可        100         3              40',
      '其他对外管理服务',
      '                     3                   0                      2',
      '   事项',
      '                    第二十条第（八）项',
      '              上一年项目数',
      ' 信息内容                     本年增/减',
      '                 量',
      '行政事业性收',
      '                        118                 0',
      '   费',
    ].join('\n');
    const a = checkText(text);
    const sub5 = a.model.table2!.subs.get('art20_5')!;
    assert.deepStrictEqual(sub5.rows.get('licensing')!.cells.map(value), [100, 3, 40]);
    assert.deepStrictEqual(sub5.rows.get('other_services')?.cells.map(value), [3, 0, 2]);
    assert.deepStrictEqual(a.model.table2!.subs.get('art20_8')!.rows.get('administrative_fees')!.cells.map(value), [118, 0]);
    const wrong = a.diagnostics.filter((d) => ['column-missing', 'row-missing', 'cell-invalid', 'label-nonstandard'].includes(d.rule) && /第（五）项|第（八）项|行政许可|其他对外|行政事业性收费/.test(d.message));
    assert.deepStrictEqual(wrong.map((d) => d.message), []);
  });
});

describe('PDF text copied from a viewer (plain pdftotext)', () => {
  it('a table whose cells come out in column order is not read as rows: no error, no wrong number, one information', () => {
    const text = readFixture('pdf/narrow.raw.txt');
    const truth = truthOf('narrow');
    const a = checkText(text);
    const got = table3(a.model);
    for (const k of T3_KEYS) for (const [i, v] of (got[k] ?? []).entries()) if (v !== null) assert.strictEqual(v, truth.table3[k][i], `${k}[${i}]`);
    for (const [i, v] of table4(a.model).entries()) if (v !== null) assert.strictEqual(v, truth.table4[i]);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity !== 'information').map((d) => d.message), []);
    const info = a.diagnostics.filter((d) => d.severity === 'information').map((d) => d.message);
    assert.strictEqual(info.length, 2);
    assert.match(info[0], /^表格三（从 PDF 转出的文本）/);
    assert.match(info[1], /^表格四（从 PDF 转出的文本）/);
  });

  it('cells in row order (label, then its numbers, one per line) are read exactly', () => {
    const labels = FORMATS['2021'].table3Rows.map((r) => r.label);
    const truth = truthOf('narrow').table3;
    const body = labels.flatMap((label, i) => {
      // Long labels wrap over lines of a cell; the numbers follow, a blank line between cells.
      const parts = label.match(/.{1,8}/gu)!;
      return [parts.join('\n'), ...truth[FORMATS['2021'].table3Rows[i].key].map(String)];
    });
    const text = [
      '示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好主动公开、依申请公开、政府信息管理、政府信息公开平台建设和监督保障工作。',
      '三、收到和处理政府信息公开申请情况', '申请人情况', '（本列数据的勾稽关系为：', '第一项加第二项之和，等于', '第三项加第四项之和）', '',
      '法人或其他组织', '', '自然', '人', '', '商业', '企业', '', '科研', '机构', '', '社会', '公益', '组织', '', '法律', '服务', '机构', '', '其他', '', '总计', '',
      ...body.flatMap((c) => [c, '']),
      '五、存在的主要问题及改进情况', '存在的问题：栏目更新不及时。改进措施：加强培训。',
    ].join('\n');
    const a = checkText(text);
    assert.deepStrictEqual(table3(a.model), truth);
    const t3 = a.diagnostics.filter((d) => ['row-missing', 'column-missing', 'cell-missing', 'cell-invalid', 'label-nonstandard', 'row-total', 'result-total', 'balance'].includes(d.rule) && d.message.includes('表格三'));
    assert.deepStrictEqual(t3.map((d) => d.message), []);
  });
});

describe('PDF text: incremental parsing stays exact', () => {
  const FRAGMENTS = ['\n', ' ', '  ', '0', '1', '12', '3.', '总计', '自然', '（六）', '-3-', '\f'];
  for (const name of ['narrow.layout', 'pagebreak.layout', 'narrow.raw']) {
    it(`${name}: random edits match a fresh parse after every edit`, () => {
      const text = readFixture(`pdf/${name}.txt`);
      fc.assert(
        fc.property(fc.array(fc.record({ line: fc.nat(), col: fc.nat(), del: fc.nat({ max: 4 }), text: fc.constantFrom(...FRAGMENTS) }), { minLength: 1, maxLength: 6 }), (edits) => {
          const doc = new ReportDocument(text);
          analyze(doc);
          for (const e of edits) {
            const line = e.line % doc.lineCount;
            const col = e.col % (doc.getLine(line).length + 1);
            const end = Math.min(doc.getLine(line).length, col + e.del);
            doc.update([{ range: { start: { line, character: col }, end: { line, character: end } }, text: e.text }]);
            assert.deepStrictEqual(snapshot(analyze(doc)), snapshot(analyze(new ReportDocument(doc.getText()))));
          }
        }),
        { numRuns: 15, seed: 20261206 },
      );
    });
  }
});
