#!/usr/bin/env node
// UI tests in the real workbench (code-server + headless Chromium), as a person would use gknb:
// the Problems panel, the Outline, the light-bulb quick fix, the insert-table command, the
// status bar and gknb (with its icon) in the Extensions view. Screenshots go to test-output/vscode/
// so a person can look at them; scripts/readme-images.mjs copies the README's from there.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, startWorkbench } from '../harness/harness.mjs';
import { uiChecks } from './checks.mjs';

const seeds = path.join(REPO_ROOT, 'test', 'fixtures', 'seeds');
const seed002 = fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith('002'))), 'utf8');
const broken = seed002.replace('(一) 予以公开\t1\t', '(一) 予以公开\t2\t');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-ui-'));
fs.writeFileSync(path.join(workspace, 'broken-total.md'), broken);
fs.writeFileSync(path.join(workspace, 'new-report.txt'), '示范县审计局2023年政府信息公开工作年度报告\n\n四、政府信息公开行政复议、行政诉讼情况\n\n');
fs.writeFileSync(path.join(workspace, 'ignore-here.txt'), broken);
fs.writeFileSync(path.join(workspace, 'notes.md'), '# 会议纪要\n\n不是年报。\n');
// A reviewer's folder: 1,000 reports (the seeds; every third with a broken total), none of them open.
const seedTexts = fs.readdirSync(seeds).sort().map((f) => fs.readFileSync(path.join(seeds, f), 'utf8'));
const BATCH = 1000;
for (let i = 0; i < BATCH; i++) {
  const dir = path.join(workspace, '批量', String(Math.floor(i / 100)));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `报告${String(i).padStart(4, '0')}.txt`), i % 3 === 0 ? broken : seedTexts[i % seedTexts.length]);
}

let wb;
const { results, check } = uiChecks('ui', () => wb);

