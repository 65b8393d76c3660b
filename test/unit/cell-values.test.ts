/**
 * Table cells as clerks fill them (issue 12): none marks (—, /, 无, ×…) count as 0 with a warning, a
 * sum such a mark may explain is a warning, an amount in 元 in the 万元 column is read converted, and
 * the numbers people write (1,332, １２, 12件) are read right in every layout. Every report here is
 * built from the official template; no cell is copied from a real report.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import type { TableStyle } from '../../server/src/engine/model';
import type { ResolvedCell } from '../../server/src/engine/model';
import { parseCellValue } from '../../server/src/engine/text/normalize';
import { renderTable2, renderTable3, renderTable4, RowValues } from '../../server/src/engine/fixes/templates';
import { ROOT } from '../helpers/fixtures';

/** 新收 5 (自然人 4, 商业企业 1) + 结转 0 = 办结 5 (予以公开 3, 部分公开 2) + 结转 0. */
const BASE: RowValues = {
  new_received: ['4', '1', '0', '0', '0', '0', '5'],
  granted: ['2', '1', '0', '0', '0', '0', '3'],
  partial: ['2', '0', '0', '0', '0', '0', '2'],
  result_total: ['4', '1', '0', '0', '0', '0', '5'],
};

function report(style: TableStyle, t3: RowValues = {}, t2: RowValues = {}): string {
  return [
    '示范县水利局2023年政府信息公开工作年度报告', '', '一、总体情况', '', '本局依法做好政府信息公开工作。', '',
    '二、主动公开政府信息情况', '', ...renderTable2(style, '2021', 'zero', t2), '',
    '三、收到和处理政府信息公开申请情况', '', ...renderTable3(style, '2021', 'zero', { ...BASE, ...t3 }), '',
    '四、政府信息公开行政复议、行政诉讼情况', '', ...renderTable4(style, 'zero'), '',
    '五、存在的主要问题及改进情况', '', '问题是更新不及时，下一步将加强培训。', '',
    '六、其他需要报告的事项', '', '本年度未收取信息处理费。', '',
  ].join('\n');
}

const STYLES: TableStyle[] = ['pipe', 'tab', 'cells', 'spaced'];
const TABLE_RULES = ['cell-invalid', 'cell-missing', 'row-total', 'result-total', 'balance', 'row-missing', 'column-missing'];
const tableFindings = (text: string) => checkText(text).diagnostics.filter((d) => TABLE_RULES.includes(d.rule));
const valueOf = (c: ResolvedCell): number | undefined => (c.value as { value?: number }).value;
const cellOf = (text: string, row: string, column: number): ResolvedCell => checkText(text).model.table3!.rows.get(row)!.cells[column];

describe('cell values: none marks', () => {
  it('every mark in the recognition data is read as a none mark, full-width forms too', () => {
    const data = JSON.parse(fs.readFileSync(path.join(ROOT, 'server/src/engine/data/recognition.json'), 'utf8'));
    for (const m of data.not_applicable_cells as string[]) assert.strictEqual(parseCellValue(m).kind, 'na', m);
    for (const m of ['－', '／', ' — ', '**—**']) assert.strictEqual(parseCellValue(m).kind, 'na', m);
    // Digits and real text stay what they are.
    assert.strictEqual(parseCellValue('0').kind, 'number');
    assert.strictEqual(parseCellValue('无法提供').kind, 'invalid');
  });

  for (const style of STYLES) {
    for (const mark of ['—', '/', '无', '×']) {
      it(`${style}: “${mark}” for a count of none is a warning naming the cell, and the sums hold with it as 0`, () => {
        const text = report(style, { granted: ['3', '0', mark, '0', '0', '0', '3'], new_received: ['5', '0', '0', '0', '0', '0', '5'], partial: ['2', '0', '0', '0', '0', '0', '2'], result_total: ['5', '0', '0', '0', '0', '0', '5'] });
        const found = tableFindings(text);
        assert.deepStrictEqual(found.map((d) => `${d.rule} ${d.severity}`), ['cell-invalid warning'], found.map((d) => d.message).join('\n'));
        assert.strictEqual(found[0].message, `“（一）予以公开”行“科研机构”列填写了“${mark}”，已按 0 计算；此处应填写数字（没有请填 0）`);
        assert.strictEqual(cellOf(text, 'granted', 2).value.kind, 'na');
      });
    }
  }

  it('says so in English too', () => {
    const text = report('pipe', { granted: ['2', '1', '—', '0', '0', '0', '3'] });
    const d = checkText(text, { locale: 'en' }).diagnostics.find((x) => x.rule === 'cell-invalid')!;
    assert.strictEqual(d.message, 'Row “（一）予以公开”, column “科研机构” says “—”, counted as 0; a number is required (0 when none)');
  });

  it('a row total that a number in place of the mark could make hold is a warning naming the mark, with no fix', () => {
    // 2 + / + 0… = 2, but 总计 3: the slash may hide 1.
    const text = report('pipe', { granted: ['2', '/', '0', '0', '0', '0', '3'] });
    const a = checkText(text);
    const row = a.diagnostics.filter((d) => d.rule === 'row-total');
    assert.strictEqual(row.length, 1);
    assert.strictEqual(row[0].severity, 'warning');
    assert.match(row[0].message, /自然人\(2\)\+商业企业\(\/\)\+.*=2，但总计为 3，相差 1；其中“商业企业”的“\/”已按 0 计算/);
    assert.strictEqual(row[0].expected, undefined);
    assert.ok(!a.diagnostics.some((d) => d.severity === 'error'), a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('\n'));
  });

  it('a row total the mark cannot explain (the known parts already exceed it) stays an error', () => {
    // 3 + / = 3 or more, but 总计 2: no count in place of the slash makes it hold.
    const text = report('pipe', { granted: ['3', '/', '0', '0', '0', '0', '2'] });
    const row = checkText(text).diagnostics.filter((d) => d.rule === 'row-total');
    assert.strictEqual(row.length, 1);
    assert.strictEqual(row[0].severity, 'error');
    assert.doesNotMatch(row[0].message, /已按 0 计算/);
  });

  it('a mark in the total column: the total and the column sums are warnings, not errors', () => {
    const text = report('tab', { granted: ['2', '1', '0', '0', '0', '0', '—'] });
    const found = tableFindings(text);
    assert.ok(found.length >= 2);
    assert.deepStrictEqual(found.filter((d) => d.severity === 'error').map((d) => d.message), []);
    assert.ok(found.some((d) => d.rule === 'row-total' && /“总计”的“—”已按 0 计算/.test(d.message)), found.map((d) => d.message).join('\n'));
    assert.ok(found.some((d) => d.rule === 'result-total' && /“（一）予以公开”的“—”已按 0 计算/.test(d.message)), found.map((d) => d.message).join('\n'));
  });
});

