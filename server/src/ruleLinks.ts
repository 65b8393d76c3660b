/**
 * Where a rule's page is: by default `<repository>/blob/main/docs/rules/<id>.md`, the repository read from
 * package.json at build time (scripts/build.mjs defines GKNB_RULES_BASE_URL); an intranet mirror can set
 * another base (`gknb.rulesBaseUrl`, passed by the client). The pages also ship with the extension.
 */
declare const GKNB_RULES_BASE_URL: string | undefined;

/** The repository's rule pages, or undefined when the code was not built by scripts/build.mjs. */
export const DEFAULT_RULES_BASE_URL: string | undefined = typeof GKNB_RULES_BASE_URL === 'string' ? GKNB_RULES_BASE_URL : undefined;

/**
 * A usable base from a user's setting: an http(s) address (a folder, or with `{id}` where the rule id goes);
 * anything else, an empty setting included, is undefined (the default applies).
 */
export function rulesBaseUrl(setting: unknown): string | undefined {
  if (typeof setting !== 'string') return undefined;
  const value = setting.trim();
  if (!/^https?:\/\/\S+$/i.test(value)) return undefined;
  try {
    new URL(value.replace(/\{id\}/g, 'id'));
  } catch {
    return undefined;
  }
  return value;
}

/** The page of one rule under a base: `{id}` replaced, or `<id>.md` appended to the folder. */
export function rulePageUrl(base: string, rule: string): string {
  if (base.includes('{id}')) return base.replace(/\{id\}/g, encodeURIComponent(rule));
  return `${base.replace(/\/+$/, '')}/${encodeURIComponent(rule)}.md`;
}
