/** closed-but-carried: 均已办结 in the prose while table 三 carries applications forward. */
import * as assert from 'assert';
import { analyze, checkText, ReportDocument } from '../../server/src/engine';
import { seed } from '../helpers/fixtures';

const SAID = '依申请公开情况：2022 年，承留镇通过邮件新收政府信息公开申请数量 1 件，已办结。';

/** Seed 002 with 1 application carried forward (natural person and total) and the given sentence. */
function report(sentence: string, carried = 1): string {
  const text = seed('002').text;
  assert.ok(text.includes(SAID));
  return text
    .replace(SAID, `依申请公开情况：2022 年，承留镇通过邮件新收政府信息公开申请数量 1 件，${sentence}`)
    .replace(/^(四、结转下年度继续办理\t\t)0(\t0\t0\t0\t0\t0\t)0/m, `$1${carried}$2${carried}`);
}

const found = (text: string) => checkText(text).diagnostics.filter((d) => d.rule === 'closed-but-carried');

describe('closed-but-carried', () => {
  it('“均已办结” while 结转下年度 > 0: information at the words, quoting the number, related to the cell', () => {
    const text = report('均已按时办结。');
    const d = found(text);
    assert.strictEqual(d.length, 1);
    assert.strictEqual(d[0].severity, 'information');
    const line = text.split('\n')[d[0].range.start.line];
    assert.strictEqual(line.slice(d[0].range.start.character, d[0].range.end.character), '均已按时办结');
    assert.match(d[0].message, /正文写“均已按时办结”，但表格三“四、结转下年度继续办理”总计为 1/);
    assert.strictEqual(d[0].related?.length, 1);
    assert.match(checkText(text, { locale: 'en' }).diagnostics.find((x) => x.rule === 'closed-but-carried')!.message, /carries 1 forward/);
  });

  it('says nothing when the sentence names an exception, when nothing is carried forward, or without the words', () => {
    assert.deepStrictEqual(found(report('除 1 件结转下年度办理外，其余均已办结。')), []);
    assert.deepStrictEqual(found(report('均已办结。', 0)), []);
    assert.deepStrictEqual(found(report('已办结。')), []);
    assert.deepStrictEqual(found(report('正在办理，其余均已办结。')), []);
  });

  it('says nothing when other things were closed (人大代表建议, 提案, 来信), still speaks of applications', () => {
    assert.deepStrictEqual(found(report('另承办人大代表建议3件、政协提案2件，均已按时办结。')), []);
    assert.deepStrictEqual(found(report('收到群众来信2件，均已办结。')), []);
    assert.strictEqual(found(report('收到群众来信2件，政府信息公开申请均已办结。')).length, 1);
  });

  it('reads 所有申请/全部申请 as the applications, and a result of table 三 named in the sentence (其他处理) as no exception', () => {
    assert.strictEqual(found(report('所有申请均已依法按时办结，其中予以公开1件。')).length, 1);
    assert.strictEqual(found(report('全部申请均已办结，其中不予处理1件、其他处理1件。')).length, 1);
    // 所有申请 after other applications named in the sentence are those.
    assert.deepStrictEqual(found(report('受理行政许可申请1368件，所有申请均已按时办结。')), []);
    // 其他 that is no result name still names an exception.
    assert.deepStrictEqual(found(report('其他1件仍在办理，所有申请均已办结。')), []);
  });

  it('follows typing: the range stays on the words and goes when they go (same as a fresh analysis)', () => {
    const doc = new ReportDocument(report('均已办结。'));
    const first = analyze(doc).diagnostics.filter((d) => d.rule === 'closed-but-carried');
    assert.strictEqual(first.length, 1);
    const { line, character } = first[0].range.start;
    // Typing before the words on the same line.
    doc.applyEdit({ start: { line, character: 0 }, end: { line, character: 0 } }, '另外，');
    const moved = analyze(doc).diagnostics.filter((d) => d.rule === 'closed-but-carried');
    const fresh = checkText(doc.getText()).diagnostics.filter((d) => d.rule === 'closed-but-carried');
    assert.deepStrictEqual(moved.map((d) => d.range), fresh.map((d) => d.range));
    assert.strictEqual(moved[0].range.start.character, character + 3);
    // Deleting the 均: the claim is gone.
    doc.applyEdit({ start: { line, character: character + 3 }, end: { line, character: character + 4 } }, '');
    assert.deepStrictEqual(analyze(doc).diagnostics.filter((d) => d.rule === 'closed-but-carried'), []);
  });
});
