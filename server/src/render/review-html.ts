/**
 * The review report: one self-contained HTML page for a folder of reports (inline style and a small
 * inline filter script, no network). Summary, reports by agency and year, year-on-year figures, and
 * each report's diagnostics with its tables drawn by the table renderer.
 */
import { esc, ViewLocale } from './html';
import { PLAIN_COLOURS_CSS, TABLES_CSS } from './tables-css';

export type Sev = 'error' | 'warning' | 'information' | 'hint';
const SEVERITIES: Sev[] = ['error', 'warning', 'information', 'hint'];

export interface ReviewDiagnostic { rule: string; severity: Sev; line: number; column: number; message: string }

/** The figures compared year on year, read from the report's tables (null: not in the report). */
export interface KeyFigures { [key: string]: number | null }

export interface ReviewEntry {
  file: string;
  title: string | null;
  agency: string | null;
  year: number | null;
  format: string | null;
  diagnostics: ReviewDiagnostic[];
  /** The tables as drawn by renderTables (empty when the file was not analysed as a report). */
  tables: string;
  figures: KeyFigures;
}

export interface ReviewInput {
  entries: ReviewEntry[];
  locale: ViewLocale;
  version: string;
  /** When the page was made, as shown to the reader. */
  generated?: string;
}

/** The figures of the year-on-year table, in order, with their names. */
export const KEY_FIGURES: { key: string; zh: string; en: string }[] = [
  { key: 'new_received', zh: '本年新收申请', en: 'New applications' },
  { key: 'carried_over', zh: '上年结转', en: 'Carried over' },
  { key: 'result_total', zh: '办理结果总计', en: 'Handled' },
  { key: 'carry_forward', zh: '结转下年度', en: 'Carried forward' },
  { key: 'review', zh: '行政复议', en: 'Reconsideration' },
  { key: 'litigation', zh: '行政诉讼', en: 'Litigation' },
];

const W = {
  title: { zh: '政府信息公开工作年度报告审核结果', en: 'Annual report review' },
  summary: { zh: '概况', en: 'Summary' },
  reports: { zh: '报告', en: 'Reports' },
  clean: { zh: '无错误、无警告', en: 'Without errors or warnings' },
  error: { zh: '错误', en: 'Errors' },
  warning: { zh: '警告', en: 'Warnings' },
  information: { zh: '信息', en: 'Information' },
  hint: { zh: '提示', en: 'Hints' },
  byRule: { zh: '各规则的问题数', en: 'Problems by rule' },
  rule: { zh: '规则', en: 'Rule' },
  inReports: { zh: '涉及报告', en: 'Reports' },
  byAgency: { zh: '各机关各年度报告', en: 'Reports by agency and year' },
  agency: { zh: '机关', en: 'Agency' },
  noReport: { zh: '无报告', en: 'none' },
  noAgency: { zh: '标题中未能识别机关的报告', en: 'Reports whose title names no agency' },
  yoy: { zh: '同一机关逐年对比', en: 'Year on year, by agency' },
  year: { zh: '年度', en: 'Year' },
  noYoy: { zh: '没有同一机关连续两个年度的报告。', en: 'No agency has reports for two consecutive years.' },
  yoyNote: { zh: '表格三“总计”列与表格四的合计；括号内为与上一年度相比的变化。', en: 'The 总计 column of table 三 and the totals of table 四; in brackets the change from the year before.' },
  several: { zh: '该年度有 {n} 份报告，不作对比', en: '{n} reports for this year: not compared' },
  filter: { zh: '筛选', en: 'Filter' },
  allRules: { zh: '全部规则', en: 'All rules' },
  onlyMatching: { zh: '只显示有相应问题的报告', en: 'Only reports with matching problems' },
  file: { zh: '文件', en: 'File' },
  format: { zh: '表格版本', en: 'Tables' },
  noProblems: { zh: '未发现问题。', en: 'No problems found.' },
  tables: { zh: '表格', en: 'Tables' },
  untitled: { zh: '（无标题）', en: '(no title)' },
  generated: { zh: '生成', en: 'Generated' },
} as const;

function w(locale: ViewLocale, key: keyof typeof W): string {
  return locale === 'en' ? W[key].en : W[key].zh;
}

