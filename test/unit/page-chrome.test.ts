/**
 * A report copied off its web page with everything around it (select all, copy): a toolbar, a breadcrumb, the
 * page's field table (索引号, 发布日期 of the next year), a font-size bar; after it, attachments, related
 * links naming other years' reports, the site's footer with phone, ICP and 公网安备 numbers, a visitor count.
 * None of it is the report: every corpus rendering must keep its title, year and findings when wrapped so.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, ReportDocument } from '../../server/src/engine';
import { CORPUS, readTruths } from '../helpers/corpusEval';

/** Composite page furniture of the kinds government sites put around an article ({T}: the title, {Y}: the report's year). */
const HEADERS = [
  ['无障碍 | 长者模式 | 繁體 | 登录 注册', '首页 > 政务公开 > 政府信息公开年报 > 部门年报', '索 引 号：\t000014349/{Y+1}-00012\t主题分类：\t其他',
    '发布机构：\t办公室\t成文日期：\t{Y+1}年01月20日', '标　　题：\t{T}', '发文字号：\t\t发布日期：\t{Y+1}年01月28日', '【字体：大 中 小】 【打印】 【关闭】  浏览次数：1258', ''],
  ['当前位置：首页 >> 信息公开 >> 政府信息公开年度报告', '{T}', '发布时间：{Y+1}-01-31 10:12   来源：本网   作者：办公室', '分享到：', ''],
  ['您当前的位置：首页 > 政府信息公开 > 年报 > {Y}年', '来源：县政府办　发布时间：{Y+1}-01-20　【字号：大 中 小】', ''],
];
const FOOTERS = [
  ['', '附件下载：{Y}年政府信息公开工作年度报告.pdf', '扫一扫在手机打开当前页', '【打印本页】【关闭窗口】', '相关链接', '国务院办公厅关于印发{Y+1}年政务公开工作要点的通知',
    '{Y-1}年政府信息公开工作年度报告', '主办单位：人民政府办公室   承办单位：信息中心', '地址：人民路1号   邮编：350400   电话：0591-24310000',
    '网站标识码：3501280001   闽ICP备05018366号   闽公网安备 35012802000112号', '版权所有 © {Y+1}  技术支持：数字福建', '您是本站第 12345678 位访问者'],
  ['', '上一篇：{Y-1}年政府信息公开工作年度报告', '下一篇：关于开展{Y+1}年度政务公开工作考核的通知', '【打印】【关闭】', '网站地图 | 联系我们 | 隐私声明', '政府网站标识码：1300000043  冀ICP备12345678号-1'],
  ['', '责任编辑：张三', '附件：', '1. 表格.xls'],
];
// Text of the page itself or of the Word file behind it (PDF text comes without a web page around it).
const LAYOUTS = ['web', 'web-plain', 'markdown', 'word'];

function check(text: string) {
  const a = analyze(new ReportDocument(text), { locale: 'zh-cn', incremental: false, fixes: false });
  return { title: a.model.title?.text.replace(/^#+\s*/, ''), titleLine: a.model.title?.span.line ?? -1, year: a.model.year, diagnostics: a.diagnostics };
}

describe('a report copied with its web page around it', function () {
  this.timeout(120000);
  const truths = readTruths();

  it('the corpus is there', () => assert.ok(truths.length >= 100));

  it('every rendering keeps its title, year and findings (title-format aside), whatever the page furniture says', () => {
    const failures: string[] = [];
    let checked = 0;
    truths.forEach((t, i) => LAYOUTS.forEach((layout, j) => {
      if (!t.renderings[layout]) return;
      const text = fs.readFileSync(path.join(CORPUS, t.id, t.renderings[layout]), 'utf8').replace(/\n+$/, '');
      const plain = check(text);
      const fill = (l: string) => l.replace('{T}', plain.title ?? '').replace(/\{Y\+1\}/g, String(t.year + 1)).replace(/\{Y-1\}/g, String(t.year - 1)).replace(/\{Y\}/g, String(t.year));
      const head = HEADERS[i % HEADERS.length].map(fill);
      const foot = FOOTERS[(i + j) % FOOTERS.length].map(fill);
      const wrapped = check([...head, text, ...foot].join('\n'));
      checked++;
      // Findings on the title may point at the page's copy of it (the furniture's {T}): compared by line only below the title.
      const key = (d: { rule: string; severity: string; message: string; range: { start: { line: number } } }, shift: number, title: number) =>
        `${d.rule} ${d.severity} ${d.range.start.line - shift > title ? d.range.start.line - shift : 'title'} ${d.message}`;
      const a = plain.diagnostics.filter((d) => d.rule !== 'title-format').map((d) => key(d, 0, plain.titleLine)).sort();
      const b = wrapped.diagnostics.filter((d) => d.rule !== 'title-format').map((d) => key(d, head.length, plain.titleLine)).sort();
      const where = `${t.id}/${layout} (header ${i % HEADERS.length}, footer ${(i + j) % FOOTERS.length})`;
      if (wrapped.title !== plain.title) failures.push(`${where}: title “${wrapped.title}”, not “${plain.title}”`);
      if (wrapped.year !== plain.year) failures.push(`${where}: year ${wrapped.year}, not ${plain.year}`);
      const lost = a.filter((k) => !b.includes(k));
      const added = b.filter((k) => !a.includes(k));
      if (lost.length || added.length) failures.push(`${where}: lost ${JSON.stringify(lost)}, added ${JSON.stringify(added)}`);
    }));
    assert.ok(checked >= 400, `only ${checked} renderings`);
    assert.deepStrictEqual(failures.slice(0, 10), [], `${failures.length} of ${checked} renderings changed`);
  });
});
