/** Hover: on a total, the sum it should equal with each term; on a row label, what the row counts. */
import type { Hover, Position } from 'vscode-languageserver/node';
import type { Analysis, Locale } from '../engine';
import { FORMATS } from '../engine/format';
import type { ResolvedCell, ResolvedRow, Span } from '../engine/model';

function inside(s: Span, p: Position): boolean {
  return s.line === p.line && p.character >= s.start && p.character <= s.end;
}

function val(c: ResolvedCell): number | undefined {
  return c.value.kind === 'number' ? c.value.value : undefined;
}

function sumText(terms: { name: string; cell: ResolvedCell }[], total: ResolvedCell, locale: Locale): string {
  const vals = terms.map((t) => val(t.cell));
  const complete = vals.every((v) => v !== undefined);
  const sum = complete ? (vals as number[]).reduce((a, b) => a + b, 0) : undefined;
  const lines = terms.map((t, i) => `- ${t.name}：${vals[i] ?? (locale === 'en' ? '(blank)' : '（空）')}`);
  const actual = val(total);
  const head = locale === 'en'
    ? (sum === undefined ? 'Cannot add up: some terms are blank or not numbers.' : `Should be **${sum}**${actual === sum ? ' ✓' : ` (written: ${actual ?? total.cell?.text ?? ''})`}`)
    : (sum === undefined ? '无法计算：有空白或非数字的项。' : `应为 **${sum}**${actual === sum ? ' ✓' : `（现填 ${actual ?? total.cell?.text ?? ''}）`}`);
  return [head, '', ...lines].join('\n');
}

export function hover(a: Analysis, p: Position, locale: Locale): Hover | null {
  const m = a.model;
  const fmt = FORMATS[m.format ?? '2021'];
  const t3 = m.table3;
  if (t3) {
    for (const row of t3.rows.values()) {
      const def = fmt.table3Rows.find((r) => r.key === row.key);
      if (inside(row.row.label.span, p) && def) {
        const text = locale === 'en'
          ? `**${def.label}** — table 三 row (${def.path.join(' › ')}): counts by applicant type; 总计 = the six applicant columns. Per column: 一 + 二 = （七）总计 + 四.`
          : `**${def.label}**\n\n表格三（收到和处理政府信息公开申请情况）：${def.path.join(' › ')}。按申请人类型分列件数，“总计”= 自然人 + 五类法人或其他组织。每列勾稽关系：一 + 二 = （七）总计 + 四。`;
        return { contents: { kind: 'markdown', value: text }, range: toRange(row.row.label.span) };
      }
      for (let ci = 0; ci < row.cells.length; ci++) {
        const c = row.cells[ci];
        if (!c.cell || !inside(c.span, p)) continue;
        if (row.key === 'result_total') {
          const terms = fmt.table3ResultRows.map((k) => t3.rows.get(k)).filter((r): r is ResolvedRow => !!r).map((r) => ({ name: r.row.label.text, cell: r.cells[ci] }));
          return { contents: { kind: 'markdown', value: `**（七）总计 · ${c.column.label}**\n\n${sumText(terms, c, locale)}` }, range: toRange(c.span) };
        }
        if (c.column.key === 'total') {
          const terms = row.cells.slice(0, -1).map((x) => ({ name: x.column.label, cell: x }));
          return { contents: { kind: 'markdown', value: `**${row.row.label.text} · 总计**\n\n${sumText(terms, c, locale)}` }, range: toRange(c.span) };
        }
        return { contents: { kind: 'markdown', value: `${row.row.label.text} · ${c.column.label}` }, range: toRange(c.span) };
      }
    }
  }
  const t4 = m.table4;
  if (t4) {
    for (const [key, g] of t4.groups) {
      const label = fmt.table4Groups.find((x) => x.key === key)!.label;
      for (const c of g.cells) {
        if (!c.cell || !inside(c.span, p)) continue;
        if (c.column.key === 'total') {
          const terms = g.cells.slice(0, -1).map((x) => ({ name: x.column.label, cell: x }));
          return { contents: { kind: 'markdown', value: `**${label} · 总计**\n\n${sumText(terms, c, locale)}` }, range: toRange(c.span) };
        }
        return { contents: { kind: 'markdown', value: `${label} · ${c.column.label}` }, range: toRange(c.span) };
      }
    }
  }
  const t2 = m.table2;
  if (t2) {
    for (const sub of t2.subs.values()) {
      const def = fmt.table2.find((d) => d.key === sub.key);
      for (const row of sub.rows.values()) {
        if (inside(row.row.label.span, p)) {
          const cols = row.cells.map((c) => c.column.label).join('、');
          const text = locale === 'en' ? `**${row.row.label.text}** — table 二, ${def?.title ?? ''}: ${cols}` : `**${row.row.label.text}**\n\n表格二 ${def?.title ?? ''}：${cols}`;
          return { contents: { kind: 'markdown', value: text }, range: toRange(row.row.label.span) };
        }
        for (const c of row.cells) if (c.cell && inside(c.span, p)) return { contents: { kind: 'markdown', value: `${row.row.label.text} · ${c.column.label}` }, range: toRange(c.span) };
      }
    }
  }
  return null;
}

function toRange(s: Span) {
  return { start: { line: s.line, character: s.start }, end: { line: s.line, character: s.end } };
}
