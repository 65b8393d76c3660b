/**
 * Issue 12: the text scrapers and AI pipelines get out of a report's PDF (test/corpus/lib/pdftools.mjs):
 * PyMuPDF's get_text(), pdfminer.six's extract_text, the npm pdf-parse and `mutool draw -F txt`. One test per
 * class of artefact, on a committed rendering (test/corpus/reports/<id>/<tool>.txt) or a minimal text.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import { cuts, onlyCut, onlyReading, totalHolds, groupsHold, ungluedTable3 } from '../../server/src/engine/structure/glued';
import { pageNumberLines } from '../../server/src/engine/tables/page-numbers';
import type { FoundRow } from '../../server/src/engine/model';
import { assertReadWhereSettled, assertZerosOnly, findings, rendering, Tables, tablesOf, truthOf } from '../helpers/renderings';
import { CORPUS, readTruths } from '../helpers/corpusEval';

const truths = readTruths();


describe('PDF text tools: pdf-parse glues a row\'s numbers into one run (issue 12)', () => {
  it('a run is cut only when exactly one cut gives the row\'s counts with its sums holding', () => {
    assert.deepStrictEqual(onlyCut('0000000', 7, totalHolds), ['0', '0', '0', '0', '0', '0', '0']);
    assert.deepStrictEqual(onlyCut('1000102', 7, totalHolds), ['1', '0', '0', '0', '1', '0', '2']);
    // A zero is a count of its own: 00000010 can only be six zeros and 10 — whose total (10 for 0) fails: unread.
    assert.strictEqual(onlyCut('00000010', 7, totalHolds), undefined);
    assert.deepStrictEqual(onlyCut('00000010', 7, () => true), ['0', '0', '0', '0', '0', '0', '10']);
    // Several cuts hold: 403001246 is left unread, never taken as one number or guessed.
    assert.strictEqual(onlyCut('403001246', 5, () => true), undefined);
    assert.strictEqual(onlyCut('032110', 3, () => true), undefined);
    assert.deepStrictEqual(onlyCut('0014', 3, () => true), ['0', '0', '14']);
  });

  it('a row with several cuts is decided by the table\'s sums where it is their only unknown, else left unread', () => {
    const cell = (text: string, line: number) => ({ text, norm: text, span: { line, start: 0, end: text.length } });
    const row = (key: string, v: number[], line: number): FoundRow =>
      ({ table: 'table3', key, label: cell(key, line), official: key, exactIn: [], values: [cell(v.join(''), line + 1)], firstLine: line, lastLine: line + 1, style: 'cells' });
    const granted = [5, 3, 30, 12, 5, 21, 76];
    const partial = [8, 15, 0, 0, 12, 0, 35];
    const total = [13, 18, 30, 12, 17, 21, 111];
    assert.ok(cuts(granted.join(''), 7, totalHolds, 9)!.length > 1);
    const read = (rows: FoundRow[]) => ungluedTable3(rows, 7, ['granted', 'partial']).map((r) => (r.uncertain ? null : r.values.map((v) => Number(v.text))));
    assert.deepStrictEqual(read([row('granted', granted, 0), row('partial', partial, 2), row('result_total', total, 4)]), [granted, partial, total]);
    // Without the total the sum has two unknowns: the row stays unread.
    assert.deepStrictEqual(read([row('granted', granted, 0), row('partial', partial, 2)]), [null, partial]);
  });

  it('table 四\'s fifteen numbers are cut by its five group totals', () => {
    assert.deepStrictEqual(onlyCut('20374341000100000', 15, groupsHold, 5), ['20', '3', '7', '4', '34', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0']);
    // Twenty-one digits: each group checked as it is cut (else too many cuts to try); one cut holds.
    assert.deepStrictEqual(onlyCut('255613725657431430017', 15, groupsHold, 5), ['25', '5', '6', '1', '37', '25', '6', '5', '7', '43', '14', '3', '0', '0', '17']);
    // Two cuts hold (1 2 5 14 22, 12 5 1 4 22): unread.
    assert.strictEqual(onlyCut('174262923453351251422', 15, groupsHold, 5), undefined);
  });

  it('a change (本年增/减) keeps its minus sign, an amount its decimals, each only where its column allows', () => {
    const changeColumn = (v: number[]) => v.every((x, i) => x >= 0 || i === 1);
    assert.deepStrictEqual(onlyCut('0-30', 3, changeColumn), ['0', '-3', '0']);
    assert.strictEqual(onlyCut('0-1191', 3, changeColumn), undefined);
    const amountLast = (v: number[]) => Number.isInteger(v[0]) && v[1] >= 0;
    assert.deepStrictEqual(onlyCut('0309.44', 2, amountLast), ['0', '309.44']);
    assert.strictEqual(onlyCut('1210.06', 2, amountLast), undefined);
  });

  it('a whole pdf-parse rendering: what the cuts allow is read exactly, the rest left blank, nothing false', () => {
    const text = rendering('r001-', 'pdf-parse.txt');
    const truth = truthOf('r001-').tables as unknown as Tables;
    assert.match(text, /^0014$/m);
    assert.match(text, /^20374341000100000$/m);
    const got = tablesOf(text);
    assert.deepStrictEqual(got.table2.rules, truth.table2.rules);
    // 032110 has several cuts (0 32 110, 0 321 10 …): unread.
    assert.deepStrictEqual(got.table2.normative_documents, { issued: null, repealed: null, in_force: null });
    assert.deepStrictEqual(got.table3.new_received, truth.table3.new_received);
    assert.deepStrictEqual(got.table4, truth.table4);
    assert.deepStrictEqual(findings(text), []);
  });

  it('a text whose glued runs have no leading 0 is still glued: table 二\'s 2021 is never one number (seed 79, r033)', () => {
    const text = '二、主动公开政府信息情况\n第二十条第（一）项\n信息内容本年制发件数本年废止件数现行有效件数\n规章\n2021\n行政规范性文件\n7710796\n'
      + '三、收到和处理政府信息公开申请情况\n申请人情况\n自然\n人\n法人或其他组织\n总计\n商业\n企业\n科研\n机构\n社会\n公益\n组织\n法律\n服务\n机构\n其他\n'
      + '一、本年新收政府信息公开申请数量\n53000000530\n二、上年结转政府信息公开申请数量\n530000053\n';
    const got = tablesOf(text);
    // 2021 is 2 0 21 or 20 2 1, 7710796 many ways: unread, and no row said to be short.
    assert.deepStrictEqual(got.table2.rules, { issued: null, repealed: null, in_force: null });
    assert.deepStrictEqual(got.table2.normative_documents, { issued: null, repealed: null, in_force: null });
    assert.deepStrictEqual(findings(text).filter((f) => f.startsWith('column-missing') || f.startsWith('cell-invalid')), []);
  });

  it('a parent label glued to its first row\'s label (（三）不予公开1.属于国家秘密) is that row\'s label', () => {
    const text = rendering('r020-', 'pdf-parse.txt');
    assert.match(text, /^（三）不予公开1\.属于国家秘密\n[0-9]+$/m);
    assert.deepStrictEqual(tablesOf(text).table3.deny_secret, (truthOf('r020-').tables as unknown as Tables).table3.deny_secret);
    // … or only its first piece, its closing parenthesis lines below (（四1.本机关 / 460000046 / / ）无).
    const open = rendering('r061-', 'pdf-parse.txt');
    assert.match(open, /^（四1\.本机关\n460000046$/m);
    const truth = truthOf('r061-').tables as unknown as Tables;
    const got = tablesOf(open);
    assert.deepStrictEqual([got.table3.deny_query, got.table3.unable_nohold], [truth.table3.deny_query, truth.table3.unable_nohold]);
  });

  it('table 二\'s column labels glued on one line (本年增/减处理决定数量) are its columns, not missing ones', () => {
    const text = rendering('r088-', 'pdf-parse.txt');
    assert.match(text, /^本年增\/减处理决定数量$/m);
    assert.deepStrictEqual(findings(text).filter((f) => f.startsWith('column-missing')), []);
  });

  it('table 二\'s header glued after its first cell (信息内容本年制发件数本年度废止件数…) is cut into its columns: a variant label is said nonstandard', () => {
    const text = rendering('r060-', 'pdf-parse.txt');
    assert.match(text, /^信息内容本年制发件数本年度废止件数现行有效件数$/m);
    assert.deepStrictEqual(findings(text), ['label-nonstandard: “本年度废止件数”不是标准名称，应为“本年废止件数”']);
    const sub = (t: string, key: string) => checkText(t).model.table2!.subs.get(key)!.headers.map((h) => h.column);
    assert.deepStrictEqual(sub(text, 'art20_1'), ['issued', 'repealed', 'in_force']);
    // A label with its unit (本年收费金额（单位：万元）) is one column, not the label and a stray unit.
    const clean = rendering('r001-', 'pdf-parse.txt');
    assert.match(clean, /^信息内容本年收费金额（单位：万元）$/m);
    assert.deepStrictEqual(sub(clean, 'art20_8'), ['amount_wan_yuan']);
    assert.deepStrictEqual(findings(clean), []);
  });

  it('table 三\'s header cells glued on one baseline (商业企业科研机构社会组织) are the labels they spell: a variant is said nonstandard', () => {
    // Seed 838, r026.
    const text = rendering('r007-', 'pdf-parse.txt');
    assert.match(text, /^商业企业科研机构\n社会公益\n组织$/m);
    const variant = text.replace(/^商业企业科研机构\n社会公益\n组织$/m, '商业企业科研机构社会组织');
    assert.deepStrictEqual(findings(variant), ['label-nonstandard: “社会组织”不是标准名称，应为“社会公益组织”']);
    assert.deepStrictEqual(tablesOf(variant).table3, tablesOf(text).table3);
    const standard = text.replace(/^商业企业科研机构\n社会公益\n组织$/m, '商业企业科研机构社会公益组织');
    assert.deepStrictEqual(findings(standard), []);
    assert.deepStrictEqual(tablesOf(standard).table3, tablesOf(text).table3);
  });

  it('table 四 whose header a page break cut into glued runs is read: the fifteen-digit run marks it, 总计 counted three times', () => {
    const text = rendering('r016-', 'pdf-parse.txt');
    assert.match(text, /^结果结果其他尚未总计未经复议直接起诉复议后起诉\n5\n\n维持纠正结果审结$/m);
    assert.deepStrictEqual(checkText(text).diagnostics.filter((x) => x.rule === 'table-missing'), []);
    assert.deepStrictEqual(tablesOf(text).table4, (truthOf('r016-').tables as unknown as Tables).table4);
    // (r016's own defect: 六 before 五.)
    assert.deepStrictEqual(findings(text).map((f) => f.split(':')[0]), ['section-order']);
    const other = rendering('r097-', 'pdf-parse.txt');
    assert.match(other, /^结果结果其他尚未总计未经复议直接起诉复议后起诉\n- 4 -\n\n/m);
    assert.deepStrictEqual(tablesOf(other).table4, (truthOf('r097-').tables as unknown as Tables).table4);
    assert.deepStrictEqual(findings(other), []);
    // A sentence about 行政复议、行政诉讼 is no header: the table is still missing there.
    const missing = text.replace(/四、政府信息公开行政复议、行政诉讼情况[\s\S]*?(?=六、)/, '四、政府信息公开行政复议、行政诉讼情况\n本年度未发生政府信息公开行政复议、行政诉讼。\n');
    assert.deepStrictEqual(checkText(missing).diagnostics.filter((x) => x.rule === 'table-missing').map((x) => x.severity), ['error']);
  });
});

describe('PDF text tools: pdf-parse, what the table\'s sums and pages decide (issue 12)', () => {
  const cell = (text: string, line: number) => ({ text, norm: text, span: { line, start: 0, end: text.length } });
  const row = (key: string, v: number[], line: number): FoundRow =>
    ({ table: 'table3', key, label: cell(key, line), official: key, exactIn: [], values: [cell(v.join(''), line + 1)], firstLine: line, lastLine: line + 1, style: 'cells' });
  const read = (rows: FoundRow[]) => ungluedTable3(rows, 7, ['granted', 'partial', 'deny_secret']).map((r) => (r.uncertain ? null : r.values.map((v) => Number(v.text))));

  it('several rows with several cuts each are decided together by the column sums, only where every fitting combination agrees', () => {
    const granted = [1, 10, 0, 0, 0, 0, 11];
    const partial = [22, 0, 0, 0, 0, 0, 22];
    const secret = [0, 0, 0, 0, 0, 0, 0];
    const total = [23, 10, 0, 0, 0, 0, 33];
    // 110000011 is 1 10 … 11 or 11 0 … 11, 220000022 is 2 20 … 22 or 22 0 … 22: each row alone has two cuts
    // whose own total holds, and the sum into the total has two unknowns.
    assert.strictEqual(cuts(granted.join(''), 7, totalHolds, 9)!.length, 2);
    assert.strictEqual(cuts(partial.join(''), 7, totalHolds, 9)!.length, 2);
    assert.deepStrictEqual(read([row('granted', granted, 0), row('partial', partial, 2), row('deny_secret', secret, 4), row('result_total', total, 6)]), [granted, partial, secret, total]);
    // Both runs 110000011 and the total 12 10 … 22: 1 10 + 11 0 and 11 0 + 1 10 both hold, so neither row is read.
    const same = [11, 0, 0, 0, 0, 0, 11];
    assert.deepStrictEqual(read([row('granted', granted, 0), row('partial', same, 2), row('deny_secret', secret, 4), row('result_total', [12, 10, 0, 0, 0, 0, 22], 6)]).slice(0, 2), [null, null]);
    // Without the total no sum is usable: unread.
    assert.deepStrictEqual(read([row('granted', granted, 0), row('partial', partial, 2), row('deny_secret', secret, 4)]).slice(0, 2), [null, null]);
  });

  it('a result row left out, proven absent by its neighbours\' runs one right after the other, leaves the results\' sum usable without it', () => {
    const granted = [25, 14, 0, 5, 0, 0, 44];
    const secret = [37, 15, 0, 6, 0, 0, 58];
    const total = [62, 29, 0, 11, 0, 0, 102];
    // 622901100102 has two cuts whose own total holds (… 0 11 0 0 102 and … 0 1 10 0 102): the results' sum decides.
    assert.strictEqual(cuts(total.join(''), 7, totalHolds, 64)!.length, 2);
    const rows = [row('granted', granted, 0), row('deny_secret', secret, 2), row('result_total', total, 4)];
    const results = ['granted', 'partial', 'deny_secret'];
    const cut = (together: () => boolean, r = rows) => ungluedTable3(r, 7, results, together).map((x) => (x.uncertain ? null : x.values.map((v) => Number(v.text))));
    assert.deepStrictEqual(cut(() => true), [granted, secret, total]);
    // … only where the rows around the absent one stand in one stretch of table.
    assert.deepStrictEqual(cut(() => false), [granted, secret, null]);
    // A run between them that no row took (an unknown label's numbers, here after 1.属于国家秘密's own) may be the absent row's: nothing decided.
    const between = [{ ...row('granted', granted, 0), values: [cell(granted.join(''), 1), cell('0000000', 2)] }, row('deny_secret', secret, 3), row('result_total', total, 5)];
    assert.strictEqual(cut(() => true, between)[2], null);
    // … or a line between them that no row took.
    const gap = [row('granted', granted, 0), row('deny_secret', secret, 3), row('result_total', total, 5)];
    assert.deepStrictEqual(cut(() => true, gap), [granted, secret, null]);
    // A whole rendering (r076: 2.其他法律行政法规禁止公开 left out): 一、本年新收 and （七）总计 read, row-missing said.
    const text = rendering('r076-', 'pdf-parse.txt');
    assert.strictEqual(text.match(/^622901100102$/gm)!.length, 2);
    const truth = (truthOf('r076-').tables as unknown as Tables).table3;
    const got = tablesOf(text).table3;
    assert.deepStrictEqual([got.new_received, got.result_total], [truth.new_received, truth.result_total]);
    assert.deepStrictEqual(findings(text), ['row-missing: 表格三缺少“2.其他法律行政法规禁止公开”行']);
  });

  it('a run with one reading only (none into fewer numbers, so no blank cell) is read, and a failing total is then the table\'s', () => {
    assert.deepStrictEqual(onlyReading('00000010', 7), ['0', '0', '0', '0', '0', '0', '10']);
    // 2000003 may also be 20 0 0 0 0 3 with a blank: not read on its own.
    assert.strictEqual(onlyReading('2000003', 7), undefined);
    assert.strictEqual(onlyReading('0-30', 3), undefined);
    const text = rendering('r002-', 'pdf-parse.txt');
    assert.match(text, /^00000010$/m);
    assert.deepStrictEqual(tablesOf(text).table3.partial, (truthOf('r002-').tables as unknown as Tables).table3.partial);
    assert.ok(checkText(text).diagnostics.some((d) => d.rule === 'row-total' && d.severity === 'error'));
  });

  it('a row whose every cut fails its own total is cut by the other rows\' sums in the applicant columns: row-total found', () => {
    const total = [6, 0, 0, 0, 0, 0, 6];
    const granted = [2, 0, 0, 0, 0, 0, 1];
    const partial = [1, 0, 0, 0, 0, 0, 1];
    const secret = [3, 0, 0, 0, 0, 0, 3];
    assert.deepStrictEqual(cuts(granted.join(''), 7, totalHolds, 9), []);
    assert.deepStrictEqual(read([row('granted', granted, 0), row('partial', partial, 2), row('deny_secret', secret, 4), row('result_total', total, 6)]), [granted, partial, secret, total]);
    // Applicant columns that do not add up either: nothing to go by, unread.
    assert.deepStrictEqual(read([row('granted', [3, 0, 0, 0, 0, 0, 1], 0), row('partial', partial, 2), row('deny_secret', secret, 4), row('result_total', total, 6)])[0], null);
    const text = rendering('r104-', 'pdf-parse.txt');
    assert.deepStrictEqual(tablesOf(text).table3.granted, (truthOf('r104-').tables as unknown as Tables).table3.granted);
    assert.deepStrictEqual(checkText(text).diagnostics.filter((d) => d.rule === 'row-total').map((d) => d.severity), ['error']);
  });

  it('a run one number short (a blank cell) is cut and its blank placed only where one cut and one column let every sum hold', () => {
    const zeros = [0, 0, 0, 0, 0, 0, 0];
    const total = [5, 2, 0, 0, 0, 0, 7];
    // 企业 left blank in （一）予以公开: 5 _ 0 0 0 0 7 glued as 500007.
    const granted: FoundRow = { ...row('granted', [5, 0, 0, 0, 0, 7], 0) };
    const rows = [granted, row('partial', zeros, 2), row('deny_secret', zeros, 4), row('result_total', total, 6)];
    const out = ungluedTable3(rows, 7, ['granted', 'partial', 'deny_secret']);
    assert.deepStrictEqual([out[0].uncertain, out[0].blankAt, out[0].values.map((v) => v.text)], [undefined, 1, ['5', '0', '0', '0', '0', '7']]);
    // A row of zeros with a blank: any column would do, so none is chosen and the row stays unread.
    const blankZeros = ungluedTable3([row('granted', [0, 0, 0, 0, 0, 0], 0), row('partial', zeros, 2), row('deny_secret', zeros, 4), row('result_total', zeros, 6)], 7, ['granted', 'partial', 'deny_secret']);
    assert.deepStrictEqual([blankZeros[0].uncertain, blankZeros[0].blankAt], [true, undefined]);
  });

  it('a run one number short takes part in the sums wherever its blank may stand: the other rows are cut where every reading agrees', () => {
    // Seed 727, r010: 3.危及… 200002 (a blank among six numbers) beside 1.本机关不掌握… 330000033 (33 0 … 33 or 3 30 … 33).
    const glued = (key: string, digits: string, line: number): FoundRow => ({ ...row(key, [], line), values: [cell(digits, line + 1)] });
    const rows = [glued('granted', '330000033', 0), glued('partial', '200002', 2), glued('deny_secret', '4000004', 4), glued('result_total', '390000039', 6)];
    assert.strictEqual(cuts('330000033', 7, totalHolds, 64)!.length, 2);
    // 3 30 … 33 would make the first column 3 + 2 + 4 (or 0 + 4), never 39: only 33 0 … 33 fits. The short row stays unread.
    assert.deepStrictEqual(read(rows), [[33, 0, 0, 0, 0, 0, 33], null, [4, 0, 0, 0, 0, 0, 4], [39, 0, 0, 0, 0, 0, 39]]);
    // Where no reading of the short row lets the sums hold (900009: a defect somewhere), nothing is decided.
    const none = [glued('granted', '330000033', 0), glued('partial', '900009', 2), glued('deny_secret', '4000004', 4), glued('result_total', '390000039', 6)];
    assert.deepStrictEqual(read(none).slice(0, 2), [null, null]);
  });

  it('a bare page number after a row\'s run (an empty line opens each page) is no value of it', () => {
    const text = rendering('r005-', 'pdf-parse.txt');
    assert.match(text, /^0000000\n2\n\n/m);
    const lines = text.split('\n');
    const pages = pageNumberLines(lines);
    const at = text.slice(0, text.search(/^0000000\n2\n\n/m)).split('\n').length;
    assert.strictEqual(lines[at], '2');
    assert.ok(pages.has(at));
    assert.deepStrictEqual(tablesOf(text).table3.deny_law, (truthOf('r005-').tables as unknown as Tables).table3.deny_law);
    // Paragraphs between empty lines that do not hold their own numbers are no pages.
    assert.deepStrictEqual([...pageNumberLines(['甲', '', '2', '', '乙', '', '5', ''])], []);
    // Table 二: 行政事业性收费 / 229.1780 / 2, the next page opening with text.
    const fees = rendering('r008-', 'pdf-parse.txt');
    assert.match(fees, /^229\.1780\n2\n\n三、/m);
    assert.deepStrictEqual(tablesOf(fees).table2.administrative_fees, (truthOf('r008-').tables as unknown as Tables).table2.administrative_fees);
  });

  it('a table 三 row absent between two rows each read from its own run, one right after the other, is missing (row-missing)', () => {
    const text = rendering('r008-', 'pdf-parse.txt');
    assert.match(text, /^6\.属于四类过程性信息\n0000000\n8\.属于行政查询事项\n0000000$/m);
    const missing = 'row-missing: 表格三缺少“7.属于行政执法案卷”行';
    assert.deepStrictEqual(findings(text), [missing]);
    // A run between them that no label took may be the absent row's: then nothing is said to be missing.
    const between = text.replace(/^(6\.属于四类过程性信息\n0000000\n)/m, '$10000000\n');
    assert.notStrictEqual(between, text);
    assert.ok(!findings(between).includes(missing), findings(between).join('\n'));
  });

  it('三、本年度办理结果\'s first piece glued to （一）予以公开 is the parent\'s: the row is found', () => {
    for (const id of ['r071-', 'r101-']) {
      const text = rendering(id, 'pdf-parse.txt');
      assert.match(text, /^三(、本)?（一）予以公开$/m);
      assert.deepStrictEqual(tablesOf(text).table3.granted, (truthOf(id).tables as unknown as Tables).table3.granted);
      assert.deepStrictEqual(findings(text), []);
    }
  });
});

describe('PDF text tools: pdfminer reads tables column by column (issue 12)', () => {
  it('no label\'s numbers are trusted; the column runs are read where the counts and sums settle them (tables/columnwise.ts)', () => {
    const text = rendering('r001-', 'pdfminer.txt');
    // The first labels are followed by two numbers each (303 / 57), the rest of each column comes in long runs:
    // the first rows' first cells row by row, then each column's run, every row total and column sum holding.
    assert.match(text, /申请数量\n\n303\n\n57\n/);
    const got = tablesOf(text);
    // (Thirteenth session: the rows where two columns under 法人或其他组织 differ are unread — their runs' order names neither.)
    assertReadWhereSettled(got.table3, (truthOf('r001-').tables as unknown as Tables).table3);
    assert.deepStrictEqual(findings(text), []);
  });

  it('a table whose column runs do not settle it (a page\'s columns out of order) stays unread but for its rows of zeros, nothing said missing or wrong', () => {
    // r013: on a page, three zero runs of the applicant columns come before 自然人's: no sum tells which column is which.
    // (Sixteenth session: the rows that are zeros in every cut of their pages are read, tables/zero-rows.ts.)
    const text = rendering('r013-', 'pdfminer.txt');
    assertZerosOnly(tablesOf(text).table3, (truthOf('r013-').tables as unknown as Tables).table3);
    assert.deepStrictEqual(findings(text), []);
  });

  it('a defect in prose is still found (the tables being unread says less, not nothing)', () => {
    const t = truths.find((x) => x.defects.some((d) => d.class === 'missing-section'))!;
    const text = fs.readFileSync(path.join(CORPUS, t.id, 'pdfminer.txt'), 'utf8');
    assert.ok(findings(text).some((f) => f.startsWith('section-missing')));
  });
});

describe('PDF text tools: mutool and PyMuPDF, one cell per line (issue 12)', () => {
  it('mutool: one cell\'s digits spread apart on a line of their own (1 2 4) are one number, said as information', () => {
    const text = rendering('r008-', 'mutool.txt');
    assert.match(text, /^行政许可\n1 2 4$/m);
    assert.strictEqual(tablesOf(text).table2.licensing.decisions, 124);
    const spread = checkText(text).diagnostics.filter((d) => d.rule === 'cell-invalid' && /1 2 4/.test(d.message));
    assert.deepStrictEqual(spread.map((d) => d.severity), ['information']);
  });

  it('mutool: a form feed alone on its line and a spread number right under its label do not cut the row', () => {
    const text = rendering('r054-', 'mutool.txt');
    assert.match(text, /^行政规范性文件\n1 5\n7\n1 5$/m);
    assert.deepStrictEqual(tablesOf(text).table2.normative_documents, (truthOf('r054-').tables as unknown as Tables).table2.normative_documents);
    const feed = rendering('r015-', 'mutool.txt');
    assert.match(feed, /\n\f\n行政规范性文件\n/);
    assert.deepStrictEqual(tablesOf(feed).table2.normative_documents, (truthOf('r015-').tables as unknown as Tables).table2.normative_documents);
  });

  it('mutool: two spread numbers in a row right under their label (6 6 / 5 2 / 0) are the row\'s three cells', () => {
    // Seed 67, r010: with 行政处罚 / 行政强制 below, the one-cell-per-line reader does not take these lines.
    const sub = (title: string, label: string) => `${title}\n\n信息内容\n本年处理决定数量\n\n${label}\n0\n\n`;
    const text = '二、主动公开政府信息情况\n\n第二十条第（一）项\n\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n\n规章\n0\n0\n0\n\n行政规范性文件\n6 6\n5 2\n0\n\n'
      + sub('第二十条第（五）项', '行政许可') + '第二十条第（六）项\n\n信息内容\n本年处理决定数量\n\n行政处罚\n0\n\n行政强制\n0\n';
    assert.deepStrictEqual(tablesOf(text).table2.normative_documents, { issued: 66, repealed: 52, in_force: 0 });
    assert.deepStrictEqual(findings(text).filter((f) => f.startsWith('column-missing')), []);
  });

  it('PyMuPDF and mutool: a column label written another way and wrapped in its cell (社会组 / 织, 社 / 会 / 组 / 织) is still said to be nonstandard', () => {
    const nonstandard = ['label-nonstandard: “社会组织”不是标准名称，应为“社会公益组织”'];
    for (const [file, wrapped] of [['pymupdf.txt', '社会组\n织'], ['pymupdf.txt', '社\n会\n组\n织'], ['mutool.txt', '社会组\n\n织']]) {
      const text = rendering('r001-', file);
      assert.match(text, /^社会\n公益\n组织$/m);
      assert.deepStrictEqual(findings(text), [], file);
      const variant = text.replace(/^社会\n公益\n组织$/m, wrapped);
      assert.deepStrictEqual(findings(variant), nonstandard, file);
      assert.deepStrictEqual(tablesOf(variant).table3, tablesOf(text).table3, file);
    }
  });

  it('mutool: a label wrapped over two lines with a blank line between is one row', () => {
    const text = '二、主动公开政府信息情况\n\n第二十条第（五）项\n\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n\n行政许可\n0\n0\n0\n\n其他对外管理服务\n\n事项\n\n3\n0\n2\n';
    assert.deepStrictEqual(tablesOf(text).table2.other_services, { prev_year_items: 3, change: 0, decisions: 2 });
  });

  it('mutool: pages without page numbers whose tables end with 0 and 1 do not make those cells page numbers 0 and 1', () => {
    // Seed 41, r009: page 2 ends with a 0, page 3 with table 四's last 1, page 4 is prose (no bare number).
    const head = '结果\n维持\n\n结果\n纠正\n\n其他\n结果\n\n尚未\n审结\n总计\n';
    const t4 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1];
    const text = '某县2023年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度工作稳步推进。\n\f\n二、主动公开政府信息情况\n\n第二十条第（五）项\n\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n\n行政许可\n0\n0\n0\n\n\f\n'
      + `四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\n行政诉讼\n\n${head}\n未经复议直接起诉\n复议后起诉\n\n${head}${head}\n${t4.join('\n')}\n\n\f\n`
      + '五、存在的主要问题及改进情况\n\n一是培训不足。改进：加强培训。\n\n\f\n';
    assert.deepStrictEqual(pageNumberLines(text.split('\n')), new Set());
    const got = tablesOf(text);
    assert.deepStrictEqual(got.table2.licensing, { prev_year_items: 0, change: 0, decisions: 0 });
    assert.deepStrictEqual(Object.values(got.table4).flatMap((g) => Object.values(g)), t4);
    // Real page numbers 1, 2, 3 … at each page's end are still found.
    const numbered = text.split('\f').map((page, k, all) => (k < all.length - 1 ? `${page}${k + 1}\n` : page)).join('\f');
    assert.strictEqual(pageNumberLines(numbered.split('\n')).size, 4);
  });

  it('PyMuPDF: a count past a table 三 row\'s cells right before the header a new page repeats is that page\'s number', () => {
    const text = rendering('r005-', 'pymupdf.txt');
    assert.match(text, /^5\.要求行政\n机关确认或\n重新出具已\n(?:0\n){7}3\n（本列数据的勾稽关系为：/m);
    assert.ok(!text.includes('\f'));
    assert.deepStrictEqual(tablesOf(text).table3.np_confirm, (truthOf('r005-').tables as unknown as Tables).table3.np_confirm);
    assert.deepStrictEqual(findings(text), []);
    // The note wrapped before its 勾稽 (seed 727, r010: （本列数据的 / 勾稽关系为：…) starts the header all the same, and
    // the page's number is no cell even where a blank cell above leaves the count of numbers right (else: 0 … 0 3, row-total).
    const wrapped = text.replace(/^(5\.要求行政\n机关确认或\n重新出具已\n(?:0\n){7}3\n)（本列数据的勾稽关系为：/m, '$1（本列数据的\n勾稽关系为：')
      .replace(/^申请\n(?:0\n){7}5\.要求行政$/m, '申请\n0\n0\n0\n0\n0\n0\n5.要求行政');
    assert.strictEqual(wrapped.split('\n').length, text.split('\n').length);
    assert.deepStrictEqual(tablesOf(wrapped).table3.np_confirm, (truthOf('r005-').tables as unknown as Tables).table3.np_confirm);
    // No row-total or result-total; the blank cell said for the row, its column unknown — a warning since the page's
    // number before the repeated header is a page end, no count the row could have lost (recall16; information before).
    const said = findings(wrapped);
    assert.strictEqual(said.length, 1, said.join('\n'));
    assert.ok(said[0].startsWith('cell-missing: “4.无正当理由大量反复申请”只有 6 个数，应有 7 个'), said[0]);
  });

  it('PyMuPDF: a page number among table 四\'s header pieces is no data row when the fifteen numbers follow', () => {
    // A page break inside table 四's header (seed 41, r012): the page's number, then the header's pieces, then the row.
    const leaves = '结\n果\n维\n持\n结\n果\n纠\n正\n其\n他\n结\n果\n尚\n未\n审\n结\n总\n计\n';
    const values = [2, 1, 1, 0, 4, 5, 2, 1, 4, 12, 0, 0, 0, 2, 2];
    const text = (page: string) => `四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n${page}${leaves}未经复议直接起诉\n复议后起诉\n${leaves}${leaves}${values.join('\n')}\n五、存在的主要问题及改进情况\n无。\n`;
    const want = { review: { upheld: 2, corrected: 1, other: 1, pending: 0, total: 4 }, lit_direct: { upheld: 5, corrected: 2, other: 1, pending: 4, total: 12 }, lit_after_review: { upheld: 0, corrected: 0, other: 0, pending: 2, total: 2 } };
    for (const page of ['', '5\n']) {
      assert.deepStrictEqual(tablesOf(text(page)).table4, want, JSON.stringify(page));
      assert.deepStrictEqual(findings(text(page)).filter((f) => f.startsWith('column-missing') || f.startsWith('row-total')), []);
    }
    // A lone count with no row after it is still what the table holds: one value of fifteen.
    const alone = text('5\n').replace(values.join('\n') + '\n', '');
    assert.ok(findings(alone).some((f) => f.startsWith('column-missing') && f.includes('1 个数值')), findings(alone).join('\n'));
  });

  it('PyMuPDF/pdftotext: one count too many among table 四\'s numbers is dropped only when every way to drop it gives the same sums-holding row', () => {
    // Committed r016: the page's number 5 before fifteen zeros.
    const text = rendering('r016-', 'pymupdf.txt');
    assert.match(text, /^复议后起诉\n5\n维持$/m);
    assert.deepStrictEqual(tablesOf(text).table4, (truthOf('r016-').tables as unknown as Tables).table4);
    // Seed 41, r033 (plain pdftotext): the page number 3 beside a cell 3; either 3 may go, the row is the same.
    const leaves = '结\n果\n维\n持\n结\n果\n纠\n正\n其\n他\n结\n果\n尚\n未\n审\n结\n总\n计\n';
    const t4 = (values: number[]) => `四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n${leaves}未经复议直接起诉\n复议后起诉\n${leaves}${leaves}${values.join('\n')}\n五、存在的主要问题及改进情况\n无。\n`;
    const read = (values: number[]) => Object.values(tablesOf(t4(values)).table4).flatMap((g) => Object.values(g));
    assert.deepStrictEqual(read([7, 3, 2, 2, 14, 9, 1, 3, 3, 2, 15, 4, 0, 0, 1, 5]), [7, 3, 2, 2, 14, 9, 1, 3, 2, 15, 4, 0, 0, 1, 5]);
    // Dropping the 1, the 0 or the second 1 of 1 0 1 0 1 each leaves a row whose sums hold: unread, nothing false.
    const ambiguous = [2, 1, 2, 0, 5, 1, 0, 1, 0, 1, 2, 1, 0, 0, 1, 2];
    assert.ok(read(ambiguous).every((v) => v === null));
    assert.deepStrictEqual(findings(t4(ambiguous)).filter((f) => !f.startsWith('section')), []);
  });

  it('PyMuPDF: a page number between a table 三 row\'s numbers and the rest of its label is dropped where only it lets the total hold', () => {
    const text = rendering('r023-', 'pymupdf.txt');
    assert.match(text, /^2\.其他法律行政法规禁\n(?:0\n){7}2\n止公开$/m);
    const truth = (truthOf('r023-').tables as unknown as Tables).table3;
    assert.deepStrictEqual(tablesOf(text).table3.deny_law, truth.deny_law);
    assert.deepStrictEqual(findings(text), []);
    // Hand-made: 8 0 0 0 0 0 8 then the page's 3 (6.属于四 / 类过程 / … / 3 / 性信息).
    const row = (values: number[]) => tablesOf(text.replace(/^(2\.其他法律行政法规禁\n)(?:0\n){7}2\n/m, `$1${values.join('\n')}\n`)).table3.deny_law;
    assert.deepStrictEqual(Object.values(row([8, 0, 0, 0, 0, 0, 8, 3])), [8, 0, 0, 0, 0, 0, 8]);
    // A zero is never the page number: 0 0 0 0 0 0 1 1 would hold only with a 0 dropped (a total off by one and page 1): unread.
    assert.ok(Object.values(row([0, 0, 0, 0, 0, 0, 1, 1])).every((v) => v === null));
    // Two different rows hold (drop the first 1: 0 1 0 0 0 0 1; drop the second: 1 0 0 0 0 0 1): unread.
    assert.ok(Object.values(row([1, 0, 1, 0, 0, 0, 0, 1])).every((v) => v === null));
  });

  it('PyMuPDF: a count after a table 二 row\'s cells is the unmarked page number only when no other value could be one', () => {
    const text = rendering('r008-', 'pymupdf.txt');
    assert.match(text, /^行政事业性收费\n2 2 9 \. 1 7 8 0\n2\n三、/m);
    assert.deepStrictEqual(tablesOf(text).table2.administrative_fees, { amount_wan_yuan: 229.178 });
    // r008's one defect, and nothing else.
    assert.deepStrictEqual(findings(text), ['row-missing: 表格三缺少“7.属于行政执法案卷”行']);
    // r025: 0.00 then page 2 (a page is never numbered 0, nor with decimals).
    const zero = rendering('r025-', 'pymupdf.txt');
    assert.match(zero, /^行政事业性收费\n0\.00\n2\n三、/m);
    assert.deepStrictEqual(tablesOf(zero).table2.administrative_fees, { amount_wan_yuan: 0 });
    // 5 then 2: either may be the page's number; the row stays unread, nothing said about its value.
    const either = zero.replace(/^(行政事业性收费\n)0\.00\n/m, '$15\n');
    assert.deepStrictEqual(tablesOf(either).table2.administrative_fees, { amount_wan_yuan: null });
    assert.deepStrictEqual(findings(either), []);
    // A row whose cells share a line (a browser's copy) with a number too many is still said to have one.
    const web = rendering('r008-', 'web-plain.txt').replace(/^(行政事业性收费\t[0-9.]+)$/m, '$1\t2');
    assert.ok(findings(web).some((f) => f.startsWith('cell-invalid') && f.includes('行政事业性收费')), findings(web).join('\n'));
  });

  it('PyMuPDF: a row label\'s start after its parent\'s piece (（三 1.属于), the rest past its numbers, is that row, not a value of the row above', () => {
    // Seed 727, r024: a page break cut 1.属于国家秘密 after 1.属于; the parent's and the label's other pieces follow its numbers.
    const text = rendering('r001-', 'pymupdf.txt');
    const cut = text.replace('（三）\n不予公\n开\n1.属于国家\n秘密\n0\n1\n0\n0\n0\n0\n1\n', '（三 1.属于\n0\n1\n0\n0\n0\n0\n1\n）不\n予公\n开\n国家秘\n密\n');
    assert.notStrictEqual(cut, text);
    const truth = (truthOf('r001-').tables as unknown as Tables).table3;
    const got = tablesOf(cut).table3;
    assert.deepStrictEqual([got.partial, got.deny_secret], [truth.partial, truth.deny_secret]);
    assert.deepStrictEqual(findings(cut), findings(text));
  });

  it('PyMuPDF: a count past a table 三 row\'s cells is the page\'s number when the first seven give every sum of the table', () => {
    const text = rendering('r027-', 'pymupdf.txt');
    // 1.属于国家 / 秘密's seven zeros, then page 2's number, then the parent label's pieces (理 / 结 / 果).
    assert.match(text, /^1\.属于国家\n(0\n){7}2\n理\n/m);
    const truth = truthOf('r027-').tables as unknown as Tables;
    const got = tablesOf(text);
    assert.deepStrictEqual([got.table3.deny_secret, got.table3.np_confirm], [truth.table3.deny_secret, truth.table3.np_confirm]);
    assert.deepStrictEqual(findings(text), []);
    // With the total's column off by one, the first seven no longer give the sums: the row stays unread.
    const off = text.replace(/^(1\.属于国家\n(?:0\n){6})0\n2\n/m, '$1' + '1\n2\n');
    assert.notStrictEqual(off, text);
    assert.deepStrictEqual(tablesOf(off).table3.deny_secret, { natural_person: null, commercial: null, research: null, social_welfare: null, legal_service: null, other: null, total: null });
    // A label after a parent's piece on its line ((三)不予 1.属于国家秘密) is the same shape.
    const after = rendering('r052-', 'pymupdf.txt');
    assert.match(after, /^（三）不予 1\.属于国家秘密\n(0\n){7}2\n公开\n/m);
    assert.deepStrictEqual(tablesOf(after).table3.deny_secret, (truthOf('r052-').tables as unknown as Tables).table3.deny_secret);
  });
});
