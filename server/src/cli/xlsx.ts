/**
 * `gknb extract --format xlsx`: the three tables of every report in one workbook, as reviewers' offices
 * work: a sheet with one row per report and one column per cell key, and a sheet per table.
 * Bundled on its own (dist/cli-xlsx.js) so exceljs is loaded only when a workbook is asked for.
 */
import fs = require('fs');
import path = require('path');
import ExcelJS from 'exceljs';
import { FORMATS } from '../engine/format';
import type { Extracted } from './output';

type TableKey = 'table2' | 'table3' | 'table4';

interface CellKey { table: TableKey; row: string; column: string }

/** Every cell key of both table generations, in the annex's order (2021 first, then what only 2019 has). */
function cellKeys(): CellKey[] {
  const out: CellKey[] = [];
  const seen = new Set<string>();
  const add = (k: CellKey) => {
    const id = `${k.table}.${k.row}.${k.column}`;
    if (!seen.has(id)) seen.add(id), out.push(k);
  };
  for (const fmt of [FORMATS['2021'], FORMATS['2019']]) {
    for (const sub of fmt.table2) for (const r of sub.rows) for (const c of sub.columns) add({ table: 'table2', row: r.key, column: c.key });
    for (const r of fmt.table3Rows) for (const c of fmt.table3Columns) add({ table: 'table3', row: r.key, column: c.key });
    for (const g of fmt.table4Groups) for (const c of g.columns) add({ table: 'table4', row: g.key, column: c.key });
  }
  return out;
}

/** Official labels of rows and columns, for the per-table sheets. */
function labels(): Map<string, string> {
  const m = new Map<string, string>();
  for (const fmt of [FORMATS['2021'], FORMATS['2019']]) {
    for (const sub of fmt.table2) {
      for (const r of sub.rows) if (!m.has(`table2.${r.key}`)) m.set(`table2.${r.key}`, `${sub.title} ${r.label}`);
      for (const c of sub.columns) if (!m.has(`table2.col.${c.key}`)) m.set(`table2.col.${c.key}`, c.label);
    }
    for (const r of fmt.table3Rows) if (!m.has(`table3.${r.key}`)) m.set(`table3.${r.key}`, r.path.join(' '));
    for (const c of fmt.table3Columns) m.set(`table3.col.${c.key}`, c.label);
    for (const g of fmt.table4Groups) {
      m.set(`table4.${g.key}`, g.parent ? `${g.parent} ${g.label}` : g.label);
      for (const c of g.columns) m.set(`table4.col.${c.key}`, c.label);
    }
  }
  return m;
}

const SHEET_NAMES: Record<'zh-cn' | 'en', Record<'reports' | TableKey, string>> = {
  'zh-cn': { reports: '报告', table2: '表格二', table3: '表格三', table4: '表格四' },
  en: { reports: 'Reports', table2: 'Table 2', table3: 'Table 3', table4: 'Table 4' },
};

const HEAD: Record<'zh-cn' | 'en', { file: string; title: string; year: string; format: string; row: string; label: string }> = {
  'zh-cn': { file: '文件', title: '标题', year: '年度', format: '表格版本', row: '行', label: '名称' },
  en: { file: 'File', title: 'Title', year: 'Year', format: 'Tables', row: 'Row', label: 'Label' },
};

export function buildWorkbook(items: Extracted[], locale: 'zh-cn' | 'en' = 'zh-cn'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gknb';
  const names = SHEET_NAMES[locale];
  const head = HEAD[locale];
  const keys = cellKeys();
  const label = labels();
  const reports = wb.addWorksheet(names.reports, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  reports.addRow([head.file, head.title, head.year, head.format, ...keys.map((k) => `${k.table}.${k.row}.${k.column}`)]);
  for (const e of items) {
    reports.addRow([e.file, e.title, e.year, e.format, ...keys.map((k) => e.tables[k.table][k.row]?.[k.column] ?? null)]);
  }
  reports.getRow(1).font = { bold: true };
  reports.getColumn(1).width = 40;
  for (const table of ['table2', 'table3', 'table4'] as TableKey[]) {
    const columns = [...new Set(keys.filter((k) => k.table === table).map((k) => k.column))];
    const sheet = wb.addWorksheet(names[table], { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([head.file, head.row, head.label, ...columns.map((c) => label.get(`${table}.col.${c}`) ?? c)]);
    sheet.addRow(['', '', '', ...columns]);
    for (const e of items) {
      for (const [row, cells] of Object.entries(e.tables[table])) {
        sheet.addRow([e.file, row, label.get(`${table}.${row}`) ?? row, ...columns.map((c) => cells[c] ?? null)]);
      }
    }
    sheet.getRow(1).font = { bold: true };
  }
  return wb;
}

/** Writes the workbook beside the target first, so a failure never leaves half a file in its place. */
export async function writeWorkbook(items: Extracted[], file: string, locale: 'zh-cn' | 'en' = 'zh-cn'): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await buildWorkbook(items, locale).xlsx.writeFile(tmp);
    fs.renameSync(tmp, file);
  } finally {
    if (fs.existsSync(tmp)) fs.rmSync(tmp, { force: true });
  }
}
