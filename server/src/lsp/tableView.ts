/**
 * `gknb/tableView`: the three tables of an open report as HTML for the editor's table view, drawn by the
 * same renderer as the review page from the analysis the diagnostics come from (cached per version:
 * the view never parses on its own).
 */
import type { Analysis, PreviousYear } from '../engine';
import { renderTables } from '../render/tables-html';
import type { TableViewParams, TableViewResult } from '../protocol';
import type { Locale } from '../engine';

export const TABLE_VIEW = 'gknb/tableView';

export function tableView(
  params: TableViewParams,
  version: number,
  analysis: Analysis,
  previousYear: PreviousYear | undefined,
  showDiagnostics: boolean,
  locale: Locale,
): TableViewResult {
  const previous = params.compare ? previousYear?.model : undefined;
  return {
    uri: params.uri,
    version,
    html: renderTables(analysis.model, { locale, diagnostics: showDiagnostics ? analysis.diagnostics : [], previous, source: true }),
    previous: previousYear ? { uri: previousYear.uri, year: previousYear.model.year ?? null } : null,
    compared: !!previous,
  };
}
