/**
 * Fixes are safe: over fuzzed reports (the seeds and layouts with random line, cell, section and
 * junk mutations; fast-check, seeded and bounded), every quick fix of every diagnostic
 *  (a) has valid, non-overlapping ranges and changes no text outside them (its removed text lies on
 *      the lines its diagnostic points at);
 *  (b) makes its diagnostic go away and adds no new error, except arithmetic errors that a fix which
 *      writes numbers can legitimately expose (a corrected total can disagree with another sum);
 *  (c) is not offered again once applied.
 * (d), refusing fixes of an older document version, is a protocol matter: test/lsp/protocol.test.ts.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, ReportDocument } from '../../server/src/engine';
import type { Analysis, CheckOptions, Diagnostic, Fix, Range, TextEdit } from '../../server/src/engine';
import { allSamples } from '../helpers/fixtures';

const SAMPLES = allSamples();

// ---------------------------------------------------------------------------------------------
// Text positions, independent of the engine: LSP lines end at \r\n, \r or \n; characters are UTF-16.

interface LineIndex { starts: number[]; lengths: number[] }

function lineIndex(text: string): LineIndex {
  const starts = [0];
  const lengths: number[] = [];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lengths.push(m.index - starts[starts.length - 1]);
    starts.push(m.index + m[0].length);
  }
  lengths.push(text.length - starts[starts.length - 1]);
  return { starts, lengths };
}

/** Offset of a position; throws on a position outside the text (an editor would clamp it silently). */
function strictOffset(idx: LineIndex, p: Range['start'], what: string): number {
  if (!Number.isInteger(p.line) || p.line < 0 || p.line >= idx.starts.length) throw new Error(`${what}: line ${p.line} outside 0..${idx.starts.length - 1}`);
  if (!Number.isInteger(p.character) || p.character < 0 || p.character > idx.lengths[p.line]) {
    throw new Error(`${what}: character ${p.character} outside 0..${idx.lengths[p.line]} on line ${p.line}`);
  }
  return idx.starts[p.line] + p.character;
}

interface Applied { text: string; spans: { from: number; to: number; newFrom: number; newTo: number }[] }

/** Apply a fix's edits as an editor does; each edit's range must be valid and none may overlap another. */
function applyFix(text: string, edits: TextEdit[]): Applied {
  const idx = lineIndex(text);
  const spans = edits.map((e, i) => {
    const from = strictOffset(idx, e.range.start, `edit ${i} start`);
    const to = strictOffset(idx, e.range.end, `edit ${i} end`);
    if (to < from) throw new Error(`edit ${i}: end before start`);
    return { from, to, newText: e.newText };
  }).sort((a, b) => a.from - b.from || a.to - b.to);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].from < spans[i - 1].to || (spans[i].from === spans[i - 1].from && spans[i].from === spans[i].to && spans[i - 1].from === spans[i - 1].to)) {
      throw new Error(`edits ${i - 1} and ${i} overlap or insert at the same point`);
    }
  }
  let out = '';
  let at = 0;
  const placed: Applied['spans'] = [];
  for (const s of spans) {
    out += text.slice(at, s.from);
    const newFrom = out.length;
    out += s.newText;
    placed.push({ from: s.from, to: s.to, newFrom, newTo: out.length });
    at = s.to;
  }
  out += text.slice(at);
  return { text: out, spans: placed };
}

/** The same edits through the engine's own incremental update (what the language server does), last first. */
function applyThroughEngine(text: string, edits: TextEdit[]): string {
  const doc = new ReportDocument(text);
  const idx = lineIndex(text);
  const sorted = [...edits].sort((a, b) => strictOffset(idx, b.range.start, '') - strictOffset(idx, a.range.start, ''));
  for (const e of sorted) doc.update([{ range: e.range, text: e.newText }]);
  return doc.getText();
}

// ---------------------------------------------------------------------------------------------
// Fuzzed reports.

const JUNK = ['', 'abc', '一、总体情况', '三、收到和处理政府信息公开申请情况', '（七）总计\t1\t2', '| 规章 | 1 | | 3 |', '|', '\t\t', '   ',
  '\u3000', '二、', '行政复议\t\t\t\t\t行政诉讼', '信息处理费', '2023年政府信息公开工作年度报告', '（一）予以公开', '0\t0\t0', '-1', '约10',
  '<!-- gknb-disable-next-line row-total -->', '<!-- gknb-disable cell-missing no-such-rule -->', '<!-- gknb-enable -->'];
