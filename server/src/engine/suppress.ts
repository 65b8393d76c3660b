/**
 * Inline exceptions: gknb comments in the report silence diagnostics of named rules (or of all rules).
 *
 *   <!-- gknb-disable-next-line row-total -->          the next line (comment lines in between skipped)
 *   <!-- gknb-disable cell-missing --> … <!-- gknb-enable cell-missing -->   a range of lines
 *   <!-- gknb-disable --> … <!-- gknb-enable -->        every rule in a range
 *   <!-- gknb-disable-file title-format -->             the whole file
 *
 * Several rules are separated by spaces or commas; aliases work as in the settings; text after ` -- `
 * is a reason for the reader. An exception that silences nothing is reported itself (`unused-disable`,
 * a hint), so stale ones do not pile up; an unknown rule or directive is `invalid-disable` (a warning).
 * The comment lines are lexed on their own (text/directives.ts), so this is a pass over the finished
 * diagnostics and never touches parsing.
 */
import { compareIds } from './compare';
import type { Range } from './document';
import type { Fix, RuleId, Severity, SeveritySetting, TextEdit } from './rules/types';
import { findRule, RULES_BY_ID } from './rules';
import { LineKind, LineToken } from './text/lines';
import type { Directive, DirectiveWord } from './text/directives';
import type { ConfigTranslate } from './i18n/config-messages';

/** Codes of the diagnostics about the exception comments themselves. */
export const DIRECTIVE_CODES = ['unused-disable', 'invalid-disable'] as const;
export type DirectiveCode = (typeof DIRECTIVE_CODES)[number];
export const DIRECTIVE_DEFAULT_SEVERITY: Record<DirectiveCode, Severity> = { 'unused-disable': 'hint', 'invalid-disable': 'warning' };

export interface SuppressibleDiagnostic {
  rule: string;
  range: Range;
}

export interface DirectiveDiagnostic {
  rule: DirectiveCode;
  severity: Severity;
  range: Range;
  message: string;
  fixes?: Fix[];
}

export interface SuppressOptions {
  /** The severity in force for a rule ('off' rules cannot tell whether an exception for them is stale). */
  severityOf: (rule: RuleId) => SeveritySetting;
  /** Rules that failed this time (their exceptions are not reported as unused either). */
  failed: ReadonlySet<string>;
  /** Severity overrides for the directive codes, as for rules (`"unused-disable": "off"`). */
  overrides?: Record<string, SeveritySetting>;
  t: ConfigTranslate;
}

type Key = RuleId | '*';

interface Entry {
  key: Key;
  word?: DirectiveWord;
  used: boolean;
  /** For enable: nothing was disabled for it. */
  unmatched: boolean;
}

interface Placed {
  line: number;
  d: Directive;
  entries: Entry[];
}

