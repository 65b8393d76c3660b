/**
 * The incremental parser must give exactly what a fresh parse of the same text gives, after every
 * edit of any random sequence (fast-check, seeded and bounded), and must reuse untouched blocks.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, ReportDocument } from '../../server/src/engine';
import { allSamples, seed } from '../helpers/fixtures';
import { snapshot } from '../helpers/snapshot';

/** Snippets that matter to the parser: headings, labels, numbers, separators, line breaks. */
const FRAGMENTS = [
  '\n', '\r\n', '\t', ' ', '|', '0', '1', '12', 'abc', '-1', '2.5', '一、', '二、', '三、', '（一）', '1.',
  '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '行政复议', '其他需要报告的事项', '信息处理费',
  '（七）总计', '规章', '第二十条第（五）项', '自然人', '## ', '告', '\u3000', '\u00a0', '无', '存在的主要问题及改进情况',
];

const editArb = fc.record({
  line: fc.nat(),
  col: fc.nat(),
  endLineDelta: fc.nat({ max: 3 }),
  endCol: fc.nat(),
  text: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }).map((a) => a.join('')),
});

function applyRandom(doc: ReportDocument, e: { line: number; col: number; endLineDelta: number; endCol: number; text: string }): void {
  const n = doc.lineCount;
  const line = e.line % n;
  const col = e.col % (doc.getLine(line).length + 1);
  const endLine = Math.min(n - 1, line + (e.endLineDelta > 1 ? 0 : e.endLineDelta));
  const endCol = endLine === line ? Math.min(doc.getLine(line).length, col + (e.endCol % 6)) : e.endCol % (doc.getLine(endLine).length + 1);
  doc.update([{ range: { start: { line, character: col }, end: { line: endLine, character: endCol } }, text: e.text }]);
}

const blockLines = (doc: ReportDocument) => doc.getBlocks().map((b) => `${b.startLine}-${b.endLine}`);

