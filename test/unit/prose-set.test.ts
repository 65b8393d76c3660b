/**
 * Prose written fresh in the styles of townships, county bureaus, city departments, ministries and public
 * institutions (issue 12, class 4): test/fixtures/prose/paragraphs.txt says, for each paragraph, which figures
 * a careful reviewer checks against the tables; each paragraph is read inside a report with its table set, and
 * the engine must find exactly those figures and warn exactly where one differs from its table. The whole
 * reports of test/fixtures/prose/reports agree with their tables: no narrative finding at all.
 * PROSE_SET_REPORT=1 prints how many figures were found, false and missed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import type { Diagnostic } from '../../server/src/engine';
import { closedClaims } from '../../server/src/engine/narrative/closed';
import { numberValue } from '../../server/src/engine/narrative/numbers';
import { renderTable2, renderTable3, renderTable4, RowValues } from '../../server/src/engine/fixes/templates';

const ROOT = path.join(__dirname, '..', '..', '..');
const DIR = path.join(ROOT, 'test', 'fixtures', 'prose');

/** A table set: table 三 (every application in the 自然人 column), table 四's 15 cells, and the figures by hand. */
interface TableSet { t3: Record<string, number>; t4: number[]; figures: Record<string, number>; format?: '2019' | '2021'; year?: number }

const row = (n: number) => [String(n), '0', '0', '0', '0', '0', String(n)];

/** 行政复议 (维持, 纠正, 其他, 未审结, 总计), then 直接起诉 and 复议后起诉 the same way. */
const T4_ZERO = new Array(15).fill(0);

