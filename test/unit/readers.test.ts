/**
 * Readers: Word, web pages and PDF give the same cells and the same diagnostics as the Markdown report
 * they were made from, every location points to the right place, and bad input gets one clear message.
 * The documents were made as agencies make them (test/fixtures/readers/make.mjs: the docx package,
 * then LibreOffice) and are committed, so these tests need no LibreOffice.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { zipSync, strToU8 } from 'fflate';
import { analyze, ReportDocument } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { readDocument, readDocumentBytes, describePlace, ReadResult, isReaderError } from '../../server/src/readers';
import { unzipParts } from '../../server/src/readers/zip';
import { FIXTURES } from '../helpers/fixtures';

const DOCS = path.join(FIXTURES, 'readers');
// Taken when this file loads, before any test reads a PDF (PDF.js's core-js would replace it).
const NODE_PUSH = Array.prototype.push;
const NODE_TO_STRING = Function.prototype.toString;
const doc = (name: string) => path.join(DOCS, name);

function check(text: string) {
  const d = new ReportDocument(text);
  const a = analyze(d, { locale: 'zh-cn', incremental: false, fixes: false });
  return { extracted: extract('x', a.model, d.getLines()), diagnostics: a.diagnostics, lines: d.getLines() };
}

/** A message without the white space PDF text loses between Chinese and digits (“申请 8 件” / “申请8件”). */
const squeeze = (s: string) => s.replace(/\s+/g, '');

async function problem(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    assert.ok(isReaderError(e), `not a reader error: ${(e as Error)?.stack}`);
    return e.problem;
  }
  assert.fail('read without complaint');
}

describe('readers: documents give the cells and diagnostics of their Markdown', function () {
  this.timeout(60000);
  const sources: Record<string, string> = { official: path.join(FIXTURES, 'layouts', 'pipe.md'), faulty: doc('faulty.md') };
  for (const name of ['official', 'faulty']) {
    const md = check(fs.readFileSync(sources[name], 'utf8'));
    for (const ext of ['docx', 'html', 'pdf', 'doc']) {
      it(`${name}.${ext}: same tables, same diagnostics`, async () => {
        const read = await readDocument(doc(`${name}.${ext}`));
        const got = check(read.text);
        assert.deepStrictEqual(got.extracted.tables, md.extracted.tables);
        assert.deepStrictEqual(got.extracted.sections.map((s) => s.title), md.extracted.sections.map((s) => s.title));
        assert.strictEqual(got.extracted.title, md.extracted.title);
        assert.deepStrictEqual(got.diagnostics.map((d) => `${d.rule} ${squeeze(d.message)}`), md.diagnostics.map((d) => `${d.rule} ${squeeze(d.message)}`));
      });
    }
  }

  it('the faulty report has diagnostics of every kind the comparison needs (else the test above proves little)', () => {
    const rules = check(fs.readFileSync(sources.faulty, 'utf8')).diagnostics.map((d) => d.rule);
    for (const r of ['cell-invalid', 'cell-missing', 'row-total', 'balance', 'narrative-mismatch', 'fee-statement-missing']) assert.ok(rules.includes(r as typeof rules[number]), r);
  });
});

