/**
 * Whole-line HTML comments, and the gknb exception comments among them:
 *
 *   <!-- gknb-disable-next-line row-total -->
 *   <!-- gknb-disable cell-missing, row-total -->   …   <!-- gknb-enable -->
 *   <!-- gknb-disable-file title-format -- 标题按上级要求书写 -->
 *
 * A line holding only a comment is invisible in rendered Markdown, so the parser skips it (it is
 * neither prose nor a table row). Reading one depends on the line's own text only (context-free),
 * so it fits the incremental lexer. What the comments do is in ../suppress.ts.
 */

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

export const DIRECTIVE_KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable', 'enable', 'disable-file'];

/** A word of the comment (a rule id or alias), with its UTF-16 offsets in the line. */
export interface DirectiveWord { text: string; start: number; end: number }

export interface Directive {
  /** undefined when the comment starts with `gknb-` but is no known directive (a typo). */
  kind?: DirectiveKind;
  /** The directive as written, e.g. `gknb-disable-next-line`, with its offsets. */
  name: DirectiveWord;
  /** Rule ids or aliases; none means every rule. */
  rules: DirectiveWord[];
  /** Offsets of the whole comment `<!-- … -->` in the line. */
  start: number;
  end: number;
}

export interface CommentLine {
  /** Present when the comment is a gknb directive (or looks like one). */
  directive?: Directive;
}

// One comment and nothing else on the line (surrounding white space allowed); its text has no `-->`.
const COMMENT_LINE = /^[\s\u00a0\u3000\ufeff]*<!--((?:(?!-->)[^])*)-->[\s\u00a0\u3000]*$/;
const NAME = /^\s*(gknb-[A-Za-z-]*[A-Za-z])/;
const WORD = /[^\s,，、;；]+/g;
/** ` -- ` starts a free-text reason (as in ESLint): `<!-- gknb-disable-next-line row-total -- 原表如此 -->`. */
const REASON = /(?:^|\s)--(?:\s|$)/;

/**
 * The comment a line consists of, or undefined when the line is anything else. Cheap for ordinary
 * lines: only a line whose first visible character is `<` is looked at further.
 */
export function lexCommentLine(line: string): CommentLine | undefined {
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0xfeff) i++;
    else break;
  }
  if (line.charCodeAt(i) !== 60 /* < */ || !line.startsWith('<!--', i)) return undefined;
  const m = COMMENT_LINE.exec(line);
  if (!m) return undefined;
  const start = line.indexOf('<!--');
  const bodyStart = start + 4;
  const body = m[1];
  const end = bodyStart + body.length + 3;
  const name = NAME.exec(body);
  if (!name) return {};
  const nameStart = bodyStart + body.indexOf(name[1]);
  const kindText = name[1].slice(5);
  const kind = (DIRECTIVE_KINDS as readonly string[]).includes(kindText) ? (kindText as DirectiveKind) : undefined;
  const restStart = name.index + name[0].length;
  let rest = body.slice(restStart);
  const reason = REASON.exec(rest);
  if (reason) rest = rest.slice(0, reason.index);
  const rules: DirectiveWord[] = [];
  WORD.lastIndex = 0;
  for (let w = WORD.exec(rest); w; w = WORD.exec(rest)) {
    const s = bodyStart + restStart + w.index;
    rules.push({ text: w[0], start: s, end: s + w[0].length });
  }
  return { directive: { kind, name: { text: name[1], start: nameStart, end: nameStart + name[1].length }, rules, start, end } };
}