function lineRangeOf(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** Delete a whole line with its line break (or the break before it, on the last line). */
export function deleteLineEdit(lines: readonly string[], line: number): TextEdit {
  if (line + 1 < lines.length) return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
  if (line > 0) return { range: { start: { line: line - 1, character: lines[line - 1].length }, end: { line, character: lines[line].length } }, newText: '' };
  return { range: lineRangeOf(line, 0, lines[line].length), newText: '' };
}

/** Delete one rule word from a directive, with the separator that goes with it. */
function deleteWordEdit(text: string, line: number, d: Directive, w: DirectiveWord): TextEdit {
  const isLast = d.rules[d.rules.length - 1] === w;
  let start = w.start;
  let end = w.end;
  if (isLast) {
    // The separator before it goes too: `a, b -->` becomes `a -->`.
    while (start > 0 && /[\s,，、;；]/.test(text[start - 1])) start--;
  } else {
    while (end < text.length && /[\s,，、;；]/.test(text[end])) end++;
  }
  return { range: lineRangeOf(line, start, end), newText: '' };
}

/**
 * Apply the exception comments to the diagnostics of one analysis: returns the diagnostics that
 * stay, plus the diagnostics about the comments (unused, unknown rule, unknown directive).
 * Without any gknb comment in the document the input array is returned as it is.
 */
export function applyDirectives<D extends SuppressibleDiagnostic>(
  lexed: readonly LineToken[],
  lines: readonly string[],
  diagnostics: D[],
  opts: SuppressOptions,
  /** The lines holding a gknb comment, in order (the parser notes them per block). */
  directiveLines: readonly number[],
): (D | DirectiveDiagnostic)[] {
  const found = directiveLines.map((line) => ({ line, d: lexed[line].directive! }));
  if (!found.length) return diagnostics;
  const { t } = opts;
  const severity = (code: DirectiveCode): SeveritySetting => opts.overrides?.[code] ?? DIRECTIVE_DEFAULT_SEVERITY[code];
  const about: DirectiveDiagnostic[] = [];
  const report = (code: DirectiveCode, range: Range, message: string, fixes?: Fix[]) => {
    const s = severity(code);
    if (s !== 'off') about.push({ rule: code, severity: s, range, message, ...(fixes ? { fixes } : {}) });
  };

  const placed: Placed[] = [];
  for (const { line, d } of found) {
    if (!d.kind) {
      report('invalid-disable', lineRangeOf(line, d.name.start, d.name.end), t('disable.unknownDirective', { directive: d.name.text }));
      continue;
    }
    const entries: Entry[] = [];
    for (const w of d.rules) {
      const rule = findRule(w.text);
      if (!rule) {
        report('invalid-disable', lineRangeOf(line, w.start, w.end), t('disable.unknownRule', { rule: w.text }));
        continue;
      }
      entries.push({ key: rule.id, word: w, used: false, unmatched: false });
    }
    if (!d.rules.length) entries.push({ key: '*', used: false, unmatched: false });
    placed.push({ line, d, entries });
  }

  // Where each kind applies.
  const nextLine = new Map<number, Entry[]>();
  const wholeFile: Entry[] = [];
  const ranged: Placed[] = [];
  for (const p of placed) {
    if (p.d.kind === 'disable-next-line') {
      let target = p.line + 1;
      while (target < lexed.length && lexed[target].directive) target++;
      const list = nextLine.get(target) ?? [];
      list.push(...p.entries);
      nextLine.set(target, list);
    } else if (p.d.kind === 'disable-file') {
      wholeFile.push(...p.entries);
    } else {
      ranged.push(p);
    }
  }

  // Ranges: walk the diagnostics in line order, applying disable/enable comments as they are passed.
  let all: Entry | undefined;
  const enabledUnderAll = new Set<RuleId>();
  const byRule = new Map<RuleId, Entry>();
  const apply = (p: Placed) => {
    for (const e of p.entries) {
      if (p.d.kind === 'disable') {
        if (e.key === '*') {
          all = e;
          enabledUnderAll.clear();
        } else {
          byRule.set(e.key, e);
          enabledUnderAll.delete(e.key);
        }
      } else if (e.key === '*') {
        if (!all && !byRule.size) e.unmatched = true;
        all = undefined;
        byRule.clear();
        enabledUnderAll.clear();
      } else if (byRule.has(e.key)) {
        byRule.delete(e.key);
        if (all) enabledUnderAll.add(e.key);
      } else if (all) {
        enabledUnderAll.add(e.key);
      } else {
        e.unmatched = true;
      }
    }
  };
  const matches = (list: Entry[] | undefined, rule: RuleId) => list?.find((e) => e.key === rule) ?? list?.find((e) => e.key === '*');

  // A diagnostic placed on an exception comment's own line (a rule that points "after the table", where the
  // comment now is) counts as on the line the comment stands before.
  const effective = (line: number) => {
    let l = line;
    while (l < lexed.length && lexed[l]?.directive) l++;
    return l;
  };
  const at = diagnostics.map((d) => effective(d.range.start.line));
  const order = diagnostics.map((_, i) => i).sort((a, b) => at[a] - at[b] || a - b);
  const drop = new Set<number>();
  let next = 0;
  for (const i of order) {
    const d = diagnostics[i];
    const line = at[i];
    while (next < ranged.length && ranged[next].line < line) apply(ranged[next++]);
    if (!RULES_BY_ID.has(d.rule as RuleId)) continue;
    const rule = d.rule as RuleId;
    const by = matches(nextLine.get(line), rule)
      ?? byRule.get(rule)
      ?? (all && !enabledUnderAll.has(rule) ? all : undefined)
      ?? matches(wholeFile, rule);
    if (by) {
      by.used = true;
      drop.add(i);
    }
  }
  while (next < ranged.length) apply(ranged[next++]);

  // Exceptions that silenced nothing. A rule that is off or failed cannot tell, so it is not reported.
  const stale = (e: Entry) => (e.key === '*' ? !e.used : !e.used && opts.severityOf(e.key) !== 'off' && !opts.failed.has(e.key));
  for (const p of placed) {
    const text = lines[p.line] ?? '';
    const whole = lineRangeOf(p.line, p.d.start, p.d.end);
    const removeLine: Fix = { title: t('disable.fix.remove'), edits: [deleteLineEdit(lines, p.line)], safe: false };
    if (p.d.kind === 'enable') {
      const unmatched = p.entries.filter((e) => e.unmatched);
      if (unmatched.length && unmatched.length === p.entries.length) report('unused-disable', whole, t('disable.unmatchedEnable'), [removeLine]);
      else for (const e of unmatched) report('unused-disable', lineRangeOf(p.line, e.word!.start, e.word!.end), t('disable.unmatchedEnable'), [{ title: t('disable.fix.removeRule', { rule: e.word!.text }), edits: [deleteWordEdit(text, p.line, p.d, e.word!)], safe: false }]);
      continue;
    }
    const unused = p.entries.filter(stale);
    if (!unused.length) continue;
    // Every rule of the comment is stale (or it names none): the whole comment can go.
    if (p.entries[0]?.key === '*' || (unused.length === p.entries.length && p.entries.length === p.d.rules.length)) {
      report('unused-disable', whole, t('disable.unused'), [removeLine]);
      continue;
    }
    for (const e of unused) {
      report('unused-disable', lineRangeOf(p.line, e.word!.start, e.word!.end), t('disable.unusedRule', { rule: e.word!.text }),
        [{ title: t('disable.fix.removeRule', { rule: e.word!.text }), edits: [deleteWordEdit(text, p.line, p.d, e.word!)], safe: false }]);
    }
  }
  const kept: (D | DirectiveDiagnostic)[] = diagnostics.filter((_, i) => !drop.has(i));
  if (!about.length) return kept;
  return kept.concat(about).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || compareIds(a.rule, b.rule));
}

