/**
 * Rule ids in code-unit order: ids are lowercase ASCII words with hyphens (tested), where this is the
 * order localeCompare gives, without the ~10 ms its collator costs on first use in a fresh process.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
