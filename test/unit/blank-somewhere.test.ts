/**
 * Issue 12: texts that keep no trace of a blank cell (lynx's dump, mammoth's Markdown: an empty cell is simply not
 * there) give a row one number short. Which column is blank, nothing says (a blank among zeros); that a cell is blank
 * is sure only where nothing else could explain the short row: no page break within the row, no undecided page
 * number or unread digit in the table, the row's label the official one, every other row of table 三 there and whole. Then the row gets a
 * cell-missing warning that names no column; anywhere else it stays information. Renderings of the committed corpus
 * (r010: 3.补正后申请内容仍不明确's 总计 blank; r112: table 四's 复议后起诉 group blank).
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { rendering, tablesOf, truthOf } from '../helpers/renderings';

const cellMissing = (text: string) => checkText(text).diagnostics.filter((d) => d.rule === 'cell-missing').map((d) => ({ severity: d.severity, message: d.message }));
const errorsAndWarnings = (text: string) => checkText(text).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.rule);
const COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '总计'];

describe('a blank cell the text keeps no place of: a warning for the row where it is sure (issue 12)', () => {
  it('lynx and mammoth\'s Markdown: a warning on the row, its count quoted, no column named, and nothing else said', () => {
    for (const file of ['lynx.txt', 'lynx-plain.txt', 'mammoth.md']) {
      const text = rendering('r010', file);
      const said = cellMissing(text);
      assert.strictEqual(said.length, 1, `${file}: ${JSON.stringify(said)}`);
      assert.strictEqual(said[0].severity, 'warning', file);
      assert.ok(said[0].message.includes('3.补正后申请内容仍不明确') && said[0].message.includes('只有 6 个数，应有 7 个'), said[0].message);
      assert.ok(!COLUMNS.some((c) => said[0].message.includes(c)), said[0].message);
      assert.deepStrictEqual(errorsAndWarnings(text), ['cell-missing'], file);
    }
  });

  it('a scraper\'s text with each leaf\'s numbering on a line of its own (bs4-lines: 3. / 补正后申请内容仍不明确): every label still official, so a warning too', () => {
    for (const id of ['r010', 'r044', 'r078']) {
      const said = cellMissing(rendering(id, 'bs4-lines.txt'));
      assert.deepStrictEqual(said.map((d) => d.severity), ['warning'], `${id}: ${JSON.stringify(said)}`);
      assert.ok(said[0].message.includes('只有 6 个数，应有 7 个') && !COLUMNS.some((c) => said[0].message.includes(c)), said[0].message);
    }
    // A digit glued into a leaf's label (补正后申请内容仍不明确0) could be a number of the short row: information.
    const glued = rendering('r010', 'bs4-lines.txt').replace('本机关不掌握相关政府信息\n0', '本机关不掌握相关政府信息0');
    assert.notStrictEqual(glued, rendering('r010', 'bs4-lines.txt'));
    const unsure = cellMissing(glued);
    assert.ok(unsure.length > 0 && unsure.every((d) => d.severity === 'information'), JSON.stringify(unsure));
  });

  it('table 四\'s row of ten numbers for fifteen cells (lynx): one warning, five blanks, no group named', () => {
    const said = cellMissing(rendering('r112', 'lynx.txt'));
    assert.deepStrictEqual(said.map((d) => d.severity), ['warning']);
    assert.ok(said[0].message.includes('只有 10 个数，应有 15 个') && said[0].message.includes('5 格为空'), said[0].message);
    assert.ok(!/复议后起诉|未经复议/.test(said[0].message), said[0].message);
  });

  it('another row short too: neither is sure (either could hold the other\'s number), both stay information', () => {
    // 1.本机关不掌握相关政府信息's seven numbers, one left out (0 0 0 0 0 0 0 → six): two rows short.
    const lines = rendering('r010', 'lynx.txt').split('\n');
    const at = lines.findIndex((l) => l.includes('1.本机关不掌握相关政府信息'));
    const next = lines.findIndex((l, i) => i > at && /^\s*0\s*$/.test(l));
    const text = [...lines.slice(0, next), ...lines.slice(next + 2)].join('\n');
    const said = cellMissing(text);
    assert.ok(said.length >= 2 && said.every((d) => d.severity === 'information'), JSON.stringify(said));
  });

  it('PDF text with a page break elsewhere in the table (a form feed, a page number, PyMuPDF\'s footer - 2 -): a warning for the row', () => {
    // r010: the break falls after （四）无法提供 (pdf-raw, mutool) or the footer stands in the table (pymupdf, pdfplumber);
    // r078: the break repeats the table's header well before the short row; r044: the page's number (2, the one its
    // page holds) stands in the table. No number went with any.
    for (const [id, file] of [['r010', 'pdf-raw.txt'], ['r010', 'mutool.txt'], ['r010', 'pymupdf.txt'], ['r010', 'pdfplumber.txt'], ['r078', 'pdf-raw.txt'], ['r078', 'mutool.txt'], ['r044', 'pdf-raw.txt'], ['r044', 'mutool.txt']]) {
      const text = rendering(id, file);
      const said = cellMissing(text);
      assert.deepStrictEqual(said.map((d) => d.severity), ['warning'], `${id} ${file}: ${JSON.stringify(said)}`);
      assert.ok(said[0].message.includes('只有 6 个数，应有 7 个') && !COLUMNS.some((c) => said[0].message.includes(c)), said[0].message);
      assert.deepStrictEqual(errorsAndWarnings(text), ['cell-missing'], `${id} ${file}`);
    }
  });

  it('PyMuPDF: the page\'s number unmarked (no form feed) right before table 三\'s header as the next page repeats it ends a page, no count: a warning for the row', () => {
    // r044: 4.保护第三方合法权益's seven numbers, then 2 (page 2's number), then （本列数据的勾稽关系为： again; the short row
    // 7.属于行政执法案卷 stands on the next page. (Before: the 2, a digit no row read, left the blank information.)
    const text = rendering('r044', 'pymupdf.txt');
    const said = cellMissing(text);
    assert.deepStrictEqual(said.map((d) => d.severity), ['warning'], JSON.stringify(said));
    assert.ok(said[0].message.includes('7.属于行政执法案卷') && said[0].message.includes('只有 6 个数，应有 7 个') && !COLUMNS.some((c) => said[0].message.includes(c)), said[0].message);
    assert.deepStrictEqual(errorsAndWarnings(text), ['cell-missing']);
    // The lone number not before the repeated header, or a 0 (no page is numbered so): it may be a count, information.
    const lines = text.split('\n');
    const at = lines.findIndex((l, i) => /^2$/.test(l) && lines[i + 1]?.startsWith('（本列数据的勾稽关系为'));
    assert.ok(at > 0);
    for (const changed of [[...lines.slice(0, at), '0', ...lines.slice(at + 1)], [...lines.slice(0, at + 1), '说明', ...lines.slice(at + 1)]]) {
      const unsure = cellMissing(changed.join('\n'));
      assert.ok(unsure.length > 0 && unsure.every((d) => d.severity === 'information'), JSON.stringify(unsure));
    }
  });

  it('a browser\'s printout in plain pdftotext, a label not found (3.其他 after the table): the stream one number short of every row, one row followed by six — a warning for that row, the others read', () => {
    // r010 print-html-raw: 3.其他's label stands after 四、结转下年度继续办理, its numbers after 2.申请人逾期…'s (14 there);
    // 补正后申请内容仍不明确 has six. (Before: three rows unread, the blank information.)
    const text = rendering('r010', 'print-html-raw.txt');
    const said = cellMissing(text);
    assert.deepStrictEqual(said.map((d) => d.severity), ['warning'], JSON.stringify(said));
    assert.ok(said[0].message.includes('补正后申请内容仍不明确') && said[0].message.includes('只有 6 个数，应有 7 个') && !COLUMNS.some((c) => said[0].message.includes(c)), said[0].message);
    assert.deepStrictEqual(errorsAndWarnings(text), ['cell-missing']);
    const want = truthOf('r010').tables.table3 as Record<string, Record<string, number | null>>;
    const got = tablesOf(text).table3;
    for (const [key, row] of Object.entries(want)) {
      if (key === 'unable_unclear') assert.ok(Object.values(got[key]).every((v) => v === null), key);
      else assert.deepStrictEqual(got[key], row, key);
    }
    // Another row one short too (1.信访举报投诉类申请 loses a 0): the stream is two short, neither row is sure.
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('1.信访举报'));
    const next = lines.findIndex((l, i) => i > at && /^0$/.test(l));
    const two = cellMissing([...lines.slice(0, next), ...lines.slice(next + 1)].join('\n'));
    assert.ok(two.every((d) => d.severity === 'information'), JSON.stringify(two));
  });

  it('a page break or footer within the short row itself, or a digit on a line no row read: information (a number may have gone there)', () => {
    const lines = rendering('r010', 'pdf-raw.txt').split('\n');
    const at = lines.findIndex((l) => l.includes('内容仍不明确'));
    const third = lines.findIndex((l, i) => i > at + 4 && /^0$/.test(l));
    for (const mark of ['\f', '- 3 -']) {
      const broken = [...lines.slice(0, third), ...(mark === '\f' ? [`\f${lines[third]}`] : [mark, lines[third]]), ...lines.slice(third + 1)].join('\n');
      const said = cellMissing(broken);
      assert.ok(said.length > 0 && said.every((d) => d.severity === 'information'), `${JSON.stringify(mark)}: ${JSON.stringify(said)}`);
    }
    // A number glued to words no row read (申请0, among the table's headers) could be the short row's: information.
    const header = lines.findIndex((l) => l.includes('申请人情况'));
    const glued = [...lines.slice(0, header + 1), '申请0', ...lines.slice(header + 1)].join('\n');
    const unsure = cellMissing(glued);
    assert.ok(unsure.length > 0 && unsure.every((d) => d.severity === 'information'), JSON.stringify(unsure));
  });

  it('table 四\'s one row of PDF text numbers, ten for fifteen cells (pdftotext, mutool, PyMuPDF, pdfplumber): one warning for the table, no group named', () => {
    for (const file of ['pdf-raw.txt', 'mutool.txt', 'pymupdf.txt', 'pdfplumber.txt']) {
      const text = rendering('r112', file);
      const said = cellMissing(text).filter((d) => d.severity !== 'information');
      assert.deepStrictEqual(said.map((d) => d.severity), ['warning'], `${file}: ${JSON.stringify(said)}`);
      assert.ok(said[0].message.includes('只有 10 个数，应有 15 个') && said[0].message.includes('5 格为空'), said[0].message);
      assert.ok(!/复议后起诉|未经复议/.test(said[0].message), said[0].message);
      assert.deepStrictEqual(errorsAndWarnings(text), ['cell-missing'], file);
    }
  });

  it('table 四 short where something else could hold the rest: a run of glued digits with a digit not 0 (pdf-parse), a line of numbers no row read in part 四 — information', () => {
    // pdf-parse: 0000000100, one run whose count of counts is not known (ten, or nine with a 10). (A run of zeros only
    // is a count per zero: pdf-parse-blanks.test.ts.)
    const glued = rendering('r112', 'pdf-parse.txt').replace(/^0000000000$/m, '0000000100');
    assert.notStrictEqual(glued, rendering('r112', 'pdf-parse.txt'));
    assert.deepStrictEqual(errorsAndWarnings(glued), []);
    // Five numbers on a line of their own before the table's header (a page break's leftovers): they could be the missing ones.
    const lines = rendering('r112', 'pdfplumber.txt').split('\n');
    const at = lines.findIndex((l) => l.startsWith('四、因政府信息公开'));
    const text = [...lines.slice(0, at + 1), '0 0 0 0 0', ...lines.slice(at + 1)].join('\n');
    assert.deepStrictEqual(errorsAndWarnings(text), []);
  });

  it('a complete row is never said blank: the clean reports\' dumps have no cell-missing at all', () => {
    for (const id of ['r001', 'r003', 'r011', 'r017']) {
      for (const file of ['lynx.txt', 'lynx-plain.txt', 'mammoth.md', 'pymupdf.txt']) assert.deepStrictEqual(cellMissing(rendering(id, file)).filter((d) => d.severity !== 'information'), [], `${id} ${file}`);
    }
  });
});
