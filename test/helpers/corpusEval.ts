/**
 * The corpus evaluation (test/corpus/README.md): runs the engine in-process on each text rendering of each
 * generated report, as `gknb extract` / `gknb check` do, and compares with the report's truth.json —
 * every cell (blank is null, never 0), no false error or warning, every expected diagnostic found
 * (rule, severity and where), and mutant recall. Shared by `npm run eval` and test/unit/corpus.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze, ReportDocument } from '../../server/src/engine';
import type { Diagnostic, ReportModel } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { format } from '../../server/src/engine/i18n/messages';
import { readHtml } from '../../server/src/readers/html';

const DATA = path.resolve(__dirname, '..', '..', '..', 'server', 'src', 'engine', 'data');
interface Keyed { key: string; label: string }
const format2021 = JSON.parse(fs.readFileSync(path.join(DATA, 'format-2021.json'), 'utf8')) as {
  table3: { rows: Keyed[]; columns: Keyed[] }; table4: { groups: Keyed[] }; table2: { rows: Keyed[]; columns: Keyed[] }[];
};
const format2019 = JSON.parse(fs.readFileSync(path.join(DATA, 'format-2019-model.json'), 'utf8')) as {
  table3_rows_replace: { with: Keyed }; table2: { rows: Keyed[]; columns: Keyed[] }[];
};

export interface Where { section?: string; table?: string; row?: string; column?: string }
export interface Expectation { rule: string; severity: string; where?: Where }
type Cells = Record<string, Record<string, number | null>>;
export interface Truth {
  id: string;
  year: number;
  format: '2021' | '2019';
  /** The top-level sections in document order. */
  sections: { ordinal: string; title: string }[];
  tables: { table2: Cells; table3: Cells; table4: Cells };
  defects: { class: string }[];
  expected: Expectation[];
  allowed: Expectation[];
  renderings: Record<string, string>;
}

export interface CellMiss { table: string; row: string; column: string; want: number | null | undefined; got: number | null | undefined }
export interface ShownDiagnostic { rule: string; severity: string; line: number; message: string }

export interface RenderingResult {
  id: string;
  layout: string;
  defect: string;
  cells: number;
  cellsExact: number;
  cellMisses: CellMiss[];
  falseErrors: ShownDiagnostic[];
  falseWarnings: ShownDiagnostic[];
  expected: number;
  found: number;
  missed: Expectation[];
  /** Reports with an expected diagnostic only: every one was found. */
  mutantFound?: boolean;
  year: { want: number; got: number | null };
  format: { want: string; got: string | null };
  sections: { want: string; got: string };
}

export const CORPUS = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'reports');

/** The converters' renderings (made from the report's web page, so not listed in truth.json): layout → file. */
export const CONVERTED: Record<string, string> = Object.fromEntries(
  (JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'lib', 'converters.json'), 'utf8')) as {
    converted: { layout: string; file: string }[];
  }).converted.map((c) => [c.layout, c.file]),
);

/** The PDF text tools' renderings (made from the report's PDF, test/corpus/lib/pdftools.json): layout → file. */
export const EXTRACTED: Record<string, string> = Object.fromEntries(
  (JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'lib', 'pdftools.json'), 'utf8')) as {
    extracted: { layout: string; file: string }[];
  }).extracted.map((e) => [e.layout, e.file]),
);

/** The web pages printed to PDF in Chromium (test/corpus/lib/printpdf.json): layout → file. */
export const PRINTED: Record<string, string> = Object.fromEntries(
  (JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'lib', 'printpdf.json'), 'utf8')) as {
    printed: { layout: string; file: string }[];
  }).printed.map((p) => [p.layout, p.file]),
);

/** Every rendering of one report on disk: those its truth.json names, then the converters', PDF tools' and printouts that are there. */
export function renderingsOf(t: Truth, dir = CORPUS): [string, string][] {
  const converted = Object.entries({ ...CONVERTED, ...EXTRACTED, ...PRINTED }).filter(([, file]) => fs.existsSync(path.join(dir, t.id, file)));
  return [...Object.entries(t.renderings), ...converted];
}