describe('readers: locations point to the right place', function () {
  this.timeout(60000);
  const places = async (ext: string) => {
    const read = await readDocument(doc(`faulty.${ext}`));
    const { diagnostics } = check(read.text);
    const at = (rule: string) => {
      const d = diagnostics.find((x) => x.rule === rule)!;
      return read.map.at(d.range.start.line, d.range.start.character)!;
    };
    return { read, at };
  };

  it('Word: table, row and column of each cell finding (merged cells counted as Word shows them)', async () => {
    const { at } = await places('docx');
    // Table 二 is the first table: row 4 is 行政规范性文件, column 4 现行有效件数 (“十二”).
    assert.deepStrictEqual(at('cell-invalid'), { table: 1, row: 4, column: 4 });
    // Table 三: three header rows, then 一、本年新收… (row 4); 总计 is the 10th grid column.
    assert.deepStrictEqual(at('row-total'), { table: 2, row: 4, column: 10 });
    // 7.属于行政执法案卷 is row 14; 商业企业 column 5 (three label columns, then 自然人).
    assert.deepStrictEqual(at('cell-missing'), { table: 2, row: 14, column: 5 });
  });

  it('Word: prose findings name the paragraph and quote its first words', async () => {
    const { at } = await places('docx');
    const p = at('narrative-mismatch');
    assert.strictEqual(p.paragraph, 7);
    assert.ok(p.quote!.startsWith('本年新收政府信息公开申请'), p.quote);
    assert.strictEqual(describePlace('docx', p, 'zh-cn'), '第7段 “本年新收政府信息公开申请”');
    assert.strictEqual(describePlace('docx', { table: 2, row: 14, column: 5 }, 'en'), 'table 2 row 14 column 5');
  });

  it('web page: the element line holds the cell the finding is about; table, row and column as in Word', async () => {
    const { at } = await places('html');
    const lines = fs.readFileSync(doc('faulty.html'), 'utf8').split('\n');
    const p = at('cell-invalid');
    assert.deepStrictEqual({ table: p.table, row: p.row, column: p.column }, { table: 1, row: 4, column: 4 });
    // The <td> starts on that line; its text follows within the element.
    assert.match(lines[p.line! - 1], /<td/);
    assert.match(lines.slice(p.line! - 1, p.line! + 4).join(''), /十二/);
    const prose = at('narrative-mismatch');
    assert.match(lines.slice(prose.line! - 1, prose.line! + 6).join(''), /本年新收政府信息公开申请/);
  });

  it('Word 97–2003: the first words of the paragraph or the row label (word-extractor keeps no paragraph count)', async () => {
    const { at } = await places('doc');
    assert.strictEqual(at('cell-invalid').quote, '行政规范性文件');
    assert.strictEqual(at('cell-missing').quote, '7.属于行政执法案卷');
    assert.ok(at('narrative-mismatch').quote!.startsWith('本年新收政府信息公开申请'));
    assert.strictEqual(describePlace('doc', at('cell-invalid'), 'zh-cn'), '“行政规范性文件”');
  });

  it('PDF: the page of each finding, and for cells the table, row and column as in Word', async () => {
    const { at } = await places('pdf');
    assert.deepStrictEqual(at('cell-invalid'), { page: 1, table: 1, row: 4, column: 4 });
    // Table 三 starts on page 1 and goes on over pages 2–4: one table, rows counted on across the breaks.
    assert.deepStrictEqual(at('row-total'), { page: 2, table: 2, row: 4, column: 10 });
    assert.deepStrictEqual(at('cell-missing'), { page: 2, table: 2, row: 14, column: 5 });
    assert.deepStrictEqual(at('balance'), { page: 4, table: 2, row: 27, column: 10 });
    assert.strictEqual(at('narrative-mismatch').page, 1);
    assert.strictEqual(describePlace('pdf', { page: 2, table: 2, row: 14, column: 5 }, 'zh-cn'), '第2页 表格2 第14行 第5列');
  });
});

describe('readers: a PDF whose tables are drawn without borders', function () {
  this.timeout(30000);
  it('columns from the glyph positions: tables 二 and 四 as in the Markdown, labels wrapped around their numbers put back', async () => {
    const md = check(fs.readFileSync(path.join(FIXTURES, 'layouts', 'pipe.md'), 'utf8'));
    const read = await readDocument(doc('borderless.pdf'));
    const got = check(read.text);
    assert.deepStrictEqual(got.extracted.tables.table2, md.extracted.tables.table2);
    assert.deepStrictEqual(got.extracted.tables.table4, md.extracted.tables.table4);
    // 一、本年新收… wraps around its numbers: read as one row.
    assert.deepStrictEqual(got.extracted.tables.table3.new_received, md.extracted.tables.table3.new_received);
    assert.ok(read.text.split('\n').includes('行政规范性文件\t3\t1\t12'));
  });

  it('table 三 (narrow label columns, vertical parents, header words in pieces) laid out by position: every cell and diagnostic of the Markdown', async () => {
    const md = check(fs.readFileSync(path.join(FIXTURES, 'layouts', 'pipe.md'), 'utf8'));
    const read = await readDocument(doc('borderless.pdf'));
    const got = check(read.text);
    assert.deepStrictEqual(got.extracted.tables.table3, md.extracted.tables.table3);
    const said = (r: ReturnType<typeof check>) => r.diagnostics.map((d) => `${d.severity} ${d.rule} ${squeeze(d.message)}`).sort();
    assert.deepStrictEqual(said(got), said(md));
    // The table's lines are PDF layout text: header pieces and numbers at the columns of their x positions.
    const lines = read.text.split('\n');
    const note = lines.findIndex((l) => l.includes('勾稽'));
    assert.ok(note > 0 && !lines[note].includes('\t') && /本列数据的勾稽关系 {3,}申请人情况/.test(lines[note]), lines[note]);
  });
});

