/**
 * result-total with results rows not read (absent, unread, a cell blank): no count is below 0, so a column whose results
 * read already add up to more than （七）总计 is wrong whatever the others hold — an error; a sum at or below the total
 * says nothing (the rows not read may make it up). Hand-made from the committed corpus's r001 (Markdown), and the
 * variant printout v002 print-html-layout (1.属于国家秘密 unread, 1.信访举报投诉类申请's total 2 too many).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import { rendering } from '../helpers/renderings';

const resultTotal = (text: string) => checkText(text).diagnostics.filter((d) => d.rule === 'result-total').map((d) => `${d.severity} ${d.message}`);
const report = rendering('r001', 'report.md');
const without7 = report.replace(/^\| 7\.属于行政执法案卷 \| 5 \| 0 \| 0 \| 0 \| 0 \| 0 \| 5 \|\n/m, '');

describe('result-total with results rows not read: said only where the rows read already exceed the total', () => {
  it('a row left out, the others adding to less than the total: nothing (the row may hold the rest)', () => {
    assert.notStrictEqual(without7, report);
    assert.deepStrictEqual(resultTotal(without7), []);
  });

  it('a row left out, the others adding to exactly the total: nothing (the row may be zeros)', () => {
    const text = without7.replace('| 3.其他 | 8 | 0 | 0 | 0 | 0 | 0 | 8 |', '| 3.其他 | 13 | 0 | 0 | 0 | 0 | 0 | 13 |');
    assert.notStrictEqual(text, without7);
    assert.deepStrictEqual(resultTotal(text), []);
  });

  it('a row left out, the others adding to more than the total: an error per column, the row not read named', () => {
    const text = without7.replace('| 3.其他 | 8 | 0 | 0 | 0 | 0 | 0 | 8 |', '| 3.其他 | 14 | 0 | 0 | 0 | 0 | 0 | 14 |');
    const said = resultTotal(text);
    assert.strictEqual(said.length, 2, JSON.stringify(said));
    assert.ok(said.every((d) => d.startsWith('error ') && d.includes('7.属于行政执法案卷')), JSON.stringify(said));
    assert.ok(said[0].includes('“自然人”列') && said[0].includes('已为 319，超过（七）总计 318'), said[0]);
    assert.ok(said[1].includes('“总计”列') && said[1].includes('已为 376，超过（七）总计 375'), said[1]);
  });

  it('a cell blank in a results row: the same bound (the blank is some count, never below 0)', () => {
    const text = report.replace('| 7.属于行政执法案卷 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |', '| 7.属于行政执法案卷 | 5 | 0 | 0 | 0 | 0 | 0 |  |')
      .replace('| 3.其他 | 8 | 0 | 0 | 0 | 0 | 0 | 8 |', '| 3.其他 | 8 | 0 | 0 | 0 | 0 | 0 | 14 |');
    const said = resultTotal(text);
    assert.deepStrictEqual(said.length, 1, JSON.stringify(said));
    assert.ok(said[0].startsWith('error ') && said[0].includes('“总计”列') && said[0].includes('已为 376'), said[0]);
  });

  it('variant printout v002 print-html-layout: 1.属于国家秘密 unread, the results read add to 28 over a total of 26', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'test', 'corpus', 'variants');
    const id = fs.readdirSync(dir).find((d) => d.startsWith('v002'))!;
    const said = resultTotal(fs.readFileSync(path.join(dir, id, 'print-html-layout.txt'), 'utf8'));
    assert.deepStrictEqual(said.length, 1, JSON.stringify(said));
    assert.ok(said[0].startsWith('error ') && said[0].includes('已为 28，超过（七）总计 26') && said[0].includes('1.属于国家秘密'), said[0]);
  });
});
