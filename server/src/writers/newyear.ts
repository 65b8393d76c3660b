/**
 * This year's report from last year's (`gknb new --from 2024.md`): the title with the new year, the six standard
 * section headings, last year's prose kept under each for rewriting (marked as a quotation), the tables in the
 * document's own style and blank — except 二、上年结转, which is last year's 四、结转下年度继续办理, and a hint
 * (a comment line, which the checker skips) with last year's 现行有效件数 under table 二.
 */
import { ReportDocument } from '../engine';
import { FORMATS, SECTIONS } from '../engine/format';
import { documentStyleOf } from '../engine/fixes/insert';
import { renderTable2, renderTable3, renderTable4, RowValues } from '../engine/fixes/templates';

/** Marks last year's prose: a Markdown quotation that says what it is. */
export const PREVIOUS_MARK = '> 【上年内容，请改写】';

export type NewYearResult = { text: string; year: number } | { error: 'no-title' | 'no-year' };

export function newFromLastYear(lastYear: string): NewYearResult {
  const doc = new ReportDocument(lastYear);
  const model = doc.getModel();
  const lines = doc.getLines();
  if (!model.title) return { error: 'no-title' };
  const year = model.year ?? model.title.year;
  if (!year) return { error: 'no-year' };
  const next = year + 1;
  const style = documentStyleOf(model, 'pipe');
  const prefix = model.sections.map((s) => /^\s*(#{1,6})\s/.exec(lines[s.headingSpan.line])?.[1]).find(Boolean);
  const h = (title: string) => (prefix ? `${prefix} ${title}` : title);
  const title = model.title.text.replace(/((?:19|20)\d{2})(?=\s*年)/, String(next));
  const titleMark = /^\s*(#{1,6})\s/.exec(lines[model.title.span.line])?.[1];

  // Lines inside a table are not prose: the tables are made anew.
  const inTable = (i: number) => [model.table2, model.table3, model.table4].some((t) => t && t.firstLine <= i && i <= t.lastLine)
    || model.fragments.some((f) => f.firstLine <= i && i <= f.lastLine);
  const prose = (ordinal: string): string[] => {
    const s = model.sections.find((x) => x.ordinal === ordinal);
    if (!s) return [];
    const out: string[] = [];
    for (let i = s.headingSpan.line + 1; i <= s.endLine; i++) {
      const t = lines[i].trim();
      if (!t || inTable(i) || /^<!--.*-->$/.test(t) || /^\|?[\s:|-]*-{3,}/.test(t) || t === FORMATS['2021'].table3Rows[0].label) continue;
      if (t.startsWith(PREVIOUS_MARK.trim())) continue;
      out.push(`${PREVIOUS_MARK}${t.replace(/^#{1,6}\s+/, '')}`);
    }
    return out;
  };

  // 二、上年结转 = last year's 四、结转下年度继续办理, cell by cell as written there (blank stays blank).
  const carried = model.table3?.rows.get('carry_forward');
  const carry: RowValues = carried ? { carried_over: FORMATS['2021'].table3Columns.map((c) => carried.cells.find((x) => x.column.key === c.key)?.cell?.text ?? '') } : {};
  const inForce = FORMATS['2021'].table2[0].rows.map((r) => {
    const row = model.table2?.subs.get('art20_1')?.rows.get(r.key);
    const v = row?.cells.find((c) => c.column.key === 'in_force')?.cell?.text;
    return v ? `${r.label} ${v}` : undefined;
  }).filter(Boolean);

  const out: string[] = [titleMark ? `${titleMark} ${title}` : title, ''];
  out.push(`<!-- 由${year}年报告新建：各部分“${PREVIOUS_MARK.slice(2)}”开头的是上年文字，请改写后删去标记；表格除“二、上年结转”外均为空白。 -->`, '');
  for (const section of SECTIONS) {
    out.push(h(section.title), '');
    const kept = prose(section.ordinal);
    if (kept.length) out.push(...kept.flatMap((l) => [l, '']));
    if (section.kind === 'table2') {
      out.push(...renderTable2(style, '2021', 'empty'), '');
      if (inForce.length) out.push(`<!-- 上年现行有效件数：${inForce.join('，')} -->`, '');
    } else if (section.kind === 'table3') out.push(...renderTable3(style, '2021', 'empty', carry), '');
    else if (section.kind === 'table4') out.push(...renderTable4(style, 'empty'), '');
  }
  while (out[out.length - 1] === '') out.pop();
  return { text: out.join('\n') + '\n', year: next };
}
