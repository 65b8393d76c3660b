#!/usr/bin/env node
/**
 * npm run corpus: writes the realistic corpus (test/corpus/README.md). Seeded and deterministic in content:
 * the same --seed and --count give the same reports, tables, truth and text renderings.
 *
 *   node test/corpus/generate.mjs [--count 120] [--seed 1] [--documents 12] [--out test/corpus/reports]
 *   node test/corpus/generate.mjs --only converters [--count 120] [--seed 1]
 *   node test/corpus/generate.mjs --only pdf-tools [--count 120] [--seed 1]
 *   node test/corpus/generate.mjs --only word-tools [--count 120] [--seed 1]
 *   node test/corpus/generate.mjs --only print [--count 120] [--seed 1]
 *
 *   node test/corpus/generate.mjs --variants [--count 40] [--seed 101] [--out test/corpus/variants]
 *   node test/corpus/generate.mjs [--variants] --documents-only --count 40 --seed 3131 --out /tmp/d3131
 *
 * --out <dir> keeps the documents (--documents N: .docx, LibreOffice's .pdf and .html, truth) in <dir>/documents
 * (or --doc-out <dir>); only the committed corpus writes them to test/fixtures/documents. --documents-only makes just
 * those (all --count reports unless --documents N), no text renderings: what test/corpus/eval-documents.mjs reads;
 * with --borderless their tables are drawn without borders (test/corpus/borderless.mjs).
 *
 * --variants also varies the tables' structure the way clerks build them (lib/variants.mjs: title, unit and note
 * rows, a 序号 column, flatter headers, fewer label columns, tables split in two …) and writes only the six
 * renderings of lib/layouts.mjs (no converters, PDF tools or Word tools; no documents). With --only (below) it adds
 * those tools' renderings to a variant corpus already in --out, e.g. for a measurement of every extraction path.
 * --only converters (re)makes just the converters' renderings (lib/converters.json) of the reports already in
 * --out, leaving every other file alone: it re-makes each report, checks it is the one whose truth.json is
 * there (byte for byte), and needs LibreOffice, Chromium and the converters, not the PDF step.
 * --only pdf-tools likewise (re)makes just the PDF extractors' renderings (lib/pdftools.json) from each report's PDF,
 * checking also that the PDF gives the pdf-layout.txt on disk. --only word-tools does the same for the renderings
 * made from the .docx itself (lib/wordtools.mjs: pandoc, mammoth, python-docx, docx2txt) and needs only those tools.
 * --only print (re)makes the web pages printed to PDF in Chromium (lib/printpdf.json) and needs LibreOffice and Chromium.
 */
import { mkdirSync, rmSync, writeFileSync, readFileSync, copyFileSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeReport, DEFECTS } from './lib/report.mjs';
import { toDocx } from './lib/docx.mjs';
import { toMarkdown } from './lib/markdown.mjs';
import { sofficeConvert, pdfText, browserTexts } from './lib/render.mjs';
import { RENDERINGS } from './lib/layouts.mjs';
import { CONVERTED as ALL_CONVERTED, convertPage } from './lib/converters.mjs';
import { EXTRACTED, extractPdf } from './lib/pdftools.mjs';
import { convertDocx } from './lib/wordtools.mjs';
import { PRINTED, printRenderings } from './lib/printpdf.mjs';
import { writeBorderless } from './borderless.mjs';