describe('cell values: 无 in PDF text laid out by position', () => {
  const dir = path.join(ROOT, 'test/corpus/reports/r001-2022-clean');
  const pdf = fs.readFileSync(path.join(dir, 'pdf-layout.txt'), 'utf8');
  const granted = '三   （一）予以公开        137   23    0     0     0   0    160';

  it('a 无 among the values of a row is that cell’s, not a piece of the label', () => {
    assert.ok(pdf.includes(granted));
    const text = pdf.replace(granted, '三   （一）予以公开        137   23    无     0     0   0    160');
    const found = tableFindings(text);
    assert.deepStrictEqual(found.map((d) => `${d.rule} ${d.severity}`), ['cell-invalid warning'], found.map((d) => d.message).join('\n'));
    assert.match(found[0].message, /“科研机构”列填写了“无”/);
  });

  for (const [written, kind] of [['约137', 'invalid'], ['137余', 'invalid'], ['十二', 'invalid'], ['137件', 'number']] as const) {
    it(`${written} among the values is that cell’s (judged by cell-invalid), and the row is found`, () => {
      const text = pdf.replace(granted, `三   （一）予以公开        ${written}${' '.repeat(Math.max(1, 6 - written.length))}23    0     0     0   0    160`);
      const a = checkText(text);
      assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'row-missing').map((d) => d.message), []);
      assert.strictEqual(a.model.table3!.rows.get('granted')!.cells[0].value.kind, kind);
    });
  }

  it('无 in every cell of a row is read as those cells', () => {
    const text = pdf.replace(granted, '三   （一）予以公开        无    无    无     无     无   无    无');
    const cells = checkText(text).model.table3!.rows.get('granted')!.cells;
    assert.deepStrictEqual(cells.map((c) => c.value.kind), new Array(7).fill('na'));
  });

  it('a 无 in the first column of a line holding only the values (its label wrapped around it) is that cell’s', () => {
    const line = '                    0    1     0     0     0   0     1';
    assert.strictEqual(pdf.split('\n').filter((l) => l === line).length, 1);
    const text = pdf.replace(line, '                    无    1     0     0     0   0     1');
    const row = checkText(text).model.table3!.rows.get('deny_secret')!;
    assert.deepStrictEqual(row.cells.map((c) => c.value.kind), ['na', 'number', 'number', 'number', 'number', 'number', 'number']);
    assert.deepStrictEqual(tableFindings(text).map((d) => `${d.rule} ${d.severity}`), ['cell-invalid warning']);
  });

  it('1 137 (a space between the thousands) is one number when only that makes the row’s total hold, and said', () => {
    const text = pdf.replace(granted, '三   （一）予以公开      1 137   23    0     0     0   0   1160');
    const a = checkText(text);
    const cells = a.model.table3!.rows.get('granted')!.cells;
    assert.deepStrictEqual(cells.map(valueOf), [1137, 23, 0, 0, 0, 0, 1160]);
    const said = a.diagnostics.filter((d) => d.rule === 'cell-invalid');
    assert.deepStrictEqual(said.map((d) => `${d.severity} ${d.message}`), ['information “（一）予以公开”行“自然人”列的“1 137”读作 1137（千位之间有空格；这样读该行总计成立）']);
    assert.ok(!a.diagnostics.some((d) => d.rule === 'row-total'));
  });

  it('1 137 whose joining does not make the total hold is not joined: the extra number is said', () => {
    const text = pdf.replace(granted, '三   （一）予以公开      1 137   23    0     0     0   0   160');
    const a = checkText(text);
    assert.ok(a.diagnostics.some((d) => d.rule === 'cell-invalid' && /多出 1 个数值/.test(d.message)));
    assert.ok(!a.diagnostics.some((d) => /读作 1137/.test(d.message)));
  });

  it('a 无 of （四）无法提供 laid vertically at the left of a row stays a piece of the label', () => {
    // A generated rendering whose parent label stands one character per line: `无   握相    15 …`.
    const other = fs.readFileSync(path.join(ROOT, 'test/corpus/reports/r076-2021-missing-row/pdf-layout.txt'), 'utf8');
    assert.match(other, /^ *无 {3}握相 {4}15 {5}4 /m);
    const row = checkText(other).model.table3!.rows.get('unable_nohold')!;
    assert.deepStrictEqual(row.cells.map(valueOf), [15, 4, 0, 2, 0, 0, 21]);
    assert.deepStrictEqual(row.extra, []);
  });
});

