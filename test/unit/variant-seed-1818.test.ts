/**
 * Classes found on the fresh structural-variant corpora of seeds 1818 and 3737 (real prose, every tool's renderings:
 * `node test/corpus/generate.mjs --variants --real-prose --seed 1818 --count 30 --documents 30 --out /tmp/v1818`, then
 * `--only pdf-tools`, `word-tools`, `converters` and `print`), each evaluated before any change. One rendering per
 * class is kept in test/fixtures/unseen-seeds/v<seed>-<id>/ with its truth; every test fails before its fix.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText, type Diagnostic } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { FIXTURES, ROOT } from '../helpers/fixtures';
import { firstValueBlanked, type Truth, unseenRendering, wrongCells } from '../helpers/unseen';
import { lexLine } from '../../server/src/engine/text/lines';

const DIR = path.join(FIXTURES, 'unseen-seeds');

const rendering = unseenRendering;

const serious = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error' || d.severity === 'warning');

describe('variant seed 1818: a page’s source indentation kept by a scraper (BeautifulSoup’s get_text())', () => {
  it('table 三 in two label columns: `（三）不予公开` / `⇥⇥⇥1.属于国家秘密` / 0 / 0 … is that row with its seven numbers, not a row of empty cells', () => {
    const { a, got, truth } = rendering('v1818-v002-2022-t3-row-total', 'bs4-plain.txt');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'column-missing'), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3, truth.tables.table3);
  });

  it('…the other side: a tab-separated row with blank leading cells and its values after the label is still a row of cells', () => {
    const text = ['示范县测试局2023年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '',
      '\t\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1', ''].join('\n');
    const got = extract('t', checkText(text).model, text.split('\n')).tables;
    assert.deepStrictEqual(got.table3.deny_secret, { natural_person: 1, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other: 0, total: 1 });
  });
});

describe('variant seed 1818: html2text’s tables without outer pipes (Python html2text, its 78-column wrap)', () => {
  it('a header row wrapped before its last pipe (`… | 其他` / `| 总计`): 总计 is named, no column-missing', () => {
    const { a, got, truth } = rendering('v1818-v002-2022-t3-row-total', 'html2text-plain.md');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'column-missing'), []);
    assert.deepStrictEqual(got.table3, truth.tables.table3);
  });

  it('rows of a blank 序号 (`| 3.要求提供公开出版物 | 0 | … | 0 |  `): the last pipe closes a blank 总计 — cell-missing there, not column-missing', () => {
    const { a, got, truth } = rendering('v1818-v010-2023-blank-cell', 'html2text-plain.md');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'column-missing'), []);
    const blank = serious(a.diagnostics).filter((d) => d.rule === 'cell-missing');
    assert.strictEqual(blank.length, 1);
    assert.ok(blank[0].message.includes('要求提供公开出版物') && blank[0].message.includes('总计'), blank[0].message);
    assert.deepStrictEqual(got.table3, truth.tables.table3);
  });

  it('…the other side: in a table with outer pipes (GFM) a row’s last pipe is its edge, no blank cell after it', () => {
    const text = ['示范县测试局2023年政府信息公开工作年度报告', '四、政府信息公开行政复议、行政诉讼情况', '',
      '| 行政复议结果维持 | 行政复议结果纠正 | 行政复议其他结果 | 行政复议尚未审结 | 行政复议总计 | 未经复议直接起诉结果维持 | 未经复议直接起诉结果纠正 | 未经复议直接起诉其他结果 | 未经复议直接起诉尚未审结 | 未经复议直接起诉总计 | 复议后起诉结果维持 | 复议后起诉结果纠正 | 复议后起诉其他结果 | 复议后起诉尚未审结 | 复议后起诉总计 |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
      '| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |  ', ''].join('\n');
    const a = checkText(text);
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'cell-missing' || d.rule === 'column-missing'), []);
  });
});

describe('variant seed 1818: a browser’s copy of cells holding paragraphs, a blank 序号 opening each row (web)', () => {
  it('a blank 总计 (`⇥`, ten blank lines) then the next row’s blank 序号 (`⇥`, its label): the row ends there — cell-missing, not two rows missing', () => {
    const { a, got, truth } = rendering('v1818-v010-2023-blank-cell', 'web.txt');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'row-missing'), []);
    const blank = serious(a.diagnostics).filter((d) => d.rule === 'cell-missing');
    assert.strictEqual(blank.length, 1);
    assert.ok(blank[0].message.includes('要求提供公开出版物') && blank[0].message.includes('总计'), blank[0].message);
    assert.deepStrictEqual(got.table3, truth.tables.table3);
  });

  it('…the other side: a blank cell inside a row (a tab, four blank lines, a tab) keeps the row going (committed r044, web)', () => {
    const dir = path.join(ROOT, 'test', 'corpus', 'reports', 'r044-2024-blank-cell');
    const text = fs.readFileSync(path.join(dir, 'web.txt'), 'utf8');
    const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as Truth;
    const a = checkText(text);
    assert.deepStrictEqual(extract('r044', a.model, text.split(/\r?\n/)).tables.table3, truth.tables.table3);
    const blank = serious(a.diagnostics).filter((d) => d.rule === 'cell-missing');
    assert.strictEqual(blank.length, 1);
    assert.ok(blank[0].message.includes('属于行政执法案卷') && blank[0].message.includes('法律服务机构'), blank[0].message);
  });
});

describe('variant seed 1818: table 四’s one-row header spelt apart in plain pdftotext of a printed page (print-raw)', () => {
  it('`行政 行政 行政 行政` / `复议 复议 复议 复议` / `结果 结果 其他 尚未` / `维持 纠正 结果 审结` …, its numbers out of order: unread (information), not table-missing', () => {
    const { a, got, truth } = rendering('v1818-v027-2025-clean', 'print-raw.txt');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), []);
    const unread = a.diagnostics.filter((d) => d.rule === 'table-missing');
    assert.strictEqual(unread.length, 1);
    assert.strictEqual(unread[0].severity, 'information');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: part 四 with short lines that spell no column of the table (`复议 诉讼 结果` / `情况 说明`) still lacks its table', () => {
    const text = ['示范县测试局2023年政府信息公开工作年度报告', '四、政府信息公开行政复议、行政诉讼情况', '复议 诉讼 结果', '情况 说明', '', '五、存在的主要问题及改进情况', '存在的问题：栏目更新不及时。'].join('\n');
    const missing = checkText(text).diagnostics.filter((d) => d.rule === 'table-missing' && d.message.includes('行政复议'));
    assert.strictEqual(missing.length, 1);
    assert.strictEqual(missing[0].severity, 'error');
  });
});

describe('variant seed 1818: a 序号 glued to its label in gknb’s own PDF reader of a borderless table (--borderless documents)', () => {
  it('`1规章⇥0⇥0⇥0`, `2行 政 规 范 性 文 件⇥0⇥0⇥0` under `序号⇥信息内容⇥…`: the rows’ own labels, no label-nonstandard', () => {
    const { a, got, truth } = rendering('bv1818-v011-2021-clean', 'pdf.txt');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), []);
    assert.deepStrictEqual(got.table2, truth.tables.table2);
  });

  it('…the other side: a label that is no official one after its serial (`2行政规范文件`) is still label-nonstandard', () => {
    const text = ['示范县测试局2023年政府信息公开工作年度报告', '二、主动公开政府信息情况', '第二十条第（一）项',
      '序号\t信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '1规章\t0\t0\t0', '2行政规范文件\t0\t0\t0', ''].join('\n');
    const found = checkText(text).diagnostics.filter((d) => d.rule === 'label-nonstandard');
    assert.deepStrictEqual(found.map((d) => d.message), ['“2行政规范文件”不是标准名称，应为“行政规范性文件”']);
  });
});

describe('variant seed 1818: a narrow header cell wrapped over three lines in plain pdftotext of a printed page (print-html-raw)', () => {
  it('`社会` / `公益` / … `组织` read as 社会组织: its 公益 stands as a piece of its own among the header’s lines — no label-nonstandard', () => {
    const { a, got, truth } = rendering('v1818-v007-2022-clean', 'print-html-raw.txt');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: without the 公益 piece, `社会` … `组织` is the writer’s short form 社会组织: label-nonstandard', () => {
    const lines = fs.readFileSync(path.join(DIR, 'v1818-v007-2022-clean', 'print-html-raw.txt'), 'utf8').split('\n');
    lines.splice(lines.indexOf('公益'), 1);
    const found = checkText(lines.join('\n')).diagnostics.filter((d) => d.rule === 'label-nonstandard');
    assert.deepStrictEqual(found.map((d) => [d.severity, d.message]), [['warning', '“社会组织”不是标准名称，应为“社会公益组织”']]);
  });
});

describe('variant seed 1818: a count run into a wrapped label in plain pdftotext of a printed page (print-html-raw)', () => {
  it('`四、结转下年度继续办 0` / `理` / 0 … 0 / 25 (the 序号 closing the row, the sum broken): unread, not a row-total error with 总计 25', () => {
    const { a, got, truth } = rendering('v1818-v005-2023-clean', 'print-html-raw.txt');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: the same row whose numbers hold their sum (0 … 0 / 0) is read', () => {
    const lines = fs.readFileSync(path.join(DIR, 'v1818-v005-2023-clean', 'print-html-raw.txt'), 'utf8').split('\n');
    lines[lines.indexOf('25', lines.indexOf('四、结转下年度继续办 0'))] = '0';
    const got = extract('t', checkText(lines.join('\n')).model, lines).tables;
    assert.deepStrictEqual(got.table3.carry_forward, { natural_person: 0, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other: 0, total: 0 });
  });
});

describe('variant seed 1818: a header name stacked a character per line and a blank cell in its column (print-html-layout)', () => {
  it('`总` / … / `计` unassembled, every row but 3.要求提供公开出版物 with a number under it: the column is there — cell-missing only', () => {
    const { a, got, truth } = rendering('v1818-v010-2023-blank-cell', 'print-html-layout.txt');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), ['cell-missing']);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: most rows without a number there (19 totals taken out) — the header’s 总计 is still missing', () => {
    const lines = fs.readFileSync(path.join(DIR, 'v1818-v010-2023-blank-cell', 'print-html-layout.txt'), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) if (/\s0\s+0\s+0\s+0\s+0\s+0\s+0\s*$/.test(lines[i])) lines[i] = lines[i].replace(/0\s*$/, '');
    const missing = checkText(lines.join('\n')).diagnostics.filter((d) => d.rule === 'column-missing' && d.message.includes('总计'));
    assert.deepStrictEqual(missing.map((d) => d.severity), ['error']);
  });
});

describe('variant seed 3737: a 序号 before a label wrapped in its cell, in a text browser’s dump (w3m)', () => {
  it('`2   其他对外管理服   4   0   0` / `务事项`: the row is there with its numbers, not row-missing', () => {
    const { a, got, truth } = rendering('v3737-v021-2020-clean', 'w3m.txt');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), []);
    assert.deepStrictEqual(got.table2, truth.tables.table2);
  });

  it('a printout’s `2 其他对外管理服` / `务事项    4    0    0` (print-layout): the 序号 is no part of the label, the row is read', () => {
    const { a, got, truth } = rendering('v3737-v021-2020-clean', 'print-layout.txt');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), []);
    assert.deepStrictEqual(got.table2, truth.tables.table2);
  });

  it('…the other side: a number before words that start no row label (`2 个工作日内答复`) stays in the line', () => {
    assert.strictEqual(lexLine('2 个工作日内答复').cells?.[0].text, '2 个工作日内答复');
  });

  it('…the other side: a line of numbers only (`2   4   0   0`) keeps every number, the first too', () => {
    assert.deepStrictEqual(lexLine('  2   4   0   0').cells?.map((c) => c.text), ['2', '4', '0', '0']);
  });
});

describe('variant seed 3737: pandoc’s simple table, a blank first value under the rule of dashes (pandoc-docx-md, -plain)', () => {
  it('`3.补正后申请内容仍不明确` with nothing under 自然人’s run, full rows above it starting there: a blank 自然人 (cell-missing), not 0 there and a short row', () => {
    const { a, got, truth } = rendering('v3737-v010-2023-blank-cell', 'pandoc-docx.md');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => `${d.rule}: ${d.message}`), ['cell-missing: “3.补正后申请内容仍不明确”行“自然人”为空，应填写数字（没有请填 0）']);
    assert.deepStrictEqual(got.table3, truth.tables.table3);
  });

  it('…the same for a row whose total is blank too (seed 9191’s 3.危及, its first value taken out): both blanks said', () => {
    const lines = firstValueBlanked(fs.readFileSync(path.join(DIR, 'v9191-v010-2023-blank-cell', 'pandoc-docx.md'), 'utf8').split('\n'), '3.危及');
    const found = checkText(lines.join('\n')).diagnostics.filter((d) => d.rule === 'column-missing' || d.rule === 'cell-missing');
    assert.deepStrictEqual(found.map((d) => d.severity), ['warning']);
    assert.ok(found[0].message.includes('“自然人”、“总计”为空'), found[0].message);
  });
});

describe('variant seed 3737: a heading clipped at a printout’s page foot, then the heading and the table’s title row (print-layout)', () => {
  const parts = (a: ReturnType<typeof checkText>) => a.model.sections.map((s) => s.ordinal).join('');
  it('`收到和处理政府信息公开申请情况` (clipped) / furniture / `三、…` / `三、…` (title row): one part 三, no section-duplicate', () => {
    const { a } = rendering('v3737-v020-2025-prose-sum', 'print-layout.txt');
    assert.strictEqual(parts(a), '一二三四五六');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'section-duplicate'), []);
  });

  it('…the other side: the part’s heading written whole twice with its text between is said twice', () => {
    const text = ['示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好公开工作。', '三、收到和处理政府信息公开申请情况',
      '本年度共收到申请5件。', '三、收到和处理政府信息公开申请情况', '本年度办结5件。', ''].join('\n');
    assert.strictEqual(checkText(text).diagnostics.filter((d) => d.rule === 'section-duplicate').length, 1);
  });
});

describe('variant seed 3737: a vertical parent’s first piece beside a wrapped label’s piece in a text browser’s dump (elinks, w3m)', () => {
  it('`三、            大量反复申请` (三、 / 本年 / 度办 …, 4.无正当理由 / 大量反复申请): no part 三 again, no section-duplicate', () => {
    const { a, got, truth } = rendering('v3737-v012-2021-missing-section', 'elinks.txt');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), ['section-missing']);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: the part’s title after a wide gap (`三、    收到和处理政府信息公开申请情况`) is still the part’s heading', () => {
    const text = ['示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好公开工作。', '三、    收到和处理政府信息公开申请情况', '本年度共收到申请5件。', ''].join('\n');
    assert.ok(checkText(text).model.sections.some((s) => s.ordinal === '三'));
  });
});

describe('variant seed 3737: a parent, the leaf’s numbering and the first count on one line of a printout (print-html-layout)', () => {
  it('`（三）不予公开 1. 0` / `属于国家秘密   0 0 0 0 0 0`: the row 1.属于国家秘密 with seven counts — no label-nonstandard, no cell-missing', () => {
    const { a, got, truth } = rendering('v3737-v019-2023-clean', 'print-html-layout.txt');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3.deny_secret, truth.tables.table3.deny_secret);
    assert.deepStrictEqual(got.table3.deny_query, truth.tables.table3.deny_query);
  });

  it('…the other side: with five counts on the label’s line (one lost), the first count is not moved there — no value read wrong', () => {
    const lines = fs.readFileSync(path.join(DIR, 'v3737-v019-2023-clean', 'print-html-layout.txt'), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.trim().startsWith('属于国家秘密'));
    lines[at] = lines[at].replace(/ 0\s*$/, '');
    const got = extract('t', checkText(lines.join('\n')).model, lines).tables;
    const truth = JSON.parse(fs.readFileSync(path.join(DIR, 'v3737-v019-2023-clean', 'truth.json'), 'utf8')) as Truth;
    assert.deepStrictEqual(wrongCells(got, truth.tables).filter((w) => w.includes('deny_secret')), []);
    assert.notDeepStrictEqual(got.table3.deny_secret, truth.tables.table3.deny_secret);
  });
});

describe('variant seed 3737: part 六’s heading and its paragraph on one line (gknb’s PDF reader, a borderless document)', () => {
  it('`六、其他需要报告的事项本年度未收取信息处理费。`: the fee statement is there, no fee-statement-missing', () => {
    const { a } = rendering('bv3737-v013-2021-clean', 'pdf.txt');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), []);
  });

  it('…the other side: a heading line going on with something else (`…事项本年度办理人大代表建议3件。`) still lacks the statement', () => {
    const text = ['示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好公开工作。', '六、其他需要报告的事项本年度办理人大代表建议3件。', ''].join('\n');
    assert.deepStrictEqual(checkText(text).diagnostics.filter((d) => d.rule === 'fee-statement-missing').map((d) => d.severity), ['warning']);
  });
});

describe('variant seed 1818: links’ dump of a vertical parent printed on a wrapped leaf’s line (links)', () => {
  it('`三、本年度办理结果 （六）其他处理   3 0 … 3` / `1.申请人无正当理由逾期不补正、…`: the row 1.申请人无正当理由… with those seven counts — no label-nonstandard, no cell-missing', () => {
    const { a, got, truth } = rendering('v1818-v004-2023-t4-row-total', 'links.txt');
    // (The report's own defect, table 四's row-total, is the only finding.)
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), ['row-total']);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3.oth_no_fix, truth.tables.table3.oth_no_fix);
    assert.deepStrictEqual(got.table3, truth.tables.table3);
  });

  it('…the other side: a leaf line with numbers of its own keeps them (the parent line’s are not moved onto it)', () => {
    const lines = fs.readFileSync(path.join(DIR, 'v1818-v004-2023-t4-row-total', 'links.txt'), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('1.申请人无正当理由'));
    lines[at] = `${lines[at].trimEnd()}  2   0    0     0      0    0   2`;
    const got = extract('t', checkText(lines.join('\n')).model, lines).tables;
    assert.deepStrictEqual(got.table3.oth_no_fix, { natural_person: 2, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other: 0, total: 2 });
  });

  it('…the other side: in a 2019 table the same line (`三、本年度办理结果 （六）其他处理   11 0 1 …`) before （七）总计 is still 2019’s row （六）其他处理', () => {
    const lines = fs.readFileSync(path.join(DIR, 'v1818-v023-2019-clean', 'links.txt'), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('（六）其他处理'));
    lines[at] = lines[at].replace(/^ +（六）其他处理 {10}/, '三、本年度办理结果 （六）其他处理');
    assert.ok(lines[at].startsWith('三、本年度办理结果 （六）其他处理'), lines[at]);
    const a = checkText(lines.join('\n'));
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), []);
    const got = extract('t', a.model, lines).tables;
    assert.deepStrictEqual(got.table3.oth_process, { natural_person: 11, commercial: 0, research: 1, social_welfare: 0, legal_service: 0, other: 0, total: 12 });
  });
});
