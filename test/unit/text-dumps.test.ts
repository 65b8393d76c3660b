/**
 * Text browsers' dumps of report pages (w3m, lynx at 80 columns; the corpus has them for every report): a cell
 * that fills its column leaves a single space before the next, header words stack over lines, and prose is
 * wrapped hard, so a line may be just the words of a part's title. Minimal examples from their real output.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, ReportDocument } from '../../server/src/engine';
import { FIXTURES } from '../helpers/fixtures';
import { detectSectionHeading } from '../../server/src/engine/structure/headings';
import { lexLine, LineKind } from '../../server/src/engine/text/lines';

const cells = (line: string) => lexLine(line).cells?.map((c) => c.text);

describe('text browsers\' dumps', () => {
  it('a label filling its column, one space before its first value, is the label and a value', () => {
    assert.deepStrictEqual(cells('   行政规范性文件 0      32     110'), ['行政规范性文件', '0', '32', '110']);
    // A label with a space inside it stays whole; so does a cell whose words are not all labels or values.
    assert.deepStrictEqual(cells('   结果 维持   0   0'), ['结果 维持', '0', '0']);
    assert.deepStrictEqual(cells('   本机关 共计      3     4'), ['本机关 共计', '3', '4']);
  });

  it('header words of two columns joined by one space are two header cells', () => {
    assert.deepStrictEqual(cells('   信息内容       上一年项目数量 本年增/减   处理决定数量'), ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量']);
  });

  it('a header line whose labels stand one space apart is its labels, a known other wording among them (lynx)', () => {
    assert.deepStrictEqual(cells('   信息内容    本年制发件数 本年度废止件数 现行有效件数'), ['信息内容', '本年制发件数', '本年度废止件数', '现行有效件数']);
    // A word that is no label keeps the cell whole (the line stays no header).
    assert.strictEqual(lexLine('   信息内容    本年制发件数 某某件数 现行有效件数').kind, LineKind.Text);
    const text = ['示范县2022年政府信息公开工作年度报告', '', '二、主动公开政府信息情况', '', '   第二十条第（一）项',
      '   信息内容    本年制发件数 本年度废止件数 现行有效件数', '   规章      0      0       0', '   行政规范性文件 0      0       5', ''].join('\n');
    const found = analyze(new ReportDocument(text), { locale: 'zh-cn', incremental: false, fixes: false }).diagnostics;
    assert.ok(found.some((d) => d.rule === 'label-nonstandard' && d.message.includes('“本年度废止件数”') && d.message.includes('“本年废止件数”')), JSON.stringify(found.map((d) => d.message)));
  });

  it('table 四 with a blank group (w3m): its numbers go under their columns measured in display columns', () => {
    // w3m's layout of the 2019 table 四; the middle group (未经复议直接起诉) is blank.
    const table = [
      '四、政府信息公开行政复议、行政诉讼情况', '',
      '          行政复议                                      行政诉讼', '',
      '                                     未经复议直接起诉                 复议后起诉',
      '结果  结果  其他  尚未   总计',
      '维持  纠正  结果  审结         结果  结果  其他  尚未  总计  结果  结果  其他  尚未  总计',
      '                               维持  纠正  结果  审结        维持  纠正  结果  审结', '',
      `  1     2     0     0     3${' '.repeat(37)}0     1     0     0     1`, '',
    ];
    const text = ['示范县2019年政府信息公开工作年度报告', '', ...table].join('\n');
    const a = analyze(new ReportDocument(text), { locale: 'zh-cn', incremental: false, fixes: false });
    const groups = a.model.table4!.groups;
    const values = (k: string) => groups.get(k)!.cells.map((c) => (c.value.kind === 'number' ? c.value.value : c.value.kind));
    assert.deepStrictEqual([values('review'), values('lit_direct'), values('lit_after_review')],
      [[1, 2, 0, 0, 3], ['blank', 'blank', 'blank', 'blank', 'blank'], [0, 1, 0, 0, 1]]);
    const missing = a.diagnostics.filter((d) => d.rule === 'cell-missing');
    assert.deepStrictEqual(missing.map((d) => [d.severity, d.message.includes('未经复议直接起诉')]), [['warning', true]]);
    // The blank cells' places are on the line of numbers, inside it.
    const line = 2 + table.findIndex((l) => l.startsWith('  1'));
    for (const c of groups.get('lit_direct')!.cells) assert.ok(c.span.line === line && c.span.start > 26 && c.span.start < 64, JSON.stringify(c.span));
  });

  describe('blank cells a dump keeps no place for (lynx)', () => {
    // Committed renderings of a 2022 report whose table 三 row 3.补正后申请内容仍不明确 has a blank 总计, and of a
    // 2019 report whose table 四 group 复议后起诉 is blank: lynx writes nothing for a blank cell.
    const corpus = (id: string, layout: string) => fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'corpus', 'reports', id, `${layout}.txt`), 'utf8');
    const check = (text: string) => analyze(new ReportDocument(text), { locale: 'zh-cn', incremental: false, fixes: false });
    const said = (a: ReturnType<typeof check>) => a.diagnostics.filter((d) => d.rule === 'cell-missing').map((d) => `${d.severity} ${d.message}`);
    const row = '3.补正后申请内容仍不明确';
    // Every other row whole, no page break and no number elsewhere in the table: the blank is sure, its column not — a
    // warning for the row that names no column (cell-missing.somewhere; before, information only).
    const unplaced = `warning “${row}”只有 6 个数，应有 7 个：有 1 格为空（表中没有别处的数字可以补上），但文本不保留空白格的位置，看不出是哪几格；这一行未读取也未检查，请对照原表填写（没有请填 0）`;

    for (const layout of ['lynx', 'lynx-plain']) {
      it(`${layout}: a row with a number less than its columns has one blank cell, which one unknown: said, none guessed`, () => {
        const text = corpus('r010-2022-blank-cell', layout);
        const a = check(text);
        assert.deepStrictEqual(said(a), [unplaced]);
        const r = a.model.table3!.rows.get('unable_unclear')!;
        assert.ok(r.uncertain && r.cells.every((c) => c.value.kind === 'blank'));
        // The number put back, the row is read and nothing is said.
        const lines = text.split('\n');
        const at = lines.findIndex((l) => l.trim() === row || l.trim().startsWith(`${row} `));
        assert.ok(at > 0);
        if (layout === 'lynx') lines.splice(at + 2, 0, lines[at + 2], '');
        else lines[at] += ' 0';
        const whole = check(lines.join('\n'));
        assert.deepStrictEqual(said(whole), []);
        assert.deepStrictEqual(whole.model.table3!.rows.get('unable_unclear')!.cells.map((c) => (c.value.kind === 'number' ? c.value.value : c.value.kind)), [0, 0, 0, 0, 0, 0, 0]);
      });
    }

    it('lynx: table 四 with ten numbers has five blank cells, which unknown', () => {
      const a = check(corpus('r112-2019-blank-cell', 'lynx'));
      assert.deepStrictEqual(said(a), ['warning “表格四”只有 10 个数，应有 15 个：有 5 格为空（表中没有别处的数字可以补上），但文本不保留空白格的位置，看不出是哪几格；这一行未读取也未检查，请对照原表填写（没有请填 0）']);
    });

    it('the same cells at the left margin (plain pdftotext, whose page breaks move numbers): said blank only without a page break in the row', () => {
      const lines = corpus('r010-2022-blank-cell', 'lynx').split('\n').map((l) => l.trimStart());
      // No page break: the row-level warning, no column named.
      const whole = said(check(lines.join('\n')));
      assert.strictEqual(whole.length, 1);
      assert.ok(whole[0].startsWith('warning ') && whole[0].includes(row) && !/自然人|商业企业|总计/.test(whole[0]), whole[0]);
      // A page break inside the short row (a number may have gone with it): PDF text's own information, the column
      // unknown. (One elsewhere in the table carries none of its numbers away: test/unit/blank-somewhere.test.ts.)
      const short = lines.findIndex((l) => l.includes('补正后申请内容仍不明确'));
      const at = lines.findIndex((l, i) => i > short && /^0$/.test(l));
      assert.ok(at > 0);
      const paged = said(check([...lines.slice(0, at), '- 3 -', '\f', ...lines.slice(at)].join('\n')));
      assert.strictEqual(paged.length, 1);
      assert.ok(paged[0].startsWith('information ') && paged[0].includes(row), paged[0]);
    });
  });

  it('a wrapped line of prose that reads as a part\'s title and ends the sentence is no part', () => {
    assert.strictEqual(detectSectionHeading('其他需要报告的事项。'), undefined);
    // A title on its own line (with or without its number, or a colon) still is one.
    assert.strictEqual(detectSectionHeading('其他需要报告的事项')?.ordinal, '六');
    assert.strictEqual(detectSectionHeading('六、其他需要报告的事项。')?.ordinal, '六');
    const text = ['示范县2023年政府信息公开工作年度报告', '', '六、其他需要报告的事项', '', '本年度未收取信息处理费。本机关无', '其他需要报告的事项。'].join('\n');
    const found = analyze(new ReportDocument(text), { locale: 'zh-cn', incremental: false, fixes: false }).diagnostics;
    assert.ok(!found.some((d) => d.rule === 'section-duplicate'), JSON.stringify(found.map((d) => d.rule)));
  });

  it('a dump is measured in display columns (a Chinese character is two): narrow header columns stack rightly', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'dumps', 'w3m-narrow-header.txt'), 'utf8');
    const a = analyze(new ReportDocument(text), { locale: 'zh-cn', incremental: false, fixes: false });
    const t3 = a.model.table3!;
    assert.strictEqual(t3.style, 'spaced');
    assert.deepStrictEqual(t3.headers.map((h) => h.column).sort(), ['commercial', 'legal_service', 'natural_person', 'other', 'research', 'social_welfare', 'total']);
    for (const r of t3.rows.values()) assert.strictEqual(r.cells.filter((c) => c.value.kind === 'number').length, 7, r.row.label.text);
    // The report's one real defect, its header 社会组织, is what is said.
    const bad = a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepStrictEqual(bad.map((d) => `${d.rule} ${d.message}`), ['label-nonstandard “社会组织”不是标准名称，应为“社会公益组织”']);
  });

  it('header words that cannot all be assembled: the numbers every row has by position say the columns are there', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'dumps', 'w3m-narrow-header.txt'), 'utf8')
      .replace('社会组 法律服', '社会　 法律　').replace(/^(\s+业\s+构\s+)织(\s+)务机构/m, '$1  $2    ');
    const a = analyze(new ReportDocument(text), { locale: 'zh-cn', incremental: false, fixes: false });
    const t3 = a.model.table3!;
    // Two applicant columns have no header cell now (else the test proves little).
    assert.ok(!t3.headers.some((h) => h.column === 'social_welfare') && !t3.headers.some((h) => h.column === 'legal_service'));
    for (const r of t3.rows.values()) assert.strictEqual(r.cells.filter((c) => c.value.kind === 'number').length, 7, r.row.label.text);
    const bad = a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepStrictEqual(bad.map((d) => `${d.rule} ${d.message}`), []);
  });
});
