/**
 * Issue 12: pdfminer.six's table 二 (server/src/engine/tables/columnwise-table2.ts). Its boxes come by column, in an
 * order the page's geometry decides, and table 二 has no sums: only what the text's order settles is read. Minimal
 * texts made like the renderings (test/corpus/reports/<id>/pdfminer.txt), and committed renderings.
 */
import * as assert from 'assert';
import { readTable2Columnwise } from '../../server/src/engine/tables/columnwise-table2';
import { FORMATS } from '../../server/src/engine/format';
import { findings, rendering, Tables, tablesOf, truthOf } from '../helpers/renderings';

const D = '本年处理决定数量';
const A = '本年收费金额（单位：万元）';
const HEAD_1 = ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '行政规范性文件'];
const LABELS = ['信息内容', '行政许可', '信息内容', '行政处罚', '行政强制', '信息内容', '行政事业性收费'];

/** The rows read from pdfminer-like lines (table 二 of the 2021 format), each as its numbers' texts. */
function read(lines: string[], pageNumberLines: number[] = []): Record<string, string[]> {
  const out = readTable2Columnwise({ lines, from: 0, to: lines.length - 1, subs: FORMATS['2021'].table2, mayBePageNumber: (i) => pageNumberLines.includes(i) });
  return Object.fromEntries([...out].map(([k, v]) => [k, v.map((c) => c.text)]));
}

