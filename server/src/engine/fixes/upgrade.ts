/**
 * "升级为 2021 版表格": rewrite 2019-format tables in the 2021 layout. Values that map one to one
 * are carried over; the rest is left blank for the user, and the fix says how much of each.
 */
import { FORMATS } from '../format';
import type { ReportModel, TableStyle } from '../model';
import { renderTable2, renderTable3Rows, RowValues } from './templates';
import type { TextEdit } from '../rules/types';

/** 2019 → 2021 cells that mean the same thing: [2019 sub-table, row, column] → [2021 row, column]. */
const CARRIED: { from: [string, string, string]; to: [string, string] }[] = [
  { from: ['art20_1', 'rules', 'new_made'], to: ['rules', 'issued'] },
  { from: ['art20_1', 'normative_documents', 'new_made'], to: ['normative_documents', 'issued'] },
  { from: ['art20_5', 'licensing', 'decisions'], to: ['licensing', 'decisions'] },
  { from: ['art20_6', 'penalty', 'decisions'], to: ['penalty', 'decisions'] },
  { from: ['art20_6', 'coercion', 'decisions'], to: ['coercion', 'decisions'] },
];

export interface Upgrade { edits: TextEdit[]; carried: number; toFill: number; dropped: string[] }

function wholeLines(lines: readonly string[], first: number, last: number, text: string[], eol: string): TextEdit {
  const end = last + 1 < lines.length ? { line: last + 1, character: 0 } : { line: last, character: lines[last].length };
  const tail = last + 1 < lines.length ? eol : '';
  // Rows of the one-cell-per-line layout hold '\n' breaks of their own: use the document's.
  return { range: { start: { line: first, character: 0 }, end }, newText: text.join(eol).replace(/\r?\n/g, eol) + tail };
}

export function upgradeTo2021(model: ReportModel, lines: readonly string[], style: TableStyle, eol: string): Upgrade | undefined {
  if (model.format !== '2019') return undefined;
  const edits: TextEdit[] = [];
  let carried = 0;
  let toFill = 0;
  const dropped: string[] = [];
  const t2 = model.table2;
  if (t2) {
    const values: RowValues = {};
    for (const c of CARRIED) {
      const cell = t2.subs.get(c.from[0])?.rows.get(c.from[1])?.cells.find((x) => x.column.key === c.from[2]);
      if (!cell?.cell || cell.cell.text === '') continue;
      const columns = FORMATS['2021'].table2.find((s) => s.rows.some((r) => r.key === c.to[0]))!.columns;
      const row = (values[c.to[0]] ??= new Array(columns.length).fill(undefined));
      row[columns.findIndex((col) => col.key === c.to[1])] = cell.cell.text;
      carried++;
    }
    for (const sub of FORMATS['2021'].table2) for (const r of sub.rows) toFill += sub.columns.filter((_, i) => values[r.key]?.[i] === undefined).length;
    for (const sub of t2.subs.values()) {
      for (const row of sub.rows.values()) {
        for (const cell of row.cells) {
          const kept = CARRIED.some((c) => c.from[0] === sub.key && c.from[1] === row.key && c.from[2] === cell.column.key);
          if (!kept && cell.cell && cell.cell.text !== '') dropped.push(`${row.row.label.text}·${cell.column.label}=${cell.cell.text}`);
        }
      }
    }
    const parts = model.fragments.filter((f) => f.table === 'table2');
    const first = Math.min(...parts.map((f) => f.firstLine));
    const last = Math.max(...parts.map((f) => f.lastLine));
    edits.push(wholeLines(lines, first, last, renderTable2(style, '2021', 'empty', values), eol));
  }
  // Table 三: the single 2019 row （六）其他处理 becomes the 2021 group of three rows, to be filled in.
  const other = model.table3?.rows.get('oth_process');
  if (other) {
    const rows = FORMATS['2021'].table3Rows.filter((r) => r.path.includes('（六）其他处理'));
    const rendered = renderTable3Rows(style, [{ label: '（六）其他处理', parent: true }, ...rows.map((r) => ({ label: r.label }))], 'empty');
    edits.push(wholeLines(lines, other.row.firstLine, other.row.lastLine, style === 'cells' ? [...rendered, ''] : rendered, eol));
    toFill += rows.length * 7;
    const values = other.cells.filter((c) => c.cell && c.cell.text !== '').map((c) => `${c.column.label}=${c.cell!.text}`);
    if (values.length) dropped.push(`（六）其他处理：${values.join('，')}`);
  }
  return edits.length ? { edits, carried, toFill, dropped } : undefined;
}