/** Lines of the Markdown pipe table around `line` (an exception comment inside one would break it). */
function pipeTableAround(lexed: readonly LineToken[], line: number): { first: number; last: number } | undefined {
  const isPipe = (i: number) => lexed[i] && (lexed[i].kind === LineKind.Pipe || lexed[i].kind === LineKind.PipeDelimiter);
  if (!isPipe(line)) return undefined;
  let first = line;
  let last = line;
  while (first > 0 && isPipe(first - 1)) first--;
  while (last + 1 < lexed.length && isPipe(last + 1)) last++;
  return { first, last };
}

/**
 * Lines of a space-aligned table (PDF text) around `line`: its labels wrap onto the line before or after
 * a row, and the parser joins them only when they are adjacent, so a comment line must not go between.
 */
function spacedTableAround(lexed: readonly LineToken[], line: number): { first: number; last: number } | undefined {
  const kind = (i: number) => lexed[i]?.kind;
  const near = (i: number) => kind(i) === LineKind.Spaced || (kind(i) === LineKind.Text && (kind(i - 1) === LineKind.Spaced || kind(i + 1) === LineKind.Spaced));
  if (!near(line)) return undefined;
  const inside = (i: number) => kind(i) === LineKind.Spaced || kind(i) === LineKind.Text || kind(i) === LineKind.PageNumber;
  let first = line;
  let last = line;
  while (first > 0 && inside(first - 1)) first--;
  while (last + 1 < lexed.length && inside(last + 1)) last++;
  return { first, last };
}

/** Where a comment at the top of the file goes: after YAML front matter, if the file has one. */
function topLine(lines: readonly string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  for (let i = 1; i < lines.length && i < 200; i++) if (lines[i].trim() === '---' || lines[i].trim() === '...') return i + 1;
  return 0;
}

/**
 * The "Ignore here" quick fixes for a diagnostic of a rule: a `gknb-disable-next-line` comment on the
 * line above (added to one already there), or — inside a Markdown pipe table, which a comment line
 * would cut in two, or a space-aligned table, whose wrapped labels it would cut off — `gknb-disable` /
 * `gknb-enable` around the table; and `gknb-disable-file`. Comments go at column 0 (indented by four
 * spaces a Markdown line would be a visible code block). Nothing for diagnostics that are not about a rule.
 */
export function ignoreFixes(diag: SuppressibleDiagnostic, lexed: readonly LineToken[], lines: readonly string[], eol: string, t: ConfigTranslate): Fix[] {
  const rule = RULES_BY_ID.get(diag.rule as RuleId);
  if (!rule || !lines.length) return [];
  const id = rule.id;
  const line = Math.max(0, Math.min(diag.range.start.line, lines.length - 1));
  const fixes: Fix[] = [];
  const table = pipeTableAround(lexed, line) ?? spacedTableAround(lexed, line);
  if (table) {
    const lastText = lines[table.last];
    fixes.push({
      title: t('disable.fix.table', { rule: id }),
      edits: [
        { range: lineRangeOf(table.first, 0, 0), newText: `<!-- gknb-disable ${id} -->${eol}` },
        { range: lineRangeOf(table.last, lastText.length, lastText.length), newText: `${eol}<!-- gknb-enable ${id} -->` },
      ],
      safe: false,
    });
  } else {
    const above = line > 0 ? lexed[line - 1]?.directive : undefined;
    if (above?.kind === 'disable-next-line' && above.rules.length) {
      const at = above.rules[above.rules.length - 1].end;
      fixes.push({ title: t('disable.fix.line', { rule: id }), edits: [{ range: lineRangeOf(line - 1, at, at), newText: ` ${id}` }], safe: false });
    } else {
      fixes.push({ title: t('disable.fix.line', { rule: id }), edits: [{ range: lineRangeOf(line, 0, 0), newText: `<!-- gknb-disable-next-line ${id} -->${eol}` }], safe: false });
    }
  }
  const top = topLine(lines);
  fixes.push({ title: t('disable.fix.file', { rule: id }), edits: [{ range: lineRangeOf(top, 0, 0), newText: `<!-- gknb-disable-file ${id} -->${eol}` }], safe: false });
  return fixes;
}
