/**
 * Reports as government websites publish them (issue 12): corpus reports inside content-system pages
 * (test/corpus/webpages.mjs → test/fixtures/webpages: breadcrumb, metadata table, font-size/print/share
 * links, visit counts, a sidebar or related links naming other years' and agencies' reports, footers full of
 * numbers; GB2312, GBK and UTF-8), as served (page.html, through the HTML reader) and as a browser's
 * select-all copy (copy.txt), and pages whose standard tables are pictures. The page around a report
 * changes nothing of what is found in it.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, ReportDocument } from '../../server/src/engine';
import { decodeHtml } from '../../server/src/readers/charset';
import { CORPUS, evaluateText, renderingText, Truth } from '../helpers/corpusEval';
import { FIXTURES, ROOT } from '../helpers/fixtures';

const PAGES = path.join(FIXTURES, 'webpages');
interface PageTruth extends Truth { title: string; report: string; page: { style: string; charset: string; declared?: string; pictures: string[] } }
const truths: PageTruth[] = fs.readdirSync(PAGES).sort().map((d) => JSON.parse(fs.readFileSync(path.join(PAGES, d, 'truth.json'), 'utf8')));

function analysis(text: string) {
  return analyze(new ReportDocument(text), { locale: 'zh-cn', incremental: false, fixes: false });
}
const findings = (text: string) => analysis(text).diagnostics.map((d) => `${d.severity} ${d.rule} ${d.message}`).sort();

describe('reports as government websites publish them', function () {
  this.timeout(60000);

  it('the fixtures: four page styles, three charsets, copies, and pages with tables as pictures', () => {
    assert.ok(truths.length >= 12);
    assert.deepStrictEqual([...new Set(truths.map((t) => t.page.style))].sort(), ['frame', 'gbk-list', 'html5', 'trs']);
    assert.deepStrictEqual([...new Set(truths.map((t) => t.page.charset))].sort(), ['gb2312', 'gbk', 'utf-8']);
    assert.ok(truths.filter((t) => t.renderings['page-copy']).length >= 8);
    assert.ok(truths.filter((t) => t.page.pictures.length).length >= 3);
    assert.ok(truths.some((t) => t.format === '2019') && truths.some((t) => t.format === '2021'));
    assert.ok(truths.filter((t) => t.expected.some((e) => e.severity === 'error')).length >= 3, 'reports with defects too');
  });

  for (const t of truths) {
    for (const [layout, file] of Object.entries(t.renderings)) {
      it(`${t.id}/${layout}: every cell, title, year, sections and exactly the expected errors and warnings`, () => {
        const text = renderingText(path.join(PAGES, t.id, file));
        const r = evaluateText(t, layout, text);
        assert.deepStrictEqual(r.cellMisses, []);
        assert.deepStrictEqual([...r.falseErrors, ...r.falseWarnings], []);
        assert.deepStrictEqual(r.missed, []);
        assert.strictEqual(r.year.got, t.year);
        assert.strictEqual(r.format.got, t.format);
        assert.strictEqual(r.sections.got, r.sections.want);
        assert.strictEqual(analysis(text).model.title?.text.replace(/^#+\s*/, ''), t.title);
      });
    }
  }

  for (const t of truths.filter((x) => !x.page.pictures.length)) {
    it(`${t.id}: the page and its copy give the same findings, of every severity, as the report's own web text`, () => {
      const own = findings(fs.readFileSync(path.join(CORPUS, t.report, 'web-plain.txt'), 'utf8'));
      for (const file of Object.values(t.renderings)) assert.deepStrictEqual(findings(renderingText(path.join(PAGES, t.id, file))), own, file);
    });
  }

  for (const t of truths.filter((x) => x.page.pictures.length)) {
    it(`${t.id}: each table published as a picture gives one information at the picture, no table-missing error`, () => {
      const text = renderingText(path.join(PAGES, t.id, 'page.html'));
      const lines = text.split('\n');
      const found = analysis(text).diagnostics;
      const missing = found.filter((d) => d.rule === 'table-missing');
      assert.strictEqual(missing.length, t.page.pictures.length);
      for (const d of missing) {
        assert.strictEqual(d.severity, 'information');
        assert.match(d.message, /图片/);
        assert.match(lines[d.range.start.line], /^!\[/, 'points at the picture');
      }
      assert.deepStrictEqual(found.filter((d) => d.severity === 'error' || d.severity === 'warning'), []);
      // The rest is the report's own: its findings without the pictured tables are a subset of the plain text's.
      const own = findings(fs.readFileSync(path.join(CORPUS, t.report, 'web-plain.txt'), 'utf8'));
      const rest = found.filter((d) => d.rule !== 'table-missing').map((d) => `${d.severity} ${d.rule} ${d.message}`);
      for (const f of rest) assert.ok(own.includes(f), f);
    });
  }

  it('GB2312 and GBK pages are served as such (not UTF-8) and read in their charset', () => {
    const gb = truths.filter((t) => t.page.charset !== 'utf-8');
    assert.ok(gb.length >= 4);
    for (const t of gb) {
      const bytes = fs.readFileSync(path.join(PAGES, t.id, 'page.html'));
      assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      const { text, charset } = decodeHtml(bytes);
      assert.strictEqual(charset, 'gb18030');
      assert.ok(text.includes(t.title));
    }
  });

  it('a page saved again as UTF-8 with its old <meta charset=gb2312> (a scraper\'s copy) is read as UTF-8, not garbled', () => {
    const resaved = truths.filter((t) => t.page.declared);
    assert.ok(resaved.length >= 1);
    for (const t of resaved) {
      const bytes = fs.readFileSync(path.join(PAGES, t.id, 'page.html'));
      assert.match(bytes.toString('utf8'), new RegExp(`charset=${t.page.declared}`));
      const { text, charset } = decodeHtml(bytes);
      assert.strictEqual(charset, 'utf-8');
      assert.ok(text.includes(t.title));
    }
    // A real GB2312 page with the same meta is still read as GB2312 (its bytes are no valid UTF-8).
    const gb = truths.find((t) => t.page.charset === 'gb2312')!;
    assert.strictEqual(decodeHtml(fs.readFileSync(path.join(PAGES, gb.id, 'page.html'))).charset, 'gb18030');
  });

  it('the CLI reads the cells of a GB2312 page with its furniture exactly (gknb extract) and finds no error in it (gknb check)', () => {
    const t = truths.find((x) => x.page.style === 'trs' && !x.page.pictures.length && !x.expected.length)!;
    const page = path.join(PAGES, t.id, 'page.html');
    const run = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'gknb.js'), ...args], { encoding: 'utf8', env: { ...process.env, GKNB_LANG: 'zh-cn' } });
    const extracted = run(['extract', '--format', 'json', '--no-config', page]);
    assert.strictEqual(extracted.status, 0, extracted.stderr);
    const [report] = JSON.parse(extracted.stdout);
    assert.strictEqual(report.title, t.title);
    assert.strictEqual(report.year, t.year);
    assert.deepStrictEqual(report.tables, t.tables);
    const checked = run(['check', '--format', 'json', '--no-config', page]);
    assert.strictEqual(checked.status, 0, checked.stdout);
    assert.deepStrictEqual(JSON.parse(checked.stdout)[0].diagnostics.filter((d: { severity: string }) => d.severity === 'error' || d.severity === 'warning'), []);
  });
});

