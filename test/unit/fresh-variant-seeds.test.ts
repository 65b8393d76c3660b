/**
 * Classes found on fresh structural-variant corpora with real prose through the PDF and Word tools, each evaluated
 * before any change (`node test/corpus/generate.mjs --variants --real-prose --seed N --count 30 --documents 30
 * --out /tmp/vN`, then `--only pdf-tools` and `--only word-tools`), and the two left from seed 8080. One rendering
 * per class is kept in test/fixtures/unseen-seeds/<seed>-<id>/ with its truth; every test fails before its fix.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText, type Diagnostic } from '../../server/src/engine';
import { FIXTURES } from '../helpers/fixtures';
import { firstValueBlanked, unseenRendering, wrongCells } from '../helpers/unseen';
import { quotedLabel } from '../../server/src/engine/text/normalize';
import { extract } from '../../server/src/cli/output';
import { labelScattered } from '../../server/src/engine/rules/scattered';

const DIR = path.join(FIXTURES, 'unseen-seeds');

const rendering = unseenRendering;

const serious = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error' || d.severity === 'warning');
const parts = (a: ReturnType<typeof checkText>) => a.model.sections.map((s) => s.ordinal).join('');

describe('fresh variant seeds: a part’s title row below its table’s header rows (pandoc puts the repeated header first)', () => {
  it('pandoc’s HTML table (thead, then <td colspan="10">三、…</td>) and its grid table (+===+, then | 四、政府 |): parts 三 and 四 there, every cell read', () => {
    const { a, got, truth } = rendering('v8080-v002-2022-t3-row-total', 'pandoc-docx-grid.md');
    assert.strictEqual(parts(a), '一二三四五六');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'section-missing'), []);
    assert.deepStrictEqual(got, truth.tables);
  });

  it('pandoc gfm: table 四’s header (结果维持 … 合计) goes with part 四, so its 合计 is said there, not in part 三', () => {
    const { a, got, truth } = rendering('v8080-v027-2023-clean', 'pandoc-docx-gfm.md');
    assert.strictEqual(parts(a), '一二三四五六');
    const four = a.model.sections.find((s) => s.ordinal === '四')!;
    const heji = a.diagnostics.filter((d) => d.rule === 'label-nonstandard' && d.message.includes('合计'));
    assert.ok(heji.length > 0);
    for (const d of heji) assert.ok(d.range.start.line >= four.startLine && d.range.start.line < four.endLine, `line ${d.range.start.line}`);
    assert.deepStrictEqual(got, truth.tables);
  });

  it('a heading, then a grid table whose first row repeats it (under its top border): one part, not section-duplicate', () => {
    const { a } = rendering('v8080-v020-2020-prose-sum', 'pandoc-docx-grid.md');
    assert.strictEqual(parts(a), '一二三四五六');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'section-duplicate'), []);
  });

  it('…the other side: a title row below rows of numbers is no part’s start, and neither is a header row alone', () => {
    const doc = (...table: string[]) => ['示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好公开工作。', '', ...table, '', '五、存在的主要问题及改进情况', '存在的问题：栏目更新不及时。'].join('\n');
    const afterNumbers = ['| 信息内容 | 本年制发件数 |', '|---|---|', '| 规章 | 1 |', '| 二、主动公开政府信息情况 |  |'];
    // (A pipe row that is a part's title stays that part's heading, as before; it takes no table rows above it.)
    const a = checkText(doc(...afterNumbers));
    const two = a.model.sections.find((s) => s.ordinal === '二');
    assert.ok(!two || two.startLine === 7, JSON.stringify(two && two.startLine));
    const html = ['<table>', '<thead>', '<tr>', '<th>信息内容</th>', '<th>本年制发件数</th>', '</tr>', '</thead>', '<tbody>', '<tr>', '<td>规章</td>', '<td>1</td>', '</tr>', '<tr>', '<td colspan="2">二、主动公开政府信息情况</td>', '</tr>', '</tbody>', '</table>'];
    assert.strictEqual(parts(checkText(doc(...html))), '一五');
    const before = ['<table>', '<thead>', '<tr>', '<th>信息内容</th>', '<th>本年制发件数</th>', '</tr>', '</thead>', '<tbody>', '<tr>', '<td colspan="2">二、主动公开政府信息情况</td>', '</tr>', '<tr>', '<td>规章</td>', '<td>1</td>', '</tr>', '</tbody>', '</table>'];
    const b = checkText(doc(...before));
    assert.strictEqual(parts(b), '一二五');
    // The part starts at the table's first line: its header rows go with it.
    assert.strictEqual(b.model.sections[1].startLine, 4);
  });
});

describe('fresh variant seed 2727: numbers right above a label, in text that gives labels first (PyMuPDF, pdf-parse)', () => {
  it('PyMuPDF: 要求行政机关确 / 认或重新出具已 / 获取信息 unread, its numbers are not （六）其他处理’s — no row after it shifted, no false narrative-mismatch', () => {
    const { a, got, truth } = rendering('v2727-v001-2019-clean', 'pymupdf.txt');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3.result_total, truth.tables.table3.result_total);
    assert.deepStrictEqual(got.table3.carry_forward, truth.tables.table3.carry_forward);
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), []);
  });

  it('pdf-parse: 1.信访 / 举 报 / … / 请 unread, then 6000006: not 2.重复申请’s (its own run 3000003 follows it)', () => {
    const { a, got, truth } = rendering('v2727-v024-2020-format-newer', 'pdf-parse.txt');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3.np_repeat, truth.tables.table3.np_repeat);
    // (Its one expected finding: the format is newer than the year.)
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), ['year-mismatch']);
  });
});

describe('fresh variant seed 2727: a 序号 before a row’s numbers in one-space text (pdfplumber)', () => {
  it('一、本年新收政府信 / 1 15 2 0 0 0 0 17 / 息公开申请数量: not 1 15 20000 17 (no position tells a column there), the 序号 dropped, the row read', () => {
    const { a, got, truth } = rendering('v2727-v027-2024-clean', 'pdfplumber.txt');
    assert.deepStrictEqual(got.table3.new_received, truth.tables.table3.new_received);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), []);
  });
});

describe('fresh variant seed 5858 (evaluated after the seed 2727 fixes, before any change of its own)', () => {
  it('pdfplumber: 其他对外管理服务 0 0 1 3 4 / 事 项 — a label’s start and the row’s numbers one space apart, its rest on the next line: the row (0, 0, 134), no row-missing', () => {
    const { a, got, truth } = rendering('v5858-v022-2025-format-outdated', 'pdfplumber.txt');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'row-missing'), []);
    assert.deepStrictEqual(got.table2.other_services, truth.tables.table2.other_services);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('PyMuPDF: 其他对外管理服务 / 0 / 0 / 1 3 4 / 事 / 项 — the label’s rest after the numbers, a character per line: the label whole, not label-nonstandard', () => {
    const { a, got, truth } = rendering('v5858-v022-2025-format-outdated', 'pymupdf.txt');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'label-nonstandard'), []);
    assert.deepStrictEqual(got, truth.tables);
  });

  it('…the other side: a label cut short with nothing after its numbers is still label-nonstandard', () => {
    const doc = (...table: string[]) => ['示范县测试局2021年政府信息公开工作年度报告', '一、总体情况', '本局做好公开工作。', '二、主动公开政府信息情况', ...table, '五、存在的主要问题及改进情况', '存在的问题：栏目更新不及时。'].join('\n');
    const cut = checkText(doc('第二十条第（五）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '行政许可', '0', '6', '492', '其他对外管理服务', '0', '0', '134', '第二十条第（六）项'));
    assert.ok(cut.diagnostics.some((d) => d.rule === 'label-nonstandard' && d.message.includes('其他对外管理服务')));
  });

  it('plain pdftotext: 三、（一）予以公开 / 本年（二）部分公开（区 / 度办 … — a label run together from two rows’ labels and a vertical parent: not label-nonstandard', () => {
    const { a, got, truth } = rendering('v5858-v002-2023-t3-row-total', 'pdf-raw.txt');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'label-nonstandard'), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    // (Its two expected errors are still said.)
    assert.ok(a.diagnostics.some((d) => d.rule === 'row-total' && d.severity === 'error'));
  });
});

describe('fresh variant seed 6161 (evaluated after the seed 2727 and 5858 fixes, before any change of its own)', () => {
  it('pdfplumber: （六）其他 / 21 0 0 0 0 0 0 0 / 处理 — a 序号 apart from the label whose joining breaks the total (210) and whose dropping makes it hold: dropped', () => {
    const { a, got, truth } = rendering('v6161-v012-2019-missing-section', 'pdfplumber.txt');
    assert.deepStrictEqual(got.table3.oth_process, truth.tables.table3.oth_process);
    assert.deepStrictEqual(got.table3.carry_forward, truth.tables.table3.carry_forward);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'row-total'), []);
  });

  it('pdfplumber: 17 … / 18 0 0 0 0 0 0 / 19 … — a row with the 序号 column’s next number and one count short: a blank cell, not 18 in 自然人', () => {
    const { a, got, truth } = rendering('v6161-v010-2024-blank-cell', 'pdfplumber.txt');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'row-total' || d.rule === 'result-total'), []);
    // (A row whose 序号 stands before a label's piece on its line keeps its seven counts: 4 的，只计… 4 0 0 0 0 0 4.)
    assert.deepStrictEqual(got.table3.partial, truth.tables.table3.partial);
  });

  it('plain pdftotext: fifteen of table 三’s numbers with a 序号 among them, before table 四’s header, are not table 四 (its own numbers after its header are)', () => {
    const { a, got, truth } = rendering('v6161-v012-2019-missing-section', 'pdf-raw.txt');
    assert.deepStrictEqual(got.table4, truth.tables.table4);
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'row-total'), []);
  });

  it('pdfplumber: 四、结转下年度继续 / 0 0 0 0 0 0 0 / 办 理 / 单位：件 — the unit under the table is no piece of the label: the row there, no row-missing', () => {
    const { a, got, truth } = rendering('v6161-v003-2023-clean', 'pdfplumber.txt');
    assert.deepStrictEqual(got, truth.tables);
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.rule), []);
  });
});

describe('fresh variant seed 6161: a label’s start at the end of the line above, after its parent’s piece (PyMuPDF)', () => {
  it('（三）不予 / 公开 1.属于 / 国家秘密: the label is whole there, not label-nonstandard', () => {
    const { a } = rendering('v6161-v012-2019-missing-section', 'pymupdf.txt');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'label-nonstandard'), []);
  });

  it('…the other side: 国家秘密 with nothing of the label above it is still label-nonstandard', () => {
    const text = ['示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好公开工作。', '三、收到和处理政府信息公开申请情况',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
      '（三）不予公开\t国家秘密\t0\t0\t0\t0\t0\t0\t0', '五、存在的主要问题及改进情况', '存在的问题：栏目更新不及时。'].join('\n');
    assert.ok(checkText(text).diagnostics.some((d) => d.rule === 'label-nonstandard' && d.message.includes('国家秘密')));
  });
});

describe('fresh variant seed 2727, pdfminer: table 二’s sub-table titles after table 三’s labels (block order)', () => {
  it('a sub-table whose title and row label stand in part 二 but which was not read is information, not table-missing; table 三’s rows with no number are unread, not blank', () => {
    const { a, got, truth } = rendering('v2727-v015-2023-clean', 'pdfminer.txt');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => `${d.rule}: ${d.message}`), []);
    // （五） said unread: as a sub-table not read, or (its block placed since the seventeenth session) its row's numbers not placed.
    const unread = a.diagnostics.filter((d) => (d.rule === 'table-missing' || d.rule === 'cell-missing') && d.severity === 'information').map((d) => d.message);
    assert.ok(unread.some((m) => m.startsWith('表格二的子表“第二十条第（五）项”在文本中有标题和行名，但未能读出') || (m.startsWith('表格二（从 PDF 转出的文本）') && m.includes('“行政许可”'))), unread.join('\n'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('the other side: a sub-table left out, title and rows, is still table-missing (an error)', () => {
    const lines = fs.readFileSync(path.join(FIXTURES, 'seeds', '002_aa5fa00d655c084b.txt'), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('第二十条第（五）项'));
    assert.ok(lines[at + 2].startsWith('行政许可'));
    lines.splice(at, 3);
    const missing = checkText(lines.join('\n')).diagnostics.filter((d) => d.rule === 'table-missing');
    assert.deepStrictEqual(missing.map((d) => [d.severity, d.message]), [['error', '表格二缺少子表“第二十条第（五）项”（行政许可）']]);
  });
});

describe('variant seeds 9191 and 6161, pdfminer: a table’s first column between the part’s heading and the table’s title row', () => {
  it('三、收到和处理… / wrapped labels (（本列数据的勾稽 / 关系为：…) / 三、收到和处理… / 法人或其他组织: one part 三, not section-duplicate', () => {
    const { a, got, truth } = rendering('v9191-v007-2019-clean', 'pdfminer.txt');
    assert.strictEqual(parts(a), '一二三四五六');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => `${d.rule}: ${d.message}`), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('序 / 号 / 1 / 2 between part 二’s heading and its title row, and table 四’s numbers, 单位：件 and a page number between part 四’s: one part each', () => {
    const { a, got, truth } = rendering('v6161-v006-2022-balance', 'pdfminer.txt');
    assert.strictEqual(parts(a), '一二三四五六');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'section-duplicate').map((d) => d.message), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: a part written twice is still section-duplicate — with a sentence or a label’s count between, or with no table header after the second heading', () => {
    const doc = (...between: string[]) => ['示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好公开工作。', '',
      '三、收到和处理政府信息公开申请情况', '', ...between, '', '三、收到和处理政府信息公开申请情况', '', ...after, '',
      '五、存在的主要问题及改进情况', '存在的问题：栏目更新不及时。'].join('\n');
    let after = ['法人或其他组织'];
    const dup = (text: string) => checkText(text).diagnostics.filter((d) => d.rule === 'section-duplicate' && d.severity === 'warning').length;
    assert.strictEqual(dup(doc('（一）予以公开', '本年共收到申请12件。')), 1);
    after = ['本年共收到申请12件，均已办结。'];
    assert.strictEqual(dup(doc('序号', '1', '（一）予以公开')), 1);
    after = ['法人或其他组织'];
    // A label with its count is a part's table (unseen-seeds.test.ts); a 序号 column's 1, 2 and a column of counts alone are not.
    assert.strictEqual(dup(doc('（一）予以公开', '12')), 1);
    assert.strictEqual(dup(doc('序号', '1', '（一）予以公开', '2', '（二）部分公开')), 0);
    assert.strictEqual(dup(doc('12', '0', '单位：件', '- 3 -')), 0);
  });
});

describe('variant seed 8080, pdfminer: table 二’s row labels spread a character per line (distributed cells)', () => {
  const text = () => fs.readFileSync(path.join(DIR, 'v8080-v034-2021-section-empty', 'pdfminer.txt'), 'utf8');
  it('第二十条第（五）项 / 第二十条第（六）项 in part 二, their labels 行 / 政 / 许 / 可 and 行 / 行 / 政 / 政 / 处 / 强 / 罚 / 制: unread (information), not table-missing', () => {
    const { a } = rendering('v8080-v034-2021-section-empty', 'pdfminer.txt');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'table-missing' && d.severity === 'error').map((d) => d.message), []);
    const unread = a.diagnostics.filter((d) => d.rule === 'table-missing' && d.severity === 'information').map((d) => d.message);
    assert.ok(unread.some((m) => m.includes('第二十条第（五）项')) && unread.some((m) => m.includes('第二十条第（六）项')), unread.join('\n'));
  });

  it('…the other side: characters that do not spell the row’s label (行 / 政 / 复 / 可) leave the sub-table missing (an error)', () => {
    const a = checkText(text().replace(/^许$/m, '复'));
    const missing = a.diagnostics.filter((d) => d.rule === 'table-missing' && d.severity === 'error').map((d) => d.message);
    assert.deepStrictEqual(missing, ['表格二缺少子表“第二十条第（五）项”（行政许可）']);
  });
});

describe('variant seed 9191: pandoc’s simple tables, a blank cell’s place kept by the rule of dashes', () => {
  for (const file of ['pandoc-docx.md', 'pandoc-docx-plain.txt']) {
    it(`${file}: a blank 总计 (…3.危及“三安全一稳定” then six values under the first six runs) is that blank cell — cell-missing, not a short row’s column-missing`, () => {
      const { a, got, truth } = rendering('v9191-v010-2023-blank-cell', file);
      assert.deepStrictEqual(serious(a.diagnostics).map((d) => `${d.rule}: ${d.message}`), [`cell-missing: “（三）不予公开 3.危及${file.endsWith('.md') ? '"三安全一稳定"' : '“三安全一稳定”'}”行“总计”为空，应填写数字（没有请填 0）`]);
      assert.deepStrictEqual(got.table3, truth.tables.table3);
    });
  }

  it('…the other side: a blank right after the label of the table’s first row (a label column or a first value: neither the line nor a full row above tells) leaves the row short, as before', () => {
    // (Below a full row, the run where its values start tells: test/unit/variant-seed-1818.test.ts, seed 3737.)
    const lines = firstValueBlanked(fs.readFileSync(path.join(DIR, 'v9191-v010-2023-blank-cell', 'pandoc-docx.md'), 'utf8').split('\n'), '一、本年新收');
    const short = checkText(lines.join('\n')).diagnostics.filter((d) => d.rule === 'column-missing' && d.severity === 'error');
    assert.strictEqual(short.length, 1);
    assert.match(short[0].message, /只有 6 个数值，应有 7 个/);
  });
});

describe('variant seeds 9191 and 8080, PyMuPDF and mutool: a distributed label whose characters came apart', () => {
  const nonstandard = (a: ReturnType<typeof checkText>) => a.diagnostics.filter((d) => d.rule === 'label-nonstandard').map((d) => `${d.severity}: ${d.message}`);
  it('5. 属 于 / 三 类 内 / 部 事 务 (三 taken for a vertical parent’s piece, 信 息 elsewhere): the official label’s characters in order, a few lost — not label-nonstandard', () => {
    const { a, got, truth } = rendering('v9191-v022-2024-format-outdated', 'pymupdf.txt');
    assert.deepStrictEqual(nonstandard(a), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('mutool: 2.申请人逾期 未 按 收费 通 知 … 再政府 信 息 公 (处理其 and 开申请 read elsewhere): not label-nonstandard', () => {
    const { a, got, truth } = rendering('v8080-v017-2025-clean', 'mutool.txt');
    assert.deepStrictEqual(nonstandard(a), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: the same label not spread apart (5. 属于 / 三 类 内 …: too few spaced characters to be a distributed cell) is still label-nonstandard', () => {
    const text = fs.readFileSync(path.join(DIR, 'v9191-v022-2024-format-outdated', 'pymupdf.txt'), 'utf8').replace('5. 属 于', '5. 属于');
    assert.deepStrictEqual(nonstandard(checkText(text)), ['warning: “5. 属于类内部 事 务”不是标准名称，应为“5.属于三类内部事务信息”']);
  });
});

describe('variant seed 9191, plain pdftotext: a table 二 header cell cut apart by a page break', () => {
  it('上一年项目数 / -2- / 本年增/减 / 号 / 量: the column’s header is there, cut (information), not column-missing; no cell read wrong', () => {
    const { a, got, truth } = rendering('v9191-v027-2020-clean', 'pdf-raw.txt');
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => `${d.rule}: ${d.message}`), []);
    const cut = a.diagnostics.filter((d) => d.rule === 'column-missing' && d.severity === 'information').map((d) => d.message);
    assert.ok(cut.some((m) => m.startsWith('表格二“第二十条第（八）项”的“上一年项目数量”列的列名')), cut.join('\n'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: with no piece of 上一年项目数量 in the sub-table, the column is still missing (an error)', () => {
    const lines = fs.readFileSync(path.join(DIR, 'v9191-v027-2020-clean', 'pdf-raw.txt'), 'utf8').split('\n');
    const title = lines.indexOf('第二十条第（八）项');
    const start = lines.indexOf('上一年项目数', title);
    const rest = lines.indexOf('量', start);
    assert.ok(title > 0 && start > title && rest > start && rest < title + 20);
    lines[start] = lines[rest] = '';
    const missing = checkText(lines.join('\n')).diagnostics.filter((d) => d.rule === 'column-missing' && d.severity === 'error').map((d) => d.message);
    assert.deepStrictEqual(missing, ['表格二“第二十条第（八）项”表头缺少“上一年项目数量”列']);
  });
});

describe('variant seed 8080, PyMuPDF: table 四 as two tables, the second’s numbers past what was read of the first', () => {
  const t4Warnings = (a: ReturnType<typeof checkText>) => a.diagnostics.filter((d) => d.rule === 'cell-missing' && d.severity === 'warning').map((d) => d.message);
  it('行政复议 … 0 0 0 0 0 / 5 (a page number) / 行政诉讼 … 2 0 0 0 2 0 0 0 1 0: the short row is unread (information), not “surely blank” (a warning)', () => {
    const { a, got, truth } = rendering('v8080-v004-2022-t4-row-total', 'pymupdf.txt');
    assert.deepStrictEqual(t4Warnings(a), []);
    assert.ok(a.diagnostics.some((d) => d.rule === 'cell-missing' && d.severity === 'information' && d.message.includes('表格四')));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: with no number after the first table in part 四, the row’s blanks are sure (a warning, as before)', () => {
    const lines = fs.readFileSync(path.join(DIR, 'v8080-v004-2022-t4-row-total', 'pymupdf.txt'), 'utf8').split('\n');
    const from = lines.indexOf('复议后', lines.indexOf('行政诉讼'));
    let end = from;
    while (!lines[end].startsWith('五、')) end++;
    for (let i = from; i < end; i++) if (/^[0-9]+$/.test(lines[i])) lines[i] = '';
    assert.strictEqual(t4Warnings(checkText(lines.join('\n'))).length, 1);
  });
});

describe('variant seed 2727, pdfminer: a row-total on a distributed label (1.本机关不掌握相关政 / 府 信 息)', () => {
  it('the true row-total quotes the label as written, without the spaces PDF text put between its characters', () => {
    const { a } = rendering('v2727-v002-2019-t3-row-total', 'pdfminer.txt');
    const totals = a.diagnostics.filter((d) => d.rule === 'row-total').map((d) => `${d.severity}: ${d.message}`);
    assert.deepStrictEqual(totals, ['error: 表格三“1.本机关不掌握相关政府信息”行：自然人(46)+商业企业(0)+科研机构(0)+社会公益组织(1)+法律服务机构(0)+其他(0)=47，但总计为 48，相差 1']);
  });

  it('…only spaces between two Chinese characters go: （三）不予公开 1.属于国家秘密 keeps its own', () => {
    assert.strictEqual(quotedLabel('（三）不予公开 1.属 于 国家秘密'), '（三）不予公开 1.属于国家秘密');
    assert.strictEqual(quotedLabel('3.危及“三安全一稳定” 1'), '3.危及“三安全一稳定” 1');
  });

  it('…and so does every other rule that quotes a row: a blank cell in that row (cell-missing)', () => {
    const seed = fs.readFileSync(path.join(FIXTURES, 'seeds', '000_b69ffcb2e96a0992.txt'), 'utf8');
    const spread = seed.replace('1.本机关不掌握相关政府信息\t0\t0\t0\t0\t0\t0\t0', '1.本机关不掌握相关政 府 信 息\t0\t0\t\t0\t0\t0\t0');
    assert.notStrictEqual(spread, seed);
    const a = checkText(spread);
    assert.strictEqual([...a.model.table3!.rows.values()].find((r) => r.row.key === 'unable_nohold')?.row.label.text, '1.本机关不掌握相关政 府 信 息');
    const blank = a.diagnostics.filter((d) => d.rule === 'cell-missing').map((d) => d.message);
    assert.deepStrictEqual(blank, ['“1.本机关不掌握相关政府信息”行“科研机构”为空，应填写数字（没有请填 0）']);
  });
});

describe('variant seed 9191: a part’s title row below the header rows of a pandoc simple table', () => {
  it('top border, 序号 … 申请人情况 / rule / 自然人 … 社会组织 …, then 三、收到和处理… indented: part 三 starts at the border, its header’s 社会组织 said in part 三', () => {
    const { a, got, truth, lines } = rendering('v9191-v026-2020-label-nonstandard', 'pandoc-docx.md');
    assert.strictEqual(parts(a), '一二三四五六');
    const three = a.model.sections.find((s) => s.ordinal === '三')!;
    assert.match(lines[three.startLine], /^ *-{3,} *$/);
    const said = a.diagnostics.filter((d) => d.rule === 'label-nonstandard' && d.message.includes('社会组织'));
    assert.ok(said.length > 0);
    for (const d of said) assert.ok(d.range.start.line >= three.startLine && d.range.start.line < three.endLine, `line ${d.range.start.line}`);
    assert.deepStrictEqual(got, truth.tables);
  });

  it('…the other side: a paragraph between a border and an indented heading starts nothing early', () => {
    const text = ['示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好公开工作。', '', '  ----------', '', '  序号', '', '本局的说明文字。', '', '  三、收到和处理政府信息公开申请情况', '', '五、存在的主要问题及改进情况', '存在的问题：栏目更新不及时。'].join('\n');
    const three = checkText(text).model.sections.find((s) => s.ordinal === '三');
    assert.ok(three && three.startLine === 10, JSON.stringify(three?.startLine));
  });
});

describe('variant seeds 6226 and 5858, measured once on the eleventh session’s final tree', () => {
  it('mutool, table 四 one header cell per line: 未经复议直接起诉 / 复议后起诉 stacked, both groups’ columns, then five numbers — either group’s (a blank group leaves no trace): unread, not given to 复议后起诉', () => {
    const { a, got, truth } = rendering('v6226-v010-2023-blank-cell', 'mutool.txt');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(got.table4.lit_after_review?.total ?? null, null);
    assert.deepStrictEqual(serious(a.diagnostics), []);
    assert.ok(a.diagnostics.some((d) => d.rule === 'cell-missing' && d.severity === 'information' && d.message.includes('表格四')));
  });

  it('pdfminer, table 二 read by its headers’ boxes with 规章’s label in pieces (规 / 章): 规章 is there, not row-missing — read (sixteenth session: its block right after the row labels’ box, column runs in header order)', () => {
    const { a, got, truth } = rendering('v5858-v027-2022-clean', 'pdfminer.txt');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'row-missing').map((d) => d.message), []);
    assert.deepStrictEqual(got.table2.rules, truth.tables.table2.rules);
  });
});

describe('variant seed 6226 (twelfth session), pdfplumber: a 序号 column beside table 三’s vertical parent pieces', () => {
  it('3. 其 / 23 6 0 0 0 0 0 6 / 他 — most rows unread (their 序号 before a parent’s piece), the 序号 stands at the row’s place in the official table: dropped, the row read', () => {
    const { a, got, truth } = rendering('v6226-v014-2021-missing-fee', 'pdfplumber.txt');
    assert.deepStrictEqual(got.table3.oth_other, truth.tables.table3.oth_other);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'row-total' || d.rule === 'cell-invalid').map((d) => d.message), []);
  });

  it('…the other side: a leading number far from both the row’s place read and its official place is no 序号 (the row keeps n + 1 numbers)', () => {
    const doc = (...rows: string[]) => ['示范县测试局2023年政府信息公开工作年度报告', '一、总体情况', '本局做好公开工作。', '三、收到和处理政府信息公开申请情况', ...rows, '五、存在的主要问题及改进情况', '存在的问题：栏目更新不及时。'].join('\n');
    const a = checkText(doc('（一）予以公开 3 41 0 0 1 0 0 42', '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 4 9 0 0 3 0 0 12',
      '（三）不予公开 1.属于国家秘密 5 1 0 0 0 0 0 1', '（六）其他处理 3.其他 9 6 0 0 0 0 0 6'));
    assert.ok(a.diagnostics.some((d) => d.rule === 'cell-invalid' && d.message.includes('3.其他')), a.diagnostics.map((d) => d.message).join('\n'));
  });
});

describe('variant seed 6226 (twelfth session), pdfminer', () => {
  it('table 三’s numbers in one column after its header (labels elsewhere), then part 四 with 行政复议合计 1 0 0 0 1: the long run is not table 四’s — no cell-invalid, 行政复议 read', () => {
    const { a, got, truth } = rendering('v6226-v029-2024-clean', 'pdfminer.txt');
    assert.deepStrictEqual(got.table4.review, truth.tables.table4.review);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => `${d.rule}: ${d.message}`), []);
  });

  it('本年收费金额（单位：万元） / 2 (page 2’s number) / \\f行政事业性收费 / 125.37 / 3: the fee is the number after its label on the next page, not the page number', () => {
    const { got, truth } = rendering('v6226-v005-2025-clean', 'pdfminer.txt');
    assert.deepStrictEqual(got.table2.administrative_fees, truth.tables.table2.administrative_fees);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: with no page break before the label, a number before it and one after leave the fee unread (a 序号 or the value, either way)', () => {
    const text = fs.readFileSync(path.join(DIR, 'v6226-v005-2025-clean', 'pdfminer.txt'), 'utf8').replace('\f行政事业性收费', '行政事业性收费');
    const got = extract('v005', checkText(text).model, text.split('\n')).tables;
    assert.strictEqual(got.table2.administrative_fees?.amount_wan_yuan ?? null, null);
  });
});

describe('variant seed 6226 (twelfth session), PyMuPDF: a label’s start with its parent’s piece above, its end after its numbers', () => {
  const nonstandard = (a: ReturnType<typeof checkText>) => a.diagnostics.filter((d) => d.rule === 'label-nonstandard').map((d) => d.message);
  it('（五）不予处理 5.要求行政 / 机关确认或重新出具已获取 / 0 … 0 / 3 (a page number) / 信 / 息: the label is whole there, not label-nonstandard', () => {
    const { a, got, truth } = rendering('v6226-v002-2019-t3-row-total', 'pymupdf.txt');
    assert.deepStrictEqual(nonstandard(a), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: with no 信息 after the numbers, the label cut short is still label-nonstandard', () => {
    const lines = fs.readFileSync(path.join(DIR, 'v6226-v002-2019-t3-row-total', 'pymupdf.txt'), 'utf8').split('\n');
    const at = lines.indexOf('机关确认或重新出具已获取');
    const xin = lines.indexOf('信', at);
    assert.ok(at > 0 && xin > at && lines[xin + 1] === '息');
    lines.splice(xin, 2);
    assert.ok(nonstandard(checkText(lines.join('\n'))).some((m) => m.includes('机关确认或重新出具已获取')));
  });
});

describe('fresh variant seed 1300 (evaluated after the seed 6226 fixes, before any change of its own), pdfplumber', () => {
  it('行政事业性收费 19 4 .2 2: a spread number whose point starts a piece (.2) is the row’s value 194.22, not a row missing', () => {
    const { a, got, truth } = rendering('v1300-v016-2025-section-order', 'pdfplumber.txt');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'row-missing').map((d) => d.message), []);
    assert.deepStrictEqual(got.table2.administrative_fees, truth.tables.table2.administrative_fees);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });
});

describe('variant seed 3400: a table 三 label cut by a page break, the header repeated before its end', () => {
  it('pdftotext -layout: 2.申请人逾期未按收费通知…不再处理其政 / page break / the flattened header again (织-其 of 法人或其他组织-其他) / 府信息公开申请: no label-nonstandard, every cell right', () => {
    const { a, got, truth } = rendering('v3400-v029-2025-clean', 'pdf-layout.txt');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(serious(a.diagnostics).map((d) => d.message), []);
  });

  it('…the other side: the same lines with no page break among them (no form feed) are one cell’s text, and said', () => {
    const { lines } = rendering('v3400-v029-2025-clean', 'pdf-layout.txt');
    const at = lines.findIndex((l) => l.includes('（六）其他处理 2.申请人逾期未按收费通'));
    const onePage = lines.map((l, i) => (i > at && i < at + 12 ? l.replace(/^\f/, '') : l));
    const b = checkText(onePage.join('\n'));
    assert.ok(b.diagnostics.some((d) => d.rule === 'label-nonstandard' && d.message.includes('其政织-其')), JSON.stringify(b.diagnostics.map((d) => d.message)));
  });
});

describe('variant seed 3400: pdf-parse’s glued run of a row whose total fails (8000007: 8 0 0 0 0 0 7, total 7)', () => {
  it('not 80 0 0 0 0 7 with a blank 总计 (which always fits the row’s own total): the row unread, no cell wrong, no false cell-missing', () => {
    const { a, got, truth } = rendering('v3400-v002-2024-t3-row-total', 'pdf-parse.txt');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'cell-missing' && d.severity !== 'information').map((d) => d.message), []);
  });
});

describe('variant seed 3400: pdfplumber, table 二 with a 序号 column and a label wrapped round its value', () => {
  it('行政事业性收 / 1 0.00 / 费 under 序号 信息内容 本年收费金额: not 10.00 (序号 1 and 0.00, or 10.00 spread: nothing says) — unread, no cell wrong', () => {
    const { got, truth } = rendering('v3400-v011-2023-clean', 'pdfplumber.txt');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(got.table2.administrative_fees?.amount_wan_yuan ?? null, null);
  });

  it('…the other side: with no 序号 in the header, 1 0.00 is one number spread apart, as before', () => {
    const { lines } = rendering('v3400-v011-2023-clean', 'pdfplumber.txt');
    const at = lines.findIndex((l) => l.includes('本年收费金额'));
    const plain = lines.map((l, i) => (i === at ? l.replace('序号 ', '') : l));
    const b = checkText(plain.join('\n'));
    const fees = b.model.fragments.flatMap((f) => f.rows).find((r) => r.key === 'administrative_fees');
    assert.ok(fees && !fees.uncertain, JSON.stringify(fees));
  });
});

describe('variant seed 3400: a 序号 column and a blank cell (Word’s table through pandoc and BeautifulSoup)', () => {
  const falseErrors = (a: ReturnType<typeof checkText>) => a.diagnostics.filter((d) => ['row-total', 'result-total', 'column-missing'].includes(d.rule)).map((d) => d.message);

  it('pandoc’s simple table: 11 （三）不予公开 7.属于行政执法案卷 0 0 0 _ 0 0 0 — the blank under 社会公益组织’s rule run, said blank; no column-missing', () => {
    const { a, got, truth } = rendering('v3400-v010-2019-blank-cell', 'pandoc-docx.md');
    assert.deepStrictEqual(falseErrors(a), []);
    assert.deepStrictEqual(got.table3.deny_casefile, truth.tables.table3.deny_casefile);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('bs4 one cell per line: 0 ×6 then 12, the next row’s 序号 — not its total (a false row-total and result-total): the row unread, one blank unplaced', () => {
    const { a, got, truth } = rendering('v3400-v010-2019-blank-cell', 'bs4-lines.txt');
    assert.deepStrictEqual(falseErrors(a), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(got.table3.deny_casefile.total, null);
    assert.ok(a.diagnostics.some((d) => d.rule === 'cell-missing' && d.severity === 'information' && d.message.includes('属于行政执法案卷')));
  });

  it('…the other side: the blank filled (a seventh 0 before 12), the row is read whole and 12 stays the next row’s 序号', () => {
    const { lines } = rendering('v3400-v010-2019-blank-cell', 'bs4-lines.txt');
    const at = lines.findIndex((l) => l === '属于行政执法案卷');
    const filled = [...lines.slice(0, at + 1), '0', ...lines.slice(at + 1)];
    const b = checkText(filled.join('\n'));
    const got = extract('x', b.model, filled).tables;
    assert.deepStrictEqual(got.table3.deny_casefile, { natural_person: 0, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other: 0, total: 0 });
    assert.deepStrictEqual(falseErrors(b), []);
  });
});

describe('variant seed 3400: plain pdftotext of a printout, table 三’s header one character a line (自 商 科 会 律 总 / 然 业 研 公 服 其 计 / …)', () => {
  it('the columns it did not assemble (商业企业 … 总计) are information, not five column-missing errors', () => {
    const { a, got, truth } = rendering('v3400-v030-2023-missing-table', 'print-raw.txt');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'column-missing' && d.severity === 'error').map((d) => d.message), []);
    assert.ok(a.diagnostics.some((d) => d.rule === 'column-missing' && d.severity === 'information' && d.message.includes('商业企业')));
  });

  it('…the other side: with those characters gone from the header lines, the columns are missing (errors, as before)', () => {
    const { lines } = rendering('v3400-v030-2023-missing-table', 'print-raw.txt');
    const from = lines.findIndex((l) => l.startsWith('三、收到和处理政府信息公开申请情况'));
    const to = lines.findIndex((l, i) => i > from && l.startsWith('一、本年新收'));
    const bare = lines.map((l, i) => (i > from && i < to ? l.replace(/[商业企科研机构社会公益组织法律服务总计]/g, ' ') : l));
    const b = checkText(bare.join('\n'));
    assert.ok(b.diagnostics.some((d) => d.rule === 'column-missing' && d.severity === 'error'), JSON.stringify(b.diagnostics.filter((d) => d.rule === 'column-missing').map((d) => d.severity + d.message)));
  });
});

describe('variant seed 3400: a printout’s text that puts a row’s other cells one a line after it (print-html-raw: 其他 0 / 0 / 0 …)', () => {
  it('“其他”行 with one number and the rest on lines of their own after it: information (unread), not a column-missing error', () => {
    const { a, got, truth } = rendering('v3400-v011-2023-clean', 'print-html-raw.txt');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'column-missing' && d.severity !== 'information').map((d) => d.message), []);
    assert.ok(a.diagnostics.some((d) => d.rule === 'column-missing' && d.severity === 'information' && d.message.includes('“其他”行只读到 1 个数值')));
  });

  it('…the other side: with no numbers after it (the text ends the table there), the short row is an error, as before', () => {
    const { lines } = rendering('v3400-v011-2023-clean', 'print-html-raw.txt');
    const at = lines.findIndex((l) => l === '其他 0');
    let end = at + 1;
    while (end < lines.length && (!lines[end].trim() || /^\s*[0-9]+\s*$/.test(lines[end]))) end++;
    const cut = [...lines.slice(0, at + 1), '', ...lines.slice(end)];
    const b = checkText(cut.join('\n'));
    assert.ok(b.diagnostics.some((d) => d.rule === 'column-missing' && d.severity === 'error' && d.message.includes('“其他”行只有 1 个数值')), JSON.stringify(b.diagnostics.filter((d) => d.rule === 'column-missing').map((d) => d.severity + d.message)));
  });
});

describe('report seed 3301 (the last check): pdfplumber, an amount spread by widened spacing and cut oddly (行政事业性收费 235 .33 93)', () => {
  it('the row’s label stands whole with pieces of digits after it: there, unread — no row-missing error, no cell wrong', () => {
    const { a, got, truth } = rendering('s3301-r001-2025-clean', 'pdfplumber.txt');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'row-missing').map((d) => d.message), []);
  });

  it('…the other side: another label before those pieces (行政事业性收款) leaves the row missing, as before', () => {
    const { lines } = rendering('s3301-r001-2025-clean', 'pdfplumber.txt');
    const other = lines.map((l) => l.replace('行政事业性收费 235', '行政事业性收款 235'));
    const b = checkText(other.join('\n'));
    assert.ok(b.diagnostics.some((d) => d.rule === 'row-missing' && d.message.includes('行政事业性收费')), JSON.stringify(b.diagnostics.map((d) => d.rule)));
  });
});

describe('variant seed 4822: pdfplumber, a label distributed over its cell in pieces of several characters (四、结转 下年度 继续 办理 0 0 0 …)', () => {
  it('four pieces one space apart that together are 四、结转下年度继续办理: its row, read — no row-missing error, no cell wrong', () => {
    const { a, got, truth } = rendering('v4822-v010-2024-blank-cell', 'pdfplumber.txt');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'row-missing' && d.severity === 'error').map((d) => d.message), []);
    assert.deepStrictEqual(got.table3.carry_forward, truth.tables.table3.carry_forward);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…however its characters are cut (四、结 转 下年 度 继续 办理), and part 四’s heading under it stays a heading', () => {
    const { lines, truth } = rendering('v4822-v010-2024-blank-cell', 'pdfplumber.txt');
    const cut = lines.map((l) => l.replace('四、结转 下年度 继续 办理', '四、结 转 下年 度 继续 办理'));
    const b = checkText(cut.join('\n'));
    const got = extract('x', b.model, cut).tables;
    assert.deepStrictEqual(got.table3.carry_forward, truth.tables.table3.carry_forward);
    assert.strictEqual(parts(b), '一二三四五六');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });
});

describe('variant seed 1300: table 三’s 勾稽 note cut between 勾 and 稽 (（本列数据的勾 / 稽关系为：第一), no 申请人情况 above the columns', () => {
  it('PyMuPDF (自然人 商业企 / 业 / 科研机 …): the table opens at the note’s piece from 稽 on — header assembled, rows read, no column-missing error', () => {
    const { a, got, truth } = rendering('v1300-v029-2023-clean', 'pymupdf.txt');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'column-missing' && d.severity !== 'information').map((d) => d.message), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3.new_received, truth.tables.table3.new_received);
  });

  it('pdfplumber: every cell read', () => {
    const { a, got, truth } = rendering('v1300-v029-2023-clean', 'pdfplumber.txt');
    assert.deepStrictEqual(serious(a.diagnostics), []);
    assert.deepStrictEqual(got, truth.tables);
  });

  it('…the other side: a 稽 in prose (稽查), or a note piece of two characters, opens no table', () => {
    const { lines } = rendering('v1300-v029-2023-clean', 'pymupdf.txt');
    for (const piece of ['稽查', '稽关']) {
      const b = checkText(lines.map((l) => (l.startsWith('稽关系为') ? piece : l)).join('\n'));
      assert.deepStrictEqual(b.model.table3?.headers.length ?? 0, 0, piece);
    }
  });
});

describe('variant seed 1300: pdfplumber, a leaf label run together with a vertical parent’s pieces (三、本 / 年度办 / 理结果)', () => {
  it('（六）其他处理1.申请人无正当理 / 三、本 / 由逾期不补正…不再处理 0 0 … / 年度办 / 其政府信息公开申请 / 理结果: not label-nonstandard', () => {
    const { a, got, truth } = rendering('v1300-v024-2020-format-newer', 'pdfplumber.txt');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'label-nonstandard').map((d) => d.message), []);
    assert.deepStrictEqual(got, truth.tables);
  });

  it('…the other side: a line that is no parent’s piece (理事项), or the start not whole above (…无正当), leaves the label said', () => {
    const { lines } = rendering('v1300-v024-2020-format-newer', 'pdfplumber.txt');
    for (const [from, to] of [['理结果', '理事项'], ['（六）其他处理1.申请人无正当理', '（六）其他处理1.申请人无正当']]) {
      const b = checkText(lines.map((l) => (l === from ? to : l)).join('\n'));
      assert.ok(b.diagnostics.some((d) => d.rule === 'label-nonstandard' && d.severity === 'warning' && d.message.includes('由逾期不补正')), to);
    }
  });
});

describe('variant seed 8080: pdfminer, the 勾稽 note cut between 勾 and 稽 with the labels’ column after it (no header words)', () => {
  it('the note’s piece opens no table there (pdfminer’s stream is read as before): cells read, none wrong, no false error', () => {
    const { a, got, truth } = rendering('v8080-v013-2022-clean', 'pdfminer.txt');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    const read = Object.entries(truth.tables.table3).flatMap(([row, cells]) => Object.entries(cells).filter(([column, v]) => got.table3[row]?.[column] === v));
    assert.ok(read.length >= 170, String(read.length));
  });
});

describe('variant seeds 5550 and 3400: uncertain readings said as less, never as errors (thirteenth session)', () => {
  it('plain pdftotext: table 四’s litigation header pieces two columns at a time (复议 / 复议 / 后起 / 后起), numbers one a line: unread, no row-total', () => {
    // The fifteen came 1 0 1 0 2 / 0 0 0 0 0 / 0 0 1 1 0 for 1 0 0 0 1 / 1 0 1 0 2 / 0 0 0 0 0: in no order the text proves.
    const { a, got, truth } = rendering('v5550-v010-2019-blank-cell', 'pdf-raw.txt');
    // (Its one finding is the report's own blank cell in table 三.)
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule !== 'cell-missing').map((d) => `${d.rule}: ${d.message}`), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the other side: the same text with the litigation header’s pieces once each (no two columns in one block) is read in order', () => {
    const { lines } = rendering('v5550-v010-2019-blank-cell', 'pdf-raw.txt');
    const once = lines.filter((l, i) => !(l.trim() && l === lines[i - 1] && ['复议', '后起'].includes(l.trim())));
    assert.ok(once.length < lines.length);
    const b = checkText(once.join('\n'));
    assert.ok(b.diagnostics.some((d) => d.rule === 'row-total' && d.severity === 'error'), 'the order taken as the text gives it');
  });

  it('pdftotext -layout: a row cut by a page break, its numbers beside its parent (21 （六）其他处理 0 0 …), its label after: not blank', () => {
    const { a, got, truth } = rendering('v5550-v006-2023-balance', 'pdf-layout.txt');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'cell-missing').map((d) => d.message), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('gknb’s PDF reader, a borderless table 四 as two tables side by side: 0 0 0 0 0未经复… then ten numbers is no column missing', () => {
    const { a, got, truth } = rendering('bv3400-v021-2024-clean', 'pdf.txt');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}: ${d.message}`), []);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    // …the other side: without the five before the header, ten numbers are all table 四 says: still an error.
    const { lines } = rendering('bv3400-v021-2024-clean', 'pdf.txt');
    const b = checkText(lines.map((l) => l.replace(/^0\t0\t0\t0\t0(?=未经复)/, '')).join('\n'));
    assert.ok(b.diagnostics.some((d) => d.rule === 'column-missing' && d.severity === 'error' && d.message.includes('10')));
  });
});

describe('variant seed 5550: pandoc’s simple table, a parent and its leaf one space apart in one label cell', () => {
  for (const file of ['pandoc-docx.md', 'pandoc-docx-plain.txt']) {
    it(`${file}: （三）不予公开 2.其他法律行政法规禁止公开 0 0 0 0 _ 0 0 has its blank cell placed under the rule’s run (not six values, column-missing)`, () => {
      const { a, got, truth } = rendering('v5550-v010-2019-blank-cell', file);
      assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'column-missing').map((d) => d.message), []);
      assert.ok(a.diagnostics.some((d) => d.rule === 'cell-missing' && d.message.includes('法律服务机构')), 'the blank cell said');
      assert.deepStrictEqual(got, truth.tables);
    });
  }
});

describe('fresh variant seed 9520: a printout’s table 三 label wrapped round its row’s cells, one to a line, after a page break', () => {
  it('print-raw: 2.重复 0 / 0 ×5 / 申请 right after the repeated header — the row is there, unread: no row-missing error, no cell wrong', () => {
    const { a, got, truth } = rendering('v9520-v022-2023-format-outdated', 'print-raw');
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.rule === 'row-missing').map((d) => d.message), []);
    assert.ok(a.diagnostics.some((d) => d.rule === 'row-missing' && d.severity === 'information' && d.message.includes('2.重复申请')));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
  });

  it('…the label’s pieces are found across the lines of cells only, and not where its rest is nowhere near', () => {
    const wrapped = ['2.重复 0', '0', '0', '0', '0', '0', '申请', '3.要求', '提供公 0', '0', '开出版', '物'];
    assert.strictEqual(labelScattered(wrapped, '2.重复申请', 0, wrapped.length, true), true);
    assert.strictEqual(labelScattered(wrapped, '2.重复申请', 0, wrapped.length), false);
    const absent = ['1.信访 0', '0', '0', '0', '0', '0', '举报投诉类申请', '3.要求', '提供公 0', '0', '0', '开出版', '物'];
    assert.strictEqual(labelScattered(absent, '2.重复申请', 0, absent.length, true), false);
  });
});
