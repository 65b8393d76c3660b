/**
 * Inline HTML that converters leave in Markdown: pandoc writes <span lang="zh-CN">…</span> around Chinese
 * text and wraps its lines inside the tag (`<span` ends one line, `lang="zh-CN">` starts the next); a cell's
 * wrapped text keeps its line breaks as <br> in a pipe table (PDF-to-Markdown tools, hand-made tables), which
 * join a wrapped label as the Word cell showed it. Only span, font and br: other markup in a cell (`<b>`) is
 * text that is not a number, and is reported as such. Markdown backslash escapes are not shown either.
 */
export const INLINE_TAG_RE = /<\/?(?:span|font)\b[^<>]*>|<[bB][rR]\s*\/?>|<(?:span|font)$|^[ \t]*(?:[a-zA-Z-]+="[^"<>]*"[ \t]*)+\/?>|\\(?=[!-{}~](?<![0-9A-Za-z|]))/g;
// The last branch: a Markdown backslash escape (mammoth and turndown write `267\.86`, `1\.属于国家秘密`): the
// backslash is not shown. Not before `|`: an escaped pipe in a pipe table is cell text, not a cell border.

/** The cheap cue: a line that may hold such a tag or the tail of one, or a backslash escape. */
export function mayHaveInlineTag(line: string): boolean {
  return line.indexOf('<') >= 0 || line.indexOf('">') >= 0 || line.indexOf('\\') >= 0;
}

/** The line as shown, without its inline tags (the same string when it has none). */
export function withoutInlineTags(line: string): string {
  if (!mayHaveInlineTag(line)) return line;
  INLINE_TAG_RE.lastIndex = 0;
  if (!INLINE_TAG_RE.test(line)) return line;
  INLINE_TAG_RE.lastIndex = 0;
  return line.replace(INLINE_TAG_RE, '');
}
