#!/usr/bin/env node
// Renders images/icon.svg to images/icon.png (128 × 128, the size the Marketplace and Open VSX show)
// with the Chromium that the UI tests use (playwright-core drives it; test/setup/install-editors.sh installs it).
// The PNG is committed: packaging does not need a browser. After changing the SVG: npm run icon (installs
// Chromium first if it is missing, idempotent). --preview-32 also writes test-output/icon-32.png to look at.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svgPath = path.join(root, 'images', 'icon.svg');
const pngPath = path.join(root, 'images', 'icon.png');
const SIZE = 128;
const executablePath = process.env.GKNB_CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(executablePath)) {
  console.error(`render-icon: Chromium not found at ${executablePath} (run npm run editors:install, or set GKNB_CHROMIUM)`);
  process.exit(1);
}

const svg = fs.readFileSync(svgPath, 'utf8');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  const html = `<!doctype html><html><body style="margin:0;background:transparent">
    <img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${SIZE}" height="${SIZE}" style="display:block"></body></html>`;
  await page.setContent(html);
  await page.locator('img').evaluate((img) => img.decode());
  await page.screenshot({ path: pngPath, omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  // A 32 px copy, to look at how it reads in the Extensions list (not shipped).
  const small = process.argv.includes('--preview-32');
  if (small) {
    await page.setViewportSize({ width: 32, height: 32 });
    await page.setContent(html.replaceAll(`"${SIZE}"`, '"32"'));
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: path.join(root, 'test-output', 'icon-32.png'), omitBackground: true, clip: { x: 0, y: 0, width: 32, height: 32 } });
  }
  console.log(`render-icon: ${path.relative(root, pngPath)} (${SIZE}×${SIZE}, ${fs.statSync(pngPath).size} bytes)`);
} finally {
  await browser.close();
}
