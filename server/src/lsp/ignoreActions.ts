/**
 * "忽略此处" / "Ignore here" on every gknb diagnostic of a rule: a quick fix that writes the exception
 * comment (engine/suppress.ts ignoreFixes), plus "ignore in this file". Offered after the real fixes,
 * never preferred, never part of fix-all. Edits are versioned like every other quick fix.
 */
import { CodeAction, CodeActionKind, Diagnostic as LspDiagnostic, TextDocumentEdit } from 'vscode-languageserver/node';
import type { Analysis, Locale, ReportDocument } from '../engine';
import { ignoreFixes } from '../engine/suppress';
import { configTranslator } from '../engine/i18n/config-messages';

/** A diagnostic of this version, or one the current text still has at the same place (else it is stale: no action). */
function current(d: LspDiagnostic, version: number, a: Analysis): boolean {
  if ((d.data as { version?: number } | undefined)?.version === version) return true;
  return a.diagnostics.some((x) => x.rule === d.code && x.message === d.message
    && x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character
    && x.range.end.line === d.range.end.line && x.range.end.character === d.range.end.character);
}

export function ignoreActions(uri: string, version: number, doc: ReportDocument, analysis: Analysis, diagnostics: LspDiagnostic[], only: string[] | undefined, locale: Locale): CodeAction[] {
  if (only && !only.some((k) => CodeActionKind.QuickFix === k || CodeActionKind.QuickFix.startsWith(k + '.'))) return [];
  const t = configTranslator(locale);
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const d of diagnostics) {
    if (d.source !== 'gknb' || typeof d.code !== 'string' || !current(d, version, analysis)) continue;
    for (const fix of ignoreFixes({ rule: d.code, range: d.range }, doc.getLexed(), doc.getLines(), doc.eol, t)) {
      // Several diagnostics of one rule on a line share one action.
      const key = fix.title + JSON.stringify(fix.edits);
      if (seen.has(key)) continue;
      seen.add(key);
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: false,
        edit: { documentChanges: [TextDocumentEdit.create({ uri, version }, fix.edits)] },
      });
    }
  }
  return actions;
}
