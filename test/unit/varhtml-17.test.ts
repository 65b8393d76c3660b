/**
 * Variant printouts in plain pdftotext (print-html-raw), seventeenth session (varhtml17): one class each, each test
 * failing before its fix. Fresh renderings come from `node test/corpus/generate.mjs --variants --real-prose --seed 9251
 * --count 30 --documents 0`, then `--only print`, kept in test/fixtures/unseen-seeds/v9251-<id>/.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { unseenRendering, wrongCells, type Truth } from '../helpers/unseen';
import { rawHeaderCells } from '../../server/src/engine/tables/pdfheader';

const VARIANTS = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'variants');

function committed(id: string, layout: string) {
  const text = fs.readFileSync(path.join(VARIANTS, id, `${layout}.txt`), 'utf8');
  const truth = JSON.parse(fs.readFileSync(path.join(VARIANTS, id, 'truth.json'), 'utf8')) as Truth;
  const a = checkText(text);
  return { a, got: extract(id, a.model, text.split(/\r?\n/)).tables, truth };
}

describe('print-html-raw: table 三 with a 序号 column, each row\'s number alone before its label (structure/serial-bands.ts)', () => {
  it('fresh v9251-v021: … 77 / 2 / 二、上年结转… — every cell read, none wrong', () => {
    const { a, got, truth } = unseenRendering('v9251-v021-2020-clean', 'print-html-raw');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3, truth.tables.table3);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.rule), []);
  });

  it('committed v006: firsts beside their labels too (（三）不予公开 1.属于国家 1) — table 三 read, the balance error found', () => {
    const { a, got, truth } = committed('v006-2023-balance', 'print-html-raw');
    assert.deepStrictEqual(got.table3, truth.tables.table3);
    const balance = a.diagnostics.filter((d) => d.rule === 'balance' && d.severity === 'error');
    assert.strictEqual(balance.length, 2);
  });
});

describe('plain pdftotext: table 三\'s header on every page, a column worded a known other way (tables/pdfheader.ts rawHeaderCells)', () => {
  for (const layout of ['print-html-raw', 'print-raw']) {
    it(`committed v026 ${layout}: 社会组 / 织 on each page, with other cells' pieces among the words — label-nonstandard said`, () => {
      const { a, got, truth } = committed('v026-2021-label-nonstandard', layout);
      assert.deepStrictEqual(wrongCells(got, truth.tables), []);
      assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'label-nonstandard').map((d) => d.message), ['“社会组织”不是标准名称，应为“社会公益组织”']);
    });
  }

  it('…the other side: the official header wrapped (社会公 / 益组织) on two pages is read as official', () => {
    const word = (text: string, line: number) => ({ text, line, start: 0, end: text.length });
    const page = (at: number) => [word('自然人', at), word('商业企', at + 1), word('科研机', at + 1), word('社会公', at + 1), word('法律服', at + 1), word('其他', at + 1), word('业', at + 2), word('构', at + 3), word('益组织', at + 4), word('务机构', at + 5), word('总计', at + 6)];
    const cells = rawHeaderCells([...page(10), ...page(60).slice(6)], 'table3', true).map((c) => c.text);
    assert.ok(cells.includes('社会公益组织') && !cells.includes('社会组织'), cells.join(' '));
  });
});
