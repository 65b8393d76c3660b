/**
 * Tables 二, 三 and 四 of a report as HTML, laid out as the national annex lays them out (merged headers,
 * the 勾稽 note, parent labels spanning their rows). One renderer for the editor's table view and the
 * review report. Pure: a report model and its diagnostics in, a string out; the engine knows nothing of HTML.
 */
import type { ReportModel, ResolvedCell, ResolvedRow, Span } from '../engine/model';
import type { Range } from '../engine/document';
import { FORMATS, FormatId, FormatModel, TABLE3_COLUMN_GROUP, TABLE3_HEADER_NOTE, expectedFormatForYear } from '../engine/format';
import format2021 from '../engine/data/format-2021.json';
import { esc, ViewLocale, word } from './html';

export type CellSeverity = 'error' | 'warning' | 'information' | 'hint';

/** What the renderer needs of a diagnostic (an engine Diagnostic fits). */
export interface CellFinding {
  rule: string;
  severity: CellSeverity;
  message: string;
  range: Range;
  expected?: number;
  related?: readonly { range: Range; uri?: string }[];
}

export interface TablesHtmlOptions {
  locale?: ViewLocale;
  diagnostics?: readonly CellFinding[];
  /** Last year's report of the same agency: its value and the change go beside each cell. */
  previous?: ReportModel;
  /** Put each cell's source range on it (data-l, data-s, data-e) and each row's key (data-row), so a view can select it in the text. */
  source?: boolean;
  /**
   * Hover texts name the rule and the expected value only (the page lists the full messages elsewhere):
   * a review of 300 reports stays small.
   */
  briefTitles?: boolean;
}

const SEVERITY_ORDER: CellSeverity[] = ['error', 'warning', 'information', 'hint'];
const LABEL_COLUMN = format2021.table2[0].label_column;

/** Start and end character of a one-line range, in order. */
function bounds(r: Range): [number, number] {
  return [Math.min(r.start.character, r.end.character), Math.max(r.start.character, r.end.character)];
}

/** Whether characters from..to meet a cell's span; a blank cell's span and a point are single positions. */
function touches(from: number, to: number, span: Span): boolean {
  if (span.start === span.end) return from <= span.start && span.start <= to;
  if (from === to) return span.start <= from && from < span.end;
  return from < span.end && to > span.start;
}

/** The findings that point into one cell: on its line, overlapping its span (a blank cell's span is a point). */
class FindingIndex {
  private byLine = new Map<number, CellFinding[]>();
  constructor(findings: readonly CellFinding[]) {
    for (const f of findings) {
      if (f.range.start.line !== f.range.end.line) continue;
      const list = this.byLine.get(f.range.start.line);
      if (list) list.push(f);
      else this.byLine.set(f.range.start.line, [f]);
    }
  }
  at(span: Span): CellFinding[] {
    const list = this.byLine.get(span.line);
    if (!list) return [];
    return list.filter((f) => {
      const [from, to] = bounds(f.range);
      if (!touches(from, to, span)) return false;
      // A finding over several cells (blanks in a row) names the ones it means among its related places.
      const inside = (f.related ?? []).filter((r) => !r.uri && r.range.start.line === span.line && bounds(r.range)[0] >= from && bounds(r.range)[1] <= to);
      return inside.length === 0 || inside.some((r) => touches(...bounds(r.range), span));
    });
  }
}

interface Ctx {
  locale: ViewLocale;
  findings: FindingIndex;
  source: boolean;
  brief: boolean;
}

function rowAttr(ctx: Ctx, key: string): string {
  return ctx.source ? ` data-row="${key}"` : '';
}

function tip(ctx: Ctx, f: CellFinding): string {
  return ctx.brief ? `${word(ctx.locale, `severity.${f.severity}`)} [${f.rule}]` : `${word(ctx.locale, `severity.${f.severity}`)}: ${f.message} [${f.rule}]`;
}

function sourceAttrs(ctx: Ctx, span: Span | undefined): string {
  return ctx.source && span ? ` data-l="${span.line}" data-s="${span.start}" data-e="${span.end}"` : '';
}

