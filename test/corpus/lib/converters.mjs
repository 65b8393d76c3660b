/**
 * The report's web page turned into Markdown by the converters people, archives and scrapers really run:
 * pandoc (gfm), Python's html2text and turndown with its GFM plugin (what "copy as Markdown" browser
 * extensions and web clippers use), the text dumps of the text-mode browsers w3m, lynx, elinks and links, and
 * BeautifulSoup's get_text() (the commonest scraper idiom). Their output is kept as they write it: inline <span>s, tables kept as
 * raw HTML, spanned cells dropped or left empty, escaped characters.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import TurndownService from 'turndown';
import turndownGfm from 'turndown-plugin-gfm';

export const CONVERTED = JSON.parse(readFileSync(new URL('./converters.json', import.meta.url), 'utf8')).converted;

// Debian names the Python html2text's command html2markdown.py3 (the name html2text is the C program's).
const HTML2TEXT = process.env.GKNB_HTML2TEXT || 'html2markdown.py3';

// Debian's python3-bs4 is installed for the system Python, not for a pyenv/venv one earlier on PATH.
const PYTHON = process.env.GKNB_PYTHON || '/usr/bin/python3';

// What scrapers write: the page parsed with the standard library's parser, the text of its body, either as it
// stands (text nodes glued with the page's own whitespace) or one stripped text node per line.
const BS4 = `import sys
from bs4 import BeautifulSoup
soup = BeautifulSoup(sys.stdin.buffer.read().decode('utf-8'), 'html.parser')
body = soup.body or soup
sys.stdout.write(body.get_text('\\n', strip=True) + '\\n' if sys.argv[1] == 'lines' else body.get_text())
`;

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

/** links wants a file (it reads no page from stdin); elinks is given one too, as a scraper would. */
function dumpFile(cmd, args, html) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gknb-dump-'));
  try {
    const file = path.join(dir, 'page.html');
    writeFileSync(file, html);
    return run(cmd, [...args, file], '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
    case 'elinks': return dumpFile('elinks', ['-dump', '-dump-width', '80', '-dump-charset', 'utf-8', '-no-home'], html);
    case 'links': return dumpFile('links', ['-dump', '-width', '80', '-codepage', 'utf-8'], html);
    case 'bs4': return run(PYTHON, ['-c', BS4, 'text'], html);
    case 'bs4-lines': return run(PYTHON, ['-c', BS4, 'lines'], html);
    default: throw new Error(`unknown converter ${converter}`);
  }
}
