/**
 * The report's Word document turned into text by the tools that read .docx directly (no LibreOffice, no
 * browser): pandoc (GitHub Markdown, pandoc's own Markdown with its simple/multiline or grid tables, plain text), mammoth (the HTML Node tools and web
 * importers make, that HTML through turndown + GFM, and mammoth's own Markdown), python-docx as the usual
 * script writes it (paragraphs and table rows in body order, cells joined by tabs: a merged cell's text is
 * repeated in every grid position it spans) and docx2txt (Debian's, one paragraph or cell per line).
 * Their output is kept exactly as they write it.
 */
import { execFileSync } from 'node:child_process';
import mammoth from 'mammoth';
import TurndownService from 'turndown';
import turndownGfm from 'turndown-plugin-gfm';

// Debian's python3-docx lives in the system Python (a pyenv or venv python3 earlier on PATH lacks it).
const PYTHON = process.env.GKNB_PYTHON || '/usr/bin/python3';

const run = (cmd, args, input) => execFileSync(cmd, args, { input, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120000, env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });

/** The script people write with python-docx (Debian python3-docx): body order, one line per paragraph, a tab-joined line per row. */
const PYTHON_DOCX = `
import sys, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
doc = docx.Document(sys.argv[1])
for block in doc.element.body.iterchildren():
    if block.tag.endswith('}p'):
        print(Paragraph(block, doc).text)
    elif block.tag.endswith('}tbl'):
        for row in Table(block, doc).rows:
            print('\\t'.join(cell.text for cell in row.cells))
`;

let turndown;
function turndownOf(html) {
  if (!turndown) {
    turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' });
    turndown.use(turndownGfm.gfm);
  }
  return turndown.turndown(html) + '\n';
}

/** The text one tool makes of one .docx file. */
export async function convertDocx(tool, file) {
  switch (tool) {
    case 'pandoc-gfm': return run('pandoc', ['-f', 'docx', '-t', 'gfm', file]);
    case 'pandoc-markdown': return run('pandoc', ['-f', 'docx', '-t', 'markdown', file]);
    // The grid tables pandoc writes of tables whose cells hold several paragraphs (here forced for every table).
    case 'pandoc-grid': return run('pandoc', ['-f', 'docx', '-t', 'markdown-simple_tables-multiline_tables-pipe_tables', file]);
    case 'pandoc-plain': return run('pandoc', ['-f', 'docx', '-t', 'plain', file]);
    case 'mammoth-html': return (await mammoth.convertToHtml({ path: file })).value + '\n';
    case 'mammoth-turndown': return turndownOf((await mammoth.convertToHtml({ path: file })).value);
    case 'mammoth-markdown': return (await mammoth.convertToMarkdown({ path: file })).value;
    case 'python-docx': return run(PYTHON, ['-c', PYTHON_DOCX, file]);
    case 'docx2txt': return run('docx2txt', [file, '-']);
    default: throw new Error(`unknown Word tool ${tool}`);
  }
}
