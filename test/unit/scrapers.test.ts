/**
 * Web pages as scrapers turn them into text (the corpus has each for every report, test/corpus/lib/converters.json):
 * BeautifulSoup's get_text() — a cell per line between empty lines, or with get_text('\n', strip=True) one text node
 * per line and no empty line at all, so a blank cell leaves nothing — and the dumps of elinks and links. Examples are
 * the committed renderings, cut or changed where a class needs it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, ReportDocument } from '../../server/src/engine';

const corpus = (id: string, file: string) => fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'corpus', 'reports', id, file), 'utf8');
const check = (text: string) => analyze(new ReportDocument(text), { locale: 'zh-cn', incremental: false, fixes: false });
const said = (a: ReturnType<typeof check>, rule: string) => a.diagnostics.filter((d) => d.rule === rule).map((d) => `${d.severity} ${d.message}`);
const values = (cells: { value: { kind: string; value?: number } }[]) => cells.map((c) => (c.value.kind === 'number' ? c.value.value : c.value.kind));

describe('scrapers\' text of web pages (BeautifulSoup, elinks, links)', () => {
  describe('get_text("\\n", strip=True): no empty line anywhere, so a blank cell leaves no trace', () => {
    // r010's table 三 row 3.补正后申请内容仍不明确 has a blank 总计: the text gives its label and six zeros.
    const row = '补正后申请内容仍不明确';
    for (const file of ['bs4-lines.txt', 'bs4-lines-plain.txt']) {
      it(`${file}: a row a number short is said to hold a blank cell, which one unknown — no false column-missing`, () => {
        const a = check(corpus('r010-2022-blank-cell', file));
        assert.deepStrictEqual(said(a, 'column-missing'), []);
        const info = said(a, 'cell-missing');
        assert.strictEqual(info.length, 1, JSON.stringify(info));
        // Information, or a warning for the row where nothing else in the table could explain the short row (rules/cells.ts,
        // cell-missing.somewhere): either way no column is named, for none is known.
        assert.ok(/^(information|warning) /.test(info[0]) && info[0].includes(row) && info[0].includes('只有 6 个数，应有 7 个') && info[0].includes('看不出是哪几格'), info[0]);
        const r = a.model.table3!.rows.get('unable_unclear')!;
        assert.ok(r.uncertain && r.cells.every((c) => c.value.kind === 'blank'));
      });
    }

    it('empty lines elsewhere (a table of contents with its own empty lines, added above) change nothing of the table\'s reading', () => {
      const text = corpus('r010-2022-blank-cell', 'bs4-lines.txt').replace('一、总体情况', '目录\n\n一、总体情况\n二、主动公开政府信息情况\n\n一、总体情况');
      const a = check(text);
      assert.deepStrictEqual(said(a, 'column-missing'), []);
      // (Information, or the row's warning that names no column: every label official once its numbering is put aside.)
      assert.ok(said(a, 'cell-missing').some((m) => /^(information|warning) /.test(m) && m.includes(row) && m.includes('看不出是哪几格')));
    });

    it('years on lines of their own (2022 / 年，…) count as the report\'s: another year\'s sentence added does not outvote them', () => {
      const text = corpus('r001-2022-clean', 'bs4-lines.txt').replace('一、总体情况\n', '一、总体情况\n对照2021年度报告，2021年提出的措施均已落实。\n');
      assert.deepStrictEqual(said(check(text), 'year-mismatch'), []);
    });

    it('the same row with its seventh number is read, and nothing is said', () => {
      const lines = corpus('r010-2022-blank-cell', 'bs4-lines.txt').split('\n');
      const at = lines.findIndex((l) => l.endsWith(row));
      lines.splice(at + 7, 0, '0');
      const a = check(lines.join('\n'));
      assert.deepStrictEqual([...said(a, 'cell-missing'), ...said(a, 'column-missing')], []);
      assert.deepStrictEqual(values(a.model.table3!.rows.get('unable_unclear')!.cells), [0, 0, 0, 0, 0, 0, 0]);
    });

    it('a short row whose blank the table\'s sums put in one column only has that cell blank (cell-missing names it)', () => {
      // r001's （一）予以公开 is 137 23 0 0 0 0 160; without its 23, only a blank under 商业企业 keeps the row's total
      // and every column's sums.
      const lines = corpus('r001-2022-clean', 'bs4-lines.txt').split('\n');
      const at = lines.indexOf('（一）予以公开');
      assert.deepStrictEqual(lines.slice(at + 1, at + 8), ['137', '23', '0', '0', '0', '0', '160']);
      lines.splice(at + 2, 1);
      const a = check(lines.join('\n'));
      assert.deepStrictEqual(values(a.model.table3!.rows.get('granted')!.cells), [137, 'blank', 0, 0, 0, 0, 160]);
      const missing = said(a, 'cell-missing');
      assert.ok(missing.length === 1 && missing[0].startsWith('warning ') && missing[0].includes('商业企业'), JSON.stringify(missing));
      assert.deepStrictEqual(said(a, 'column-missing'), []);
    });

    it('a short row of zeros, whose blank any column could hold, stays unread', () => {
      const lines = corpus('r001-2022-clean', 'bs4-lines.txt').split('\n');
      const at = lines.indexOf('四、结转下年度继续办理');
      assert.deepStrictEqual(lines.slice(at + 1, at + 8), ['0', '0', '0', '0', '0', '0', '0']);
      lines.splice(at + 1, 1);
      const a = check(lines.join('\n'));
      assert.ok(a.model.table3!.rows.get('carry_forward')!.uncertain);
      // Nothing else in the table could explain the short row (every label official, 1. on a line of its own): a blank
      // cell is sure, which one is not — one warning for the row, no column named, no error.
      const serious = a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
      assert.deepStrictEqual(serious.map((d) => d.rule), ['cell-missing']);
      assert.ok(serious[0].message.includes('只有 6 个数，应有 7 个') && !/自然人|商业企业|总计/.test(serious[0].message), serious[0].message);
    });

    it('Word\'s own text keeps empty lines, so a short row there is still a missing column', () => {
      // The blank cell's empty line (and the spanned parent's after it) taken out of text copied out of Word, which
      // keeps its merged cells' empty lines elsewhere: the row lacks a column, which column-missing says.
      const lines = corpus('r010-2022-blank-cell', 'word.txt').split('\n');
      const at = lines.findIndex((l) => l.endsWith(row));
      assert.deepStrictEqual(lines.slice(at + 1, at + 10), ['0', '0', '0', '0', '0', '0', '', '', '（五）不予处理']);
      lines.splice(at + 7, 2);
      const a = check(lines.join('\n'));
      assert.ok(said(a, 'column-missing').some((m) => m.startsWith('error ') && m.includes(row)), JSON.stringify(said(a, 'column-missing')));
    });
  });

  describe('get_text("\\n", strip=True) of prose: a number in another font stands on a line of its own', () => {
    // r001: 年，共新收政府信息公开申请 / 360 / 件，上年度结转 / 15 / 件，… and 不予公开 / 29 / 件（属于国家秘密 / 1 / 件、…
    const lines = () => corpus('r001-2022-clean', 'bs4-lines.txt').split('\n');
    const mismatch = (a: ReturnType<typeof check>) => said(a, 'narrative-mismatch').filter((m) => !m.startsWith('information '));

    it('its sentence is read with the number put back: a count unlike the table\'s is said', () => {
      const l = lines();
      const at = l.indexOf('年，共新收政府信息公开申请');
      assert.deepStrictEqual(l.slice(at, at + 3), ['年，共新收政府信息公开申请', '360', '件，上年度结转']);
      assert.deepStrictEqual(mismatch(check(l.join('\n'))), []);
      l[at + 1] = '361';
      const said361 = mismatch(check(l.join('\n')));
      assert.ok(said361.length === 1 && said361[0].includes('361件') && said361[0].includes('360'), JSON.stringify(said361));
    });

    it('…and a breakdown in brackets is summed whole (1+2+5+2+6+5+8 = 29: nothing said)', () => {
      assert.deepStrictEqual(said(check(lines().join('\n')), 'narrative-sum'), []);
    });

    it('a lone number whose unit does not follow is not put back, and then nothing of its sentence is read', () => {
      // 5 / 、保护… (its 件 gone): the bracket's sum would lack a term, so no sum is said rather than 少 5件.
      const l = lines();
      const at = l.indexOf('件、属于三类内部事务信息');
      assert.strictEqual(l[at - 1], '5');
      l[at] = '、属于三类内部事务信息';
      assert.deepStrictEqual(said(check(l.join('\n')), 'narrative-sum'), []);
    });

    it('in prose with empty lines a lone number between prose lines is a page\'s, never a count', () => {
      const l = lines();
      const at = l.indexOf('年，共新收政府信息公开申请');
      l[at + 1] = '361';
      // An empty line in the same part (a paragraph's end): the part's prose is no get_text('\n', strip=True).
      l.splice(at + 4, 0, '');
      assert.deepStrictEqual(mismatch(check(l.join('\n'))), []);
    });
  });

  describe('get_text() of a content-system page: table 四\'s numbers one per line after empty lines', () => {
    it('fifteen numbers after the header are the row', () => {
      const a = check(corpus('r001-2022-clean', 'bs4-plain.txt'));
      const g = a.model.table4!.groups;
      assert.deepStrictEqual(['review', 'lit_direct', 'lit_after_review'].map((k) => values(g.get(k)!.cells)), [[20, 3, 7, 4, 34], [1, 0, 0, 0, 1], [0, 0, 0, 0, 0]]);
      assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.rule), []);
    });

    it('ten numbers (a blank group whose empty lines run into the table\'s end): blank cells said, the row unread, no row-missing', () => {
      const a = check(corpus('r112-2019-blank-cell', 'bs4-plain.txt'));
      assert.deepStrictEqual(said(a, 'row-missing'), []);
      const info = said(a, 'cell-missing');
      assert.ok(info.length === 1 && /^(information|warning) /.test(info[0]) && info[0].includes('只有 10 个数，应有 15 个') && info[0].includes('看不出是哪几格'), JSON.stringify(info));
      assert.ok([...a.model.table4!.groups.values()].every((g) => g.uncertain));
    });
  });

  describe('get_text() of a page written without line breaks between its tags: the whole report on one line', () => {
    // What get_text() gives of such a page is its text nodes glued: r001/r009 joined line to line, the title (the
    // page's heading, on a line of its own in the page's template) apart.
    const glued = (id: string, drop?: RegExp) => {
      const lines = corpus(id, 'bs4-lines-plain.txt').split('\n').filter((l) => !drop || !drop.test(l));
      const body = lines.indexOf('一、总体情况');
      return `${lines.slice(0, body).join('')}\n${lines.slice(body).join('')}\n`;
    };
    const loud = (a: ReturnType<typeof check>) => a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.rule} ${d.message}`);

    it('nothing is said missing that stands inside the line: the parts and table 三 are said unread, once each', () => {
      const a = check(glued('r001-2022-clean'));
      assert.deepStrictEqual(loud(a), []);
      assert.deepStrictEqual(said(a, 'section-missing'), ['information 第一、二、三、四、五、六部分的标题夹在一长行文字中（网页转出的文字没有换行），未识别，未检查']);
      assert.ok(said(a, 'column-missing').every((m) => m.startsWith('information ') && m.includes('夹在一长行文字中')), JSON.stringify(said(a, 'column-missing')));
    });

    it('a part that is not in the line at all is still missing (an error)', () => {
      // Part 五's heading and its two paragraphs taken out before gluing.
      const a = check(glued('r001-2022-clean', /^五、|^（[一二]）(存在的主要问题|改进情况)$|^一是政策解读|^下一步，将加强/));
      assert.deepStrictEqual(said(a, 'section-missing').filter((m) => m.startsWith('error ')), ['error 缺少第五部分“五、存在的主要问题及改进情况”']);
      assert.ok(said(a, 'section-missing').some((m) => m.startsWith('information 第一、二、三、四、六部分')), JSON.stringify(said(a, 'section-missing')));
    });

    it('a 2019 report with no table row read is not said to use the 2021 tables (nothing shows which)', () => {
      assert.deepStrictEqual(loud(check(glued('r009-2019-clean'))), []);
      // …while one whose rows are read in the 2021 format is (r024: a 2020 report in the 2021 tables).
      assert.ok(said(check(corpus('r024-2020-format-newer', 'web-plain.txt')), 'year-mismatch').some((m) => m.startsWith('warning ')));
    });
  });

  it('get_text() of the LibreOffice page, indented: table 四\'s ten numbers (a blank group) that no group took are its row unread, not row-missing', () => {
    const text = corpus('r112-2019-blank-cell', 'bs4.txt').split('\n').map((l) => `\u3000\u3000${l}`).join('\n');
    const a = check(text);
    assert.deepStrictEqual(said(a, 'row-missing').filter((m) => !m.startsWith('information ')), []);
    assert.ok(said(a, 'row-missing').some((m) => m.includes('表格四的数据行未能读取：表中有 10 个数值')), JSON.stringify(said(a, 'row-missing')));
  });

  describe('a table published as a picture, which get_text() drops without a trace', () => {
    // r001's table 三 taken out of get_text('\n', strip=True)'s text, as an <img> leaves it: the part's heading, maybe a
    // caption repeating its title, then the next part.
    const withoutTable3 = (...between: string[]) => {
      const lines = corpus('r001-2022-clean', 'bs4-lines-plain.txt').split('\n');
      const from = lines.indexOf('三、收到和处理政府信息公开申请情况');
      const to = lines.indexOf('四、政府信息公开行政复议、行政诉讼情况');
      assert.ok(from > 0 && to > from);
      return [...lines.slice(0, from + 1), ...between, ...lines.slice(to)].join('\n');
    };
    const tableMissing = (text: string) => said(check(text), 'table-missing');
    const unread = 'information 第三部分标题下没有表格“收到和处理政府信息公开申请情况”也没有其他内容：表格可能是图片，转成文字时丢失，未按缺表报错';

    it('a part with nothing under its heading (a text without empty lines), or only a caption of its title: the table may have been a picture (information)', () => {
      assert.deepStrictEqual(tableMissing(withoutTable3()), [unread]);
      assert.deepStrictEqual(tableMissing(withoutTable3('收到和处理政府信息公开申请情况')), [unread]);
    });

    it('a heading alone in a report being written (empty lines around it) is still a part without its table (an error)', () => {
      const a = check('示范县审计局2023年政府信息公开工作年度报告\n\n四、政府信息公开行政复议、行政诉讼情况\n\n');
      const said4 = said(a, 'table-missing');
      assert.ok(said4.length === 1 && said4[0].startsWith('error '), JSON.stringify(said4));
    });

    it('a part that says something but has no table still lacks it (an error)', () => {
      const said = tableMissing(withoutTable3('本年度共收到政府信息公开申请12件，均已按时答复。'));
      assert.ok(said.length === 1 && said[0].startsWith('error '), JSON.stringify(said));
    });
  });

  describe('government page templates (test/fixtures/scrapers)', () => {
    const fixture = (f: string) => fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'scrapers', f), 'utf8');
    const loud = (a: ReturnType<typeof check>) => a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.rule} ${d.range.start.line} ${d.message}`);
    const infos = (a: ReturnType<typeof check>) => a.diagnostics.filter((d) => d.severity === 'information').map((d) => `${d.rule} ${d.message.slice(0, 12)}`);

    it('elinks of bordered tables (box characters): each table said unread once, nothing said missing', () => {
      const a = check(fixture('r003-html5.elinks.txt'));
      assert.deepStrictEqual(loud(a), []);
      assert.deepStrictEqual(infos(a), ['table-missing 第二部分的表格“主动公开', 'column-missing 表格三以字符边框画出（文', 'row-missing 表格四以字符边框画出（文']);
    });

    it('…and a table published as a picture, marked [19]1 by elinks: unread, not missing', () => {
      const a = check(fixture('r019-html5-pictures.elinks.txt'));
      assert.deepStrictEqual(loud(a), []);
      assert.ok(said(a, 'table-missing').some((m) => m.startsWith('information 第三部分标题下没有表格')), JSON.stringify(said(a, 'table-missing')));
    });

    it('box lines in a part are a table drawn but not read (information); prose alone there is still a missing table', () => {
      // Box lines alone (a border and one row) are enough to say "drawn, not read"; prose alone is not.
      const text = corpus('r001-2022-clean', 'web-plain.txt');
      const start = text.indexOf('二、主动公开政府信息情况');
      const end = text.indexOf('三、收到和处理政府信息公开申请情况');
      const boxed = `${text.slice(0, start)}二、主动公开政府信息情况\n\n┌──────┬──────┐\n│规章  │0     │\n└──────┴──────┘\n\n${text.slice(end)}`;
      assert.ok(said(check(boxed), 'table-missing').every((m) => m.startsWith('information ') && m.includes('字符边框')));
      const prose = `${text.slice(0, start)}二、主动公开政府信息情况\n\n本年度主动公开政府信息情况详见网站。\n\n${text.slice(end)}`;
      assert.ok(said(check(prose), 'table-missing').some((m) => m.startsWith('error ')));
    });

    it('get_text() of a page without line breaks: the report on one line, nothing said missing', () => {
      const a = check(fixture('r003-html5.bs4.txt'));
      assert.deepStrictEqual(loud(a), []);
      assert.deepStrictEqual(infos(a), ['column-missing 表格三夹在一长行文字中（', 'section-missing 第一、二、三、四、五、六']);
    });
  });

  for (const file of ['elinks.txt', 'elinks-plain.txt', 'links.txt', 'links-plain.txt']) {
    it(`${file}: a text browser's dump is read whole (table 三's wrapped labels, table 四's stacked header)`, () => {
      const a = check(corpus('r001-2022-clean', file));
      assert.deepStrictEqual(values(a.model.table3!.rows.get('granted')!.cells), [137, 23, 0, 0, 0, 0, 160]);
      assert.deepStrictEqual(values(a.model.table4!.groups.get('review')!.cells), [20, 3, 7, 4, 34]);
      assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.rule), []);
    });
  }
});