function worst(findings: CellFinding[]): CellSeverity | undefined {
  return SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s));
}

function numberOf(c: ResolvedCell | undefined): number | undefined {
  return c && c.value.kind === 'number' ? c.value.value : undefined;
}

/** What to say about last year beside a cell. */
interface Previous { value?: number; carried?: number }

function signed(n: number): string {
  const r = Math.round(n * 1e6) / 1e6;
  return r > 0 ? `+${r}` : String(r);
}

function cellHtml(ctx: Ctx, cell: ResolvedCell | undefined, prev: Previous | undefined): string {
  // Most cells are plain numbers: they get no class, no title and no wrapper, which keeps a page of 300 reports small.
  const classes: string[] = [];
  const tips: string[] = [];
  let text = '';
  let shown = '';
  if (!cell) {
    classes.push('x');
    tips.push(word(ctx.locale, 'absent.row'));
  } else {
    const v = cell.value;
    text = cell.cell?.text ?? '';
    if (v.kind === 'blank') classes.push('b');
    else if (v.kind === 'na') { classes.push('na'); tips.push(word(ctx.locale, 'na', { text })); }
    else if (v.kind === 'invalid') { classes.push('bad'); tips.push(word(ctx.locale, 'invalid', { text })); }
    const findings = ctx.findings.at(cell.span);
    const sev = worst(findings);
    if (sev) {
      classes.push(`sev-${sev}`);
      tips.length = 0;
      for (const f of findings) {
        tips.push(tip(ctx, f));
        if (f.expected !== undefined) tips.push(word(ctx.locale, 'expected', { n: f.expected }));
      }
      const expected = findings.find((f) => f.expected !== undefined)?.expected;
      if (expected !== undefined) shown += `<span class="exp">${esc(word(ctx.locale, 'expected', { n: expected }))}</span>`;
    }
    if (prev) {
      const now = numberOf(cell);
      if (prev.value !== undefined) {
        // The change only when there is one: a column of 上年 0（0） says nothing.
        const change = now === undefined || now === prev.value ? '' : `（${signed(now - prev.value)}）`;
        const said = word(ctx.locale, 'previous', { n: prev.value }) + change;
        shown += `<span class="prev">${esc(said)}</span>`;
        tips.push(said);
      }
      if (prev.carried !== undefined) {
        const said = word(ctx.locale, 'previous.carry', { n: prev.carried });
        shown += `<span class="prev carry">${esc(said)}</span>`;
        tips.push(said);
      }
    }
  }
  const span = cell?.cell || cell?.value.kind === 'blank' ? cell.span : undefined;
  const cls = classes.length ? ` class="${classes.join(' ')}"` : '';
  const title = tips.length ? ` title="${esc(tips.join('\n'))}"` : '';
  const body = shown ? `<span class="v">${esc(text)}</span>${shown}` : esc(text);
  return `<td${cls}${sourceAttrs(ctx, span)}${title}>${body}</td>`;
}

/** A row label: the report's own text behind it (for click-to-select), the official label shown. */
function labelHtml(ctx: Ctx, official: string, row: ResolvedRow | undefined, attrs: string): string {
  const classes: string[] = [];
  const tips: string[] = [];
  if (!row) {
    classes.push('x');
    tips.push(word(ctx.locale, 'absent.row'));
  } else {
    const findings = ctx.findings.at(row.row.label.span);
    const sev = worst(findings);
    if (sev) classes.push(`sev-${sev}`);
    for (const f of findings) tips.push(tip(ctx, f));
  }
  const title = tips.length ? ` title="${esc(tips.join('\n'))}"` : '';
  const cls = classes.length ? ` class="${classes.join(' ')}"` : '';
  return `<th${attrs}${cls}${sourceAttrs(ctx, row?.row.label.span)}${title}>${esc(official)}</th>`;
}

function caption(ctx: Ctx, table: 'table2' | 'table3' | 'table4'): string {
  return `<caption>${esc(word(ctx.locale, table))}</caption>`;
}

