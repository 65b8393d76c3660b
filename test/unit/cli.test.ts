/** The gknb command line, run as a real process on real files. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { ROOT, FIXTURES, seed } from '../helpers/fixtures';

const BIN = path.join(ROOT, 'bin', 'gknb.js');
const SEEDS = path.join(FIXTURES, 'seeds');

function gknb(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GKNB_LANG: 'zh-cn' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-cli-'));
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('gknb check', () => {
  it('exit 1 with an error, 0 with only hints', () => {
    assert.strictEqual(gknb(['check', path.join(SEEDS, seed('000').name)]).code, 1);
    assert.strictEqual(gknb(['check', path.join(SEEDS, seed('002').name)]).code, 0);
  });

  it('JSON output has exactly the documented shape, 1-based lines and columns', () => {
    const r = gknb(['check', '--format', 'json', path.join(SEEDS, seed('004').name)]);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.length, 1);
    assert.deepStrictEqual(Object.keys(out[0]), ['file', 'diagnostics']);
    const d = out[0].diagnostics.find((x: any) => x.rule === 'label-nonstandard');
    assert.deepStrictEqual(Object.keys(d), ['rule', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message']);
    // "→→商业企业→科研机构→社会组织": 社会组织 starts at character 13 of line 50.
    assert.deepStrictEqual([d.line, d.column, d.endLine, d.endColumn, d.severity], [50, 13, 50, 17, 'warning']);
  });

  it('columns count characters as a user does (astral characters count once)', () => {
    const f = path.join(tmp, 'astral.md');
    fs.writeFileSync(f, '# 𠀀𠀀局2022年政府信息公开工作年度报告\n\n## 六、其他需要报告的事项\n\n无\n');
    const out = JSON.parse(gknb(['check', '--format', 'json', f]).stdout);
    const fee = out[0].diagnostics.find((x: any) => x.rule === 'fee-statement-missing');
    assert.deepStrictEqual([fee.line, fee.column], [3, 4]);
  });

  it('SARIF output is valid 2.1.0 with one result per diagnostic', () => {
    const file = path.join(SEEDS, seed('001').name);
    const sarif = JSON.parse(gknb(['check', '--format', 'sarif', file]).stdout);
    const json = JSON.parse(gknb(['check', '--format', 'json', file]).stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    assert.strictEqual(sarif.runs[0].results.length, json[0].diagnostics.length);
    assert.strictEqual(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine, json[0].diagnostics[0].line);
    // Each rule's helpUri is its page on the web (package.json's repository, default branch), not a relative path.
    const repo = String(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).repository.url).replace(/^git\+/, '').replace(/\.git$/, '');
    const rowTotal = sarif.runs[0].tool.driver.rules.find((r: any) => r.id === 'row-total');
    assert.strictEqual(rowTotal.helpUri, `${repo}/blob/main/docs/rules/row-total.md`);
  });

  it('checks a directory recursively and a glob', () => {
    const dir = JSON.parse(gknb(['check', '--format', 'json', SEEDS]).stdout);
    assert.strictEqual(dir.length, 5);
    const glob = JSON.parse(gknb(['check', '--format', 'json', 'test/fixtures/seeds/00[12]*.txt']).stdout);
    assert.deepStrictEqual(glob.map((x: any) => path.basename(x.file).slice(0, 3)), ['001', '002']);
  });

  it('reads GBK/GB18030, BOM and UTF-16 (Notepad\'s and Word\'s “Unicode”) files the same as UTF-8', () => {
    const text = seed('003').text;
    const gbk = path.join(tmp, 'gbk.txt');
    const bom = path.join(tmp, 'bom.txt');
    const utf = path.join(tmp, 'utf.txt');
    const le = path.join(tmp, 'utf16le.txt');
    const be = path.join(tmp, 'utf16be.txt');
    fs.writeFileSync(gbk, iconv.encode(text, 'gbk'));
    fs.writeFileSync(bom, '\ufeff' + text);
    fs.writeFileSync(utf, text);
    fs.writeFileSync(le, iconv.encode(text, 'utf-16le', { addBOM: true }));
    fs.writeFileSync(be, iconv.encode(text, 'utf-16be', { addBOM: true }));
    const diag = (f: string) => JSON.parse(gknb(['check', '--format', 'json', f]).stdout)[0].diagnostics;
    assert.ok(diag(utf).length > 0);
    assert.deepStrictEqual(diag(gbk), diag(utf));
    assert.deepStrictEqual(diag(bom), diag(utf));
    assert.deepStrictEqual(diag(le), diag(utf));
    assert.deepStrictEqual(diag(be), diag(utf));
  });

  it('usage and I/O problems: exit 2, one line on stderr naming the file, other results still printed', () => {
    const missing = gknb(['check', '--format', 'json', 'nope.txt', path.join(SEEDS, seed('002').name)]);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr.trim(), /^gknb: nope\.txt: 文件不存在$/);
    assert.strictEqual(JSON.parse(missing.stdout).length, 1);

    const bin = path.join(tmp, 'image.txt');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const b = gknb(['check', bin]);
    assert.strictEqual(b.code, 2);
    assert.match(b.stderr, /image\.txt: 二进制文件/);

    const empty = fs.mkdtempSync(path.join(tmp, 'empty-'));
    assert.strictEqual(gknb(['check', empty]).code, 2);
    assert.strictEqual(gknb(['check', 'no/such/*.md']).code, 2);
    const unknown = gknb(['check', '--bogus', SEEDS]);
    assert.strictEqual(unknown.code, 2);
    assert.strictEqual(unknown.stderr.trim().split('\n').length, 1);
    assert.strictEqual(gknb(['check', '--format', 'xml', SEEDS]).code, 2);
    assert.strictEqual(gknb([]).code, 2);
  });

  it('--rule changes a severity and --lang en speaks English', () => {
    const file = path.join(SEEDS, seed('001').name);
    const off = JSON.parse(gknb(['check', '--format', 'json', '--rule', 'fee-statement-missing=off', file]).stdout)[0].diagnostics;
    assert.ok(!off.some((d: any) => d.rule === 'fee-statement-missing'));
    const err = gknb(['check', '--rule', '信息处理费=error', file]);
    assert.strictEqual(err.code, 1, 'an alias works too');
    const en = JSON.parse(gknb(['check', '--format', 'json', '--lang', 'en', file]).stdout)[0].diagnostics;
    assert.match(en.find((d: any) => d.rule === 'fee-statement-missing').message, /information processing fees/);
  });
});

describe('gknb with many files (worker threads)', () => {
  it('gives exactly the same output on all cores as on one, for check and extract', function () {
    this.timeout(60000);
    const dir = fs.mkdtempSync(path.join(tmp, 'many-'));
    const seeds = fs.readdirSync(SEEDS);
    for (let i = 0; i < 60; i++) {
      const text = fs.readFileSync(path.join(SEEDS, seeds[i % seeds.length]), 'utf8').replace(/2022/g, String(2000 + (i % 30)));
      fs.writeFileSync(path.join(dir, `r${String(i).padStart(3, '0')}.txt`), text);
    }
    fs.writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 3]));
    const runWith = (args: string[], env: Record<string, string>) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GKNB_LANG: 'zh-cn', ...env } });
    for (const args of [['check', '--format', 'json', dir], ['extract', dir]]) {
      const parallel = runWith(args, {});
      const single = runWith(args, { GKNB_NO_WORKERS: '1' });
      assert.strictEqual(parallel.status, single.status);
      assert.strictEqual(parallel.stdout, single.stdout);
      assert.strictEqual(parallel.stderr, single.stderr);
      assert.strictEqual(JSON.parse(parallel.stdout).length, 60);
    }
  });

  it('links last year\'s report the same way on all cores as on one (carryover-mismatch), duplicates included', function () {
    this.timeout(60000);
    const dir = fs.mkdtempSync(path.join(tmp, 'years-'));
    const seeds = fs.readdirSync(SEEDS);
    // Each seed's agency in four years; the first two seeds' agencies three times a year (several candidates for
    // every link: none is sure, so none is made), the others once.
    const files: string[] = [];
    for (let i = 0; i < 60; i++) {
      const which = i < 20 ? i % seeds.length : i % 2;
      const text = fs.readFileSync(path.join(SEEDS, seeds[which]), 'utf8').replace(/2022/g, String(2019 + (Math.floor(i / 5) % 4)));
      files.push(seeds[which]);
      fs.writeFileSync(path.join(dir, `r${String(i).padStart(3, '0')}.txt`), text);
    }
    const runWith = (env: Record<string, string>) => spawnSync(process.execPath, [BIN, 'check', '--format', 'json', dir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GKNB_LANG: 'zh-cn', ...env } });
    const parallel = runWith({});
    const single = runWith({ GKNB_NO_WORKERS: '1' });
    assert.strictEqual(parallel.stdout, single.stdout);
    const results = JSON.parse(single.stdout);
    const carried = (f: any) => f.diagnostics.filter((d: any) => d.rule === 'carryover-mismatch').length;
    const seedOf = (f: any) => files[Number(/r(\d+)\.txt$/.exec(f.file)![1])];
    assert.ok(results.filter((f: any) => !seeds.slice(0, 2).includes(seedOf(f))).some(carried), 'last year\'s reports are found');
    assert.deepStrictEqual(results.filter((f: any) => seeds.slice(0, 2).includes(seedOf(f)) && carried(f)).map((f: any) => f.file), [], 'no link among namesakes');
  });
});

describe('gknb extract', () => {
  it('JSON with the format keys; blank cells are null, missing rows absent', () => {
    const out = JSON.parse(gknb(['extract', path.join(SEEDS, seed('002').name), path.join(SEEDS, seed('004').name), path.join(SEEDS, seed('000').name)]).stdout);
    const [s002, s004, s000] = out;
    assert.deepStrictEqual(Object.keys(s002), ['file', 'title', 'year', 'format', 'sections', 'tables']);
    assert.strictEqual(s002.year, 2022);
    assert.strictEqual(s002.format, '2021');
    assert.deepStrictEqual(s002.sections.map((s: any) => s.ordinal), ['一', '二', '三', '四', '五', '六']);
    assert.strictEqual(s002.tables.table2.penalty.decisions, 60);
    assert.strictEqual(s002.tables.table2.normative_documents.in_force, 2);
    assert.strictEqual(s002.tables.table3.carried_over.natural_person, 1);
    assert.strictEqual(s002.tables.table3.new_received.total, 0);
    assert.deepStrictEqual(Object.keys(s002.tables.table4), ['review', 'lit_direct', 'lit_after_review']);
    assert.deepStrictEqual(Object.keys(s002.tables.table4.review), ['upheld', 'corrected', 'other', 'pending', 'total']);
    assert.strictEqual(s004.tables.table3.granted.natural_person, null);
    assert.strictEqual(s004.tables.table3.granted.total, 0);
    assert.ok(!('new_received' in s000.tables.table3));
    assert.ok(!('rules' in s000.tables.table2));
  });

  it('CSV: one line per file × table × row × column', () => {
    const csv = gknb(['extract', '--format', 'csv', path.join(SEEDS, seed('002').name)]).stdout.trim().split('\n');
    assert.strictEqual(csv[0], 'file,table,row,column,value');
    // table 二: 2×3 + 1 + 2 + 1 = 10 cells; table 三: 25×7 = 175; table 四: 15.
    assert.strictEqual(csv.length - 1, 10 + 175 + 15);
    assert.ok(csv.some((l) => l.endsWith(',table3,carried_over,natural_person,1')));
  });
});
