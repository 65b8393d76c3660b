/** format-outdated and its fix "升级为 2021 版表格": a 2019 table round-trips into the 2021 layout. */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { renderTable2, renderTable3, renderTable4 } from '../../server/src/engine/fixes/templates';
import type { TableStyle } from '../../server/src/engine/model';
import { applyEdits } from '../helpers/lspClient';

function report2019(year: number, style: TableStyle): string {
  const t2 = renderTable2(style, '2019', 'zero', {
    rules: ['2', '2', '10'], normative_documents: ['3', '3', '20'],
    licensing: ['5', '1', '40'], other_services: ['2', '0', '7'],
    penalty: ['1', '0', '12'], coercion: ['0', '0', '3'],
    administrative_fees: ['1', '0'], centralized_procurement: ['3', '12.5'],
  });
  const one = (l: string, label: string) => (style === 'pipe' ? l.startsWith(`| ${label} |`) : l.startsWith(label + '\t'));
  const t3 = renderTable3(style, '2019', 'zero').map((l) => {
    for (const label of ['一、本年新收政府信息公开申请数量', '（六）其他处理', '（七）总计']) {
      if (one(l, label)) return style === 'pipe' ? `| ${label} | 1 | 0 | 0 | 0 | 0 | 0 | 1 |` : [label, 1, 0, 0, 0, 0, 0, 1].join('\t');
    }
    return l;
  });
  const h = style === 'pipe' ? '## ' : '';
  return [
    `${h}示范县司法局${year}年政府信息公开工作年度报告`, '', `${h}一、总体情况`, '',
    `${year}年，本局主动公开、依申请公开、政府信息管理、平台建设与监督保障工作有序开展。${year}年共公开信息30条。`, '',
    `${h}二、主动公开政府信息情况`, '', ...t2, '', `${h}三、收到和处理政府信息公开申请情况`, '', ...t3, '',
    `${h}四、政府信息公开行政复议、行政诉讼情况`, '', ...renderTable4(style, 'zero'), '',
    `${h}五、存在的主要问题及改进情况`, '', '问题是更新不及时，下一步将加强培训。', '', `${h}六、其他需要报告的事项`, '', '本年度未收取信息处理费。', '',
  ].join('\n');
}

describe('format-outdated and the 2021 upgrade', () => {
  it('a 2019 or 2020 report with the 2019 tables is fine', () => {
    const a = checkText(report2019(2020, 'tab'));
    assert.strictEqual(a.model.format, '2019');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error' || d.rule === 'year-mismatch').map((d) => `${d.rule} ${d.message}`), []);
  });

  for (const style of ['tab', 'pipe', 'cells'] as TableStyle[]) {
    it(`${style}: a 2023 report on the 2019 tables is format-outdated, and the fix round-trips into the 2021 tables`, () => {
      const text = report2019(2023, style);
      const before = checkText(text);
      const d = before.diagnostics.find((x) => x.rule === 'format-outdated')!;
      assert.ok(d, 'format-outdated');
      assert.match(d.message, /2023 年度报告使用了 2019 版表格.*带入 5 个对应数值/);
      const fix = d.fixes![0];
      assert.match(fix.title, /升级为 2021 版表格/);
      const after = checkText(applyEdits(text, fix.edits));
      assert.strictEqual(after.model.format, '2021');
      const t2 = after.model.table2!;
      const v = (sub: string, row: string, col: number) => t2.subs.get(sub)!.rows.get(row)!.cells[col].value;
      assert.deepStrictEqual([v('art20_1', 'rules', 0), v('art20_1', 'normative_documents', 0)].map((x: any) => x.value), [2, 3]);
      assert.deepStrictEqual([v('art20_5', 'licensing', 0), v('art20_6', 'penalty', 0), v('art20_6', 'coercion', 0)].map((x: any) => x.value), [40, 12, 3]);
      assert.strictEqual(v('art20_1', 'rules', 2).kind, 'blank', '现行有效件数 is left for the user');
      assert.strictEqual(after.model.table3!.rows.size, 25);
      assert.strictEqual(after.model.table3!.rows.get('oth_other')!.cells[6].value.kind, 'blank');
      const rules = after.diagnostics.map((x) => x.rule);
      for (const r of ['format-outdated', 'row-missing', 'table-missing', 'column-missing', 'label-nonstandard']) assert.ok(!rules.includes(r as any), `${r} after the upgrade`);
      assert.ok(rules.includes('cell-missing'), 'the cells to fill in are shown');
      assert.deepStrictEqual(after.diagnostics.filter((x) => x.severity === 'error').map((x) => x.rule), []);
    });
  }
});
