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
