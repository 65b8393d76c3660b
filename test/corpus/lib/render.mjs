/**
 * Renderings of the Word documents, made the way people get report text: LibreOffice converts to PDF,
 * HTML and text (many files per call, private profile); poppler's pdftotext gives the PDF text with and
 * without -layout; headless Chromium gives the web page's innerText (what a browser's copy gives).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const BATCH = 40;

/** Convert every .docx to `target` (pdf | html | txt:…) in `outDir`; LibreOffice is started once per batch. */
export function sofficeConvert(docxFiles, target, outDir, profileDir) {
  mkdirSync(outDir, { recursive: true });
  for (let i = 0; i < docxFiles.length; i += BATCH) {
    execFileSync('soffice', [
      `-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', target, '--outdir', outDir,
      ...docxFiles.slice(i, i + BATCH),
    ], { stdio: 'pipe', timeout: 600000 });
  }
  const ext = target.split(':')[0];
  for (const f of docxFiles) {
    const out = path.join(outDir, path.basename(f, '.docx') + '.' + ext);
    if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  }
}

export function pdfText(pdf, layout) {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** The same flags as the editor harness (test/vscode/harness/harness.mjs CHROMIUM_ARGS). */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Headless Chromium (Debian's, or GKNB_CHROMIUM) with its profile and cache under homeDir. */
export async function launchChromium(homeDir) {
  const { chromium } = await import('playwright-core');
  mkdirSync(homeDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.GKNB_CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(homeDir, 'config'), XDG_CACHE_HOME: path.join(homeDir, 'cache') },
  });
}

/**
 * document.body.innerText of each HTML file, in order, twice: as LibreOffice wrote the page (each cell
 * holds paragraphs, so a copy has line breaks inside cells) and with the cells' paragraphs unwrapped,
 * as a content system publishes tables (`<td>text</td>`: a copy gives one tab-separated line per row),
 * and that unwrapped page's HTML.
 */
export async function browserTexts(htmlFiles, homeDir) {
  const browser = await launchChromium(homeDir);
  try {
    const page = await browser.newPage();
    const out = [];
    for (const f of htmlFiles) {
      await page.goto('file://' + path.resolve(f));
      const asWritten = await page.evaluate(() => document.body.innerText);
      const plain = await page.evaluate(() => {
        for (const td of document.querySelectorAll('td, th')) {
          const text = [...td.querySelectorAll('p')].map((p) => p.textContent.trim()).filter(Boolean).join(' ');
          if (td.querySelector('p')) td.textContent = text;
        }
        return document.body.innerText;
      });
      // The transformed page itself, for the HTML→Markdown converters (test/corpus/lib/converters.mjs).
      const plainHtml = await page.evaluate(() => '<!DOCTYPE html>\n' + document.documentElement.outerHTML);
      out.push({ asWritten, plain, plainHtml });
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** document.body.innerText of each page as served (its own charset), in order: a browser's select-all copy. */
export async function pageTexts(htmlFiles, homeDir) {
  const browser = await launchChromium(homeDir);
  try {
    const page = await browser.newPage();
    // No network: the pages' pictures, styles and scripts point at the site, not here.
    await page.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
    const out = [];
    for (const f of htmlFiles) {
      await page.goto('file://' + path.resolve(f));
      out.push(await page.evaluate(() => document.body.innerText));
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** LibreOffice's text export (a BOM first, CRLF or LF line ends as it writes them). */
export function readText(file) {
  return readFileSync(file, 'utf8');
}
