/**
 * The gknb engine: parse a report (incrementally) and check it against the official format.
 * Pure: no `vscode`, no LSP connection. The language server and the CLI are thin shells over this.
 */
import { compareIds } from './compare';
import { ReportDocument } from './document';
import { FIRST_FORMAT_YEAR } from './format';
import { RULES, RULES_BY_ID, runRules, findRule, RuleFailure, RuleMemo } from './rules';
import { withSeverity } from './rules/finding-copies';
import { DEFAULT_OPTIONS, EngineOptions, Finding, pointRange, RuleId, Severity, SeveritySetting, spanRange } from './rules/types';
import type { Locale } from './i18n/messages';
import { translator } from './i18n/messages';
import { RuleInputs, ruleInputs, sameInputs } from './signature';
import type { ReportModel } from './model';
import { applyDirectives, DirectiveCode } from './suppress';
import { configTranslator } from './i18n/config-messages';
import { copiedSections } from './narrative/similar';


export { ReportDocument } from './document';
export type { Range, Position, TextChange } from './document';
export { RULES, findRule } from './rules';
export { agencyOf, findPreviousYear, indexHead, previousYears } from './crossyear';
export type { IndexedReport } from './crossyear';
export type { PreviousYear } from './rules/types';
export type { Finding, Fix, TextEdit, RuleId, Severity, SeveritySetting, EngineOptions } from './rules/types';
export { RULE_IDS } from './rules/types';
export type { ReportModel } from './model';
export type { Locale } from './i18n/messages';

export interface Diagnostic extends Omit<Finding, 'rule'> {
  /** A rule id, or a code about the file itself (not analysed, wrong encoding, a rule that failed). */
  rule: RuleId | FileCode | DirectiveCode;
  severity: Severity;
}

export interface CheckOptions extends Partial<EngineOptions> {
  /** Per-rule severity overrides by id or alias. */
  rules?: Record<string, SeveritySetting>;
  /**
   * false when this version is the only one ever analysed (the CLI, checkText): skips the
   * bookkeeping that lets the next version reuse this one's findings. Default true.
   */
  incremental?: boolean;
}

/** Codes of diagnostics about the file itself rather than the report format. */
export type FileCode = 'not-analysed' | 'encoding' | 'internal-error';

/**
 * Why a text should not be checked as a report: binary content, or Chinese text decoded with the
 * wrong encoding (GBK bytes read as UTF-8 give U+FFFD; read as Latin-1 they give letters like Õþ).
 */
function fileProblem(doc: ReportDocument, t: ReturnType<typeof translator>): Diagnostic | undefined {
  let nul = 0, replacement = 0, latin = 0, cjkLines = 0;
  let first: number | undefined;
  for (const b of doc.getBlocks()) {
    const s = b.parse.suspect;
    nul += s.nul;
    replacement += s.replacement;
    latin += s.latin;
    cjkLines += s.cjkLines;
    if (s.firstLine !== undefined) first ??= s.firstLine;
  }
  const at = first ?? 0;
  const range = { start: { line: at, character: 0 }, end: { line: at, character: Math.min(doc.getLine(at).length, 200) } };
  if (nul > 0) {
    return { rule: 'not-analysed', severity: 'warning', range, message: t('not-analysed', { reason: t('reason.binary', { count: nul }) }) };
  }
  if (replacement >= 3 || (latin >= 20 && latin > cjkLines * 4)) {
    return { rule: 'encoding', severity: 'warning', range, message: t('encoding', { count: replacement || latin }) };
  }
  return undefined;
}

export interface Analysis {
  version: number;
  model: ReportModel;
  diagnostics: Diagnostic[];
  failures: RuleFailure[];
}

const severityCache = new Map<string, Map<RuleId, SeveritySetting>>();

