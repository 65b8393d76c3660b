/**
 * What real reports carry around the six parts and the tables, written here in the styles agencies use (none
 * copied from a report): a preamble naming the regulation, the parts and the statistics period; a table of
 * contents with or without page numbers; part titles with a space or a full stop after the numeral or worded
 * a little differently; a year in Chinese numerals; a title over two lines; 单位：件 and a 注： under a
 * table; the agency's name and the date at the end; contact lines. Applied to every Markdown, web and Word
 * rendering of the corpus: the findings (rule, severity, message) must stay as they are.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, ReportDocument } from '../../server/src/engine';
import { CORPUS, readTruths } from '../helpers/corpusEval';

const TITLES = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const FIRST = /^(#+ )?一、总体情况/m;
const yearOf = (t: string) => Number((/(20\d\d)年/.exec(t) ?? [0, 2023])[1]);
const cn = (y: number) => [...String(y)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
const before = (re: RegExp, add: (t: string) => string) => (t: string) => t.replace(re, (m) => `${add(t)}\n\n${m}`);

const CHANGES: [string, (t: string) => string][] = [
  ['a preamble naming the regulation, the six parts, the period and a contact', before(FIRST, (t) => `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自${yearOf(t)}年1月1日起至${yearOf(t)}年12月31日止。如对本报告有任何疑问，请与本机关办公室联系（地址：人民路1号；邮编：350400；电话：0591-24311234）。`)],
  ['a table of contents with dot leaders and page numbers', before(FIRST, () => `目录\n\n${TITLES.map((x, i) => `${x}${'…'.repeat(8 + (i % 3) * 6)}${i + 1}`).join('\n')}`)],
  ['a table of contents without page numbers', before(FIRST, () => `目  录\n\n${TITLES.join('\n')}`)],
  ['part titles with a space after 、', (t) => t.replace(/^(#+ )?([一二三四五六])、(?=总体|主动|收到|政府|存在|其他)/gm, (m, h, n) => `${h ?? ''}${n}、 `)],
  ['part titles numbered 一．', (t) => t.replace(/^(#+ )?([一二三四五六])、(?=总体|主动|收到|政府|存在|其他)/gm, (m, h, n) => `${h ?? ''}${n}．`)],
  ['part titles worded a little differently', (t) => t.replace(/存在的主要问题及改进情况/g, '存在的主要问题和改进情况').replace(/^(#+ )?四、政府信息公开行政复议、行政诉讼情况/m, (m, h) => `${h ?? ''}四、政府信息公开行政复议、诉讼情况`)],
  ['part 一 titled 概述 or 基本情况 (older and local wordings)', (t) => t.replace(/^(#+ )?一、总体情况/m, (m, h) => `${h ?? ''}一、${t.length % 2 ? '概述' : '基本情况'}`)],
  ['the year in the title in Chinese numerals', (t) => t.replace(/^(.*?)(20\d\d)(年度?政府信息公开)/m, (m, a, y, b) => a + cn(Number(y)) + b)],
  ['the title over two lines (agency, then year and report)', (t) => t.replace(/^(#+ )?(\S+?)((20\d\d)年度?政府信息公开工作年度报告)\s*$/m, (m, h, a, b) => `${h ?? ''}${a}\n${h ?? ''}${b}`)],
  ['单位：件 under part 三\'s title', (t) => t.replace(/^(#+ )?三、收到和处理政府信息公开申请情况\s*$/m, (m) => `${m}\n\n单位：件\n`)],
  ['a note under table 三', before(/^(#+ )?四、政府信息公开行政复议/m, () => '注：本表中“三、本年度办理结果”各项之和等于“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”之和减去“四、结转下年度继续办理”。')],
  ['the agency and the date at the end, and a contact line', (t) => `${t.replace(/\s*$/, '')}\n\n（联系电话：0591-24311234）\n\n示范县人民政府办公室\n${yearOf(t) + 1}年1月20日\n`],
];

const LAYOUTS = ['markdown', 'web', 'web-plain', 'word'];
const findings = (text: string) => analyze(new ReportDocument(text), { locale: 'zh-cn', incremental: false, fixes: false }).diagnostics
  .filter((d) => d.rule !== 'title-format' && d.rule !== 'section-title').map((d) => `${d.rule} ${d.severity} ${d.message}`).sort();

describe('what real reports carry around the parts and tables', function () {
  this.timeout(300000);
  const renderings = readTruths().flatMap((t) => LAYOUTS.filter((l) => t.renderings[l]).map((layout) => ({
    id: `${t.id}/${layout}`, text: fs.readFileSync(path.join(CORPUS, t.id, t.renderings[layout]), 'utf8'),
  })));
  const plain = new Map(renderings.map((r) => [r.id, findings(r.text)]));

  for (const [name, change] of CHANGES) {
    it(`${name}: the same findings`, () => {
      const failures: string[] = [];
      let checked = 0;
      for (const r of renderings) {
        const changed = change(r.text);
        if (changed === r.text) continue;
        checked++;
        const a = plain.get(r.id)!;
        const b = findings(changed);
        const lost = a.filter((k) => !b.includes(k));
        const added = b.filter((k) => !a.includes(k));
        if (lost.length || added.length) failures.push(`${r.id}: lost ${JSON.stringify(lost)}, added ${JSON.stringify(added)}`);
      }
      assert.ok(checked >= 300, `only ${checked} renderings changed`);
      assert.deepStrictEqual(failures.slice(0, 5), [], `${failures.length} of ${checked} renderings changed`);
    });
  }
});

describe('a space after a row label\'s number in space-aligned text (一、 本年新收…)', function () {
  this.timeout(120000);
  // PDF layout text and w3m's dumps: the number and the label one space apart are one word when together they start a
  // row label; a vertical parent's piece before another label's text (（五） 供公开出, 三、 （一）予以公开) stays apart.
  it('PDF layout text and w3m dumps: the same findings', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const t of readTruths()) {
      for (const layout of ['pdf-layout', 'w3m']) {
        const file = path.join(CORPUS, t.id, layout === 'w3m' ? 'w3m.txt' : t.renderings[layout]);
        const text = fs.readFileSync(file, 'utf8');
        const changed = text.replace(/^(\s*)([一二三四])、(?=本年|上年|结转)/gm, '$1$2、 ');
        if (changed === text) continue;
        checked++;
        const a = findings(text);
        // Messages quote the label as written (一、 本年新收…).
        const b = findings(changed).map((k) => k.replace(/([一二三四])、 /g, '$1、'));
        if (JSON.stringify(a) !== JSON.stringify(b)) failures.push(`${t.id}/${layout}: lost ${JSON.stringify(a.filter((k) => !b.includes(k)))}, added ${JSON.stringify(b.filter((k) => !a.includes(k)))}`);
      }
    }
    assert.ok(checked >= 200, `only ${checked} renderings changed`);
    assert.deepStrictEqual(failures.slice(0, 5), [], `${failures.length} of ${checked}`);
  });
});
