#!/usr/bin/env node
// Word/PDF import and export as a person does it in the real workbench (code-server + headless Chromium):
// opening a .docx shows the import page; its button writes the Markdown beside the document, which opens with
// its problems in the Problems panel. Screenshots go to test-output/vscode/ so a person can look at them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, startWorkbench } from '../harness/harness.mjs';
import { uiChecks } from './checks.mjs';

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-docs-ui-'));
fs.copyFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'readers', 'faulty.docx'), path.join(workspace, '报告.docx'));

let wb;
const { results, check } = uiChecks('documents', () => wb);

const t0 = Date.now();
try {
  wb = await startWorkbench({ workspace, copyWorkspace: false, extensions: [REPO_ROOT], viewport: { width: 1400, height: 900 } });
  const { page } = wb;
  await wb.waitForExtensionHost();
  const shot = async (name) => console.log(`        screenshot ${path.relative(process.cwd(), await wb.screenshot(name))}`);

  await check('opening a .docx shows the import page instead of binary noise', async () => {
    await wb.openFile('报告.docx');
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await frame.locator('a#import').waitFor({ timeout: 20000 });
    await shot('documents-import-page');
  });

  await check('its button writes 报告.md beside it, opens it, and the Problems panel lists the report\'s problems', async () => {
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await frame.locator('a#import').click();
    await page.locator('.tabs-container .tab.active', { hasText: '报告.md' }).first().waitFor({ timeout: 20000 });
    await page.locator('.monaco-editor .view-lines', { hasText: '示范县交通运输局' }).first().waitFor({ timeout: 15000 });
    assert.ok(fs.existsSync(path.join(workspace, '报告.md')));
    await wb.runCommand('Problems: Focus on Problems View');
    await page.locator('.markers-panel .monaco-list-row', { hasText: '不是非负整数' }).first().waitFor({ timeout: 20000 });
    await page.locator('.markers-panel .monaco-list-row', { hasText: '相差 1' }).first().waitFor({ timeout: 20000 });
    await shot('documents-imported-problems');
  });
} catch (err) {
  results.push(false);
  console.log(`  FAIL  workbench: ${String(err?.message ?? err).split('\n')[0]}`);
} finally {
  await wb?.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
}
const failed = results.filter((r) => !r).length;
console.log(`documents ui: finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
