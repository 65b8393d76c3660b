/**
 * Tables as agencies really build them in Word/WPS (issue 12; the corpus of test/corpus/variants, made by
 * `generate.mjs --variants`): one test per class the readers were taught, from a hand-written example or a
 * rendering of that corpus.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import { lookupColumn, lookupDataRow, fuzzyRow, usesSynonym } from '../../server/src/engine/tables/labels';
import { detectSectionHeading } from '../../server/src/engine/structure/headings';
import { lexLine } from '../../server/src/engine/text/lines';
import { buildRows } from '../../server/src/engine/tables/rows';
import { normalizeLabel } from '../../server/src/engine/text/normalize';
import { evaluateText, readTruths, Truth } from '../helpers/corpusEval';

const VARIANTS = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'variants');
const truths = readTruths(VARIANTS);
const truth = (prefix: string): Truth => truths.find((t) => t.id.startsWith(prefix))!;
const rendering = (t: Truth, layout: string) => fs.readFileSync(path.join(VARIANTS, t.id, t.renderings[layout]), 'utf8');

describe('table variants: fewer label columns (a row label written after its parents)', () => {
  it('（三）不予公开 1.属于国家秘密 and 三、本年度办理结果（一）予以公开 are those rows, nothing nonstandard', () => {
    for (const [text, key] of [['（三）不予公开 1.属于国家秘密', 'deny_secret'], ['三、本年度办理结果 （一）予以公开', 'granted'], ['（五）不予处理5.要求行政机关确认或重新出具已获取信息', 'np_confirm']]) {
      const norm = normalizeLabel(text);
      assert.deepStrictEqual(lookupDataRow(norm)?.map((r) => r.key), [key], text);
      assert.strictEqual(usesSynonym(norm), false, text);
    }
  });
  it('a typo in a label is still near one row only (the parent-prefixed forms are no rivals)', () => {
    assert.strictEqual(fuzzyRow(normalizeLabel('2.其他法律行政止公开'), ['table3'])?.label.key, 'deny_law');
  });
  it('a parent before the wrong child names nothing', () => {
    assert.strictEqual(lookupDataRow(normalizeLabel('（四）无法提供 1.属于国家秘密')), undefined);
  });
});

describe('table variants: a header flattened to one row', () => {
  it('法人或其他组织-商业企业 is 商业企业; 行政复议结果维持 and 复议后起诉总计 are table 四 columns', () => {
    assert.deepStrictEqual(lookupColumn(normalizeLabel('法人或其他组织-商业企业'))?.map((c) => `${c.table}.${c.key}`), ['table3.commercial']);
    assert.deepStrictEqual(lookupColumn(normalizeLabel('行政复议结果维持'))?.map((c) => `${c.table}.${c.key}`), ['table4.upheld']);
    assert.deepStrictEqual(lookupColumn(normalizeLabel('复议后起诉总计'))?.map((c) => `${c.table}.${c.key}`), ['table4.total']);
    assert.strictEqual(usesSynonym(normalizeLabel('法人或其他组织-商业企业')), false);
  });
  it('PDF text of that header in narrow columns (法人或 / 其他组 / 织-社 / 会公益 …, two columns interleaved): no column-missing error while the rows read have numbers there', () => {
    const t = truth('v018-');
    assert.strictEqual((t as unknown as { style: { variants: { t3Header: string } } }).style.variants.t3Header, 'dash');
    const a = checkText(rendering(t, 'pdf-layout'));
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'column-missing' && d.severity === 'error').map((d) => d.message), []);
  });
  it('a web page whose table 三 header is `法人或其他组织-商业企业 …`: every cell, no column-missing', () => {
    const t = truth('v040-');
    assert.strictEqual((t as unknown as { style: { variants: { t3Header: string } } }).style.variants.t3Header, 'dash');
    const r = evaluateText(t, 'web-plain', rendering(t, 'web-plain'));
    assert.deepStrictEqual([r.cellsExact, r.falseErrors.length, r.falseWarnings.length, r.found], [r.cells, 0, 0, r.expected]);
  });
});

describe('table variants: labels distributed over their cells (分散对齐) in PDF text', () => {
  it('`1   行   政   许   可      183` is the row 行政许可 with its number; pieces that spell no label stay apart', () => {
    assert.deepStrictEqual(lexLine(' 1   行   政   许   可                            183').cells?.map((c) => c.text), ['1', '行政许可', '183']);
    assert.deepStrictEqual(lexLine(' 1   规           章           3                 1                   11').cells?.map((c) => c.text), ['1', '规章', '3', '1', '11']);
    assert.notDeepStrictEqual(lexLine('自   商   科      3   4').cells?.map((c) => c.text), ['自商科', '3', '4']);
  });
  for (const id of ['v004-', 'v007-']) {
    it(`${id}: table 三 with distributed labels (1. 属 于 国 家 秘 / 密, 3.   其    他, （   七   ）    总    计): every cell, nothing false`, () => {
      const t = truth(id);
      assert.strictEqual((t as unknown as { style: { variants: { labelAlign: string } } }).style.variants.labelAlign, 'distribute');
      const r = evaluateText(t, 'pdf-layout', rendering(t, 'pdf-layout'));
      assert.deepStrictEqual([r.cellsExact, r.falseErrors.length, r.falseWarnings.length], [r.cells, 0, 0]);
    });
  }
  for (const id of ['v018-', 'v039-']) {
    it(`${id}: a distributed label wrapping after its numbering and two characters (3. 危 及 / “三安全 1 … / 一稳定”) starts its own row, not a piece of row 2's`, () => {
      const t = truth(id);
      const r = evaluateText(t, 'pdf-layout', rendering(t, 'pdf-layout'));
      assert.deepStrictEqual([r.cellsExact, r.falseErrors.length, r.falseWarnings.length], [r.cells, 0, 0]);
    });
  }
  it('v029-: a table 三 whose rows could not all be read lacks four or more at once: one information, no row-missing error', () => {
    const t = truth('v029-');
    // Four rows' labels made unreadable (their characters gone, their numbers left): the table was not read.
    const lines = rendering(t, 'pdf-layout').split('\n');
    let blanked = 0;
    for (let i = 0; i < lines.length; i++) {
      if (!/属 于 国 家 秘 密|其他法律行政法规禁止|危及“三安全一稳定”|保护第三方合法权益/.test(lines[i])) continue;
      lines[i] = lines[i].replace(/[^\s0-9]/g, ' ');
      blanked++;
    }
    assert.strictEqual(blanked, 4);
    const missing = checkText(lines.join('\n')).diagnostics.filter((d) => d.rule === 'row-missing' && d.message.includes('表格三'));
    assert.deepStrictEqual(missing.map((d) => d.severity), ['information']);
    assert.match(missing[0].message, /有 \d+ 行未找到/);
    // As rendered, every row-missing of it is information at most.
    const asIs = checkText(rendering(t, 'pdf-layout')).diagnostics.filter((d) => d.rule === 'row-missing');
    assert.deepStrictEqual(asIs.filter((d) => d.severity !== 'information').map((d) => d.message), []);
  });
  it('v039-: a few rows absent beside a row of numbers no row took: information each, not errors', () => {
    const t = truth('v039-');
    // (Row 3's numbering taken away, its label then runs on from row 2's: two rows unread, their numbers unclaimed.)
    const text = rendering(t, 'pdf-layout').replace(/^( +)3\. (危 及)$/m, '$1   $2');
    assert.notStrictEqual(text, rendering(t, 'pdf-layout'));
    const all = checkText(text).diagnostics;
    const missing = all.filter((d) => d.rule === 'row-missing' && d.message.includes('表格三'));
    assert.deepStrictEqual(missing.filter((d) => d.severity !== 'information').map((d) => d.message), []);
    // The two rows it cannot place are said unread (row-missing or cell-missing information), never silently dropped.
    assert.ok(missing.length > 0 || all.some((d) => d.rule === 'cell-missing' && d.severity === 'information' && d.message.includes('表格三')), all.map((d) => d.message).join('\n'));
  });
  it('…while one row left out is still an error (the corpus\'s missing-row report)', () => {
    const t = truth('v008-');
    const r = evaluateText(t, 'pdf-layout', rendering(t, 'pdf-layout'));
    assert.deepStrictEqual([r.found, r.expected, r.falseErrors.length], [1, 1, 0]);
  });
});

describe('table variants: a 序号 column in PDF text', () => {
  it('v025- (序号 and labels distributed over two label columns, a title row above): no number of the 序号 column read as data', () => {
    const t = truth('v025-');
    const r = evaluateText(t, 'pdf-layout', rendering(t, 'pdf-layout'));
    assert.deepStrictEqual(r.falseErrors.map((d) => d.message), []);
  });
  it('a 注： row under the table, at the left margin, does not hide the 序号 column (the labels start where their numbering is)', () => {
    const lines = [
      '      （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）   自然人   商业企业   科研机构   社会公益组织   法律服务机构   其他   总计',
      '1     一、本年新收政府信息公开申请数量     4     0     0     0     0     0     4',
      '2     二、上年结转政府信息公开申请数量     0     0     0     0     0     0     0',
      '3     （一）予以公开                       2     0     0     0     0     0     2',
      '注：本表数据统计时间为2023年1月1日至2023年12月31日。',
    ];
    const a = checkText(['三、收到和处理政府信息公开申请情况', ...lines].join('\n'));
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'cell-invalid' || d.rule === 'row-total').map((d) => d.message), []);
    assert.strictEqual(a.model.table3?.rows.get('new_received')?.cells.find((c) => c.column.key === 'natural_person')?.value.kind, 'number');
  });
  for (const id of ['v001-', 'v015-']) {
    it(`${id}: the numbers 1, 2, 3 … left of the labels are no data: every cell exact, nothing false`, () => {
      const t = truth(id);
      assert.strictEqual((t as unknown as { style: { variants: { seq: string; seqBlank: boolean } } }).style.variants.seq, 'table3');
      const r = evaluateText(t, 'pdf-layout', rendering(t, 'pdf-layout'));
      assert.deepStrictEqual([r.cellsExact, r.falseErrors.length, r.falseWarnings.length], [r.cells, 0, 0]);
    });
  }
});

describe('table variants: the part\'s title again as the table\'s merged first row', () => {
  const report = (repeat: string) => [
    'XX县人民政府2023年政府信息公开工作年度报告',
    '一、总体情况', '本年度主动公开信息120条。',
    '二、主动公开政府信息情况', '', repeat, '本年度无新制发规章。',
    '三、收到和处理政府信息公开申请情况', '本年度未收到申请。',
    '四、政府信息公开行政复议、行政诉讼情况', '本年度无。',
    '五、存在的主要问题及改进情况', '下一步将加强培训。',
    '六、其他需要报告的事项', '本年度未收取信息处理费。',
  ].join('\n');
  it('written again at once it is one section, no section-duplicate', () => {
    const a = checkText(report('二、主动公开政府信息情况'));
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'section-duplicate'), []);
    assert.deepStrictEqual(a.model.sections.map((s) => s.ordinal), ['一', '二', '三', '四', '五', '六']);
  });
  it('written again after text of its own it is still a duplicate', () => {
    const text = report('二、主动公开政府信息情况').replace('本年度无新制发规章。', '本年度无新制发规章。\n二、主动公开政府信息情况');
    assert.strictEqual(checkText(text).diagnostics.filter((d) => d.rule === 'section-duplicate').length, 1);
  });
  it('the heading wrapped over two lines (PDF text) and then the title row on one: one section', () => {
    const text = report('二、主动公开政府信息情况').replace('四、政府信息公开行政复议、行政诉讼情况\n', '四、因政府信息公开工作被申请行政复议、提起行政诉讼\n情况\n    四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n');
    const a = checkText(text);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'section-duplicate').map((d) => d.message), []);
    assert.deepStrictEqual(a.model.sections.map((s) => s.ordinal), ['一', '二', '三', '四', '五', '六']);
  });
  it('a Word text with title rows in tables 二, 三 and 四: no section-duplicate', () => {
    const t = truth('v005-');
    assert.strictEqual((t as unknown as { style: { variants: { titleRow: string } } }).style.variants.titleRow, 'both');
    assert.deepStrictEqual(checkText(rendering(t, 'word')).diagnostics.filter((d) => d.rule === 'section-duplicate'), []);
  });
});

describe('table variants: table 四 as two tables (行政复议 | 行政诉讼)', () => {
  for (const id of ['v009-', 'v027-']) {
    it(`${id}: Word's text, each table's numbers under its own groups: every table 四 cell, no column-missing`, () => {
      const t = truth(id);
      assert.strictEqual((t as unknown as { style: { variants: { t4Split: boolean } } }).style.variants.t4Split, true);
      const r = evaluateText(t, 'word', rendering(t, 'word'));
      assert.deepStrictEqual(r.cellMisses.filter((m) => m.table === 'table4'), []);
      assert.deepStrictEqual(r.falseErrors.map((d) => d.rule), []);
    });
  }
});

describe('table variants: a distributed label read apart in PDF text', () => {
  for (const id of ['v021-', 'v029-']) {
    it(`${id}: a row label missing a piece the layout moved (一、本年新收政府信息公开量) is no label-nonstandard`, () => {
      const t = truth(id);
      assert.strictEqual((t as unknown as { style: { variants: { labelAlign: string } } }).style.variants.labelAlign, 'distribute');
      assert.deepStrictEqual(checkText(rendering(t, 'pdf-layout')).diagnostics.filter((d) => d.rule === 'label-nonstandard').map((d) => d.message), []);
    });
  }
  it('a label written with a typo on one line is still pointed out', () => {
    const t = truth('v028-');
    const a = checkText(rendering(t, 'web-plain'));
    assert.ok(a.diagnostics.some((d) => d.rule === 'label-nonstandard' && d.message.includes('2.其他法律行政止公开')), a.diagnostics.map((d) => d.message).join('\n'));
  });
});

describe('table variants: distributed labels in plain pdftotext (one character per line)', () => {
  it('3. / 其 / 他 between blank lines is the row label 3.其他; pieces that begin no label stay apart', () => {
    const rowsOf = (lines: string[]) => buildRows(lines.map(lexLine), 0, lines.length, lines).map((r) => r.cells.map((c) => c.text).join('|'));
    assert.ok(rowsOf(['3.', '', '其', '', '他', '', '9', '', '0']).includes('3.其他'));
    assert.ok(!rowsOf(['3.', '', '某', '', '他']).some((r) => r.startsWith('3.某')));
  });
  it('table 二 of a PDF whose labels are scattered: an absent row with an unread number is information, not error', () => {
    const t = truth('v021-');
    const missing = checkText(rendering(t, 'pdf-raw')).diagnostics.filter((d) => d.rule === 'row-missing' && d.message.includes('表格二'));
    assert.ok(missing.length > 0);
    assert.deepStrictEqual(missing.filter((d) => d.severity !== 'information').map((d) => d.message), []);
  });
});

describe('table variants: table 四 as two tables in PDF text', () => {
  for (const id of ['v012-', 'v036-']) {
    it(`${id}: the 行政复议 table's row, then the 行政诉讼 table's ten numbers: all fifteen cells, no column-missing`, () => {
      const t = truth(id);
      const r = evaluateText(t, 'pdf-layout', rendering(t, 'pdf-layout'));
      assert.deepStrictEqual(r.cellMisses.filter((m) => m.table === 'table4'), []);
      assert.deepStrictEqual(r.falseErrors.filter((d) => d.rule === 'column-missing').map((d) => d.message), []);
    });
  }
});

describe('table variants: table 四 scattered in plain pdftotext', () => {
  it('v019-: five numbers where fifteen belong is said as information (the table not checked), not as missing columns', () => {
    const t = truth('v019-');
    const d = checkText(rendering(t, 'pdf-raw')).diagnostics.filter((x) => x.rule === 'column-missing' && x.message.includes('表格四'));
    assert.ok(d.length > 0);
    assert.deepStrictEqual(d.filter((x) => x.severity !== 'information').map((x) => x.message), []);
  });
});

describe('table variants: two label columns in PDF text (the middle parent in the leaf\'s cell)', () => {
  it('v019-: （四）无法提供 / [numbers] / 1.本机关不掌握 / 相关政府信息 is row 1.本机关不掌握相关政府信息 with its numbers', () => {
    const t = truth('v019-');
    const r = evaluateText(t, 'pdf-layout', rendering(t, 'pdf-layout'));
    assert.deepStrictEqual(r.cellMisses.filter((m) => m.row === 'unable_nohold' || m.row.startsWith('oth_')), []);
  });
  it('v019-: a row whose numbers went to its parent\'s label (（五）不予处理) is left unread, not said blank', () => {
    const t = truth('v019-');
    const a = checkText(rendering(t, 'pdf-layout'));
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'cell-missing' && d.severity !== 'information').map((d) => d.message), []);
    assert.ok(a.diagnostics.some((d) => d.rule === 'cell-missing' && d.severity === 'information' && d.message.includes('1.信访举报投诉类申请')), a.diagnostics.map((d) => d.message).join('\n'));
  });
});

describe('table variants: a 序号 column in table 二 of PDF text', () => {
  it('2 / 行政规范性文 … 件 wrapped around its numbers: the 2 left of the label is the 序号, not a value', () => {
    const text = [
      '二、主动公开政府信息情况',
      '                     第二十条第（一）项',
      '序',
      '        信息内容       本年制发件数       本年废止件数     现行有效件数',
      '号',
      '1   规          章     1              0        5',
      '    行政规范性文',
      '2                    0              2        3',
      '    件',
    ].join('\n');
    const a = checkText(text);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'cell-invalid').map((d) => d.message), []);
    const row = a.model.table2?.subs.get('art20_1')?.rows.get('normative_documents');
    assert.deepStrictEqual(row?.cells.map((c) => (c.value.kind === 'number' ? c.value.value : c.value.kind)), [0, 2, 3]);
  });
});

describe('table variants: table 四 headers of fifteen long cells in plain pdftotext', () => {
  it('v029-: the header one character per line (行 / 政 / 复 / 议 / 结 / 果 …): the table is there, not table-missing', () => {
    const t = truth('v029-');
    const a = checkText(rendering(t, 'pdf-raw'));
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'table-missing' && d.severity === 'error').map((d) => d.message), []);
  });
  for (const id of ['v009-', 'v028-']) {
    it(`${id}: a row of one number beside others the text scattered: information, no column-missing error`, () => {
      const t = truth(id);
      const a = checkText(rendering(t, 'pdf-raw'));
      assert.deepStrictEqual(a.diagnostics.filter((d) => d.rule === 'column-missing' && d.severity === 'error' && d.message.includes('表格四')).map((d) => d.message), []);
    });
  }
});

describe('table variants: what PDF text leaves uncertain is said as information, never as an error or warning', () => {
  const said = (t: Truth, layout: string, rule: string) => checkText(rendering(t, layout)).diagnostics.filter((d) => d.rule === rule).map((d) => d.severity);

  it('table 三 rows whose labels came apart one character per line (3. / 其 / 他), their numbers unclaimed: information', () => {
    const t = truth('v004');
    assert.deepStrictEqual([...new Set(said(t, 'pdf-raw', 'row-missing'))], ['information']);
  });
  it('a table 二 row whose label\'s characters and numbers stand under another sub-table: information', () => {
    assert.ok(!said(truth('v028'), 'pdf-raw', 'row-missing').includes('error'));
  });
  it('（     七    ）       总       计, spread wider than its neighbours, is （七）总计', () => {
    assert.deepStrictEqual(said(truth('v038'), 'pdf-layout', 'row-missing'), []);
  });
  it('a vertical parent beside a row label (三、本 （四）无法提供 3.补正后申请内容仍) is no part heading', () => {
    assert.strictEqual(detectSectionHeading('三、本 （四）无法提供 3.补正后申请内容仍'), undefined);
    assert.strictEqual(detectSectionHeading('三、收到和处理政府信息公开申请情况')?.ordinal, '三');
    assert.deepStrictEqual(said(truth('v033'), 'pdf-layout', 'section-duplicate'), []);
  });
  it('prose is not compared with a table 四 group read short (its cells a guess)', () => {
    assert.deepStrictEqual(said(truth('v020'), 'pdf-raw', 'narrative-mismatch').filter((s) => s !== 'information'), []);
  });
  it('every rendering of the variant corpus: no false error, no false warning', () => {
    const failures: string[] = [];
    for (const t of truths) {
      for (const layout of Object.keys(t.renderings)) {
        const r = evaluateText(t, layout, rendering(t, layout));
        for (const d of r.falseErrors) failures.push(`${t.id}/${layout}: error ${d.rule} ${d.message}`);
        for (const d of r.falseWarnings) failures.push(`${t.id}/${layout}: warning ${d.rule} ${d.message}`);
      }
    }
    assert.deepStrictEqual(failures, []);
  });
});

describe('table variants: table 四 in plain PDF text that cannot be read is there, not missing', () => {
  const lines = (...l: string[]) => ['四、政府信息公开行政复议、行政诉讼情况', ...l, '', '五、存在的主要问题及改进情况', '', '存在问题：无。改进：加强。'].join('\n');
  const tableMissing = (text: string) => checkText(text).diagnostics.filter((d) => d.rule === 'table-missing' && d.message.includes('第四部分')).map((d) => d.severity);
  it('a header cell spelt two characters per line (行政 / 复议 / 结果 / 维持): information', () => {
    assert.deepStrictEqual(tableMissing(lines('行政', '', '复议', '', '结果', '', '维持', '', '未经', '复议')), ['information']);
  });
  it('a flattened header (行政复议结果维 行政复议结果纠 …): information', () => {
    assert.deepStrictEqual(tableMissing(lines('行政复议结果维 行政复议结果纠 行政复议其他结 行政复议尚未审', '行政复议总计', '持', '正')), ['information']);
  });
  it('a sentence about 行政复议 is no header: the table is missing', () => {
    assert.deepStrictEqual(tableMissing(lines('行政复议结果：本年度未发生，行政诉讼0件。')), ['error']);
  });
});

describe('table variants: a parent and its leaf each distributed over its own cell, a wide gap between', () => {
  it('（ 五 ） 不 予 处 理       2. 重 复 申 请 is the row 2.重复申请 with its numbers', () => {
    const t = truth('v029');
    const text = rendering(t, 'pdf-layout');
    assert.ok(/（ 五 ） 不 予 处 理 {3,}2\. 重 复 申 请/.test(text), 'the rendering has the pattern');
    const r = evaluateText(t, 'pdf-layout', text);
    assert.deepStrictEqual(r.cellMisses.filter((m) => m.row === 'np_repeat'), []);
  });
});
