/**
 * Plain pdftotext of a browser's printout may give a table 二 sub-table's last column after the sub-tables: 规章 / 0 /
 * 0 / 行政规范性文件 9 / 7 / … / 行政事业性收费 259 / … / 现行有效件数 / 6 / 0 — its header alone on a line past every row
 * of the sub-table, then one number per row. The header names the column, the count (every row of the sub-table found,
 * a number for each) confirms the run, and the run is the rows top to bottom, as a column of one sub-table is given.
 */
import type { SubTableDef } from '../format';
import type { FoundRow, TextCell } from '../model';
import { normalizeLabel } from '../text/normalize';
import { RAW_VALUE } from '../tables/rows';

/** How far past the sub-table's last row its parted column's header is looked for. */
const REACH = 60;
/** A part's heading (三、收到和处理…): table 二's lines end there. */
const PART = /^[一二三四五六七八九十]+、/;

/**
 * Per row of a sub-table whose last column the text gives so, that column's cell (none on a line a row took: the
 * numbers are some row's own then).
 */
export function lateColumns(defs: readonly SubTableDef[], found: readonly FoundRow[], lines: readonly string[]): Map<FoundRow, TextCell> {
  const out = new Map<FoundRow, TextCell>();
  const taken = new Set(found.flatMap((r) => r.values.map((v) => v.span.line)));
  for (const def of defs) {
    const rows = def.rows.flatMap((d) => { const r = found.find((x) => x.key === d.key && (!x.sub || x.sub === def.key)); return r ? [r] : []; });
    // The header must be this sub-table's own: one another sub-table shares says nothing of whose numbers follow.
    const label = normalizeLabel(def.columns[def.columns.length - 1]?.label ?? '');
    if (defs.some((o) => o !== def && o.columns.some((c) => normalizeLabel(c.label) === label))) continue;
    const cells = lateColumn(def, rows, lines);
    if (!cells || cells.some((c) => taken.has(c.span.line))) continue;
    rows.forEach((r, k) => out.set(r, cells[k]));
  }
  return out;
}

/** The sub-table's last column's numbers, one per row in the rows' order, where the text gives them so; else undefined. */
function lateColumn(def: SubTableDef, rows: readonly FoundRow[], lines: readonly string[]): TextCell[] | undefined {
  if (def.columns.length < 2 || rows.length !== def.rows.length || def.rows.some((d) => !rows.some((r) => r.key === d.key))) return undefined;
  const label = normalizeLabel(def.columns[def.columns.length - 1].label);
  const after = Math.max(...rows.map((r) => Math.max(r.lastLine, ...r.values.map((v) => v.span.line))));
  const text = (i: number) => lines[i].replace(/^\f/, '').trim();
  let header = -1;
  for (let i = after + 1; i < Math.min(lines.length, after + REACH); i++) {
    if (PART.test(text(i))) break;
    if (normalizeLabel(text(i)) !== label) continue;
    if (header >= 0) return undefined;
    header = i;
  }
  if (header < 0) return undefined;
  const out: TextCell[] = [];
  for (let i = header + 1; i < lines.length && !lines[i].startsWith('\f'); i++) {
    const t = text(i);
    if (!t) continue;
    if (!RAW_VALUE.test(t)) break;
    const start = lines[i].indexOf(t);
    out.push({ text: t, norm: t, span: { line: i, start, end: start + t.length } });
  }
  return out.length === rows.length ? out : undefined;
}
