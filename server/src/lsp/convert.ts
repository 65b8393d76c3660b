/** Engine results → LSP shapes. */
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  Diagnostic as LspDiagnostic, DiagnosticSeverity, DiagnosticRelatedInformation, Location,
} from 'vscode-languageserver/node';
import type { Diagnostic, Fix } from '../engine';

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The rule pages ship with the extension (docs/rules/<id>.md next to dist/). */
export function rulePage(rule: string): string {
  return pathToFileURL(path.join(__dirname, '..', 'docs', 'rules', `${rule}.md`)).toString();
}

export interface DiagnosticData { version: number; fixes: Fix[] }

export function toLspDiagnostic(d: Diagnostic, uri: string, version: number): LspDiagnostic {
  const data: DiagnosticData = { version, fixes: d.fixes ?? [] };
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: rulePage(d.rule) },
    source: 'gknb',
    message: d.message,
    relatedInformation: d.related?.map((r) => DiagnosticRelatedInformation.create(Location.create(r.uri ?? uri, r.range), r.message)),
    data,
  };
}
