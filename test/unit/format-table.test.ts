/**
 * Table formatting: display width, pipe-table alignment, tab-row tidying, and the property that
 * formatting never changes the parsed report (values, labels, diagnostics) and is idempotent.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, ReportDocument, TextEdit, Analysis } from '../../server/src/engine';
import { formatTables } from '../../server/src/engine/format-table';
import { displayWidth } from '../../server/src/engine/text/width';
import { LineKind } from '../../server/src/engine/text/lines';
import { allSamples, readFixture } from '../helpers/fixtures';

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  for (const e of edits) {
    assert.strictEqual(e.range.start.line, e.range.end.line, 'one line per edit');
    assert.strictEqual(e.range.start.character, 0);
    assert.strictEqual(e.range.end.character, lines[e.range.start.line].length);
    assert.ok(!e.newText.includes('\n'));
    lines[e.range.start.line] = e.newText;
  }
  return lines.join('\n');
}

function format(text: string): string {
  const doc = new ReportDocument(text);
  return applyEdits(text, formatTables(doc.getLines(), doc.getLexed()));
}

/** What formatting must not change: every cell value and label, the tables found, the diagnostics. */
function parsed(a: Analysis): unknown {
  const m = a.model;
  const rows = (map: Map<string, any> | undefined) => map && [...map].map(([k, r]) => [k, r.row.label.text, r.cells.map((c: any) => c.value), r.short, r.extra.length]);
  return {
    title: m.title?.text, year: m.year, format: m.format, looks: m.looksLikeReport,
    sections: m.sections.map((s) => [s.ordinal, s.startLine, s.endLine]),
    fragments: m.fragments.map((f) => [f.table, f.firstLine, f.lastLine, f.style, f.rows.length, f.headers.map((h) => h.text)]),
    table2: m.table2 && [...m.table2.subs].map(([k, s]) => [k, s.title?.text, rows(s.rows)]),
    table3: rows(m.table3?.rows),
    table4: m.table4 && [...m.table4.groups].map(([k, g]) => [k, g.cells.map((c: any) => c.value)]),
    diagnostics: a.diagnostics.map((d) => [d.rule, d.range.start.line, d.severity, d.message]),
  };
}

describe('display width', () => {
  it('counts Chinese, full-width forms and U+3000 as two columns', () => {
    assert.strictEqual(displayWidth('规章'), 4);
    assert.strictEqual(displayWidth('（一）予以公开'), 14);
    assert.strictEqual(displayWidth('１２'), 4);
    assert.strictEqual(displayWidth('\u3000'), 2);
    assert.strictEqual(displayWidth('𠀀'), 2); // U+20000, a surrogate pair
    assert.strictEqual(displayWidth('😀'), 2);
    assert.strictEqual(displayWidth('한국'), 4);
  });

  it('counts ASCII, Latin and ambiguous punctuation as one, combining and zero-width as none', () => {
    assert.strictEqual(displayWidth(''), 0);
    assert.strictEqual(displayWidth('abc 123'), 7);
    assert.strictEqual(displayWidth('1.25'), 4);
    assert.strictEqual(displayWidth('“三安全一稳定”'), 14); // six characters, two quotes
    assert.strictEqual(displayWidth('e\u0301'), 1);
    assert.strictEqual(displayWidth('a\u200bb\ufeff'), 2);
    assert.strictEqual(displayWidth('—…'), 2);
  });
});

