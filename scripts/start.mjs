#!/usr/bin/env node
// The main job: install what is needed, build and package gknb as a .vsix, install it into a real
// VS Code (code-server) and open the bundled sample reports. Prints the address to open in a browser.
//   npm start                      run until Ctrl+C
//   npm start -- --screenshot      open the sample headless, save docs/images/*.png and exit
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const screenshot = process.argv.includes('--screenshot');

function step(title, cmd, args) {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✗ ${title} failed (exit ${r.status})`);
    process.exit(1);
  }
}

step('安装编辑器环境 / installing the editor environment', 'bash', ['test/setup/install-editors.sh']);
step('打包扩展 / packaging the extension (.vsix)', process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'package']);
const vsix = path.join(root, 'gknb.vsix');
console.log(`  ${path.relative(root, vsix)}: ${(fs.statSync(vsix).size / 1024).toFixed(0)} KB`);

const { startCodeServer, startWorkbench } = await import('../test/vscode/harness/harness.mjs');
// Work on a copy of the samples, so trying the quick fixes never changes the repository's files.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-samples-'));
fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });

if (screenshot) {
  const wb = await startWorkbench({ workspace, copyWorkspace: false, extensions: [vsix], viewport: { width: 1400, height: 900 } });
  try {
    await wb.waitForExtensionHost();
    await wb.openFile('000_b69ffcb2e96a0992.txt');
    await wb.page.locator('.monaco-editor .view-lines', { hasText: '陶营镇' }).first().waitFor({ timeout: 20000 });
    await wb.runCommand('Problems: Focus on Problems View');
    await wb.page.locator('.markers-panel .monaco-list-row', { hasText: '缺少第三部分' }).first().waitFor({ timeout: 20000 });
    await wb.runCommand('Explorer: Focus on Outline View');
    await wb.page.locator('.monaco-list-row', { hasText: '一、总体情况' }).first().waitFor({ timeout: 20000 });
    const out = path.join(root, 'docs', 'images');
    fs.mkdirSync(out, { recursive: true });
    console.log(`  ${await wb.screenshot(path.join(out, 'vscode-problems.png'))}`);
  } finally {
    await wb.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  process.exit(0);
}

const server = await startCodeServer({ extensions: [vsix] });
const url = `${server.baseUrl}/?folder=${encodeURIComponent(workspace)}`;
console.log(`\n✔ gknb 已安装到 VS Code（code-server ${server.installed?.length ? '' : ''}）。在浏览器中打开 / open in a browser:\n\n    ${url}\n\n  示例报告在左侧资源管理器中；打开任一报告即可看到问题面板、大纲和快速修复。按 Ctrl+C 退出。`);
const stop = async () => {
  await server.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
await new Promise(() => {});
