/** The rule registry and the runner that isolates each rule. */
import { structureRules } from './structure';
import { tableRules } from './tables';
import { cellRules } from './cells';
import { arithmeticRules } from './arithmetic';
import { contentRules } from './content';
import { narrativeRules } from './narrative';
import { carryoverMismatch } from './carryover';
import type { Finding, Rule, RuleContext, RuleId } from './types';

export const RULES: Rule[] = [...structureRules, ...tableRules, ...cellRules, ...arithmeticRules, ...contentRules, ...narrativeRules, carryoverMismatch];
export const RULES_BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.id, r]));

/** Resolve a rule id or alias as users write it in settings or comments. */
export function findRule(name: string): Rule | undefined {
  const n = name.trim();
  return RULES_BY_ID.get(n as RuleId) ?? RULES.find((r) => r.aliases.includes(n));
}

export interface RuleFailure { rule: RuleId; error: unknown }

/** Findings of table-scoped rules, kept while the tables they were computed from are unchanged. */
export interface RuleMemo { key: string; byRule: Map<RuleId, Finding[]> }

/** Run rules; a rule that throws is isolated so the others still report. */
export function runRules(ctx: RuleContext, rules: Rule[] = RULES, memo?: { previous?: RuleMemo; key: string }): { findings: Finding[]; failures: RuleFailure[]; memo: RuleMemo } {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const next: RuleMemo = { key: memo?.key ?? '', byRule: new Map() };
  const reuse = memo?.previous && memo.previous.key === memo.key ? memo.previous : undefined;
  for (const rule of rules) {
    const cached = rule.scope === 'tables' ? reuse?.byRule.get(rule.id) : undefined;
    if (cached) {
      findings.push(...cached);
      next.byRule.set(rule.id, cached);
      continue;
    }
    const own: Finding[] = [];
    try {
      const withFixes = ctx.options.fixes !== false;
      rule.check(ctx, ({ fixes, ...f }) => own.push(
        fixes === undefined ? { rule: rule.id, ...f } : { rule: rule.id, ...f, fixes: withFixes ? (typeof fixes === 'function' ? fixes() : fixes) : [] },
      ));
      if (rule.scope === 'tables') next.byRule.set(rule.id, own);
    } catch (error) {
      failures.push({ rule: rule.id, error });
    }
    findings.push(...own);
  }
  return { findings, failures, memo: next };
}
