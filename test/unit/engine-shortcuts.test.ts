/**
 * The engine's speed shortcuts change no answer (issue 15): label answers are remembered in bounded maps,
 * a text without a Chinese character is known to name no label, and bare page numbers are found without
 * copying lines. Each is checked against what it stands for.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { FORMAT_2019, FORMAT_2021, RECOGNITION } from '../../server/src/engine/format';
import { normalizeLabel, quotedLabel } from '../../server/src/engine/text/normalize';
import { lateColumns } from '../../server/src/engine/structure/late-column';
import type { SubTableDef } from '../../server/src/engine/format';
import { fuzzyRow, isKnownLabel, lookupColumn, lookupRow, usesSynonym } from '../../server/src/engine/tables/labels';
import { pageNumberLines } from '../../server/src/engine/tables/page-numbers';
import { cannotBeHeading, detectSectionHeading, detectSubHeading } from '../../server/src/engine/structure/headings';
import { SECTIONS } from '../../server/src/engine/format';
import { ROOT, seed } from '../helpers/fixtures';
import { ReportDocument, splitLines } from '../../server/src/engine/document';
import { endsLikeValueChar, lexLine, lexShownLine, LineKind, MD_HEADING_RE, PAGE_NUMBER_RE, VALUE_END } from '../../server/src/engine/text/lines';
import { withoutInlineTags } from '../../server/src/engine/text/tags';
import { chineseNumber, numberValue } from '../../server/src/engine/narrative/numbers';
import { LastAnswer, SideTable } from '../../server/src/engine/side-table';
import { analyze } from '../../server/src/engine';
import { joinedPairs } from '../../server/src/engine/structure/assemble';
import { joinedCell } from '../../server/src/engine/structure/spread-digits';
import type { FoundRow, TextCell } from '../../server/src/engine/model';
import { collapseRepeats, headerRunsOf, Run } from '../../server/src/engine/tables/repeated-cells';
import { flatMapped, spreadWith } from '../../server/src/engine/loops';
import { parentStart } from '../../server/src/engine/tables/grid';
import { asFinding, withSeverity } from '../../server/src/engine/rules/finding-copies';
import type { Reported, RuleId, Severity } from '../../server/src/engine/rules/types';
import * as fs from 'fs';
import * as path from 'path';

/** Labels as reports write them: official, with synonyms, cut, with units, typed slightly wrong. */
function writtenLabels(): string[] {
  const out: string[] = [];
  for (const f of [FORMAT_2021, FORMAT_2019]) {
    for (const r of f.table3Rows) out.push(r.label, `${r.label}（件）`, r.label.slice(0, -1), r.label.replace('.', '、'));
    for (const c of f.table3Columns) out.push(c.label);
    for (const s of f.table2) for (const r of s.rows) out.push(r.label, `${r.label}：`);
  }
  for (const label of Object.keys(RECOGNITION.accepted_variants)) out.push(label);
  for (const [word] of Object.entries(RECOGNITION.label_synonyms.words)) out.push(word);
  out.push('合计', '总 计', '3.危及三安全一稳定', '1、本机关不掌握相关政府信息', '12', '/', '无', '', '（一）', '其中');
  return out.map(normalizeLabel);
}

function answers(norm: string) {
  return JSON.stringify([isKnownLabel(norm), lookupRow(norm) ?? null, lookupColumn(norm) ?? null, usesSynonym(norm), fuzzyRow(norm, ['table3']) ?? null]);
}

