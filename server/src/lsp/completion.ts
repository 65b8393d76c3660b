/** Completion of section titles (at the start of a line) and table row labels. */
import { CompletionItem, CompletionItemKind, Position } from 'vscode-languageserver/node';
import type { Analysis } from '../engine';
import { FORMATS, SECTIONS } from '../engine/format';

export function completions(a: Analysis, lines: readonly string[], p: Position): CompletionItem[] {
  const before = (lines[p.line] ?? '').slice(0, p.character);
  // Only at the start of a line (after optional Markdown marks, a tab or a pipe): labels start rows.
  if (!/^[\s#|\t]*[^\s|\t]*$/.test(before)) return [];
  const prefixStart = before.search(/[^\s#|\t]*$/);
  const range = { start: { line: p.line, character: prefixStart }, end: p };
  const present = new Set(a.model.sections.map((s) => s.ordinal));
  const items: CompletionItem[] = [];
  SECTIONS.forEach((s, i) => {
    items.push({
      label: s.title,
      kind: CompletionItemKind.Module,
      detail: present.has(s.ordinal) ? '章节标题（已有）' : '章节标题',
      sortText: `0${i}${present.has(s.ordinal) ? 1 : 0}`,
      textEdit: { range, newText: s.title },
    });
  });
  const fmt = FORMATS[a.model.format ?? '2021'];
  const labels: { label: string; detail: string }[] = [
    ...fmt.table2.flatMap((t) => [{ label: t.title, detail: '表格二 子表' }, ...t.rows.map((r) => ({ label: r.label, detail: `表格二 ${t.title}` }))]),
    ...fmt.table3Rows.map((r) => ({ label: r.label, detail: `表格三 ${r.path.slice(0, -1).join(' › ')}` })),
  ];
  const seen = new Set<string>();
  labels.forEach((l, i) => {
    if (seen.has(l.label)) return;
    seen.add(l.label);
    items.push({ label: l.label, kind: CompletionItemKind.Field, detail: l.detail, sortText: `1${String(i).padStart(3, '0')}`, textEdit: { range, newText: l.label } });
  });
  return items;
}
