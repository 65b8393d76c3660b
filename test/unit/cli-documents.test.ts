/** The gknb command line on Word, web page and PDF reports: run as a real process on the committed documents. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FIXTURES, ROOT } from '../helpers/fixtures';

const BIN = path.join(ROOT, 'bin', 'gknb.js');
const DOCS = path.join(FIXTURES, 'readers');

function gknb(args: string[], cwd = DOCS): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GKNB_LANG: 'zh-cn' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('gknb on documents', function () {
  this.timeout(60000);
  let tmp: string;
  before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-docs-'))));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('several documents are read ahead in worker threads: the same output, errors and order as in one thread', () => {
    const dir = path.join(tmp, 'many');
    fs.mkdirSync(dir);
    for (const f of ['faulty.pdf', 'faulty.docx', 'faulty.html', 'official.pdf', 'borderless.pdf']) fs.copyFileSync(path.join(DOCS, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'damaged.pdf'), '%PDF-1.4 not really');
    const cache = path.join(tmp, 'cache');
    const run = (env: Record<string, string>) => {
      const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', dir], {
        encoding: 'utf8', env: { ...process.env, GKNB_LANG: 'zh-cn', GKNB_CACHE_DIR: cache, GKNB_TRACE_CODE_CACHE: '1', ...env },
      });
      const [traced, said] = [r.stderr.split('\n').filter((l) => / code cache /.test(l)), r.stderr.split('\n').filter((l) => !/ code cache /.test(l))];
      return { code: r.status, stdout: r.stdout, said: said.join('\n'), traced: traced.join('\n') };
    };
    const pooled = run({});
    const alone = run({ GKNB_NO_WORKERS: '1' });
    assert.match(pooled.traced, /cli\.js in a worker/, 'read in worker threads');
    assert.doesNotMatch(alone.traced, /in a worker/);
    assert.strictEqual(pooled.code, alone.code);
    assert.strictEqual(pooled.stdout, alone.stdout);
    assert.strictEqual(pooled.said, alone.said);
    const out = JSON.parse(pooled.stdout);
    assert.deepStrictEqual(out.map((r: any) => path.basename(r.file)).sort(), ['borderless.pdf', 'faulty.docx', 'faulty.html', 'faulty.pdf', 'official.pdf']);
    assert.match(pooled.said, /damaged\.pdf: /);
    assert.ok(out.find((r: any) => r.file.endsWith('faulty.pdf')).diagnostics.some((d: any) => d.source?.page === 4));
  });

  it('check: stylish output names the place in the document; exit 1 on errors', () => {
    const r = gknb(['check', 'faulty.docx']);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stdout, /表格1 第4行 第4列 +错误 +“行政规范性文件”行“现行有效件数”列的“十二”不是非负整数 +cell-invalid/);
    assert.match(r.stdout, /第7段 “本年新收政府信息公开申请” +警告/);
    const pdf = gknb(['check', 'faulty.pdf']);
    assert.match(pdf.stdout, /第4页 表格2 第27行 第10列 +错误 .*balance/);
  });

  it('check --format compact: file:place: severity: message [rule]', () => {
    const out = gknb(['check', '--format', 'compact', 'faulty.html']).stdout.split('\n');
    assert.ok(out.some((l) => /^faulty\.html:第\d+行 \(表格1 第4行 第4列\): error: .*十二.* \[cell-invalid\]$/.test(l)), out.join('\n'));
  });

  it('check --format json: each diagnostic carries a source object with the place and its text', () => {
    const out = JSON.parse(gknb(['check', '--format', 'json', 'faulty.pdf']).stdout);
    const d = out[0].diagnostics.find((x: any) => x.rule === 'cell-missing');
    assert.deepStrictEqual(d.source, { page: 2, table: 2, row: 14, column: 5, text: '第2页 表格2 第14行 第5列' });
    // Lines and columns count in the Markdown conversion (what gknb convert writes).
    const md = gknb(['convert', 'faulty.pdf']).stdout.split('\n');
    assert.match(md[d.line - 1], /7\.属于行政执法案卷/);
  });

  it('check --format sarif: a logical location with the place; a web page region is the element line', () => {
    const sarif = JSON.parse(gknb(['check', '--format', 'sarif', 'faulty.html', 'faulty.docx']).stdout);
    const results = sarif.runs[0].results;
    const html = results.find((r: any) => r.ruleId === 'cell-invalid' && r.locations[0].physicalLocation.artifactLocation.uri === 'faulty.html');
    const loc = html.locations[0];
    const line = loc.physicalLocation.region.startLine;
    assert.match(fs.readFileSync(path.join(DOCS, 'faulty.html'), 'utf8').split('\n')[line - 1], /<td/);
    assert.strictEqual(loc.logicalLocations[0].name, `第${line}行 (表格1 第4行 第4列)`);
    const word = results.find((r: any) => r.ruleId === 'cell-invalid' && r.locations[0].physicalLocation.artifactLocation.uri === 'faulty.docx');
    assert.deepStrictEqual(word.locations[0].logicalLocations[0], { name: '表格1 第4行 第4列', kind: 'element', properties: { table: 1, row: 4, column: 4 } });
    assert.strictEqual(word.locations[0].physicalLocation.region.properties.text, 'markdown-conversion');
  });

  it('extract: the same cells from the Word, web page and PDF documents as from the Markdown', () => {
    const all = JSON.parse(gknb(['extract', 'faulty.md', 'faulty.docx', 'faulty.html', 'faulty.pdf']).stdout);
    assert.strictEqual(all.length, 4);
    for (const e of all.slice(1)) assert.deepStrictEqual(e.tables, all[0].tables, e.file);
    assert.strictEqual(all[0].tables.table2.normative_documents.in_force, null);
    assert.strictEqual(all[0].tables.table3.new_received.total, 9);
  });

  it('a folder is searched for documents too; unreadable ones are named with their reason, the rest checked', () => {
    const dir = path.join(tmp, 'folder');
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(DOCS, 'official.docx'), path.join(dir, '报告.docx'));
    fs.copyFileSync(path.join(DOCS, 'edge', 'scanned.pdf'), path.join(dir, '扫描件.pdf'));
    fs.writeFileSync(path.join(dir, '表格.et'), 'x');
    const r = gknb(['check', dir, path.join(dir, '表格.et')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /扫描件\.pdf: PDF 没有文字层（扫描件），需先进行文字识别（OCR）/);
    assert.match(r.stderr, /表格\.et: WPS 专有格式（\.wps\/\.et\/\.dps）无法读取/);
    assert.match(r.stdout, /共检查 1 个文件：0 个错误/);
  });

  it('tracked changes and comments: said once on stderr, the text read as accepted', () => {
    const r = gknb(['check', path.join('edge', 'tracked.docx')]);
    assert.strictEqual(r.stderr.split('\n').filter((l) => l.includes('修订')).length, 1);
    assert.strictEqual(r.stderr.split('\n').filter((l) => l.includes('批注')).length, 1);
    assert.match(gknb(['convert', path.join('edge', 'tracked.docx')]).stdout, /申请8件/);
  });

  it('convert writes the Markdown, and never over an existing file without --force', () => {
    const out = path.join(tmp, 'faulty.md');
    assert.strictEqual(gknb(['convert', 'faulty.docx', '-o', out]).code, 0);
    const text = fs.readFileSync(out, 'utf8');
    assert.match(text, /^示范县交通运输局2023年政府信息公开工作年度报告\n/);
    assert.match(text, /\| 行政规范性文件 \| 3 \| 1 \| 十二 \|/);
    fs.writeFileSync(out, '我的笔记');
    const again = gknb(['convert', 'faulty.docx', '-o', out]);
    assert.strictEqual(again.code, 2);
    assert.match(again.stderr, /文件已存在；如需覆盖请加 --force/);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), '我的笔记');
    assert.strictEqual(gknb(['convert', 'faulty.docx', '-o', out, '--force']).code, 0);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), text);
    // The converted Markdown gives the document's diagnostics.
    const fromMd = JSON.parse(gknb(['check', '--format', 'json', out]).stdout)[0].diagnostics.map((d: any) => [d.rule, d.line, d.message]);
    const fromDoc = JSON.parse(gknb(['check', '--format', 'json', 'faulty.docx']).stdout)[0].diagnostics.map((d: any) => [d.rule, d.line, d.message]);
    assert.deepStrictEqual(fromDoc, fromMd);
  });

  it('convert refuses what it cannot convert, with the reason', () => {
    assert.match(gknb(['convert', 'faulty.md']).stderr, /不是可转换的文档/);
    const enc = gknb(['convert', path.join('edge', 'encrypted.pdf'), '-o', path.join(tmp, 'x.md')]);
    assert.strictEqual(enc.code, 2);
    assert.match(enc.stderr, /PDF 设有密码（已加密），无法读取/);
    assert.ok(!fs.existsSync(path.join(tmp, 'x.md')));
  });

  it('checking a Markdown report loads none of the readers (start-up stays as it was)', () => {
    const script = `
      const Module = require('module');
      const seen = [];
      const load = Module._load;
      Module._load = function (request, parent, isMain) { seen.push(request); return load.apply(this, arguments); };
      require(${JSON.stringify(path.join(ROOT, 'dist', 'cli.js'))}).run(['check', ${JSON.stringify(path.join(DOCS, 'faulty.md'))}], { stdout() {}, stderr() {}, isTty: false })
        .then(() => { process.stdout.write(JSON.stringify(seen)); });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    const seen: string[] = JSON.parse(r.stdout);
    assert.ok(seen.length > 0);
    const readerModule = (m: string) => /^(readers|reader-pdf)\.js$|^(pdfjs-dist|htmlparser2|saxes|fflate|word-extractor)$/.test(path.basename(m)) || /pdfjs-dist\//.test(m);
    assert.deepStrictEqual(seen.filter(readerModule), []);
    // …while a document does load them.
    const doc = spawnSync(process.execPath, ['-e', script.replace(JSON.stringify(path.join(DOCS, 'faulty.md')), JSON.stringify(path.join(DOCS, 'faulty.docx')))], { encoding: 'utf8' });
    assert.ok(JSON.parse(doc.stdout).some(readerModule));
  });
});
