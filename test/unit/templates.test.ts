/** Inserted tables must parse back as complete standard tables in every layout. */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { renderTable2, renderTable3, renderTable4 } from '../../server/src/engine/fixes/templates';
import type { TableStyle } from '../../server/src/engine/model';

function report(style: TableStyle, fill: 'zero' | 'empty'): string {
  const md = style === 'pipe' ? '## ' : '';
  return [
    `${md.replace('## ', '# ')}示范县审计局2023年政府信息公开工作年度报告`, '',
    `${md}一、总体情况`, '', '主动公开、依申请公开、政府信息管理、平台建设和监督保障情况良好。', '',
    `${md}二、主动公开政府信息情况`, '', ...renderTable2(style, '2021', fill), '',
    `${md}三、收到和处理政府信息公开申请情况`, '', ...renderTable3(style, '2021', fill), '',
    `${md}四、政府信息公开行政复议、行政诉讼情况`, '', ...renderTable4(style, fill), '',
    `${md}五、存在的主要问题及改进情况`, '', '问题是更新不及时，下一步将加强培训。', '',
    `${md}六、其他需要报告的事项`, '', '本年度未收取信息处理费。', '',
  ].join('\n');
}

describe('table templates', () => {
  for (const style of ['pipe', 'tab', 'cells'] as TableStyle[]) {
    it(`${style}: zero-filled standard tables give a clean report`, () => {
      const a = checkText(report(style, 'zero'));
      assert.deepStrictEqual(a.diagnostics.map((d) => `${d.range.start.line + 1} ${d.rule} ${d.message}`), []);
      assert.strictEqual(a.model.table3!.rows.size, 25);
      assert.strictEqual(a.model.table2!.subs.size, 4);
      assert.strictEqual(a.model.table4!.groups.size, 3);
    });

    it(`${style}: empty templates parse as complete tables whose cells are blank`, () => {
      const a = checkText(report(style, 'empty'));
      const rules = new Set(a.diagnostics.map((d) => d.rule));
      assert.deepStrictEqual([...rules], ['cell-missing']);
      assert.strictEqual(a.model.table3!.rows.size, 25);
    });
  }
});