const PAGE_CSS = `
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.2em 2em;font-size:14px}
h1{font-size:1.5em}h2{font-size:1.25em;margin-top:1.6em}h3{font-size:1.05em}
table.list{border-collapse:collapse;margin:.4em 0}
table.list th,table.list td{border:1px solid var(--gknb-border);padding:2px 8px;text-align:left}
table.list td.num{text-align:right;font-variant-numeric:tabular-nums}
table.list th{background:var(--gknb-head-bg)}
.counts{display:flex;gap:1.6em;flex-wrap:wrap;font-size:1.1em}.counts b{font-size:1.4em;display:block}
td.missing{color:var(--gknb-muted);font-style:italic}
.ok{color:#2e7d32}.s-error{color:var(--gknb-error)}.s-warning{color:var(--gknb-warning)}.s-information,.s-hint{color:var(--gknb-info)}
article.report{border-top:1px solid var(--gknb-border);padding:.4em 0;content-visibility:auto;contain-intrinsic-size:auto 900px}
article.report .meta{color:var(--gknb-muted);font-size:12px}
ul.diags{padding-left:1.2em}ul.diags li{margin:.15em 0}
.hidden{display:none}
.up{color:var(--gknb-warning)}.down{color:var(--gknb-info)}
#filter{position:sticky;top:0;background:Canvas;padding:.4em 0;border-bottom:1px solid var(--gknb-border);z-index:1}
`;

/** The filter: by rule and severity; reports without a shown problem are hidden when asked. */
const FILTER_SCRIPT = `
(function(){
var rule=document.getElementById('f-rule'),only=document.getElementById('f-only');
var sevs=[].slice.call(document.querySelectorAll('#filter input[data-sev]'));
function apply(){
  var on={};sevs.forEach(function(c){on[c.getAttribute('data-sev')]=c.checked;});
  var r=rule.value;
  [].forEach.call(document.querySelectorAll('article.report'),function(a){
    var shown=0;
    [].forEach.call(a.querySelectorAll('li[data-rule]'),function(li){
      var ok=on[li.getAttribute('data-sev')]&&(!r||li.getAttribute('data-rule')===r);
      li.classList.toggle('hidden',!ok);if(ok)shown++;
    });
    a.classList.toggle('hidden',only.checked&&shown===0);
  });
}
rule.addEventListener('change',apply);only.addEventListener('change',apply);
sevs.forEach(function(c){c.addEventListener('change',apply);});
})();
`;

function count(entries: ReviewEntry[], sev: Sev): number {
  let n = 0;
  for (const e of entries) for (const d of e.diagnostics) if (d.severity === sev) n++;
  return n;
}

function anchor(i: number): string {
  return `r${i + 1}`;
}

