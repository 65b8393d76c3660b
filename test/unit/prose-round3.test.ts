/**
 * Prose, round 3 (issue 12): claims as agencies write them — Chinese numerals (十二件, 两件), 件次, 共计, 全年,
 * 累计 (a scope word), rates and durations, 零件, the applicant breakdown, the results of 行政复议/行政诉讼 and
 * 被纠错 (= 结果纠正 of every group), and 主动公开…条 (no table figure). Every sentence is written for this test.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { claimsInLine } from '../../server/src/engine/narrative/claims';
import { renderTable3, renderTable4, RowValues } from '../../server/src/engine/fixes/templates';

/** 新收 12 (自然人 10, 商业企业 2) + 结转 2 = 办结 14: 予以公开 8, 部分公开 2, 不掌握 4; 结转 0. */
const T3: RowValues = {
  new_received: ['10', '2', '0', '0', '0', '0', '12'],
  carried_over: ['2', '0', '0', '0', '0', '0', '2'],
  granted: ['6', '2', '0', '0', '0', '0', '8'],
  partial: ['2', '0', '0', '0', '0', '0', '2'],
  unable_nohold: ['4', '0', '0', '0', '0', '0', '4'],
  result_total: ['12', '2', '0', '0', '0', '0', '14'],
};
/** 行政复议: 维持 2, 纠正 1, 其他 0, 未审结 0 = 3; 直接起诉: 维持 1 = 1; 复议后起诉: 纠正 1, 未审结 1 = 2. */
const T4 = ['2', '1', '0', '0', '3', '1', '0', '0', '0', '1', '0', '1', '0', '1', '2'];

function report(overview: string): string {
  const t4 = renderTable4('tab', 'zero');
  t4[t4.length - 1] = T4.join('\t');
  return [
    '示范县交通运输局2023年政府信息公开工作年度报告', '', '一、总体情况', '', overview, '',
    '二、主动公开政府信息情况', '', '（略）', '', '三、收到和处理政府信息公开申请情况', '',
    ...renderTable3('pipe', '2021', 'zero', T3), '', '四、政府信息公开行政复议、行政诉讼情况', '', ...t4, '',
    '五、存在的主要问题及改进情况', '', '问题是更新不及时，下一步将加强培训。', '',
    '六、其他需要报告的事项', '', '本年度未收取信息处理费。', '',
  ].join('\n');
}

const mismatches = (s: string) => checkText(report(s)).diagnostics.filter((d) => d.rule === 'narrative-mismatch' || d.rule === 'narrative-sum');

describe('prose round 3: the base report', () => {
  it('has no finding of its own in tables 三, 四 or the prose', () => {
    const a = checkText(report('本局依法做好政府信息公开工作。'));
    const watched = ['row-total', 'result-total', 'balance', 'cell-missing', 'cell-invalid', 'narrative-mismatch', 'narrative-sum'];
    assert.deepStrictEqual(a.diagnostics.filter((d) => watched.includes(d.rule)).map((d) => `${d.rule}: ${d.message}`), []);
  });
});

describe('prose round 3: true statements say nothing', () => {
  const sentences = [
    '本年度共收到政府信息公开申请十二件，上年结转两件。',
    '全年收到申请十二件，办结十四件。',
    '本年度收到政府信息公开申请12件次，办结14件次。',
    '全年共计收到政府信息公开申请12件。',
    '本年度新收政府信息公开申请12件，办结率100%，平均答复时间7个工作日，按时答复率100%。',
    '本年度不予处理零件，予以公开八件，部分公开两件，无法提供四件。',
    '自然人申请10件；法人或其他组织申请2件。',
    '其中自然人申请10件，商业企业申请2件。',
    '行政复议维持2件、纠正1件。',
    '行政复议结果维持2件、结果纠正1件、其他结果0件、尚未审结0件。',
    '行政诉讼3件，其中维持1件、纠正1件、尚未审结1件。',
    '本年度被纠错2件，其中行政复议纠正1件，行政诉讼纠正1件。',
    '本年度行政复议、行政诉讼被纠错两件。',
    '本年度行政复议维持2件、纠正1件，行政诉讼维持1件，被纠错共2件。',
    '本年度主动公开政府信息1200条，其中政策文件120条。',
    '上年度行政复议维持5件。',
  ];
  for (const s of sentences) {
    it(s, () => assert.deepStrictEqual(mismatches(s).map((d) => d.message), []));
  }
});