const DOCUMENTS_README = `# Report documents (generated)

Written by \`npm run corpus\` (test/corpus/generate.mjs): the first reports of the corpus as the binaries an agency
publishes — \`<id>.docx\` (Word, national annex layout), \`<id>.pdf\` and \`<id>.html\` (LibreOffice's conversions) —
with \`<id>.truth.json\` (tables, defects, expected diagnostics; format in test/corpus/README.md). Their text
renderings are in test/corpus/reports/<id>/. \`borderless/\` holds eight reports (six of these, two of seed 7) again as PDFs whose tables are
drawn without borders (test/corpus/borderless.mjs). Do not edit: the generator rewrites this folder.
`;

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const count = Number(option('count', '120'));
const seed = Number(option('seed', '1'));
// The variant corpus has its own folder: it never overwrites the committed corpus unless told to.
const outDir = path.resolve(ROOT, option('out', process.argv.includes('--variants') ? 'test/corpus/variants' : 'test/corpus/reports'));
// The documents (.docx/.pdf/.html + truth) go to test/fixtures/documents only for the committed corpus; a corpus
// written elsewhere (--out) keeps its own in <out>/documents (or --doc-out), so a trial never overwrites the fixtures.
const committedDocs = path.join(ROOT, 'test', 'fixtures', 'documents');
const docDir = path.resolve(ROOT, option('doc-out', process.argv.includes('--out') ? path.join(outDir, 'documents') : committedDocs));
// --documents 0 leaves the documents' folder alone. The variant corpus writes documents only when asked to
// (--documents N), and never into the committed fixtures (their reader tests expect the national annex's tables).
const documents = Number(option('documents', process.argv.includes('--documents-only') ? option('count', '120') : process.argv.includes('--variants') ? '0' : '12'));
if (!Number.isInteger(documents) || documents < 0) {
  console.error('corpus: --documents must be a whole number (0 for none)');
  process.exit(2);
}
// --documents-only: the documents and their truth, no text renderings (a fast trial of gknb's own readers at scale).
const documentsOnly = process.argv.includes('--documents-only');
// --borderless (with --documents-only): the tables drawn without borders, as borderless.mjs draws its PDFs.
const borderless = process.argv.includes('--borderless');
if (borderless && !documentsOnly) {
  console.error('corpus: --borderless draws the documents of --documents-only; the text renderings are made with borders');
  process.exit(2);
}
if (documentsOnly && docDir === committedDocs) {
  console.error('corpus: --documents-only writes to --out <dir> (its documents/ folder) or --doc-out <dir>, never into test/fixtures/documents');
  process.exit(2);
}
if (process.argv.includes('--variants') && documents > 0 && docDir === committedDocs) {
  console.error('corpus: --variants --documents N writes the documents with --out <dir> (or --doc-out <dir>), never into test/fixtures/documents');
  process.exit(2);
}
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('corpus: --count and --seed must be whole numbers');
  process.exit(2);
}
const only = option('only', '');
const variants = process.argv.includes('--variants');
// --real-prose: add the prose classes real reports carry (lib/prose.mjs realProse); the committed corpus is made without.
const realProse = process.argv.includes('--real-prose');
// A variant corpus is made with the six renderings only; an --only run adds its tools' to one (a measurement: the
// committed variant corpus keeps the six).
const sixOnly = variants && !only;
// Renderings made from the web pages, and those made from the Word document itself (page "docx").
const CONVERTED = sixOnly ? [] : ALL_CONVERTED.filter((c) => c.page !== 'docx');
const FROM_DOCX = sixOnly ? [] : ALL_CONVERTED.filter((c) => c.page === 'docx');
if (only && !['converters', 'pdf-tools', 'word-tools', 'print'].includes(only)) {
  console.error(`corpus: --only ${only}: the partial runs are --only converters, --only pdf-tools, --only word-tools and --only print`);
  process.exit(2);
}

/** Every other report is clean; the others take the defect classes in turn, so each class recurs evenly. */
function plan(i) {
  return i % 2 === 0 ? null : DEFECTS[((i - 1) / 2) % DEFECTS.length];
}