const t0 = Date.now();
try {
  wb = await startWorkbench({ workspace, copyWorkspace: false, extensions: [REPO_ROOT], viewport: { width: 1400, height: 900 } });
  const { page } = wb;
  await wb.waitForExtensionHost();
  const shot = async (name) => console.log(`        screenshot ${path.relative(process.cwd(), await wb.screenshot(name))}`);

  await check('the Problems panel shows the broken total in Chinese', async () => {
    await wb.openFile('broken-total.md');
    await page.locator('.monaco-editor .view-lines', { hasText: '承留镇' }).first().waitFor({ timeout: 15000 });
    await wb.runCommand('Problems: Focus on Problems View');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: '但总计为 1' });
    await row.first().waitFor({ timeout: 20000 });
    await shot('ui-problems');
  });

  await check('the status bar shows the report year, format and counts', async () => {
    const item = page.locator('.statusbar-item', { hasText: '2022' });
    await item.first().waitFor({ timeout: 10000 });
    assert.match(await item.first().innerText(), /2021/);
  });

  await check('the Outline lists the six sections', async () => {
    await wb.runCommand('Explorer: Focus on Outline View');
    // The outline pane is short; its first rows are the title and the first sections.
    for (const title of ['政府信息公开工作年度报告', '一、总体情况', '二、主动公开政府信息情况']) {
      await page.locator('.monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15000 });
    }
    await shot('ui-outline');
  });

  await check('the light-bulb quick fix sets the total and the problem disappears', async () => {
    const lines = broken.split('\n');
    const line = lines.findIndex((l) => l.includes('(一) 予以公开\t2\t'));
    const col = lines[line].split('\t').slice(0, 8).join('\t').length + 1;
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+g');
    await page.keyboard.type(`${line + 1}:${col + 1}`);
    await page.keyboard.press('Enter');
    await page.locator('.lightBulbWidget, .codicon-light-bulb, .codicon-lightbulb-autofix').first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Control+.');
    const item = page.locator('.action-widget .monaco-list-row, .context-view .monaco-list-row', { hasText: '把总计改为 2' });
    await item.first().waitFor({ timeout: 10000 });
    await shot('ui-quickfix');
    // The menu opens with its first (preferred) fix selected: accept it with Enter.
    await page.keyboard.press('Enter');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: '但总计为 1' });
    await row.first().waitFor({ state: 'detached', timeout: 20000 });
    await shot('ui-after-fix');
  });

  await check('“Insert Standard Table” puts table 四 into a new report', async () => {
    await wb.openFile('new-report.txt');
    await page.locator('.monaco-editor .view-lines', { hasText: '示范县审计局' }).first().waitFor({ timeout: 15000 });
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+End');
    await wb.runCommand('gknb: Insert Standard Table');
    const pick = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Table 4' });
    await pick.first().waitFor({ timeout: 20000 });
    await pick.first().click();
    await page.locator('.monaco-editor .view-lines', { hasText: '复议后起诉' }).first().waitFor({ timeout: 15000 });
    // Section 四 now has its table: the table-missing problem goes away.
    await page.locator('.markers-panel .monaco-list-row', { hasText: '缺少表格' }).first().waitFor({ state: 'detached', timeout: 20000 });
    await shot('ui-insert-table');
  });

  await check('clicking the status bar item opens the Problems panel; a file that is not a report has none', async () => {
    await wb.openFile('broken-total.md');
    // Another panel first, so that opening Problems is the click's doing.
    await wb.runCommand('Terminal: Focus Terminal');
    await page.locator('.markers-panel').first().waitFor({ state: 'hidden', timeout: 10000 });
    const item = page.locator('.statusbar-item', { hasText: '2022' }).first();
    await item.waitFor({ timeout: 10000 });
    await item.click();
    await page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: 10000 });
    await shot('ui-statusbar');
    await wb.openFile('notes.md');
    await page.locator('.statusbar-item', { hasText: '2022' }).first().waitFor({ state: 'detached', timeout: 10000 });
  });

  await check('“忽略此处” from the light bulb writes the exception comment and the problem disappears', async () => {
    await wb.openFile('ignore-here.txt');
    const lines = broken.split('\n');
    const line = lines.findIndex((l) => l.includes('(一) 予以公开\t2\t'));
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+g');
    await page.keyboard.type(`${line + 1}:${lines[line].split('\t').slice(0, 8).join('\t').length + 2}`);
    await page.keyboard.press('Enter');
    await page.locator('.lightBulbWidget, .codicon-light-bulb, .codicon-lightbulb-autofix').first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Control+.');
    const item = page.locator('.action-widget .monaco-list-row, .context-view .monaco-list-row', { hasText: '忽略此处（row-total）' }).first();
    await item.waitFor({ timeout: 10000 });
    await shot('ui-ignore-here');
    // The preferred fix (把总计改为 2) is selected first; “忽略此处” is the next one.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: 'gknb-disable-next-line row-total' }).first().waitFor({ timeout: 10000 });
    await wb.runCommand('Problems: Focus on Problems View');
    const rows = page.locator('.markers-panel .monaco-list-row', { hasText: 'ignore-here.txt' });
    await rows.first().waitFor({ timeout: 10000 });
    // ignore-here.txt still has its other problem (result-total), but no row-total any more.
    await page.locator('.markers-panel .monaco-list-row', { hasText: '相差 1' }).filter({ hasText: '予以公开' }).first().waitFor({ state: 'detached', timeout: 20000 }).catch(async () => {
      throw new Error('the row-total problem of ignore-here.txt is still listed');
    });
  });

  await check(`“Check All Reports in Workspace” checks ${BATCH} unopened reports with a progress notification and fills the Problems panel`, async () => {
    await page.keyboard.press('Escape');
    await wb.runCommand('gknb: Check All Reports in Workspace');
    const toast = page.locator('.notification-toast', { hasText: 'Checking all reports in the workspace' }).first();
    await toast.waitFor({ timeout: 15000 });
    // The toast counts files ("n / 1,00x files") and has a Cancel button.
    await page.locator('.notification-toast', { hasText: /\d+ \/ \d+ files/ }).first().waitFor({ timeout: 15000 });
    await shot('ui-check-workspace-progress');
    const done = page.locator('.notification-toast', { hasText: /Checked \d+ reports in [\d.]+ s/ }).first();
    await done.waitFor({ timeout: 120000 });
    const text = await done.innerText();
    const m = /Checked (\d+) reports in ([\d.]+) s: (\d+) errors, (\d+) warnings/.exec(text);
    assert.ok(m, text);
    assert.ok(Number(m[1]) >= BATCH, text);
    console.log(`        ${m[1]} reports checked in ${m[2]} s (as the notification says)`);
    await wb.runCommand('Problems: Focus on Problems View');
    // The Problems badge counts thousands of problems now ("4K+").
    const badge = page.locator('.part.panel .composite-bar .badge-content, .panel .badge .badge-content').first();
    const badgeText = await badge.innerText();
    assert.ok(/\dK/i.test(badgeText) || Number(badgeText.replace(/\D/g, '')) >= 1000, `badge ${badgeText}`);
    // A report that was never opened is listed with its problems (filter the long list to find it).
    const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await filter.fill('报告0003');
    await page.locator('.markers-panel .monaco-list-row', { hasText: '报告0003.txt' }).first().waitFor({ timeout: 20000 });
    await page.locator('.markers-panel .monaco-list-row', { hasText: '予以公开' }).first().waitFor({ timeout: 20000 });
    await shot('ui-check-workspace-problems');
    await filter.fill('');
  });

  await check('the Extensions view lists the installed gknb with its icon, and its page shows the README', async () => {
    await page.keyboard.press('Escape');
    // A clean view for the screenshot: no panel, no notifications.
    await wb.runCommand('Notifications: Clear All Notifications');
    await wb.runCommand('View: Hide Panel');
    await wb.runCommand('Extensions: Show Enabled Extensions');
    const row = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Government Information Disclosure' }).first();
    await row.waitFor({ timeout: 20000 });
    // The icon is images/icon.png as loaded by the workbench (not the default placeholder): 128 × 128.
    const icon = row.locator('img.icon').first();
    await icon.waitFor({ timeout: 10000 });
    await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await icon.elementHandle(), { timeout: 10000 });
    const [width, height, src] = await icon.evaluate((img) => [img.naturalWidth, img.naturalHeight, img.src]);
    // A resource URL of the workbench, the path in it percent-encoded or not.
    assert.match(decodeURIComponent(src), /images\/icon\.png/);
    assert.deepEqual([width, height], [128, 128]);
    await row.click();
    // The extension's page: the same icon, large, and the README (in a webview).
    const header = page.locator('.extension-editor .header', { hasText: 'gknb' }).first();
    await header.waitFor({ timeout: 20000 });
    assert.match(decodeURIComponent(await header.locator('img.icon').first().getAttribute('src')), /images\/icon\.png/);
    await page.waitForTimeout(1500); // the README webview paints after the header
    await shot('ui-extensions');
  });
} catch (err) {
  results.push(false);
  console.log(`  FAIL  workbench: ${String(err?.message ?? err).split('\n')[0]}`);
} finally {
  await wb?.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
}
const failed = results.filter((r) => !r).length;
console.log(`ui: finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
