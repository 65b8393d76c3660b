/** Engine results → LSP shapes. */
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  Diagnostic as LspDiagnostic, DiagnosticSeverity, DiagnosticRelatedInformation, Location,
} from 'vscode-languageserver/node';
import type { Diagnostic, Fix } from '../engine';
import { DEFAULT_RULES_BASE_URL, rulePageUrl, rulesBaseUrl } from '../ruleLinks';

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The base of the rule links: the client's setting, else the repository's pages (see ruleLinks.ts). */
let rulesBase: string | undefined = DEFAULT_RULES_BASE_URL;

/** Set once at initialisation from the client's `rulesBaseUrl`; an unusable value keeps the default. */
export function setRulesBaseUrl(setting: unknown): void {
  rulesBase = rulesBaseUrl(setting) ?? DEFAULT_RULES_BASE_URL;
}

/** A rule's page on the web; the copy shipped next to dist/ when no address is known (a build without one). */
export function rulePage(rule: string): string {
  if (rulesBase) return rulePageUrl(rulesBase, rule);
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