describe('table formatting', () => {
  it('aligns a Markdown pipe table by display width, keeping cells and alignment colons', () => {
    const text = [
      '| 信息内容 | 本年处理决定数量 |',
      '|---|--:|',
      '| 行政处罚 | 120 |',
      '|行政强制|4|',
    ].join('\n');
    const out = format(text).split('\n');
    assert.deepStrictEqual(out, [
      '| 信息内容 | 本年处理决定数量 |',
      '| -------- | ---------------: |',
      '| 行政处罚 |              120 |',
      '| 行政强制 |                4 |',
    ]);
    // Every pipe is at the same display column on every row.
    const columns = (l: string) => [...l].reduce<number[]>((acc, ch, i, all) => (ch === '|' ? [...acc, displayWidth(all.slice(0, i).join(''))] : acc), []);
    for (const l of out) assert.deepStrictEqual(columns(l), columns(out[0]));
  });

  it('aligns the pipe-layout sample: every row of each table has the same display width', () => {
    const out = format(readFixture('layouts/pipe.md')).split('\n');
    const doc = new ReportDocument(out.join('\n'));
    const lex = doc.getLexed();
    let run: number[] = [];
    const flush = () => {
      const widths = new Set(run.map((i) => displayWidth(out[i])));
      const counts = new Set(run.map((i) => out[i].split('|').length));
      if (counts.size === 1) assert.strictEqual(widths.size, 1, `rows ${run[0] + 1}–${run[run.length - 1] + 1}`);
      run = [];
    };
    lex.forEach((t, i) => (t.kind === LineKind.Pipe || t.kind === LineKind.PipeDelimiter ? run.push(i) : run.length && flush()));
    if (run.length) flush();
  });

  it('tidies tab-separated rows: white space, NBSP and U+3000 around cells go, tabs and empty cells stay', () => {
    const text = '表格\n行政许可\t 56\u3000\t\u00a0\t\n\t 1 \n1.属于国家秘密\t0\t0 \t';
    assert.strictEqual(format(text), '表格\n行政许可\t56\t\t\n\t1\n1.属于国家秘密\t0\t0\t');
  });

  it('leaves prose, headings, space-aligned rows and pipe tables with an escaped pipe alone', () => {
    const text = '# 标题  \n\n正文  有两个空格。  \n\n一、本年新收政府信息公开申请数量     5     2     0\n\n| a\\|b | c |\n|---|---|\n';
    assert.strictEqual(format(text), text);
  });

  it('formats only the tables a range touches, a pipe table whole', () => {
    const text = 'a\t 1\n\n| x | yy |\n|---|---|\n| 1 | 2 |\n\nb\t 2';
    const doc = new ReportDocument(text);
    const edits = formatTables(doc.getLines(), doc.getLexed(), { startLine: 4, endLine: 4 });
    assert.deepStrictEqual(edits.map((e) => e.range.start.line), [2, 3, 4]);
  });

  it('property: formatting never changes the parsed report and is idempotent (samples with random spacing)', function () {
    this.timeout(180000); // every sample × fast-check's runs: minutes on a loaded machine
    const pads = fc.constantFrom('', ' ', '  ', '\u00a0', '\u3000', ' \u3000 ');
    for (const sample of allSamples()) {
      const lines = sample.text.split('\n');
      const lex = new ReportDocument(sample.text).getLexed();
      const tableLines = lines.map((_, i) => i).filter((i) => [LineKind.Pipe, LineKind.Tabbed, LineKind.OneCell].includes(lex[i].kind));
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.constantFrom(...(tableLines.length ? tableLines : [0])), pads, pads), { maxLength: 30 }), (changes) => {
          // Random white space around the separators of table lines (as typed or pasted).
          const mutated = [...lines];
          for (const [i, before, after] of changes) {
            const sep = lex[i].kind === LineKind.Pipe ? '|' : '\t';
            mutated[i] = mutated[i].split(sep).map((cell, k, all) => (k === 0 && sep === '|' ? cell : before + cell + (k < all.length - 1 || sep === '\t' ? after : ''))).join(sep);
          }
          const text = mutated.join('\n');
          const before = analyze(new ReportDocument(text));
          const once = format(text);
          assert.strictEqual(once.split('\n').length, mutated.length);
          assert.deepStrictEqual(parsed(analyze(new ReportDocument(once))), parsed(before));
          assert.strictEqual(format(once), once, 'idempotent');
        }),
        { numRuns: 30, seed: 1123 },
      );
    }
  });
});
