#!/usr/bin/env node
/**
 * Reports as government websites publish them (issue 12; test/corpus/README.md "Web pages"): some of the
 * corpus's reports put inside content-system pages (lib/webpage.mjs), each written as served (page.html, in
 * the style's charset) and as a browser's select-all copy (copy.txt: headless Chromium's
 * document.body.innerText), plus pages whose standard tables are pictures (page.html only: a copy keeps no
 * trace of a picture). Each directory has the report's truth.json, with what a picture changes.
 *
 *   node test/corpus/webpages.mjs [--out test/fixtures/webpages] [--seed 12] [--all]
 *
 * --all: every report of the corpus instead of the committed few (styles in turn; every third clean report
 * with a table as a picture), to measure with `npm run eval -- --no-build --dir <out>`.
 * --converters: also each page through the converters scrapers run (lib/converters.mjs: pandoc, html2text,
 * turndown, w3m, lynx, elinks, links, BeautifulSoup's get_text()), as page-<converter>.md/.txt renderings (needs those tools; not in the committed set).
 *
 * Needs the corpus (test/corpus/reports, for each report's mammoth.html and truth.json; for a body as Word
 * pastes it, the report's LibreOffice page in test/fixtures/documents) and Chromium.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { prng } from '../../scripts/prng.mjs';
import { CHARSET, STYLES, bodyOf, makePage } from './lib/webpage.mjs';
import { pageTexts } from './lib/render.mjs';
import { convertPage } from './lib/converters.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const out = path.resolve(option('out', path.join(ROOT, 'test', 'fixtures', 'webpages')));
const seed = Number(option('seed', '12'));
const reports = path.join(ROOT, 'test', 'corpus', 'reports');
const documents = path.join(ROOT, 'test', 'fixtures', 'documents');

/** Which reports, in which style, with which tables as pictures: both formats, clean and with defects. */
const PLAN = [
  { id: 'r001-2022-clean', style: 'trs' },
  { id: 'r009-2019-clean', style: 'frame' },
  { id: 'r011-2020-clean', style: 'html5' },
  { id: 'r003-2022-clean', style: 'gbk-list' },
  { id: 'r006-2023-balance', style: 'frame' },
  { id: 'r016-2024-section-order', style: 'trs' },
  { id: 'r018-2024-prose-mismatch', style: 'gbk-list' },
  { id: 'r024-2020-format-newer', style: 'html5' },
  { id: 'r012-2024-missing-section', style: 'trs' },
  { id: 'r020-2021-prose-sum', style: 'html5' },
  // The body as Word pastes it (LibreOffice's HTML of the .docx: <font>s, <p>s in cells, attributes).
  { id: 'r002-2024-t3-row-total', style: 'trs', source: 'libreoffice' },
  { id: 'r010-2022-blank-cell', style: 'gbk-list', source: 'libreoffice' },
  // A scraper's copy: the GB2312 page decoded and saved again as UTF-8, its <meta charset=gb2312> left as it was
  // (no browser copy: a browser trusts the meta and shows it garbled).
  { id: 'r014-2024-missing-fee', style: 'trs', resaved: true },
  { id: 'r005-2024-clean', style: 'trs', pictures: ['table3'] },
  { id: 'r019-2019-clean', style: 'frame', pictures: ['table3'] },
  { id: 'r007-2023-clean', style: 'html5', pictures: ['table2', 'table4'] },
  { id: 'r013-2024-clean', style: 'gbk-list', pictures: ['table3'] },
];

/**
 * The truth of a page: the report's own, except that a table published as a picture cannot be read or
 * checked: its cells are absent, and a careful reviewer says once that it is a picture (information), never
 * that it is missing.
 */
function pageTruth(truth, { style, pictures = [], resaved = false }, dirName) {
  const t = structuredClone(truth);
  t.id = dirName;
  t.report = truth.id;
  t.page = { style, charset: resaved ? 'utf-8' : CHARSET[style], ...(resaved ? { declared: CHARSET[style] } : {}), pictures };
  for (const k of pictures) t.tables[k] = {};
  t.expected = t.expected.filter((e) => !pictures.includes(e.where?.table));
  for (const k of pictures) t.expected.push({ rule: 'table-missing', severity: 'information', where: { table: k } });
  t.renderings = pictures.length || resaved ? { 'page-html': 'page.html' } : { 'page-html': 'page.html', 'page-copy': 'copy.txt' };
  if (converters) for (const c of CONVERTERS) t.renderings[`page-${c}`] = converterFile(c);
  delete t.style;
  return t;
}

const TABLES = ['table3', 'table2', 'table4'];
const plan = process.argv.includes('--all')
  ? readdirSync(reports).sort().map((id, i) => ({
    id,
    style: STYLES[i % STYLES.length],
    ...(id.endsWith('-clean') && i % 3 === 0 ? { pictures: [TABLES[(i / 3) % 3]] } : {}),
    ...(i % 2 && existsSync(path.join(documents, `${id}.html`)) ? { source: 'libreoffice' } : {}),
  }))
  : PLAN;

const converters = process.argv.includes('--converters');
const CONVERTERS = ['pandoc', 'html2text', 'turndown', 'w3m', 'lynx', 'elinks', 'links', 'bs4', 'bs4-lines'];
const converterFile = (c) => `page-${c}.${['pandoc', 'html2text', 'turndown'].includes(c) ? 'md' : 'txt'}`;

rmSync(out, { recursive: true, force: true });
const rnd = prng(seed);
const written = [];
for (const p of plan) {
  const truth = JSON.parse(readFileSync(path.join(reports, p.id, 'truth.json'), 'utf8'));
  const wordBody = p.source === 'libreoffice';
  const bodyHtml = wordBody ? bodyOf(readFileSync(path.join(documents, `${p.id}.html`), 'utf8')) : readFileSync(path.join(reports, p.id, 'mammoth.html'), 'utf8');
  const html = makePage({ truth, bodyHtml, style: p.style, pictures: p.pictures, rnd, wordBody });
  const dirName = `${p.id.slice(0, 4)}-${p.style}${wordBody ? '-word' : ''}${p.pictures ? '-pictures' : ''}${p.resaved ? '-resaved' : ''}`;
  const dir = path.join(out, dirName);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'page.html'), p.resaved ? html : iconv.encode(html, CHARSET[p.style]));
  writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(pageTruth(truth, p, dirName), null, 1) + '\n');
  written.push({ dir, copy: !p.pictures && !p.resaved });
  // The converters read the page decoded, so it says UTF-8 (lynx would trust a stale charset=gb2312).
  const decoded = html.replace(/charset=(gb2312|gbk)/i, 'charset=utf-8');
  if (converters) for (const c of CONVERTERS) writeFileSync(path.join(dir, converterFile(c)), convertPage(c, decoded));
}
const copies = written.filter((w) => w.copy);
const texts = await pageTexts(copies.map((w) => path.join(w.dir, 'page.html')), path.join(out, '.chromium'));
copies.forEach((w, i) => writeFileSync(path.join(w.dir, 'copy.txt'), texts[i]));
rmSync(path.join(out, '.chromium'), { recursive: true, force: true });
console.log(`webpages: ${written.length} pages (${copies.length} with a copy) in ${path.relative(ROOT, out)}`);