describe('engine shortcuts', () => {
  it('label answers stay the same once remembered, and after their memory is emptied by many other texts', () => {
    const labels = writtenLabels();
    const first = labels.map(answers);
    assert.ok(first.some((a) => a.startsWith('[true')), 'some written labels are known');
    assert.ok(first.some((a) => a.startsWith('[false')), 'some are not');
    assert.deepStrictEqual(labels.map(answers), first);
    // More distinct texts than the memos hold (20,000): they are emptied at least once.
    for (let i = 0; i < 25000; i++) isKnownLabel(`第${i}条说明`);
    assert.deepStrictEqual(labels.map(answers), first);
  });

  it('a text without a Chinese character names no label, in any form', () => {
    const ascii = fc.array(fc.constantFrom(...'0123456789.,:;()/-+*#_ 、，：；（）“”"\'．１２Ａａ'), { maxLength: 20 }).map((a) => normalizeLabel(a.join('')));
    fc.assert(fc.property(ascii, (norm) => !isKnownLabel(norm) && lookupRow(norm) === undefined && lookupColumn(norm) === undefined && !usesSynonym(norm)), { numRuns: 3000, seed: 15 });
  });

  it('a line the lexer does not ask about headings (first character an ideograph no heading starts with) is no heading to either test', () => {
    const neither = (t: string) => detectSectionHeading(t) === undefined && detectSubHeading(t, undefined) === undefined;
    // Every line of the seeds, and the standard titles with and without their ordinals.
    const seeds = path.join(ROOT, 'test', 'fixtures', 'seeds');
    const lines = fs.readdirSync(seeds).flatMap((f) => fs.readFileSync(path.join(seeds, f), 'utf8').split(/\r?\n/)).map((l) => l.trim()).filter(Boolean);
    const titles = SECTIONS.flatMap((s) => [s.title, s.title.replace(/^[一二三四五六]、/, ''), `${s.ordinal}、${s.title.replace(/^[一二三四五六]、/, '')}`]);
    for (const t of [...lines, ...titles]) if (cannotBeHeading(t)) assert.ok(neither(t), t);
    assert.ok(lines.some(cannotBeHeading), 'some prose lines are settled so');
    assert.ok(!titles.some(cannotBeHeading), 'no standard title is');
    // Random short lines of ideographs (heading numerals and title words among them), marks and digits.
    const text = fc.array(fc.constantFrom(...'一二三四五六七八九十第总体情况主动公开收到处理其他事项本机关年度、，。：（）1. #*'), { minLength: 1, maxLength: 16 }).map((a) => a.join('').trim()).filter(Boolean);
    fc.assert(fc.property(text, (t) => !cannotBeHeading(t) || neither(t)), { numRuns: 5000, seed: 15 });
  });

  it('more than ten CJK unified ideographs before a line\'s first 、 settle cannotBeHeading as normalising that text does', () => {
    // What the shortcut stands on: normalizeLabel keeps every ideograph U+4E00–U+9FFF (whatever surrounds it: combining
    // marks, compatibility characters that NFKC expands or changes, white space, Markdown marks, 其它).
    const pool = [...'讼况镇是全按其它他一二、，。：（）1１Ａ #*_-+>\u00a0\u3000\u200b\u0301\u3099\u302a\uf900\ufb01\u3300\uff76\u1100\u1161\u2460“”"'];
    const ideographs = (s: string) => [...s].filter((ch) => ch.charCodeAt(0) >= 0x4e00 && ch.charCodeAt(0) <= 0x9fff).length;
    const text = fc.array(fc.constantFrom(...pool), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (s) => normalizeLabel(s).length >= ideographs(s)), { numRuns: 20000, seed: 15 });
    // And the answers: the former body (normalise the text before the first 、) for lines the first-character gate passes.
    const former = (t: string) => { const comma = t.indexOf('、'); return comma < 0 || normalizeLabel(t.slice(0, comma)).length > 10; };
    const leads = [...'讼况镇是全按'].filter((ch) => cannotBeHeading(ch));
    assert.ok(leads.length >= 3, 'the leads pass the first-character gate');
    const lines = fc.tuple(fc.constantFrom(...leads), fc.array(fc.constantFrom(...pool), { maxLength: 40 })).map(([a, b]) => a + b.join(''));
    fc.assert(fc.property(lines, (t) => cannotBeHeading(t) === former(t)), { numRuns: 20000, seed: 15 });
  });

  it('a line starting with digits that no . or 、 follows (a row of values, 2023年…) is no heading to either test', () => {
    const neither = (t: string) => detectSectionHeading(t) === undefined && detectSubHeading(t, undefined) === undefined;
    // Digits, the spaces normalising drops, ideographs (title words among them), the marks a numbering has, in every width.
    const text = fc.tuple(fc.constantFrom(...'0123456789'), fc.array(fc.constantFrom(...'0123456789 \u00a0\u3000一总体情况收到和处理政府信息公开申请其他需要报告的事项年件、.．。，（）#*-_'), { maxLength: 16 }))
      .map(([d, a]) => (d + a.join('')).trim());
    fc.assert(fc.property(text, (t) => !cannotBeHeading(t) || neither(t)), { numRuns: 20000, seed: 16 });
    const rows = ['0   0   1   2', '12 345', '2023年本机关', '1 0\u3000 3'];
    for (const t of rows) assert.ok(cannotBeHeading(t) && neither(t), t);
    // The numberings in digits are left to the tests, spaces inside them too.
    for (const t of ['1.总体情况', '1、总体情况', '1 2.属于国家秘密', '3 .其他', '1．总体情况', '2023.年']) assert.ok(!cannotBeHeading(t), t);
    assert.ok(detectSectionHeading('1.总体情况') !== undefined && detectSubHeading('1 2.属于国家秘密', undefined) !== undefined, 'the tests still find those headings');
  });

  it('a line whose trimmed text starts with an ideograph (but 第) is neither a page number nor a Markdown heading to their regexes; a value end is told by its last character', () => {
    // What the lexer trims off a line's start (text/lines.ts isSpace), then the rest.
    const lexerSpace = ' \t\u00a0\u3000\ufeff\r\n\u200b';
    const lead = fc.array(fc.constantFrom(...lexerSpace, '\f', '\u2003', '\u2028', '\v'), { maxLength: 4 }).map((a) => a.join(''));
    const rest = fc.array(fc.constantFrom(...'第一本页共机关123０９#-—–－/／无 \u3000页。'), { maxLength: 12 }).map((a) => a.join(''));
    const line = fc.tuple(lead, rest).map(([a, b]) => a + b);
    const trimmedStart = (l: string) => { let i = 0; while (i < l.length && lexerSpace.includes(l[i])) i++; return l.slice(i); };
    fc.assert(fc.property(line, (l) => {
      const c = trimmedStart(l).charCodeAt(0);
      const ideograph = c >= 0x4e00 && c <= 0x9fff && c !== 0x7b2c;
      return (!ideograph || (!PAGE_NUMBER_RE.test(l) && MD_HEADING_RE.exec(l) === null)) && endsLikeValueChar(l) === VALUE_END.test(l);
    }), { numRuns: 20000, seed: 17 });
    // The lexer still finds them where the regexes do: after white space it does not trim too (a page's form feed).
    for (const l of ['第 3 页', '  第3页，共5页', '- 4 -', '\f3', '\u20033']) assert.strictEqual(lexLine(l).kind, LineKind.PageNumber, JSON.stringify(l));
    for (const l of ['## 一、总体情况', '\f# 本机关', '\u2003# 其他']) assert.ok(lexLine(l).mdLevel !== undefined, JSON.stringify(l));
    for (const l of ['本机关共收到申请3件', '一、总体情况']) assert.strictEqual(lexLine(l).mdLevel, undefined, l);
  });

  it('a number of ASCII digits is read at once as the NFKC reading reads it; others as before', () => {
    const reference = (t: string) => { const a = t.normalize('NFKC').replace(/[,，]/g, ''); return /^\d+$/.test(a) ? Number(a) : chineseNumber(t); };
    const token = fc.array(fc.constantFrom(...'0123456789０１９,，一二十百两'), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(fc.property(token, (t) => Object.is(numberValue(t), reference(t))), { numRuns: 20000, seed: 18 });
    for (const t of ['0', '007', '12', '1,234', '１２', '二十二', '', '3a']) assert.strictEqual(numberValue(t), reference(t), t);
  });

  it('a row longer than its columns with no two single digits one space apart is not joined (joinedPairs answers at once)', () => {
    // joinedPairs as it was before it looked for such a pair first: the reference.
    const reference = (values: TextCell[], n: number): TextCell[] | undefined => {
      const out: TextCell[] = [];
      let wide = false;
      for (let i = 0; i < values.length; ) {
        let j = i + 1;
        while (j < values.length && /^[0-9]$/.test(values[j - 1].text) && /^[0-9]$/.test(values[j].text)
          && values[j].span.line === values[i].span.line && values[j].span.start === values[j - 1].span.end + 1) j++;
        if (j < values.length && values[j].span.line === values[j - 1].span.line && values[j].span.start > values[j - 1].span.end + 1) wide = true;
        const run = values.slice(i, j);
        const text = run.map((v) => v.text).join('');
        if (run.length > 1 && !/^[1-9][0-9]*$/.test(text)) return undefined;
        out.push(run.length === 1 ? run[0] : joinedCell(run, text));
        i = j;
      }
      return wide && out.length === n ? out : undefined;
    };
    // Values of one to three lines, one or two spaces (or none, or a pipe) apart: single digits, longer numbers, text.
    const value = fc.record({ text: fc.constantFrom('0', '1', '7', '9', '12', '05', '3.5', '无', '-', '１'), gap: fc.constantFrom(0, 1, 2, 3), newLine: fc.boolean() });
    const row = fc.array(value, { minLength: 2, maxLength: 12 }).map((vs) => {
      let line = 0;
      let at = 0;
      return vs.map((v, k) => {
        if (k > 0 && v.newLine) { line++; at = 0; } else if (k > 0) at += v.gap;
        const cell: TextCell = { text: v.text, norm: v.text, span: { line, start: at, end: at + v.text.length } };
        at += v.text.length;
        return cell;
      });
    });
    fc.assert(fc.property(row, fc.integer({ min: 1, max: 11 }), (values, n) => {
      fc.pre(values.length > n);
      assert.deepStrictEqual(joinedPairs(values, n), reference(values, n));
    }), { numRuns: 20000, seed: 13 });
  });

  it('merged cells written once per column are found past runs of equal numbers at once, as cell by cell', () => {
    // collapseRepeats and headerRunsOf as they were before equal numbers were passed over at once: the reference.
    const NUMBER = /^-?[0-9０-９]+(?:[.．][0-9０-９]+)?$/;
    const isNumber = (c: TextCell) => NUMBER.test(c.text.trim());
    const merged = (c: TextCell) => !isNumber(c) && (([...c.text.trim()].length >= 6 && /[\u4e00-\u9fff]/.test(c.text)) || isKnownLabel(c.norm));
    const runsOf = (cells: TextCell[]): Run[] => {
      const runs: Run[] = [];
      for (let i = 0; i < cells.length; ) {
        let j = i + 1;
        const t = cells[i].text.trim();
        if (t !== '' && j < cells.length && cells[j].text.trim() === t && merged(cells[i])) while (j < cells.length && cells[j].text.trim() === t) j++;
        if (j - i >= 2) runs.push({ start: i, end: j - 1 });
        i = j;
      }
      return runs;
    };
    const collapse = (cells: TextCell[], headerRuns: readonly Run[]): TextCell[] => {
      const drop = new Set<number>();
      for (const r of runsOf(cells)) for (let k = r.start + 1; k <= r.end; k++) drop.add(k);
      for (const h of headerRuns) {
        if (h.end >= cells.length) continue;
        const t = cells[h.start].text.trim();
        let same = true;
        for (let k = h.start + 1; k <= h.end && same; k++) same = cells[k].text.trim() === t;
        if (same) for (let k = h.start + 1; k <= h.end; k++) drop.add(k);
      }
      return drop.size ? cells.filter((_, k) => !drop.has(k)) : cells;
    };
    const headerRuns = (cells: TextCell[]) => (cells.some(isNumber) ? undefined : runsOf(cells));
    // Cells as tab and pipe rows give them: numbers (full-width, decimals, signs), blanks, labels (with their norm or
    // another), long text, short fillers, each with or without white space around it.
    const text = fc.constantFrom('0', '0', '12', '１２', '-3', '2.5', '', '无', '/', '申请人情况', '自然人', '商业企业', '（一）予以公开',
      '本列数据的勾稽关系为第一项加第二项之和', '合计', 'abc');
    const cellOf = fc.record({ text, pad: fc.constantFrom('', ' ', '\u3000', '\t'), norm: fc.boolean() })
      .map(({ text: t, pad, norm }): TextCell => ({ text: pad + t + pad, norm: norm ? normalizeLabel(t) : t, span: { line: 0, start: 0, end: 0 } }));
    const run = fc.record({ c: cellOf, n: fc.integer({ min: 1, max: 4 }) }).map(({ c, n }) => Array.from({ length: n }, () => ({ ...c })));
    const row = fc.array(run, { minLength: 1, maxLength: 6 }).map((rs) => rs.flat());
    const runs = fc.array(fc.record({ start: fc.integer({ min: 0, max: 8 }), len: fc.integer({ min: 1, max: 3 }) }), { maxLength: 3 })
      .map((rs) => rs.map((r) => ({ start: r.start, end: r.start + r.len })));
    fc.assert(fc.property(row, runs, (cells, hr) => {
      assert.deepStrictEqual(collapseRepeats(cells, hr), collapse(cells, hr));
      assert.deepStrictEqual(headerRunsOf(cells), headerRuns(cells));
    }), { numRuns: 20000, seed: 17 });
  });

  it('bare page numbers are found whatever white space surrounds them, as trim() reads it', () => {
    // Four pages of plain pdftotext output, each ending with its number; a form feed starts each page.
    const spaces = [' ', '\t', '\u00a0', '\u3000', '\u2003', '\u200a', '\u202f', '\u205f', '\ufeff', '\u1680'];
    const page = (k: number, pad: string) => [`${k > 1 ? '\f' : ''}本机关全年主动公开信息${k}条。`, '', `${pad}${k}${pad}`];
    for (const pad of [...spaces, '', '  \u3000 ']) {
      const lines = [1, 2, 3, 4].flatMap((k) => page(k, pad));
      assert.deepStrictEqual([...pageNumberLines(lines)].sort((a, b) => a - b), [2, 5, 8, 11], JSON.stringify(pad));
    }
    // Not white space to trim(): a zero-width space or a letter keeps the line from being a bare number.
    for (const pad of ['\u200b', 'x']) {
      const lines = [1, 2, 3, 4].flatMap((k) => page(k, pad));
      assert.deepStrictEqual([...pageNumberLines(lines)], [], JSON.stringify(pad));
    }
  });

  it('bare page numbers remembered for one check are found anew for lines changed in place (as an edit changes them)', () => {
    const page = (k: number) => [`${k > 1 ? '\f' : ''}本机关全年主动公开信息${k}条。`, '', `${k}`];
    const lines = [1, 2, 3, 4].flatMap(page);
    const found = () => [...pageNumberLines(lines)].sort((a, b) => a - b);
    assert.deepStrictEqual(found(), [2, 5, 8, 11]);
    // The same array, asked by another reader of the same check: the same answer.
    assert.deepStrictEqual([...pageNumberLines(lines.slice())].sort((a, b) => a - b), [2, 5, 8, 11]);
    lines[5] = '二';
    assert.deepStrictEqual(found(), [], 'page 2 lost its number');
    lines[5] = '2';
    assert.deepStrictEqual(found(), [2, 5, 8, 11]);
    lines.push(...page(5));
    assert.deepStrictEqual(found(), [2, 5, 8, 11, 14], 'a page added');
    lines.splice(12, 3);
    assert.deepStrictEqual(found(), [2, 5, 8, 11], 'and taken away');
  });

  it('lines are split at \\r\\n, \\r and \\n exactly as the regex of alternatives splits them', () => {
    const byRegex = (text: string) => {
      const lines: string[] = [];
      const eols: string[] = [];
      const re = /\r\n|\r|\n/g;
      let last = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        lines.push(text.slice(last, m.index));
        eols.push(m[0]);
        last = m.index + m[0].length;
      }
      lines.push(text.slice(last));
      eols.push('');
      return { lines, eols };
    };
    const text = fc.array(fc.constantFrom('\r', '\n', '\r\n', '\n\r', 'a', '表', ' ', ''), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => assert.deepStrictEqual(splitLines(t), byRegex(t)) === undefined), { numRuns: 5000, seed: 15 });
    assert.deepStrictEqual(splitLines('一\r\n二\r三\n'), { lines: ['一', '二', '三', ''], eols: ['\r\n', '\r', '\n', ''] });
  });

  it('a line lexed with its shown form (inline tags taken out) gives the token it gives alone', () => {
    const lines = [
      '<span lang="zh-CN">一、总体情况</span>', '<span', 'lang="zh-CN">（一）主动公开</span>', '| 行政许可<br>事项 | 3 | 1 |',
      '1\\.属于国家秘密', '267\\.86', 'a < b 不是标签', '值">', '\\|', '<b>12</b>', '\t<span>5</span>', '', '\f', '   ',
      ...seed('002').text.split(/\r?\n/),
    ];
    const pieces = fc.array(fc.constantFrom('<span>', '</span>', '<br>', '<font color="red">', '\\.', '\\', '<', '">', '|', '\t', '  ', '一、', '（二）', '行政复议', '12', ' 3 '), { maxLength: 8 }).map((a) => a.join(''));
    const same = (line: string) => assert.deepStrictEqual(lexShownLine(line, withoutInlineTags(line)), lexLine(line), line);
    lines.forEach(same);
    assert.ok(lines.some((l) => withoutInlineTags(l) !== l) && lines.some((l) => l.includes('<') && withoutInlineTags(l) === l), 'lines with and without tags to take out');
    fc.assert(fc.property(pieces, (line) => same(line) === undefined), { numRuns: 3000, seed: 12 });
  });

  it('a document lexes every line as lexLine does, whether its text has tags or suspicious characters anywhere or none', () => {
    const texts = [
      seed('002').text,
      `${seed('002').text}\n<span lang="zh-CN">一、总体情况</span>`,
      `${seed('002').text}\n本机关收到申请\ufffd3件`,
      '一、总体情况\n\u0000\n\u00e4\u00b8\u00ad\n1\\.属于国家秘密\n值">',
    ];
    const pieces = fc.array(fc.constantFrom('<span>', '<br>', '\\.', '">', '\n', '\r\n', '\t', '  ', '一、总体情况', '（二）', '行政复议', '12', '\ufffd', '\u0000', '\u00c3', '\u00ff', '。'), { maxLength: 12 }).map((a) => a.join(''));
    const same = (text: string) => assert.deepStrictEqual(new ReportDocument(text).getLexed(), splitLines(text).lines.map(lexLine), JSON.stringify(text));
    texts.forEach(same);
    assert.ok(new ReportDocument(texts[2]).getLexed().some((t) => t.suspect), 'a suspicious character is still counted');
    fc.assert(fc.property(pieces, (text) => same(text) === undefined), { numRuns: 2000, seed: 21 });
  });

  it('a side table remembers per object as a WeakMap does, invisibly to copies, JSON and comparisons; a last answer, for the last object only', () => {
    const table = new SideTable<object, { n: number }>('test');
    const other = new SideTable<object, { n: number }>('test');
    const a = { x: 1, y: [2] };
    const b = { x: 1, y: [2] };
    const frozen = Object.freeze({ x: 1 });
    assert.strictEqual(table.get(a), undefined);
    table.set(a, { n: 1 }).set(frozen, { n: 3 });
    assert.deepStrictEqual(table.get(a), { n: 1 });
    assert.deepStrictEqual(table.get(frozen), { n: 3 });
    assert.strictEqual(table.get(b), undefined);
    assert.strictEqual(other.get(a), undefined, 'tables of the same name are apart');
    table.set(a, { n: 2 });
    assert.deepStrictEqual(table.get(a), { n: 2 });
    // The object reads as it did: its keys, its JSON, a copy (which remembers nothing), a comparison with its twin.
    assert.deepStrictEqual(Object.keys(a), ['x', 'y']);
    assert.strictEqual(JSON.stringify(a), JSON.stringify(b));
    assert.strictEqual(table.get({ ...a }), undefined);
    assert.deepStrictEqual(a, b);
    assert.deepStrictEqual(structuredClone(a), b);
    // What the rules ask of one model at a time: the answer of the last model only.
    const last = new LastAnswer<object, string>();
    last.set(a, 'a');
    assert.strictEqual(last.get(a), 'a');
    assert.strictEqual(last.get(b), undefined);
    last.set(b, 'b');
    assert.strictEqual(last.get(a), undefined);
    assert.strictEqual(last.get(b), 'b');
  });

  it('what the prose states is placed without copies where its block was read, and moved with the block after an edit above it', () => {
    const text = seed('002').text;
    const stated = (d: ReportDocument) => analyze(d).model.sections.map((s) => [s.ordinal, s.claims, s.sums]);
    const doc = new ReportDocument(text);
    const before = stated(doc);
    assert.ok(before.some(([, claims]) => (claims as unknown[]).length > 0), 'seed 002 states numbers');
    // Two lines typed into the title's line: every block below starts two lines later, re-used, not re-parsed.
    doc.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n\n' }]);
    const moved = stated(doc);
    assert.deepStrictEqual(moved, stated(new ReportDocument(doc.getText())));
    const lines = (x: typeof before) => x.flatMap(([, claims, sums]) => [...(claims as { line: number }[]), ...(sums as { line: number }[])].map((c) => c.line));
    assert.deepStrictEqual(lines(moved), lines(before).map((l) => l + 2));
    // …and back: the statements return to the lines they were read at.
    doc.update([{ range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } }, text: '' }]);
    assert.deepStrictEqual(stated(doc), before);
  });
  it('a label is quoted without its layout spaces whether or not it has a space the regex looks at, as the regex alone quotes it', () => {
    // quotedLabel as it was before labels without a space were answered at once: the reference.
    const former = (t: string) => t.replace(/(?<=[\u4e00-\u9fff])[ \u00a0\u3000]+(?=[\u4e00-\u9fff])/g, '');
    const ch = fc.constantFrom('政', '府', '信', '息', '（', '）', '1', '.', 'a', ' ', '\u00a0', '\u3000', '\t', '\u2002', '\u200b', '、', '㐀');
    const text = fc.array(ch, { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => quotedLabel(t) === former(t)), { numRuns: 20000, seed: 18 });
    assert.strictEqual(quotedLabel('政\u00a0府\u3000信 息'), '政府信息');
  });

  it('a late column is read under its own sub-table\'s header only, the header\'s sharing worked out per format\'s sub-tables', () => {
    // Plain pdftotext of a printout: 规章 / 0 / 0 / 行政规范性文件 / 9 / 7 / 现行有效件数 / 6 / 0 (structure/late-column.ts).
    const lines = ['规章', '0', '0', '行政规范性文件', '9', '7', '现行有效件数', '6', '0', '', '三、收到和处理政府信息公开申请情况'];
    const cellAt = (line: number): TextCell => ({ text: lines[line], norm: normalizeLabel(lines[line]), span: { line, start: 0, end: lines[line].length } });
    const defs = FORMAT_2021.table2;
    const def = defs.find((d) => d.rows.some((r) => r.key === 'rules'))!;
    const found = def.rows.map((d, k): FoundRow => ({
      table: 'table2', key: d.key, label: cellAt(3 * k), official: d.label, exactIn: [], values: [cellAt(3 * k + 1), cellAt(3 * k + 2)],
      firstLine: 3 * k, lastLine: 3 * k + 2, style: 'spaced',
    }));
    const read = (ds: readonly SubTableDef[]) => [...lateColumns(ds, found, lines)].map(([r, c]) => `${r.key}=${c.text}@${c.span.line}`);
    const want = ['rules=6@7', 'normative_documents=0@8'];
    assert.deepStrictEqual(read(defs), want);
    // The same sub-tables but one more whose column shares the header: it says nothing of whose numbers follow.
    const shared: SubTableDef[] = [...defs, { ...defs[1], key: 'other', columns: [...defs[1].columns, def.columns[def.columns.length - 1]] }];
    assert.deepStrictEqual(read(shared), []);
    // The sub-table with its last column only (one column): no late column of it.
    const single: SubTableDef[] = defs.map((d) => (d === def ? { ...d, columns: d.columns.slice(-1) } : d));
    assert.deepStrictEqual(read(single), []);
    // And the format's own sub-tables again: each set of sub-tables answers for itself, whatever was asked before.
    assert.deepStrictEqual(read(defs), want);
    // A row missing: none.
    assert.deepStrictEqual([...lateColumns(defs, found.slice(0, 1), lines)], []);
  });

  it('flatMapped gives what Array.prototype.flatMap gives: arrays returned spread one level, other values kept', () => {
    // Each item maps to an array of numbers, nested arrays (spread one level only), an empty array or a bare value.
    const item = fc.oneof(fc.array(fc.integer(), { maxLength: 4 }), fc.array(fc.array(fc.integer(), { maxLength: 3 }), { maxLength: 3 }),
      fc.integer(), fc.string({ maxLength: 3 }), fc.constant(undefined));
    fc.assert(fc.property(fc.array(item, { maxLength: 8 }), (xs) => {
      const f = (x: unknown, i: number) => (i % 3 === 2 && Array.isArray(x) ? [i, ...x] : x);
      assert.deepStrictEqual(flatMapped(xs, f), xs.flatMap(f));
    }), { numRuns: 5000, seed: 19 });
  });

  it('a finding is copied as the object rest and spreads copied it: the same keys in the same order, fixes last and built only when asked', () => {
    // The former copies (rules/index.ts, index.ts).
    const former = (rule: RuleId, { fixes, ...f }: Reported, withFixes: boolean) => (fixes === undefined ? { rule, ...f }
      : { rule, ...f, fixes: withFixes ? (typeof fixes === 'function' ? fixes() : fixes) : [] });
    const formerWithSeverity = (f: object, severity: Severity) => ({ ...f, severity });
    const keys = ['range', 'message', 'severity', 'related', 'fixes', 'expected'] as const;
    const values: Record<(typeof keys)[number], fc.Arbitrary<unknown>> = {
      range: fc.record({ start: fc.record({ line: fc.nat(), character: fc.nat() }), end: fc.record({ line: fc.nat(), character: fc.nat() }) }),
      message: fc.string({ maxLength: 5 }),
      severity: fc.constantFrom('error', 'warning', 'information', undefined),
      related: fc.array(fc.record({ message: fc.string({ maxLength: 3 }) }), { maxLength: 2 }),
      fixes: fc.oneof(fc.constant(undefined), fc.array(fc.record({ title: fc.string({ maxLength: 3 }) }), { maxLength: 2 }), fc.constant('fn')),
      expected: fc.oneof(fc.integer(), fc.constant(undefined)),
    };
    // The keys present, in any order (rules write their findings' keys in their own orders).
    const reported = fc.shuffledSubarray([...keys]).chain((ks) => fc.tuple(...ks.map((k) => values[k])).map((vs) => {
      const r: Record<string, unknown> = {};
      ks.forEach((k, i) => { r[k] = k === 'fixes' && vs[i] === 'fn' ? () => [{ title: 'built' }] : vs[i]; });
      return r as unknown as Reported;
    }));
    const same = (a: object, b: object) => {
      assert.deepStrictEqual(Object.keys(a), Object.keys(b));
      assert.deepStrictEqual(a, b);
    };
    fc.assert(fc.property(reported, fc.boolean(), fc.constantFrom<Severity>('error', 'warning', 'information'), (r, withFixes, severity) => {
      const copy = asFinding('row-total', r, withFixes);
      same(copy, former('row-total', r, withFixes));
      same(withSeverity(copy, severity), formerWithSeverity(copy, severity));
    }), { numRuns: 5000, seed: 19 });
    // Fixes given as a function are built only for a check that shows them.
    let built = 0;
    const lazy: Reported = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'm', fixes: () => { built++; return []; } };
    asFinding('row-total', lazy, false);
    assert.strictEqual(built, 0);
    asFinding('row-total', lazy, true);
    assert.strictEqual(built, 1);
  });

  it('spreadWith gives what { ...base, ...extra } gives: the same keys in the same order, extra\'s values winning', () => {
    const keys = ['text', 'norm', 'span', 'spread', 'bordered', 'table', 'sub', 'column', 'official', 'nonstandard', 'uncertain'];
    const value = fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant(undefined), fc.record({ line: fc.nat() }));
    const object = fc.shuffledSubarray(keys).chain((ks) => fc.tuple(...ks.map(() => value)).map((vs) => Object.fromEntries(ks.map((k, i) => [k, vs[i]]))));
    fc.assert(fc.property(object, object, (base, extra) => {
      const got = spreadWith(base, extra);
      const want = { ...base, ...extra };
      assert.deepStrictEqual(Object.keys(got), Object.keys(want));
      assert.deepStrictEqual(got, want);
    }), { numRuns: 5000, seed: 19 });
  });

  it('a parent label\'s start is told from the labels\' starts found once, as scanning every label with startsWith tells it', () => {
    const rows = FORMAT_2021.table3Rows.concat(FORMAT_2019.table3Rows);
    const leaves = rows.map((r) => normalizeLabel(r.label));
    const parents = [...new Set(rows.flatMap((r) => r.path.slice(0, -1)).map(normalizeLabel))];
    const former = (norm: string) => !leaves.some((l) => l.startsWith(norm)) && parents.some((p) => p.startsWith(norm));
    // Pieces of the labels (starts, middles, ends, with a character more or less), and the parents' own starts.
    const labels = [...leaves, ...parents];
    const piece = fc.tuple(fc.constantFrom(...labels), fc.nat(30), fc.nat(30), fc.constantFrom('', '一', '（', '、', 'x', '\ud840'))
      .map(([l, a, b, more]) => l.slice(Math.min(a, b) % (l.length + 1), Math.max(a, b) % (l.length + 1) || undefined) + more);
    fc.assert(fc.property(piece, (t) => parentStart(t) === former(t)), { numRuns: 20000, seed: 19 });
    for (const p of parents) for (let k = 0; k <= p.length; k++) assert.strictEqual(parentStart(p.slice(0, k)), former(p.slice(0, k)), p.slice(0, k));
    assert.ok(parentStart('（五）'));
    assert.ok(!parentStart(''));
  });
});