/** Severities after the user's overrides; the same overrides give the same (shared, read-only) map. */
function severities(overrides: Record<string, SeveritySetting> | undefined): Map<RuleId, SeveritySetting> {
  // (No overrides, as on every keystroke of the benchmark and every check of the CLI without a config: the key
  // JSON.stringify({}) gives, without serialising.)
  const key = overrides === undefined ? '{}' : JSON.stringify(overrides);
  let map = severityCache.get(key);
  if (!map) {
    map = computeSeverities(overrides);
    if (severityCache.size > 100) severityCache.clear();
    severityCache.set(key, map);
  }
  return map;
}

function computeSeverities(overrides: Record<string, SeveritySetting> | undefined): Map<RuleId, SeveritySetting> {
  const map = new Map<RuleId, SeveritySetting>(RULES.map((r) => [r.id, r.severity]));
  for (const [name, value] of Object.entries(overrides ?? {})) {
    const rule = findRule(name);
    if (rule) map.set(rule.id, value);
  }
  return map;
}

interface CacheEntry {
  version: number;
  key: string;
  analysis: Analysis;
  memo: RuleMemo;
  /** The rules' inputs and their findings before inline exceptions, reused while the inputs are unchanged. */
  inputs?: RuleInputs;
  raw?: Diagnostic[];
}

const cache = new WeakMap<ReportDocument, CacheEntry>();

/**
 * A finding may be milder than its rule's default (a partial 其中 list); a severity the user chose
 * for the rule (different from the default) still wins.
 */
function severityOf(f: Finding, sev: Map<RuleId, SeveritySetting>): Severity {
  const configured = sev.get(f.rule) as Severity;
  const byDefault = RULES_BY_ID.get(f.rule)?.severity;
  return f.severity && configured === byDefault ? f.severity : configured;
}

