/**
 * Tables published as pictures: a web page or Word file whose table is an image has no table text. A picture
 * line where the table should be turns table-missing into an information (the table is there, unreadable),
 * and picture lines are never read as prose.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, ReportDocument } from '../../server/src/engine';
import { readDocument, readDocumentBytes } from '../../server/src/readers';
import { FIXTURES } from '../helpers/fixtures';

const SEED = fs.readFileSync(path.join(FIXTURES, 'seeds', '004_6d0a1a9addcd5e29.txt'), 'utf8').split('\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

function diagnostics(text: string) {
  return analyze(new ReportDocument(text), { locale: 'zh-cn', incremental: false, fixes: false }).diagnostics;
}

/** Seed 004 with its table 三 (the lines after the section heading up to section 四) replaced by `lines`. */
function withoutTable3(lines: string[]): string {
  const start = SEED.findIndex((l) => l.startsWith('## 三、'));
  const end = SEED.findIndex((l) => l.startsWith('## 四、'));
  return [...SEED.slice(0, start + 1), '', ...lines, '', ...SEED.slice(end)].join('\n');
}

const tableMissing = (text: string) => diagnostics(text).filter((d) => d.rule === 'table-missing');

describe('tables published as pictures', () => {
  it('the seed with its table 三 has no table-missing (else the tests below prove little)', () => {
    assert.deepStrictEqual(tableMissing(SEED.join('\n')), []);
  });

  it('no table and no picture: table-missing is an error', () => {
    const found = tableMissing(withoutTable3(['本年度共收到申请若干件，详见下表。']));
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'error');
  });

  for (const picture of ['![表三](/uploads/2023/05/table3.png)', '<img src="/uploads/table3.jpg" alt="表三">', '[图片]', '【图片】', '[image]', '[![](a.png)](a.png)']) {
    it(`a picture where the table should be (${picture}): table-missing informs, pointing at the picture`, () => {
      const text = withoutTable3([picture]);
      const found = tableMissing(text);
      assert.strictEqual(found.length, 1);
      assert.strictEqual(found[0].severity, 'information');
      assert.match(found[0].message, /图片/);
      assert.strictEqual(text.split('\n')[found[0].range.start.line], picture);
      assert.strictEqual(diagnostics(text).filter((d) => d.severity === 'error').length, 0);
    });
  }

  it('a picture line in prose is no prose: its address\'s digits state nothing (same findings as without it)', () => {
    const at = SEED.findIndex((l) => l.startsWith('## 一、')) + 2;
    const plain = diagnostics(SEED.join('\n')).map((d) => `${d.rule} ${d.message}`);
    const insert = (line: string) => diagnostics([...SEED.slice(0, at), line, '', ...SEED.slice(at)].join('\n')).map((d) => `${d.rule} ${d.message}`);
    assert.deepStrictEqual(insert('![全年共收到政府信息公开申请120件。](/uploads/2019/12/1.png)'), plain);
    // The same words as prose are a claim the table contradicts (so the picture's were really left unread).
    assert.ok(insert('全年共收到政府信息公开申请120件。').some((d) => d.startsWith('narrative-mismatch')));
  });

  it('Word: a picture pasted in place of the table becomes a picture line the engine knows', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Document, Packer, Paragraph, TextRun, ImageRun } = require('docx') as typeof import('docx');
    const file = new Document({ sections: [{ children: [
      new Paragraph('三、收到和处理政府信息公开申请情况'),
      new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 400, height: 300 } })] }),
      new Paragraph({ children: [new TextRun('如上表所示。')] }),
    ] }] });
    const r = await readDocumentBytes(await Packer.toBuffer(file), '.docx');
    assert.strictEqual(r.text, '三、收到和处理政府信息公开申请情况\n\n![图片]()\n\n如上表所示。\n');
    const found = tableMissing(withoutTable3(r.text.split('\n').slice(2)));
    assert.deepStrictEqual(found.map((d) => d.severity), ['information']);
  });

  it('web page: <img> outside tables becomes a Markdown image (embedded data dropped), inside a cell nothing', async () => {
    const html = '<html><body><h2>三、收到和处理政府信息公开申请情况</h2><p><img src="/u/t 3(1).png" alt="表[三]"></p>'
      + '<p><img src="data:image/png;base64,AAAA"></p><table><tr><td><img src="x.png">1</td><td>2</td></tr></table></body></html>';
    const r = await readDocumentBytes(new TextEncoder().encode(html), '.html');
    assert.strictEqual(r.text, '## 三、收到和处理政府信息公开申请情况\n\n![表 三](/u/t3%281%29.png)\n\n![]()\n\n| 1 | 2 |\n|---|---|\n');
  });

  for (const ext of ['docx', 'pdf', 'html']) {
    it(`a report whose three tables are pictures (Word → ${ext} by LibreOffice): three informations, no error or warning`, async () => {
      const r = await readDocument(path.join(FIXTURES, 'readers', 'edge', `pictures.${ext}`));
      const found = diagnostics(r.text).filter((d) => d.severity !== 'hint');
      assert.deepStrictEqual(found.map((d) => `${d.rule} ${d.severity}`), ['table-missing information', 'table-missing information', 'table-missing information'], r.text);
    });
  }
});
