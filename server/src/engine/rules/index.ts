/** The rule registry and the runner that isolates each rule. */
import { structureRules } from './structure';
import { tableRules } from './tables';
import { cellRules } from './cells';
import { arithmeticRules } from './arithmetic';
import { contentRules } from './content';
import type { Finding, Rule, RuleContext, RuleId } from './types';

export const RULES: Rule[] = [...structureRules, ...tableRules, ...cellRules, ...arithmeticRules, ...contentRules];
export const RULES_BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.id, r]));

/** Resolve a rule id or alias as users write it in settings or comments. */
export function findRule(name: string): Rule | undefined {
  const n = name.trim();
  return RULES_BY_ID.get(n as RuleId) ?? RULES.find((r) => r.aliases.includes(n));
}

export interface RuleFailure { rule: RuleId; error: unknown }

/** Run rules; a rule that throws is isolated so the others still report. */
export function runRules(ctx: RuleContext, rules: Rule[] = RULES): { findings: Finding[]; failures: RuleFailure[] } {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of rules) {
    try {
      rule.check(ctx, (f) => findings.push({ rule: rule.id, ...f }));
    } catch (error) {
      failures.push({ rule: rule.id, error });
    }
  }
  return { findings, failures };
}
