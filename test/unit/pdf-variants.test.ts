/**
 * PDF text beyond our corpus generator (issue 12, class 1): `pdftotext -layout`-style examples of what
 * real reports do and LibreOffice-made Word tables do not — a WPS table with uneven column widths and
 * labels on one line, the seven column words on one header line, table 三 over two pages with and
 * without its header repeated, table 二 with 万元 amounts, full-width digits. Each must be read
 * exactly, or left unread with an information: never a false error or warning.
 *
 * The lines are laid out here by column (pdftotext gives one column per glyph), from one set of true
 * tables whose sums all hold, so every cell can be compared.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import type { ReportModel } from '../../server/src/engine/model';
import { FORMATS } from '../../server/src/engine/format';

type Cells = (number | null)[];

// The true tables (2021 format, report year 2023): every sum holds, a two-digit value here and there.
const T3: Record<string, Cells> = {
  new_received: [12, 3, 0, 1, 0, 0, 16],
  carried_over: [2, 0, 0, 0, 0, 0, 2],
  granted: [5, 1, 0, 0, 0, 0, 6],
  partial: [2, 1, 0, 0, 0, 0, 3],
  deny_3s1w: [1, 0, 0, 0, 0, 0, 1],
  unable_nohold: [3, 0, 0, 1, 0, 0, 4],
  unable_make: [1, 0, 0, 0, 0, 0, 1],
  np_repeat: [1, 0, 0, 0, 0, 0, 1],
  result_total: [13, 2, 0, 1, 0, 0, 16],
  carry_forward: [1, 1, 0, 0, 0, 0, 2],
};
const ROWS = FORMATS['2021'].table3Rows;
const t3 = (key: string): Cells => T3[key] ?? [0, 0, 0, 0, 0, 0, 0];
const T4: Cells = [1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

/** A line of PDF layout text: each text put at its column, in order. */
function at(...parts: [number, string][]): string {
  let s = '';
  for (const [x, text] of parts) s = s.padEnd(Math.max(x, s.length ? s.length + 1 : 0)) + text;
  return s;
}

type Align = 'center' | 'right' | 'left';

/** Values put into columns: centred on `centers`, ending at them (right-aligned) or starting 2 left of them. */
function values(cells: (number | string | null)[], centers: number[], align: Align): [number, string][] {
  const out: [number, string][] = [];
  cells.forEach((v, i) => {
    if (v === null) return;
    const t = String(v);
    out.push([align === 'right' ? centers[i] - t.length : align === 'left' ? centers[i] - 2 : Math.round(centers[i] - t.length / 2), t]);
  });
  return out;
}

const head = (year: number) => [
  `示范县市场监督管理局${year}年政府信息公开工作年度报告`,
  '  一、总体情况',
  `  ${year}年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开。`,
  '  （一）主动公开',
  '  全年主动公开政府信息326条。',
  '  （二）依申请公开',
  '  本年新收政府信息公开申请16件，上年结转2件。',
  '  （三）政府信息管理',
  '  严格落实公开前保密审查制度。',
  '  （四）政府信息公开平台建设',
  '  持续优化政府网站政府信息公开专栏。',
  '  （五）监督保障',
  '  将政务公开纳入年度绩效考核。',
  '  二、主动公开政府信息情况',
];
const TABLE2 = [
  at([16, '第二十条第（一）项']),
  at([2, '信息内容'], [14, '本年制发件数'], [30, '本年废止件数'], [46, '现行有效件数']),
  at([3, '规章'], [19, '0'], [35, '0'], [51, '3']),
  at([1, '行政规范性文件'], [19, '2'], [35, '1'], [50, '15']),
  '',
  at([16, '第二十条第（五）项']),
  at([2, '信息内容'], [24, '本年处理决定数量']),
  at([2, '行政许可'], [31, '120']),
  '',
  at([16, '第二十条第（六）项']),
  at([2, '信息内容'], [24, '本年处理决定数量']),
  at([2, '行政处罚'], [31, '35']),
  at([2, '行政强制'], [32, '2']),
  '',
  at([16, '第二十条第（八）项']),
  at([2, '信息内容'], [21, '本年收费金额（单位：万元）']),
  at([1, '行政事业性收费'], [29, '12.3456']),
  '',
];
const TAIL = [
  '',
  '  五、存在的主要问题及改进情况',
  '  存在的问题：部分栏目更新不够及时。改进措施：下一步将加强培训，完善工作机制。',
  '  六、其他需要报告的事项',
  '  本年度未收取信息处理费。',
];

