/**
 * The text the PDF extractors of scrapers and AI pipelines get out of a report's PDF, kept exactly as each
 * tool writes it: PyMuPDF's page.get_text() (the default in Python pipelines), pdfminer.six's extract_text
 * (pdfplumber's base), pdfplumber's default extract_text (./pdfplumber_text.py), the npm pdf-parse (Node scrapers)
 * and mupdf's `mutool draw -F txt`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const EXTRACTED = JSON.parse(readFileSync(new URL('./pdftools.json', import.meta.url), 'utf8')).extracted;

// Debian's python3-fitz and python3-pdfminer are installed for the system Python, not for a pyenv/venv one.
const PYTHON = process.env.GKNB_PYTHON || '/usr/bin/python3';
const PYMUPDF = "import sys, fitz\nsys.stdout.write(''.join(page.get_text() for page in fitz.open(sys.argv[1])))";
const PDFMINER = 'import sys\nfrom pdfminer.high_level import extract_text\nsys.stdout.write(extract_text(sys.argv[1]))';

const run = (cmd, args, env = {}) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120000, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });

// pdf-parse 1.1.1's package entry reads a test PDF of its own when loaded without a parent module: take its library file.
let pdfParse;
function pdfParseOf(pdf) {
  pdfParse ??= createRequire(import.meta.url)('pdf-parse/lib/pdf-parse.js');
  return pdfParse(readFileSync(pdf)).then((d) => d.text);
}

/** The text one tool extracts from one PDF. */
export async function extractPdf(tool, pdf) {
  switch (tool) {
    case 'pymupdf': return run(PYTHON, ['-c', PYMUPDF, pdf], { PYTHONIOENCODING: 'utf-8' });
    case 'pdfminer': return run(PYTHON, ['-c', PDFMINER, pdf], { PYTHONIOENCODING: 'utf-8' });
    case 'pdf-parse': return pdfParseOf(pdf);
    case 'mutool': return run('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', pdf]);
    case 'pdfplumber': return run(PYTHON, [new URL('./pdfplumber_text.py', import.meta.url).pathname, pdf], { PYTHONIOENCODING: 'utf-8' });
    default: throw new Error(`unknown PDF text tool ${tool}`);
  }
}
