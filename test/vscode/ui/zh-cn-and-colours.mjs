#!/usr/bin/env node
// gknb in a real VS Code whose display language is Chinese (zh-cn), and its colouring as VS Code shows it.
//
// The display language: code-server --locale zh-cn, with a stand-in language pack
// (test/fixtures/zh-cn-language-pack) that makes zh-cn available but translates none of VS Code's own
// strings — without any language pack VS Code 1.100 falls back to English for everything, extensions
// included (vscode.env.language is then 'en'). So every Chinese word below comes from gknb's
// package.nls.zh-cn.json or l10n/bundle.l10n.zh-cn.json.
//
// 1. The suite test/vscode/zh-cn runs in the extension host (vscode.env.language, the localized manifest).
// 2. Then, in the workbench as a person sees it: the command palette finds “插入标准表格”; the status bar,
//    the insert-table quick pick and a notification speak Chinese; and VS Code's “Inspect Editor Tokens
//    and Scopes” widget shows gknb's TextMate scopes on a Markdown report (the injection) and on a .gknb
//    document (the standalone grammar). Screenshots go to test-output/vscode/.
// Ends with "N passed, N failed" like the other stages of `npm test`.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { consoleReporter, printSummary } from '../harness/cli-common.mjs';
import { REPO_ROOT, runSuites } from '../harness/harness.mjs';

const LANGUAGE_PACK = path.join(REPO_ROOT, 'test', 'fixtures', 'zh-cn-language-pack');
const SAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'samples', '示范县交通运输局2023年报告-示例.md'), 'utf8');
const LINES = SAMPLE.split('\n');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-zh-cn-'));
fs.writeFileSync(path.join(workspace, 'report.md'), SAMPLE);
fs.writeFileSync(path.join(workspace, 'report.gknb'), SAMPLE);

/** 1-based line and column of the character `offset` characters into the first line-start-anchored `piece`. */
function where(linePrefix, piece = linePrefix, offset = 0) {
  const line = LINES.findIndex((l) => l.startsWith(linePrefix));
  assert.ok(line >= 0, `no line starting with ${linePrefix}`);
  const col = LINES[line].indexOf(piece);
  assert.ok(col >= 0, `${piece} not in line ${line + 1}`);
  return { line: line + 1, column: col + offset + 1 };
}

const ui = [];
const startedAt = Date.now();

