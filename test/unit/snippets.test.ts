/**
 * The snippets (snippets/gknb.code-snippets) expand into complete standard tables and reports:
 * each is expanded as VS Code would (placeholders to their defaults, or to a number) and checked.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import { ROOT } from '../helpers/fixtures';

const snippets: Record<string, { prefix: string; body: string | string[] }> = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'gknb.code-snippets'), 'utf8'));

/** Expand a snippet body: ${n:default} → default, bare $n / ${n} → the given fill. */
function expand(body: string | string[], fill: string): string {
  const text = Array.isArray(body) ? body.join('\n') : body;
  return text.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, fill);
}

function inReport(table: string, section: string): string {
  return ['示范县审计局2023年政府信息公开工作年度报告', '', section, '', table, ''].join('\n');
}

const SECTION: Record<string, string> = { table2: '二、主动公开政府信息情况', table3: '三、收到和处理政府信息公开申请情况', table4: '四、政府信息公开行政复议、行政诉讼情况' };

describe('snippets', () => {
  it('cover the three tables, every sub-table of table 二 and a whole report, in pipe and tab layouts', () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    for (const p of ['gknb-report', 'gknb-table2', 'gknb-table3', 'gknb-table4', 'gknb-art20-1', 'gknb-art20-5', 'gknb-art20-6', 'gknb-art20-8']) {
      assert.ok(prefixes.includes(p), p);
      assert.ok(prefixes.includes(p + '-tab'), p + '-tab');
    }
  });

  for (const [name, s] of Object.entries(snippets)) {
    const table = /gknb-(table[234])/.exec(s.prefix)?.[1];
    if (!table) continue;
    it(`${s.prefix}: expands into the complete standard ${table} (zeros: no problem at all; blanks: only cell-missing)`, () => {
      const zeros = checkText(inReport(expand(s.body, '0'), SECTION[table]));
      const model = zeros.model;
      if (table === 'table2') assert.strictEqual(model.table2!.subs.size, 4, name);
      if (table === 'table3') assert.strictEqual(model.table3!.rows.size, 25, name);
      if (table === 'table4') assert.strictEqual(model.table4!.groups.size, 3, name);
      const structural = ['table-missing', 'row-missing', 'column-missing', 'label-nonstandard', 'cell-invalid', 'cell-missing', 'row-total', 'result-total', 'balance'];
      assert.deepStrictEqual(zeros.diagnostics.filter((d) => structural.includes(d.rule)).map((d) => d.message), [], name);
      const blanks = checkText(inReport(expand(s.body, ''), SECTION[table]));
      assert.deepStrictEqual([...new Set(blanks.diagnostics.filter((d) => structural.includes(d.rule)).map((d) => d.rule))], ['cell-missing'], name);
    });
  }

  for (const prefix of ['gknb-report', 'gknb-report-tab']) {
    it(`${prefix}: a whole report skeleton with the six sections and all three tables, and no structural error`, () => {
      const s = Object.values(snippets).find((x) => x.prefix === prefix)!;
      const a = checkText(expand(s.body, '0'));
      assert.deepStrictEqual(a.model.sections.map((x) => x.ordinal), ['一', '二', '三', '四', '五', '六']);
      const errors = a.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule} ${d.message}`);
      assert.deepStrictEqual(errors, []);
    });
  }
});
