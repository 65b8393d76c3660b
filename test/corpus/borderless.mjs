#!/usr/bin/env node
/**
 * Reports of the corpus with their tables drawn without borders, as PDFs (LibreOffice): some agencies
 * publish them so, and a PDF without ruling lines gives the PDF reader no grid to find cells by. Written
 * to test/fixtures/documents/borderless/ (`<id>.pdf` + `<id>.truth.json`, the corpus's truth) for the
 * reader tests; generate.mjs (`npm run corpus`) calls it when it writes the documents, or alone:
 *
 *   node test/corpus/borderless.mjs
 */
import { mkdirSync, rmSync, writeFileSync, copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeReport, DEFECTS } from './lib/report.mjs';
import { toDocx } from './lib/docx.mjs';
import { sofficeConvert } from './lib/render.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const OUT = path.join(ROOT, 'test', 'fixtures', 'documents', 'borderless');

// [seed, report index (0-based, as generate.mjs numbers them)] chosen for their layouts: wide labels and a
// page break before table 三 (r002, row-total errors), narrow labels with widened digit spacing (r006,
// balance), the 2019 tables (r009; r019 with widened spacing), a blank cell (r010), a repeated header (r003);
// from seed 7 (named s7-…): three-digit numbers spread by widened spacing in tables 三 and 四 (r018) and
// table 二's one value between the halves of its wrapped label (r013: 行政事业性收 / 0 / 费).
const PICK = [[1, 1], [1, 2], [1, 5], [1, 8], [1, 9], [1, 18], [7, 12], [7, 17]];

/** As generate.mjs: every other report is clean, the others take the defect classes in turn. */
const plan = (n) => (n % 2 === 0 ? null : DEFECTS[((n - 1) / 2) % DEFECTS.length]);

/** `out` and `pick` default to the fixtures' folder and reports; other ones try more (not committed). */
export async function writeBorderless(out = OUT, pick = PICK) {
  const work = mkdtempSync(path.join(tmpdir(), 'gknb-borderless-'));
  const files = [];
  const reports = [];
  for (const [seed, n] of pick) {
    const defect = plan(n);
    const r = makeReport(n, seed, defect);
    r.id = `${seed === 1 ? '' : `s${seed}-`}r${String(n + 1).padStart(3, '0')}-${r.year}-${defect ?? 'clean'}`;
    const f = path.join(work, `${r.id}.docx`);
    writeFileSync(f, await toDocx(r, { borderless: true }));
    files.push(f);
    reports.push(r);
  }
  sofficeConvert(files, 'pdf', path.join(work, 'pdf'), path.join(work, 'lo-profile'));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const r of reports) {
    copyFileSync(path.join(work, 'pdf', `${r.id}.pdf`), path.join(out, `${r.id}.pdf`));
    const truth = {
      id: r.id, title: r.title, agency: r.agency.name, level: r.agency.level, year: r.year, format: r.format,
      sections: r.sections.map((x) => ({ ordinal: x.ordinal, title: x.title })), tables: r.tables,
      defects: r.defects, expected: r.expected, allowed: r.allowed, style: { ...r.style, borderless: true },
    };
    writeFileSync(path.join(out, `${r.id}.truth.json`), JSON.stringify(truth, null, 1) + '\n');
  }
  rmSync(work, { recursive: true, force: true });
  console.log(`corpus: ${reports.length} borderless PDFs in ${path.relative(ROOT, out)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) await writeBorderless();
