/** The rule registry and the runner that isolates each rule. */
import { structureRules } from './structure';
import { tableRules } from './tables';
import { cellRules } from './cells';
import { arithmeticRules } from './arithmetic';
import { contentRules } from './content';
import { narrativeRules } from './narrative';
import { carryoverMismatch } from './carryover';
import { closedButCarried } from './closed';
import { copiedText } from './copied';
import type { Finding, Rule, RuleContext, RuleId } from './types';
import { asFinding } from './finding-copies';

export const RULES: Rule[] = [...structureRules, ...tableRules, ...cellRules, ...arithmeticRules, ...contentRules, ...narrativeRules, carryoverMismatch, closedButCarried, copiedText];
export const RULES_BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.id, r]));

/** Resolve a rule id or alias as users write it in settings or comments. */
export function findRule(name: string): Rule | undefined {
  const n = name.trim();
  return RULES_BY_ID.get(n as RuleId) ?? RULES.find((r) => r.aliases.includes(n));
}

export interface RuleFailure { rule: RuleId; error: unknown }

/** Findings of table-scoped rules, kept while the tables they were computed from are unchanged. */
export interface RuleMemo { key: string; byRule: Map<RuleId, Finding[]> }

/**
 * Run rules; a rule that throws is isolated so the others still report. Findings are reused from the
 * previous run for table-scoped rules while the tables are unchanged (`memo.key`), and for the rules in
 * `keep` (their inputs are known to be unchanged). A rule that threw last time has nothing to reuse: it runs.
 */
export function runRules(
  ctx: RuleContext, rules: Rule[] = RULES, memo?: { previous?: RuleMemo; key: string; keep?: (rule: Rule) => boolean },
): { findings: Finding[]; failures: RuleFailure[]; memo: RuleMemo } {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const next: RuleMemo = { key: memo?.key ?? '', byRule: new Map() };
  const previous = memo?.previous;
  const sameTables = previous && previous.key === memo.key;
  const withFixes = ctx.options.fixes !== false;
  for (const rule of rules) {
    const cached = previous && ((rule.scope === 'tables' && sameTables) || memo.keep?.(rule)) ? previous.byRule.get(rule.id) : undefined;
    if (cached) {
      for (const f of cached) findings.push(f);
      next.byRule.set(rule.id, cached);
      continue;
    }
    const own: Finding[] = [];
    try {
      rule.check(ctx, (reported) => own.push(asFinding(rule.id, reported, withFixes)));
      next.byRule.set(rule.id, own);
    } catch (error) {
      failures.push({ rule: rule.id, error });
    }
    for (const f of own) findings.push(f);
  }
  return { findings, failures, memo: next };
}