describe('readers: PDF.js leaves the process as it found it', function () {
  this.timeout(30000);
  it('after a PDF is read, Array.prototype.push and Function.prototype.toString are Node\'s own, and no canvas package was loaded', async () => {
    const read = await readDocument(doc('borderless.pdf'));
    assert.ok(read.text.includes('行政规范性文件'));
    // core-js's push, in JavaScript, made every later check several times slower (bench/README.md).
    assert.strictEqual(Array.prototype.push, NODE_PUSH);
    assert.strictEqual(Function.prototype.toString, NODE_TO_STRING);
    assert.ok(!Object.keys(require.cache).some((k) => k.includes(`${path.sep}@napi-rs${path.sep}`)), 'a canvas package was loaded');
  });
});

describe('readers: web pages', () => {
  const utf8 = fs.readFileSync(doc('official.html'));

  it('a GB2312 page is read by its own meta charset, the same text as the UTF-8 page', async () => {
    const html = utf8.toString('utf8').replace('charset=utf-8', 'charset=gb2312');
    const gb = iconv.encode(html, 'gb2312');
    assert.notDeepStrictEqual(gb, Buffer.from(html));
    const a = await readDocumentBytes(utf8, '.html');
    const b = await readDocumentBytes(gb, '.htm');
    assert.strictEqual(b.text, a.text);
    assert.ok(b.text.includes('三、收到和处理政府信息公开申请情况'));
  });

  it('Word\'s “save as web page” (GB2312, conditional comments, <o:p>, list numbers as text): title, heading, prose and table', async () => {
    const page = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal {font-family:仿宋_GB2312} --></style></head><body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span>示范县2023年政府信息公开<br>工作年度报告<o:p></o:p></span></b></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>一、</span><![endif]><span>总体情况<o:p></o:p></span></p>
<p class=MsoNormal><span>本年新收政府信息公开申请&nbsp;8&nbsp;件。<br>上年结转 1 件。<o:p></o:p></span></p>
<table border=1><tr><td rowspan=2><p class=MsoNormal>行政复议<o:p></o:p></p></td><td colspan=2><p>行政诉讼</p></td></tr>
<tr><td><p>结果维持</p></td><td><p>总计</p></td></tr></table></div></body></html>`;
    const r = await readDocumentBytes(iconv.encode(page, 'gb2312'), '.htm');
    // The centred title's <br> is a wrap, read as one line; in prose a <br> stays a line break.
    assert.strictEqual(r.text, '示范县2023年政府信息公开工作年度报告\n\n一、总体情况\n\n本年新收政府信息公开申请 8 件。\n上年结转 1 件。\n\n| 行政复议 | 行政诉讼 |  |\n|---|---|---|\n|  | 结果维持 | 总计 |\n');
  });

  it('GBK without a meta charset: read as GB18030 because it is not UTF-8', async () => {
    const gb = iconv.encode('<html><body><p>一、总体情况</p><p>本年度未收取信息处理费。</p></body></html>', 'gbk');
    assert.strictEqual((await readDocumentBytes(gb, '.html')).text, '一、总体情况\n\n本年度未收取信息处理费。\n');
  });

  it('scripts are never run and their text never read; event handlers and styles neither', async () => {
    const g = globalThis as { gknbPwned?: number };
    const page = `<html><head><script>globalThis.gknbPwned = 1</script><style>p { color: red }</style></head>
      <body onload="globalThis.gknbPwned = 2"><p>一、总体情况</p><script>document.write('二、注入的标题')</script>
      <img src=x onerror="globalThis.gknbPwned = 3"><p>正文</p></body></html>`;
    const r = await readDocumentBytes(Buffer.from(page), '.html');
    // The picture is kept as a Markdown image (a table may be published as one); its handler is never run.
    assert.strictEqual(r.text, '一、总体情况\n\n![](x)\n\n正文\n');
    assert.strictEqual(g.gknbPwned, undefined);
  });

  // Content systems lay pages out with tables: the article sits in one cell of a page frame, or in a box of one cell.
  for (const [frame, open, close] of [
    ['a page-frame table (navigation, article, footer cells)', '<table width="1000"><tr><td>首页 &gt; 政务公开</td><td>【打印】</td></tr><tr><td colspan="2"><div class="TRS_Editor">', '</div></td></tr><tr><td colspan="2">主办单位：县政府办</td></tr></table>'],
    ['a one-cell box around the article', '<table border="1"><tbody><tr><td>', '</td></tr></tbody></table>'],
  ]) {
    it(`an article inside ${frame} is read as the page, its own tables as tables`, async () => {
      const page = fs.readFileSync(doc('official.html'), 'utf8');
      const at = page.search(/<body[^>]*>/);
      const bodyOpen = page.indexOf('>', at) + 1;
      const end = page.indexOf('</body>');
      const framed = page.slice(0, bodyOpen) + open + page.slice(bodyOpen, end) + close + page.slice(end);
      const plain = check((await readDocument(doc('official.html'))).text);
      const got = check((await readDocumentBytes(Buffer.from(framed, 'utf8'), '.html')).text);
      assert.ok(plain.extracted.tables.table3, 'the page has a table 三 to compare');
      assert.deepStrictEqual(got.extracted.tables, plain.extracted.tables);
      assert.strictEqual(got.extracted.title, plain.extracted.title);
      assert.deepStrictEqual(got.diagnostics.map((d) => `${d.rule} ${d.message}`), plain.diagnostics.map((d) => `${d.rule} ${d.message}`));
    });
  }

  it('colspan and rowspan are expanded into the grid; the merged text stays in the first cell', async () => {
    const page = `<table>
<tr><td rowspan="2">甲</td><td colspan="2">乙</td></tr>
<tr><td>1</td><td>2</td></tr>
<tr><td>丙</td><td>3</td><td>4</td></tr></table>`;
    const r = await readDocumentBytes(Buffer.from(page), '.html');
    assert.strictEqual(r.text, '| 甲 | 乙 |  |\n|---|---|---|\n|  | 1 | 2 |\n| 丙 | 3 | 4 |\n');
    // The covered cell under 甲 points to where 甲 is.
    assert.deepStrictEqual(r.map.at(2, 1), { table: 1, row: 1, column: 1, line: 2 });
    assert.deepStrictEqual(r.map.at(3, 8), { table: 1, row: 3, column: 2, line: 4 });
  });

  it('a hostile colspan does not make a grid of millions of cells', async () => {
    const r = await readDocumentBytes(Buffer.from('<table><tr><td colspan="99999999">甲</td></tr><tr><td>1</td></tr></table>'), '.html');
    assert.ok(r.text.length < 2000, `${r.text.length} characters`);
    // Rows of many wide cells and tall cells: the grid stays within 200 columns and the table's own rows.
    const wide = `<table>${'<tr>' + '<td colspan="64" rowspan="500">x</td>'.repeat(2000) + '</tr>'}<tr><td>1</td></tr></table>`;
    const w = await readDocumentBytes(Buffer.from(wide), '.html');
    assert.ok(w.text.split('\n').every((l) => l.split('|').length <= 202));
  });
});

describe('readers: Word', () => {
  it('tracked changes read as accepted (insertions kept, deletions dropped), comments left out, each said once', async () => {
    const r = await readDocument(doc('edge/tracked.docx'));
    assert.strictEqual(r.text, '本年新收政府信息公开申请8件。\n\n本年度未收取信息处理费。\n');
    assert.deepStrictEqual([...r.notes].sort(), ['comments', 'tracked-changes']);
  });

  it('a centred title broken onto two lines is one line; a line break in prose stays; a page break is no line', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Document, Packer, Paragraph, TextRun, AlignmentType, PageBreak } = require('docx') as typeof import('docx');
    const file = new Document({ sections: [{ children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('示范县2023年政府信息公开'), new TextRun({ text: '工作年度报告', break: 1 })] }),
      new Paragraph({ children: [new TextRun('第一行'), new TextRun({ text: '第二行', break: 1 }), new PageBreak(), new TextRun('同一行')] }),
    ] }] });
    const r = await readDocumentBytes(await Packer.toBuffer(file), '.docx');
    assert.strictEqual(r.text, '示范县2023年政府信息公开工作年度报告\n\n第一行\n第二行同一行\n');
  });

  it('automatic numbering is read as Word shows it: 一、 and （一） before the headings, counted on, lower levels restarted', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const docx = require('docx') as typeof import('docx');
    const { Document, Packer, Paragraph, LevelFormat } = docx;
    const numbered = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'sections', level } });
    const file = new Document({
      numbering: { config: [{ reference: 'sections', levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
        { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
      ] }] },
      sections: [{ children: [
        numbered('总体情况', 0), numbered('主动公开', 1), numbered('依申请公开', 1),
        numbered('主动公开政府信息情况', 0), numbered('第一项', 1), new Paragraph('正文不编号。'),
      ] }],
    });
    const r = await readDocumentBytes(await Packer.toBuffer(file), '.docx');
    assert.strictEqual(r.text, '一、总体情况\n\n（一）主动公开\n\n（二）依申请公开\n\n二、主动公开政府信息情况\n\n（一）第一项\n\n正文不编号。\n');
  });

  it('gridSpan and vMerge expanded: table 三 has 10 grid columns on every row, parent labels on their first row only', async () => {
    const r = await readDocument(doc('official.docx'));
    const lines = r.text.split('\n');
    const start = lines.findIndex((l) => l.startsWith('| （本列'));
    const rows = lines.slice(start, lines.indexOf('', start)).filter((l) => !l.startsWith('|---'));
    assert.strictEqual(rows.length, 28);
    for (const row of rows) assert.strictEqual(row.split('|').length - 2, 10, row);
    assert.strictEqual(r.text.split('\n').filter((l) => l.includes('三、本年度办理结果')).length, 1);
  });
});

describe('readers: bad input, one clear message each', function () {
  this.timeout(30000);
  const official = fs.readFileSync(doc('official.docx'));

  it('a damaged .docx (cut in half, or not a ZIP at all)', async () => {
    assert.strictEqual(await problem(readDocumentBytes(official.subarray(0, official.length / 2), '.docx')), 'not-zip');
    assert.strictEqual(await problem(readDocumentBytes(Buffer.from('这不是 Word 文档'), '.docx')), 'not-zip');
  });

  it('a ZIP that is no Word document', async () => {
    assert.strictEqual(await problem(readDocumentBytes(Buffer.from(zipSync({ 'a.txt': strToU8('x') })), '.docx')), 'not-word');
  });

  it('damaged XML inside the .docx', async () => {
    const bad = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="x"><w:body><w:p><w:t>甲</w:p>') });
    assert.strictEqual(await problem(readDocumentBytes(Buffer.from(bad), '.docx')), 'damaged-xml');
  });

  it('a password-protected .docx (an OLE file holding the encrypted package, as Word saves it)', async () => {
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from('EncryptedPackage', 'utf16le').copy(cfb, 1024);
    assert.strictEqual(await problem(readDocumentBytes(cfb, '.docx')), 'encrypted-office');
  });

  it('a zip bomb: inflating stops at the cap, whatever the headers say', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    assert.ok(bomb.length < 100 * 1024);
    assert.throws(() => unzipParts(bomb, () => true, 1024 * 1024), (e: unknown) => isReaderError(e) && e.problem === 'zip-bomb');
    // Under the cap, the same package reads.
    assert.strictEqual(unzipParts(bomb, () => true, 16 * 1024 * 1024).get('word/document.xml')!.length, 8 * 1024 * 1024);
  });

  it('a PDF whose fonts have no character map (its text is glyph numbers): one message saying so, not an encoding hint', async () => {
    assert.strictEqual(await problem(readDocument(doc('edge/unmapped.pdf'))), 'pdf-unmapped');
    // The same PDF with its maps reads as the report (so the message is about the maps, not the file).
    assert.match((await readDocument(doc('official.pdf'))).text, /政府信息公开工作年度报告/);
  });

  it('an encrypted PDF, a damaged PDF, a scan without a text layer', async () => {
    assert.strictEqual(await problem(readDocument(doc('edge/encrypted.pdf'))), 'pdf-encrypted');
    const pdf = fs.readFileSync(doc('official.pdf'));
    assert.strictEqual(await problem(readDocumentBytes(pdf.subarray(0, 600), '.pdf')), 'pdf-damaged');
    assert.strictEqual(await problem(readDocumentBytes(Buffer.from('not a pdf'), '.pdf')), 'pdf-damaged');
    assert.strictEqual(await problem(readDocument(doc('edge/scanned.pdf'))), 'pdf-no-text');
  });

  it('a damaged .doc', async () => {
    const cfb = Buffer.alloc(4096, 7);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    assert.strictEqual(await problem(readDocumentBytes(cfb, '.doc')), 'doc-damaged');
  });

  it('a PDF whose Chinese font is not embedded (predefined UniGB-UCS2-H CMap, no ToUnicode) is read, not called a scan', async () => {
    const r = await readDocument(doc('edge/predefined-cmap.pdf'));
    assert.strictEqual(r.text, '示范县2023年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度未收取信息处理费。\n');
  });

  it('.wps in a format the readers know (Word 97–2003 binary, .docx) is read; other WPS formats are named, not read', async () => {
    const doc97 = fs.readFileSync(doc('official.doc'));
    assert.strictEqual((await readDocumentBytes(doc97, '.wps')).text, (await readDocumentBytes(doc97, '.doc')).text);
    assert.strictEqual((await readDocumentBytes(official, '.wps')).text, (await readDocumentBytes(official, '.docx')).text);
    // A compound file without Word's streams, and bytes of no known kind: WPS's own format, say so.
    const other = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]);
    assert.strictEqual(await problem(readDocumentBytes(other, '.wps')), 'wps');
    assert.strictEqual(await problem(readDocumentBytes(Buffer.from('WPS proprietary'), '.wps')), 'wps');
    assert.strictEqual(await problem(readDocumentBytes(official, '.et')), 'wps');
    assert.strictEqual(await problem(readDocumentBytes(official, '.dps')), 'wps');
  });

  it('a 50 MB file is refused by its size before it is read', async () => {
    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'gknb-big-'));
    try {
      const big = path.join(dir, '大文件.pdf');
      fs.writeFileSync(big, '%PDF-1.4\n');
      fs.truncateSync(big, 50 * 1024 * 1024);
      const e = await readDocument(big).then(() => undefined, (x: unknown) => x);
      assert.ok(isReaderError(e) && e.problem === 'too-large');
      assert.strictEqual(e.text('zh-cn'), '文件过大（50.0 MB，上限 40 MB），未读取');
      assert.strictEqual(e.text('en'), 'file too large (50.0 MB, limit 40 MB), not read');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a web page with no text', async () => {
    assert.strictEqual(await problem(readDocumentBytes(Buffer.from('<html><script>x()</script></html>'), '.html')), 'html-empty');
  });
});

// Kept for type checking: a ReadResult is what every reader returns.
export type _R = ReadResult;
