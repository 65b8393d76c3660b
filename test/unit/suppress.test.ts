/**
 * Inline exceptions (<!-- gknb-disable … -->): what they silence, what they report about themselves,
 * the "Ignore here" fixes, and that comment lines are invisible to the parser (also incrementally).
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, checkText, ReportDocument, Diagnostic, TextEdit } from '../../server/src/engine';
import { ignoreFixes } from '../../server/src/engine/suppress';
import { configTranslator } from '../../server/src/engine/i18n/config-messages';
import { LineKind } from '../../server/src/engine/text/lines';
import { allSamples, readFixture, seed } from '../helpers/fixtures';
import { snapshot } from '../helpers/snapshot';

/** Seed 002 with （一）予以公开's 自然人 changed from 1 to 2: row-total on that row, result-total below. */
const BROKEN = seed('002').text.replace('(一) 予以公开\t1\t', '(一) 予以公开\t2\t');
const ROW = BROKEN.split('\n').findIndex((l) => l.includes('(一) 予以公开\t2'));

function insertLines(text: string, at: number, ...inserted: string[]): string {
  const lines = text.split('\n');
  lines.splice(at, 0, ...inserted);
  return lines.join('\n');
}

const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line}:${d.rule}`);
const codes = (ds: Diagnostic[]) => ds.map((d) => d.rule);

/** Apply non-overlapping edits to a text with \n line breaks. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => {
    let o = 0;
    for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
    return o + p.character;
  };
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

const base = checkText(BROKEN).diagnostics;

describe('inline exceptions', () => {

  it('the broken seed has the diagnostics these tests silence', () => {
    assert.ok(base.some((d) => d.rule === 'row-total' && d.range.start.line === ROW));
    assert.ok(base.some((d) => d.rule === 'result-total'));
    assert.ok(base.some((d) => d.rule === 'title-format'));
  });

  it('gknb-disable-next-line silences that rule on the next line only', () => {
    const text = insertLines(BROKEN, ROW, '<!-- gknb-disable-next-line row-total -->');
    const ds = checkText(text).diagnostics;
    assert.ok(!ds.some((d) => d.rule === 'row-total'), brief(ds).join(' '));
    assert.ok(ds.some((d) => d.rule === 'result-total'), 'other rules stay');
    assert.ok(!ds.some((d) => d.rule === 'unused-disable'));
    // Everything else is exactly as before, one line further down.
    const expected = base.filter((d) => d.rule !== 'row-total').map((d) => `${d.range.start.line >= ROW ? d.range.start.line + 1 : d.range.start.line}:${d.rule}`);
    assert.deepStrictEqual(brief(ds), expected);
  });

  it('the comment names a rule by id or alias; several are separated by spaces or commas', () => {
    for (const comment of ['<!-- gknb-disable-next-line 行合计 -->', '<!-- gknb-disable-next-line cell-missing, row-total -->', '<!--gknb-disable-next-line row-total，cell-invalid-->']) {
      const ds = checkText(insertLines(BROKEN, ROW, comment)).diagnostics;
      assert.ok(!ds.some((d) => d.rule === 'row-total'), comment);
    }
  });

  it('text after “ -- ” is a reason, not a rule', () => {
    const ds = checkText(insertLines(BROKEN, ROW, '<!-- gknb-disable-next-line row-total -- 原始报表如此，已与统计部门核实 -->')).diagnostics;
    assert.ok(!ds.some((d) => ['row-total', 'invalid-disable', 'unused-disable'].includes(d.rule)), brief(ds).join(' '));
  });

  it('without a rule it silences every rule on that line; stacked comments all apply to the next line', () => {
    let ds = checkText(insertLines(BROKEN, ROW, '<!-- gknb-disable-next-line -->')).diagnostics;
    assert.ok(!ds.some((d) => d.range.start.line === ROW + 1 && d.rule !== 'unused-disable'));
    ds = checkText(insertLines(BROKEN, ROW, '<!-- gknb-disable-next-line cell-missing -->', '<!-- gknb-disable-next-line row-total -->')).diagnostics;
    assert.ok(!ds.some((d) => d.rule === 'row-total'));
    // cell-missing had nothing to silence there: that comment is reported.
    const unused = ds.filter((d) => d.rule === 'unused-disable');
    assert.deepStrictEqual(unused.map((d) => d.range.start.line), [ROW]);
    assert.strictEqual(unused[0].severity, 'hint');
  });

  it('gknb-disable … gknb-enable silences a range; gknb-enable <rule> ends one rule', () => {
    const lines = BROKEN.split('\n');
    const end = lines.length;
    let ds = checkText(insertLines(insertLines(BROKEN, end, '<!-- gknb-enable -->'), 0, '<!-- gknb-disable row-total result-total -->')).diagnostics;
    assert.ok(!ds.some((d) => d.rule === 'row-total' || d.rule === 'result-total'));
    assert.ok(ds.some((d) => d.rule === 'title-format'), 'other rules still report');
    // Enabling result-total again before its line brings it back; row-total stays silent.
    const result = base.find((d) => d.rule === 'result-total')!.range.start.line;
    ds = checkText(insertLines(insertLines(BROKEN, result, '<!-- gknb-enable result-total -->'), 0, '<!-- gknb-disable row-total result-total -->')).diagnostics;
    assert.ok(!ds.some((d) => d.rule === 'row-total'));
    assert.ok(ds.some((d) => d.rule === 'result-total'));
    // After the range the rule reports again.
    ds = checkText(insertLines(BROKEN, ROW + 1, '<!-- gknb-enable -->').split('\n').map((l, i) => (i === ROW - 1 ? l + '\n<!-- gknb-disable -->' : l)).join('\n')).diagnostics;
    assert.ok(!ds.some((d) => d.rule === 'row-total'), brief(ds).join(' '));
    assert.ok(ds.some((d) => d.rule === 'result-total'));
  });

  it('gknb-disable (all) then gknb-enable <rule> keeps that one rule on', () => {
    const ds = checkText(insertLines(BROKEN, 0, '<!-- gknb-disable -->', '<!-- gknb-enable row-total -->')).diagnostics;
    assert.deepStrictEqual(codes(ds), ['row-total']);
  });

  it('gknb-disable-file silences a rule everywhere in the file, wherever the comment is', () => {
    const text = BROKEN + '\n<!-- gknb-disable-file title-format, result-total -->\n';
    const ds = checkText(text).diagnostics;
    assert.ok(!ds.some((d) => d.rule === 'title-format' || d.rule === 'result-total'));
    assert.ok(ds.some((d) => d.rule === 'row-total'));
  });

  it('an exception that silences nothing is a hint, with a fix that removes it; per rule in a list', () => {
    const text = insertLines(BROKEN, ROW, '<!-- gknb-disable-next-line row-total cell-invalid -->');
    const ds = checkText(text).diagnostics;
    const unused = ds.filter((d) => d.rule === 'unused-disable');
    assert.strictEqual(unused.length, 1);
    assert.match(unused[0].message, /“cell-invalid”没有屏蔽任何问题/);
    // The range is the word cell-invalid; the fix removes it and leaves a clean comment.
    const line = text.split('\n')[ROW];
    assert.strictEqual(line.slice(unused[0].range.start.character, unused[0].range.end.character), 'cell-invalid');
    const fixed = applyEdits(text, unused[0].fixes![0].edits);
    assert.strictEqual(fixed.split('\n')[ROW], '<!-- gknb-disable-next-line row-total -->');
    assert.ok(!checkText(fixed).diagnostics.some((d) => d.rule === 'unused-disable' || d.rule === 'row-total'));
    // A comment that silences nothing at all is removed with its line.
    const stale = insertLines(BROKEN, 2, '<!-- gknb-disable-next-line row-total -->');
    const u = checkText(stale).diagnostics.find((d) => d.rule === 'unused-disable')!;
    assert.match(u.message, /没有屏蔽任何问题，可以删除/);
    assert.strictEqual(applyEdits(stale, u.fixes![0].edits), BROKEN);
  });

  it('an unmatched gknb-enable, an unknown rule and an unknown directive are reported', () => {
    const text = insertLines(BROKEN, 0, '<!-- gknb-enable -->', '<!-- gknb-disable-next-line no-such-rule -->', '<!-- gknb-disabel row-total -->');
    const ds = checkText(text, { locale: 'en' }).diagnostics.filter((d) => d.rule === 'unused-disable' || d.rule === 'invalid-disable');
    assert.deepStrictEqual(ds.map((d) => [d.range.start.line, d.rule, d.severity]), [
      [0, 'unused-disable', 'hint'], [1, 'invalid-disable', 'warning'], [2, 'invalid-disable', 'warning'],
    ]);
    assert.match(ds[1].message, /“no-such-rule” in this exception comment is not a gknb rule/);
    assert.match(ds[2].message, /Unknown gknb comment “gknb-disabel”/);
  });

  it('an exception for a rule that is off is not called stale; unused-disable itself can be turned off', () => {
    const text = insertLines(BROKEN, 2, '<!-- gknb-disable-next-line overview-topics -->');
    assert.ok(!checkText(text, { rules: { 'overview-topics': 'off' } }).diagnostics.some((d) => d.rule === 'unused-disable'));
    assert.ok(checkText(text).diagnostics.some((d) => d.rule === 'unused-disable'));
    assert.ok(!checkText(text, { rules: { 'unused-disable': 'off' } }).diagnostics.some((d) => d.rule === 'unused-disable'));
    const warned = checkText(text, { rules: { 'unused-disable': 'warning' } }).diagnostics.find((d) => d.rule === 'unused-disable');
    assert.strictEqual(warned?.severity, 'warning');
  });

  it('a section holding only a comment is still empty (comments are not content)', () => {
    const text = seed('002').text.replace(/(一、总体情况\n)[^]*?(\n#+ 二、)/, '$1\n<!-- 待补充 -->\n$2');
    assert.notStrictEqual(text, seed('002').text);
    const ds = checkText(text).diagnostics;
    assert.ok(ds.some((d) => d.rule === 'section-empty'), brief(ds).join(' '));
  });

  it('comment lines anywhere leave the parse unchanged (tables, one-cell rows, prose, headings)', () => {
    for (const sample of allSamples()) {
      const lines = sample.text.split('\n');
      const plain = checkText(sample.text);
      // Not between the two halves of a label that PDF text wrapped (a Spaced row and a text line).
      const lex = new ReportDocument(sample.text).getLexed();
      const wrapped = (i: number) => i > 0 && ((lex[i].kind === LineKind.Text && lex[i - 1].kind === LineKind.Spaced) || (lex[i].kind === LineKind.Spaced && lex[i - 1].kind === LineKind.Text));
      const places = lines.map((_, i) => i).filter((i) => !wrapped(i));
      fc.assert(
        fc.property(fc.constantFrom(...places), fc.constantFrom('<!-- 备注：已核实 -->', '  <!-- gknb-disable-file no-op-rule -->', '<!---->'), (at, comment) => {
          const ds = checkText(insertLines(sample.text, at, comment)).diagnostics.filter((d) => d.rule !== 'invalid-disable' && d.rule !== 'unused-disable');
          const back = ds.map((d) => `${d.range.start.line > at ? d.range.start.line - 1 : d.range.start.line}:${d.rule}`);
          assert.deepStrictEqual(back, brief(plain.diagnostics));
        }),
        { numRuns: 25, seed: 8 },
      );
    }
  });

  it('typing a comment character by character parses like a fresh document after every keystroke', () => {
    const comment = '<!-- gknb-disable-next-line row-total -->';
    const doc = new ReportDocument(BROKEN);
    analyze(doc);
    doc.update([{ range: { start: { line: ROW, character: 0 }, end: { line: ROW, character: 0 } }, text: '\n' }]);
    for (let i = 0; i < comment.length; i++) {
      doc.update([{ range: { start: { line: ROW, character: i }, end: { line: ROW, character: i } }, text: comment[i] }]);
      const fresh = new ReportDocument(doc.getText());
      assert.deepStrictEqual(snapshot(analyze(doc)), snapshot(analyze(fresh)), `after ${comment.slice(0, i + 1)}`);
    }
    assert.ok(!analyze(doc).diagnostics.some((d) => d.rule === 'row-total'));
  });
});

describe('“Ignore here” fixes', () => {
  const t = configTranslator('zh-cn');

  it('insert gknb-disable-next-line above the line; applying it silences exactly that diagnostic', () => {
    const doc = new ReportDocument(BROKEN);
    const d = analyze(doc).diagnostics.find((x) => x.rule === 'row-total')!;
    const fixes = ignoreFixes(d, doc.getLexed(), doc.getLines(), '\n', t);
    assert.deepStrictEqual(fixes.map((f) => f.title), ['忽略此处（row-total）', '在此文件中忽略 row-total']);
    const after = applyEdits(BROKEN, fixes[0].edits);
    assert.strictEqual(after.split('\n')[ROW], '<!-- gknb-disable-next-line row-total -->');
    const ds = checkText(after).diagnostics;
    const others = base.filter((x) => !(x.rule === d.rule && x.range.start.line === d.range.start.line));
    assert.deepStrictEqual(brief(ds), others.map((x) => `${x.range.start.line >= ROW ? x.range.start.line + 1 : x.range.start.line}:${x.rule}`));
  });

  it('a second rule on the same line joins the comment already above it', () => {
    const text = insertLines(BROKEN, ROW, '<!-- gknb-disable-next-line cell-missing -->');
    const doc = new ReportDocument(text);
    const d = analyze(doc).diagnostics.find((x) => x.rule === 'row-total')!;
    const after = applyEdits(text, ignoreFixes(d, doc.getLexed(), doc.getLines(), '\n', t)[0].edits);
    assert.strictEqual(after.split('\n')[ROW], '<!-- gknb-disable-next-line cell-missing row-total -->');
  });

  it('inside a Markdown pipe table the comments go around the table, which stays one table', () => {
    const text = readFixture('layouts/pipe.md').replace('| （一）予以公开 | 3 |', '| （一）予以公开 | 4 |');
    const doc = new ReportDocument(text);
    const before = analyze(doc);
    const d = before.diagnostics.find((x) => x.rule === 'row-total')!;
    assert.ok(d);
    const [fix, file] = ignoreFixes(d, doc.getLexed(), doc.getLines(), '\n', t);
    assert.strictEqual(fix.title, '忽略此处：在此表格中忽略 row-total');
    const after = applyEdits(text, fix.edits);
    const lines = after.split('\n');
    const open = lines.indexOf('<!-- gknb-disable row-total -->');
    const close = lines.indexOf('<!-- gknb-enable row-total -->');
    assert.ok(lines[open + 1].startsWith('| 申请人情况'), lines[open + 1]);
    assert.ok(lines.slice(open + 1, close).every((l) => l.startsWith('|')), 'no comment inside the table');
    const a = checkText(after);
    assert.ok(!a.diagnostics.some((x) => x.rule === 'row-total' || x.rule === 'unused-disable'));
    assert.strictEqual(a.model.table3?.rows.size, before.model.table3?.rows.size);
    // The file-wide variant goes to the top.
    assert.strictEqual(applyEdits(text, file.edits).split('\n')[0], '<!-- gknb-disable-file row-total -->');
  });

  it('in every sample and layout, “Ignore here” silences its diagnostic and never brings a new one', () => {
    const key = (d: Diagnostic) => `${d.rule}|${d.message}`;
    for (const sample of allSamples()) {
      // The samples as they are, and with a broken 总计 where the sample has one.
      const texts = [sample.text, sample.text.replace(/(予以公开[^\n]*?)\b3\b/, '$14')];
      for (const text of texts) {
        const doc = new ReportDocument(text);
        const before = analyze(doc).diagnostics.filter((d) => d.rule !== 'unused-disable' && d.rule !== 'invalid-disable');
        for (const d of before) {
          const fixes = ignoreFixes(d, doc.getLexed(), doc.getLines(), '\n', t);
          if (!fixes.length) continue;
          const after = checkText(applyEdits(text, fixes[0].edits)).diagnostics;
          const was = new Set(before.map(key));
          assert.deepStrictEqual(after.filter((x) => !was.has(key(x))).map(key), [], `${sample.name}: ignoring ${key(d)} brought new problems`);
          assert.ok(!after.some((x) => key(x) === key(d)), `${sample.name}: ${key(d)} is still reported`);
        }
      }
    }
  });

  it('diagnostics that are not about a rule get no “Ignore here”', () => {
    const doc = new ReportDocument(BROKEN);
    assert.deepStrictEqual(ignoreFixes({ rule: 'unused-disable', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, doc.getLexed(), doc.getLines(), '\n', t), []);
    assert.deepStrictEqual(ignoreFixes({ rule: 'not-analysed', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, doc.getLexed(), doc.getLines(), '\n', t), []);
  });
});
