/**
 * A table 三 row left out (defect missing-row) where the text's table 三 is not read row by row — pdfminer's column
 * runs, a printout's bands in plain pdftotext: its absence is certain all the same when no character only its label has
 * stands anywhere in part 三 and the part's counts are exactly one row fewer (rules/absent-rows.ts). Renderings of the
 * committed corpus, and hand-made texts from them where either proof fails: a label put back in pieces (wrapped, one
 * character per line, spread), a typo'd label, a count one off. Those stay silent (no error). A fresh seed's rendering
 * (test/fixtures/unseen-seeds/s8803-r008-…): a page's running title is no part of the table.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { rendering } from '../helpers/renderings';
import { unseenRendering, wrongCells } from '../helpers/unseen';

const rowMissing = (text: string) => checkText(text).diagnostics.filter((d) => d.rule === 'row-missing' && /表格三/.test(d.message));
const errors = (text: string) => rowMissing(text).filter((d) => d.severity === 'error').map((d) => d.message);
const CASEFILE = ['表格三缺少“7.属于行政执法案卷”行'];

describe('row-missing of table 三 where the table is unread: said on proof only', () => {
  it('pdfminer, the table in column runs (r008): 7.属于行政执法案卷 absent, 24 × 7 counts and a page number', () => {
    assert.deepStrictEqual(errors(rendering('r008', 'pdfminer.txt')), CASEFILE);
  });

  it('pdfminer, digits spread (`1 0 2` one count, `（七）总计 6 2` a label and a count; r076): 2.其他法律行政法规禁止公开 absent', () => {
    assert.deepStrictEqual(errors(rendering('r076', 'pdfminer.txt')), ['表格三缺少“2.其他法律行政法规禁止公开”行']);
  });

  it('pdfminer of a 2019 table (23 rows, r042): 5.要求行政机关确认或重新出具已获取信息 absent', () => {
    assert.deepStrictEqual(errors(rendering('r042', 'pdfminer.txt')), ['表格三缺少“5.要求行政机关确认或重新出具已获取信息”行']);
  });

  it('a printout in plain pdftotext, in bands (r008 print-raw, r110 print-html-raw): the row absent', () => {
    assert.deepStrictEqual(errors(rendering('r008', 'print-raw.txt')), CASEFILE);
    assert.deepStrictEqual(errors(rendering('r110', 'print-html-raw.txt')), CASEFILE);
  });

  it('a fresh seed (8803 r008): pdfminer read row by row with numbers no row took, and a printout whose running title holds 国 (中华人民共和国水利部)', () => {
    for (const file of ['pdfminer', 'print-raw']) {
      const { a, got, truth } = unseenRendering('s8803-r008-2024-missing-row', file);
      const said = a.diagnostics.filter((d) => d.rule === 'row-missing' && d.severity === 'error').map((d) => d.message);
      assert.deepStrictEqual(said, ['表格三缺少“1.属于国家秘密”行'], file);
      assert.deepStrictEqual(wrongCells(got, truth.tables), [], file);
      assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'row-missing').map((d) => d.message), [], file);
    }
  });

  describe('either proof failing: no error', () => {
    const miner = rendering('r008', 'pdfminer.txt');
    const after6 = '6.属于四类过程性信息\n';
    const withLabel = (label: string) => {
      const text = miner.replace(after6, `${after6}\n${label}\n`);
      assert.notStrictEqual(text, miner);
      return text;
    };

    it('the label wrapped in pieces (its numbers still one row short)', () => {
      assert.deepStrictEqual(errors(withLabel('7.属于行政执法案\n\n卷')), []);
    });

    it('the label one character per line, or spread over its cell', () => {
      assert.deepStrictEqual(errors(withLabel('7.属\n于\n行\n政\n执\n法\n案\n卷')), []);
      assert.deepStrictEqual(errors(withLabel('7. 属 于 行 政 执 法 案 卷')), []);
    });

    it('a typo in the label (one of its own characters left: 执)', () => {
      assert.deepStrictEqual(errors(withLabel('7.属于行政执法按眷')), []);
    });

    it('the counts one off (a number more, or one fewer)', () => {
      const run = '\n0\n\n0\n\n3\n\n0\n\n1\n';
      assert.ok(miner.includes(run));
      assert.deepStrictEqual(errors(miner.replace(run, '\n0\n\n0' + run)), []);
      assert.deepStrictEqual(errors(miner.replace(run, '\n0\n\n3\n\n0\n\n1\n')), []);
    });

    it('a printout whose bands hold a count more than one row short', () => {
      const raw = rendering('r008', 'print-raw.txt');
      const row = '8.属于行政查询事 0 0 0 0 0 0 0';
      assert.ok(raw.includes(row));
      assert.deepStrictEqual(errors(raw.replace(row, `${row} 0`)), []);
    });
  });
});
