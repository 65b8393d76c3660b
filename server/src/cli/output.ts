/** Output formats of `gknb check` and `gknb extract`. */
import type { Analysis, Diagnostic, ReportModel } from '../engine';
import { FORMATS } from '../engine/format';
import { DEFAULT_RULES_BASE_URL, rulePageUrl } from '../ruleLinks';
import type { ReviewEntry } from '../render/review-html';
import type { SourceInfo } from './documents';

/** Column as a user counts it: characters (code points), 1-based. */
export function userColumn(line: string, utf16: number): number {
  let n = 1;
  for (let i = 0; i < utf16 && i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) i++;
    n++;
  }
  return n;
}

export interface FileResult {
  file: string;
  lines: readonly string[];
  analysis?: Analysis;
  /** A file that could not be read or analysed, with the reason. */
  error?: string;
  /** extract's result when it was computed in a worker thread. */
  extracted?: Extracted;
  /** This file's part of the review page (check --format html). */
  review?: ReviewEntry;
  /** A document (Word, web page, PDF): the way from its Markdown text back to places in it. */
  source?: SourceInfo;
}

/** Where a diagnostic is in the source document, as a person finds it there (documents only). */
function placeOf(r: FileResult, d: Diagnostic): ReturnType<SourceInfo['describe']> {
  return r.source?.describe(d.range.start.line, d.range.start.character);
}

export interface JsonDiagnostic {
  rule: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string;
}

export function toJsonDiagnostic(d: Diagnostic, lines: readonly string[]): JsonDiagnostic {
  const { start, end } = d.range;
  return {
    rule: d.rule,
    severity: d.severity,
    line: start.line + 1,
    column: userColumn(lines[start.line] ?? '', start.character),
    endLine: end.line + 1,
    endColumn: userColumn(lines[end.line] ?? '', end.character),
    message: d.message,
  };
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.filter((r) => r.analysis).map((r) => ({
      file: r.file,
      // A document's lines and columns count in its Markdown conversion (gknb convert); `source` is the place in it.
      diagnostics: r.analysis!.diagnostics.map((d) => {
        const j = toJsonDiagnostic(d, r.lines);
        const p = placeOf(r, d);
        return p ? { ...j, source: { ...p.place, text: p.text } } : j;
      }),
    })),
    null,
    2,
  );
}

const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', information: '信息', hint: '提示' };

/**
 * One line per diagnostic, `file:line:column: severity: message [rule]`, as compilers print: terminals
 * link the location, and VS Code's `$gknb` problem matcher reads it. The severity word stays English
 * (error | warning | information | hint) whatever the language, so the matcher understands it.
 */
export function formatCompact(results: FileResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    if (!r.analysis) continue;
    for (const d of r.analysis.diagnostics) {
      const j = toJsonDiagnostic(d, r.lines);
      const p = placeOf(r, d);
      out.push(`${r.file}:${p ? p.text : `${j.line}:${j.column}`}: ${d.severity}: ${d.message.replace(/\s*\n\s*/g, ' ')} [${d.rule}]`);
    }
  }
  return out.join('\n');
}

