/**
 * Standard table text, rendered from the format data in one of the layouts users write:
 * Markdown pipe tables, tab-separated rows, or one cell per line (as Word copies them).
 * Whatever is rendered here parses back to the same table (tested).
 */
import { FORMATS, FormatId, SubTableDef, TABLE3_COLUMN_GROUP, TABLE3_HEADER_NOTE } from '../format';
import type { TableStyle } from '../model';

export type Fill = 'empty' | 'zero';
/** A row: its label and how many value cells, or the cell texts themselves (undefined = per `fill`). */
type GridRow = { label: string; values: number; cells?: (string | undefined)[] };
type Grid = { title?: string; header: string[][]; rows: GridRow[]; note?: string };

function fillCell(fill: Fill): string {
  return fill === 'zero' ? '0' : '';
}

function renderRow(style: TableStyle, cells: string[]): string {
  switch (style) {
    case 'pipe':
      return '| ' + cells.map((c) => (c === '' ? ' ' : c)).join(' | ') + ' |';
    case 'cells':
      return cells.map((c) => '\t' + c).join('\n');
    case 'spaced':
      return cells.map((c) => (c === '' ? '—' : c)).join('    ');
    default:
      return cells.join('\t');
  }
}

function renderGrid(style: TableStyle, grid: Grid, fill: Fill): string[] {
  const out: string[] = [];
  const sep = style === 'cells' ? [''] : [];
  if (grid.title) out.push(style === 'cells' ? '\t' + grid.title : grid.title, ...sep);
  if (grid.note && style !== 'pipe') out.push(style === 'cells' ? '\t' + grid.note : grid.note, ...sep);
  if (grid.note && style === 'pipe') out.push(grid.note, '');
  grid.header.forEach((h, i) => {
    out.push(renderRow(style, h), ...sep);
    if (style === 'pipe' && i === 0) out.push('|' + h.map(() => ' --- ').join('|') + '|');
  });
  for (const r of grid.rows) {
    // (A loop, not Array.from({ length }): the array-like form costs ~20× it, for each row of every table a fix inserts.)
    const cells = [r.label];
    for (let i = 0; i < r.values; i++) cells.push(r.cells?.[i] ?? fillCell(fill));
    out.push(renderRow(style, cells), ...sep);
  }
  if (style === 'cells') while (out[out.length - 1] === '') out.pop();
  return out;
}

/** Cell texts by row key, in column order, for tables rendered with values (the 2019 → 2021 upgrade). */
export type RowValues = Record<string, (string | undefined)[]>;

export function renderSubTable(style: TableStyle, sub: SubTableDef, fill: Fill, values: RowValues = {}): string[] {
  const grid: Grid = {
    title: sub.title,
    header: [['信息内容', ...sub.columns.map((c) => c.label)]],
    rows: sub.rows.map((r) => ({ label: r.label, values: sub.columns.length, cells: values[r.key] })),
  };
  // A pipe table needs its header as the first row; the sub-table title stays a line above it.
  return renderGrid(style, grid, fill);
}

export function renderTable2(style: TableStyle, format: FormatId, fill: Fill, values: RowValues = {}): string[] {
  const out: string[] = [];
  for (const sub of FORMATS[format].table2) {
    if (out.length) out.push('');
    out.push(...renderSubTable(style, sub, fill, values));
  }
  return out;
}

/** Data rows of table 三 with their parent labels as rows of their own (no numbers). */
function table3Rows(format: FormatId, values: RowValues): GridRow[] {
  const rows: GridRow[] = [];
  const seenParents = new Set<string>();
  for (const r of FORMATS[format].table3Rows) {
    for (const p of r.path.slice(0, -1)) {
      if (!seenParents.has(p)) { seenParents.add(p); rows.push({ label: p, values: 0 }); }
    }
    rows.push({ label: r.label, values: 7, cells: values[r.key] });
  }
  return rows;
}

/** Table 三, blank (or zero) but for the rows given in `values` (a new report's 二、上年结转). */
export function renderTable3(style: TableStyle, format: FormatId, fill: Fill, values: RowValues = {}): string[] {
  const cols = FORMATS[format].table3Columns.map((c) => c.label);
  const grid: Grid = {
    note: TABLE3_HEADER_NOTE,
    header: [[TABLE3_COLUMN_GROUP, ...cols]],
    rows: table3Rows(format, values),
  };
  return renderGrid(style, grid, fill).map((line) => line);
}

export function renderTable3Row(style: TableStyle, label: string, fill: Fill): string[] {
  return renderGrid(style, { header: [], rows: [{ label, values: 7 }] }, fill);
}

/** Rows of table 三 given by label, with no values for parent labels (e.g. （六）其他处理 and its three rows). */
export function renderTable3Rows(style: TableStyle, rows: { label: string; parent?: boolean }[], fill: Fill): string[] {
  return renderGrid(style, { header: [], rows: rows.map((r) => ({ label: r.label, values: r.parent ? 0 : 7 })) }, fill);
}

export function renderTable2Row(style: TableStyle, label: string, columns: number, fill: Fill): string[] {
  return renderGrid(style, { header: [], rows: [{ label, values: columns }] }, fill);
}

export function renderTable4(style: TableStyle, fill: Fill): string[] {
  const groups = FORMATS['2021'].table4Groups;
  const five = groups[0].columns.map((c) => c.label);
  const blank5 = ['', '', '', '', ''];
  const header = [
    ['行政复议', '', '', '', '', '行政诉讼', ...new Array(9).fill('')],
    [...five, groups[1].label, '', '', '', '', groups[2].label, '', '', '', ''],
    [...blank5, ...five, ...five],
  ];
  const out: string[] = [];
  const sep = style === 'cells' ? [''] : [];
  header.forEach((h, i) => {
    out.push(renderRow(style, h), ...sep);
    if (style === 'pipe' && i === 0) out.push('|' + h.map(() => ' --- ').join('|') + '|');
  });
  out.push(renderRow(style, new Array(15).fill(fillCell(fill))));
  return out;
}

export type TemplateId = 'table2' | 'table3' | 'table4' | 'art20_1' | 'art20_5' | 'art20_6' | 'art20_8' | 'art20_9';

export function renderTemplate(id: TemplateId, style: TableStyle, format: FormatId, fill: Fill): string[] {
  if (id === 'table2') return renderTable2(style, format, fill);
  if (id === 'table3') return renderTable3(style, format, fill);
  if (id === 'table4') return renderTable4(style, fill);
  const sub = FORMATS[format].table2.find((s) => s.key === id);
  return sub ? renderSubTable(style, sub, fill) : [];
}