const NUMBERS = ['0', '1', '7', '12', '100', '-1', '2.5', '１２', '约3', '1,234', 'x'];

type Mutation =
  | { kind: 'deleteLine'; at: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'swapLines'; at: number; with: number }
  | { kind: 'changeNumber'; at: number; to: number }
  | { kind: 'blankCell'; at: number }
  | { kind: 'deleteSection'; at: number }
  | { kind: 'deleteRows'; at: number; count: number }
  | { kind: 'insertJunk'; at: number; junk: number }
  | { kind: 'joinLines'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('changeNumber' as const), at: fc.nat(), to: fc.nat(NUMBERS.length - 1) }),
  fc.record({ kind: fc.constant('changeNumber' as const), at: fc.nat(), to: fc.nat(NUMBERS.length - 1) }),
  fc.record({ kind: fc.constant('blankCell' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('deleteSection' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('deleteRows' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('insertJunk' as const), at: fc.nat(), junk: fc.nat(JUNK.length - 1) }),
  fc.record({ kind: fc.constant('joinLines' as const), at: fc.nat() }),
);

/** Whole-cell numbers: digits between separators (tab, space, pipe) or at a line's ends. */
const NUMBER_CELL = /(?<=^|[\t |\u3000])\d+(?:\.\d+)?(?=$|[\t |\u3000])/g;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const n = lines.length;
  const i = m.at % n;
  switch (m.kind) {
    case 'deleteLine': lines.splice(i, 1); break;
    case 'duplicateLine': lines.splice(i, 0, lines[i]); break;
    case 'swapLines': { const j = m.with % n; [lines[i], lines[j]] = [lines[j], lines[i]]; break; }
    case 'deleteRows': lines.splice(i, m.count); break;
    case 'insertJunk': lines.splice(i, 0, JUNK[m.junk]); break;
    case 'joinLines': if (i + 1 < n) lines.splice(i, 2, lines[i] + lines[i + 1]); break;
    case 'deleteSection': {
      const headings = lines.map((l, k) => (/^[#\s]*[一二三四五六]、\S/.test(l) && !/^\s/.test(l) ? k : -1)).filter((k) => k >= 0);
      if (!headings.length) break;
      const h = m.at % headings.length;
      lines.splice(headings[h], (headings[h + 1] ?? n) - headings[h]);
      break;
    }
    case 'changeNumber':
    case 'blankCell': {
      const cells = [...text.matchAll(NUMBER_CELL)];
      if (!cells.length) break;
      const c = cells[m.at % cells.length];
      const replacement = m.kind === 'blankCell' ? '' : NUMBERS[m.to];
      return text.slice(0, c.index!) + replacement + text.slice(c.index! + c[0].length);
    }
  }
  return lines.join('\n');
}

const reportArb = fc.record({
  sample: fc.nat(SAMPLES.length - 1),
  mutations: fc.array(mutationArb, { maxLength: 4 }),
  crlf: fc.boolean(),
  fill: fc.constantFrom<'empty' | 'zero'>('empty', 'zero'),
  style: fc.constantFrom<'tab' | 'pipe' | 'cells'>('tab', 'pipe', 'cells'),
});

type Report = { sample: number; mutations: Mutation[]; crlf: boolean; fill: 'empty' | 'zero'; style: 'tab' | 'pipe' | 'cells' };

function reportText(r: Report): string {
  let text = SAMPLES[r.sample].text.replace(/\r\n?/g, '\n');
  for (const m of r.mutations) text = mutate(text, m);
  return r.crlf ? text.replace(/\n/g, '\r\n') : text;
}

// ---------------------------------------------------------------------------------------------
// The checks.

/** Rules whose diagnostic belongs to one place (a cell, a label, a heading): "gone" means gone from there. */
const PLACE_BOUND = new Set(['row-total', 'result-total', 'cell-missing', 'label-nonstandard', 'section-title']);
const ARITHMETIC = new Set(['row-total', 'result-total', 'balance']);
/** Fixes that write numbers; the sums they feed may then disagree elsewhere. */
const WRITES_NUMBERS = new Set(['row-total', 'result-total', 'cell-missing']);
/** Fixes that insert standard rows or tables (zero-filled when templateFill is "zero"). */
const INSERTS_TABLES = new Set(['row-missing', 'table-missing', 'section-missing']);

/**
 * What identifies a diagnostic across the fix: its rule and message; for section-order, whose message
 * names the first section seen out of order, the heading it is on.
 */
const key = (d: Diagnostic, lines: string[]) => {
  if (d.rule === 'section-order') return `${d.rule}\u0000${lines[d.range.start.line]?.slice(d.range.start.character, d.range.end.character)}`;
  // One per report; its message quotes the first outdated label, which an inserted row can precede.
  if (d.rule === 'format-outdated') return d.rule;
  return `${d.rule}\u0000${d.message}`;
};
const samePos = (a: Range['start'], b: Range['start']) => a.line === b.line && a.character === b.character;
const describe_ = (d: Diagnostic) => `${d.rule}@${d.range.start.line + 1}:${d.range.start.character} “${d.message}”`;

function multiset(ds: Diagnostic[], lines: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of ds) m.set(key(d, lines), (m.get(key(d, lines)) ?? 0) + 1);
  return m;
}

function sameFix(a: Fix, b: Fix, placeBound: boolean): boolean {
  if (a.title !== b.title || a.edits.length !== b.edits.length) return false;
  return a.edits.every((e, i) => e.newText === b.edits[i].newText && (!placeBound || samePos(e.range.start, b.edits[i].range.start)));
}

interface Stats { reports: number; fixes: number; byRule: Map<string, number> }

function checkFix(text: string, before: Analysis, d: Diagnostic, fix: Fix, opts: CheckOptions, r: Report): void {
  const where = () => `sample ${SAMPLES[r.sample].name}, mutations ${JSON.stringify(r.mutations)}, crlf ${r.crlf}, fill ${r.fill}, style ${r.style}; fix “${fix.title}” of ${describe_(d)}; edits ${JSON.stringify(fix.edits)}`;
  assert.ok(fix.edits.length > 0, `a fix with no edits: ${where()}`);

  // (a) Valid ranges; outside them the text is unchanged; removed text lies on the diagnostic's lines.
  let applied: Applied;
  try {
    applied = applyFix(text, fix.edits);
  } catch (e) {
    assert.fail(`${(e as Error).message}: ${where()}`);
  }
  const after = applied.text;
  const first = applied.spans[0];
  const last = applied.spans[applied.spans.length - 1];
  assert.strictEqual(after.slice(0, first.newFrom), text.slice(0, first.from), `text before the first edit changed: ${where()}`);
  assert.strictEqual(after.slice(last.newTo), text.slice(last.to), `text after the last edit changed: ${where()}`);
  for (let i = 1; i < applied.spans.length; i++) {
    assert.strictEqual(after.slice(applied.spans[i - 1].newTo, applied.spans[i].newFrom), text.slice(applied.spans[i - 1].to, applied.spans[i].from), `text between edits changed: ${where()}`);
  }
  assert.strictEqual(applyThroughEngine(text, fix.edits), after, `the engine's incremental update applies the fix differently: ${where()}`);
  const idx = lineIndex(text);
  const diagFrom = idx.starts[d.range.start.line];
  const diagTo = idx.starts[d.range.end.line + 1] ?? text.length;
  const lineOf = (offset: number) => {
    let l = 0;
    while (l + 1 < idx.starts.length && idx.starts[l + 1] <= offset) l++;
    return l;
  };
  for (const s of applied.spans) {
    if (s.from === s.to) continue;
    if (d.rule === 'format-outdated') {
      // The upgrade rewrites the old tables in place: what it removes must be table text (or blank lines).
      const lines = text.slice(s.from, s.to).split(/\r\n|\r|\n/);
      const l0 = lineOf(s.from);
      lines.forEach((l, k) => {
        const inTable = before.model.fragments.some((f) => f.firstLine <= l0 + k && l0 + k <= f.lastLine);
        assert.ok(inTable || !l.trim(), `the upgrade removes line ${l0 + k + 1} (${JSON.stringify(l)}), which is not in a table: ${where()}`);
      });
    } else {
      assert.ok(s.from >= diagFrom && s.to <= diagTo, `the fix removes text away from its diagnostic (${JSON.stringify(text.slice(s.from, s.to))}): ${where()}`);
    }
  }
  // Inserted text uses the document's own line breaks.
  const breaks = new Set(text.match(/\r\n|\r|\n/g) ?? []);
  if (breaks.size === 1) {
    const eol = [...breaks][0];
    for (const e of fix.edits) {
      const mixed = (e.newText.match(/\r\n|\r|\n/g) ?? []).filter((b) => b !== eol);
      assert.deepStrictEqual(mixed, [], `the fix inserts line breaks unlike the document's ${JSON.stringify(eol)}: ${where()}`);
    }
  }

  // (b) The diagnostic is gone; no new error appears.
  const now = analyze(new ReportDocument(after), opts);
  const beforeLines = text.split(/\r\n|\r|\n/);
  const afterLines = after.split(/\r\n|\r|\n/);
  assert.deepStrictEqual(now.failures, [], `a rule failed after the fix: ${where()}`);
  if (PLACE_BOUND.has(d.rule)) {
    const still = now.diagnostics.find((x) => x.rule === d.rule && samePos(x.range.start, d.range.start));
    assert.ok(!still, `still there after the fix: ${still && describe_(still)}; ${where()}`);
  } else {
    const count = (a: Analysis, lines: string[]) => a.diagnostics.filter((x) => key(x, lines) === key(d, beforeLines)).length;
    assert.ok(count(now, afterLines) < count(before, beforeLines), `still there after the fix: ${where()}`);
  }
  const was = multiset(before.diagnostics.filter((x) => x.severity === 'error' && x !== d), beforeLines);
  // A renaming fix (one label or heading replaced) changes that text in the messages of the row's other diagnostics.
  const renamed = fix.edits.length === 1 && first.to > first.from && !/[\r\n]/.test(fix.edits[0].newText)
    ? { from: fix.edits[0].newText, to: text.slice(first.from, first.to) } : undefined;
  const added = now.diagnostics.filter((x) => {
    if (x.severity !== 'error') return false;
    const keys = [key(x, afterLines)];
    if (renamed) keys.push(key({ ...x, message: x.message.split(renamed.from).join(renamed.to) }, afterLines));
    const k = keys.find((c) => (was.get(c) ?? 0) > 0);
    if (k === undefined) return true;
    was.set(k, was.get(k)! - 1);
    return false;
  });
  const subTable = (x: Diagnostic) => /第二十条第（[一二三四五六七八九十]+）项/.exec(x.message)?.[0];
  const legitimate = (x: Diagnostic) => (ARITHMETIC.has(x.rule)
    && (WRITES_NUMBERS.has(d.rule) || (opts.templateFill === 'zero' && INSERTS_TABLES.has(d.rule))))
    // A sub-table of table 二 known only by a header it shares with another (信息内容 | 本年处理决定数量) can
    // lose that identity when a table is inserted before it: "missing its row" becomes "missing" — the same problem.
    || (x.rule === 'table-missing' && INSERTS_TABLES.has(d.rule) && !!subTable(x)
      && before.diagnostics.some((y) => y.rule === 'row-missing' && subTable(y) === subTable(x)));
  const wrong = added.filter((x) => !legitimate(x));
  assert.deepStrictEqual(wrong.map(describe_), [], `the fix introduced errors: ${where()}`);

  // (c) The same fix is not offered again (a report with the problem twice, say a duplicated line, offers it once less).
  const placeBound = PLACE_BOUND.has(d.rule);
  const offering = (a: Analysis) => a.diagnostics.filter((x) => x.rule === d.rule && (x.fixes ?? []).some((f) => sameFix(f, fix, placeBound)));
  const again = offering(now);
  assert.ok(again.length < offering(before).length, `offered again after applying it, on ${again.map(describe_).join(', ')}: ${where()}`);
}

function checkReport(r: Report, stats: Stats): void {
  const text = reportText(r);
  const opts: CheckOptions = { nonReport: 'check', templateFill: r.fill, defaultStyle: r.style };
  const before = analyze(new ReportDocument(text), opts);
  assert.deepStrictEqual(before.failures, []);
  stats.reports++;
  for (const d of before.diagnostics) {
    for (const fix of d.fixes ?? []) {
      checkFix(text, before, d, fix, opts, r);
      stats.fixes++;
      stats.byRule.set(d.rule, (stats.byRule.get(d.rule) ?? 0) + 1);
    }
  }
}

/** Reports on which a fix once lost text, broke the table it fixed or added an error (found by the fuzzing below). */
const REGRESSIONS: { why: string; report: Report }[] = [
  { why: 'cells layout: a row appended after a sub-table\'s last row ran into it', report: { sample: 1, mutations: [{ kind: 'joinLines', at: 1206324609 }, { kind: 'blankCell', at: 7 }, { kind: 'deleteRows', at: 22, count: 3 }], crlf: true, fill: 'empty', style: 'pipe' } },
  { why: 'cells layout: table 四\'s data row appended without a blank line', report: { sample: 1, mutations: [{ kind: 'duplicateLine', at: 1811578064 }, { kind: 'blankCell', at: 1154429292 }, { kind: 'swapLines', at: 803566681, with: 1059626350 }, { kind: 'duplicateLine', at: 131538254 }], crlf: false, fill: 'empty', style: 'tab' } },
  { why: 'section 三 inserted at its table, which stood before section 二: out of order', report: { sample: 0, mutations: [{ kind: 'deleteLine', at: 1776444617 }, { kind: 'joinLines', at: 1961763322 }, { kind: 'swapLines', at: 1651564488, with: 1230110988 }], crlf: true, fill: 'empty', style: 'cells' } },
  { why: 'section 三 inserted before 四 although 五 came first', report: { sample: 0, mutations: [{ kind: 'deleteRows', at: 1766126771, count: 1 }, { kind: 'joinLines', at: 1815134565 }, { kind: 'swapLines', at: 2147483623, with: 1377161058 }], crlf: false, fill: 'zero', style: 'pipe' } },
  { why: 'section 三 inserted inside table 二 (a table 三 row had moved there)', report: { sample: 0, mutations: [{ kind: 'joinLines', at: 2147483623 }, { kind: 'swapLines', at: 714839755, with: 1177503698 }, { kind: 'duplicateLine', at: 2062120291 }], crlf: true, fill: 'empty', style: 'pipe' } },
  { why: 'a label wrapped over two lines renamed on its first line only', report: { sample: 1, mutations: [{ kind: 'deleteLine', at: 990782945 }, { kind: 'changeNumber', at: 140826782, to: 0 }], crlf: false, fill: 'zero', style: 'tab' } },
  { why: 'PDF text: a row appended between a wrapped label and its tail', report: { sample: 6, mutations: [{ kind: 'deleteRows', at: 1032523565, count: 4 }, { kind: 'blankCell', at: 249435571 }, { kind: 'changeNumber', at: 697291591, to: 8 }], crlf: true, fill: 'zero', style: 'pipe' } },
  { why: 'a 2021 row in a 2019-format table: "rename X to X", which changes nothing', report: { sample: 1, mutations: [{ kind: 'swapLines', at: 1943599774, with: 429525706 }], crlf: true, fill: 'zero', style: 'cells' } },
  { why: 'table-missing threw on a table 二 known from a stray header alone', report: { sample: 1, mutations: [{ kind: 'swapLines', at: 375910324, with: 163430722 }, { kind: 'insertJunk', at: 1970221349, junk: 12 }, { kind: 'deleteSection', at: 109687693 }, { kind: 'insertJunk', at: 689942589, junk: 1 }], crlf: true, fill: 'empty', style: 'tab' } },
  { why: 'a missing row inserted next to a stray row inside another table', report: { sample: 1, mutations: [{ kind: 'insertJunk', at: 1808585679, junk: 4 }, { kind: 'deleteRows', at: 1968362073, count: 6 }, { kind: 'swapLines', at: 449881362, with: 1828739505 }, { kind: 'deleteRows', at: 1873946082, count: 3 }], crlf: false, fill: 'zero', style: 'cells' } },
  { why: 'a sub-table inserted in the middle of a table 三 row', report: { sample: 1, mutations: [{ kind: 'insertJunk', at: 1112524489, junk: 3 }, { kind: 'insertJunk', at: 2115922042, junk: 5 }, { kind: 'deleteSection', at: 688150191 }, { kind: 'changeNumber', at: 701866714, to: 0 }], crlf: true, fill: 'empty', style: 'tab' } },
  { why: 'the 2019 → 2021 upgrade inserted LF breaks into a CRLF document', report: { sample: 1, mutations: [{ kind: 'swapLines', at: 24893899, with: 908265357 }, { kind: 'changeNumber', at: 451548364, to: 7 }, { kind: 'changeNumber', at: 1995063503, to: 2 }, { kind: 'deleteRows', at: 340240436, count: 1 }], crlf: true, fill: 'empty', style: 'pipe' } },
];

/** Seed 001 is written one cell per line; remove a row's label and its cells (and the blank line after). */
function withoutRow001(label: string, cells: number): string {
  const lines = SAMPLES[1].text.split('\n');
  const at = lines.indexOf(`\t${label}`);
  assert.ok(at > 0, label);
  lines.splice(at, cells + 2);
  return lines.join('\n');
}

function applyOnly(text: string, rule: string, opts: CheckOptions): { fix: Fix; after: Analysis; text: string } {
  const d = analyze(new ReportDocument(text), opts).diagnostics.filter((x) => x.rule === rule);
  assert.strictEqual(d.length, 1, d.map(describe_).join('; '));
  const fix = d[0].fixes![0];
  const after = applyFix(text, fix.edits).text;
  return { fix, after: analyze(new ReportDocument(after), opts), text: after };
}

describe('fix safety (fuzzed reports)', function () {
  this.timeout(60000);

  it('one cell per line: a missing last row is inserted after a blank line, with the document\'s line breaks', () => {
    for (const crlf of [false, true]) {
      const base = withoutRow001('行政规范性文件', 3);
      const text = crlf ? base.replace(/\n/g, '\r\n') : base;
      const { fix, after } = applyOnly(text, 'row-missing', {});
      assert.ok(fix.edits[0].newText.startsWith(crlf ? '\r\n\t行政规范性文件\r\n' : '\n\t行政规范性文件\n'), JSON.stringify(fix.edits[0].newText));
      if (crlf) assert.ok(!/[^\r]\n/.test(fix.edits[0].newText), 'no bare LF');
      assert.deepStrictEqual(after.diagnostics.filter((x) => x.severity === 'error').map(describe_), []);
      assert.strictEqual(after.model.table2!.subs.get('art20_1')!.rows.size, 2);
    }
  });

  it('one cell per line: a missing table 四 data row is inserted after a blank line and read back', () => {
    const lines = SAMPLES[1].text.split('\n');
    const five = lines.findIndex((l) => l.startsWith('五、存在的主要问题'));
    lines.splice(five - 17, 15); // the fifteen value lines of table 四
    for (const fill of ['empty', 'zero'] as const) {
      const { after } = applyOnly(lines.join('\n'), 'row-missing', { templateFill: fill });
      assert.ok(!after.diagnostics.some((x) => x.rule === 'row-missing' || x.rule === 'column-missing'), fill);
      assert.strictEqual(after.model.table4!.groups.size, 3);
    }
  });

  for (const { why, report } of REGRESSIONS) {
    it(`regression: ${why}`, () => checkReport(report, { reports: 0, fixes: 0, byRule: new Map() }));
  }

  it('every quick fix of every unmodified sample is safe', () => {
    const stats: Stats = { reports: 0, fixes: 0, byRule: new Map() };
    for (let sample = 0; sample < SAMPLES.length; sample++) {
      for (const fill of ['empty', 'zero'] as const) checkReport({ sample, mutations: [], crlf: false, fill, style: 'tab' }, stats);
    }
    assert.ok(stats.fixes > 10, `${stats.fixes} fixes checked`);
  });

  it('every quick fix of every fuzzed report is safe', () => {
    const stats: Stats = { reports: 0, fixes: 0, byRule: new Map() };
    // FIX_SAFETY_RUNS / FIX_SAFETY_SEED: a longer or different run while working on fixes.
    const numRuns = Number(process.env.FIX_SAFETY_RUNS ?? 120);
    const seed = Number(process.env.FIX_SAFETY_SEED ?? 20261106);
    fc.assert(fc.property(reportArb, (r) => checkReport(r, stats)), { numRuns, seed, endOnFailure: true });
    // The fuzzing reached the fixes that matter: totals, blanks, labels, missing rows, tables and sections.
    for (const rule of ['row-total', 'result-total', 'cell-missing', 'label-nonstandard', 'row-missing', 'section-missing', 'table-missing']) {
      assert.ok((stats.byRule.get(rule) ?? 0) > 0, `no ${rule} fix was exercised: ${JSON.stringify([...stats.byRule])}`);
    }
  });
});