describe('page furniture the engine sets aside (minimal examples)', () => {
  const body = ['一、总体情况', '', '2022年，本局认真贯彻落实《条例》。', '', '二、主动公开政府信息情况', '', '详见下表。'];
  const title = (lines: string[]) => analysis(lines.join('\n')).model.title?.text.replace(/^#+\s*/, '');

  it('a sidebar listing other years\' and other agencies\' reports before the article: the title is the one nearest the body', () => {
    const sidebar = ['县教育局2022年政府信息公开工作年度报告', '', '桐柏县自然资源局2021年政府信息公开工作年度报告', '', '桐柏县自然资源局2020年政府信息公开工作年度报告'];
    const page = [...sidebar, '', '| 索引号： | 11/2023-00012 |', '|---|---|', '', '# 桐柏县自然资源局2022年政府信息公开工作年度报告', '', '发布时间：2023-01-20', '', ...body];
    assert.strictEqual(title(page), '桐柏县自然资源局2022年政府信息公开工作年度报告');
    // Alone, the first title stays the title (a report without page furniture is read as before).
    assert.strictEqual(title(['桐柏县自然资源局2022年政府信息公开工作年度报告', '', ...body]), '桐柏县自然资源局2022年政府信息公开工作年度报告');
    // Only a list: no title stands alone, and the first is kept.
    assert.strictEqual(title([...sidebar, '', ...body]), '县教育局2022年政府信息公开工作年度报告');
  });

  it('a title broken after the agency\'s name is read whole; a menu item above a year-first title is not taken into it', () => {
    assert.strictEqual(title(['桐柏县自然资源局', '2022年政府信息公开工作年度报告', '', ...body]), '桐柏县自然资源局2022年政府信息公开工作年度报告');
    assert.strictEqual(title(['政府信息公开年报', '2022年政府信息公开工作年度报告', '', ...body]), '2022年政府信息公开工作年度报告');
    assert.strictEqual(title(['发布机构：桐柏县自然资源局', '2022年政府信息公开工作年度报告', '', ...body]), '2022年政府信息公开工作年度报告');
  });

  it('a caption repeating the section\'s title over its table (or picture) is no second section', () => {
    const text = ['桐柏县自然资源局2022年政府信息公开工作年度报告', '', ...body, '', '主动公开政府信息情况', '', '![](/u/t2.png)', ''].join('\n');
    const a = analysis(text);
    assert.deepStrictEqual(a.model.sections.map((s) => s.ordinal), ['一', '二']);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'section-duplicate'), []);
    const t2 = a.diagnostics.filter((d) => d.rule === 'table-missing' && /主动公开/.test(d.message));
    assert.deepStrictEqual(t2.map((d) => d.severity), ['information']);
    // Written with its number it is the part again: a duplicate, as before.
    const again = analysis(text.replace('\n主动公开政府信息情况\n', '\n二、主动公开政府信息情况\n'));
    assert.strictEqual(again.diagnostics.filter((d) => d.rule === 'section-duplicate').length, 1);
  });
});

