/** `gknb check --format html`: what the review page needs of each file, computed where the model is. */
import { agencyOf, Analysis } from '../engine';
import { renderTables } from '../render/tables-html';
import { KeyFigures, renderReview, ReviewEntry, Sev } from '../render/review-html';
import type { ViewLocale } from '../render/html';
import { extract, FileResult, toJsonDiagnostic } from './output';

/** The year-on-year figures: the 总计 column of table 三's four summary rows, and table 四's totals. */
function figures(tables: ReturnType<typeof extract>['tables']): KeyFigures {
  const t3 = (row: string) => tables.table3[row]?.total ?? null;
  const t4 = (group: string) => tables.table4[group]?.total ?? null;
  const direct = t4('lit_direct');
  const after = t4('lit_after_review');
  return {
    new_received: t3('new_received'),
    carried_over: t3('carried_over'),
    result_total: t3('result_total'),
    carry_forward: t3('carry_forward'),
    review: t4('review'),
    litigation: direct === null || after === null ? null : direct + after,
  };
}

/** One file's part of the review page; its tables are drawn now, while the model is at hand. */
export function reviewEntry(file: string, analysis: Analysis, lines: readonly string[], locale: ViewLocale): ReviewEntry {
  const model = analysis.model;
  const diagnostics = analysis.diagnostics.map((d) => {
    const j = toJsonDiagnostic(d, lines);
    return { rule: j.rule, severity: j.severity as Sev, line: j.line, column: j.column, message: j.message };
  });
  const isReport = model.looksLikeReport && !!(model.table2 || model.table3 || model.table4);
  return {
    file,
    title: model.title?.text ?? null,
    agency: agencyOf(model) ?? null,
    year: model.year ?? null,
    format: model.format,
    diagnostics,
    tables: isReport ? renderTables(model, { locale, diagnostics: analysis.diagnostics, briefTitles: true }) : '',
    figures: figures(extract(file, model, lines).tables),
  };
}

/** The page for all files checked; a file that could not be read has no entry (it is reported on stderr). */
export function formatReview(results: FileResult[], locale: ViewLocale, version: string, now = new Date()): string {
  const entries = results.flatMap((r) => (r.review ? [r.review] : []));
  return renderReview({ entries, locale, version, generated: now.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' });
}