/** Check a document; the result is cached per document version and options. */
export function analyze(doc: ReportDocument, options: CheckOptions = {}): Analysis {
  const key = optionsKey(options);
  const incremental = options.incremental !== false;
  const hit = cache.get(doc);
  if (hit && hit.version === doc.version && hit.key === key) return hit.analysis;
  const engineOptions: EngineOptions = { ...DEFAULT_OPTIONS, ...stripUndefined(options) };
  const model = doc.getModel();
  const t = translator(engineOptions.locale);
  // A file not checked against the format: its one explanation (or none), kept like any analysis.
  const settled = (diagnostics: Diagnostic[]): Analysis => {
    const analysis = { version: doc.version, model, diagnostics, failures: [] };
    if (incremental) cache.set(doc, { version: doc.version, key, analysis, memo: { key: '', byRule: new Map() } });
    return analysis;
  };
  const problem = fileProblem(doc, t);
  if (problem) return settled([problem]);
  // A report for a year before the national format (2018 and earlier: free-form parts, no standard tables) has
  // nothing to be checked against; its standard tables, if any, say it follows the format after all.
  if (model.year !== undefined && model.year < FIRST_FORMAT_YEAR && !model.table3 && !model.table4) {
    const message = t('not-analysed', { reason: t('reason.before-format', { year: model.year, first: FIRST_FORMAT_YEAR }) });
    return settled([{ rule: 'not-analysed', severity: 'information', range: model.title ? spanRange(model.title.span) : pointRange(0), message }]);
  }
  if (!model.looksLikeReport && engineOptions.nonReport !== 'check') {
    return settled(engineOptions.nonReport === 'explain'
      ? [{ rule: 'not-analysed', severity: 'information', range: pointRange(0), message: t('not-analysed', { reason: t('reason.not-report') }) }]
      : []);
  }
  const sev = severities(options.rules);
  const inputs = incremental ? ruleInputs(model, doc.getLines(), doc.eol) : undefined;
  // copied-text reads the sections' whole text: which sections are last year's, and how much, is an input too.
  if (inputs && engineOptions.previousYear) {
    inputs.rest.push(copiedSections(model, doc.getLines(), engineOptions.previousYear).map((c) => `${c.section.ordinal}${Math.floor(c.similarity * 100)}@${c.section.headingSpan.line}:${c.section.headingSpan.start}-${c.section.headingSpan.end}`).join(','));
  }
  let diagnostics: Diagnostic[];
  let failures: RuleFailure[];
  let memo: RuleMemo;
  // Only what the prose states changed (typing in a sentence with a number): the other rules' findings stay.
  // Only the tables changed (typing in a cell): the findings of the rules that read no table stay.
  const sameText = !!hit && hit.key === key && !!inputs && sameInputs(hit.inputs?.rest, inputs.rest);
  const sameRest = sameText && hit!.inputs!.tables === inputs!.tables;
  const sameNarrative = sameText && sameInputs(hit!.inputs?.narrative, inputs!.narrative);
  if (sameRest && sameNarrative && hit!.raw) {
    diagnostics = hit!.raw;
    failures = hit!.analysis.failures;
    memo = hit!.memo;
  } else {
    const active = RULES.filter((r) => sev.get(r.id) !== 'off');
    const memoKey = `${model.tablesKey}|${model.format}|${key}`;
    const run = runRules(
      { model, lines: doc.getLines(), eol: doc.eol, options: engineOptions, t },
      active,
      { previous: hit?.memo, key: memoKey, keep: sameText ? (r) => (r.scope !== 'narrative' || sameNarrative) && (sameRest || r.readsTables === false) : undefined },
    );
    failures = run.failures;
    memo = run.memo;
    const failed: Diagnostic[] = failures.map((f) => ({
      rule: 'internal-error', severity: 'information', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: t('internal-error', { rule: f.rule, error: String((f.error as Error)?.message ?? f.error).slice(0, 200) }),
    }));
    diagnostics = run.findings
      .map((f): Diagnostic => withSeverity(f, severityOf(f, sev)))
      .concat(failed)
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || compareIds(a.rule, b.rule));
  }
  // Inline exceptions (<!-- gknb-disable … -->) silence what they name; stale ones are reported.
  const directiveLines: number[] = [];
  for (const b of doc.getBlocks()) for (const l of b.parse.directiveLines) directiveLines.push(l);
  const kept: Diagnostic[] = directiveLines.length === 0 ? diagnostics : applyDirectives(doc.getLexed(), doc.getLines(), diagnostics, {
    severityOf: (id) => sev.get(id) ?? 'off', failed: new Set(failures.map((f) => f.rule)), overrides: options.rules, t: configTranslator(engineOptions.locale),
  }, directiveLines);
  const analysis = { version: doc.version, model, diagnostics: kept, failures };
  if (incremental) cache.set(doc, { version: doc.version, key, analysis, memo, inputs, raw: diagnostics });
  return analysis;
}

/** The options an analysis was made with, as text: an analysis is reused only under the same options. */
function optionsKey(options: CheckOptions): string {
  // checkText's { incremental: false } and no options at all serialise to {}: every check of a batch asks.
  let other = false;
  for (const k of Object.keys(options)) if (k !== 'incremental' && (options as Record<string, unknown>)[k] !== undefined) other = true;
  // Last year's report is keyed by its identity, not serialised.
  return other ? JSON.stringify({ ...options, previousYear: options.previousYear?.key, incremental: undefined }) : '{}';
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => v !== undefined && k !== 'rules' && k !== 'incremental')) as Partial<T>;
}

/** One-shot check of a text. */
export function checkText(text: string, options: CheckOptions = {}): Analysis {
  return analyze(new ReportDocument(text), { incremental: false, ...options });
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** A size as people read it: MB with one decimal, or KB / bytes when that would show 0.0 MB. */
export function byteSize(n: number): string {
  if (n >= 100 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

/** The analysis of a file that is too large to check: one diagnostic saying so, and an empty model. */
export function tooLarge(size: number, limit: number, locale: Locale = 'zh-cn'): Analysis {
  const t = translator(locale);
  const empty = new ReportDocument('');
  return {
    version: 0,
    model: empty.getModel(),
    failures: [],
    diagnostics: [{
      rule: 'not-analysed', severity: 'warning', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: t('not-analysed', { reason: t('reason.size', { size: byteSize(size), limit: byteSize(limit) }) }),
    }],
  };
}
