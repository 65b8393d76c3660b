/**
 * The rules that declare they read no table (`readsTables: false`) keep their findings while only the tables changed
 * (typing in a cell; ../../server/src/engine/signature.ts): after every keystroke in the tables' number cells and in
 * the text around them, the live document must give exactly what a fresh parse of the same text gives. Seeds and
 * committed corpus renderings whose prose states table figures (narrative-mismatch reads the tables from the prose),
 * edits one after another on one document. The last test breaks a declaration on purpose and shows the comparison
 * then fails: the edits reach what a wrong declaration would keep.
 */
import * as assert from 'assert';
import { analyze, ReportDocument, RULES } from '../../server/src/engine';
import type { ReportModel } from '../../server/src/engine';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/fixtures';
import { numberCellStarts, assertSameAsFresh } from '../helpers/snapshot';

const TEXTS = [
  'test/fixtures/seeds/002_aa5fa00d655c084b.txt',
  'test/corpus/reports/r001-2022-clean/report.md',
  'test/corpus/reports/r002-2024-t3-row-total/web.txt',
  'test/corpus/reports/r004-2024-t4-row-total/python-docx.txt',
];

/** Where every sixth number cell of the tables starts, and the last, in the text's order. */
function cellStarts(model: ReportModel): { line: number; character: number }[] {
  const cells = numberCellStarts(model);
  return cells.filter((_, i) => i % 6 === 0 || i === cells.length - 1);
}

/** Types each text at each place and deletes it again, comparing with a fresh parse after every edit; the edits made. */
function typeEverywhere(file: string): number {
  const doc = new ReportDocument(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  const model = analyze(doc).model;
  let checked = 0;
  const same = (what: string) => {
    assertSameAsFresh(doc, `${file}: ${what}`);
    checked++;
  };
  const type = (at: { line: number; character: number }, text: string, what: string) => {
    doc.update([{ range: { start: at, end: at }, text }]);
    same(`${JSON.stringify(text)} typed at ${at.line + 1}:${at.character + 1} (${what})`);
    doc.update([{ range: { start: at, end: { line: at.line, character: at.character + text.length } }, text: '' }]);
    same(`${JSON.stringify(text)} deleted at ${at.line + 1}:${at.character + 1} (${what})`);
  };
  for (const at of cellStarts(model)) for (const text of ['1', '无']) type(at, text, 'cell');
  // Typing after a cell's number, then in the prose and headings the tables sit among.
  for (const at of cellStarts(model)) type({ line: at.line, character: doc.getLine(at.line).length }, '0', 'end of a row');
  for (const s of model.sections) {
    type({ line: s.headingSpan.line, character: s.headingSpan.end }, '的', 'after a heading');
    if (s.endLine > s.headingSpan.line + 1) type({ line: s.headingSpan.line + 1, character: 0 }, '1件', 'under a heading');
  }
  return checked;
}

describe('incremental analysis: the rules that read no table, kept while only the tables change', function () {
  // Hundreds of fresh parses per text: seconds on an idle machine, more on a loaded one.
  this.timeout(120_000);
  for (const file of TEXTS) {
    it(`${path.basename(path.dirname(file))}/${path.basename(file)}: keystrokes in the cells and around them match a fresh parse`, () => {
      assert.ok(typeEverywhere(file) >= 30);
    });
  }

  it('rules that declare they read no table are the structure, title and prose-only rules', () => {
    const declared = RULES.filter((r) => r.readsTables === false).map((r) => r.id).sort();
    assert.deepStrictEqual(declared, [
      'copied-text', 'fee-statement-missing', 'improvement-missing', 'narrative-sum', 'overview-topics',
      'section-duplicate', 'section-empty', 'section-order', 'section-title', 'title-format',
    ]);
  });

  it('a rule wrongly declared to read no table gives what a fresh parse does not: the comparison catches it', () => {
    // narrative-mismatch compares the prose's 新收 1 件 with table 三: typing in that row changes its finding.
    const rule = RULES.find((r) => r.id === 'narrative-mismatch')!;
    rule.readsTables = false;
    try {
      assert.throws(() => typeEverywhere(TEXTS[0]), assert.AssertionError);
    } finally {
      delete rule.readsTables;
    }
  });
});
