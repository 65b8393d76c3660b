/** A plain-data picture of an analysis, for comparing an incremental parse with a fresh one. */
import * as assert from 'assert';
import { analyze, ReportDocument, type Analysis, type ReportModel } from '../../server/src/engine';

export function snapshot(a: Analysis): unknown {
  const m = a.model;
  const rowData = (rows: Map<string, any>) => [...rows].map(([k, r]) => [k, r.row.label.span, r.cells.map((c: any) => [c.value, c.span]), r.short, r.extra.length]);
  return {
    title: m.title && { ...m.title },
    year: m.year,
    format: m.format,
    looks: m.looksLikeReport,
    sections: m.sections.map((s) => ({ o: s.ordinal, h: s.headingSpan, s: s.startLine, e: s.endLine, subs: s.subHeadings, prose: { ...s.prose, mentions: [...s.prose.mentions].sort() } })),
    fragments: m.fragments.map((f) => ({ t: f.table, a: f.firstLine, b: f.lastLine, style: f.style, rows: f.rows.length, headers: f.headers, titles: f.subTitles, bare: f.bareValues, bareLine: f.bareLine })),
    table2: m.table2 && [...m.table2.subs].map(([k, s]) => [k, s.title?.span, rowData(s.rows)]),
    table3: m.table3 && rowData(m.table3.rows),
    table4: m.table4 && rowData(m.table4.groups),
    diagnostics: a.diagnostics,
  };
}

/** Where each number cell of the tables starts, in the text's order (tables 二, 三, 四): the places the incremental tests type at. */
export function numberCellStarts(model: ReportModel): { line: number; character: number }[] {
  const rows = [
    ...[...(model.table2?.subs.values() ?? [])].flatMap((s) => [...s.rows.values()]),
    ...(model.table3 ? [...model.table3.rows.values()] : []),
    ...(model.table4 ? [...model.table4.groups.values()] : []),
  ];
  return rows.flatMap((r) => r.cells.filter((c) => c.cell && c.value.kind === 'number').map((c) => ({ line: c.span.line, character: c.span.start })));
}

/** An incremental document's analysis equals a fresh parse of its text (the incremental tests' check after every edit). */
export function assertSameAsFresh(doc: ReportDocument, message?: string): void {
  assert.deepStrictEqual(snapshot(analyze(doc)), snapshot(analyze(new ReportDocument(doc.getText()))), message);
}
