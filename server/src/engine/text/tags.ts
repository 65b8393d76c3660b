/**
 * Inline HTML that converters leave in Markdown: pandoc writes <span lang="zh-CN">…</span> around Chinese
 * text and wraps its lines inside the tag (`<span` ends one line, `lang="zh-CN">` starts the next). Only
 * span and font: other markup in a cell (`<b>`) is text that is not a number, and is reported as such.
 */
export const INLINE_TAG_RE = /<\/?(?:span|font)\b[^<>]*>|<(?:span|font)$|^[ \t]*(?:[a-zA-Z-]+="[^"<>]*"[ \t]*)+\/?>/g;

/** The cheap cue: a line that may hold such a tag or the tail of one. */
export function mayHaveInlineTag(line: string): boolean {
  return line.indexOf('<') >= 0 || line.indexOf('">') >= 0;
}

/** The line as shown, without its inline tags (the same string when it has none). */
export function withoutInlineTags(line: string): string {
  if (!mayHaveInlineTag(line)) return line;
  INLINE_TAG_RE.lastIndex = 0;
  if (!INLINE_TAG_RE.test(line)) return line;
  INLINE_TAG_RE.lastIndex = 0;
  return line.replace(INLINE_TAG_RE, '');
}
