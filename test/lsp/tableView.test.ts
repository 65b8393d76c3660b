/**
 * `gknb/tableView` over real LSP: the tables drawn from the analysis the diagnostics come from (no analysis
 * of its own for a version already pulled), following edits, with last year's values when asked.
 */
import * as assert from 'assert';
import * as cheerio from 'cheerio';
import { seed } from '../helpers/fixtures';
import { change, open, pull, startServer, stats, stop, TestServer } from '../helpers/lspClient';

const URI = 'file:///work/tableview-002.txt';
const LAST = 'file:///work/tableview-2021.txt';

interface Result { uri: string; version: number; html: string; previous: { uri: string; year: number | null } | null; compared: boolean }

function view(server: TestServer, uri: string, compare = false): Promise<Result | null> {
  return server.connection.sendRequest('gknb/tableView', { uri, compare }) as Promise<Result | null>;
}

describe('gknb/tableView', function () {
  this.timeout(30000);
  let server: TestServer;
  const text = seed('002').text.replace('(七) 总计\t1\t0\t0\t0\t0\t0\t1', '(七) 总计\t1\t0\t0\t0\t0\t0\t3');
  const line = text.split('\n').findIndex((l) => l.startsWith('(七) 总计'));
  const at = text.split('\n')[line].lastIndexOf('3');

  before(async () => {
    server = await startServer();
    await open(server, URI, text, 'plaintext');
  });
  after(async () => {
    await stop(server);
  });

  it('draws the broken total red, with its source range, from the analysis of the pull', async () => {
    await pull(server, URI);
    const before = await stats(server, URI);
    const r = (await view(server, URI))!;
    assert.strictEqual(r.version, 1);
    const $ = cheerio.load(r.html);
    const red = $('td.sev-error');
    assert.strictEqual(red.length, 1);
    assert.deepStrictEqual([red.attr('data-l'), red.attr('data-s'), red.attr('data-e')], [String(line), String(at), String(at + 1)]);
    assert.match(red.attr('title')!, /应为 1/);
    assert.strictEqual((await stats(server, URI)).analyses, before.analyses, 'no analysis of its own');
    assert.strictEqual(r.previous, null);
  });

  it('follows an edit: the fixed total is normal again', async () => {
    await change(server, URI, 2, [{ range: { start: { line, character: at }, end: { line, character: at + 1 } }, text: '1' }]);
    const r = (await view(server, URI))!;
    assert.strictEqual(r.version, 2);
    const $ = cheerio.load(r.html);
    assert.strictEqual($('td.sev-error').length, 0);
    assert.strictEqual($('tr[data-row="result_total"] td').last().text(), '1');
  });

  it('with last year\'s report open: it is named, and compare draws its values', async () => {
    const last = seed('002').text.replace('2022 年', '2021 年').replace(/^(四、结转下年度继续办理\t\t)0/m, '$14');
    await open(server, LAST, last, 'plaintext');
    const plain = (await view(server, URI))!;
    assert.strictEqual(plain.previous?.uri, LAST);
    assert.strictEqual(plain.compared, false);
    assert.strictEqual(cheerio.load(plain.html)('.prev').length, 0);
    const r = (await view(server, URI, true))!;
    assert.strictEqual(r.compared, true);
    const $ = cheerio.load(r.html);
    assert.match($('tr[data-row="carried_over"] td').first().find('.carry').text(), /上年结转下年 4/);
  });

  it('answers null for a document that is not a report', async () => {
    await open(server, 'file:///work/notes.md', '# 会议纪要\n\n不是年报。\n', 'markdown');
    assert.strictEqual(await view(server, 'file:///work/notes.md'), null);
  });
});