const SETS: Record<string, TableSet> = {
  // 乡镇: 3 new, 予以公开 1, 不掌握 1, 信访 1.
  S: {
    t3: { new_received: 3, carried_over: 0, granted: 1, unable_nohold: 1, np_petition: 1, result_total: 3, carry_forward: 0 },
    t4: T4_ZERO,
    figures: { new: 3, carried: 0, answered: 3, forward: 0, disclosed: 1, granted: 1, partial: 0, denied: 0, unable: 1, review: 0, litigation: 0, corrected: 0, cases: 0 },
  },
  // 县局: 12 new + 2 carried = 14 closed (8 公开, 2 部分, 4 不掌握); 复议 3 (维持 2, 纠正 1), 诉讼 1 (维持) + 2 (纠正 1, 未审结 1).
  C: {
    t3: { new_received: 12, carried_over: 2, granted: 8, partial: 2, unable_nohold: 4, result_total: 14, carry_forward: 0 },
    t4: [2, 1, 0, 0, 3, 1, 0, 0, 0, 1, 0, 1, 0, 1, 2],
    figures: {
      new: 12, carried: 2, answered: 14, forward: 0, disclosed: 10, granted: 8, partial: 2, denied: 0, unable: 4, review: 3, litigation: 3,
      review_upheld: 2, review_corrected: 1, review_other: 0, review_pending: 0, litigation_upheld: 1, litigation_corrected: 1, litigation_other: 0, litigation_pending: 1, corrected: 2, cases: 6,
    },
  },
  // 市局: 156 new + 9 carried = 150 closed + 15 carried forward; 复议 5 (3, 1, 0, 1), 诉讼 4 (2, 0, 1, 1) + 1 (1, 0, 0, 0).
  M: {
    t3: {
      new_received: 156, carried_over: 9, granted: 60, partial: 18, deny_third: 3, deny_internal: 2, deny_process: 4, unable_nohold: 30, unable_make: 5, unable_unclear: 4,
      np_petition: 6, np_repeat: 5, np_publication: 3, oth_no_fix: 4, oth_other: 6, result_total: 150, carry_forward: 15,
    },
    t4: [3, 1, 0, 1, 5, 2, 0, 1, 1, 4, 1, 0, 0, 0, 1],
    figures: {
      new: 156, carried: 9, answered: 150, forward: 15, disclosed: 78, granted: 60, partial: 18, denied: 9, unable: 39, review: 5, litigation: 5,
      review_upheld: 3, review_corrected: 1, review_other: 0, review_pending: 1, litigation_upheld: 3, litigation_corrected: 0, litigation_other: 1, litigation_pending: 1, corrected: 1, cases: 10,
    },
  },
  // 部委: 486 new + 37 carried = 494 closed + 29 carried forward; 复议 14 (9, 2, 1, 2), 诉讼 11 (7, 1, 2, 1) + 6 (4, 0, 1, 1).
  N: {
    t3: {
      new_received: 486, carried_over: 37, granted: 120, partial: 41, deny_secret: 2, deny_law: 5, deny_third: 6, deny_internal: 10, deny_process: 8, deny_query: 12,
      unable_nohold: 150, unable_make: 20, unable_unclear: 18, np_petition: 40, np_repeat: 25, np_publication: 10, np_massive: 2, np_confirm: 3,
      oth_no_fix: 15, oth_other: 7, result_total: 494, carry_forward: 29,
    },
    t4: [9, 2, 1, 2, 14, 7, 1, 2, 1, 11, 4, 0, 1, 1, 6],
    figures: {
      new: 486, carried: 37, answered: 494, forward: 29, disclosed: 161, granted: 120, partial: 41, denied: 43, unable: 188, review: 14, litigation: 17,
      review_upheld: 9, review_corrected: 2, review_other: 1, review_pending: 2, litigation_upheld: 11, litigation_corrected: 1, litigation_other: 3, litigation_pending: 2, corrected: 3, cases: 31,
    },
  },
  // 医院、高校、企业: 2 new, both 予以公开.
  E: {
    t3: { new_received: 2, carried_over: 0, granted: 2, result_total: 2, carry_forward: 0 },
    t4: T4_ZERO,
    figures: { new: 2, carried: 0, answered: 2, forward: 0, disclosed: 2, granted: 2, partial: 0, denied: 0, unable: 0, review: 0, litigation: 0, corrected: 0, cases: 0 },
  },
  // A 2020 report, 2019 format: 7 new + 1 carried = 7 closed + 1 carried forward; 复议 1 (维持).
  P: {
    format: '2019',
    year: 2020,
    t3: { new_received: 7, carried_over: 1, granted: 3, partial: 1, unable_nohold: 2, np_repeat: 1, result_total: 7, carry_forward: 1 },
    t4: [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    figures: { new: 7, carried: 1, answered: 7, forward: 1, disclosed: 4, granted: 3, partial: 1, denied: 0, unable: 2, review: 1, litigation: 0, corrected: 0, cases: 1 },
  },
  Z: {
    t3: {},
    t4: T4_ZERO,
    figures: { new: 0, carried: 0, answered: 0, forward: 0, disclosed: 0, granted: 0, partial: 0, denied: 0, unable: 0, review: 0, litigation: 0, corrected: 0, cases: 0 },
  },
};

function table3(set: TableSet): string[] {
  const values: RowValues = {};
  for (const [k, n] of Object.entries(set.t3)) values[k] = row(n);
  return renderTable3('pipe', set.format ?? '2021', 'zero', values);
}

function table4(set: TableSet): string[] {
  const t4 = renderTable4('tab', 'zero');
  t4[t4.length - 1] = set.t4.join('\t');
  return t4;
}

interface Expected { kind: string; value: number; scoped: boolean }
/** `severity` of the finding when the parts do not add up; `none`: the list names the rest it leaves out (其余…). */
interface ExpectedSum { total: number; parts: number[]; severity?: 'warning' | 'information' | 'none' }
/** `unread`: what a reviewer checks and gknb leaves unread on purpose (an uncertain reading says less), as written. */
interface Entry { id: string; who: string; part: string; set: string; text: string; claims: Expected[]; sums: ExpectedSum[]; closed: number; unread: string[] }

function parseParagraphs(source: string): Entry[] {
  const out: Entry[] = [];
  for (const chunk of source.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    if (!lines.length || !lines[0].startsWith('@ ')) continue;
    const [id, who, part, set] = lines[0].slice(2).trim().split(/\s+/);
    const e: Entry = { id, who, part, set, text: '', claims: [], sums: [], closed: 0, unread: [] };
    const text: string[] = [];
    for (const l of lines.slice(1)) {
      if (/^(?:\?|\+\?|\*\?) /.test(l)) {
        for (const c of l.replace(/^\S+ /, '').trim().split(/\s+/)) e.unread.push(l.startsWith('+') ? `sum ${c}` : c);
      } else if (l.startsWith('= ')) {
        for (const c of l.slice(2).trim().split(/\s+/)) {
          const m = /^([a-z_]+):(\d+)(~?)$/.exec(c);
          if (!m) throw new Error(`${id}: bad claim ${c}`);
          e.claims.push({ kind: m[1], value: Number(m[2]), scoped: m[3] === '~' });
        }
      } else if (l.startsWith('+ ')) {
        const m = /^\+ (\d+)=([\d+]+)\s*(!w|!i|!n)?\s*$/.exec(l);
        if (!m) throw new Error(`${id}: bad sum ${l}`);
        e.sums.push({ total: Number(m[1]), parts: m[2].split('+').map(Number), severity: m[3] === '!w' ? 'warning' : m[3] === '!i' ? 'information' : m[3] === '!n' ? 'none' : undefined });
      } else if (l.trim() === '* closed') e.closed++;
      else text.push(l);
    }
    e.text = text.join('\n');
    out.push(e);
  }
  return out;
}

/** Where a paragraph of each part goes: 四 before its table, 五, 六, or the overview. */
function report(e: Entry): string {
  const set = SETS[e.set];
  const at = (part: string) => (e.part === '复议诉讼' && part === '四') || (e.part === '存在问题' && part === '五') || (e.part === '其他事项' && part === '六');
  const own = !['复议诉讼', '存在问题', '其他事项'].includes(e.part);
  return [
    `示范市某机关${set.year ?? 2023}年政府信息公开工作年度报告`, '', '一、总体情况', '', own ? e.text : '本机关依法做好政府信息公开工作。', '',
    '二、主动公开政府信息情况', '', ...renderTable2('pipe', set.format ?? '2021', 'zero'), '',
    '三、收到和处理政府信息公开申请情况', '', ...table3(set), '',
    '四、政府信息公开行政复议、行政诉讼情况', '', ...(at('四') ? [e.text, ''] : []), ...table4(set), '',
    '五、存在的主要问题及改进情况', '', at('五') ? e.text : '问题是更新不及时，下一步将加强培训。', '',
    '六、其他需要报告的事项', '', at('六') ? e.text : '本年度未收取信息处理费。', '',
  ].join('\n');
}

const NARRATIVE_RULES = ['narrative-mismatch', 'narrative-sum', 'closed-but-carried', 'year-mismatch'];

/** Whether a stated figure agrees with its table (收到 N 件: new, or new + carried). */
function agrees(set: TableSet, c: Expected): boolean {
  const f = set.figures;
  if (c.kind === 'received') return c.value === f.new || c.value === f.new + f.carried;
  if (!(c.kind in f)) throw new Error(`no figure ${c.kind}`);
  return c.value === f[c.kind];
}

/** The findings a careful reviewer gives, as `rule severity number`. */
function expectedFindings(e: Entry): string[] {
  const set = SETS[e.set];
  const out: string[] = [];
  for (const c of e.claims) if (!agrees(set, c)) out.push(`narrative-mismatch ${c.scoped ? 'information' : 'warning'} ${c.value}`);
  for (const s of e.sums) {
    const sum = s.parts.reduce((a, b) => a + b, 0);
    if (sum !== s.total) {
      if (!s.severity) throw new Error(`${e.id}: sum ${s.total} needs !w, !i or !n`);
      if (s.severity !== 'none') out.push(`narrative-sum ${s.severity} ${s.total}`);
    }
  }
  if (set.figures.forward > 0) for (let i = 0; i < e.closed; i++) out.push('closed-but-carried information');
  return out.sort();
}

function foundFindings(text: string, diagnostics: Diagnostic[]): string[] {
  const lines = text.split('\n');
  return diagnostics
    .filter((d) => NARRATIVE_RULES.includes(d.rule))
    .map((d) => {
      if (d.rule === 'closed-but-carried') return `${d.rule} ${d.severity}`;
      const at = lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
      // 未收到…申请, 未发生行政复议: a statement that the figure is 0, marked by its phrase.
      return `${d.rule} ${d.severity} ${numberValue(at) ?? 0}`;
    })
    .sort();
}

interface Read { claims: string[]; sums: string[]; closed: number; findings: string[] }

function read(e: Entry): Read {
  const text = report(e);
  const a = checkText(text);
  const claims: string[] = [];
  const sums: string[] = [];
  for (const s of a.model.sections) {
    // Another period's figure (上年…, 2022年…) is not compared: it is no claim about these tables.
    for (const c of s.claims) if (!c.previous && (c.year === undefined || c.year === a.model.year)) claims.push(`${c.kind}:${c.value}`);
    for (const x of s.sums) sums.push(`${x.total}=${x.parts.join('+')}`);
  }
  const lines = text.split('\n');
  return { claims: claims.sort(), sums: sums.sort(), closed: closedClaims(lines, 0, lines.length - 1).length, findings: foundFindings(text, a.diagnostics) };
}

const entries = parseParagraphs(fs.readFileSync(path.join(DIR, 'paragraphs.txt'), 'utf8'));

describe('prose set: paragraphs written fresh', () => {
  it('has at least 80 paragraphs across the kinds of agency and every part', () => {
    assert.ok(entries.length >= 80, String(entries.length));
    assert.deepStrictEqual(new Set(entries.map((e) => e.set)), new Set(Object.keys(SETS)));
    for (const part of ['总体情况', '主动公开', '依申请公开', '政府信息管理', '平台建设', '监督保障', '复议诉讼', '存在问题', '其他事项']) {
      assert.ok(entries.some((e) => e.part === part), part);
    }
  });

  for (const e of entries) {
    it(`${e.id} ${e.who}·${e.part}: ${e.text.slice(0, 30)}…`, () => {
      const r = read(e);
      assert.deepStrictEqual(r.findings, expectedFindings(e), 'findings');
      assert.deepStrictEqual(r.claims, e.claims.map((c) => `${c.kind}:${c.value}`).sort(), 'figures read');
      assert.deepStrictEqual(r.sums, e.sums.map((s) => `${s.total}=${s.parts.join('+')}`).sort(), 'stated sums read');
      assert.strictEqual(r.closed, e.closed, '均已办结 read');
    });
  }

  after(() => {
    if (!process.env.PROSE_SET_REPORT) return;
    const t = { expected: 0, found: 0, false: 0, missed: 0, falseFindings: 0, missedFindings: 0 };
    for (const e of entries) {
      const r = read(e);
      const want = [...e.claims.map((c) => `${c.kind}:${c.value}`), ...e.sums.map((s) => `sum ${s.total}=${s.parts.join('+')}`), ...new Array(e.closed).fill('closed'), ...e.unread];
      const got = [...r.claims, ...r.sums.map((s) => `sum ${s}`), ...new Array(r.closed).fill('closed')];
      t.expected += want.length;
      const left = [...want];
      for (const g of got) {
        const i = left.indexOf(g);
        if (i >= 0) {
          left.splice(i, 1);
          t.found++;
        } else {
          t.false++;
          console.log(`  false ${e.id}: ${g}`);
        }
      }
      t.missed += left.length;
      for (const m of left) console.log(`  missed ${e.id}: ${m}`);
      const wantF = expectedFindings(e);
      const leftF = [...wantF];
      for (const g of r.findings) {
        const i = leftF.indexOf(g);
        if (i >= 0) leftF.splice(i, 1);
        else {
          t.falseFindings++;
          console.log(`  FALSE FINDING ${e.id}: ${g}`);
        }
      }
      t.missedFindings += leftF.length;
      for (const m of leftF) console.log(`  missed finding ${e.id}: ${m}`);
    }
    console.log(`prose set: ${entries.length} paragraphs, ${t.expected} statements; found ${t.found}, false ${t.false}, missed ${t.missed}; findings false ${t.falseFindings}, missed ${t.missedFindings}`);
  });
});

/** Every finding about what the prose says: against the tables, its own sums, and the parts it must have. */
const PROSE_RULES = [...NARRATIVE_RULES, 'year-mismatch', 'fee-statement-missing', 'improvement-missing', 'overview-topics'];

describe('prose set: whole reports whose prose agrees with the tables', () => {
  const dir = path.join(DIR, 'reports');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

  it('has reports of a township, a county bureau, a city department, a ministry (also as PDF text wraps it), a hospital and a 2020 report', () => {
    assert.ok(files.length >= 7, files.join(', '));
  });

  /** The report with its tables, checked. */
  function checkReport(f: string): { a: ReturnType<typeof checkText>; set: TableSet } {
    const source = fs.readFileSync(path.join(dir, f), 'utf8');
    const head = /^# tables: (\w+)\n/.exec(source);
    assert.ok(head && SETS[head[1]], 'names its table set');
    const set = SETS[head[1]];
    const text = source.slice(head[0].length)
      .replace('{{table2}}', renderTable2('pipe', set.format ?? '2021', 'zero').join('\n'))
      .replace('{{table3}}', table3(set).join('\n'))
      .replace('{{table4}}', table4(set).join('\n'));
    return { a: checkText(text), set };
  }
  const figures = (a: ReturnType<typeof checkText>) => a.model.sections.flatMap((s) => s.claims).map((c) => `${c.kind}:${c.value}`).sort();

  it('the ministry\'s report wrapped as PDF text (indents, page numbers, a number and its 件 on two lines) reads the same figures', () => {
    const wrapped = figures(checkReport('r7-ministry-2023-pdf-wrapped.txt').a);
    assert.ok(wrapped.length >= 10, String(wrapped.length));
    assert.deepStrictEqual(wrapped, figures(checkReport('r4-ministry-2023.txt').a));
  });

  for (const f of files) {
    it(`${f}: no narrative finding at all, and the figures it states are read`, () => {
      const { a, set } = checkReport(f);
      assert.deepStrictEqual(a.diagnostics.filter((d) => PROSE_RULES.includes(d.rule)).map((d) => `${d.rule}: ${d.message}`), []);
      // Not silent for want of reading: the report's statements about the tables are there to compare.
      const compared = a.model.sections.flatMap((s) => s.claims).filter((c) => !c.previous && (c.year === undefined || c.year === a.model.year));
      assert.ok(compared.length >= 3, `${compared.length} figures read`);
      assert.strictEqual(a.model.format, set.format ?? '2021');
    });
  }
});
