/**
 * The diagnostics of each seed report, pinned (spec §5 lists their known defects).
 * Each entry is "line rule" (1-based line of the diagnostic's start).
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { seed, readFixture } from '../helpers/fixtures';

function summary(text: string): string[] {
  return checkText(text).diagnostics.map((d) => `${d.range.start.line + 1} ${d.rule}`);
}

const EXPECTED: Record<string, string[]> = {
  '000': [
    '30 label-nonstandard', // 本年度废止件数
    '30 table-missing', '30 table-missing', '30 table-missing', // sub-tables （五）（六）（八）
    '31 row-missing', '31 row-missing', // 规章, 行政规范性文件
    '34 column-missing', // table 三 has no header
    '34 row-missing', '34 row-missing', '34 row-missing', // 一, 二, （一）
    '34 section-missing', // 三、收到和处理政府信息公开申请情况, where its table starts
  ],
  '001': ['1 title-format', '4 narrative-sum', '409 fee-statement-missing'], // 22 条，其中 9+10+1 = 20 (information)
  '002': ['5 title-format', '13 narrative-mismatch'], // 新收 1 件 in the text, 0 in table 三
  '003': ['5 title-format', '7 overview-topics', '95 fee-statement-missing'],
  '004': [
    '3 title-format', '50 label-nonstandard',
    '53 cell-missing', '54 cell-missing', '55 cell-missing', '56 cell-missing', '57 cell-missing', '58 cell-missing', '59 cell-missing',
  ],
};

describe('seed reports', () => {
  for (const [prefix, expected] of Object.entries(EXPECTED)) {
    it(`${prefix}: exactly the known defects`, () => {
      assert.deepStrictEqual(summary(seed(prefix).text), expected);
    });
  }

  it('no arithmetic error on any unmodified seed', () => {
    for (const prefix of Object.keys(EXPECTED)) {
      const rules = checkText(seed(prefix).text).diagnostics.map((d) => d.rule);
      for (const r of ['balance', 'row-total', 'result-total']) assert.ok(!rules.includes(r as any), `${prefix} reports ${r}`);
    }
  });

  it('000: the missing 三 heading is placed where its table starts, with a fix that inserts only the heading', () => {
    const text = seed('000').text;
    const d = checkText(text).diagnostics.find((x) => x.rule === 'section-missing')!;
    assert.match(d.message, /三、收到和处理政府信息公开申请情况/);
    const edit = d.fixes![0].edits[0];
    assert.strictEqual(edit.range.start.line, 33);
    assert.match(edit.newText, /^## 三、收到和处理政府信息公开申请情况/);
    assert.ok(!edit.newText.includes('本年新收'), 'the table is already there: only the heading is inserted');
  });

  it('000: names the missing rows and sub-tables', () => {
    const messages = checkText(seed('000').text).diagnostics.map((d) => d.message).join('\n');
    for (const s of ['规章', '行政规范性文件', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开']) {
      assert.ok(messages.includes(s), `missing mention of ${s}`);
    }
  });

  it('004: blank applicant cells are cell-missing, never read as 0; 社会组织 is nonstandard', () => {
    const a = checkText(seed('004').text);
    const cm = a.diagnostics.filter((d) => d.rule === 'cell-missing');
    assert.strictEqual(cm.length, 7);
    assert.match(cm[0].message, /自然人.*商业企业.*科研机构.*社会公益组织.*法律服务机构.*其他/);
    const granted = a.model.table3!.rows.get('granted')!;
    assert.deepStrictEqual(granted.cells.map((c) => c.value.kind), ['blank', 'blank', 'blank', 'blank', 'blank', 'blank', 'number']);
    const ln = a.diagnostics.find((d) => d.rule === 'label-nonstandard')!;
    assert.match(ln.message, /“社会组织”.*“社会公益组织”/);
    assert.strictEqual(ln.fixes![0].edits[0].newText, '社会公益组织');
  });

  it('001 and 003 report the missing fee statement; 000, 002, 004 do not', () => {
    for (const [p, want] of [['000', false], ['001', true], ['002', false], ['003', true], ['004', false]] as const) {
      const has = checkText(seed(p).text).diagnostics.some((d) => d.rule === 'fee-statement-missing');
      assert.strictEqual(has, want, p);
    }
  });

  it('003: nested 一、/二、 headings are not sections, so no section-duplicate or section-order', () => {
    const a = checkText(seed('003').text);
    assert.deepStrictEqual(a.model.sections.map((s) => s.ordinal), ['一', '二', '三', '四', '五', '六']);
    assert.ok(!a.diagnostics.some((d) => d.rule === 'section-duplicate' || d.rule === 'section-order'));
    const five = a.model.sections[4];
    assert.deepStrictEqual(five.subHeadings.filter((s) => s.level === 1).map((s) => s.text), ['一、存在的问题', '二、2024年政务公开工作思路']);
  });

  it('002: the carried-over application and the stray 告 heading', () => {
    const a = checkText(seed('002').text);
    const row = a.model.table3!.rows.get('carried_over')!;
    assert.strictEqual((row.cells[0].value as any).value, 1);
    assert.strictEqual((row.cells[6].value as any).value, 1);
    assert.strictEqual(a.model.title!.fragments.length, 1);
    assert.strictEqual(a.model.year, 2022);
  });

  it('hand-written layouts (pipe tables, space-aligned PDF text) are clean', () => {
    for (const f of ['layouts/pipe.md', 'layouts/spaced.txt']) {
      assert.deepStrictEqual(summary(readFixture(f)), [], f);
    }
  });

  it('reads every table value of the space-aligned layout, wrapped labels included', () => {
    const m = checkText(readFixture('layouts/spaced.txt')).model;
    const num = (row: string, col: number) => (m.table3!.rows.get(row)!.cells[col].value as any).value;
    assert.strictEqual(num('new_received', 6), 8);
    assert.strictEqual(num('partial', 0), 1);
    assert.strictEqual(num('oth_no_fix', 6), 0);
    assert.strictEqual(m.table3!.rows.size, 25);
    assert.strictEqual((m.table2!.subs.get('art20_8')!.rows.get('administrative_fees')!.cells[0].value as any).value, 1.25);
    assert.strictEqual((m.table4!.groups.get('lit_after_review')!.cells[4].value as any).value, 1);
  });
});
