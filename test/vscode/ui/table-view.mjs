#!/usr/bin/env node
// The table view in the real workbench (code-server + headless Chromium): it opens beside a report with
// a broken total, the broken cell is red, a click selects the cell in the editor, typing the fix turns
// the cell normal, “与上年对比” shows last year's values. Screenshots in the light and the dark theme go
// to test-output/vscode/ for a person to look at.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, startWorkbench } from '../harness/harness.mjs';
import { uiChecks } from './checks.mjs';

const seeds = path.join(REPO_ROOT, 'test', 'fixtures', 'seeds');
const seed002 = fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith('002'))), 'utf8');
// （七）总计's total 1 → 3: row-total, result-total and balance all point at that one cell.
const broken = seed002.replace('(七) 总计\t1\t0\t0\t0\t0\t0\t1', '(七) 总计\t1\t0\t0\t0\t0\t0\t3');
assert.notEqual(broken, seed002);
// Last year's report of the same agency (承留镇), which carried 4 applications forward.
const lastYear = seed002.replace('2022 年', '2021 年').replace(/^(四、结转下年度继续办理\t\t)0(\t0\t0\t0\t0\t0\t)0/m, '$14$24');
assert.notEqual(lastYear, seed002.replace('2022 年', '2021 年'));
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-tableview-'));
fs.writeFileSync(path.join(workspace, 'broken-total.md'), broken);
fs.writeFileSync(path.join(workspace, '2021.md'), lastYear);
fs.mkdirSync(path.join(workspace, '.vscode'));
const theme = (name) => fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.colorTheme': name }));
theme('Default Light Modern');

let wb;
const { results, check } = uiChecks('tableview', () => wb);

const lines = broken.split('\n');
const totalLine = lines.findIndex((l) => l.startsWith('(七) 总计'));
const totalCol = lines[totalLine].lastIndexOf('3');
const newLine = lines.findIndex((l) => l.startsWith('一、本年新收政府信息公开申请数量'));

