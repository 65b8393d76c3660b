/**
 * Issue 12: Markdown made from a report's web page by the converters people run (test/corpus/lib/converters.mjs).
 * One minimal example per class of artefact, each made from the pipe layout sample in the shape the
 * converter really writes (seen in test/corpus/reports/<id>/{pandoc,turndown,html2text}*.md).
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { readFixture } from '../helpers/fixtures';

const PIPE = readFixture('layouts/pipe.md');
const isRow = (l: string) => l.startsWith('|') && !l.startsWith('|---');
const cellsOf = (l: string) => l.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());

function tablesOf(text: string) {
  return extract('t', checkText(text).model, text.split('\n')).tables as Record<string, unknown>;
}
const findings = (text: string) =>
  checkText(text).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.rule}: ${d.message}`);

/** Each pipe table of the sample rewritten row by row (delimiter rows dropped unless `keep`). */
function rewrite(row: (cells: string[]) => string, keep?: (l: string) => string): string {
  return PIPE.split('\n').map((l) => (isRow(l) ? row(cellsOf(l)) : l.startsWith('|---') ? (keep ? keep(l) : '') : l)).join('\n');
}

/** Each pipe table of the sample as one HTML table, rendered by `write`. */
function asHtmlTables(write: (rows: string[][]) => string): string {
  const out: string[] = [];
  let rows: string[][] = [];
  for (const l of [...PIPE.split('\n'), '']) {
    if (isRow(l)) rows.push(cellsOf(l));
    else if (l.startsWith('|---')) continue;
    else {
      if (rows.length) out.push(write(rows));
      rows = [];
      out.push(l);
    }
  }
  return out.join('\n');
}

describe('converters: Markdown made from web pages (issue 12)', () => {
  const want = tablesOf(PIPE);

  it('the sample itself is read with no finding (the baseline of the cases below)', () => {
    assert.deepStrictEqual(findings(PIPE), []);
    assert.ok(Object.keys((want as { table3: object }).table3).length > 10);
  });

  it('Python html2text: pipe rows without their outer pipes (`a | b | c`, `---|---`) are positional fields', () => {
    const text = rewrite((c) => `${c.join(' | ')}  `, () => '---|---  ');
    assert.deepStrictEqual(tablesOf(text), want);
    assert.deepStrictEqual(findings(text), []);
  });

  it('pandoc: inline <span lang="zh-CN"> around headings and cells, a tag cut by the line wrap, are read as the text shown', () => {
    const span = (s: string) => (/[\u4e00-\u9fff]/.test(s) ? `<span lang="zh-CN">${s}</span>` : s);
    const text = rewrite((c) => `| ${c.map(span).join(' | ')} |`, (l) => l)
      .split('\n').map((l) => (/^#*\s*[一二三四五六]、/.test(l) ? l.replace(/^(#*\s*)(.*)$/, (_, h: string, t: string) => h + span(t)) : l)).join('\n');
    assert.match(text, /<span lang="zh-CN">三、/);
    assert.deepStrictEqual(tablesOf(text), want);
    assert.deepStrictEqual(checkText(text).model.sections.map((s) => s.ordinal), checkText(PIPE).model.sections.map((s) => s.ordinal));
    assert.deepStrictEqual(findings(text), []);
  });




  it('pandoc: a title wrapped right after its year (`…交通运输局2023` / `年政府信息公开…`) is one title with its year', () => {
    const [first, ...rest] = PIPE.split('\n');
    const m = /^# (.*\d{4})(年.*)$/.exec(first)!;
    const text = [`<span lang="zh-CN">${m[1].replace(/\d{4}$/, '')}</span>${m[1].slice(-4)}<span`, `lang="zh-CN">${m[2]}</span>`, ...rest].join('\n');
    const model = checkText(text).model;
    assert.deepStrictEqual([model.title?.text, model.year], [m[1] + m[2], 2023]);
    assert.deepStrictEqual(checkText(text).diagnostics.filter((d) => d.rule === 'title-format').map((d) => d.message), []);
  });

  it('turndown: a table kept as raw HTML on one line is read row by row, entities decoded', () => {
    const text = asHtmlTables((rows) => `<table width="590" cellpadding="4"><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td style="border: 1px solid #000000"><p align="center">${c.replace('“', '&ldquo;') || '&nbsp;'}</p></td>`).join('')}</tr>`).join('')}</tbody></table>`);
    assert.match(text, /^<table width="590"/m);
    assert.deepStrictEqual(tablesOf(text), want);
    assert.deepStrictEqual(findings(text), []);
  });

  it('pandoc: an HTML table whose tags are wrapped over lines is read from the joined lines', () => {
    const text = asHtmlTables((rows) => ['<table width="589" data-cellpadding="4">', '<tbody>', ...rows.flatMap((r) => ['<tr class="odd">', ...r.flatMap((c) => ['<td width="46"', `style="border: 1px solid #000000"><p><span`, `lang="zh-CN">${c}</span></p></td>`]), '</tr>']), '</tbody>', '</table>'].join('\n'));
    assert.deepStrictEqual(tablesOf(text), want);
    assert.deepStrictEqual(findings(text), []);
  });

  it('turndown: pipe rows whose cells hold paragraphs (each cell between blank lines, pipes on lines of their own)', () => {
    const text = rewrite((c) => `| \n${c.join('\n\n | \n\n')}\n\n |`, (l) => l);
    assert.deepStrictEqual(tablesOf(text), want);
    assert.deepStrictEqual(findings(text), []);
  });

  it('Python html2text: the same cells without outer pipes, a row ending in a hard break', () => {
    const text = rewrite((c) => `${c.map((x) => x || ' ').join('\n\n|\n\n')}  \n  `, () => '---|---  ');
    const got = tablesOf(text);
    assert.deepStrictEqual(got, want);
    assert.deepStrictEqual(findings(text), []);
  });
});