function summary(input: ReviewInput): string {
  const { entries, locale } = input;
  const clean = entries.filter((e) => !e.diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning')).length;
  const items = [
    ['reports', entries.length, w(locale, 'reports')],
    ['clean', clean, w(locale, 'clean')],
    ...SEVERITIES.map((s) => [s, count(entries, s), w(locale, s)]),
  ];
  const counts = `<div class="counts">${items.map(([k, n, label]) => `<div><b data-count="${k}">${n}</b>${esc(label)}</div>`).join('')}</div>`;
  const rules = new Map<string, { bySev: Record<Sev, number>; reports: Set<number> }>();
  entries.forEach((e, i) => {
    for (const d of e.diagnostics) {
      let r = rules.get(d.rule);
      if (!r) rules.set(d.rule, r = { bySev: { error: 0, warning: 0, information: 0, hint: 0 }, reports: new Set() });
      r.bySev[d.severity]++;
      r.reports.add(i);
    }
  });
  const sorted = [...rules].sort((a, b) => b[1].bySev.error - a[1].bySev.error || b[1].reports.size - a[1].reports.size || a[0].localeCompare(b[0]));
  const head = `<tr><th scope="col">${esc(w(locale, 'rule'))}</th>${SEVERITIES.map((s) => `<th scope="col">${esc(w(locale, s))}</th>`).join('')}<th scope="col">${esc(w(locale, 'inReports'))}</th></tr>`;
  const body = sorted.map(([rule, r]) => `<tr data-rule="${esc(rule)}"><th scope="row">${esc(rule)}</th>${SEVERITIES.map((s) => `<td class="num" data-sev="${s}">${r.bySev[s] || ''}</td>`).join('')}<td class="num">${r.reports.size}</td></tr>`).join('');
  return `<section id="summary"><h2>${esc(w(locale, 'summary'))}</h2>${counts}<h3>${esc(w(locale, 'byRule'))}</h3><table class="list" id="by-rule">${head}${body}</table></section>`;
}

function worstOf(e: ReviewEntry): Sev | undefined {
  return SEVERITIES.find((s) => e.diagnostics.some((d) => d.severity === s));
}

function byAgency(input: ReviewInput): string {
  const { entries, locale } = input;
  const agencies = new Map<string, Map<number, number[]>>();
  const loose: number[] = [];
  entries.forEach((e, i) => {
    if (!e.agency || !e.year) { loose.push(i); return; }
    let years = agencies.get(e.agency);
    if (!years) agencies.set(e.agency, years = new Map());
    const list = years.get(e.year);
    if (list) list.push(i);
    else years.set(e.year, [i]);
  });
  const allYears = [...new Set(entries.flatMap((e) => (e.agency && e.year ? [e.year] : [])))].sort((a, b) => a - b);
  const years: number[] = [];
  if (allYears.length) for (let y = allYears[0]; y <= allYears[allYears.length - 1]; y++) years.push(y);
  const link = (i: number) => {
    const e = entries[i];
    const worst = worstOf(e);
    const n = e.diagnostics.filter((d) => d.severity === 'error').length;
    const mark = worst === 'error' ? `✗ ${n}` : worst === 'warning' ? '!' : '✓';
    return `<a href="#${anchor(i)}" class="${worst === 'error' || worst === 'warning' ? `s-${worst}` : 'ok'}" title="${esc(e.file)}">${esc(mark)}</a>`;
  };
  const rows = [...agencies].sort((a, b) => a[0].localeCompare(b[0], 'zh-CN')).map(([agency, ys]) => {
    const cells = years.map((y) => {
      const list = ys.get(y);
      return list ? `<td data-year="${y}">${list.map(link).join(' ')}</td>` : `<td class="missing" data-year="${y}">${esc(w(locale, 'noReport'))}</td>`;
    });
    return `<tr><th scope="row">${esc(agency)}</th>${cells.join('')}</tr>`;
  });
  const table = `<table class="list" id="by-agency"><tr><th scope="col">${esc(w(locale, 'agency'))}</th>${years.map((y) => `<th scope="col">${y}</th>`).join('')}</tr>${rows.join('')}</table>`;
  const rest = loose.length ? `<p>${esc(w(locale, 'noAgency'))}：${loose.map((i) => `<a href="#${anchor(i)}">${esc(entries[i].file)}</a>`).join('、')}</p>` : '';
  return `<section id="agencies"><h2>${esc(w(locale, 'byAgency'))}</h2>${table}${rest}</section>`;
}

function yearOnYear(input: ReviewInput): string {
  const { entries, locale } = input;
  const byAgency = new Map<string, Map<number, number[]>>();
  entries.forEach((e, i) => {
    if (!e.agency || !e.year) return;
    let years = byAgency.get(e.agency);
    if (!years) byAgency.set(e.agency, years = new Map());
    const list = years.get(e.year);
    if (list) list.push(i);
    else years.set(e.year, [i]);
  });
  const head = `<tr><th scope="col">${esc(w(locale, 'agency'))}</th><th scope="col">${esc(w(locale, 'year'))}</th>${KEY_FIGURES.map((f) => `<th scope="col">${esc(locale === 'en' ? f.en : f.zh)}</th>`).join('')}</tr>`;
  const rows: string[] = [];
  for (const [agency, years] of [...byAgency].sort((a, b) => a[0].localeCompare(b[0], 'zh-CN'))) {
    const sorted = [...years.keys()].sort((a, b) => a - b);
    if (!sorted.some((y, i) => i > 0 && sorted[i - 1] === y - 1)) continue;
    // One report per year is compared; several for one year cannot be told apart, so they are only counted.
    const only = (y: number | undefined) => (y !== undefined && years.get(y)?.length === 1 ? entries[years.get(y)![0]] : undefined);
    sorted.forEach((y, i) => {
      const list = years.get(y)!;
      const e = only(y);
      const before = only(y - 1);
      const yearCell = `<td>${e ? `<a href="#${anchor(list[0])}">${y}</a>` : y}</td>`;
      let cells: string;
      if (!e) cells = `<td colspan="${KEY_FIGURES.length}" class="missing">${esc(w(locale, 'several').replace('{n}', String(list.length)))}</td>`;
      else {
        cells = KEY_FIGURES.map((f) => {
          const now = e.figures[f.key];
          const then = before?.figures[f.key];
          if (now === null || now === undefined) return '<td class="num"></td>';
          if (then === null || then === undefined) return `<td class="num">${now}</td>`;
          const d = now - then;
          const change = d === 0 ? '' : ` <span class="${d > 0 ? 'up' : 'down'}">（${d > 0 ? '+' : ''}${d}）</span>`;
          return `<td class="num">${now}${change}</td>`;
        }).join('');
      }
      rows.push(`<tr>${i === 0 ? `<th scope="rowgroup" rowspan="${sorted.length}">${esc(agency)}</th>` : ''}${yearCell}${cells}</tr>`);
    });
  }
  const body = rows.length ? `<table class="list" id="yoy">${head}${rows.join('')}</table>` : `<p>${esc(w(locale, 'noYoy'))}</p>`;
  return `<section id="year-on-year"><h2>${esc(w(locale, 'yoy'))}</h2><p class="meta">${esc(w(locale, 'yoyNote'))}</p>${body}</section>`;
}

function filter(input: ReviewInput): string {
  const { entries, locale } = input;
  const rules = [...new Set(entries.flatMap((e) => e.diagnostics.map((d) => d.rule)))].sort();
  const options = [`<option value="">${esc(w(locale, 'allRules'))}</option>`, ...rules.map((r) => `<option>${esc(r)}</option>`)].join('');
  const boxes = SEVERITIES.map((s) => `<label><input type="checkbox" data-sev="${s}" checked> ${esc(w(locale, s))}</label>`).join(' ');
  return `<div id="filter" role="search"><b>${esc(w(locale, 'filter'))}</b> <select id="f-rule" aria-label="${esc(w(locale, 'rule'))}">${options}</select> ${boxes} <label><input type="checkbox" id="f-only"> ${esc(w(locale, 'onlyMatching'))}</label></div>`;
}

const SEV_WORD: Record<ViewLocale, Record<Sev, string>> = {
  'zh-cn': { error: '错误', warning: '警告', information: '信息', hint: '提示' },
  en: { error: 'error', warning: 'warning', information: 'information', hint: 'hint' },
};

function report(input: ReviewInput, e: ReviewEntry, i: number): string {
  const { locale } = input;
  const diags = e.diagnostics.length
    ? `<ul class="diags">${e.diagnostics.map((d) => `<li data-rule="${esc(d.rule)}" data-sev="${d.severity}"><span class="s-${d.severity}">${SEV_WORD[locale][d.severity]}</span> ${d.line}:${d.column} ${esc(d.message)} <code>${esc(d.rule)}</code></li>`).join('')}</ul>`
    : `<p class="ok">${esc(w(locale, 'noProblems'))}</p>`;
  const meta = `${esc(w(locale, 'file'))}：${esc(e.file)}${e.format ? ` · ${esc(w(locale, 'format'))}：${esc(e.format)}` : ''}`;
  const counts = SEVERITIES.map((s) => `data-${s}="${e.diagnostics.filter((d) => d.severity === s).length}"`).join(' ');
  const tables = e.tables ? `<details open><summary>${esc(w(locale, 'tables'))}</summary>${e.tables}</details>` : '';
  return `<article class="report" id="${anchor(i)}" data-file="${esc(e.file)}" ${counts}><h3>${esc(e.title ?? w(locale, 'untitled'))}</h3><p class="meta">${meta}</p>${diags}${tables}</article>`;
}

/** The whole page. */
export function renderReview(input: ReviewInput): string {
  const { locale } = input;
  const lang = locale === 'en' ? 'en' : 'zh-CN';
  const generated = input.generated ? `<p class="meta">gknb ${esc(input.version)} · ${esc(w(locale, 'generated'))} ${esc(input.generated)}</p>` : '';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${esc(w(locale, 'title'))}</title><style>${PLAIN_COLOURS_CSS}${TABLES_CSS}${PAGE_CSS}</style></head>
<body><h1>${esc(w(locale, 'title'))}</h1>${generated}
${summary(input)}
${byAgency(input)}
${yearOnYear(input)}
<section id="reports"><h2>${esc(w(locale, 'reports'))}</h2>${filter(input)}
${input.entries.map((e, i) => report(input, e, i)).join('\n')}
</section>
<script>${FILTER_SCRIPT}</script>
</body></html>
`;
}
