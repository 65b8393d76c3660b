/**
 * Issue 12: Markdown whose tables were exported with each merged cell's text repeated in every cell it covers —
 * docling's Markdown export and pandas (`read_html` fills spans, `to_markdown`/`to_csv` write them), the way AI
 * pipelines turn report PDFs and web pages into text. Made here from the committed corpus's mammoth.html renderings
 * (the Word table's real merges): every span filled, the first row as the header, as those tools write it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CORPUS, evaluateText, readTruths } from '../helpers/corpusEval';
import { checkText } from '../../server/src/engine';

/** One HTML table as a full grid, a spanned cell's text in each cell it covers. */
function filledGrid(table: string): string[][] {
  const grid: string[][] = [];
  const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)];
  rows.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of tr[1].matchAll(/<t[hd]([^>]*)>([\s\S]*?)<\/t[hd]>/g)) {
      const span = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(td[1])?.[1] ?? 1);
      const text = td[2].replace(/<\/p>\s*<p>/g, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
      while (grid[r][c] !== undefined) c++;
      for (let i = 0; i < span('rowspan'); i++) for (let j = 0; j < span('colspan'); j++) (grid[r + i] ??= [])[c + j] = text;
      c += span('colspan');
    }
  });
  return grid;
}

function filledMarkdown(html: string, row: (cells: string[]) => string, delimiter: (width: number) => string[]): string {
  return html
    .replace(/<table>[\s\S]*?<\/table>/g, (t) => {
      const grid = filledGrid(t);
      const width = Math.max(...grid.map((r) => r.length));
      const line = (r: string[]) => row(Array.from({ length: width }, (_, i) => r[i] ?? ''));
      return `\n\n${[line(grid[0]), ...delimiter(width), ...grid.slice(1).map(line)].join('\n')}\n\n`;
    })
    .replace(/<p>(?:<strong>)?([一二三四五六]、[^<]*)(?:<\/strong>)?<\/p>/g, '\n\n## $1\n\n')
    .replace(/<\/p>/g, '\n\n')
    .replace(/<[^>]+>/g, '');
}

const docling = (html: string) => filledMarkdown(html, (c) => `| ${c.join(' | ')} |`, (w) => [`|${' --- |'.repeat(w)}`]);
const tabbed = (html: string) => filledMarkdown(html, (c) => c.join('\t'), () => []);
/** pandas `read_html(…)[0].to_markdown()`: the column numbers as header, each row's index first. */
function pandasMarkdown(html: string): string {
  let index = 0;
  return docling(html).split('\n').flatMap((l) => {
    if (/^\|( --- \|)+$/.test(l)) return [];
    if (!l.startsWith('| ')) { index = -1; return [l]; }
    const cells = l.slice(2, -2).split(' | ');
    const head = index < 0 ? [`|    | ${cells.map((_, k) => k).join(' | ')} |`, `|---:|${cells.map(() => ':---').join('|')}|`] : [];
    if (index < 0) index = 0;
    return [...head, `| ${String(index++).padStart(2)} | ${cells.join(' | ')} |`];
  }).join('\n');
}
/** Long cells broken by <br>, as PDF-to-Markdown tools keep a cell's wrapped lines. */
const withBreaks = (html: string) => docling(html).replace(/\| ([^|]{14,}?) (?=\|)/g, (_, c: string) => `| ${c.slice(0, 10)}<br>${c.slice(10)} `);

describe('tables with merged cells repeated (docling, pandas), <br> in cells, DataFrame indexes (issue 12)', () => {
  // Both formats, clean and with defects, table 二 of 2019 with its 本年增/减 merged over two columns.
  const truths = readTruths().filter((t) => fs.existsSync(path.join(CORPUS, t.id, 'mammoth.html'))).slice(0, 24);

  for (const [name, make] of [['Markdown (docling)', docling], ['tab-separated (pandas to_csv)', tabbed], ['Markdown with <br> in long cells', withBreaks],
    ['pandas to_markdown (column numbers, row index)', pandasMarkdown]] as const) {
    it(`${name}: every cell read exactly, every expected finding, no false one`, () => {
      assert.ok(truths.some((t) => t.format === '2019') && truths.some((t) => t.format === '2021'));
      for (const t of truths) {
        const text = make(fs.readFileSync(path.join(CORPUS, t.id, 'mammoth.html'), 'utf8'));
        assert.match(text, /(一、本年新收政府信息)[^\n]*\1/, `${t.id}: spans are filled`);
        const r = evaluateText(t, name, text);
        assert.deepStrictEqual(r.cellMisses.slice(0, 3), [], `${t.id}: cells`);
        assert.deepStrictEqual([...r.falseErrors, ...r.falseWarnings].map((d) => `${d.rule}: ${d.message}`), [], `${t.id}: false findings`);
        assert.deepStrictEqual(r.missed, [], `${t.id}: missed`);
      }
    });
  }

  it('a DataFrame header of column numbers is no row, and the index no cell', () => {
    const head = '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |';
    const row = '| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
    const errors = (table: string[]) => checkText(['## 三、收到和处理政府信息公开申请情况', '', ...table].join('\n')).diagnostics
      .filter((d) => d.severity === 'error' && d.rule.startsWith('cell')).map((d) => d.message);
    assert.deepStrictEqual(errors(['|    | 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 |', '|---:|:---|:---|:---|:---|:---|:---|:---|:---|', `|  0 ${head}`, `|  1 ${row}`]), []);
  });

  it('a label repeated beside itself is one merged label; numbers repeated only under a merged value cell of table 二', () => {
    const table2 = (row: string) => [
      '## 二、主动公开政府信息情况', '',
      '| 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 |', '| --- | --- | --- | --- |',
      '| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |', row,
    ].join('\n');
    const invalid = (text: string) => checkText(text).diagnostics.filter((d) => d.rule === 'cell-invalid').map((d) => d.message);
    const licensing = (text: string) => {
      const v = [...(checkText(text).model.table2?.subs.values() ?? [])].flatMap((s) => [...s.rows.values()]).find((r) => r.key === 'licensing')?.cells[0]?.value;
      return v?.kind === 'number' ? v.value : v?.kind;
    };
    assert.deepStrictEqual(invalid(table2('| 行政许可 | 197 | 197 | 197 |')), []);
    assert.strictEqual(licensing(table2('| 行政许可 | 197 | 197 | 197 |')), 197);
    assert.deepStrictEqual(invalid(table2('| 行政许可 | 197 | 6 | 197 |')).length, 1, 'numbers that differ are extra values');
    // A table 三 row of equal numbers keeps every one: seven zeros are seven cells, and an eighth is extra.
    const t3 = [
      '## 三、收到和处理政府信息公开申请情况', '',
      '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |', '|---|---|---|---|---|---|---|---|',
      '| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    ].join('\n');
    assert.strictEqual(invalid(t3).length, 1, 'an eighth zero in table 三 is still an extra value');
  });
});
