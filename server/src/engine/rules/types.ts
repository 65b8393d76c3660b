/** Rule plumbing shared by every rule family. */
import type { ReportModel, Span } from '../model';
import type { Range } from '../document';
import type { Locale, Translate } from '../i18n/messages';
import type { TableStyle } from '../model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export const RULE_IDS = [
  'section-missing', 'section-order', 'section-duplicate', 'section-title', 'section-empty', 'title-format',
  'table-missing', 'row-missing', 'column-missing', 'label-nonstandard', 'format-outdated',
  'cell-missing', 'cell-invalid', 'row-total', 'result-total', 'balance',
  'fee-statement-missing', 'improvement-missing', 'overview-topics', 'year-mismatch',
  'narrative-mismatch', 'narrative-sum', 'carryover-mismatch', 'closed-but-carried', 'copied-text',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface TextEdit { range: Range; newText: string }

/** What a quick fix needs, computed with the diagnostic so the editor only has to apply it. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe to apply together with other safe fixes in "fix all". */
  safe: boolean;
}

/** A place that explains a diagnostic; `uri` when it is in another file (last year's report). */
export interface RelatedInfo { range: Range; message: string; uri?: string }

export interface Finding {
  rule: RuleId;
  range: Range;
  message: string;
  /** A finding milder than its rule's default (e.g. a partial 其中 list); user settings still win. */
  severity?: Severity;
  related?: RelatedInfo[];
  fixes?: Fix[];
  /** The value the cell at `range` should hold, when the rule knows it (a sum): views show it as 应为 N. */
  expected?: number;
}

/**
 * What a rule reports. Fixes may be given as a function: building their edits (rendered tables and
 * rows) is the costly part of a finding, and a check that shows no fixes (the CLI) never calls it.
 */
export interface Reported extends Omit<Finding, 'rule' | 'fixes'> {
  fixes?: Fix[] | (() => Fix[]);
}

export interface EngineOptions {
  locale: Locale;
  /** Table style for inserted tables when the document has none of its own. */
  defaultStyle: TableStyle;
  /** Fill inserted tables with 0 or leave the cells empty. */
  templateFill: 'empty' | 'zero';
  /**
   * A text that does not look like a report: 'silent' gives no diagnostics (Markdown files in the
   * editor), 'explain' one saying it was not checked (the CLI), 'check' checks it anyway (gknb files).
   */
  nonReport: 'silent' | 'explain' | 'check';
  /** Last year's report of the same agency, for carryover-mismatch (found by the caller). */
  previousYear?: PreviousYear;
  /** false: findings carry no fixes (nothing will apply them: the CLI, a workspace check). */
  fixes?: boolean;
}

export interface PreviousYear {
  /** Where it is (a file path for the CLI, a URI in the editor). */
  uri: string;
  /** Identifies this version of it, for caching. */
  key: string;
  model: ReportModel;
  /** Its text, for copied-text (without it, that rule says nothing). */
  lines?: readonly string[];
}

export const DEFAULT_OPTIONS: EngineOptions = { locale: 'zh-cn', defaultStyle: 'tab', templateFill: 'empty', nonReport: 'check' };

export interface RuleContext {
  model: ReportModel;
  lines: readonly string[];
  eol: string;
  options: EngineOptions;
  t: Translate;
}

export interface Rule {
  id: RuleId;
  /** Other names users may write in settings and comments (markdownlint style). */
  aliases: string[];
  severity: Severity;
  /** 'tables': the findings depend only on the table models (and options), so they can be reused while the tables are unchanged. */
  /**
   * What the findings depend on beyond the rule inputs' other parts: 'tables' — only the tables
   * (reused while they are unchanged); 'narrative' — also what the prose states (claims, sums, years).
   */
  scope?: 'tables' | 'narrative';
  /**
   * false: the findings read no table (nor its fragments or lines): kept while only the tables changed (typing in a
   * cell), the rest of the rule inputs (../signature.ts) unchanged.
   */
  readsTables?: false;
  check(ctx: RuleContext, report: (f: Reported) => void): void;
}

export function spanRange(s: Span): Range {
  return { start: { line: s.line, character: s.start }, end: { line: s.line, character: s.end } };
}

export function pointRange(line: number, character = 0): Range {
  return { start: { line, character }, end: { line, character } };
}

export function lineRange(lines: readonly string[], line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: lines[line]?.length ?? 0 } };
}
