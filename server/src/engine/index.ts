/**
 * The gknb engine: parse a report (incrementally) and check it against the official format.
 * Pure: no `vscode`, no LSP connection. The language server and the CLI are thin shells over this.
 */
import { ReportDocument } from './document';
import { RULES, runRules, findRule, RuleFailure, RuleMemo } from './rules';
import { DEFAULT_OPTIONS, EngineOptions, Finding, RuleId, Severity, SeveritySetting } from './rules/types';
import { translator } from './i18n/messages';
import type { ReportModel } from './model';

export { ReportDocument } from './document';
export type { Range, Position, TextChange } from './document';
export { RULES, findRule } from './rules';
export type { Finding, Fix, TextEdit, RuleId, Severity, SeveritySetting, EngineOptions } from './rules/types';
export { RULE_IDS } from './rules/types';
export type { ReportModel } from './model';
export type { Locale } from './i18n/messages';

export interface Diagnostic extends Finding {
  severity: Severity;
}

export interface CheckOptions extends Partial<EngineOptions> {
  /** Per-rule severity overrides by id or alias. */
  rules?: Record<string, SeveritySetting>;
}

export interface Analysis {
  version: number;
  model: ReportModel;
  diagnostics: Diagnostic[];
  failures: RuleFailure[];
}

function severities(overrides: Record<string, SeveritySetting> | undefined): Map<RuleId, SeveritySetting> {
  const map = new Map<RuleId, SeveritySetting>(RULES.map((r) => [r.id, r.severity]));
  for (const [name, value] of Object.entries(overrides ?? {})) {
    const rule = findRule(name);
    if (rule) map.set(rule.id, value);
  }
  return map;
}

const cache = new WeakMap<ReportDocument, { version: number; key: string; analysis: Analysis; memo: RuleMemo }>();

/** Check a document; the result is cached per document version and options. */
export function analyze(doc: ReportDocument, options: CheckOptions = {}): Analysis {
  const key = JSON.stringify(options);
  const hit = cache.get(doc);
  if (hit && hit.version === doc.version && hit.key === key) return hit.analysis;
  const engineOptions: EngineOptions = { ...DEFAULT_OPTIONS, ...stripUndefined(options) };
  const model = doc.getModel();
  const sev = severities(options.rules);
  const active = RULES.filter((r) => sev.get(r.id) !== 'off');
  const memoKey = `${model.tablesKey}|${model.format}|${key}`;
  const { findings, failures, memo } = runRules(
    { model, lines: doc.getLines(), eol: doc.eol, options: engineOptions, t: translator(engineOptions.locale) },
    active,
    { previous: hit?.memo, key: memoKey },
  );
  const diagnostics = findings
    .map((f) => ({ ...f, severity: sev.get(f.rule) as Severity }))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule));
  const analysis = { version: doc.version, model, diagnostics, failures };
  cache.set(doc, { version: doc.version, key, analysis, memo });
  return analysis;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => v !== undefined && k !== 'rules')) as Partial<T>;
}

/** One-shot check of a text. */
export function checkText(text: string, options: CheckOptions = {}): Analysis {
  return analyze(new ReportDocument(text), options);
}
