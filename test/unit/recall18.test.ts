/**
 * Eighteenth session (recall18: variant pdf-raw, pdf-parse, print-html-raw): missed findings, from committed renderings.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import { ROOT } from '../helpers/fixtures';

const variant = (id: string, layout: string) => fs.readFileSync(path.join(ROOT, 'test', 'corpus', 'variants', id, `${layout}.txt`), 'utf8');
const said = (text: string, rule: string) => checkText(text).diagnostics.filter((d) => d.rule === rule && (d.severity === 'error' || d.severity === 'warning'));

describe('recall18: variant pdf-raw', () => {
  // Plain pdftotext gave page 1's `商业企业 科研机构 社会组织` among page 2's rows (and again in page 3's repeated header):
  // the line names the columns, 社会组织 as the writer wrote it.
  const v026 = variant('v026-2021-label-nonstandard', 'pdf-raw');

  it('a header line of whole column labels given among the rows (商业企业 科研机构 社会组织) names 社会组织 nonstandard, once', () => {
    const found = said(v026, 'label-nonstandard');
    assert.deepStrictEqual(found.map((d) => `${d.severity} ${d.range.start.line}`), ['warning 364']);
    assert.match(found[0].message, /“社会组织”不是标准名称，应为“社会公益组织”/);
  });

  it('…and the same text with the standard 社会公益组织 says nothing nonstandard', () => {
    assert.deepStrictEqual(said(v026.replace(/社会组织/g, '社会公益组织'), 'label-nonstandard'), []);
  });
});

describe('recall18: table 四 drawn as two, in plain pdftotext', () => {
  // 行政复议's names each right before its number (`结果维持` / `8` / `结果纠正` / `2` …), then 行政诉讼's header pieces side
  // by side and ten numbers whose order nothing proves: the one-cell-a-line reader took a name and a number for a row.
  const groups = (text: string) => {
    const out: Record<string, (number | null)[]> = {};
    for (const [k, g] of checkText(text).model.table4!.groups) out[k] = g.uncertain ? g.cells.map(() => null) : g.cells.map((c) => (c.value.kind === 'number' ? c.value.value! : null));
    return out;
  };

  it('行政复议, named column by column, is read; the litigation groups stay unread (v009, v028)', () => {
    assert.deepStrictEqual(groups(variant('v009-2025-clean', 'pdf-raw')), { review: [0, 0, 0, 0, 0], lit_direct: [null, null, null, null, null], lit_after_review: [null, null, null, null, null] });
    assert.deepStrictEqual(groups(variant('v028-2020-label-typo', 'pdf-raw')), { review: [8, 2, 4, 1, 15], lit_direct: [null, null, null, null, null], lit_after_review: [null, null, null, null, null] });
  });

  it('…and nothing more than information is said of the unread groups', () => {
    const text = variant('v009-2025-clean', 'pdf-raw');
    assert.deepStrictEqual(said(text, 'row-total'), []);
    assert.deepStrictEqual(said(text, 'column-missing'), []);
    assert.deepStrictEqual(said(text, 'cell-missing'), []);
  });

  it('a proven 行政复议 whose total fails is said (the same text, its 合计 0 made 3)', () => {
    const text = variant('v009-2025-clean', 'pdf-raw').replace(/^合计\n0$/m, '合计\n3');
    const found = said(text, 'row-total');
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /行政复议/);
  });

  it('a table 四 the stream proves whole is read so rather than cell by cell (v021 print-raw)', () => {
    assert.deepStrictEqual(groups(variant('v021-2025-clean', 'print-raw')), groupsOfTruth('v021-2025-clean'));
  });
});

function groupsOfTruth(id: string): Record<string, (number | null)[]> {
  const t = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'corpus', 'variants', id, 'truth.json'), 'utf8')) as { tables: { table4: Record<string, Record<string, number | null>> } };
  return Object.fromEntries(Object.entries(t.tables.table4).map(([k, g]) => [k, Object.values(g)]));
}