describe('pdfminer: table 二 read where the text\'s order settles it (issue 12)', () => {
  it('one-column sub-tables: each header\'s box followed by its column\'s numbers, top to bottom (r001)', () => {
    const text = [...HEAD_1, '0', '0', '0', '32', '14', '110', ...LABELS, '第二十条第（五）项', D, '197', '第二十条第（六）项', D, '1332', '53', '第二十条第（八）项', A, '267.86', '- 2 -'];
    // （一）'s six numbers right after its header and then its row labels' box: column runs in header order (sixteenth
    // session; the box left of every column right before them, no header word grouped with a column).
    assert.deepStrictEqual(read(text), { rules: ['0', '0', '14'], normative_documents: ['0', '32', '110'], licensing: ['197'], penalty: ['1332'], coercion: ['53'], administrative_fees: ['267.86'] });
  });

  it('the headers matched to their sub-tables by how many numbers follow each, wherever the titles stand (r020: both after （六）\'s title)', () => {
    const text = [...LABELS, '第二十条第（一）项', '本年制发件数', '本年废止件数', '现行有效件数', '0', '2', '0', '3', '第二十条第（五）项', '0', '0', '第二十条第（六）项', D, '0', D, '39', '0', '第二十条第（八）项', A, '0.00'];
    const got = read(text);
    assert.deepStrictEqual([got.licensing, got.penalty, got.coercion, got.administrative_fees], [['0'], ['39'], ['0'], ['0.00']]);
  });

  it('counts that do not fit the sub-tables in order (two numbers after the first header, one after the second): neither read', () => {
    const got = read(['第二十条第（五）项', D, '3', '4', '第二十条第（六）项', D, '5', '第二十条第（八）项', A, '1.5']);
    assert.deepStrictEqual(got, { administrative_fees: ['1.5'] });
  });

  it('a header\'s text broken over lines is joined; a page break between a header and its numbers reads nothing', () => {
    assert.deepStrictEqual(read(['本年收费金额（单', '位：万元）', '12.5']), { administrative_fees: ['12.5'] });
    assert.deepStrictEqual(read([A, '\f12.5']), {});
  });

  it('one number too many: left out only when it may be the page\'s own number and every such leaving-out reads the same', () => {
    assert.deepStrictEqual(read([A, '0.00', '2'], [2]), { administrative_fees: ['0.00'] });
    assert.deepStrictEqual(read([A, '3', '3'], [1, 2]), { administrative_fees: ['3'] });
    // 3 or 2 could each be the page's: two readings.
    assert.deepStrictEqual(read([A, '3', '2'], [1, 2]), {});
    // A number no page carries: not read.
    assert.deepStrictEqual(read([A, '0', '7']), {});
  });

  it('digits spread by widened character spacing are one number; boxes `0 0` on one baseline are none', () => {
    assert.deepStrictEqual(read([A, '2 5 9 . 9 3 8 8']), { administrative_fees: ['259.9388'] });
    assert.deepStrictEqual(read([A, '0 0']), {});
  });

  it('a sub-table of several columns: read only when its block of numbers is all one number (any order reads it so)', () => {
    assert.deepStrictEqual(read([...HEAD_1, '0', '0', '0', '0', '0', '0']), { rules: ['0', '0', '0'], normative_documents: ['0', '0', '0'] });
    // Runs out of header order at times where the header stands right before them (r065: 现行有效件数's run first, its
    // header's box grouped with its column): six numbers that differ are not read.
    assert.deepStrictEqual(read(['信息内容', '规章', '行政规范性文件', '第二十条第（一）项', '本年制发件数', '本年废止件数', '现行有效件数', '0', '0', '0', '60', '3', '121']), {});
    // The row labels' box right before them but a header word right after: that word's box may be grouped with a column.
    assert.deepStrictEqual(read([...HEAD_1, '0', '0', '0', '32', '14', '110', '现行有效件数']), {});
    // Five numbers (one column's run elsewhere): not read, even all zeros.
    assert.deepStrictEqual(read([...HEAD_1, '0', '0', '0', '0', '0']), {});
  });

  it('a sub-table of several columns right after its row labels\' box and then its header (its words on their lines or one): column runs in header order (r003, r078)', () => {
    const head = ['信息内容', '规章', '行政规范性文件', '本年制发件数', '本年废止件数', '现行有效件数'];
    assert.deepStrictEqual(read([...head, '0', '', '173', '', '0', '', '101', '', '0', '', '46', '', '信息内容', '行政许可']), { rules: ['0', '0', '0'], normative_documents: ['173', '101', '46'] });
    // A header word right after the block, the header not whole and in order, or a page break inside: not read.
    assert.deepStrictEqual(read([...head, '0', '173', '0', '101', '0', '46', '现行有效件数']), {});
    assert.deepStrictEqual(read(['信息内容', '规章', '行政规范性文件', '本年制发件数', '现行有效件数', '本年废止件数', '0', '173', '0', '101', '0', '46', '信息内容']), {});
    assert.deepStrictEqual(read(['信息内容', '规章', '\f行政规范性文件', '本年制发件数', '本年废止件数', '现行有效件数', '0', '173', '0', '101', '0', '46', '信息内容']), {});
    // The header's three boxes on one baseline (r078), either before or after the row labels.
    // (Row labels first is read only where the numbers stand a blank line apart, as pdfminer's boxes do; a printout's
    // plain pdftotext gives the same lines with the numbers on consecutive lines row by row: not read.)
    const boxes = (xs: string[]) => xs.flatMap((x, k) => (k ? ['', x] : [x]));
    assert.deepStrictEqual(read(['信息内容', '规章', '行政规范性文件', '本年制发件数 本年废止件数 现行有效件数', ...boxes(['0', '0', '0', '6', '0', '14']), '', '信息内容']), { rules: ['0', '0', '0'], normative_documents: ['0', '6', '14'] });
    assert.deepStrictEqual(read(['信息内容', '规章', '行政规范性文件', '本年制发件数 本年废止件数 现行有效件数', '0', '0', '0', '2', '0', '3', '信息内容']), {});
    assert.deepStrictEqual(read(['信息内容', '本年制发件数 本年废止件数 现行有效件数', '规章', '行政规范性文件', '2', '0', '1', '26', '3', '0', '信息内容']), { rules: ['2', '1', '3'], normative_documents: ['0', '26', '0'] });
    // The page's number between the header and the row labels right before the block (r044): read; between the row
    // labels and a header right before the block, or a number no page carries: not read.
    const words = ['本年制发件数', '本年废止件数', '现行有效件数'];
    assert.deepStrictEqual(read(['信息内容', ...words, '- 1 -', '规章', '行政规范性文件', '0', '5', '0', '0', '0', '1', '信息内容']), { rules: ['0', '0', '0'], normative_documents: ['5', '0', '1'] });
    assert.deepStrictEqual(read(['信息内容', ...words, '1', '规章', '行政规范性文件', '0', '5', '0', '0', '0', '1', '信息内容'], [4]), { rules: ['0', '0', '0'], normative_documents: ['5', '0', '1'] });
    assert.deepStrictEqual(read(['信息内容', ...words, '1', '规章', '行政规范性文件', '0', '5', '0', '0', '0', '1', '信息内容']), {});
    assert.deepStrictEqual(read(['信息内容', '规章', '行政规范性文件', '- 1 -', ...words, '0', '5', '0', '0', '0', '1', '信息内容']), {});
    // Two blocks so placed: neither.
    const twice = ['信息内容', '规章', '行政规范性文件', '本年制发件数 本年废止件数 现行有效件数', ...boxes(['0', '0', '0', '6', '0', '14']), '', '信息内容'];
    assert.deepStrictEqual(read([...twice, ...twice]), {});
    const text = rendering('r003-', 'pdfminer.txt');
    const want = (truthOf('r003-').tables as unknown as Tables).table2;
    assert.deepStrictEqual([tablesOf(text).table2.rules, tablesOf(text).table2.normative_documents], [want.rules, want.normative_documents]);
  });

  it('a committed rendering (r001): the one-column sub-tables read exactly, （一） too (its row labels right before its block), nothing said wrong', () => {
    const text = rendering('r001-', 'pdfminer.txt');
    const want = (truthOf('r001-').tables as unknown as Tables).table2;
    const got = tablesOf(text).table2;
    for (const key of ['licensing', 'penalty', 'coercion', 'administrative_fees']) assert.deepStrictEqual(got[key], want[key], key);
    assert.deepStrictEqual(got.rules, want.rules);
    assert.deepStrictEqual(got.normative_documents, want.normative_documents);
    assert.deepStrictEqual(findings(text), []);
  });

  it('a committed rendering whose table 三 is not read as column runs (r079): its bare labels\' rows read all the same, no row said missing', () => {
    const text = rendering('r079-', 'pdfminer.txt');
    const want = (truthOf('r079-').tables as unknown as Tables).table2;
    const got = tablesOf(text).table2;
    for (const key of ['licensing', 'penalty', 'coercion', 'administrative_fees']) assert.deepStrictEqual(got[key], want[key], key);
    assert.deepStrictEqual(findings(text), []);
  });
});
