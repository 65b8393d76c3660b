/**
 * Typing in one table keeps the other tables where each reads only its own lines (structure/table-reuse.ts):
 * after every keystroke in every table's cells, and on the lines just around each table, the live document
 * must give exactly what a fresh parse of the same text gives. Committed corpus renderings of every kind of
 * table text (Markdown pipes, tabs, python-docx's repeated cells, web text, PDF text), the edits one after another on
 * one document, so each version is built from the one before.
 */
import * as assert from 'assert';
import { analyze, ReportDocument } from '../../server/src/engine';
import type { ReportModel } from '../../server/src/engine';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/fixtures';
import { numberCellStarts, assertSameAsFresh } from '../helpers/snapshot';

const RENDERINGS = [
  'r001-2022-clean/report.md', 'r001-2022-clean/word.txt', 'r001-2022-clean/python-docx.txt',
  'r002-2024-t3-row-total/pandoc.md', 'r002-2024-t3-row-total/web.txt', 'r002-2024-t3-row-total/pdf-layout.txt',
];

/** Where a number cell of each table starts, a few per table (first, middle, last), in the text's order. */
function cellStarts(model: ReportModel): { line: number; character: number }[] {
  const cells = numberCellStarts(model);
  return cells.filter((_, i) => i % 32 === 0 || i === cells.length - 1);
}

/** The lines just above and below each table (headers, titles, blank lines between tables). */
function aroundTables(model: ReportModel): number[] {
  const out: number[] = [];
  for (const t of [model.table2, model.table3, model.table4]) if (t) out.push(t.firstLine - 1, t.firstLine, t.lastLine, t.lastLine + 1);
  return out.filter((l) => l >= 0 && l < model.lineCount);
}

function same(doc: ReportDocument, what: string): void {
  assertSameAsFresh(doc, what);
}

describe('incremental parsing: typing in tables', () => {
  for (const name of RENDERINGS) {
    it(`${name}: keystrokes in the tables' cells and around the tables match a fresh parse`, () => {
      const doc = new ReportDocument(fs.readFileSync(path.join(ROOT, 'test', 'corpus', 'reports', name), 'utf8'));
      const model = analyze(doc).model;
      let checked = 0;
      const type = (at: { line: number; character: number }, text: string, what: string) => {
        const end = { line: at.line, character: at.character + text.length };
        doc.update([{ range: { start: at, end: at }, text }]);
        same(doc, `${name}: ${JSON.stringify(text)} typed at ${at.line + 1}:${at.character + 1} (${what})`);
        doc.update([{ range: { start: at, end }, text: '' }]);
        same(doc, `${name}: ${JSON.stringify(text)} deleted at ${at.line + 1}:${at.character + 1} (${what})`);
        checked += 2;
      };
      for (const at of cellStarts(model)) for (const text of ['1', '\t']) type(at, text, 'cell');
      for (const line of aroundTables(model)) {
        for (const text of ['7', '行政许可', '\f']) type({ line, character: doc.getLine(line).length }, text, 'around a table');
        type({ line, character: 0 }, '\n', 'a line inserted');
      }
      assert.ok(checked >= 20, `${checked} edits checked`);
    });
  }
});