describe('converters: table 四 in pandoc\'s grid of merged headers (an empty column added)', () => {
  const row = (fields: string[]) => `| ${fields.join(' | ')} |`;
  const report = (values: string[]) => PIPE.replace(/(四、政府信息公开行政复议、行政诉讼情况[\s\S]*?)(\n\| *\d[^\n]*\|)/, (_, head: string) => `${head}\n${row(values)}`);
  const fifteen = ['1', '0', '0', '0', '1', '2', '0', '0', '0', '2', '0', '0', '0', '0', '0'];

  it('exactly fifteen numbers among sixteen fields: the empty field is a spacer, values in their groups', () => {
    const text = report([...fifteen.slice(0, 5), '', ...fifteen.slice(5)]);
    const t4 = (tablesOf(text) as { table4: Record<string, Record<string, number | null>> }).table4;
    assert.deepStrictEqual([t4.review.total, t4.lit_direct.upheld, t4.lit_direct.total, t4.lit_after_review.total], [1, 2, 2, 0]);
    assert.deepStrictEqual(findings(text).filter((f) => !f.startsWith('narrative')), []);
  });

  it('header rows as wide as the row of values (pandoc\'s grid, a spacer column in every row): each value goes under its column', () => {
    // The sample's table 四 with pandoc's empty column after 总计 of 行政复议 in every row, 复议后起诉 left blank.
    const lines = PIPE.split('\n');
    const at = lines.findIndex((l) => l.startsWith('| 行政复议'));
    const spaced = (l: string) => { const c = cellsOf(l); c.splice(5, 0, ''); return `| ${c.join(' | ')} |`; };
    const t4 = [spaced(lines[at]), `|${'---|'.repeat(16)}`, spaced(lines[at + 2]), spaced(lines[at + 3]), spaced('| 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 |  |  |  |  |  |')];
    const text = [...lines.slice(0, at), ...t4, ...lines.slice(at + 5)].join('\n');
    const t = (tablesOf(text) as { table4: Record<string, Record<string, number | null>> }).table4;
    assert.deepStrictEqual([t.review, t.lit_direct.total, t.lit_after_review.total], [{ upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 }, 0, null]);
    assert.deepStrictEqual(findings(text).map((f) => f.split(':')[0]), ['cell-missing']);
  });

  it('sixteen fields with fewer than fifteen numbers: where each goes is unsure, so no error is made of it', () => {
    const text = report([...fifteen.slice(0, 5), '', ...fifteen.slice(5, 14), '']);
    assert.deepStrictEqual(findings(text).filter((f) => /^(row-total|cell-invalid)/.test(f)), []);
  });
});
