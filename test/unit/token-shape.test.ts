// Line tokens all have one object shape (text/lines.ts `token`): the parser reads them in its hottest loops, and
// tokens of different shapes made V8 deoptimise that code (bench/README.md, fourth pass). Same keys in the same
// order is what gives two object literals one shape; a token built another way, or a field added to some tokens
// only, fails here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lexLine } from '../../server/src/engine/text/lines';

const ROOT = path.join(__dirname, '..', '..', '..');

function corpusLines(): string[] {
  const lines: string[] = [];
  const seeds = path.join(ROOT, 'test', 'fixtures', 'seeds');
  for (const f of fs.readdirSync(seeds).filter((f) => f.endsWith('.txt'))) lines.push(...fs.readFileSync(path.join(seeds, f), 'utf8').split(/\r?\n/));
  const reports = path.join(ROOT, 'test', 'corpus', 'reports');
  for (const dir of fs.readdirSync(reports).sort().slice(0, 12)) {
    for (const f of ['report.md', 'web.txt', 'word.txt', 'pdf-layout.txt', 'pdf-raw.txt', 'pandoc-docx-grid.md']) {
      const p = path.join(reports, dir, f);
      if (fs.existsSync(p)) lines.push(...fs.readFileSync(p, 'utf8').split(/\r?\n/));
    }
  }
  return lines;
}

/** Lines of every kind the lexer has, some only here (comments, directives, pictures, page numbers, tags). */
const EDGE_LINES = [
  '', '\f', '   ', '\t\t', '<!-- gknb-disable-next-line row-total -->', '<!-- 备注 -->', '![图](a.png)', '[图片]',
  '| 项目 | 数量 |', '|---|---|', '项目 | 数量 |', '\t本年新收政府信息公开申请数量', '\t', '一、总体情况', '\t一、总体情况\t\t',
  '# 一、总体情况', '（一）主动公开情况', '- 3 -', '第 2 页', '-----------', '本年新收政府信息公开申请数量      1523',
  '<b>一、总体情况</b>', '<span>本年度</span>共收到申请12件。', '\u0000\u0001乱码', '本年度，本机关共收到政府信息公开申请12件，办结11件。',
];

describe('line tokens have one shape', () => {
  it('every token of the seeds, corpus renderings and edge lines has the same keys in the same order', () => {
    const lines = [...EDGE_LINES, ...corpusLines()];
    const shapes = new Map<string, { kinds: Set<number>; example: string }>();
    for (const line of lines) {
      const tok = lexLine(line);
      const keys = Object.keys(tok).join(',');
      const s = shapes.get(keys) ?? { kinds: new Set<number>(), example: line };
      s.kinds.add(tok.kind);
      shapes.set(keys, s);
    }
    const kinds = new Set([...shapes.values()].flatMap((s) => [...s.kinds]));
    // The lines cover every kind of token (Blank … Comment), so a kind built its own way would show.
    assert.ok(kinds.size >= 9, `only ${kinds.size} kinds of token lexed`);
    assert.strictEqual(shapes.size, 1, `token shapes: ${[...shapes.entries()].map(([k, s]) => `${k} (e.g. ${JSON.stringify(s.example)})`).join(' | ')}`);
  });

  it('a token that carries extra facts (suspect characters, CJK, a directive, a picture) keeps the shape', () => {
    const plain = Object.keys(lexLine('abc'));
    for (const line of ['\u0000\u0001乱码', '中文', '<!-- gknb-disable-next-line row-total -->', '[图片]', '一、总体情况']) {
      assert.deepStrictEqual(Object.keys(lexLine(line)), plain, line);
    }
  });
});