describe('incremental parsing', () => {
  for (const sample of allSamples()) {
    it(`${sample.name}: random edit sequences match a fresh parse after every edit`, () => {
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (edits) => {
          const doc = new ReportDocument(sample.text);
          analyze(doc);
          for (const e of edits) {
            applyRandom(doc, e);
            const fresh = new ReportDocument(doc.getText());
            assert.strictEqual(doc.length, fresh.getText().length);
            assert.deepStrictEqual(blockLines(doc), blockLines(fresh));
            assert.deepStrictEqual(snapshot(analyze(doc)), snapshot(analyze(fresh)));
          }
        }),
        { numRuns: 40, seed: 20261123 },
      );
    });
  }

  it('a long report (hundreds of blocks): random edit sequences match a fresh parse after every edit', () => {
    // Section 一 of seed 002 grown to ~200 paragraphs with numbers, so edits land among many blocks
    // (only the blocks around an edit are re-scanned; the ones after it are moved).
    const base = seed('002').text.replace(/\r\n/g, '\n');
    const lines = base.split('\n');
    const two = lines.findIndex((l) => /^#* *二、/.test(l));
    const paragraph = (i: number) => `（${i}）本年度新收政府信息公开申请 ${i} 件，其中当面申请 ${i % 7} 件。各部门加强组织领导，推进政务公开标准化、规范化工作，按时发布各类政府信息。`;
    const grown = [...lines.slice(0, two), ...Array.from({ length: 200 }, (_, i) => ['', paragraph(i + 1)]).flat(), '', ...lines.slice(two)].join('\n');
    assert.ok(new ReportDocument(grown).getBlocks().length > 200);
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 5 }), (edits) => {
        const doc = new ReportDocument(grown);
        analyze(doc);
        for (const e of edits) {
          applyRandom(doc, e);
          const fresh = new ReportDocument(doc.getText());
          // The blocks too: only those around the edit are re-scanned, yet they must be a fresh parse's.
          assert.deepStrictEqual(blockLines(doc), blockLines(fresh));
          assert.deepStrictEqual(snapshot(analyze(doc)), snapshot(analyze(fresh)));
        }
      }),
      { numRuns: 25, seed: 20261124 },
    );
  });

  it('typing before, inside and after every number the prose states matches a fresh parse (only the narrative rules re-run then)', () => {
    let checked = 0;
    for (const sample of allSamples()) {
      const doc = new ReportDocument(sample.text);
      const claims = analyze(doc).model.sections.flatMap((s) => [...s.claims, ...s.sums]);
      for (const c of claims) {
        for (const character of [c.start, c.start + 1, c.end, 0]) {
          for (const text of ['的', '1', '，其中 3 件', '']) {
            const at = { line: c.line, character: Math.min(character, doc.getLine(c.line).length) };
            doc.update([{ range: { start: at, end: text ? at : { line: at.line, character: Math.min(at.character + 1, doc.getLine(at.line).length) } }, text }]);
            assert.deepStrictEqual(snapshot(analyze(doc)), snapshot(analyze(new ReportDocument(doc.getText()))), `${sample.name} line ${c.line + 1}`);
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 50, `${checked} edits checked`);
  });

  it('prose wrapped over lines (PDF text): edits that join, split and end its sentences match a fresh parse', () => {
    // A sentence of seed 002's overview wrapped over three lines with a blank line between, as pdftotext gives it.
    const wrapped = '    全年共办结 7 件，其中予以公开 3 件，部分公开 1 件，不予公开\n1 件（保护第三方合法权益 1 件），无法提供 2 件，不予处理\n\n0 件。全市共受理申请 40\n件。';
    const base = seed('002').text.replace(/\r\n/g, '\n');
    const at = base.indexOf('\n', base.indexOf('一、总体情况')) + 1;
    const text = base.slice(0, at) + wrapped + '\n' + base.slice(at);
    const doc = new ReportDocument(text);
    const first = analyze(doc).model.sections.find((s) => s.ordinal === '一')!;
    assert.ok(first.sums.length > 0 && first.claims.some((c) => c.scoped), 'the wrapped sentences are read');
    const start = text.slice(0, at).split('\n').length - 1;
    fc.assert(
      fc.property(fc.array(fc.record({
        line: fc.integer({ min: start, max: start + 4 }), col: fc.nat(), del: fc.nat({ max: 3 }),
        text: fc.constantFrom('', '。', '\n', '\n\n', '，', '其中', '3 件', '（一）', '全市', '的'),
      }), { minLength: 1, maxLength: 6 }), (edits) => {
        const d = new ReportDocument(text);
        analyze(d);
        for (const e of edits) {
          const line = Math.min(e.line, d.lineCount - 1);
          const col = e.col % (d.getLine(line).length + 1);
          const end = Math.min(d.getLine(line).length, col + e.del);
          d.update([{ range: { start: { line, character: col }, end: { line, character: end } }, text: e.text }]);
          const [a, b] = [analyze(d), analyze(new ReportDocument(d.getText()))];
          assert.deepStrictEqual(snapshot(a), snapshot(b));
          // What the prose states, not only the findings it leads to.
          const stated = (x: typeof a) => x.model.sections.map((s) => [s.claims, s.sums, [...s.years]]);
          assert.deepStrictEqual(stated(a), stated(b));
        }
      }),
      { numRuns: 60, seed: 20261206 },
    );
  });

  it('an edit inside one section re-parses only that block', () => {
    const doc = new ReportDocument(seed('002').text);
    const line = doc.getLines().findIndex((l) => l.includes('主要问题：'));
    doc.update([{ range: { start: { line, character: 2 }, end: { line, character: 2 } }, text: '新' }]);
    assert.strictEqual(doc.stats.parsedBlocks, 1);
    assert.strictEqual(doc.stats.reusedBlocks, doc.getBlocks().length - 1);
    assert.ok(doc.getBlocks().length >= 7, 'at least the preamble and six sections');
    assert.strictEqual(doc.stats.lexedLines, 1);
  });

  it('a long section is cut into paragraph blocks, so typing in it re-parses one paragraph', () => {
    const paragraph = '本镇持续推进政务公开标准化规范化建设，完善公开目录，规范发布流程，强化监督检查，确保信息准确及时。';
    const body = Array.from({ length: 400 }, (_, i) => `（${'一二三四五'[i % 5]}）第${i + 1}项工作\n\n${paragraph.repeat(3)}\n`).join('\n');
    const text = seed('002').text.replace('加强组织领导，', body + '\n加强组织领导，');
    const doc = new ReportDocument(text);
    const blocks = doc.getBlocks().length;
    assert.ok(blocks > 400, `${blocks} blocks`);
    const line = doc.getLines().findIndex((l) => l.includes('第200项工作')) + 2;
    doc.update([{ range: { start: { line, character: 5 }, end: { line, character: 5 } }, text: '全面' }]);
    assert.strictEqual(doc.stats.parsedBlocks, 1);
    const fresh = new ReportDocument(doc.getText());
    assert.deepStrictEqual(snapshot(analyze(doc)), snapshot(analyze(fresh)));
    assert.strictEqual(analyze(doc).model.sections[0].subHeadings.length, 400 + 0);
  });

  it('inserting lines moves later blocks instead of re-parsing them', () => {
    const doc = new ReportDocument(seed('004').text);
    const before = analyze(doc).model.table3!.rows.get('carry_forward')!.cells[6].span.line;
    doc.update([{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: '新增一行。\n又一行。\n' }]);
    assert.strictEqual(doc.stats.parsedBlocks, 1);
    const after = analyze(doc).model.table3!.rows.get('carry_forward')!.cells[6].span.line;
    assert.strictEqual(after, before + 2);
  });

  it('a full-text change (no range) replaces the document', () => {
    const doc = new ReportDocument(seed('002').text);
    doc.update([{ text: seed('003').text }]);
    assert.strictEqual(doc.getText(), seed('003').text);
    assert.deepStrictEqual(snapshot(analyze(doc)), snapshot(analyze(new ReportDocument(seed('003').text))));
  });

  it('CR, LF and CRLF line ends survive edits that split or join them', () => {
    const doc = new ReportDocument('一、总体情况\r二、主动公开政府信息情况\r\n三、收到和处理政府信息公开申请情况\n');
    doc.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }]);
    assert.strictEqual(doc.getText(), '一、总体情况\r\n二、主动公开政府信息情况\r\n三、收到和处理政府信息公开申请情况\n');
    assert.strictEqual(doc.lineCount, 4);
  });
});