const t0 = Date.now();
try {
  wb = await startWorkbench({ workspace, copyWorkspace: false, extensions: [REPO_ROOT], viewport: { width: 1600, height: 1000 } });
  const { page } = wb;
  await wb.waitForExtensionHost();
  const shot = async (name) => console.log(`        screenshot ${path.relative(process.cwd(), await wb.screenshot(name))}`);
  // The webview's page sits two frames deep.
  const view = () => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const status = () => page.locator('.statusbar-item[id="status.editor.selection"]').first();

  await check('“Show Table View” opens the three tables beside the report, the broken total red with 应为 1', async () => {
    await wb.openFile('broken-total.md');
    await page.locator('.monaco-editor .view-lines', { hasText: '承留镇' }).first().waitFor({ timeout: 15000 });
    await page.locator('.statusbar-item', { hasText: '2022' }).first().waitFor({ timeout: 20000 });
    await wb.runCommand('gknb: Show Table View');
    for (const t of ['t2', 't3', 't4']) await view().locator(`table.${t}`).waitFor({ timeout: 20000 });
    const wrong = view().locator('tr[data-row="result_total"] td').last();
    await wrong.and(view().locator('.sev-error')).waitFor({ timeout: 20000 });
    assert.equal(await view().locator('td.sev-error').count(), 1);
    assert.match(await wrong.getAttribute('title'), /应为 1/);
    assert.equal(await wrong.locator('.exp').innerText(), '应为 1');
    const colour = await wrong.evaluate((el) => getComputedStyle(el).outlineColor);
    const [r, g, b] = colour.match(/\d+/g).map(Number);
    assert.ok(r > 150 && g < 120 && b < 120, `the broken cell is outlined red (${colour})`);
    await wrong.scrollIntoViewIfNeeded();
    await shot('tableview-light');
  });

  await check('scrolled sideways in a narrow pane, the label columns stay in view beside the numbers', async () => {
    // As wide as a pane beside a report on a laptop: table 三 is wider than that.
    const frame = page.locator('iframe.webview.ready');
    const box = await frame.boundingBox();
    await page.setViewportSize({ width: Math.round(1600 - box.width + 520), height: 1000 });
    await page.waitForTimeout(400);
    const total = view().locator('tr[data-row="result_total"] td').last();
    await total.scrollIntoViewIfNeeded();
    const state = await total.evaluate((td) => {
      const label = td.closest('tr').querySelector('th[scope="row"]');
      const l = label.getBoundingClientRect();
      const group = td.closest('table').querySelector('tbody th.g');
      return { scrolled: window.scrollX, width: innerWidth, label: [l.left, l.right], cell: td.getBoundingClientRect().left, group: group.getBoundingClientRect().left, frozen: td.closest('table').querySelectorAll('th.frozen').length };
    });
    assert.ok(state.scrolled > 0, `the view scrolled sideways (${JSON.stringify(state)})`);
    assert.ok(state.frozen > 20, `label cells are frozen (${state.frozen})`);
    assert.ok(state.label[0] >= 0 && state.label[1] <= state.cell, `the row's label is in view, left of its number (${JSON.stringify(state)})`);
    assert.ok(state.group >= 0 && state.group < state.label[0], `the parent label is in view, left of the row's label (${JSON.stringify(state)})`);
    await shot('tableview-narrow');
    await page.setViewportSize({ width: 1600, height: 1000 });
    await total.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400);
  });

  await check('a click on a cell selects it in the editor, and the view highlights the cell under the cursor', async () => {
    const cell = view().locator('tr[data-row="new_received"] td').nth(1);
    assert.equal(Number(await cell.getAttribute('data-l')), newLine);
    await cell.click();
    // The cell under the text cursor is highlighted: the editor's selection moved there.
    await view().locator('tr[data-row="new_received"] td.cur').first().waitFor({ timeout: 10000 });
    // The status bar shows the selection of the focused editor.
    await wb.runCommand('View: Focus First Editor Group');
    // Ln is the cell's line; Col counts tabs as columns, so only the one-character selection is checked.
    await page.waitForFunction((l) => {
      const s = document.querySelector('.statusbar-item[id="status.editor.selection"]');
      return s && s.textContent.includes(`Ln ${l},`);
    }, newLine + 1, { timeout: 10000 });
    assert.match(await status().innerText(), /\(1 selected\)/);
  });

  await check('arrow keys move between cells, and the editor selection follows', async () => {
    const cell = view().locator('tr[data-row="new_received"] td').nth(1);
    await cell.click();
    await page.keyboard.press('ArrowDown');
    const below = view().locator('tr[data-row="carried_over"] td').nth(1);
    await below.and(view().locator('td.cur')).waitFor({ timeout: 10000 });
    assert.equal(await below.evaluate((el) => el === document.activeElement), true);
    await page.keyboard.press('ArrowRight');
    await view().locator('tr[data-row="carried_over"] td').nth(2).and(view().locator('td.cur')).waitFor({ timeout: 10000 });
  });

  await check('the quick fixes of a cell (right click or Ctrl+.) are the editor\'s own, at that cell', async () => {
    const wrong = view().locator('tr[data-row="result_total"] td').last();
    await wrong.click({ button: 'right' });
    const item = page.locator('.action-widget .monaco-list-row, .context-view .monaco-list-row', { hasText: '改为 1' });
    await item.first().waitFor({ timeout: 15000 });
    await shot('tableview-quickfix');
    await page.keyboard.press('Escape');
    await item.first().waitFor({ state: 'detached', timeout: 10000 });
  });

  await check('typing the fix in the text turns the cell normal within one analysis', async () => {
    const wrong = view().locator('tr[data-row="result_total"] td').last();
    assert.equal(Number(await wrong.getAttribute('data-s')), totalCol);
    await wrong.click();
    // Enter takes the focus to the editor with the cell's text selected; typing replaces it.
    await wrong.press('Enter');
    await page.locator('.monaco-editor.focused').first().waitFor({ timeout: 10000 });
    await page.keyboard.type('1');
    await page.locator('.monaco-editor .view-lines', { hasText: '(七) 总计' }).first().waitFor();
    await view().locator('td.sev-error').first().waitFor({ state: 'detached', timeout: 20000 });
    assert.equal(await view().locator('tr[data-row="result_total"] td').last().innerText(), '1');
    await shot('tableview-fixed');
  });

  await check('“与上年对比” shows last year\'s values, and 上年结转 beside last year\'s 结转下年度', async () => {
    const box = view().locator('#compare');
    await page.waitForTimeout(200);
    await view().locator('#compare:not([disabled])').waitFor({ timeout: 20000 });
    await box.check();
    const carried = view().locator('tr[data-row="carried_over"] td').first();
    await carried.locator('.carry').waitFor({ timeout: 20000 });
    assert.match(await carried.locator('.carry').innerText(), /4/);
    assert.match(await view().locator('tr[data-row="carry_forward"] td').first().locator('.prev').innerText(), /4/);
    await shot('tableview-compare');
  });

  await check('the dark theme colours the view from the theme', async () => {
    // A click, then what it does: the view redraws its bar as the extension answers, so Playwright's uncheck(),
    // which reads the box right after its click, can read the redrawn one.
    const box = view().locator('#compare');
    if (await box.isChecked()) await box.click();
    await view().locator('.prev').first().waitFor({ state: 'detached', timeout: 20000 });
    assert.equal(await box.isChecked(), false);
    await wb.runCommand('Preferences: Toggle between Light/Dark Themes');
    await page.locator('.monaco-workbench.vs-dark').first().waitFor({ timeout: 20000 });
    // Break the total again, so the dark screenshot shows a red cell.
    await wb.runCommand('View: Focus First Editor Group');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('5');
    await view().locator('td.sev-error').first().waitFor({ timeout: 20000 });
    const bg = await view().locator('html').evaluate((el) => getComputedStyle(el).getPropertyValue('--vscode-editor-background'));
    const hex = bg.trim().replace('#', '');
    const sum = [0, 2, 4].reduce((n, i) => n + parseInt(hex.slice(i, i + 2), 16), 0);
    assert.ok(sum < 200, `dark background (${bg})`);
    const wrong = view().locator('td.sev-error').first();
    const colour = await wrong.evaluate((el) => getComputedStyle(el).outlineColor);
    const [r] = colour.match(/\d+/g).map(Number);
    assert.ok(r > 150, `the broken cell is outlined red in the dark theme too (${colour})`);
    await wrong.scrollIntoViewIfNeeded();
    await shot('tableview-dark');
  });

  await check('high contrast: the cell borders take the theme\'s contrast border', async () => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Preferences: Color Theme');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Preferences: Color Theme' }).first().click();
    await input.fill('Dark High Contrast');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dark High Contrast' }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-workbench.hc-black, .monaco-workbench.hc-light').first().waitFor({ timeout: 20000 });
    await view().locator('body.vscode-high-contrast').waitFor({ timeout: 20000 });
    const wrong = view().locator('td.sev-error').first();
    await wrong.waitFor({ timeout: 10000 });
    // The webview gets the theme's class and its colour variables in separate updates: read both until they have
    // settled (at most 5 s), then compare.
    let border = '';
    let rgb = '';
    for (const until = Date.now() + 5000; ;) {
      border = await view().locator('tr[data-row="new_received"] td').first().evaluate((el) => getComputedStyle(el).borderTopColor);
      const contrast = await view().locator('html').evaluate((el) => getComputedStyle(el).getPropertyValue('--vscode-contrastBorder').trim());
      assert.ok(/^#[0-9a-f]{6}$/i.test(contrast), `the theme's contrast border colour (${contrast})`);
      rgb = `rgb(${[1, 3, 5].map((i) => parseInt(contrast.slice(i, i + 2), 16)).join(', ')})`;
      if (border === rgb || Date.now() > until) break;
      await page.waitForTimeout(200);
    }
    assert.equal(border, rgb);
    // The view redraws after each analysis (the theme change may bring one): a cell can be replaced while
    // Playwright scrolls to it; the next attempt finds the new one.
    for (let attempt = 1; ; attempt++) {
      try {
        await wrong.scrollIntoViewIfNeeded({ timeout: 5000 });
        break;
      } catch (err) {
        if (attempt === 3 || !/not attached/.test(String(err))) throw err;
      }
    }
    await shot('tableview-high-contrast');
  });
} catch (err) {
  results.push(false);
  console.log(`  FAIL  workbench: ${String(err?.message ?? err).split('\n')[0]}`);
} finally {
  await wb?.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
}
const failed = results.filter((r) => !r).length;
console.log(`tableview ui: finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
