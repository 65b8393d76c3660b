/** copied-text: a section nearly the same as last year's report of the same agency. */
import * as assert from 'assert';
import { analyze, checkText, ReportDocument } from '../../server/src/engine';
import { readFixture } from '../helpers/fixtures';
import { RECOGNITION } from '../../server/src/engine/format';

const LAST = readFixture('crossyear/邢庄镇2022年报告.txt');
const THIS = readFixture('crossyear/邢庄镇2023年报告.txt');

function previous(text: string, withLines = true) {
  const doc = new ReportDocument(text);
  return { uri: 'file:///last.txt', key: 'last', model: doc.getModel(), lines: withLines ? doc.getLines() : undefined };
}

const copied = (a: { diagnostics: { rule: string }[] }) => a.diagnostics.filter((d) => d.rule === 'copied-text') as ReturnType<typeof checkText>['diagnostics'];

describe('copied-text', () => {
  it('a section with last year\'s text is reported on its heading, with the similarity and a link to last year\'s', () => {
    const a = checkText(THIS, { previousYear: previous(LAST) });
    const d = copied(a);
    const lines = THIS.split(/\r?\n/);
    assert.deepStrictEqual(d.map((x) => lines[x.range.start.line].slice(x.range.start.character, x.range.end.character)), ['一、总体情况', '五、存在的主要问题及改进情况']);
    assert.ok(d.every((x) => x.severity === 'information'));
    assert.match(d[1].message, /^第五部分的文字与 2022 年度报告几乎相同（相似度 \d+%）/);
    assert.strictEqual(d[1].related?.[0].uri, 'file:///last.txt');
  });

  it('says nothing when the section was rewritten, when only short sections agree, or without last year\'s text', () => {
    const lines = THIS.split(/\r?\n/);
    const five = lines.findIndex((l) => l.startsWith('五、存在的主要问题及改进情况'));
    const six = lines.findIndex((l) => l.startsWith('六、'));
    const rewritten = [...lines.slice(0, five + 1), '', '本年度新发现的问题：网站栏目更新频率不一，依申请公开答复文书格式不统一。针对这些问题，我镇制定了栏目更新责任清单，统一了答复文书模板，并组织全镇工作人员开展了两次专题培训，效果明显。', '', ...lines.slice(six)].join('\n');
    const d = copied(checkText(rewritten, { previousYear: previous(LAST) }));
    assert.deepStrictEqual(d.map((x) => x.message.slice(0, 3)), ['第一部']);
    assert.deepStrictEqual(copied(checkText(THIS, { previousYear: previous(LAST, false) })), []);
    assert.deepStrictEqual(copied(checkText(THIS)), []);
  });

  it('changing only the numbers is still a copy (digits are read as one)', () => {
    const renumbered = THIS.replace(/\d/g, (c) => String((Number(c) + 3) % 10));
    const d = copied(checkText(renumbered, { previousYear: previous(LAST) }));
    assert.ok(d.some((x) => /第五部分/.test(x.message)), d.map((x) => x.message).join('\n'));
  });

  it('follows typing: retyping the lines of section 五 (same lines, same headings) removes its finding, as a fresh analysis does', () => {
    const prev = previous(LAST);
    const doc = new ReportDocument(THIS);
    assert.strictEqual(copied(analyze(doc, { previousYear: prev })).length, 2);
    const lines = THIS.split(/\r?\n/);
    const five = lines.findIndex((l) => l.startsWith('五、存在的主要问题及改进情况'));
    const six = lines.findIndex((l) => l.startsWith('六、'));
    // Each prose line of 五 gets other words, one edit at a time; lines with the phrases other rules look for stay,
    // so nothing but the text itself changes (what only copied-text reads).
    const watched = new RegExp([...RECOGNITION.problem_phrases, ...RECOGNITION.improvement_phrases].join('|'), 'g');
    const other = (t: string) => t.replace(/[\u4e00-\u9fff]/g, (c) => '甲乙丙丁戊己庚辛壬癸'[c.charCodeAt(0) % 10]);
    for (let l = five + 1; l < six; l++) {
      const text = lines[l];
      if (!text.trim() || /^[一二三四五六七八九十]+、/.test(text.trim())) continue;
      // Other characters, but the same watched phrases in the same places and the same numbering (（一）…).
      let out = '';
      let last = 0;
      for (const m of text.matchAll(watched)) {
        out += other(text.slice(last, m.index)) + m[0];
        last = m.index! + m[0].length;
      }
      out += other(text.slice(last));
      const keep = /^[-\s]*（[一二三四五六七八九十]+）/.exec(text)?.[0].length ?? 0;
      const rewritten = text.slice(0, keep) + out.slice(keep);
      doc.applyEdit({ start: { line: l, character: 0 }, end: { line: l, character: text.length } }, rewritten);
      analyze(doc, { previousYear: prev });
    }
    const after = copied(analyze(doc, { previousYear: prev }));
    const fresh = copied(checkText(doc.getText(), { previousYear: prev }));
    assert.deepStrictEqual(after.map((d) => [d.range, d.message]), fresh.map((d) => [d.range, d.message]));
    assert.ok(!after.some((d) => /第五部分/.test(d.message)), after.map((d) => d.message).join('\n'));
  });
});
