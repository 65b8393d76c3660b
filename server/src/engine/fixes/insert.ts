/** Helpers that turn "put these lines here" into text edits in the document's own style. */
import type { ReportModel, TableStyle } from '../model';
import type { RuleContext, TextEdit } from '../rules/types';

/** The table layout the document already uses, so inserted tables look like their neighbours. */
export function documentStyle(ctx: RuleContext): TableStyle {
  return documentStyleOf(ctx.model, ctx.options.defaultStyle);
}

/** Per model and fallback: several rules ask, and only need it when they report something. */
const styleCache = new WeakMap<ReportModel, Map<TableStyle, TableStyle>>();

export function documentStyleOf(model: ReportModel, fallback: TableStyle): TableStyle {
  let byFallback = styleCache.get(model);
  if (!byFallback) styleCache.set(model, byFallback = new Map());
  let style = byFallback.get(fallback);
  if (style === undefined) {
    // The next version of a document being typed in has the same fragments while its tables are untouched
    // (fragment ids are unique across documents, so the key names these fragments only).
    const key = `${fallback}|${model.tablesKey}`;
    style = key === lastStyle.key && lastStyle.style ? lastStyle.style : computeDocumentStyle(model, fallback);
    lastStyle = { key, style };
    byFallback.set(fallback, style);
  }
  return style;
}
let lastStyle: { key: string; style: TableStyle | undefined } = { key: '', style: undefined };

function computeDocumentStyle(model: ReportModel, fallback: TableStyle): TableStyle {
  const counts = new Map<TableStyle, number>();
  for (const f of model.fragments) for (const r of f.rows) counts.set(r.style, (counts.get(r.style) ?? 0) + 1);
  let best: TableStyle | undefined;
  for (const [k, v] of counts) if (!best || v > counts.get(best)!) best = k;
  const style = best ?? fallback;
  // Space-aligned text comes from PDF conversion; nobody types it, so insert tab-separated rows there.
  return style === 'spaced' ? 'tab' : style;
}

const HEADING_MARKS = /^\s*(#{1,6}\s*)/;

/** Markdown heading marks used by the document's section headings ('' when it uses plain lines). */
export function headingPrefix(ctx: RuleContext): string {
  for (const s of ctx.model.sections) {
    const m = HEADING_MARKS.exec(ctx.lines[s.headingSpan.line]);
    if (m) return m[1].endsWith(' ') ? m[1] : m[1] + ' ';
  }
  return '';
}

/** Insert whole lines before line `line` (or at the end when `line` is past the last line). */
export function insertLines(ctx: RuleContext, line: number, newLines: string[]): TextEdit {
  // A rendered row of the one-cell-per-line layout holds '\n' breaks of its own: use the document's.
  const body = newLines.join(ctx.eol).replace(/\r?\n/g, ctx.eol);
  if (line < ctx.lines.length) {
    return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: body + ctx.eol };
  }
  const last = ctx.lines.length - 1;
  const len = ctx.lines[last].length;
  const lead = len === 0 ? '' : ctx.eol;
  return { range: { start: { line: last, character: len }, end: { line: last, character: len } }, newText: lead + body };
}

/** Insert lines after line `line`. */
export function insertAfter(ctx: RuleContext, line: number, newLines: string[]): TextEdit {
  return insertLines(ctx, line + 1, newLines);
}
