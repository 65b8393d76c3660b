/**
 * What each table fragment tells of the format (2019 fingerprints, 2021-only words) and of glued runs is kept on the
 * fragment (structure/assemble.ts fragmentFacts) and asked again of every fragment whenever a table changes. A report
 * in the 2019 format (format-outdated quotes the fingerprint): its fingerprint headers rewritten in the 2021 words one
 * by one and back, and keystrokes in its tables' cells, each compared with a fresh parse of the same text — the format,
 * its evidence and every finding — and the evidence looked for in the text itself. A fact kept under anything but the
 * fragment read (a table's name, the last fragment asked) keeps a fingerprint the text no longer has, and this fails.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, ReportDocument } from '../../server/src/engine';
import { ROOT } from '../helpers/fixtures';
import { snapshot } from '../helpers/snapshot';

const FILE = 'test/corpus/reports/r022-2025-format-outdated/report.md';

function same(doc: ReportDocument, what: string): void {
  const live = analyze(doc);
  const fresh = analyze(new ReportDocument(doc.getText()));
  const evidence = (a: typeof live) => a.model.formatEvidence && { text: a.model.formatEvidence.text, span: a.model.formatEvidence.span };
  assert.deepStrictEqual(evidence(live), evidence(fresh), `${what}: the format's evidence`);
  // (A fact shared by both parses, kept under a wrong key, would pass the comparison: the evidence must be in the text.)
  const ev = live.model.formatEvidence;
  if (ev) assert.strictEqual(doc.getLine(ev.span.line).slice(ev.span.start, ev.span.end), ev.text, `${what}: the evidence stands where it is said to`);
  assert.deepStrictEqual(snapshot(live), snapshot(fresh), what);
}

describe('incremental analysis: the fragments\' format facts', function () {
  this.timeout(120_000);

  it('a 2019 report: its fingerprints rewritten and restored one by one, and typing in its cells, match a fresh parse', () => {
    const doc = new ReportDocument(fs.readFileSync(path.join(ROOT, FILE), 'utf8'));
    const model = analyze(doc).model;
    assert.strictEqual(model.format, '2019');
    const edits: { line: number; start: number; old: string; now: string }[] = [];
    for (let line = 0; line < doc.lineCount; line++) {
      const text = doc.getLine(line);
      for (const [old, now] of [['本年新制作数量', '本年制发件数'], ['本年新公开数量', '本年废止件数'], ['对外公开总数量', '现行有效件数']]) {
        const start = text.indexOf(old);
        if (start >= 0) edits.push({ line, start, old, now });
      }
    }
    assert.ok(edits.length >= 2, `${edits.length} fingerprints`);
    // Rewritten one after another (the format turns once the fingerprints are outnumbered), then restored.
    for (const e of edits) {
      doc.update([{ range: { start: { line: e.line, character: e.start }, end: { line: e.line, character: e.start + e.old.length } }, text: e.now }]);
      same(doc, `${e.old} → ${e.now} at ${e.line + 1}`);
    }
    for (const e of edits) {
      doc.update([{ range: { start: { line: e.line, character: e.start }, end: { line: e.line, character: e.start + e.now.length } }, text: e.old }]);
      same(doc, `${e.now} → ${e.old} at ${e.line + 1}`);
    }
    const cells = [...(model.table3?.rows.values() ?? [])].flatMap((r) => r.cells.filter((c) => c.cell && c.value.kind === 'number').map((c) => c.span));
    for (const s of cells.filter((_, i) => i % 8 === 0)) {
      const at = { line: s.line, character: s.start };
      doc.update([{ range: { start: at, end: at }, text: '1' }]);
      same(doc, `1 typed at ${s.line + 1}:${s.start + 1}`);
      doc.update([{ range: { start: at, end: { line: s.line, character: s.start + 1 } }, text: '' }]);
      same(doc, `1 deleted at ${s.line + 1}:${s.start + 1}`);
    }
  });
});