describe('a web copy\'s table followed by text (a note, or the page after the article)', () => {
  /** Table 四 as a browser copies a table whose cells hold paragraphs: a tab line between cells, blank lines between rows. */
  const cells = (values: string[]) => values.flatMap((v, k) => (k ? ['\t', '', v, ''] : [v, ''])).concat(['', '']);
  const table4 = [
    ...cells(['行政复议', '行政诉讼']),
    ...cells(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉']),
    ...cells(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']),
    // The data row, ending with its last number and one blank line.
    ...cells(['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '2', '0', '0', '0', '2']).slice(0, -2),
  ];
  const report = (after: string[]) => ['桐柏县自然资源局2022年政府信息公开工作年度报告', '', '四、政府信息公开行政复议、行政诉讼情况', '', ...table4, ...after].join('\n');
  const table4Of = (text: string) => {
    const a = analysis(text);
    const g = a.model.table4?.groups;
    return { review: g?.get('review')?.cells.map((c) => (c.value.kind === 'number' ? c.value.value : c.value.kind)), errors: a.diagnostics.filter((d) => d.severity === 'error' && /表格四/.test(d.message)).map((d) => d.message) };
  };

  it('the last number is the row\'s last cell, not the first paragraph of a cell the text continues', () => {
    const plain = table4Of(report(['', '', '五、存在的主要问题及改进情况']));
    assert.deepStrictEqual(plain.review, [1, 0, 0, 0, 1]);
    assert.deepStrictEqual(plain.errors, []);
    for (const after of [['注：表中数据统计截至2022年12月31日。'], ['分享到：微信微博QQ空间　【打印】【关闭】', '相关阅读']]) {
      assert.deepStrictEqual(table4Of(report(after)), plain, after[0]);
    }
  });
});

describe('a page through html2text when its cells hold <span>s', () => {
  it('rows written `a| b| c` (a space after each pipe only) are table rows: every cell read, no false error', () => {
    for (const id of ['r001-2022-clean', 'r009-2019-clean', 'r010-2022-blank-cell']) {
      const truth = JSON.parse(fs.readFileSync(path.join(CORPUS, id, 'truth.json'), 'utf8')) as Truth;
      const written = fs.readFileSync(path.join(CORPUS, id, 'html2text-plain.md'), 'utf8');
      const spanned = written.replace(/ \| /g, '| ');
      assert.notStrictEqual(spanned, written);
      const r = evaluateText(truth, 'html2text-spans', spanned);
      assert.deepStrictEqual(r.cellMisses, [], id);
      assert.deepStrictEqual([...r.falseErrors, ...r.falseWarnings], [], id);
      assert.deepStrictEqual(r.missed, [], id);
    }
  });

  it('a sentence with a pipe in it stays prose', () => {
    const lines = analysis('桐柏县自然资源局2022年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度共办理申请5件| 均按时答复。\n').model.sections[0];
    assert.ok(lines.prose.contentLines > 0);
  });
});

describe('a table published as a picture, as converters write the page', () => {
  const SEED = fs.readFileSync(path.join(FIXTURES, 'seeds', '004_6d0a1a9addcd5e29.txt'), 'utf8').split('\n');
  /** Seed 004 with its table 三 replaced by `lines`. */
  const withoutTable3 = (lines: string[]) => {
    const start = SEED.findIndex((l) => l.startsWith('## 三、'));
    const end = SEED.findIndex((l) => l.startsWith('## 四、'));
    return [...SEED.slice(0, start + 1), '', ...lines, '', ...SEED.slice(end)].join('\n');
  };
  const missing = (lines: string[]) => analysis(withoutTable3(lines)).diagnostics.filter((d) => d.rule === 'table-missing').map((d) => d.severity);

  const forms: [string, string[]][] = [
    ['pandoc: a one-cell table round an <img> wrapped over two lines', ['|      |', '|:----:|', '| <img src="/u/t3.png" data-border="0" width="600" ', '      alt="image" />      |']],
    ['pandoc: an <img> wrapped over two lines', ['<img src="/u/t3.png" data-border="0" width="600"', 'alt="image" />']],
    ['turndown: the one-cell table kept as HTML', ['<table width="100%"><tbody><tr><td align="center"><img src="/u/t3.png" alt="" width="600"></td></tr></tbody></table>']],
    ['lynx: the alt text alone', ['image']],
  ];
  for (const [name, lines] of forms) {
    it(`${name}: an information, no error`, () => assert.deepStrictEqual(missing(lines), ['information']));
  }

  it('text that only looks so is no picture: the table is missing', () => {
    assert.deepStrictEqual(missing(['图']), ['error']);
    assert.deepStrictEqual(missing(['| 说明 |', '|---|', '| 见附件 |']), ['error']);
    assert.deepStrictEqual(missing(['<table><tr><td>见附件</td></tr></table>']), ['error']);
  });
});
