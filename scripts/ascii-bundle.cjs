// Makes a bundle pure ASCII by writing the non-ASCII characters of its regular expression literals as \u escapes.
//
// esbuild (charset ascii, its default) escapes strings, templates and identifiers but leaves regex literals as
// written (/其它/g), so each bundle held a few thousand Chinese characters: Node then decodes the whole file as
// UTF-8 into a two-byte string (1.3 MB for the 0.66 MB CLI) at every start. Pure ASCII is read as a one-byte string:
// one `gknb check` of a report took ~3.7 ms less CPU (bench/README.md).
//
// Exact: in a regex literal, \uXXXX is the same pattern as the character itself, in a class or not, with or without
// the u or v flag (a surrogate pair written as two escapes is one code point under u/v, two code units without,
// as written); an identity escape (\其, only valid without u/v) becomes the plain escape. Any non-ASCII character
// left elsewhere (a String.raw template, a comment) means the code is returned unchanged: it still runs, only slower.
'use strict';
const ts = require('typescript');

const isAscii = (s) => !/[^\x00-\x7f]/.test(s);
const hex = (unit) => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;

/** The regex literal's source with every non-ASCII UTF-16 code unit as \uXXXX. */
function escapeRegex(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      if (text[i] === '\\' && i + 1 < text.length && text.charCodeAt(i + 1) >= 0x80) continue; // \其: the escape alone says it
      if (text[i] === '\\') { out += text[i] + text[++i]; continue; } // \\, \/ …: kept as a pair
      out += text[i];
    } else out += hex(unit);
  }
  return out;
}

const K = ts.SyntaxKind;
/** Tokens whose non-ASCII characters mean what they are: such a character esbuild left there stays, and so does the code. */
const LITERAL = new Set([K.StringLiteral, K.NoSubstitutionTemplateLiteral, K.TemplateHead, K.TemplateMiddle, K.TemplateTail, K.Identifier, K.PrivateIdentifier, K.JsxText]);

/** Sorted, disjoint [start, end) spans: the one holding `at`, if any. */
function spanAt(spans, at) {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else if (spans[mid].start > at) hi = mid - 1;
    else return spans[mid];
  }
  return undefined;
}

/** `code` with the non-ASCII characters of its regex literals and comments escaped, when that leaves it pure ASCII; else `code`. */
function asciiBundle(code) {
  if (isAscii(code)) return code;
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  // Code the parser did not read cleanly may have its regex literals misplaced: left as it is.
  if (!Array.isArray(file.parseDiagnostics) || file.parseDiagnostics.length) return code;
  const regexes = [];
  const literals = [];
  const visit = (node) => {
    if (node.kind === K.RegularExpressionLiteral) regexes.push({ start: node.getStart(file), end: node.end });
    else if (LITERAL.has(node.kind)) literals.push({ start: node.getStart(file), end: node.end });
    else ts.forEachChild(node, visit);
  };
  visit(file);
  literals.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const m of code.matchAll(/[^\x00-\x7f]/g)) {
    if (m.index < at) continue; // inside a regex literal already written
    const regex = spanAt(regexes, m.index);
    if (regex) {
      out += code.slice(at, regex.start) + escapeRegex(code.slice(regex.start, regex.end));
      at = regex.end;
      continue;
    }
    // Not in a token: white space or a comment. esbuild writes no non-ASCII white space; a comment may say anything.
    if (spanAt(literals, m.index) || /\s/.test(m[0])) return code;
    out += code.slice(at, m.index) + hex(m[0].charCodeAt(0));
    at = m.index + 1;
  }
  out += code.slice(at);
  return isAscii(out) ? out : code;
}

module.exports = { asciiBundle, escapeRegex };