/** Table 四 as LibreOffice lays it out: the groups' header words over every column on the third line. */
function table4(rowValues: (number | string | null)[] = T4, step = 6, label = (l: string) => l): string[] {
  const centers = Array.from({ length: 15 }, (_, i) => 3 + i * step);
  const words = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    '  四、政府信息公开行政复议、行政诉讼情况',
    at([2 * step, '行政复议'], [10 * step, '行政诉讼']),
    at([6 * step, '未经复议直接起诉'], [11 * step, '复议后起诉']),
    at(...centers.map((c, i): [number, string] => { const w = label(words[i % 5]); return [Math.round(c - w.length / 2), w]; })),
    at(...values(rowValues, centers, 'center')),
  ];
}

/**
 * Table 三 laid out as a wide WPS table: the parent labels in their own columns on the middle line of
 * the rows they span, every label on one line, uneven value columns.
 */
function wideTable3(opts: { header: string[]; centers: number[]; align: Align; parents?: 'middle' | 'own-line' | 'vertical'; wrapAt?: number; cell?: (key: string, c: Cells) => (number | string | null)[]; pageBreakBefore?: string; repeat?: string[]; footer?: string; rows?: typeof ROWS; centersAfterBreak?: number[] }): string[] {
  const out = ['  三、收到和处理政府信息公开申请情况', ...opts.header];
  const spans = new Map<string, string[]>();
  const rows = opts.rows ?? ROWS;
  for (const r of rows) for (const p of r.path.slice(0, -1)) spans.set(p, [...(spans.get(p) ?? []), r.key]);
  const middle = new Map<string, string[]>();
  for (const [p, keys] of spans) {
    const k = keys[Math.floor((keys.length - 1) / 2)];
    middle.set(k, [...(middle.get(k) ?? []), p]);
  }
  // Parent labels laid vertically: two characters on each line of the rows they span, centred.
  const vertical = new Map<string, [number, string][]>();
  if (opts.parents === 'vertical') {
    for (const [p, keys] of spans) {
      const chunks = p.match(/.{1,2}/gu)!;
      const first = Math.max(0, Math.floor((keys.length - chunks.length) / 2));
      const x = rows.find((r) => r.key === keys[0])!.path.indexOf(p) === 0 ? 0 : 6;
      chunks.forEach((c, i) => { const k = keys[Math.min(first + i, keys.length - 1)]; vertical.set(k, [...(vertical.get(k) ?? []), [x, c]]); });
    }
  }
  for (const r of rows) {
    if (r.key === opts.pageBreakBefore) out.push('', '', at([30, opts.footer ?? '- 4 -']), '\f' + at([6, '示范县市场监督管理局2023年政府信息公开工作年度报告']), ...(opts.repeat ?? []));
    const depth = r.path.length;
    const parts: [number, string][] = [];
    // Word centres a merged cell's text: it falls on a row's line, or on a line of its own between rows.
    if (opts.parents === 'vertical') parts.push(...(vertical.get(r.key) ?? []));
    else for (const p of middle.get(r.key) ?? []) {
      if (opts.parents === 'own-line') out.push(at([r.path.indexOf(p) === 0 ? 0 : 12, p]));
      else parts.push([r.path.indexOf(p) === 0 ? 0 : 12, p]);
    }
    // Rows of one, two or three label levels start in the first, second or third label column; a long
    // label wraps, its rest on the next line.
    const x = depth === 1 ? 0 : depth === 2 ? 12 : 20;
    const head = opts.wrapAt && r.label.length > opts.wrapAt ? r.label.slice(0, opts.wrapAt) : r.label;
    parts.push([x, head]);
    parts.sort((a, b) => a[0] - b[0]);
    const label = parts.filter((p, i) => i === 0 || p[0] > parts[i - 1][0]);
    const cells = (opts.cell ?? ((_k, c) => c))(r.key, t3(r.key));
    const broken = opts.pageBreakBefore !== undefined && rows.findIndex((x) => x.key === opts.pageBreakBefore) <= rows.indexOf(r);
    out.push(at(...label, ...values(cells, broken && opts.centersAfterBreak ? opts.centersAfterBreak : opts.centers, opts.align)));
    if (head !== r.label) out.push(at([x, r.label.slice(head.length)]));
  }
  return out;
}