export function readTruths(dir = CORPUS): Truth[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).sort().flatMap((id) => {
    const f = path.join(dir, id, 'truth.json');
    return fs.existsSync(f) ? [JSON.parse(fs.readFileSync(f, 'utf8')) as Truth] : [];
  });
}

/** Official labels by key, for recognising where a diagnostic points when its message names them. */
const LABELS = (() => {
  const rows = new Map<string, string>();
  const columns = new Map<string, Set<string>>();
  const col = (key: string, label: string) => {
    if (!columns.has(key)) columns.set(key, new Set());
    columns.get(key)!.add(label);
  };
  for (const r of format2021.table3.rows) rows.set(r.key, r.label);
  rows.set(format2019.table3_rows_replace.with.key, format2019.table3_rows_replace.with.label);
  for (const c of format2021.table3.columns) col(c.key, c.label);
  for (const g of format2021.table4.groups) rows.set(g.key, g.label);
  for (const sub of [...format2021.table2, ...format2019.table2]) {
    for (const r of sub.rows) rows.set(r.key, r.label);
    for (const c of sub.columns) col(c.key, c.label);
  }
  return { rows, columns };
})();

function sectionAt(model: ReportModel, line: number): string | undefined {
  return model.sections.find((s) => s.startLine <= line && line <= s.endLine)?.ordinal;
}

function rowLines(model: ReportModel, table: string | undefined, row: string): [number, number] | undefined {
  const r = table === 'table3' ? model.table3?.rows.get(row)
    : table === 'table4' ? model.table4?.groups.get(row)
    : [...(model.table2?.subs.values() ?? [])].map((s) => s.rows.get(row)).find(Boolean);
  return r ? [r.row.firstLine, r.row.lastLine] : undefined;
}

/**
 * A blank cell said for its row with no column named, because the text keeps no trace of which (cell-missing.somewhere:
 * a text browser's dump, PDF text one cell per line, every other row whole): it points at the row whatever column the
 * truth names, and names no wrong one.
 */
const SOMEWHERE = new RegExp(`^${format('zh-cn', 'cell-missing.somewhere', { label: '\u0001', have: '\u0001', n: '\u0001', blank: '\u0001' })
  .replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\u0001/g, '.+?')}$`);

/** Does the diagnostic point where the expectation says? Position first, the labels the message quotes next. */
export function pointsAt(d: Diagnostic, where: Where | undefined, model: ReportModel): boolean {
  if (!where) return true;
  const line = d.range.start.line;
  // The part by the line, or named: 第四部分, or 表格四 (plain PDF text may put a table's numbers after a later part).
  if (where.section && sectionAt(model, line) !== where.section && !d.message.includes(`第${where.section}部分`) && !(where.table && d.message.includes(`表格${where.section}`))) return false;
  if (where.row) {
    const lines = rowLines(model, where.table, where.row);
    const onRow = !!lines && lines[0] <= line && line <= lines[1];
    const label = LABELS.rows.get(where.row);
    if (!onRow && !(label && d.message.includes(label))) return false;
  }
  if (where.column && !SOMEWHERE.test(d.message)) {
    const labels = [...(LABELS.columns.get(where.column) ?? [])];
    if (!labels.some((l) => d.message.includes(l))) return false;
  }
  return true;
}

function sameValue(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a === b;
  return Math.abs(a - b) < 1e-9;
}

/** Every cell of the truth, and every cell the engine found in a row the truth does not have. */
function compareCells(truth: Truth, got: { table2: Cells; table3: Cells; table4: Cells }): { cells: number; exact: number; misses: CellMiss[] } {
  let cells = 0;
  let exact = 0;
  const misses: CellMiss[] = [];
  for (const table of ['table2', 'table3', 'table4'] as const) {
    const want = truth.tables[table];
    const have = got[table];
    for (const [row, cols] of Object.entries(want)) {
      for (const [column, value] of Object.entries(cols)) {
        cells++;
        const g = have[row]?.[column];
        if (sameValue(value, g)) exact++;
        else misses.push({ table, row, column, want: value, got: g });
      }
    }
    for (const [row, cols] of Object.entries(have)) {
      if (want[row]) continue;
      for (const [column, value] of Object.entries(cols)) {
        cells++;
        misses.push({ table, row, column, want: undefined, got: value });
      }
    }
  }
  return { cells, exact, misses };
}

