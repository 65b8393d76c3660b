/**
 * This year's report from last year's: the title with the new year, the six standard sections with last
 * year's prose kept for rewriting (each marked), blank standard tables in the document's own style with
 * 二、上年结转 filled from last year's 四、结转下年度继续办理, and last year's 现行有效件数 as a hint.
 * A writer over the engine: it reads last year's report with the engine and renders with its templates.
 */
import { checkText } from '../engine';
import { FORMATS, SECTIONS } from '../engine/format';
import type { ReportModel, TableStyle } from '../engine/model';
import { renderSubTable, renderTable3, renderTable4 } from '../engine/fixes/templates';

export interface NextYearReport {
  text: string;
  /** The year of the new report and of the report it was made from. */
  year: number;
  fromYear: number;
  /** 二、上年结转 was filled from last year's table (false when last year had no such row). */
  carried: boolean;
}

export type NextYearProblem = 'not-report' | 'no-year';

const YEAR_IN_TITLE = /((?:19|20)\d{2})(\s*年)/;
const HEADING_PREFIX = /^[ \t]*(#{1,6}[ \t]+)/;

/** The new report's file name: last year's with its year moved on, or `<name>-<year>` (a base name, no folder). */
export function nextYearFileName(name: string, fromYear: number, year: number): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot) : '.md';
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return (stem.includes(String(fromYear)) ? stem.split(String(fromYear)).join(String(year)) : `${stem}-${year}`) + ext;
}

/** The marker put before each piece of last year's prose: visible, so it cannot be published by mistake. */
export function rewriteMarker(fromYear: number, year: number): string {
  return `【请改写】以下沿用 ${fromYear} 年度报告原文，请按 ${year} 年度情况改写，改写后删除本行。`;
}

export function nextYearReport(lastYear: string, options: { style?: TableStyle } = {}): NextYearReport | NextYearProblem {
  const { model } = checkText(lastYear, { fixes: false, nonReport: 'explain' });
  if (!model.looksLikeReport) return 'not-report';
  if (!model.year) return 'no-year';
  const lines = lastYear.split(/\r\n|\r|\n/);
  const fromYear = model.year;
  const year = fromYear + 1;
  const style = tableStyle(model, options.style);
  const marker = rewriteMarker(fromYear, year);
  const headingPrefix = model.sections.length ? HEADING_PREFIX.exec(lines[model.sections[0].headingSpan.line])?.[1] ?? '' : '## ';
  const out: string[] = [];

  // Title and preamble (whatever came before section 一), last year's words kept for rewriting.
  const firstSection = model.sections[0]?.startLine ?? lines.length;
  if (model.title) {
    const titleLine = lines[model.title.span.line];
    out.push(titleLine.replace(YEAR_IN_TITLE, (_m, _y, rest) => `${year}${rest}`), '');
  } else {
    out.push(`（机关名称）${year}年政府信息公开工作年度报告`, '');
  }
  const preamble = keptLines(lines, 0, firstSection - 1, model, model.title?.span.line);
  if (preamble.length) out.push(marker, '', ...preamble, '');

  const format = year >= 2021 ? '2021' : '2019';
  let carried = false;
  for (const def of SECTIONS) {
    out.push(`${headingPrefix}${def.title}`, '');
    const section = model.sections.find((s) => s.ordinal === def.ordinal);
    const prose = section ? keptLines(lines, section.headingSpan.line + 1, section.endLine, model) : [];
    if (prose.length) out.push(marker, '', ...prose, '');
    if (def.kind === 'table2') out.push(...table2(model, style, format), '');
    if (def.kind === 'table3') {
      const carry = model.table3?.rows.get('carry_forward');
      const values = carry ? carry.cells.map((c) => c.cell?.text || undefined) : undefined;
      carried = !!values?.some((v) => v !== undefined);
      out.push(...renderTable3(style, format, 'empty', values ? { carried_over: values } : {}), '');
    }
    if (def.kind === 'table4') out.push(...renderTable4(style, 'empty'), '');
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return { text: out.join('\n') + '\n', year, fromYear, carried };
}

/** The document's own table style; text copied from a PDF gets tab-separated tables (spaces cannot hold blanks). */
function tableStyle(model: ReportModel, wanted: TableStyle | undefined): TableStyle {
  const own = wanted ?? model.table3?.style ?? model.table2?.style ?? model.table4?.style ?? 'pipe';
  return own === 'spaced' ? 'tab' : own;
}

/** Table 二 with every cell blank, and last year's 现行有效件数 as a comment after the sub-table that has them. */
function table2(model: ReportModel, style: TableStyle, format: '2021' | '2019'): string[] {
  const out: string[] = [];
  for (const sub of FORMATS[format].table2) {
    if (out.length) out.push('');
    out.push(...renderSubTable(style, sub, 'empty'));
    const hints = inForceLastYear(model, sub.rows.map((r) => r.key));
    if (hints.length && sub.columns.some((c) => c.key === 'in_force')) {
      out.push('', `<!-- 上年末现行有效件数：${hints.join('，')}（本年现行有效件数 = 上年末 + 本年制发 − 本年废止，供参考） -->`);
    }
  }
  return out;
}

function inForceLastYear(model: ReportModel, rowKeys: string[]): string[] {
  const hints: string[] = [];
  for (const sub of model.table2?.subs.values() ?? []) {
    for (const key of rowKeys) {
      const cell = sub.rows.get(key)?.cells.find((c) => c.column.key === 'in_force');
      if (cell?.value.kind === 'number') hints.push(`${sub.rows.get(key)!.row.official} ${cell.cell!.text} 件`);
    }
  }
  return hints;
}

/** Lines [from, to] that are prose: not in a table, not the title; blank runs collapsed, ends trimmed. */
function keptLines(lines: string[], from: number, to: number, model: ReportModel, skip?: number): string[] {
  const kept: string[] = [];
  for (let i = from; i <= to && i < lines.length; i++) {
    if (i === skip || model.title?.fragments.some((f) => f.line === i)) continue;
    if (model.fragments.some((f) => i >= f.firstLine && i <= f.lastLine)) continue;
    const line = lines[i];
    if (line.trim() === '' && (kept.length === 0 || kept[kept.length - 1].trim() === '')) continue;
    kept.push(line);
  }
  while (kept.length && kept[kept.length - 1].trim() === '') kept.pop();
  return kept;
}
