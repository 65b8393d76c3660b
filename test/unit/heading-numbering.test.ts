/**
 * The six parts numbered otherwise than 一、…六、: 第一部分 (also 第一部分：), （一）, 1., or the numeral and a space. With the
 * standard title after them they are the report's parts (section-title hints at the numbering), never six
 * missing sections. Run on every Markdown, web and Word rendering of the corpus.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, ReportDocument } from '../../server/src/engine';
import { detectSectionHeading } from '../../server/src/engine/structure/headings';
import { SECTIONS } from '../../server/src/engine/format';
import { CORPUS, readTruths } from '../helpers/corpusEval';

const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const STYLES: [string, (i: number) => string][] = [
  ['第一部分', (i) => `第${NUMERALS[i]}部分　`],
  ['第一部分：', (i) => `第${NUMERALS[i]}部分：`],
  ['第一部分、', (i) => `第${NUMERALS[i]}部分、`],
  ['（一）', (i) => `（${NUMERALS[i]}）`],
  ['1.', (i) => `${i + 1}.`],
  ['1、', (i) => `${i + 1}、`],
  ['一 ', (i) => `${NUMERALS[i]} `],
];

function findings(text: string): string[] {
  const a = analyze(new ReportDocument(text), { locale: 'zh-cn', incremental: false, fixes: false });
  return a.diagnostics.filter((d) => d.rule !== 'section-title').map((d) => `${d.rule} ${d.severity} ${d.range.start.line} ${d.message}`).sort();
}

describe('parts numbered 第一部分, （一）, 1. or 一 + space', function () {
  this.timeout(120000);

  it('each style before each standard title is that part; before other words it is no part', () => {
    for (const [name, mark] of STYLES) {
      SECTIONS.forEach((s, i) => {
        const title = s.title.replace(/^[一二三四五六]、/, '');
        assert.strictEqual(detectSectionHeading(mark(i) + title)?.ordinal, s.ordinal, `${name} ${title}`);
        // Another part's number before this title, or a sub-heading's words: not a part.
        assert.strictEqual(detectSectionHeading(mark((i + 1) % 6) + title), undefined, `${name} ${title} under another number`);
      });
      assert.strictEqual(detectSectionHeading(`${mark(0)}主动公开情况`), undefined, name);
      assert.strictEqual(detectSectionHeading(`${mark(1)}存在的问题`), undefined, name);
    }
  });

  it('every corpus rendering renumbered so gives the same findings (section-title aside)', () => {
    const failures: string[] = [];
    let checked = 0;
    const standard = SECTIONS.map((s) => s.title);
    readTruths().forEach((t, k) => {
      for (const layout of ['markdown', 'web', 'word']) {
        const file = t.renderings[layout];
        if (!file) continue;
        const text = fs.readFileSync(path.join(CORPUS, t.id, file), 'utf8');
        const [name, mark] = STYLES[(k + layout.length) % STYLES.length];
        let renamed = 0;
        const lines = text.split('\n').map((l) => {
          const bare = l.replace(/^#+\s*/, '');
          const i = standard.indexOf(bare.trim());
          if (i < 0) return l;
          renamed++;
          return l.slice(0, l.length - bare.length) + mark(i) + standard[i].replace(/^[一二三四五六]、/, '');
        });
        if (!renamed) continue;
        checked++;
        const a = findings(text);
        const b = findings(lines.join('\n'));
        if (JSON.stringify(a) !== JSON.stringify(b)) {
          failures.push(`${t.id}/${layout} (${name}): lost ${JSON.stringify(a.filter((x) => !b.includes(x)))}, added ${JSON.stringify(b.filter((x) => !a.includes(x)))}`);
        }
      }
    });
    assert.ok(checked >= 300, `only ${checked} renderings renumbered`);
    assert.deepStrictEqual(failures.slice(0, 8), [], `${failures.length} of ${checked} changed`);
  });
});