export function evaluateText(truth: Truth, layout: string, text: string): RenderingResult {
  const doc = new ReportDocument(text);
  const analysis = analyze(doc, { locale: 'zh-cn', nonReport: 'explain', incremental: false, fixes: false } as never);
  const model = analysis.model;
  const extracted = extract(`${truth.id}/${layout}`, model, doc.getLines());
  const { cells, exact, misses } = compareCells(truth, extracted.tables);
  const show = (d: Diagnostic): ShownDiagnostic => ({ rule: d.rule, severity: d.severity, line: d.range.start.line + 1, message: d.message });
  const matches = (d: Diagnostic, e: Expectation, where: boolean) => d.rule === e.rule && d.severity === e.severity && (!where || pointsAt(d, e.where, model));
  const falseErrors: ShownDiagnostic[] = [];
  const falseWarnings: ShownDiagnostic[] = [];
  for (const d of analysis.diagnostics) {
    if (d.severity !== 'error' && d.severity !== 'warning') continue;
    if (truth.expected.some((e) => matches(d, e, true)) || truth.allowed.some((e) => matches(d, e, true))) continue;
    (d.severity === 'error' ? falseErrors : falseWarnings).push(show(d));
  }
  const missed = truth.expected.filter((e) => !analysis.diagnostics.some((d) => matches(d, e, true)));
  const defect = truth.defects[0]?.class ?? 'clean';
  return {
    id: truth.id,
    layout,
    defect,
    cells,
    cellsExact: exact,
    cellMisses: misses,
    falseErrors,
    falseWarnings,
    expected: truth.expected.length,
    found: truth.expected.length - missed.length,
    missed,
    mutantFound: truth.expected.length === 0 ? undefined : missed.length === 0,
    year: { want: truth.year, got: extracted.year },
    format: { want: truth.format, got: extracted.format },
    sections: { want: (truth.sections ?? []).map((s) => s.ordinal).join(''), got: extracted.sections.map((s) => s.ordinal).join('') },
  };
}

export interface Figures {
  renderings: number;
  cells: number;
  cellsExact: number;
  renderingsAllCellsExact: number;
  falseErrors: number;
  falseWarnings: number;
  expected: number;
  found: number;
  mutants: number;
  mutantsFound: number;
}

export function figures(results: RenderingResult[]): Figures {
  const f: Figures = { renderings: 0, cells: 0, cellsExact: 0, renderingsAllCellsExact: 0, falseErrors: 0, falseWarnings: 0, expected: 0, found: 0, mutants: 0, mutantsFound: 0 };
  for (const r of results) {
    f.renderings++;
    f.cells += r.cells;
    f.cellsExact += r.cellsExact;
    if (r.cellsExact === r.cells) f.renderingsAllCellsExact++;
    f.falseErrors += r.falseErrors.length;
    f.falseWarnings += r.falseWarnings.length;
    f.expected += r.expected;
    f.found += r.found;
    if (r.mutantFound !== undefined) {
      f.mutants++;
      if (r.mutantFound) f.mutantsFound++;
    }
  }
  return f;
}

export const pct = (n: number, d: number): number => (d ? Math.round((1000 * n) / d) / 10 : 100);

/** A rendering's text as the CLI reads it: a web page (mammoth's HTML) through the HTML reader, any other file as it is. */
export function renderingText(file: string): string {
  return /\.html?$/i.test(file) ? readHtml(fs.readFileSync(file)).text : fs.readFileSync(file, 'utf8');
}

/** Evaluate every rendering of the given reports (optionally only some layouts). */
export function evaluateCorpus(truths: Truth[], keep: (id: string, layout: string) => boolean = () => true, dir = CORPUS): RenderingResult[] {
  const out: RenderingResult[] = [];
  for (const t of truths) {
    for (const [layout, file] of renderingsOf(t, dir)) {
      if (!keep(t.id, layout)) continue;
      out.push(evaluateText(t, layout, renderingText(path.join(dir, t.id, file))));
    }
  }
  return out;
}
