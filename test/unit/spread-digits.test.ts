/**
 * Issue 12: PDF text that keeps one space between all its words and no column positions (pdfplumber's extract_text,
 * the commonest PDF reader of Python pipelines), of a report whose value cells have widened character spacing
 * (字符间距加宽): each digit stands apart, `行政规范性文件 0 0 1 4`. Made from the pdfplumber text of a committed
 * document (test/fixtures/documents/r008-2024-missing-row.pdf).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { CORPUS, evaluateText, readTruths, Truth } from '../helpers/corpusEval';

function read(row: string) {
  const text = [
    '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 0 0 0', row,
    '第二十条第（五）项', '信息内容 本年处理决定数量', '行政许可 1 2 4',
  ].join('\n');
  const r = checkText(text);
  const t2 = extract('t', r.model, text.split('\n')).tables.table2 as Record<string, Record<string, number | null>>;
  const said = r.diagnostics.filter((d) => (d.severity === 'error' || d.severity === 'warning') && d.rule.startsWith('cell')).map((d) => `${d.rule}: ${d.message}`);
  return { docs: t2.normative_documents, licensing: t2.licensing, said };
}

describe('digits spread one space apart among counts one space apart (pdfplumber) (issue 12)', () => {
  it('the one joining that leaves a value per column is read (no number but 0 starts with 0)', () => {
    const r = read('行政规范性文件 0 0 1 4');
    assert.deepStrictEqual(r.docs, { issued: 0, repealed: 0, in_force: 14 });
    assert.deepStrictEqual(r.licensing, { decisions: 124 });
    assert.deepStrictEqual(r.said, []);
  });

  it('several joinings of a row without a total: the row is left unread, no extra value said', () => {
    for (const row of ['行政规范性文件 1 1 1 1', '行政规范性文件 1 0 6 6 3 9']) {
      const r = read(row);
      assert.deepStrictEqual(r.docs, { issued: null, repealed: null, in_force: null }, row);
      assert.deepStrictEqual(r.said, [], row);
    }
  });

  it('a decimal point and a minus sign set apart the same way join too', () => {
    const text = ['二、主动公开政府信息情况', '第二十条第（八）项', '信息内容 本年收费金额（单位：万元）', '行政事业性收费 1 6 8 . 7 6'].join('\n');
    const t2 = extract('t', checkText(text).model, text.split('\n')).tables.table2 as Record<string, Record<string, number | null>>;
    assert.deepStrictEqual(t2.administrative_fees, { amount_wan_yuan: 168.76 });
  });

  it('the only joining there is is read, and a total it breaks is the table\'s error (no extra value)', () => {
    const text = [
      '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计',
      '1.信访举报投诉类申请 0 0 0 0 0 0 1 0',
    ].join('\n');
    const r = checkText(text);
    const t3 = extract('t', r.model, text.split('\n')).tables.table3 as Record<string, Record<string, number | null>>;
    assert.strictEqual(t3.np_petition.total, 10);
    assert.ok(r.diagnostics.some((d) => d.rule === 'row-total'));
    assert.ok(!r.diagnostics.some((d) => d.rule === 'cell-invalid' && d.severity !== 'information'));
  });

  it('a decimal\'s point and fraction set apart from its whole part (政府集中采购 8 391 .30, fresh seed 2500): the row is there, never row-missing; unread, not wrong', () => {
    const text = ['二、主动公开政府信息情况', '第二十条第（八）项', '信息内容 上一年项目数量 本年增/减', '行政事业性收费 2 0',
      '第二十条第（九）项', '信息内容 采购项目数量 采购总金额', '政府集中采购 8 391 .30', '三、收到和处理政府信息公开申请情况'].join('\n');
    const r = checkText(text);
    assert.deepStrictEqual(r.diagnostics.filter((d) => d.rule === 'row-missing' && d.message.includes('政府集中采购')).map((d) => d.message), []);
    const t2 = extract('t', r.model, text.split('\n')).tables.table2 as Record<string, Record<string, number | null>>;
    for (const v of Object.values(t2.centralized_procurement ?? {})) assert.ok(v === null || v === 8 || v === 391.3, JSON.stringify(t2.centralized_procurement));
    assert.ok(t2.centralized_procurement, 'the row is read as present');
  });

  it('a row with a total takes the one joining whose total holds', () => {
    const text = [
      '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计',
      // 1 2 | 0 | 0 | 0 | 0 | 0 | 1 2: the joinings 12…12 and 1 … 212 / 1 … 2 12: only the first holds its total.
      '一、本年新收政府信息公开申请数量 1 2 0 0 0 0 0 1 2',
    ].join('\n');
    const r = checkText(text);
    const t3 = extract('t', r.model, text.split('\n')).tables.table3 as Record<string, Record<string, number | null>>;
    assert.deepStrictEqual(t3.new_received, { natural_person: 12, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other: 0, total: 12 });
  });

  it('a damaged line of hundreds of digits is answered and not read (the search is bounded)', () => {
    for (const count of [40, 300]) {
      const digits = Array.from({ length: count }, (_, i) => String(1 + (i % 9))).join(' ');
      const text = ['三、收到和处理政府信息公开申请情况', '申请人情况', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计', `一、本年新收政府信息公开申请数量 ${digits}`].join('\n');
      const r = checkText(text);
      const t3 = extract('t', r.model, text.split('\n')).tables.table3 as Record<string, Record<string, number | null>>;
      assert.ok(!t3.new_received || Object.values(t3.new_received).every((v) => v === null || v < 10), `${count}: ${JSON.stringify(t3.new_received)}`);
    }
  });

  it('page numbers alone on their lines, counting up through text without form feeds, are no cells', () => {
    // r052 and r107: `2` between a table 三 row and the next row's label, once read as that row's 自然人.
    const rows: Record<string, string> = { 'r052-2021-prose-mismatch': 'deny_law', 'r107-2019-clean': 'new_received' };
    const truths = readTruths().filter((x) => x.id in rows);
    assert.strictEqual(truths.length, 2);
    for (const t of truths) {
      const text = fs.readFileSync(path.join(CORPUS, t.id, 'pdfplumber.txt'), 'utf8');
      assert.match(text, /\n2\n/, `${t.id}: the page number stands alone`);
      const r = evaluateText(t, 'pdfplumber', text);
      assert.deepStrictEqual([...r.falseErrors, ...r.falseWarnings].map((d) => d.message), [], t.id);
      assert.deepStrictEqual(r.cellMisses.filter((m) => m.row === rows[t.id]), [], t.id);
    }
  });

  it('nine single digits one space apart after a label\'s pieces are not one number (no count has six digits)', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'pdfplumber');
    const t = JSON.parse(fs.readFileSync(path.join(dir, 's929-r033-2023-clean.truth.json'), 'utf8')) as Truth;
    const text = fs.readFileSync(path.join(dir, 's929-r033-2023-clean.txt'), 'utf8');
    assert.match(text, /（二）部分公开（区 1 4 0 1 0 0 0 1 5/);
    const r = evaluateText(t, 'pdfplumber', text);
    assert.deepStrictEqual([...r.falseErrors, ...r.falseWarnings].map((d) => d.message), []);
    assert.ok(!r.cellMisses.some((m) => typeof m.got === 'number' && m.got > 99999), JSON.stringify(r.cellMisses.slice(0, 3)));
  });

  it('a row of one-space counts one short of the columns is left unread: no position says which cell is blank', () => {
    const t = readTruths().find((x) => x.id === 'r044-2024-blank-cell')!;
    const text = fs.readFileSync(path.join(CORPUS, t.id, 'pdfplumber.txt'), 'utf8');
    assert.match(text, /7\.属于行政\n0 0 0 0 0 0\n执法案卷/);
    const r = evaluateText(t, 'pdfplumber', text);
    assert.deepStrictEqual([...r.falseErrors, ...r.falseWarnings].map((d) => d.message), []);
    assert.ok(r.cellMisses.filter((m) => m.row === 'deny_casefile').every((m) => m.got === null || m.got === undefined), JSON.stringify(r.cellMisses));
  });
});

