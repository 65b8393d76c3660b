/**
 * The report's web page turned into Markdown by the converters people, archives and scrapers really run:
 * pandoc (gfm), Python's html2text and turndown with its GFM plugin (what "copy as Markdown" browser
 * extensions and web clippers use), and the text dumps of the text-mode browsers w3m and lynx. Their output is kept as they write it: inline <span>s, tables kept as
 * raw HTML, spanned cells dropped or left empty, escaped characters.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import TurndownService from 'turndown';
import turndownGfm from 'turndown-plugin-gfm';

export const CONVERTED = JSON.parse(readFileSync(new URL('./converters.json', import.meta.url), 'utf8')).converted;

// Debian names the Python html2text's command html2markdown.py3 (the name html2text is the C program's).
const HTML2TEXT = process.env.GKNB_HTML2TEXT || 'html2markdown.py3';

const run = (cmd, args, input, env = {}) => execFileSync(cmd, args, { input, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120000, env: { ...process.env, ...env } });

let turndown;
function turndownOf(html) {
  if (!turndown) {
    turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' });
    turndown.use(turndownGfm.gfm);
  }
  // A browser extension converts document.body, not the page's <head> (whose <style> would come out as text).
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
  return turndown.turndown(body ? body[1] : html) + '\n';
}

/** The Markdown one converter makes of one page. */
export function convertPage(converter, html) {
  switch (converter) {
    case 'pandoc': return run('pandoc', ['-f', 'html', '-t', 'gfm'], html);
    case 'html2text': return run(HTML2TEXT, [], html, { PYTHONIOENCODING: 'utf-8' });
    case 'turndown': return turndownOf(html);
    // Text-mode browsers' dumps, at their default 80 columns: tables laid out with spaces, labels wrapped in their cells.
    case 'w3m': return run('w3m', ['-dump', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8'], html);
    case 'lynx': return run('lynx', ['-dump', '-stdin', '-nolist', '-assume_charset=utf-8', '-display_charset=utf-8'], html);
    default: throw new Error(`unknown converter ${converter}`);
  }
}
