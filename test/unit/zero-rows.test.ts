/**
 * tables/zero-rows.ts: table 三's rows of zeros where pdfminer's column runs settle no one reading (one applicant column
 * alone not zero and equal to 总计: which column, nothing says) — read where they are zeros in every cut of their page
 * whose 总计 column holds its sums; every row holding a number stays unread.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { TextCell } from '../../server/src/engine/model';
import { zeroRows } from '../../server/src/engine/tables/zero-rows';
import { CORPUS, evaluateText, readTruths } from '../helpers/corpusEval';

const cells = (nums: readonly number[]): TextCell[] => nums.map((x, i) => ({ text: String(x), norm: String(x), span: { line: i, start: 0, end: 1 } }));
const texts = (rows: readonly (readonly TextCell[])[] | undefined) => rows?.map((r) => r.map((c) => c.text).join(' '));

describe('tables/zero-rows: rows of zeros in every cut of a page', () => {
  it('a page whose one non-zero applicant run equals 总计 (runs out of header order): its rows of zeros read, the others unread', () => {
    // Five rows: 4 … 4, zeros, zeros, 2 … 2, zeros; the runs 0 0 0 0 0 three times, then 4 0 0 2 0 twice (自然人 and 总计
    // or any other column: nothing says which), then zeros. The 总计 column's sums hold only for 4 0 0 2 0.
    const x = [4, 0, 0, 2, 0];
    const z = [0, 0, 0, 0, 0];
    const page = cells([...z, ...z, ...z, ...x, ...x, ...z, ...z]);
    const holds = (totals: readonly number[]) => totals.join() === x.join();
    assert.deepStrictEqual(texts(zeroRows([[page]], 7, holds)), ['', '0 0 0 0 0 0 0', '0 0 0 0 0 0 0', '', '0 0 0 0 0 0 0']);
    // With no sum to hold, other cuts move the 2 and the 4 into every row: nothing is read as zeros.
    assert.deepStrictEqual(texts(zeroRows([[page]], 7, () => true)), ['', '', '', '', '']);
  });

  it('a cut whose rows keep their totals only with 总计 in one run for some rows and another for the rest is no cut (fresh seed 9500 r009)', () => {
    // Eight rows: 66 … 66 given across, then the rest in pieces no cut foresees. A block of the first three rows' first
    // cells, then runs of 8 and 7, keeps every row's total — with 总计 in one run for rows 2 and 3 and another for rows 4 to 8
    // — and read the row holding 6 as zeros. No cut holds: nothing is read.
    const page = cells([66, 0, 0, 0, 0, 0, 66, ...new Array(15).fill(0), 10, 0, 0, 0, 0, 0, 0, 7, 13, 6, 0, 1, 1, 10, 0, 7, 13, 6, 0, 1, 1, ...new Array(13).fill(0)]);
    assert.strictEqual(zeroRows([[page]], 7, () => true), undefined);
  });

  it('no row read when the 总计 column holds its sums in no cut', () => {
    const page = cells([0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 3, 5, 0, 3, 0, 0, 0, 0, 0, 0]);
    assert.strictEqual(zeroRows([[page]], 7, () => false), undefined);
  });

  it('committed r049 (pdfminer): one applicant column alone not zero on both pages, no page naming it — the rows of zeros read, none wrong', () => {
    const truth = readTruths().find((t) => t.id.startsWith('r049-'))!;
    const text = fs.readFileSync(path.join(CORPUS, truth.id, 'pdfminer.txt'), 'utf8');
    const result = evaluateText(truth, 'pdfminer', text);
    const t3 = result.cellMisses.filter((m) => m.table === 'table3');
    assert.deepStrictEqual(t3.filter((m) => m.got !== null && m.got !== undefined), []);
    // Of its 175 cells, only the rows holding a number are left unread.
    assert.ok(t3.length <= 105, `${t3.length} table 三 cells unread`);
    assert.deepStrictEqual(result.falseErrors, []);
    assert.deepStrictEqual(result.falseWarnings, []);
  });
});
