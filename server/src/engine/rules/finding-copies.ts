/**
 * The copies a check makes of each finding, key by key. The object rest and spreads they stand for
 * (`({ fixes, ...f }) => ({ rule, ...f })`, `{ ...f, severity }`) take V8's slow path on the rules' many shapes of
 * findings when they add a key (~1 µs a copy in Node 20; bench/README.md, sixteenth pass). The same keys, in the
 * same order, with the same values.
 */
import type { Finding, Reported, RuleId, Severity } from './types';

/**
 * What a rule reported as a finding: `{ rule, ...reported }` without its `fixes`, then `fixes` last when it gave
 * some — built now (a function), or none when the check asks for none (`withFixes` false: []).
 */
export function asFinding(rule: RuleId, reported: Reported, withFixes: boolean): Finding {
  const out: Record<string, unknown> = { rule };
  let fixes: Reported['fixes'];
  for (const k of Object.keys(reported)) {
    if (k === 'fixes') fixes = reported.fixes;
    else out[k] = reported[k as keyof Reported];
  }
  if (fixes !== undefined) out.fixes = withFixes ? (typeof fixes === 'function' ? fixes() : fixes) : [];
  return out as unknown as Finding;
}

/** `{ ...f, severity }`: the finding's own severity, if it has one, replaced where it stands, else added last. */
export function withSeverity<T extends object>(f: T, severity: Severity): T & { severity: Severity } {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(f)) out[k] = f[k as keyof T];
  out.severity = severity;
  return out as T & { severity: Severity };
}