describe('cell values: the numbers people write', () => {
  for (const style of ['pipe', 'tab', 'cells'] as TableStyle[]) {
    for (const [written, value] of [['1,332', 1332], ['1，332', 1332], ['１３３２', 1332], ['1332件', 1332]] as const) {
      it(`${style}: ${written} is read as ${value}`, () => {
        const text = report(style, {
          new_received: [written, '1', '0', '0', '0', '0', '1333'],
          granted: ['1330', '1', '0', '0', '0', '0', '1331'],
          result_total: ['1332', '1', '0', '0', '0', '0', '1333'],
        });
        assert.strictEqual(valueOf(cellOf(text, 'new_received', 0)), value);
        assert.deepStrictEqual(tableFindings(text).map((d) => d.message), []);
      });
    }
  }

  for (const style of ['pipe', 'tab', 'cells'] as TableStyle[]) {
  for (const [written, expected] of [['1.5', /“1\.5”不是非负整数/], ['-1', /“-1”不是非负整数/], ['约5', /“约5”不是非负整数/], ['5余', /“5余”不是非负整数/], ['十二', /“十二”不是非负整数/]] as const) {
    it(`${style}: ${written} in a count cell is an error that quotes it (the row is still found)`, () => {
      const text = report(style, { granted: [written, '1', '0', '0', '0', '0', '3'] });
      assert.deepStrictEqual(checkText(text).diagnostics.filter((x) => x.rule === 'row-missing').map((x) => x.message), []);
      const d = checkText(text).diagnostics.filter((x) => x.rule === 'cell-invalid');
      assert.strictEqual(d.length, 1);
      assert.strictEqual(d[0].severity, 'error');
      assert.match(d[0].message, expected);
    });
  }
  }
});

describe('cell values: the 万元 amount', () => {
  const fee = (text: string) => checkText(text).model.table2!.subs.get('art20_8')!.rows.get('administrative_fees')!.cells[0];
  for (const style of STYLES) {
    it(`${style}: 2678600元 in the 万元 column is read as 267.86 and said to be in the wrong unit`, () => {
      const text = report(style, {}, { administrative_fees: ['2678600元'] });
      assert.strictEqual(valueOf(fee(text)), 267.86);
      const d = checkText(text).diagnostics.filter((x) => x.rule === 'cell-invalid');
      assert.deepStrictEqual(d.map((x) => `${x.severity} ${x.message}`), ['warning “行政事业性收费”行“本年收费金额（单位：万元）”列写的是“2678600元”，单位是元，本列以万元计，已按 267.86 万元读取；请改为 267.86']);
    });
  }

  for (const [written, value] of [['267.86万元', 267.86], ['0.00', 0], ['0', 0], ['1,234.5', 1234.5]] as const) {
    it(`${written} is read as ${value} with nothing to say`, () => {
      const text = report('pipe', {}, { administrative_fees: [written] });
      assert.strictEqual(valueOf(fee(text)), value);
      assert.deepStrictEqual(checkText(text).diagnostics.filter((x) => x.rule === 'cell-invalid').map((x) => x.message), []);
    });
  }

  it('a count column keeps 元 as a count (no conversion outside the 万元 column)', () => {
    const text = report('pipe', {}, { licensing: ['12元'] });
    assert.strictEqual(valueOf(checkText(text).model.table2!.subs.get('art20_5')!.rows.get('licensing')!.cells[0]), 12);
  });
});