describe('prose round 3: false statements are found', () => {
  const cases: [string, RegExp][] = [
    ['本年度共收到政府信息公开申请十五件。', /收到政府信息公开申请十五件.*总计为 12/],
    ['全年共计收到政府信息公开申请20件次。', /总计为 12/],
    ['本年度办结政府信息公开申请十件。', /（七）总计.*为 14/],
    ['本年度行政复议维持3件、纠正1件。', /“维持3件”，但表格四“行政复议”的“结果维持”为 2/],
    ['行政复议尚未审结1件。', /“行政复议”的“尚未审结”为 0/],
    ['行政诉讼维持两件。', /“未经复议直接起诉”、“复议后起诉”的“结果维持”之和为 1/],
    ['本年度因政府信息公开被纠错3件，涉及行政复议和行政诉讼。', /“行政复议”、“未经复议直接起诉”、“复议后起诉”的“结果纠正”之和为 2/],
    ['本年度行政复议被纠错零件。', /“行政复议”的“结果纠正”为 1/],
    ['本年度行政复议维持2件，行政诉讼维持1件，被纠错共5件。', /“行政复议”、“未经复议直接起诉”、“复议后起诉”的“结果纠正”之和为 2/],
  ];
  for (const [s, message] of cases) {
    it(s, () => {
      const d = mismatches(s);
      assert.strictEqual(d.length, 1, d.map((x) => x.message).join('\n'));
      assert.strictEqual(d[0].severity, 'warning');
      assert.match(d[0].message, message);
      assert.ok(d[0].related?.length, 'relates the cells');
    });
  }

  it('in English too', () => {
    const d = checkText(report('本年度因政府信息公开被纠错3件，涉及行政复议和行政诉讼。'), { locale: 'en' }).diagnostics.find((x) => x.rule === 'narrative-mismatch')!;
    assert.match(d.message, /the sum of “结果纠正” in table 四 “行政复议”、“未经复议直接起诉”、“复议后起诉” is 2/);
  });

  it('a scope word (累计, 全市) makes it information only', () => {
    for (const s of ['全市累计收到政府信息公开申请30件。', '全市行政复议维持5件。']) {
      const d = mismatches(s);
      assert.strictEqual(d.length, 1, s);
      assert.strictEqual(d[0].severity, 'information', s);
    }
  });
});

describe('prose round 3: what is no claim', () => {
  it('被纠错 with no 复议 or 诉讼 in the text is something else', () => {
    assert.deepStrictEqual(claimsInLine('本年度政务公开考核中被纠错2件。', 0), []);
  });

  it('复议 without 行政, and a result with no group, are not read', () => {
    assert.deepStrictEqual(claimsInLine('复议维持1件。', 0), []);
    assert.deepStrictEqual(claimsInLine('本年度维持原决定3件。', 0), []);
  });

  it('results are their own column, never the group total', () => {
    const kinds = claimsInLine('行政复议3件，维持2件、纠正1件；行政诉讼3件，尚未审结1件。', 0).map((c) => `${c.kind}=${c.value}`);
    assert.deepStrictEqual(kinds.sort(), ['litigation=3', 'litigation_pending=1', 'review=3', 'review_corrected=1', 'review_upheld=2']);
  });

  it('主动公开…条 has no table figure to compare with', () => {
    assert.deepStrictEqual(claimsInLine('本年度主动公开政府信息十二条。', 0), []);
  });
});
