/** Export to Word: the official layout, and a round trip export → import that keeps the model and the diagnostics. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze, ReportDocument } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { readDocx } from '../../server/src/readers/docx';
import { unzipParts } from '../../server/src/readers/zip';
import { writeDocx } from '../../server/src/writers/docx';
import { FIXTURES, ROOT, readFixture } from '../helpers/fixtures';

function check(text: string) {
  const d = new ReportDocument(text);
  const a = analyze(d, { locale: 'zh-cn', incremental: false, fixes: false });
  return { extracted: extract('x', a.model, d.getLines()), diagnostics: a.diagnostics.map((x) => `${x.rule} ${x.message}`) };
}

describe('export to Word', function () {
  this.timeout(60000);
  // Reports in pipe tables, space-aligned columns, tab rows and the Word-copy layout, with and without defects.
  const reports = ['layouts/pipe.md', 'layouts/spaced.txt', 'readers/faulty.md', 'seeds/001_c3db75ac4ce109b2.txt', 'seeds/002_aa5fa00d655c084b.txt', 'seeds/003_4accd8082a56e45f.txt'];
  for (const rel of reports) {
    it(`round trip ${rel}: export → import gives the same title, sections, tables and diagnostics`, async () => {
      const text = readFixture(rel);
      const before = check(text);
      const after = check(readDocx(await writeDocx(text)).text);
      assert.strictEqual(after.extracted.title, before.extracted.title);
      assert.strictEqual(after.extracted.year, before.extracted.year);
      assert.deepStrictEqual(after.extracted.sections.map((s) => s.title), before.extracted.sections.map((s) => s.title));
      assert.deepStrictEqual(after.extracted.tables, before.extracted.tables);
      assert.deepStrictEqual(after.diagnostics, before.diagnostics);
    });
  }

  it('the faulty report keeps its defects through the round trip (else the test above proves little)', () => {
    const rules = check(readFixture('readers/faulty.md')).diagnostics.map((d) => d.split(' ')[0]);
    for (const r of ['cell-invalid', 'cell-missing', 'row-total', 'balance']) assert.ok(rules.includes(r), r);
  });

  it('official layout: A4, merged header cells, the 勾稽 note in table 三, parent labels spanning their rows, the fonts', async () => {
    const bytes = await writeDocx(readFixture('layouts/pipe.md'));
    const xml = new TextDecoder().decode(unzipParts(bytes, (n) => n === 'word/document.xml').get('word/document.xml'));
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
    // Table 三's corner: the note over 3 columns and 3 rows.
    assert.match(xml, /<w:gridSpan w:val="3"\/><w:vMerge w:val="restart"\/>.*?（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）/);
    // 三、本年度办理结果 starts a vertical merge; （三）不予公开 too; 行政诉讼 spans ten columns.
    assert.match(xml, /<w:vMerge w:val="restart"\/>(?:(?!<\/w:tc>).)*三、本年度办理结果/);
    assert.match(xml, /<w:vMerge w:val="restart"\/>(?:(?!<\/w:tc>).)*（三）不予公开/);
    assert.match(xml, /<w:gridSpan w:val="10"\/>(?:(?!<\/w:tc>).)*行政诉讼/);
    for (const font of ['方正小标宋简体', '黑体', '仿宋_GB2312']) assert.ok(xml.includes(`w:eastAsia="${font}"`), font);
    // Read back, the grid is the annex's: 10 columns in table 三, 15 in table 四.
    const md = readDocx(bytes).text.split('\n');
    assert.strictEqual(md.find((l) => l.includes('一、本年新收'))!.split('|').length - 2, 10);
    assert.strictEqual(md.find((l) => l.startsWith('| 行政复议'))!.split('|').length - 2, 15);
  });

  it('gknb export writes the .docx, and never over an existing file without --force', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-export-'));
    try {
      const src = path.join(dir, '报告.md');
      fs.copyFileSync(path.join(FIXTURES, 'readers', 'faulty.md'), src);
      const bin = path.join(ROOT, 'bin', 'gknb.js');
      const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, GKNB_LANG: 'zh-cn' } });
      const first = run(['export', src]);
      assert.strictEqual(first.status, 0, first.stderr);
      const out = path.join(dir, '报告.docx');
      assert.match(first.stderr, /已写入 .*报告\.docx（字体：方正小标宋简体、黑体、仿宋_GB2312；未安装时 Word\/WPS 以宋体\/黑体\/仿宋代替）/);
      const written = fs.readFileSync(out);
      const again = run(['export', src]);
      assert.strictEqual(again.status, 2);
      assert.match(again.stderr, /文件已存在；如需覆盖请加 --force/);
      assert.deepStrictEqual(fs.readFileSync(out), written);
      assert.strictEqual(run(['export', src, '--force']).status, 0);
      // The exported document checks as the Markdown does.
      const md = JSON.parse(run(['check', '--format', 'json', src]).stdout)[0].diagnostics.map((d: any) => d.message);
      const docx = JSON.parse(run(['check', '--format', 'json', out]).stdout)[0].diagnostics.map((d: any) => d.message);
      assert.deepStrictEqual(docx, md);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
