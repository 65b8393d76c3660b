/**
 * `gknb check --format html`: the review page for 300 generated reports opens in Chromium, stays under
 * 3 MB, loads nothing from the network, and every number on it equals `gknb check --format json`.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { chromium, Browser, Page } from 'playwright-core';
import { ROOT } from '../helpers/fixtures';

const BIN = path.join(ROOT, 'bin', 'gknb.js');

function gknb(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GKNB_LANG: 'zh-cn' }, maxBuffer: 64 << 20 });
}

interface JsonFile { file: string; diagnostics: { rule: string; severity: string; line: number; column: number; message: string }[] }

describe('review page (check --format html)', function () {
  this.timeout(180000);
  let tmp: string;
  let dir: string;
  let html: string;
  let json: JsonFile[];
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-review-'));
    dir = path.join(tmp, 'reports');
    const made = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'corpus.mjs'), '--count', '300', '--dir', dir], { encoding: 'utf8' });
    assert.strictEqual(made.status, 0, made.stderr);
    // The corpus varies the seeds, whose reports are for one year each: move every third report a year
    // back, so agencies have consecutive years to compare.
    const files = fs.readdirSync(dir).sort();
    assert.strictEqual(files.length, 300);
    files.forEach((f, i) => {
      if (i % 3) return;
      const p = path.join(dir, f);
      const text = fs.readFileSync(p, 'utf8');
      fs.writeFileSync(p, text.replace(/(20\d\d)(年)/, (_, y, n) => `${Number(y) - 1}${n}`));
    });
    html = path.join(tmp, 'review.html');
    const r = gknb(['check', '--format', 'html', '-o', html, dir]);
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    assert.strictEqual(r.stdout, '', 'the page goes to the file, not the terminal');
    const j = gknb(['check', '--format', 'json', dir]);
    json = JSON.parse(j.stdout);
    const exe = process.env.GKNB_CHROMIUM || '/usr/bin/chromium';
    assert.ok(fs.existsSync(exe), `Chromium at ${exe} (bash test/setup/install-editors.sh)`);
    browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    page = await browser.newPage();
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  });

  after(async () => {
    await browser?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('is one file under 3 MB that loads nothing else', () => {
    const size = fs.statSync(html).size;
    assert.ok(size < 3 * 1024 * 1024, `${size} bytes`);
    assert.deepStrictEqual(requests, [pathToFileURL(html).href]);
  });

  it('its summary equals check --format json: reports, clean ones, and counts by severity and rule', async () => {
    const all = json.flatMap((f) => f.diagnostics);
    const shown = await page.$$eval('[data-count]', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-count'), Number(e.textContent)])));
    assert.strictEqual(shown.reports, json.length);
    assert.strictEqual(shown.clean, json.filter((f) => !f.diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning')).length);
    for (const sev of ['error', 'warning', 'information', 'hint']) assert.strictEqual(shown[sev], all.filter((d) => d.severity === sev).length, sev);
    assert.ok(shown.error > 0 && shown.warning > 0, 'the corpus has errors and warnings');
    const byRule = await page.$$eval('#by-rule tr[data-rule]', (rows) => rows.map((r) => ({
      rule: r.getAttribute('data-rule'),
      error: Number(r.querySelector('[data-sev=error]')!.textContent || 0),
      warning: Number(r.querySelector('[data-sev=warning]')!.textContent || 0),
    })));
    for (const r of byRule) {
      assert.strictEqual(r.error, all.filter((d) => d.rule === r.rule && d.severity === 'error').length, `${r.rule} errors`);
      assert.strictEqual(r.warning, all.filter((d) => d.rule === r.rule && d.severity === 'warning').length, `${r.rule} warnings`);
    }
    assert.deepStrictEqual(byRule.map((r) => r.rule).sort(), [...new Set(all.map((d) => d.rule))].sort());
  });

  it('lists every report with the diagnostics of check --format json, in order, line and column included', async () => {
    const reports = await page.$$eval('article.report', (els) => els.map((a) => ({
      file: a.getAttribute('data-file'),
      items: [...a.querySelectorAll('li[data-rule]')].map((li) => `${li.getAttribute('data-sev')} ${li.getAttribute('data-rule')} ${li.textContent}`),
    })));
    assert.strictEqual(reports.length, json.length);
    reports.forEach((r, i) => {
      assert.strictEqual(r.file, json[i].file);
      assert.strictEqual(r.items.length, json[i].diagnostics.length, r.file!);
      json[i].diagnostics.forEach((d, k) => {
        assert.ok(r.items[k].startsWith(`${d.severity} ${d.rule} `), r.items[k]);
        assert.ok(r.items[k].includes(` ${d.line}:${d.column} ${d.message}`), `${r.items[k]} / ${d.message}`);
      });
    });
  });

  it('draws each report\'s tables with the wrong totals red', async () => {
    const withRowTotal = json.findIndex((f) => f.diagnostics.some((d) => d.rule === 'row-total' && d.severity === 'error'));
    assert.ok(withRowTotal >= 0, 'the corpus breaks a total');
    const red = await page.$$eval(`article.report:nth-of-type(${withRowTotal + 1}) td.sev-error`, (els) => els.map((e) => e.getAttribute('title')));
    assert.ok(red.some((t) => /\[row-total\]/.test(t ?? '') && /应为 \d+/.test(t ?? '')), JSON.stringify(red));
    const tables = await page.$$eval('article.report table.t3', (els) => els.length);
    assert.ok(tables > 200, `${tables} tables 三 drawn`);
  });

  it('shows reports by agency and year, with the years an agency has no report for, and year-on-year figures', async () => {
    const missing = await page.$$eval('#by-agency td.missing', (els) => els.length);
    const present = await page.$$eval('#by-agency td:not(.missing) a', (els) => els.length);
    assert.ok(present > 0 && missing > 0, `${present} present, ${missing} missing`);
    const yoy = await page.$$eval('#yoy tr', (els) => els.length);
    assert.ok(yoy > 2, `${yoy} rows`);
  });

  it('filters by rule and by severity', async () => {
    const all = json.flatMap((f) => f.diagnostics);
    const rule = all.find((d) => d.severity === 'warning')!.rule;
    await page.selectOption('#f-rule', rule);
    const visible = () => page.$$eval('li[data-rule]:not(.hidden)', (els) => els.map((e) => `${e.getAttribute('data-rule')}/${e.getAttribute('data-sev')}`));
    let shown = await visible();
    assert.strictEqual(shown.length, all.filter((d) => d.rule === rule).length);
    assert.ok(shown.every((s) => s.startsWith(`${rule}/`)));
    await page.selectOption('#f-rule', '');
    await page.uncheck('#filter input[data-sev=error]');
    shown = await visible();
    assert.strictEqual(shown.length, all.filter((d) => d.severity !== 'error').length);
    await page.check('#f-only');
    const reports = await page.$$eval('article.report:not(.hidden)', (els) => els.length);
    assert.strictEqual(reports, json.filter((f) => f.diagnostics.some((d) => d.severity !== 'error')).length);
  });
});

describe('review page, from hand-made entries', () => {
  // The page builder alone: one agency with a report for 2021 and 2022, another with two for one year.
  const { renderReview } = require('../../server/src/render/review-html') as typeof import('../../server/src/render/review-html');
  const cheerio = require('cheerio') as typeof import('cheerio');
  const entry = (file: string, agency: string | null, year: number | null, newReceived: number | null, errors = 0) => ({
    file, title: agency ? `${agency}${year}年政府信息公开工作年度报告` : null, agency, year, format: '2021',
    diagnostics: Array.from({ length: errors }, () => ({ rule: 'row-total', severity: 'error' as const, line: 3, column: 4, message: '总计<不对>' })),
    tables: '', figures: { new_received: newReceived, carried_over: 1, result_total: null, carry_forward: 2, review: 0, litigation: 0 },
  });
  const page = () => cheerio.load(renderReview({
    locale: 'zh-cn', version: 'test',
    entries: [entry('a21.txt', '甲镇', 2021, 10), entry('a22.txt', '甲镇', 2022, 15, 2), entry('b22.txt', '乙镇', 2022, 3), entry('b22b.txt', '乙镇', 2022, 4), entry('c23.txt', '乙镇', 2023, 4), entry('x.txt', null, null, null)],
  }));

  it('year on year: the change from the year before; several reports for one year are not compared', () => {
    const $ = page();
    const rows = $('#yoy tr').map((_, tr) => $(tr).text()).get();
    assert.ok(rows.some((r) => r.startsWith('2022') && r.includes('15 （+5）')), rows.join('\n'));
    assert.ok(rows.some((r) => r.includes('该年度有 2 份报告，不作对比')), rows.join('\n'));
    // 2023 of 乙镇 has no single report the year before to compare with: its figure stands alone.
    assert.ok(rows.some((r) => r.startsWith('2023') && r.includes('4') && !r.includes('（')), rows.join('\n'));
  });

  it('agencies by year: the years without a report are said; reports without an agency are listed apart', () => {
    const $ = page();
    const jia = $('#by-agency tr').filter((_, tr) => $(tr).find('th').text() === '甲镇');
    assert.deepStrictEqual(jia.find('td').map((_, td) => $(td).attr('class') ?? '').get(), ['', '', 'missing']);
    assert.match(jia.find('td').eq(1).text(), /✗ 2/);
    assert.match($('#agencies p').text(), /x\.txt/);
    assert.strictEqual($('[data-count="clean"]').text(), '5');
    assert.strictEqual($('li[data-rule]').first().text().includes('总计<不对>'), true, 'messages are escaped, not markup');
  });
});
