/** carryover-mismatch across files: last year's report of the same agency, in the engine, the CLI and the server. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { agencyOf, analyze, checkText, ReportDocument } from '../../server/src/engine';
import { FIXTURES, ROOT, readFixture, seed } from '../helpers/fixtures';
import { open, pull, startServer, stop } from '../helpers/lspClient';

const LAST = 'crossyear/邢庄镇2022年报告.txt';
const THIS = 'crossyear/邢庄镇2023年报告.txt';

function withPrevious(text: string, previous: string) {
  const prev = new ReportDocument(previous);
  return analyze(new ReportDocument(text), { previousYear: { uri: 'file:///last.txt', key: 'last', model: prev.getModel() } });
}

describe('carryover-mismatch', () => {
  it('agencies are read from titles, whatever the title variant', () => {
    assert.strictEqual(agencyOf(checkText(seed('003').text).model), '邢庄镇');
    assert.strictEqual(agencyOf(checkText(seed('000').text).model), '陶营镇');
    assert.strictEqual(agencyOf(checkText(seed('001').text).model), '永正镇');
    assert.strictEqual(agencyOf(checkText(seed('004').text).model), '政务服务和大数据管理局');
  });

  it('this year\'s 上年结转 must equal last year\'s 结转下年度, per column, with a link to last year\'s cell', () => {
    const a = withPrevious(readFixture(THIS), readFixture(LAST));
    const d = a.diagnostics.filter((x) => x.rule === 'carryover-mismatch' && x.severity === 'warning');
    assert.deepStrictEqual(d.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1}`), ['46:19', '46:31']);
    assert.match(d[0].message, /“自然人”为 0，但 2022 年度报告“四、结转下年度继续办理”为 1/);
    assert.strictEqual(d[0].related![0].uri, 'file:///last.txt');
    assert.strictEqual(d[0].related![0].range.start.line, 68);
  });

  it('现行有效件数 should follow last year\'s + 制发 − 废止 (information)', () => {
    const info = withPrevious(readFixture(THIS), readFixture(LAST)).diagnostics.filter((x) => x.rule === 'carryover-mismatch' && x.severity === 'information');
    assert.strictEqual(info.length, 1);
    assert.match(info[0].message, /行政规范性文件.*现行有效件数为 0.*3 \+ 本年制发 0 − 本年废止 0 应为 3/);
  });

  it('consistent years, or no previous report, give nothing', () => {
    assert.deepStrictEqual(withPrevious(readFixture(THIS), readFixture(THIS).replace(' 2023 年政府', ' 2022 年政府')).diagnostics.filter((x) => x.rule === 'carryover-mismatch'), []);
    assert.deepStrictEqual(checkText(readFixture(THIS)).diagnostics.filter((x) => x.rule === 'carryover-mismatch'), []);
  });

  it('the CLI finds last year\'s report among the files it checks', () => {
    const run = (args: string[]) => JSON.parse(spawnSync(process.execPath, [path.join(ROOT, 'bin', 'gknb.js'), 'check', '--format', 'json', ...args], { cwd: ROOT, encoding: 'utf8' }).stdout);
    const both = run([path.join(FIXTURES, 'crossyear')]);
    const thisYear = both.find((f: any) => f.file.endsWith('2023年报告.txt'));
    assert.strictEqual(thisYear.diagnostics.filter((d: any) => d.rule === 'carryover-mismatch').length, 3);
    const alone = run([path.join(FIXTURES, THIS)]);
    assert.strictEqual(alone[0].diagnostics.filter((d: any) => d.rule === 'carryover-mismatch').length, 0);
  });

  it('the CLI links no report when two of one name share a year (two counties\' 城关镇): no pair is sure', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-twins-'));
    try {
      const last = readFixture(LAST);
      fs.writeFileSync(path.join(dir, 'a-2022.txt'), last);
      fs.writeFileSync(path.join(dir, 'b-2023.txt'), readFixture(THIS));
      const run = () => JSON.parse(spawnSync(process.execPath, [path.join(ROOT, 'bin', 'gknb.js'), 'check', '--format', 'json', dir], { cwd: ROOT, encoding: 'utf8' }).stdout);
      const mismatches = () => run().flatMap((f: any) => f.diagnostics.filter((d: any) => d.rule === 'carryover-mismatch'));
      assert.strictEqual(mismatches().length, 3, 'one of each year: linked');
      // Another town of the same name, its own 2022 report: which 2022 is 2023's is unknown.
      fs.writeFileSync(path.join(dir, 'c-2022.txt'), last.replace(/(四、结转下年度继续办理\t\t)\d+/, '$19'));
      assert.deepStrictEqual(mismatches(), []);
      // …and two of that name for 2023 as well.
      fs.unlinkSync(path.join(dir, 'c-2022.txt'));
      fs.writeFileSync(path.join(dir, 'd-2023.txt'), readFixture(THIS));
      assert.deepStrictEqual(mismatches(), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the language server indexes the workspace and links to last year\'s file', async function () {
    this.timeout(20000);
    const folder = pathToFileURL(path.join(FIXTURES, 'crossyear')).toString();
    const server = await startServer({ workspaceFolder: folder });
    try {
      const uri = pathToFileURL(path.join(FIXTURES, THIS)).toString();
      await open(server, uri, readFixture(THIS), 'plaintext');
      let items: any[] = [];
      for (let i = 0; i < 50 && !items.some((d) => d.code === 'carryover-mismatch'); i++) {
        items = await pull(server, uri);
        if (!items.some((d) => d.code === 'carryover-mismatch')) await new Promise((r) => setTimeout(r, 100));
      }
      const d = items.filter((x) => x.code === 'carryover-mismatch');
      assert.strictEqual(d.length, 3);
      const link = d.find((x) => x.severity === 2).relatedInformation[0].location;
      assert.strictEqual(link.uri, pathToFileURL(path.join(FIXTURES, LAST)).toString());
    } finally {
      await stop(server);
    }
  });
});
