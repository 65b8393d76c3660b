/**
 * Fresh variant seed 9930 (`node test/corpus/generate.mjs --variants --seed 9930 --count 40 --out …`, then `--only
 * pdf-tools`), v017 pdfminer.txt: a 2019-format table 三 given by pdfminer's boxes — each row's label, its characters
 * spaced (`一 、 本 年 新 收 … 数 量 24`), with its first count, the other columns' numbers in runs after the rows — whose
 * header pieces stand above part 三's heading. The runs were looked for in the part holding the table's first line
 * (part 二's, ending above the heading): none found, every row said short (column-missing, 18 errors) and the rows whose
 * labels came apart (（一）予以公开, （七）总计) said missing. The part is the one holding the table's rows.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { seriousBeyondTitle, unseenRendering as rendering, wrongCells } from '../helpers/unseen';

const NAME = 'v9930-v017-2019-clean';

describe('fresh variant seed 9930 v017, pdfminer: table 三 by columns, its header pieces above part 三\'s heading', () => {
  it('no short row or absent row said as an error; nothing read wrong (21 false errors before)', () => {
    const { a, got, truth, lines } = rendering(NAME, 'pdfminer');
    // (The text is as described: the header's note above the heading, a row's label spaced with its first count.)
    const heading = lines.findIndex((l) => l.startsWith('三、收到和处理政府信息公开申请情况'));
    assert.ok(lines.slice(heading - 8, heading).some((l) => l.startsWith('（本列数据的勾稽关系为')));
    assert.ok(lines.includes('一 、 本 年 新 收 政 府 信 息 公 开 申 请 数 量 24'));
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    // (The short rows are said as unread, information.)
    assert.ok(a.diagnostics.some((d) => d.rule === 'column-missing' && d.severity === 'information' && d.message.includes('一 、 本年新收')));
  });

  it('…the other side: the runs taken away, the short rows are short (column-missing errors) and an absent row is missing', () => {
    const { lines } = rendering(NAME, 'pdfminer');
    const last = lines.findIndex((l) => l.startsWith('四 、 结 转 下 年 度 继 续 办 理'));
    const part4 = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
    const cut = [...lines.slice(0, last + 1), ...lines.slice(part4)];
    const errors = seriousBeyondTitle(checkText(cut.join('\n')).diagnostics);
    assert.ok(errors.filter((d) => d.startsWith('column-missing') && d.includes('一 、 本年新收')).length === 1, errors.join('\n'));
    assert.ok(errors.some((d) => d.startsWith('row-missing') && d.includes('（七）总计')), errors.join('\n'));
  });

  it('…the short rows\' runs all there but no row\'s worth left over: an absent row\'s label apart proves nothing, it stays missing', () => {
    const { lines } = rendering(NAME, 'pdfminer');
    // (18 lone zeros fewer after the rows: exactly the 120 numbers the short rows lack.)
    const last = lines.findIndex((l) => l.startsWith('四 、 结 转 下 年 度 继 续 办 理'));
    let drop = 18;
    const cut = lines.filter((l, i) => !(i > last && l === '0' && drop-- > 0));
    const d = checkText(cut.join('\n')).diagnostics;
    const errors = seriousBeyondTitle(d);
    assert.ok(!errors.some((e) => e.startsWith('column-missing')), errors.join('\n'));
    assert.ok(errors.some((e) => e.startsWith('row-missing') && e.includes('（七）总计')), errors.join('\n'));
  });
});