async function uiChecks(wb) {
  const { page } = wb;
  const input = page.locator('.quick-input-widget input');
  const shot = async (name) => console.log(`        screenshot ${path.relative(process.cwd(), await wb.screenshot(name))}`);
  async function check(name, fn) {
    const t = Date.now();
    try {
      await fn();
      ui.push(true);
      console.log(`  pass  ${name} (${Date.now() - t} ms)`);
    } catch (err) {
      ui.push(false);
      console.log(`  FAIL  ${name}\n        ${String(err?.message ?? err).split('\n').join('\n        ')}`);
      await shot(`ui-zh-cn-failure-${ui.length}`).catch(() => {});
      await page.keyboard.press('Escape').catch(() => {});
    }
  }
  async function goTo({ line, column }) {
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+g');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10000 });
  }
  /** The TextMate scopes VS Code's token inspector shows at a position. */
  async function scopesAt(pos, screenshot) {
    await goTo(pos);
    await wb.runCommand('Developer: Inspect Editor Tokens and Scopes');
    const widget = page.locator('.token-inspect-widget');
    await widget.waitFor({ state: 'visible', timeout: 10000 });
    const rows = widget.locator('tr', { hasText: 'textmate scopes' });
    await rows.first().waitFor({ timeout: 10000 });
    const text = await rows.first().innerText();
    if (screenshot) await shot(screenshot);
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'detached', timeout: 10000 }).catch(() => {});
    return text.replace('textmate scopes', '').split(/\s+/).filter(Boolean);
  }
  async function expectScopes(pos, expected, label, screenshot) {
    const scopes = await scopesAt(pos, screenshot);
    for (const s of expected) assert.ok(scopes.includes(s), `${label}: ${s} missing; VS Code shows ${scopes.join(' ')}`);
    return scopes;
  }

  await wb.openFile('report.md');
  await page.locator('.monaco-editor .view-lines', { hasText: '总体情况' }).first().waitFor({ timeout: 20000 });

  await check('the command palette finds gknb’s commands by their Chinese names', async () => {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill('>插入标准表格');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'gknb: 插入标准表格' }).first().waitFor({ timeout: 10000 });
    await shot('ui-zh-cn-command-palette');
    // gknb has more commands than the palette shows at once (its list is virtual): look each one up by name.
    for (const title of ['修复所有可自动修复的问题', '检查工作区所有年报', '格式化表格', '由上年报告新建本年报告', '显示表格视图', '从 Word/PDF/网页导入报告']) {
      await input.fill(`>gknb: ${title}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: `gknb: ${title}` }).first().waitFor({ timeout: 10000 });
    }
    await page.keyboard.press('Escape');
  });

  await check('the status bar item reads “2023年 · 2021版”', async () => {
    const item = page.locator('.statusbar-item', { hasText: '2023年' }).first();
    await item.waitFor({ timeout: 20000 });
    assert.match(await item.innerText(), /2023年 · 2021版/);
  });

  await check('“插入标准表格” asks in Chinese which table to insert', async () => {
    await goTo({ line: LINES.length, column: 1 });
    // Not wb.runCommand: that waits for the palette to close, and this command opens a quick pick at once.
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill('>插入标准表格');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'gknb: 插入标准表格' }).first().click();
    await page.locator('.quick-input-widget .quick-input-title', { hasText: '插入标准表格' }).first().waitFor({ timeout: 10000 });
    await page.locator('.quick-input-widget input[placeholder="选择要在光标处插入的标准表格"]').waitFor({ timeout: 10000 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '表格四 政府信息公开行政复议、行政诉讼情况' }).first().waitFor({ timeout: 10000 });
    await shot('ui-zh-cn-insert-table');
    await page.keyboard.press('Escape');
  });

  await check('“修复所有可自动修复的问题” on a report with nothing to fix says so in Chinese', async () => {
    await wb.runCommand('gknb: 修复所有可自动修复的问题');
    await page.locator('.notification-toast', { hasText: '没有可以自动修复的问题。' }).first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(500); // the toast slides in
    await shot('ui-zh-cn-notification');
  });

  await check('Markdown report: VS Code shows gknb’s scopes on the title, headings, table titles, row labels, numbers and totals', async () => {
    const md = 'text.html.markdown';
    await expectScopes(where('# ', '示范县', 1), [md, 'markup.heading.title.gknb', 'entity.name.section.title.gknb'], 'title');
    await expectScopes(where('## 一、总体情况', '总体', 1), [md, 'markup.heading.section.gknb', 'entity.name.section.gknb'], 'section heading', 'ui-zh-cn-inspect-tokens');
    await expectScopes(where('（一）主动公开', '主动', 1), [md, 'entity.name.section.subsection.gknb'], 'sub-heading');
    await expectScopes(where('第二十条第（一）项', '二十', 1), [md, 'entity.name.type.table.gknb'], 'table title');
    const row = '| 一、本年新收政府信息公开申请数量';
    await expectScopes(where(row, '本年新收', 1), [md, 'support.type.label.row.gknb'], 'row label');
    await expectScopes(where(row, '| 5 |', 2), [md, 'constant.numeric.cell.gknb'], 'number cell');
    const total = LINES.find((l) => l.startsWith(row));
    await expectScopes(where(row, '| 8 |', 2), [md, 'constant.numeric.total.gknb'], `total cell of ${total}`);
    await expectScopes(where('| （七）总计', '总计'), [md, 'keyword.other.total.gknb'], '（七）总计');
  });

  await check('Markdown report: ordinary prose has no gknb scope', async () => {
    const scopes = await scopesAt(where('2023年，本局', '认真', 1));
    assert.ok(scopes.includes('text.html.markdown'), scopes.join(' '));
    assert.ok(!scopes.some((s) => s.endsWith('.gknb')), `prose got ${scopes.join(' ')}`);
  });

  await check('.gknb document: the standalone grammar (source.gknb) colours the same lines', async () => {
    await wb.openFile('report.gknb');
    await page.locator('.monaco-editor .view-lines', { hasText: '总体情况' }).first().waitFor({ timeout: 20000 });
    await expectScopes(where('## 一、总体情况', '总体', 1), ['source.gknb', 'entity.name.section.gknb'], 'section heading');
    await expectScopes(where('| （七）总计', '总计'), ['source.gknb', 'keyword.other.total.gknb'], '（七）总计');
  });
}

let result;
try {
  result = await runSuites({
    files: [path.join(REPO_ROOT, 'test', 'vscode', 'zh-cn', 'l10n.test.js')],
    extensions: [REPO_ROOT, LANGUAGE_PACK],
    locale: 'zh-cn',
    workspace,
    copyWorkspace: false,
    viewport: { width: 1400, height: 900 },
    onEvent: consoleReporter({ startedAt }),
    afterRun: uiChecks,
  });
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
const uiFailed = ui.filter((ok) => !ok).length;
result.passed += ui.length - uiFailed;
result.failed += uiFailed;
process.exit(printSummary(result));
