/** Prose against tables (issue 7): true and false cases for every statement gknb reads. */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { renderTable3, renderTable4 } from '../../server/src/engine/fixes/templates';
import { seed } from '../helpers/fixtures';

/** A clean tab-layout report whose table 三 has 新收 5, 上年结转 2, 办结 6, 结转 1 and table 四 复议 1, 诉讼 0+2. */
function report(overview: string, extra = ''): string {
  const t3 = renderTable3('tab', '2021', 'zero').map((l) => {
    const set = (label: string, v: number[]) => (l.startsWith(label + '\t') ? [label, ...v].join('\t') : undefined);
    return set('一、本年新收政府信息公开申请数量', [5, 0, 0, 0, 0, 0, 5])
      ?? set('二、上年结转政府信息公开申请数量', [2, 0, 0, 0, 0, 0, 2])
      ?? set('（一）予以公开', [6, 0, 0, 0, 0, 0, 6])
      ?? set('（七）总计', [6, 0, 0, 0, 0, 0, 6])
      ?? set('四、结转下年度继续办理', [1, 0, 0, 0, 0, 0, 1])
      ?? l;
  });
  const t4 = renderTable4('tab', 'zero');
  t4[t4.length - 1] = ['0', '1', '0', '0', '1', '0', '0', '0', '0', '0', '1', '0', '1', '0', '2'].join('\t');
  return [
    '示范县审计局2023年政府信息公开工作年度报告', '', '一、总体情况', '', overview, '',
    '二、主动公开政府信息情况', '', '（略）', '', '三、收到和处理政府信息公开申请情况', '', ...t3, '', extra,
    '四、政府信息公开行政复议、行政诉讼情况', '', ...t4, '',
    '五、存在的主要问题及改进情况', '', '问题是更新不及时，下一步将加强培训。', '',
    '六、其他需要报告的事项', '', '本年度未收取信息处理费。', '',
  ].join('\n');
}

const rules = (text: string, rule: string) => checkText(text).diagnostics.filter((d) => d.rule === rule);

describe('narrative-mismatch', () => {
  it('the base report has consistent tables and no narrative findings', () => {
    const a = checkText(report('2023年，本局依法做好政府信息公开工作。'));
    const watched = ['narrative-mismatch', 'narrative-sum', 'year-mismatch', 'row-total', 'result-total', 'balance', 'cell-missing', 'row-missing'];
    assert.deepStrictEqual(a.diagnostics.filter((d) => watched.includes(d.rule)).map((d) => d.rule), []);
  });

  const cases: [string, boolean][] = [
    ['2023年，本局新收政府信息公开申请5件，均已按时答复。', false],
    ['2023年，本局新收政府信息公开申请 4 件。', true],
    ['全年共收到政府信息公开申请5件。', false], // 新收 only
    ['全年共收到政府信息公开申请7件。', false], // 新收 + 上年结转
    ['全年共收到政府信息公开申请6件。', true], // neither reading
    ['本年度共受理依申请公开五件。', false], // Chinese numerals
    ['本年度未收到政府信息公开申请。', true], // but 新收 is 5
    ['上年结转政府信息公开申请2件。', false],
    ['上年结转政府信息公开申请3件。', true],
    ['全年办结6件。', false],
    ['全年办结7件。', true],
    ['结转下年度继续办理1件。', false],
    ['结转下年度继续办理0件。', true],
    ['发生行政复议1件。', false],
    ['发生行政复议2起。', true],
    ['被提起行政诉讼2件。', false],
    ['全年未发生行政复议、行政诉讼。', true],
    ['本局持续优化依申请公开流程，申请人满意度较高。', false], // no number
  ];
  for (const [text, flagged] of cases) {
    it(`${flagged ? 'flags' : 'accepts'}: ${text}`, () => {
      const found = rules(report(text), 'narrative-mismatch');
      assert.strictEqual(found.length > 0, flagged, found.map((d) => d.message).join(' | '));
      if (flagged) {
        assert.strictEqual(found[0].range.start.line, 4, 'points at the sentence');
        assert.ok(found[0].related?.length, 'relates the table cell');
      }
    });
  }

  it('seed 002: 新收 1 件 in the text, 0 in the table (1 was carried over)', () => {
    const d = rules(seed('002').text, 'narrative-mismatch');
    assert.strictEqual(d.length, 1);
    assert.match(d[0].message, /新收政府信息公开申请数量 1 件.*总计为 0/);
  });

  it('seed 004: "未收到信息公开的申请" agrees with a 0 in the table', () => {
    assert.deepStrictEqual(rules(seed('004').text, 'narrative-mismatch'), []);
  });
});

describe('narrative-sum', () => {
  it('seed 001: 22 条，其中 9+10+1=20 is information only (the list may be partial)', () => {
    const d = rules(seed('001').text, 'narrative-sum');
    assert.strictEqual(d.length, 1);
    assert.strictEqual(d[0].severity, 'information');
    assert.match(d[0].message, /22条.*9\+10\+1=20条/);
  });

  it('seed 002: 904 条，其中 645+259 adds up; the next 其中 list has no single total and is not read', () => {
    assert.deepStrictEqual(rules(seed('002').text, 'narrative-sum'), []);
  });

  it('parts over the total are a warning', () => {
    const d = rules(report('全年共发布信息30条，其中政策文件20条、工作动态15条。'), 'narrative-sum');
    assert.strictEqual(d.length, 1);
    assert.strictEqual(d[0].severity, 'warning');
  });

  it('a complete breakdown (分别为) that does not add up is a warning; one that does is fine', () => {
    assert.strictEqual(rules(report('全年共发布信息30条，分别为政策文件20条、工作动态5条。'), 'narrative-sum')[0]?.severity, 'warning');
    assert.deepStrictEqual(rules(report('全年共发布信息30条，分别为政策文件20条、工作动态10条。'), 'narrative-sum'), []);
  });

  it('no total word, or mixed units, is not read', () => {
    assert.deepStrictEqual(rules(report('发布信息30条，其中政策文件20条、工作动态15条。'), 'narrative-sum'), []);
    assert.deepStrictEqual(rules(report('全年共发布信息30条，其中政策文件20篇、会议2次。'), 'narrative-sum'), []);
  });
});

describe('year-mismatch and overview-topics', () => {
  it('a title year the overview does not talk about', () => {
    const text = report('2022年，本局依法做好政府信息公开工作。2022年全年主动公开信息30条。').replace('2023年政府', '2023年政府');
    const d = rules(text, 'year-mismatch');
    assert.strictEqual(d.length, 1);
    assert.match(d[0].message, /2023.*2022/);
    assert.deepStrictEqual(rules(report('2023年，本局依法做好工作。2023年主动公开信息30条，2024年将继续努力。'), 'year-mismatch'), []);
  });

  it('2021 tables in a 2020 report, and none of the seeds', () => {
    assert.strictEqual(rules(report('本局工作情况。').replace('2023年政府', '2020年政府'), 'year-mismatch').length, 1);
    for (const p of ['000', '001', '002', '003', '004']) assert.deepStrictEqual(rules(seed(p).text, 'year-mismatch'), [], p);
  });

  it('overview-topics: only seed 003 (which touches almost none of the five areas)', () => {
    for (const [p, want] of [['000', 0], ['001', 0], ['002', 0], ['003', 1], ['004', 0]] as const) {
      assert.strictEqual(rules(seed(p).text, 'overview-topics').length, want, p);
    }
  });
});