function absentTable(ctx: Ctx, table: 'table2' | 'table3' | 'table4'): string {
  return `<section class="gknb-table" data-table="${table}"><h3>${esc(word(ctx.locale, table))}</h3><p class="absent">${esc(word(ctx.locale, 'absent.table'))}</p></section>`;
}

function table2Html(ctx: Ctx, model: ReportModel, fmt: FormatModel, previous?: ReportModel): string {
  const t2 = model.table2;
  if (!t2) return absentTable(ctx, 'table2');
  const width = Math.max(...fmt.table2.map((s) => s.columns.length));
  const out: string[] = [`<section class="gknb-table" data-table="table2"><table class="t2">`, caption(ctx, 'table2')];
  for (const def of fmt.table2) {
    const sub = t2.subs.get(def.key);
    const prevSub = previous?.table2?.subs.get(def.key);
    out.push(`<tbody data-sub="${def.key}"><tr><th colspan="${width + 1}" scope="colgroup" class="sub"${sourceAttrs(ctx, sub?.title?.span)}>${esc(def.title)}</th></tr>`);
    // A sub-table with fewer columns than the widest: its last column spans the rest, as in the annex.
    const span = (i: number) => (i === def.columns.length - 1 && def.columns.length < width ? ` colspan="${width - i}"` : '');
    out.push(`<tr><th scope="col">${esc(LABEL_COLUMN)}</th>${def.columns.map((c, i) => `<th scope="col"${span(i)}>${esc(c.label)}</th>`).join('')}</tr>`);
    for (const r of def.rows) {
      const row = sub?.rows.get(r.key);
      const prevRow = prevSub?.rows.get(r.key);
      const cells = def.columns.map((c, i) => {
        const html = cellHtml(ctx, row?.cells[i], previous ? { value: numberOf(prevRow?.cells.find((p) => p.column.key === c.key)) } : undefined);
        return span(i) ? `<td${span(i)}${html.slice(3)}` : html;
      });
      out.push(`<tr${rowAttr(ctx, r.key)}>${labelHtml(ctx, r.label, row, ' scope="row"')}${cells.join('')}</tr>`);
    }
    out.push('</tbody>');
  }
  out.push('</table></section>');
  return out.join('');
}

function table3Html(ctx: Ctx, model: ReportModel, fmt: FormatModel, previous?: ReportModel): string {
  const t3 = model.table3;
  if (!t3) return absentTable(ctx, 'table3');
  const cols = fmt.table3Columns;
  const groups = format2021.table3.columns.map((c) => c.group);
  const depth = Math.max(...fmt.table3Rows.map((r) => r.path.length));
  // Column headers in <thead> need no scope (a th there heads its column); the spanning ones say colgroup.
  const out: string[] = [`<section class="gknb-table" data-table="table3"><table class="t3">`, caption(ctx, 'table3'), '<thead>'];
  // Header: the 勾稽 note over the label columns, 申请人情况 over all columns, 法人或其他组织 over its five.
  out.push(`<tr><th colspan="${depth}" rowspan="3" class="note">${esc(TABLE3_HEADER_NOTE)}</th><th colspan="${cols.length}" scope="colgroup">${esc(TABLE3_COLUMN_GROUP)}</th></tr><tr>`);
  const third: string[] = [];
  for (let i = 0; i < cols.length;) {
    const g = groups[i];
    if (!g) { out.push(`<th rowspan="2">${esc(cols[i].label)}</th>`); i++; continue; }
    let n = 0;
    while (groups[i + n] === g) third.push(`<th>${esc(cols[i + n].label)}</th>`), n++;
    out.push(`<th colspan="${n}" scope="colgroup">${esc(g)}</th>`);
    i += n;
  }
  out.push(`</tr><tr>${third.join('')}</tr></thead><tbody>`);
  const rows = fmt.table3Rows;
  const prevRows = previous?.table3?.rows;
  rows.forEach((r, ri) => {
    const row = t3.rows.get(r.key);
    const heads: string[] = [];
    for (let d = 0; d < r.path.length - 1; d++) {
      const prefix = r.path.slice(0, d + 1).join('/');
      const same = (k: number) => k >= 0 && k < rows.length && rows[k].path.length > d + 1 && rows[k].path.slice(0, d + 1).join('/') === prefix;
      if (same(ri - 1)) continue;
      let n = 1;
      while (same(ri + n)) n++;
      heads.push(`<th rowspan="${n}" scope="rowgroup" class="g">${esc(r.path[d])}</th>`);
    }
    const leafSpan = depth - (r.path.length - 1);
    heads.push(labelHtml(ctx, r.path[r.path.length - 1], row, `${leafSpan > 1 ? ` colspan="${leafSpan}"` : ''} scope="row"`));
    const prevRow = prevRows?.get(r.key);
    const carry = r.key === 'carried_over' ? prevRows?.get('carry_forward') : undefined;
    const cells = cols.map((c, i) => cellHtml(ctx, row?.cells[i], previous ? {
      value: numberOf(prevRow?.cells[i]),
      carried: carry ? numberOf(carry.cells[i]) : undefined,
    } : undefined));
    out.push(`<tr${rowAttr(ctx, r.key)}>${heads.join('')}${cells.join('')}</tr>`);
  });
  out.push('</tbody></table></section>');
  return out.join('');
}

