/**
 * Expected findings the committed variant corpus's browser printouts missed (test/corpus/variants, seed 101): each test
 * fails before its fix, and reads no cell wrong.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { type Truth, wrongCells, serious, seriousBeyondTitle } from '../helpers/unseen';

const VARIANTS = path.join(__dirname, '..', '..', '..', 'test', 'corpus', 'variants');

function variant(id: string, layout: string) {
  const dir = fs.readdirSync(VARIANTS).find((d) => d.startsWith(id))!;
  const text = fs.readFileSync(path.join(VARIANTS, dir, `${layout}.txt`), 'utf8');
  const truth = JSON.parse(fs.readFileSync(path.join(VARIANTS, dir, 'truth.json'), 'utf8')) as Truth;
  const a = checkText(text);
  const got = extract('t', a.model, text.split('\n')).tables as unknown as Truth['tables'];
  return { a, got, truth, text };
}


describe('variant printouts: table 四 drawn as two, each header a row of its columns\' whole names (print-html-layout)', () => {
  it('v038: 行政复议结果维持 行政复议结果纠正 … 行政复议总计 / 0 0 0 0 0 opens table 四; the fifteen numbers read, 未经复议直接起诉\'s total said wrong', () => {
    const { a, got, truth } = variant('v038', 'print-html-layout');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table4, truth.tables.table4);
    const said = seriousBeyondTitle(a.diagnostics);
    assert.strictEqual(said.length, 1, JSON.stringify(said));
    assert.ok(said[0].startsWith('row-total') && said[0].includes('未经复议直接起诉'), said[0]);
  });

  it('a line of 行政复议\'s whole names among other words opens nothing of its own (a sentence naming them is prose)', () => {
    const { text } = variant('v038', 'print-html-layout');
    const changed = text.replace('行政复议结果维持 行政复议结果纠正', '行政复议结果维持 说明 行政复议结果纠正');
    assert.notStrictEqual(changed, text);
    assert.ok(!serious(checkText(changed).diagnostics).some((d) => d.startsWith('row-total')));
  });
});