export function formatStylish(results: FileResult[], locale: 'zh-cn' | 'en', color: boolean, ignored = 0): string {
  const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const r of results) {
    if (!r.analysis) continue;
    const diags = r.analysis.diagnostics;
    if (!diags.length) continue;
    out.push(paint('4', r.file));
    for (const d of diags) {
      const j = toJsonDiagnostic(d, r.lines);
      const sev = locale === 'en' ? d.severity : SEVERITY_ZH[d.severity];
      const sevPainted = d.severity === 'error' ? paint('31', sev) : d.severity === 'warning' ? paint('33', sev) : paint('36', sev);
      const where = placeOf(r, d)?.text ?? `${j.line}:${j.column}`;
      out.push(`  ${where.padEnd(8)} ${sevPainted}  ${d.message}  ${paint('2', d.rule)}`);
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else others++;
    }
    out.push('');
  }
  const files = results.filter((r) => r.analysis).length;
  out.push(
    locale === 'en'
      ? `${files} file(s) checked: ${errors} error(s), ${warnings} warning(s), ${others} other(s)${ignored ? `; ${ignored} file(s) ignored by the configuration` : ''}`
      : `共检查 ${files} 个文件：${errors} 个错误，${warnings} 个警告，${others} 个提示/信息${ignored ? `；${ignored} 个文件按配置忽略` : ''}`,
  );
  return out.join('\n');
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(results: FileResult[], ruleIds: string[], version: string): string {
  const runs = [{
    tool: {
      driver: {
        name: 'gknb',
        version,
        rules: ruleIds.map((id) => ({ id, ...(DEFAULT_RULES_BASE_URL ? { helpUri: rulePageUrl(DEFAULT_RULES_BASE_URL, id) } : {}) })),
      },
    },
    results: results.filter((r) => r.analysis).flatMap((r) => r.analysis!.diagnostics.map((d) => {
      const j = toJsonDiagnostic(d, r.lines);
      const p = placeOf(r, d);
      const region = { startLine: j.line, startColumn: j.column, endLine: j.endLine, endColumn: j.endColumn };
      return {
        ruleId: d.rule,
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: r.file.split('\\').join('/') },
            // A web page's element line is a real line of the file; in a Word or PDF document, lines and
            // columns count in its Markdown conversion (gknb convert), said so in the region's properties.
            region: p && r.source?.kind === 'html' && typeof p.place.line === 'number' ? { startLine: p.place.line }
              : p ? { ...region, properties: { text: 'markdown-conversion' } } : region,
          },
          ...(p ? { logicalLocations: [{ name: p.text, kind: 'element', properties: p.place }] } : {}),
        }],
      };
    })),
    invocations: [{
      executionSuccessful: results.every((r) => !r.error),
      toolExecutionNotifications: results.filter((r) => r.error).map((r) => ({
        level: 'error',
        message: { text: `${r.file}: ${r.error}` },
      })),
    }],
  }];
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }, null, 2);
}

type CellMap = Record<string, Record<string, number | null>>;

export interface Extracted {
  file: string;
  title: string | null;
  year: number | null;
  format: '2021' | '2019' | null;
  sections: { ordinal: string; title: string; line: number }[];
  tables: { table2: CellMap; table3: CellMap; table4: CellMap };
}

function cellNumber(v: { kind: string; value?: number }): number | null {
  return v.kind === 'number' ? v.value! : null;
}

export function extract(file: string, model: ReportModel, lines: readonly string[]): Extracted {
  const table2: CellMap = {};
  const table3: CellMap = {};
  const table4: CellMap = {};
  if (model.table2) {
    for (const sub of model.table2.subs.values()) {
      for (const [key, row] of sub.rows) table2[key] = Object.fromEntries(row.cells.map((c) => [c.column.key, cellNumber(c.value)]));
    }
  }
  if (model.table3) {
    const order = FORMATS[model.format ?? '2021'].table3Rows.map((r) => r.key);
    for (const key of order) {
      const row = model.table3.rows.get(key);
      if (row) table3[key] = Object.fromEntries(row.cells.map((c) => [c.column.key, cellNumber(c.value)]));
    }
  }
  if (model.table4) {
    for (const [key, g] of model.table4.groups) table4[key] = Object.fromEntries(g.cells.map((c) => [c.column.key, cellNumber(c.value)]));
  }
  return {
    file,
    title: model.title ? model.title.text : null,
    year: model.year ?? null,
    format: model.format,
    sections: model.sections.map((s) => ({
      ordinal: s.ordinal,
      title: lines[s.headingSpan.line].slice(s.headingSpan.start, s.headingSpan.end),
      line: s.headingSpan.line + 1,
    })),
    tables: { table2, table3, table4 },
  };
}

function csvField(s: string | number | null): string {
  const t = s === null ? '' : String(s);
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

export function extractCsv(items: Extracted[]): string {
  const rows = ['file,table,row,column,value'];
  for (const e of items) {
    for (const [table, map] of Object.entries(e.tables)) {
      for (const [row, cols] of Object.entries(map)) {
        for (const [col, value] of Object.entries(cols)) rows.push([e.file, table, row, col, value].map(csvField).join(','));
      }
    }
  }
  return rows.join('\n');
}