function table4Html(ctx: Ctx, model: ReportModel, fmt: FormatModel, previous?: ReportModel): string {
  const t4 = model.table4;
  if (!t4) return absentTable(ctx, 'table4');
  const groups = fmt.table4Groups;
  const first: string[] = [];
  const second: string[] = [];
  const third: string[] = [];
  for (let i = 0; i < groups.length;) {
    const g = groups[i];
    if (!g.parent) {
      first.push(`<th colspan="${g.columns.length}" scope="colgroup">${esc(g.label)}</th>`);
      for (const c of g.columns) second.push(`<th rowspan="2">${esc(c.label)}</th>`);
      i++;
      continue;
    }
    let width = 0;
    let n = 0;
    while (groups[i + n]?.parent === g.parent) {
      const child = groups[i + n];
      width += child.columns.length;
      second.push(`<th colspan="${child.columns.length}" scope="colgroup">${esc(child.label)}</th>`);
      for (const c of child.columns) third.push(`<th>${esc(c.label)}</th>`);
      n++;
    }
    first.push(`<th colspan="${width}" scope="colgroup">${esc(g.parent)}</th>`);
    i += n;
  }
  const cells = groups.flatMap((g) => {
    const row = t4.groups.get(g.key);
    const prevRow = previous?.table4?.groups.get(g.key);
    return g.columns.map((_, i) => cellHtml(ctx, row?.cells[i], previous ? { value: numberOf(prevRow?.cells[i]) } : undefined));
  });
  return `<section class="gknb-table" data-table="table4"><table class="t4">${caption(ctx, 'table4')}<thead><tr>${first.join('')}</tr><tr>${second.join('')}</tr><tr>${third.join('')}</tr></thead><tbody><tr${rowAttr(ctx, 'values')}>${cells.join('')}</tr></tbody></table></section>`;
}

/** The table generation to draw: the report's own, else the one its year calls for. */
export function drawnFormat(model: ReportModel): FormatId {
  return model.format ?? (model.year ? expectedFormatForYear(model.year) : '2021');
}

/** Tables 二, 三 and 四 of a report, each a `<section class="gknb-table">` holding a real `<table>`. */
export function renderTables(model: ReportModel, options: TablesHtmlOptions = {}): string {
  const ctx: Ctx = { locale: options.locale ?? 'zh-cn', findings: new FindingIndex(options.diagnostics ?? []), source: !!options.source, brief: !!options.briefTitles };
  const fmt = FORMATS[drawnFormat(model)];
  return table2Html(ctx, model, fmt, options.previous) + table3Html(ctx, model, fmt, options.previous) + table4Html(ctx, model, fmt, options.previous);
}
