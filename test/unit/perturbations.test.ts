/**
 * What copying and converting does to a report's text without changing the report: paragraphs indented
 * with ideographic spaces, zero-width spaces from web pages, full-width digits, no-break spaces, Windows line
 * ends, trailing spaces, bold cells and headings written by converters. Each is applied to every Markdown,
 * web and Word rendering of the corpus; the findings (rule, severity, line) must stay as they are.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, ReportDocument } from '../../server/src/engine';
import { CORPUS, readTruths } from '../helpers/corpusEval';

const isTableLine = (l: string) => l.startsWith('|') || l.includes('\t');
const lines = (f: (l: string) => string) => (t: string) => t.split('\n').map(f).join('\n');

/** A change, the layouts it applies to (all when absent), and rules whose findings it may add (a label worded otherwise is nonstandard). */
const PERTURBATIONS: [string, (t: string) => string, string[]?, string[]?][] = [
  ['paragraphs indented with two ideographic spaces', lines((l) => (l.trim() && !isTableLine(l) ? `　　${l}` : l))],
  ['a zero-width space inside every line of text', lines((l) => (l.length > 3 && !isTableLine(l) ? `${l.slice(0, 2)}\u200b${l.slice(2)}` : l))],
  ['full-width digits everywhere', (t) => t.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))],
  ['no-break spaces for spaces', (t) => t.replace(/ /g, '\u00a0')],
  ['Windows line ends', (t) => t.replace(/\n/g, '\r\n')],
  ['trailing spaces', lines((l) => (l ? `${l}  ` : l))],
  ['part headings in bold', lines((l) => (/^(#+ )?[一二三四五六]、\S*(情况|事项)$/.test(l) ? `**${l.replace(/^#+ /, '')}**` : l))],
  ['sub-rows numbered 1、 instead of 1.', (t) => t.replace(/(^|[\t|]\s*)(\d)\.(?=[\u4e00-\u9fff])/gm, '$1$2、')],
  // (In Word's one-cell-per-line text one blank cell beside such labels is said as information, not warning: less, not false.)
  ['sub-rows without their numbers (属于国家秘密 for 1.属于国家秘密)', (t) => t.replace(/(^|[\t|]\s*)(\d)\.(?=[\u4e00-\u9fff])/gm, '$1'), ['markdown', 'web', 'web-plain'], ['label-nonstandard']],
  ['a unit after the applicant column labels (自然人（件）)', (t) => t.replace(/(自然人|商业企业|科研机构|社会公益组织|法律服务机构)(?=\s*[\t|\n])/g, '$1（件）')],
  ['a colon after a row label, 、 inside one, its quotation marks left out', (t) => t.replace(/（一）予以公开(?=\s*[\t|\n])/g, '（一）予以公开：').replace(/2\.其他法律行政法规禁止公开/g, '2.其他法律、行政法规禁止公开').replace(/3\.危及“三安全一稳定”/g, '3.危及三安全一稳定')],
  ['the long （六） labels cut at their 、 (1.申请人无正当理由逾期不补正)', (t) => t.replace(/、行政机关不再处理其政府信息公开申请/g, ''), undefined, ['label-nonstandard']],
  // Word's one-cell-per-line text is left out: with one of table 四's groups blank as well (r112) its row is left
  // unread there (an information and a column-missing), a known limit.
  ['table 四\'s header words shortened (维持, 纠正 for 结果维持, 结果纠正)', (t) => t.replace(/结果维持/g, '维持').replace(/结果纠正/g, '纠正'), ['markdown', 'web', 'web-plain']],
  // (In Word's one-cell-per-line text such a header is not taken for one, and nothing is said: less, not false.)
  ['an applicant column named otherwise (企业 for 商业企业): its numbers are there, only the header says less', (t) => t.replace(/商业企业(?=\s*[\t|\n])/g, '企业'), ['markdown', 'web', 'web-plain'], ['column-missing']],
  ['（二）部分公开 without its note (区分处理的…)', (t) => t.replace(/（二）部分公开（区分处理的，只计这一情形，不计其他情形）/g, '（二）部分公开'), undefined, ['label-nonstandard']],
  ['其它 for 其他 everywhere (六、其它需要报告的事项, 其它结果, 3.其它)', (t) => t.replace(/其他/g, '其它')],
  ['合计 for every 总计 of tables 三 and 四', (t) => t.replace(/总计(?=\s*[\t|\n])/g, '合计'), undefined, ['label-nonstandard']],
  ['every non-blank pipe-table cell in bold', lines((l) => (l.startsWith('|') && !/^\|[-: |]+\|?$/.test(l) ? l.replace(/\|\s*([^|]*?[^|\s][^|]*?)\s*(?=\|)/g, (m, c) => `| **${c}** `) : l)), ['markdown']],
];

function findings(text: string): string[] {
  const a = analyze(new ReportDocument(text), { locale: 'zh-cn', incremental: false, fixes: false });
  return a.diagnostics.filter((d) => d.rule !== 'section-title' && d.rule !== 'title-format').map((d) => `${d.rule} ${d.severity} ${d.range.start.line}`).sort();
}

describe('text as copies and converters change it, the report unchanged', function () {
  this.timeout(300000);
  const renderings = readTruths().flatMap((t) => ['markdown', 'web', 'web-plain', 'word'].filter((l) => t.renderings[l]).map((layout) => ({
    id: `${t.id}/${layout}`, layout, text: fs.readFileSync(path.join(CORPUS, t.id, t.renderings[layout]), 'utf8'),
  })));
  const before = new Map(renderings.map((r) => [r.id, findings(r.text)]));

  for (const [name, change, layouts, mayAdd = []] of PERTURBATIONS) {
    it(`${name}: the same findings`, () => {
      const failures: string[] = [];
      let checked = 0;
      for (const r of renderings) {
        if (layouts && !layouts.includes(r.layout)) continue;
        const changed = change(r.text);
        if (changed === r.text) continue;
        checked++;
        const all = findings(changed);
        const other = (x: string) => !mayAdd.includes(x.split(' ')[0]);
        const a = before.get(r.id)!.filter(other);
        const b = all.filter(other);
        // What it may add, it must: the other wording is read, and said.
        if (mayAdd.length && all.length - b.length <= before.get(r.id)!.length - a.length) failures.push(`${r.id}: no more ${mayAdd.join('/')}`);
        if (JSON.stringify(a) !== JSON.stringify(b)) failures.push(`${r.id}: lost ${JSON.stringify(a.filter((x) => !b.includes(x)))}, added ${JSON.stringify(b.filter((x) => !a.includes(x)))}`);
      }
      assert.ok(checked >= 100, `only ${checked} renderings changed by it`);
      assert.deepStrictEqual(failures.slice(0, 6), [], `${failures.length} of ${checked} renderings`);
    });
  }

  it('a column named otherwise is said as a warning naming the official label, not as a missing column (error)', () => {
    const r = renderings.find((x) => x.layout === 'markdown')!;
    const a = analyze(new ReportDocument(r.text.replace(/商业企业(?=\s*[\t|\n])/g, '企业')), { locale: 'zh-cn', incremental: false, fixes: false });
    const said = a.diagnostics.filter((d) => d.rule === 'column-missing');
    assert.deepStrictEqual(said.map((d) => `${d.severity} ${d.message}`), ['warning 表格三表头没有“商业企业”列的标准名称，该列的数值按位置读取']);
  });

  it('…also when one of its cells is blank (the blank is cell-missing, the column is there)', () => {
    const r = renderings.find((x) => x.id.startsWith('r044-') && x.layout === 'markdown')!;
    const blank = (d: { rule: string }) => d.rule === 'cell-missing';
    const plain = analyze(new ReportDocument(r.text), { locale: 'zh-cn', incremental: false, fixes: false }).diagnostics;
    assert.ok(plain.some(blank) && !plain.some((d) => d.rule === 'column-missing'), 'a blank cell and nothing else');
    const a = analyze(new ReportDocument(r.text.replace(/法律服务机构(?=\s*[\t|\n])/g, '律师事务所')), { locale: 'zh-cn', incremental: false, fixes: false }).diagnostics;
    assert.deepStrictEqual(a.filter((d) => d.rule === 'column-missing').map((d) => `${d.severity} ${d.message}`), ['warning 表格三表头没有“法律服务机构”列的标准名称，该列的数值按位置读取']);
    assert.deepStrictEqual(a.filter(blank).map((d) => d.message), plain.filter(blank).map((d) => d.message));
  });
});
