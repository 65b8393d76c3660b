/**
 * Code actions: each quick fix comes straight from the fix data on its diagnostic. Edits are
 * versioned, so a fix computed for an older document version is refused rather than misapplied.
 */
import { CodeAction, CodeActionKind, Diagnostic as LspDiagnostic, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { Analysis, Fix, TextEdit } from '../engine';
import { DiagnosticData, toLspDiagnostic } from './convert';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.gknb';

function versionedEdit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const before = (x: TextEdit['range']['end'], y: TextEdit['range']['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return !(before(a.range.end, b.range.start) || before(b.range.end, a.range.start));
}

/** All safe fixes of the analysis that do not overlap one another. */
export function safeEdits(a: Analysis): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const d of a.diagnostics) {
    for (const f of d.fixes ?? []) {
      if (!f.safe) continue;
      if (f.edits.some((e) => edits.some((x) => overlaps(x, e)))) continue;
      edits.push(...f.edits);
    }
  }
  return edits;
}

function currentFixes(a: Analysis, d: LspDiagnostic): Fix[] {
  const same = a.diagnostics.find((x) => x.rule === d.code && x.message === d.message
    && x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character
    && x.range.end.line === d.range.end.line && x.range.end.character === d.range.end.character);
  return same?.fixes ?? [];
}

function intersects(a: LspDiagnostic['range'], b: LspDiagnostic['range']): boolean {
  const before = (x: LspDiagnostic['range']['end'], y: LspDiagnostic['range']['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function codeActions(
  uri: string, version: number, a: Analysis, context: { diagnostics: LspDiagnostic[]; only?: string[] }, fixAllTitle: string,
  range?: LspDiagnostic['range'],
): CodeAction[] {
  // A client may ask while its diagnostics are being refreshed (none in the context): use ours at the range.
  if (range && !context.diagnostics.some((d) => d.source === 'gknb')) {
    context = { ...context, diagnostics: a.diagnostics.filter((d) => d.fixes?.length && intersects(d.range, range)).map((d) => toLspDiagnostic(d, uri, version)) };
  }
  const actions: CodeAction[] = [];
  const wants = (kind: string) => !context.only || context.only.some((k) => kind === k || kind.startsWith(k + '.'));
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of context.diagnostics) {
      if (d.source !== 'gknb') continue;
      const data = d.data as DiagnosticData | undefined;
      // Fixes always come from the current version's analysis: a diagnostic of an older version is
      // honoured only when the current text still has the same problem at the same place.
      const fixes = data && data.version === version ? data.fixes : currentFixes(a, d);
      fixes.forEach((f: Fix, i: number) => {
        actions.push({
          title: f.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: i === 0 && f.safe,
          edit: versionedEdit(uri, version, f.edits),
        });
      });
    }
  }
  if (wants(FIX_ALL_KIND) || (context.only && context.only.includes(CodeActionKind.SourceFixAll))) {
    const edits = safeEdits(a);
    if (edits.length) actions.push({ title: fixAllTitle, kind: FIX_ALL_KIND, edit: versionedEdit(uri, version, edits) });
  }
  return actions;
}