const work = mkdtempSync(path.join(tmpdir(), 'gknb-corpus-'));
const t0 = Date.now();
const reports = [];
for (let i = 0; i < count; i++) {
  const defect = plan(i);
  const r = makeReport(i, seed, defect, { variants, realProse });
  // v001-…: a variant report's id never equals one of the main corpus (eval reads both).
  r.id = `${variants ? 'v' : 'r'}${String(i + 1).padStart(3, '0')}-${r.year}-${defect ?? 'clean'}`;
  reports.push(r);
}
const docx = path.join(work, 'docx');
mkdirSync(docx);
const docxFiles = [];
for (const r of reports) {
  const f = path.join(docx, `${r.id}.docx`);
  writeFileSync(f, await toDocx(r, { borderless }));
  docxFiles.push(f);
}
console.log(`corpus: ${reports.length} Word documents (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
if (documentsOnly) {
  const picked = reports.slice(0, documents);
  for (const target of ['pdf', 'html']) sofficeConvert(picked.map((r) => path.join(docx, `${r.id}.docx`)), target, path.join(work, target), path.join(work, 'lo-profile'));
  writeDocuments(picked);
  rmSync(work, { recursive: true, force: true });
  console.log(`corpus: ${picked.length} documents in ${docDir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.exit(0);
}
if (only) {
  // The reports must be the ones on disk: same seed and count, same generator.
  for (const r of reports) {
    const f = path.join(outDir, r.id, 'truth.json');
    const want = existsSync(f) ? readFileSync(f, 'utf8') : '(missing)';
    if (want !== JSON.stringify(toTruth(r), null, 1) + '\n') {
      console.error(`corpus: ${path.relative(ROOT, f)} is not the report this generator makes with --seed ${seed} --count ${count}: run the whole generator instead`);
      process.exit(1);
    }
  }
}
const fromDocx = [];
if (!only || only === 'word-tools') for (const f of docxFiles) fromDocx.push(Object.fromEntries(await Promise.all(FROM_DOCX.map(async (c) => [c.layout, await convertDocx(c.converter, f)]))));
if (fromDocx.length) console.log(`corpus: Word tools ${[...new Set(FROM_DOCX.map((c) => c.converter))].join(', ')} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
if (only === 'word-tools') {
  reports.forEach((r, i) => {
    for (const c of FROM_DOCX) writeFileSync(path.join(outDir, r.id, c.file), fromDocx[i][c.layout]);
  });
  rmSync(work, { recursive: true, force: true });
  console.log(`corpus: ${reports.length * FROM_DOCX.length} Word-tool renderings in ${path.relative(ROOT, outDir)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.exit(0);
}
const profile = path.join(work, 'lo-profile');
for (const target of only === 'converters' || only === 'print' ? ['html'] : only === 'pdf-tools' ? ['pdf'] : ['pdf', 'html', 'txt:Text (encoded):UTF8']) {
  sofficeConvert(docxFiles, target, path.join(work, target.split(':')[0]), profile);
  console.log(`corpus: LibreOffice → ${target.split(':')[0]} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
const extracted = [];
for (const r of only === 'converters' || only === 'print' || sixOnly ? [] : reports) {
  const pdf = path.join(work, 'pdf', `${r.id}.pdf`);
  extracted.push(Object.fromEntries(await Promise.all(EXTRACTED.map(async (e) => [e.layout, await extractPdf(e.tool, pdf)]))));
}
console.log(`corpus: PDF text tools ${EXTRACTED.map((e) => e.tool).join(', ')} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
if (only === 'pdf-tools') {
  let n = 0;
  reports.forEach((r, i) => {
    // The PDF must be the one pdf-layout.txt was made from (LibreOffice, fonts): else the renderings would disagree.
    if (pdfText(path.join(work, 'pdf', `${r.id}.pdf`), true) !== readFileSync(path.join(outDir, r.id, 'pdf-layout.txt'), 'utf8')) {
      console.error(`corpus: ${r.id}: this machine's PDF does not give the pdf-layout.txt on disk (another LibreOffice or fonts?): run the whole generator instead`);
      process.exit(1);
    }
    for (const e of EXTRACTED) {
      writeFileSync(path.join(outDir, r.id, e.file), extracted[i][e.layout]);
      n++;
    }
  });
  rmSync(work, { recursive: true, force: true });
  console.log(`corpus: ${n} PDF tool renderings in ${path.relative(ROOT, outDir)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.exit(0);
}
const web = await browserTexts(reports.map((r) => path.join(work, 'html', `${r.id}.html`)), path.join(work, 'chromium-home'));
console.log(`corpus: Chromium innerText (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
const pages = reports.map((r, n) => ({ html: readFileSync(path.join(work, 'html', `${r.id}.html`), 'utf8'), plain: web[n].plainHtml }));
// (The variant corpus keeps to LibreOffice's own six layouts: nothing printed.)
const printed = sixOnly || (variants && only !== 'print') ? [] : await printRenderings(reports, pages, seed, work);
console.log(`corpus: Chromium print to PDF, pdftotext (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
if (only === 'print') {
  reports.forEach((r, i) => {
    for (const p of PRINTED) writeFileSync(path.join(outDir, r.id, p.file), printed[i][p.layout]);
  });
  rmSync(work, { recursive: true, force: true });
  console.log(`corpus: ${reports.length * PRINTED.length} printed renderings in ${path.relative(ROOT, outDir)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.exit(0);
}
const converted = reports.map((r, n) => Object.fromEntries(CONVERTED.map((c) => [c.layout, convertPage(c.converter, pages[n][c.page])])));
console.log(`corpus: converters ${[...new Set(CONVERTED.map((c) => c.converter))].join(', ')} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

if (only === 'converters') {
  let n = 0;
  reports.forEach((r, i) => {
    for (const c of CONVERTED) {
      writeFileSync(path.join(outDir, r.id, c.file), converted[i][c.layout]);
      n++;
    }
  });
  rmSync(work, { recursive: true, force: true });
  console.log(`corpus: ${n} converter renderings in ${path.relative(ROOT, outDir)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.exit(0);
}

rmSync(outDir, { recursive: true, force: true });
let bytes = 0;
reports.forEach((r, n) => {
  const dir = path.join(outDir, r.id);
  mkdirSync(dir, { recursive: true });
  const pdf = path.join(work, 'pdf', `${r.id}.pdf`);
  const texts = {
    'pdf-layout': pdfText(pdf, true),
    'pdf-raw': pdfText(pdf, false),
    web: web[n].asWritten,
    'web-plain': web[n].plain,
    word: readFileSync(path.join(work, 'txt', `${r.id}.txt`), 'utf8'),
    markdown: toMarkdown(r),
  };
  for (const l of RENDERINGS) {
    writeFileSync(path.join(dir, l.file), texts[l.layout]);
    bytes += Buffer.byteLength(texts[l.layout]);
  }
  for (const c of CONVERTED) {
    writeFileSync(path.join(dir, c.file), converted[n][c.layout]);
    bytes += Buffer.byteLength(converted[n][c.layout]);
  }
  for (const e of variants ? [] : EXTRACTED) {
    writeFileSync(path.join(dir, e.file), extracted[n][e.layout]);
    bytes += Buffer.byteLength(extracted[n][e.layout]);
  }
  for (const c of FROM_DOCX) {
    writeFileSync(path.join(dir, c.file), fromDocx[n][c.layout]);
    bytes += Buffer.byteLength(fromDocx[n][c.layout]);
  }
  for (const p of variants ? [] : PRINTED) {
    writeFileSync(path.join(dir, p.file), printed[n][p.layout]);
    bytes += Buffer.byteLength(printed[n][p.layout]);
  }
  const truth = toTruth(r);
  writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth, null, 1) + '\n');
});

// A few of the binaries themselves, for the document readers: small, both formats, clean and defective.
writeDocuments(reports.slice(0, documents));
if (documents > 0 && docDir === committedDocs) writeFileSync(path.join(docDir, 'README.md'), DOCUMENTS_README);
// The same reports with their tables drawn without borders (a PDF without ruling lines): committed fixtures only.
if (documents > 0 && docDir === committedDocs) await writeBorderless();
rmSync(work, { recursive: true, force: true });
const renderings = reports.length * (RENDERINGS.length + (variants ? 0 : ALL_CONVERTED.length + EXTRACTED.length + PRINTED.length));
console.log(`corpus: ${reports.length} reports, ${renderings} renderings (${(bytes / 1e6).toFixed(1)} MB of text) in ${path.relative(ROOT, outDir)}; ${Math.min(documents, reports.length)} documents in ${path.relative(ROOT, docDir)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

/** The reports' .docx and LibreOffice's .pdf and .html of them, with their truth, in docDir (emptied first). */
function writeDocuments(picked) {
  if (!picked.length) return;
  rmSync(docDir, { recursive: true, force: true });
  mkdirSync(docDir, { recursive: true });
  for (const r of picked) {
    copyFileSync(path.join(docx, `${r.id}.docx`), path.join(docDir, `${r.id}.docx`));
    copyFileSync(path.join(work, 'pdf', `${r.id}.pdf`), path.join(docDir, `${r.id}.pdf`));
    copyFileSync(path.join(work, 'html', `${r.id}.html`), path.join(docDir, `${r.id}.html`));
    writeFileSync(path.join(docDir, `${r.id}.truth.json`), JSON.stringify(toTruth(r), null, 1) + '\n');
  }
}

function toTruth(r) {
  return {
    id: r.id,
    title: r.title,
    agency: r.agency.name,
    level: r.agency.level,
    year: r.year,
    format: r.format,
    sections: r.sections.map((s) => ({ ordinal: s.ordinal, title: s.title })),
    tables: r.tables,
    defects: r.defects,
    expected: r.expected,
    allowed: r.allowed,
    renderings: Object.fromEntries(RENDERINGS.map((l) => [l.layout, l.file])),
    style: borderless ? { ...r.style, borderless: true } : r.style,
  };
}

