/** Document symbols (title → sections → sub-headings and tables) and folding ranges. */
import { DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind } from 'vscode-languageserver/node';
import type { Analysis } from '../engine';
import type { ReportModel, SectionModel, TableFragment } from '../engine/model';
import type { Locale } from '../engine';

const TABLE_NAMES: Record<string, [string, string]> = {
  table2: ['表格二 主动公开政府信息情况', 'Table 二 proactive disclosure'],
  table3: ['表格三 收到和处理政府信息公开申请情况', 'Table 三 requests received and handled'],
  table4: ['表格四 行政复议、行政诉讼情况', 'Table 四 review and litigation'],
};

const ARITHMETIC = new Set(['row-total', 'result-total', 'balance']);

function range(lines: readonly string[], from: number, to: number) {
  return { start: { line: from, character: 0 }, end: { line: to, character: lines[to]?.length ?? 0 } };
}

/** Last non-blank line in [from, to]. */
function trimEnd(lines: readonly string[], from: number, to: number): number {
  let end = to;
  while (end > from && (lines[end] ?? '').trim() === '') end--;
  return end;
}

interface Child { line: number; end: number; symbol: DocumentSymbol }

function tableSymbol(a: Analysis, lines: readonly string[], f: TableFragment, locale: Locale): DocumentSymbol {
  const problems = a.diagnostics.filter((d) => ARITHMETIC.has(d.rule) && d.range.start.line >= f.firstLine && d.range.start.line <= f.lastLine).length;
  const balanced = f.table === 'table2'
    ? (locale === 'en' ? 'no totals' : '无合计关系')
    : problems === 0 ? (locale === 'en' ? '✓ balances' : '✓ 合计平衡') : (locale === 'en' ? `✗ ${problems} total(s) wrong` : `✗ ${problems} 处合计不符`);
  const r = range(lines, f.firstLine, f.lastLine);
  return {
    name: TABLE_NAMES[f.table][locale === 'en' ? 1 : 0],
    detail: balanced,
    kind: SymbolKind.Struct,
    range: r,
    selectionRange: { start: r.start, end: { line: f.firstLine, character: lines[f.firstLine]?.length ?? 0 } },
  };
}

function sectionChildren(a: Analysis, lines: readonly string[], s: SectionModel, locale: Locale): DocumentSymbol[] {
  const tables = a.model.fragments.filter((f) => f.firstLine > s.startLine && f.firstLine <= s.endLine);
  const marks = [
    ...s.subHeadings.map((h) => ({ line: h.span.line, kind: 'sub' as const, h })),
    ...tables.map((f) => ({ line: f.firstLine, kind: 'table' as const, f })),
  ].sort((x, y) => x.line - y.line);
  const children: Child[] = [];
  marks.forEach((m, i) => {
    if (m.kind === 'table') {
      const sym = tableSymbol(a, lines, m.f, locale);
      children.push({ line: m.line, end: m.f.lastLine, symbol: sym });
      return;
    }
    const next = marks[i + 1]?.line ?? s.endLine + 1;
    const end = trimEnd(lines, m.line, next - 1);
    const r = range(lines, m.line, end);
    children.push({
      line: m.line,
      end,
      symbol: { name: m.h.text, kind: SymbolKind.String, range: r, selectionRange: { start: { line: m.line, character: m.h.span.start }, end: { line: m.line, character: m.h.span.end } } },
    });
  });
  return children.map((c) => c.symbol);
}

export function documentSymbols(a: Analysis, lines: readonly string[], locale: Locale): DocumentSymbol[] {
  const m: ReportModel = a.model;
  const sections = m.sections.map((s) => {
    const end = trimEnd(lines, s.startLine, s.endLine);
    const r = range(lines, s.startLine, end);
    const sym: DocumentSymbol = {
      name: lines[s.headingSpan.line].slice(s.headingSpan.start, s.headingSpan.end),
      kind: SymbolKind.Namespace,
      range: r,
      selectionRange: { start: { line: s.headingSpan.line, character: s.headingSpan.start }, end: { line: s.headingSpan.line, character: s.headingSpan.end } },
      children: sectionChildren(a, lines, s, locale),
    };
    return sym;
  });
  // Tables outside any section (a missing heading) still appear, at top level.
  const orphan = m.fragments.filter((f) => !m.sections.some((s) => f.firstLine > s.startLine && f.firstLine <= s.endLine)).map((f) => tableSymbol(a, lines, f, locale));
  const body = [...sections, ...orphan].sort((x, y) => x.range.start.line - y.range.start.line);
  if (!m.title) return body;
  const last = lines.length - 1;
  const t = m.title.span;
  return [{
    name: m.title.text,
    detail: [m.year ? `${m.year}` : '', m.format ? `${m.format}${locale === 'en' ? ' format' : '版表格'}` : ''].filter(Boolean).join(' · '),
    kind: SymbolKind.File,
    range: { start: { line: t.line, character: 0 }, end: { line: last, character: lines[last].length } },
    selectionRange: { start: { line: t.line, character: t.start }, end: { line: t.line, character: t.end } },
    children: body.filter((s) => s.range.start.line >= t.line),
  }, ...body.filter((s) => s.range.start.line < t.line)];
}

export function foldingRanges(a: Analysis, lines: readonly string[]): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: FoldingRangeKind) => {
    if (end > start) out.push({ startLine: start, endLine: end, kind });
  };
  const walk = (symbols: DocumentSymbol[]) => {
    for (const s of symbols) {
      if (s.kind !== SymbolKind.File) add(s.range.start.line, s.range.end.line, FoldingRangeKind.Region);
      if (s.children) walk(s.children);
    }
  };
  walk(documentSymbols(a, lines, 'zh-cn'));
  return out.sort((x, y) => x.startLine - y.startLine || y.endLine - x.endLine);
}
