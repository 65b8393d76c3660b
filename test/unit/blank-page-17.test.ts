/**
 * A blank cell in table 三 across a page break, on the fresh report corpus of seed 9001 (`node test/corpus/generate.mjs
 * --seed 9001 --count 20 --documents 0 --real-prose`, then `--only pdf-tools`): r010's 7.属于行政执法案卷 has its
 * 法律服务机构 cell left blank (0 0 0 0 · 0 0). The page broke inside 5.属于三类内部事务信息's label, so the page's
 * number (`2`, a line of its own: PyMuPDF and pdfplumber keep no form feed) stands between that row's numbers and the
 * rest of its label (信息), no header repeated. The document's page numbers (1 … 2 … 3 … 4, the last its last text)
 * prove it a page's number, no unread count: the short row is surely one blank, and the warning names it (no column).
 * pdfplumber also gives 2.申请人逾期未按收费…'s label after its parent's cell (（六）其他处理 / 费通知要求缴纳费 …): a
 * label of no digit, its parent's and a piece of its own, into which no number went.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { provenPageNumbers } from '../../server/src/engine/tables/page-numbers';
import { pointsAt } from '../helpers/corpusEval';
import { serious, unseenRendering as rendering, wrongCells } from '../helpers/unseen';

const NAME = 's9001-r010-2024-blank-cell';

function somewhere(file: string) {
  const { a, got, truth, lines } = rendering(NAME, file);
  const expected = (truth as unknown as { expected: { where: Parameters<typeof pointsAt>[1] }[] }).expected[0];
  const warnings = a.diagnostics.filter((d) => d.rule === 'cell-missing' && d.severity === 'warning');
  return { a, got, truth, lines, expected, warnings };
}

describe('fresh report seed 9001: a blank cell in table 三 with a page number inside the table (PDF text without form feeds)', () => {
  for (const file of ['pymupdf', 'pdfplumber']) {
    it(`${file}: 7.属于行政执法案卷 one short is warned (cell-missing.somewhere), no cell read wrong, nothing else said`, () => {
      const { a, got, truth, lines, expected, warnings } = somewhere(file);
      // The page's number between 5.属于三类内部事务's numbers and the rest of its label.
      assert.match(lines.join('\n'), /0\n2\n信息\n/);
      assert.strictEqual(warnings.length, 1, warnings.map((d) => d.message).join('\n'));
      assert.match(warnings[0].message, /“7\.属于行政执法案卷”只有 6 个数，应有 7 个：有 1 格为空（表中没有别处的数字可以补上）/);
      assert.ok(pointsAt(warnings[0], expected.where, a.model));
      assert.deepStrictEqual(wrongCells(got, truth.tables), []);
      assert.deepStrictEqual(serious(a.diagnostics), [`cell-missing ${warnings[0].message}`]);
    });
  }

  it('the page numbers the sequence proves: 1, 2, 3 and 4 (the last text), in PyMuPDF\'s and pdfplumber\'s text', () => {
    assert.deepStrictEqual([...provenPageNumbers(rendering(NAME, 'pymupdf').lines)], [23, 154, 334, 359]);
    assert.deepStrictEqual([...provenPageNumbers(rendering(NAME, 'pdfplumber').lines)], [23, 65, 116, 127]);
  });

  it('no proof: a count alike between its neighbours, the last text no page number, form feeds, a number missing', () => {
    const { lines } = rendering(NAME, 'pymupdf');
    // A lone 2 in the table besides the page's: which is the page's number, nothing says.
    const twin = [...lines.slice(0, 170), '2', ...lines.slice(170)];
    assert.strictEqual(provenPageNumbers(twin).size, 0);
    assert.strictEqual(provenPageNumbers([...lines, '完']).size, 0);
    assert.strictEqual(provenPageNumbers(lines.map((l, i) => (i === 155 ? `\f${l}` : l))).size, 0);
    assert.strictEqual(provenPageNumbers(lines.map((l, i) => (i === 334 ? '' : l))).size, 0);
    // Counts a few lines apart (a table's, a web page's pagination at its end) are no pages.
    const prose = Array.from({ length: 12 }, (_, i) => `第${i + 1}段正文。`);
    assert.deepStrictEqual([...provenPageNumbers([...prose, '1', ...prose, '2', ...prose, '3'])], [12, 25, 38]);
    assert.strictEqual(provenPageNumbers([...prose, '1', '2', '3']).size, 0);
    assert.strictEqual(provenPageNumbers([...prose, '1', ...prose, '2', '0', '2', ...prose, '3']).size, 0);
  });

  it('the missing number could stand elsewhere (a lone 2 no row read in the table): information, not a warning', () => {
    const { lines } = rendering(NAME, 'pymupdf');
    // After 8.属于行政查询事项's numbers: a count no row took, which may be 7.属于行政执法案卷's seventh.
    const at = lines.indexOf('8.属于行政查询事项') + 8;
    assert.strictEqual(lines[at], '（四）无法提供');
    // (A 2 alike the page's number leaves that one unproven, so the page number may be a count too.)
    for (const count of ['2']) {
      const a = checkText([...lines.slice(0, at), count, ...lines.slice(at)].join('\n'));
      assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'cell-missing' && d.severity === 'warning').map((d) => d.message), [], count);
      assert.ok(a.diagnostics.some((d) => d.rule === 'cell-missing' && /7\.属于行政执法案卷/.test(d.message)), count);
    }
  });
});