/** Header words as pdftotext gives a WPS header: all seven column words on one line. */
function oneLineHeader(centers: number[]): string[] {
  const words = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
  return [
    at([0, '（本列数据的勾稽关系为：第一项加'], [centers[0] + 10, '申请人情况']),
    at([0, '第二项之和，等于第三项加第四项之和）'], [centers[2], '法人或其他组织']),
    at(...words.map((w, i): [number, string] => [Math.round(centers[i] - w.length / 2), w])),
  ];
}

function report(t3lines: string[], t2 = TABLE2, t4 = table4(), year = 2023): string {
  return [...head(year), ...t2, ...t3lines, '', ...t4, ...(year < 2021 ? TAIL.slice(0, -1).concat('  无。') : TAIL)].join('\n');
}

function cellsOf(model: ReportModel, rows = ROWS): Record<string, (number | null)[] | undefined> {
  const out: Record<string, (number | null)[] | undefined> = {};
  for (const r of rows) out[r.key] = model.table3?.rows.get(r.key)?.cells.map((c) => (c.value.kind === 'number' ? c.value.value! : c.value.kind === 'blank' ? null : NaN));
  return out;
}
const truth3 = (rows = ROWS) => Object.fromEntries(rows.map((r) => [r.key, t3(r.key)]));
const table4Of = (model: ReportModel) => [...(model.table4?.groups.values() ?? [])].flatMap((g) => g.cells.map((c) => (c.value.kind === 'number' ? c.value.value! : c.value.kind === 'blank' ? null : NaN)));
const problems = (text: string) => checkText(text).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.range.start.line + 1} ${d.rule} ${d.message}`);

// Uneven columns: a narrow 自然人, wide 社会公益组织 and 法律服务机构, a narrow 其他.
const UNEVEN = [76, 84, 93, 104, 118, 128, 135];

describe('PDF text variants: a WPS table with uneven columns and labels on one line', () => {
  for (const align of ['center', 'right', 'left'] as const) {
    it(`values ${align === 'center' ? 'centred' : align + '-aligned'}, the seven column words on one header line: every cell exact, nothing reported`, () => {
      const text = report(wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align }));
      const a = checkText(text);
      assert.deepStrictEqual(cellsOf(a.model), truth3());
      assert.deepStrictEqual(table4Of(a.model), T4);
      assert.deepStrictEqual(problems(text), []);
    });
  }

  it('parent labels on lines of their own between the rows they span: every cell exact, nothing reported', () => {
    const text = report(wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align: 'right', parents: 'own-line' }));
    assert.ok(text.split('\n').some((l) => l.trim() === '三、本年度办理结果'));
    assert.deepStrictEqual(cellsOf(checkText(text).model), truth3());
    assert.deepStrictEqual(problems(text), []);
  });

  for (const wrapAt of [undefined, 16]) {
    it(`parent labels laid vertically, two characters a line, beside leaf labels ${wrapAt ? 'wrapped after 16 characters' : 'on one line'}: every cell exact`, () => {
      const text = report(wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align: 'center', parents: 'vertical', wrapAt }));
      assert.ok(text.includes('\n本年'));
      assert.deepStrictEqual(cellsOf(checkText(text).model), truth3());
      assert.deepStrictEqual(problems(text), []);
    });
  }

  it('the header in two lines (自然人 / 法人或其他组织 / 总计 over the five organisation words): every cell exact', () => {
    const c = UNEVEN;
    const header = [
      at([0, '（本列数据的勾稽关系为：第一项加'], [c[2], '申请人情况']),
      at([0, '第二项之和，等于第三项加第四项之和）'], [c[0] - 1, '自然人'], [c[2], '法人或其他组织'], [c[6] - 1, '总计']),
      at(...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((w, i): [number, string] => [Math.round(c[i + 1] - w.length / 2), w])),
    ];
    const text = report(wideTable3({ header, centers: c, align: 'center' }));
    assert.deepStrictEqual(cellsOf(checkText(text).model), truth3());
    assert.deepStrictEqual(problems(text), []);
  });

  it('blank cells in uneven columns are placed by position: cell-missing names the blank columns', () => {
    const blank = (key: string, c: Cells) => (key === 'deny_secret' ? [null, null, null, null, null, 0, 0] : c);
    const text = report(wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align: 'right', cell: blank }));
    const a = checkText(text);
    assert.deepStrictEqual(cellsOf(a.model).deny_secret, [null, null, null, null, null, 0, 0]);
    const found = problems(text);
    assert.strictEqual(found.length, 1, found.join('\n'));
    assert.match(found[0], /cell-missing “1.属于国家秘密”行“自然人”、“商业企业”、“科研机构”、“社会公益组织”、“法律服务机构”为空/);
  });
});

describe('PDF text variants: zeros left blank', () => {
  const blankZeros = (_k: string, c: Cells) => c.map((v) => (v === 0 ? null : v));
  const want = (key: string) => t3(key).map((v) => (v === 0 ? null : v));

  it('every zero of table 三 left blank, values centred (no line has all seven): placed under the header’s labels', () => {
    const text = report(wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align: 'center', cell: blankZeros }));
    const a = checkText(text);
    assert.deepStrictEqual(cellsOf(a.model), Object.fromEntries(ROWS.map((r) => [r.key, want(r.key)])));
    // Blank cells are worth a warning (cell-missing, one per row with a blank); nothing else is.
    const found = problems(text);
    assert.strictEqual(found.filter((p) => / cell-missing /.test(p)).length, ROWS.length);
    assert.deepStrictEqual(found.filter((p) => !/ cell-missing /.test(p)), []);
  });

  it('the same with values at the right edge of wide cells, under no label: left unread with one information, never misplaced', () => {
    // Each cell ends halfway to the next column's centre; a value right-aligned there lies under no label.
    const edges = UNEVEN.map((c, i) => (i + 1 < UNEVEN.length ? Math.floor((c + UNEVEN[i + 1]) / 2) - 1 : c + 4));
    const text = report(wideTable3({ header: oneLineHeader(UNEVEN), centers: edges, align: 'right', cell: blankZeros }));
    const a = checkText(text);
    const got = cellsOf(a.model);
    let unread = 0;
    for (const r of ROWS) {
      if (a.model.table3!.rows.get(r.key)!.uncertain) { unread++; assert.ok(got[r.key]!.every((v) => v === null), r.key); } else assert.deepStrictEqual(got[r.key], want(r.key), r.key);
    }
    assert.ok(unread > 0, 'the values at the right edges are not placed');
    const info = a.diagnostics.filter((d) => d.severity === 'information' && d.rule === 'cell-missing');
    assert.strictEqual(info.length, 1);
    assert.match(info[0].message, /无法按位置可靠地对应到列/);
    assert.deepStrictEqual(problems(text).filter((p) => !/ cell-missing /.test(p)), []);
  });
});

describe('PDF text variants: table 三 over two pages', () => {
  const header = oneLineHeader(UNEVEN);
  for (const repeat of [false, true]) {
    it(`a page break before 4.保护第三方合法权益 ${repeat ? 'with' : 'without'} the header repeated: every cell exact`, () => {
      const text = report(wideTable3({ header, centers: UNEVEN, align: 'center', pageBreakBefore: 'deny_third', repeat: repeat ? header : [] }));
      assert.deepStrictEqual(cellsOf(checkText(text).model), truth3());
      assert.deepStrictEqual(problems(text), []);
    });
  }

  for (const footer of ['第 4 页 共 9 页', '4', '— 4 —', '第4页']) {
    it(`a page footer ${footer} and the running header between the pages: every cell exact`, () => {
      const text = report(wideTable3({ header, centers: UNEVEN, align: 'right', pageBreakBefore: 'unable_make', footer }));
      assert.deepStrictEqual(cellsOf(checkText(text).model), truth3());
      assert.deepStrictEqual(problems(text), []);
    });
  }

  it('the columns laid out elsewhere on the next page: a row with a blank cell just before the break is placed against its own page', () => {
    const blank = (k: string, c: Cells) => (k === 'deny_law' ? [1, null, 0, 0, 0, 0, 1] : k === 'new_received' ? [13, 3, 0, 1, 0, 0, 17] : k === 'result_total' ? [14, 2, 0, 1, 0, 0, 17] : c);
    const text = report(wideTable3({ header, centers: UNEVEN, align: 'center', cell: blank, pageBreakBefore: 'deny_3s1w', centersAfterBreak: UNEVEN.map((c, i) => c - 30 + i * 2) })).replace('申请16件', '申请17件');
    const a = checkText(text);
    assert.deepStrictEqual(cellsOf(a.model).deny_law, [1, null, 0, 0, 0, 0, 1]);
    const found = problems(text);
    assert.strictEqual(found.length, 1, found.join('\n'));
    assert.match(found[0], /cell-missing “2.其他法律行政法规禁止公开”行“商业企业”为空/);
  });

  it('a page break inside the parent labels’ span (三、本年度办理结果 on the next page): every cell exact', () => {
    const text = report(wideTable3({ header, centers: UNEVEN, align: 'center', pageBreakBefore: 'np_petition', repeat: header }));
    assert.deepStrictEqual(cellsOf(checkText(text).model), truth3());
    assert.deepStrictEqual(problems(text), []);
  });
});

describe('PDF text variants: table 二 with 万元 amounts', () => {
  it('the 2021 table 二 with a 万元 amount of four decimals and its column label wrapped over two lines', () => {
    const t2 = TABLE2.map((l) => l);
    const i = t2.findIndex((l) => l.includes('本年收费金额'));
    t2.splice(i, 2, at([2, '信息内容'], [21, '本年收费金额（单位：']), at([1, '行政事业性收费'], [29, '12.3456']), at([24, '万元）']));
    const text = report(wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align: 'center' }), t2);
    const a = checkText(text);
    assert.strictEqual(a.model.format, '2021');
    const fee = a.model.table2!.subs.get('art20_8')!.rows.get('administrative_fees')!.cells[0].value;
    assert.deepStrictEqual([fee.kind, fee.kind === 'number' && fee.value], ['number', 12.3456]);
    assert.deepStrictEqual(problems(text), []);
  });
});

describe('PDF text variants: full-width digits', () => {
  const wide = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  it('full-width digits in tables 三 and 四 are read as their numbers', () => {
    const toWide = (_k: string, c: Cells) => c.map((v) => (v === null ? null : wide(String(v))));
    const text = report(wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align: 'center', cell: toWide }), TABLE2, table4(T4.map((v) => wide(String(v)))));
    const a = checkText(text);
    assert.deepStrictEqual(cellsOf(a.model), truth3());
    assert.deepStrictEqual(table4Of(a.model), T4);
    assert.deepStrictEqual(problems(text), []);
  });
});

// The 2019 table 二: five sub-tables, 上一年项目数量 wrapped under its header line, a negative 本年增/减, 采购总金额 in 万元.
const TABLE2_2019 = [
  at([16, '第二十条第（一）项']),
  at([2, '信息内容'], [14, '本年新制作数量'], [30, '本年新公开数量'], [46, '对外公开总数量']),
  at([3, '规章'], [19, '0'], [35, '0'], [51, '3']),
  at([2, '规范性文件'], [19, '2'], [35, '2'], [50, '15']),
  '',
  at([16, '第二十条第（五）项']),
  // Word puts the single-line header cells level with the first line of the wrapped one.
  at([2, '信息内容'], [14, '上一年项目数'], [30, '本年增/减'], [44, '处理决定数量']),
  at([17, '量']),
  at([2, '行政许可'], [19, '46'], [35, '-2'], [50, '120']),
  at([0, '其他对外管理服务'], [19, '3'], [35, '0'], [51, '7']),
  at([3, '事项']),
  '',
  at([16, '第二十条第（六）项']),
  at([2, '信息内容'], [14, '上一年项目数量'], [30, '本年增/减'], [44, '处理决定数量']),
  at([2, '行政处罚'], [19, '52'], [35, '+3'], [51, '35']),
  at([2, '行政强制'], [19, '6'], [35, '0'], [51, '2']),
  '',
  at([16, '第二十条第（八）项']),
  at([2, '信息内容'], [14, '上一年项目数量'], [30, '本年增/减']),
  at([1, '行政事业性收费'], [19, '4'], [35, '-1']),
  '',
  at([16, '第二十条第（九）项']),
  at([2, '信息内容'], [14, '采购项目数量'], [30, '采购总金额']),
  at([1, '政府集中采购'], [19, '12'], [32, '356.80']),
  '',
];

describe('PDF text variants: the 2019 tables (a 2020 report)', () => {
  const ROWS_2019 = FORMATS['2019'].table3Rows;

  it('every cell of tables 二 and 三 (（六）其他处理 a row with numbers), the 万元 amount and signed changes read, nothing reported', () => {
    const text = report(wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align: 'center', rows: ROWS_2019 }), TABLE2_2019, table4(), 2020);
    const a = checkText(text);
    assert.strictEqual(a.model.format, '2019');
    assert.deepStrictEqual(cellsOf(a.model, ROWS_2019), truth3(ROWS_2019));
    const sub = (k: string, row: string) => a.model.table2!.subs.get(k)?.rows.get(row)?.cells.map((c) => (c.value.kind === 'number' ? c.value.value : c.value.kind));
    assert.deepStrictEqual(sub('art20_5', 'licensing'), [46, -2, 120]);
    assert.deepStrictEqual(sub('art20_5', 'other_services'), [3, 0, 7]);
    assert.deepStrictEqual(sub('art20_6', 'penalty'), [52, 3, 35]);
    assert.deepStrictEqual(sub('art20_8', 'administrative_fees'), [4, -1]);
    assert.deepStrictEqual(sub('art20_9', 'centralized_procurement'), [12, 356.8]);
    assert.deepStrictEqual(problems(text), []);
  });
});

describe('PDF text variants: table 四 in a WPS table', () => {
  // Uneven columns; the value line has the first two groups only (the third left blank).
  const centers = [3, 9, 15, 21, 26, 33, 40, 47, 54, 60, 68, 75, 82, 89, 95];
  const words = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const head4 = [
    '  四、政府信息公开行政复议、行政诉讼情况',
    at([10, '行政复议'], [58, '行政诉讼']),
    at([36, '未经复议直接起诉'], [76, '复议后起诉']),
    at(...centers.map((c, i): [number, string] => [Math.round(c - words[i % 5].length / 2), words[i % 5]])),
  ];
  it('the third group blank: its cells are blank (cell-missing), the others exact', () => {
    const row = T4.map((v, i) => (i >= 10 ? null : v));
    const text = report(wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align: 'center' }), TABLE2, [...head4, at(...values(row, centers, 'center'))]);
    const a = checkText(text);
    assert.deepStrictEqual(table4Of(a.model), row);
    const found = problems(text);
    assert.strictEqual(found.length, 1, found.join('\n'));
    assert.match(found[0], /cell-missing/);
  });

  it('the header words of each column stacked in two pieces (结果 / 维持), values right-aligned: exact', () => {
    const stacked = [
      ...head4.slice(0, 3),
      at(...centers.map((c, i): [number, string] => [Math.round(c - 1), words[i % 5].slice(0, 2)])),
      at(...centers.map((c, i): [number, string] => [Math.round(c - 1), words[i % 5].slice(2)]).filter(([, t]) => t)),
    ];
    const text = report(wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align: 'center' }), TABLE2, [...stacked, at(...values(T4, centers.map((c) => c + 1), 'right'))]);
    assert.deepStrictEqual(table4Of(checkText(text).model), T4);
    assert.deepStrictEqual(problems(text), []);
  });
});

describe('PDF text variants: distributed alignment (分散对齐) spreads a cell’s characters with spaces', () => {
  const spread = (s: string) => [...s].join(' ');
  it('table 二 labels and table 三 header words spread: every cell exact, nothing reported', () => {
    const t2 = TABLE2.map((l) => l.replace(/行政许可|行政处罚|行政强制|规章(?= )/g, spread));
    const header = oneLineHeader(UNEVEN).map((l, i) => (i === 2 ? l.replace(/(自然人|其他|总计)/g, spread) : l));
    const text = report(wideTable3({ header, centers: UNEVEN, align: 'center' }), t2);
    assert.ok(text.includes('行 政 许 可') && text.includes('自 然 人'));
    const a = checkText(text);
    assert.deepStrictEqual(cellsOf(a.model), truth3());
    assert.deepStrictEqual(a.model.table2!.subs.get('art20_5')!.rows.get('licensing')?.cells.map((c) => c.value.kind === 'number' && c.value.value), [120]);
    assert.deepStrictEqual(problems(text), []);
  });

  it('table 三 row labels spread (（ 一 ） 予 以 公 开): every cell exact, nothing reported', () => {
    const lines = wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align: 'center' }).map((l) => l.replace(/（一）予以公开|2\.重复申请|3\.其他/, spread));
    const text = report(lines);
    assert.ok(text.includes('（ 一 ） 予 以 公 开'));
    assert.deepStrictEqual(cellsOf(checkText(text).model), truth3());
    assert.deepStrictEqual(problems(text), []);
  });
});

describe('PDF text variants: a label the reader cannot take for a row never moves numbers to another row', () => {
  it('（一）予以公开 garbled into 予以公示 (no numbering, no known label): its numbers are read for no other row', () => {
    const lines = wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align: 'center' }).map((l) => l.replace('（一）予以公开', '予以公示'));
    const text = report(lines);
    const a = checkText(text);
    const got = cellsOf(a.model);
    // Every row read is right; a row whose numbers cannot be told is blank (unread), never another row's.
    for (const r of ROWS) if (got[r.key] && got[r.key]!.some((v) => v !== null)) assert.deepStrictEqual(got[r.key], t3(r.key), r.key);
    assert.ok(Object.values(got).filter((v) => v && v.some((x) => x !== null)).length >= ROWS.length - 3);
    assert.deepStrictEqual(a.diagnostics.filter((d) => ['row-total', 'result-total', 'balance'].includes(d.rule)).map((d) => d.message), []);
  });
});

describe('PDF text variants: more of what real PDFs hold', () => {
  it('thousands separators in table 二 (1,332) and table 三 (1,024): the numbers', () => {
    const t2 = TABLE2.map((l) => l.replace(/(行政处罚\s+)35/, '$11,332'));
    const big = (k: string, c: Cells) => (k === 'new_received' ? [1012, 3, 0, 1, 0, 0, '1,016'] : k === 'result_total' ? [1013, 2, 0, 1, 0, 0, '1,016'] : k === 'carry_forward' ? [1, 1, 0, 0, 0, 0, 2] : k === 'np_repeat' ? [1001, 0, 0, 0, 0, 0, '1,001'] : c);
    const text = report(wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align: 'center', cell: big }), t2).replace('申请16件', '申请1016件');
    const a = checkText(text);
    assert.deepStrictEqual(a.model.table2!.subs.get('art20_6')!.rows.get('penalty')!.cells.map((c) => c.value.kind === 'number' && c.value.value), [1332]);
    assert.deepStrictEqual(cellsOf(a.model).new_received, [1012, 3, 0, 1, 0, 0, 1016]);
    assert.deepStrictEqual(cellsOf(a.model).np_repeat, [1001, 0, 0, 0, 0, 0, 1001]);
    assert.deepStrictEqual(problems(text), []);
  });

  it('table 四 header words spread (结 果 维 持), the third group blank: the numbers in their columns', () => {
    const row = T4.map((v, i) => (i >= 10 ? null : v));
    const t4 = table4(row, 9, (w) => (w.length === 4 ? [...w].join(' ') : w));
    const text = report(wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align: 'center' }), TABLE2, t4);
    assert.ok(text.includes('结 果 维 持'));
    assert.deepStrictEqual(table4Of(checkText(text).model), row);
    const found = problems(text);
    assert.strictEqual(found.length, 1, found.join('\n'));
    assert.match(found[0], /cell-missing .*复议后起诉/);
  });
});


describe('PDF text variants: leaf labels written without their numbering (属于国家秘密)', () => {
  it('each is a row of its own, read exactly: label-nonstandard for each, nothing else', () => {
    const lines = wideTable3({ header: oneLineHeader(UNEVEN), centers: UNEVEN, align: 'center' }).map((l) => l.replace(/(\s)[1-8]\.(?=\S)/g, '$1'));
    const text = report(lines);
    assert.ok(text.includes(' 属于国家秘密 ') && !text.includes('1.属于国家秘密'));
    assert.deepStrictEqual(cellsOf(checkText(text).model), truth3());
    const found = problems(text);
    assert.strictEqual(found.length, ROWS.filter((r) => /^\d\./.test(r.label)).length);
    for (const p of found) assert.match(p, / label-nonstandard “.+”不是标准名称，应为“\d\./);
  });
});

describe('PDF text variants: a parent label beside a row that reads like a section heading', () => {
  it('三、本年度 beside 3.补正后申请内容仍不明确 and its numbers is a table row, not section 三 again', () => {
    // Narrow value columns and wrapped labels: the row's line is short enough to be taken for a heading.
    const narrow = [38, 45, 52, 59, 66, 73, 80];
    const lines = wideTable3({ header: oneLineHeader(narrow), centers: narrow, align: 'center', wrapAt: 16 }).map((l) => {
      if (l.startsWith('三、本年度办理结果')) return ' '.repeat('三、本年度办理结果'.length) + l.slice('三、本年度办理结果'.length);
      if (l.includes('3.补正后申请内容仍不明确')) return '三、本年度' + l.slice('三、本年度'.length);
      return l;
    });
    const text = report(lines);
    assert.match(text, /\n三、本年度 +3\.补正后申请内容仍不明确 +0 /);
    assert.ok(text.split('\n').find((l) => l.startsWith('三、本年度 '))!.length < 100);
    const a = checkText(text);
    assert.deepStrictEqual(a.model.sections.map((s) => s.ordinal), ['一', '二', '三', '四', '五', '六']);
    assert.deepStrictEqual(cellsOf(a.model), truth3());
    assert.deepStrictEqual(problems(text), []);
  });
});

describe('PDF text variants: found on unseen corpora (seeds 7 and 11)', () => {
  const header = oneLineHeader(UNEVEN);
  it('a row cut by a page break, the rest of its label (申请) after the repeated header: one row, read exactly', () => {
    const lines = wideTable3({ header, centers: UNEVEN, align: 'center', pageBreakBefore: 'np_publication', repeat: header });
    const cut = lines.findIndex((l) => l.includes('2.重复申请'));
    lines[cut] = lines[cut].replace('2.重复申请', '2.重复    ');
    lines.splice(lines.findIndex((l) => l.includes('3.要求提供公开出版物')), 0, at([20, '申请']));
    const text = report(lines);
    assert.match(text, /2\.重复 [^\n]*\n(?:.*\n){3,}\f.*\n(?:.*\n){3} {20}申请\n/);
    assert.deepStrictEqual(cellsOf(checkText(text).model), truth3());
    assert.deepStrictEqual(problems(text), []);
  });

  it('a typo in the label before 2019’s （六）其他处理 (已获信息): （六）其他处理 is still the row with numbers', () => {
    const rows = FORMATS['2019'].table3Rows;
    const lines = wideTable3({ header, centers: UNEVEN, align: 'center', rows }).map((l) => l.replace('已获取信息', '已获信息'));
    const text = report(lines, TABLE2_2019, table4(), 2020);
    assert.ok(text.includes('5.要求行政机关确认或重新出具已获信息'));
    const a = checkText(text);
    assert.deepStrictEqual(cellsOf(a.model, rows), truth3(rows));
    assert.deepStrictEqual(problems(text).filter((p) => !/ label-nonstandard | format-newer | year-mismatch /.test(p)), []);
  });
});
