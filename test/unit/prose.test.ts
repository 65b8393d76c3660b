/**
 * Real prose read exactly (issue 12, class 4): numbers that count nothing, nested breakdowns, claims
 * about combined rows (computed from the cells when 总计 is blank), scope words, and the fee statement.
 * Every sentence is written for this test in the styles agencies use; none is copied from a report.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { claimsInLine } from '../../server/src/engine/narrative/claims';
import { sumsInLine } from '../../server/src/engine/narrative/sums';
import { renderTable3, renderTable4 } from '../../server/src/engine/fixes/templates';

/** Applicant columns then 总计 (null: blank cell). */
type Row = (number | string | null)[];

/**
 * Table 三 of a small county bureau: 新收 5 + 上年结转 2 = 办结 7 + 结转 0, with 予以公开 3, 部分公开 1,
 * 不予公开 1 (第三方), 无法提供 2 (不掌握 1, 另行制作 1); table 四: 复议 1, 诉讼 0 + 2.
 */
const BASE: Record<string, Row> = {
  '一、本年新收政府信息公开申请数量': [4, 1, 0, 0, 0, 0, 5],
  '二、上年结转政府信息公开申请数量': [2, 0, 0, 0, 0, 0, 2],
  '（一）予以公开': [2, 1, 0, 0, 0, 0, 3],
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': [1, 0, 0, 0, 0, 0, 1],
  '4.保护第三方合法权益': [1, 0, 0, 0, 0, 0, 1],
  '1.本机关不掌握相关政府信息': [1, 0, 0, 0, 0, 0, 1],
  '2.没有现成信息需要另行制作': [1, 0, 0, 0, 0, 0, 1],
  '（七）总计': [6, 1, 0, 0, 0, 0, 7],
};

interface Options { title?: string; rows?: Record<string, Row>; blankTotals?: boolean; six?: string; four?: string }

function report(overview: string, o: Options = {}): string {
  const rows = { ...BASE, ...o.rows };
  // Pipe rows: every cell keeps its column, blank ones included.
  const t3 = renderTable3('pipe', '2021', 'zero').map((l) => {
    const m = /^\| (.+?) \| 0 \|/.exec(l);
    if (!m) return l;
    const cells = (rows[m[1]] ?? [0, 0, 0, 0, 0, 0, 0]).map((x) => (x === null ? '' : String(x)));
    if (o.blankTotals) cells[6] = '';
    return `| ${[m[1], ...cells].join(' | ')} |`;
  });
  const t4 = renderTable4('tab', 'zero');
  t4[t4.length - 1] = ['0', '1', '0', '0', '1', '0', '0', '0', '0', '0', '1', '0', '1', '0', '2'].join('\t');
  return [
    o.title ?? '示范县自然资源局2023年政府信息公开工作年度报告', '', '一、总体情况', '', overview, '',
    '二、主动公开政府信息情况', '', '（略）', '', '三、收到和处理政府信息公开申请情况', '', ...t3, '',
    '四、政府信息公开行政复议、行政诉讼情况', '', o.four ?? '', ...t4, '',
    '五、存在的主要问题及改进情况', '', '问题是更新不及时，下一步将加强培训。', '',
    '六、其他需要报告的事项', '', o.six ?? '本年度未收取信息处理费。', '',
  ].join('\n');
}

const found = (text: string, rule: string) => checkText(text).diagnostics.filter((d) => d.rule === rule);
const NARRATIVE = ['narrative-mismatch', 'narrative-sum'];
const narrative = (text: string) => checkText(text).diagnostics.filter((d) => NARRATIVE.includes(d.rule));

describe('prose: the base report', () => {
  it('balances and states nothing wrong', () => {
    const a = checkText(report('2023年，本局依法做好政府信息公开工作。'));
    const watched = [...NARRATIVE, 'row-total', 'result-total', 'balance', 'cell-missing', 'row-missing', 'fee-statement-missing'];
    assert.deepStrictEqual(a.diagnostics.filter((d) => watched.includes(d.rule)).map((d) => `${d.rule}: ${d.message}`), []);
  });
});

describe('prose: numbers that count nothing are never claims', () => {
  // Each sentence has a claim keyword and a number with a count unit that is not a count.
  const sentences = [
    '依申请公开全面落实“三个一”工作机制，受理申请坚持“一个窗口”对外。', // numerals in quotes
    '依申请公开办结实行三个一工作法。', // a slogan whose numeral runs on, unquoted
    '答复期限由法定的20个工作日压缩至10个工作日，办结时限缩短3个工作日。', // durations
    '全年办结的第1件申请于1月5日答复，第二件行政复议于3月审结。', // ordinals and dates
    '行政复议纠错率同比下降3个百分点，答复满意率达100%。', // rates
    '依据《示范县政府信息公开办法》（示政办〔2021〕30号）第十二条办结申请，咨询电话0371-12345678。', // document numbers, articles, phone
    '近年来办结数十件疑难申请，受理申请约20件次，答复10件左右。', // estimates
  ];
  for (const s of sentences) {
    it(s, () => {
      assert.deepStrictEqual(claimsInLine(s, 0).map((c) => `${c.kind} ${c.value}`), []);
      assert.deepStrictEqual(narrative(report(s)).map((d) => d.message), []);
    });
  }

  it('the same classes in a stated sum: quoted and ordinal numbers are no parts', () => {
    // Read naively, 三条 + 12 + 8 = 23 > 20 and 一场 + 二场 + 4 = 7 > 6 would be warnings.
    assert.deepStrictEqual(narrative(report('全年共发布信息20条，其中围绕“三条主线”发布12条、其他8条。')), []);
    assert.deepStrictEqual(narrative(report('全年共召开新闻发布会6场，其中第一场、第二场由局长出席，其余4场由副局长出席。')), []);
  });

  it('a real count next to them is still read and still compared', () => {
    const d = found(report('落实“三个一”工作机制，答复期限压缩至10个工作日，全年办结8件。'), 'narrative-mismatch');
    assert.strictEqual(d.length, 1);
    assert.match(d[0].message, /办结8件.*（七）总计.*7/);
  });

  it('1,234 is one number, 5，3 are two', () => {
    assert.deepStrictEqual(sumsInLine('全年公开信息1,234条，其中政策文件1,000条、工作动态234条。', 0).map((s) => [s.total, ...s.parts]), [[1234, 1000, 234]]);
    assert.deepStrictEqual(claimsInLine('新收申请5，3件已办结。', 0).map((c) => c.value), []);
  });
});

describe('prose: nested breakdowns', () => {
  it('a bracket breaks down the item before it, not the total; both sums are checked', () => {
    const line = '全年共公开信息120条，其中机构职能40条，政策文件60条（规范性文件25条、其他文件35条）、工作动态20条。';
    assert.deepStrictEqual(sumsInLine(line, 0).map((s) => `${s.total}=${s.parts.join('+')}`), ['120=40+60+20', '60=25+35']);
    assert.deepStrictEqual(narrative(report(line)), []);
  });

  it('a bracket that falls short is information; one that exceeds its item is a warning at that item', () => {
    const short = found(report('全年共公开信息120条，其中机构职能40条，政策文件60条（规范性文件25条、其他文件30条）、工作动态20条。'), 'narrative-sum');
    assert.deepStrictEqual(short.map((d) => d.severity), ['information']);
    assert.match(short[0].message, /60条.*25\+30=55条/);
    const over = found(report('全年共公开信息120条，其中机构职能40条，政策文件60条（规范性文件25条、其他文件40条）、工作动态20条。'), 'narrative-sum');
    assert.deepStrictEqual(over.map((d) => d.severity), ['warning']);
    assert.match(over[0].message, /25\+40=65条.*超过总数 60条/);
    assert.strictEqual(over[0].range.start.character, '全年共公开信息120条，其中机构职能40条，政策文件'.length, 'points at 60');
  });

  it('a bracket after the total breaks the total down', () => {
    assert.deepStrictEqual(sumsInLine('本年新收申请8件（其中自然人5件、法人3件）。', 0).map((s) => `${s.total}=${s.parts.join('+')}`), ['8=5+3']);
    assert.strictEqual(found(report('全年共发布信息30条（其中政策文件20条、工作动态15条）。'), 'narrative-sum')[0]?.severity, 'warning');
    // Per channel, one item may be published on each: more than the total is worth a look only.
    const channels = found(report('全年共发布信息30条（其中网站20条、微信15条）。'), 'narrative-sum');
    assert.deepStrictEqual(channels.map((d) => d.severity), ['information']);
    assert.match(channels[0].message, /20\+15=35条.*30条.*渠道/);
  });

  it('a bracket that compares or dates is no breakdown', () => {
    assert.deepStrictEqual(sumsInLine('全年主动公开信息60条（2022年为55条、2021年为50条）。', 0), []);
    assert.deepStrictEqual(sumsInLine('全年主动公开信息60条（较上年增加15条、减少规范性文件2条）。', 0), []);
  });

  it('a 分别为 list after other years or a change is no breakdown of the total', () => {
    assert.deepStrictEqual(sumsInLine('全年共收到申请360件，申请量连续三年增长，2020年、2021年分别为256件、298件。', 0), []);
    assert.deepStrictEqual(sumsInLine('全年共发布信息300条，较上年增加40条，其中网站、微信分别为150条、100条。', 0), []);
    // The report's own year before the total does not stop a breakdown.
    assert.deepStrictEqual(sumsInLine('2022年共发布信息300条，其中网站、微信分别为150条、150条。', 0).map((s) => `${s.total}=${s.parts.join('+')}`), ['300=150+150']);
  });

  it('a 其中 list past a comparison with a count, adding up to more than the change, breaks down the total: information at most', () => {
    const read = (t: string) => sumsInLine(t, 0).map((s) => `${s.total}=${s.parts.join('+')}${s.uncertain ? ' uncertain' : ''}`);
    assert.deepStrictEqual(read('全年共收到政府信息公开申请58件，比2020年增加11件，其中自然人申请50件、法人或其他组织申请7件。'), ['58=50+7 uncertain']);
    // Parts within the change may be the change's own: not read.
    assert.deepStrictEqual(read('全年共收到申请58件，比上年增加11件，其中网上申请6件、信函申请5件。'), []);
    const over = found(report('全年共收到政府信息公开申请5件，较上年增加2件，其中自然人4件、商业企业3件。'), 'narrative-sum');
    assert.deepStrictEqual(over.map((x) => x.severity), ['information']);
  });

  it('其中…，…分别为… is a complete breakdown', () => {
    assert.deepStrictEqual(narrative(report('全年共发布信息300条，其中，网站、政务微博、微信公众号分别发布150条、100条、50条。')), []);
    const d = found(report('全年共发布信息300条，其中，网站、政务微博、微信公众号分别发布150条、100条、40条。'), 'narrative-sum');
    assert.deepStrictEqual(d.map((x) => x.severity), ['warning']);
    assert.match(d[0].message, /150\+100\+40=290条.*300条.*10条/);
  });

  it('a list that says it is partial (主要, 等) is information only, even over the total', () => {
    for (const s of ['全年共发布信息120条，其中政策文件40条、工作动态30条等。', '全年共发布信息30条，其中主要有政策文件20条、工作动态15条。', '全年共发布信息30条，其中政策文件20条、工作动态15条等。']) {
      const d = found(report(s), 'narrative-sum');
      assert.deepStrictEqual(d.map((x) => x.severity), ['information'], s);
    }
  });

  it('two totals in one sentence each keep their own list', () => {
    const line = '全年公开文件120条，其中规范性文件40条、其他文件80条，全年回应社会关切30条，其中热点回应20条、咨询答复10条。';
    assert.deepStrictEqual(sumsInLine(line, 0).map((s) => `${s.total}=${s.parts.join('+')}`), ['120=40+80', '30=20+10']);
    assert.deepStrictEqual(narrative(report(line)), []);
  });
});

describe('prose: claims about combined rows', () => {
  const cases: [string, boolean][] = [
    ['本年度予以公开及部分公开4件，不予公开1件，无法提供2件。', false],
    ['本年度予以公开及部分公开5件。', true],
    ['其中公开和部分公开4件。', false],
    ['予以公开3件、部分公开1件。', false],
    ['予以公开4件。', true],
    ['部分公开2件。', true],
    ['无法提供1件。', true], // group （四） is 1 + 1
    ['不予公开2件。', true],
    ['全年办理完毕7件，按时答复率100%。', false],
    ['全年答复申请7件。', false],
    ['全年办理完毕8件。', true],
    ['结转下年度继续办理0件。', false],
    ['全年办结7件，1件结转至2024年继续办理。', true], // the number before its keyword; the table carries 0 forward
    ['全年办结7件，另有2件申请结转下年度办理。', true],
    ['全年被申请行政复议1件，被提起行政诉讼2件。', false],
    ['全年被提起行政诉讼1件。', true], // both litigation groups: 0 + 2
    // One kind of result, or a subset, is not the figure.
    // (被纠错 is compared with the 结果纠正 column since round 3: the table's review 纠正 is 1, so these say 1.)
    ['全年行政复议被纠错1件，行政诉讼败诉0件。', false],
    ['全年行政复议结果维持0件，行政诉讼败诉0件。', false],
    ['全年行政复议被纠错0件，行政诉讼败诉0件。', true], // the table's review 结果纠正 is 1
    ['未发生行政复议被纠错、行政诉讼败诉情况。', false],
    ['逾期答复0件，延期答复1件。', false],
    ['全年未发生因政府信息公开引起的行政复议和行政诉讼。', true], // but the table has 1 and 2
    ['本年度未被申请行政复议。', true], // the table has 1
    ['本年度没有被提起行政诉讼。', true], // the table has 0 + 2
  ];
  for (const [text, flagged] of cases) {
    it(`${flagged ? 'flags' : 'accepts'}: ${text}`, () => {
      const d = found(report(text), 'narrative-mismatch');
      assert.strictEqual(d.length > 0, flagged, d.map((x) => x.message).join(' | '));
      if (flagged) {
        assert.strictEqual(d[0].severity, 'warning');
        assert.ok(d[0].related?.length, 'relates the cells');
      }
    });
  }

  it('names the rows it added up', () => {
    const d = found(report('本年度予以公开及部分公开5件，无法提供1件。'), 'narrative-mismatch');
    assert.match(d[0].message, /“（一）予以公开”、“（二）部分公开.*之和为 4/);
    assert.match(d[1].message, /（四）无法提供.*之和为 2/);
    assert.strictEqual(d[1].related!.length, 3, 'the three rows of group （四）');
  });

  it('a blank 总计 column: the figures are computed from the applicant columns', () => {
    const text = (s: string) => report(s, { blankTotals: true });
    assert.deepStrictEqual(found(text('本年度予以公开及部分公开4件，无法提供2件，办结7件。'), 'narrative-mismatch'), []);
    const d = found(text('本年度予以公开及部分公开5件。'), 'narrative-mismatch');
    assert.strictEqual(d.length, 1);
    assert.match(d[0].message, /为 4（总计栏空白，按各列计算）/);
  });

  it('a row whose 总计 disagrees with its cells (row-total says so) is no figure to compare with', () => {
    const o = { rows: { '（一）予以公开': [2, 1, 0, 0, 0, 0, 5] as Row } };
    for (const s of ['予以公开3件。', '予以公开5件。', '予以公开及部分公开6件。']) {
      assert.deepStrictEqual(found(report(s, o), 'narrative-mismatch'), [], s);
    }
    assert.ok(found(report('予以公开3件。', o), 'row-total').length > 0, 'the table itself is reported');
    assert.strictEqual(found(report('部分公开2件。', o), 'narrative-mismatch').length, 1, 'other rows still speak');
  });

  it('when the cells cannot be added up (no 总计, a cell that is no number), nothing is said', () => {
    const o = { rows: { '（一）予以公开': [2, '/', 0, 0, 0, 0, null] as Row }, blankTotals: true };
    assert.deepStrictEqual(found(report('本年度予以公开及部分公开9件。', o), 'narrative-mismatch'), []);
    // …but the rows that can be added up still speak.
    assert.strictEqual(found(report('本年度部分公开9件。', o), 'narrative-mismatch').length, 1);
  });
});

describe('prose: figures of another period are no claims', () => {
  // The report (2023) has 新收 5, 上年结转 2, 办结 7, 行政复议 1: each sentence's number differs on purpose.
  const other = [
    '全年收到政府信息公开申请较上年增加3件，同比增长15%。',
    '本年度办结政府信息公开申请较上年减少2件，平均办理时限缩短至10个工作日。',
    '全年发生政府信息公开行政复议案件比上年减少1件。',
    '上年共受理政府信息公开申请12件，今年有所减少。',
    '2022年共收到政府信息公开申请15件，2023年略有下降。',
    '去年办结申请9件。',
    '下一步，计划在2023年办结积压申请5件。',
  ];
  for (const s of other) {
    it(`says nothing of: ${s}`, () => assert.deepStrictEqual(found(report(s), 'narrative-mismatch').map((d) => d.message), []));
  }
  const own = [
    '2023年共收到政府信息公开申请9件。', // the report's own year, a wrong number
    '2023年，本机关全年新收政府信息公开申请6件，上年结转2件。',
    '全年办结申请8件，较上年有所增加。', // the change is another clause's
  ];
  for (const s of own) {
    it(`still compares: ${s}`, () => assert.strictEqual(found(report(s), 'narrative-mismatch').length, 1));
  }
});

describe('prose: numbers of things other than applications are no claims', () => {
  // Agencies also receive and answer proposals, letters, enquiries and hotline tickets; the report has 新收 5, 办结 7.
  const other = [
    '全年共承办人大代表建议15件、政协委员提案10件，均已按时答复。',
    '答复人大代表建议12件，办结政协提案8件，办结率100%。',
    '收到群众来信来访23件，办结22件。',
    '答复群众咨询120件，受理依申请公开咨询30件。',
    '全年办结12345热线工单56件，答复市长信箱来信18件。',
  ];
  for (const s of other) {
    it(`says nothing of: ${s}`, () => assert.deepStrictEqual(found(report(s), 'narrative-mismatch').map((d) => d.message), []));
  }
  it('parts of the applications received or answered are no claims; the whole and 其中新收… still are', () => {
    for (const s of ['全年办结申请7件，其中答复2件于5个工作日内完成。', '网上受理申请3件，当面受理1件，信函受理1件。']) {
      assert.deepStrictEqual(found(report(s), 'narrative-mismatch').map((d) => d.message), [], s);
    }
    assert.strictEqual(found(report('通过网上、信函等方式共受理申请9件。'), 'narrative-mismatch').length, 1);
    assert.strictEqual(found(report('收到申请7件，其中新收6件，上年结转2件。'), 'narrative-mismatch').length, 1, '新收 6 is compared (5)');
  });

  it('a part of the year (1至6月) is information, as a scope word', () => {
    const d = found(report('1至6月收到政府信息公开申请3件。'), 'narrative-mismatch');
    assert.deepStrictEqual(d.map((x) => x.severity), ['information']);
    assert.match(d[0].message, /1至6月/);
  });

  it('an application figure in the same sentence is still compared', () => {
    assert.strictEqual(found(report('收到群众来信23件，收到政府信息公开申请9件，办结8件。'), 'narrative-mismatch').length, 2);
  });
});

describe('prose: scope words lower the confidence', () => {
  const scoped = [
    '全市共受理政府信息公开申请1250件，其中市政府本级受理8件。',
    '全县行政机关累计办结政府信息公开申请320件。',
    '全市行政复议36件，行政诉讼12件。',
    '本系统共收到政府信息公开申请40件。',
    '经备案审查，全年办结申请30件。',
    '本机关作为复议机关，全年受理行政复议申请15件。', // reviews of others' decisions, not of this agency's
  ];
  for (const s of scoped) {
    it(`information, not warning: ${s}`, () => {
      const d = found(report(s), 'narrative-mismatch');
      assert.ok(d.length > 0, 'still mentioned');
      for (const x of d) {
        assert.strictEqual(x.severity, 'information');
        assert.match(x.message, /范围词/);
      }
    });
  }

  it('a part of the year (第一季度, 上半年) is another period: no comparison, as with 上年', () => {
    for (const s of ['第一季度办结政府信息公开申请3件。', '上半年新收政府信息公开申请2件，下半年新收3件。']) {
      assert.deepStrictEqual(found(report(s), 'narrative-mismatch').map((d) => d.message), [], s);
    }
    assert.strictEqual(found(report('全年办结政府信息公开申请3件。'), 'narrative-mismatch').length, 1, 'the whole year is compared');
  });

  it('the agency speaking of itself keeps the warning', () => {
    const d = found(report('本局共收到政府信息公开申请40件。'), 'narrative-mismatch');
    assert.strictEqual(d.length, 1);
    assert.strictEqual(d[0].severity, 'warning');
  });
});

describe('prose: the fee statement', () => {
  it('is owed from report year 2021, not by 2019 or 2020 reports', () => {
    for (const [year, owed] of [[2019, false], [2020, false], [2021, true], [2023, true]] as const) {
      const text = report('本局依法做好政府信息公开工作。', { title: `示范县自然资源局${year}年政府信息公开工作年度报告`, six: '无。' });
      assert.strictEqual(found(text, 'fee-statement-missing').length, owed ? 1 : 0, String(year));
    }
  });

  const statements = [
    '本年度政府信息公开未发生收费情况。',
    '本机关依申请公开政府信息未收取任何费用。',
    '本年度没有收取信息处理费。',
    '本单位不存在收费情况。',
    '全年收费0元。',
    '我局依申请提供政府信息，均免费提供。',
    '本年度未收取费用。',
  ];
  for (const s of statements) {
    it(`counts: ${s}`, () => {
      assert.deepStrictEqual(found(report('本局依法做好政府信息公开工作。', { six: s }), 'fee-statement-missing'), []);
    });
  }

  it('a section 六 about something else still owes it', () => {
    assert.strictEqual(found(report('本局依法做好政府信息公开工作。', { six: '本年度无其他需要报告的事项。' }), 'fee-statement-missing').length, 1);
    assert.strictEqual(found(report('本局依法做好政府信息公开工作。', { six: '本局全年办理人大代表建议12件。' }), 'fee-statement-missing').length, 1);
  });

  it('a statement written in another part is information that it belongs in 六, not a warning', () => {
    const d = found(report('依申请公开方面，本年度未收取信息处理费。', { six: '无。' }), 'fee-statement-missing');
    assert.deepStrictEqual(d.map((x) => `${x.severity} ${x.message}`), ['information 信息处理费的收取情况写在第一部分，按格式应在第六部分说明']);
    // 收费 alone elsewhere is table 二's 行政事业性收费, no statement.
    assert.strictEqual(found(report('本局严格执行行政事业性收费公示制度。', { six: '无。' }), 'fee-statement-missing')[0].severity, 'warning');
  });
});

describe('prose: ordinary wording in sections 一 and 五', () => {
  /** The base report with section 五 replaced. */
  const withFive = (five: string) => report('2023年，本局依法做好政府信息公开工作。').replace('问题是更新不及时，下一步将加强培训。', five);

  it('years compared with, or inside a document name, are not the year the overview speaks of', () => {
    const compared = '2023年，本局全年主动公开信息120条，较2022年增加20条；依申请公开办理量与2022年相比有所下降，2022年同期为9件。';
    const named = '按照《2022年全县政务公开工作要点》和《示范县2022年度政务公开考核办法》，本局2023年扎实推进各项工作。';
    for (const s of [compared, named]) assert.deepStrictEqual(found(report(s), 'year-mismatch'), [], s);
    // The overview that really speaks of another year is still flagged.
    assert.strictEqual(found(report('2022年，本局全年主动公开信息120条。2022年依申请公开办理量有所下降。'), 'year-mismatch').length, 1);
  });

  it('an overview that names the areas in other words touches them', () => {
    const s = '本局成立了以局长为组长的领导小组，及时在政府网站公开各类信息，做好政策解读和回应关切，加强业务培训，将政务公开纳入绩效考核。';
    assert.deepStrictEqual(found(report(s), 'overview-topics'), []);
    // General words alone (网站, 考核, 保密审查) still do not show the five areas.
    assert.strictEqual(found(report('本局严格保密审查，及时在网站发布信息，并纳入年终考核。'), 'overview-topics').length, 1);
  });

  const fives = [
    '一是部分工作人员业务水平不高；二是信息发布的及时性还需提高；三是政策解读形式较为单一。2024年，我局将强化业务培训，规范发布流程。',
    '对照上级要求，我局政务公开工作仍存在公开内容不够全面等情况。今后我局将持续抓好政务公开工作。',
    '（一）存在问题\n\n信息更新滞后，栏目维护不及时。\n\n（二）改进情况\n\n明年将安排专人负责，确保信息及时更新。',
    '一是政务公开工作人员业务能力需进一步提升。二是公开平台功能需要进一步完善。下步我们将加大培训力度。',
    '政策解读在形式多样化方面还有提升空间，个别栏目更新频率偏低。',
    '对照群众期待还有一定距离，解读材料数量较少。我局将加大解读力度，建立更新台账。',
  ];
  for (const five of fives) {
    it(`section 五 states problems and improvements: ${five.slice(0, 24)}…`, () => {
      assert.deepStrictEqual(found(withFive(five), 'improvement-missing'), []);
    });
  }

  it('a section 五 that only praises the year still lacks both', () => {
    assert.strictEqual(found(withFive('本年度政务公开工作取得了较好成效，得到群众好评。'), 'improvement-missing').length, 2);
  });
});

describe('prose: sentences wrapped over lines (text copied from a PDF)', () => {
  it('a sum whose parts run over three lines, with a blank line between, is read whole', () => {
    // The base table: 办结 7 = 予以公开 3 + 部分公开 1 + 不予公开 1 + 无法提供 2.
    const wrapped = '    全年共办结 7 件，其中予以公开 3 件，部分公开 1 件，不予公开\n1 件（保护第三方合法权益 1 件），无法提供 2 件，不予处理\n\n0 件。';
    const a = checkText(report(wrapped));
    assert.deepStrictEqual(a.diagnostics.filter((d) => NARRATIVE.includes(d.rule)).map((d) => d.message), []);
    const one = a.model.sections[0];
    assert.deepStrictEqual(one.sums.map((s) => `${s.total}=${s.parts.join('+')}`), ['7=3+1+1+2+0']);
    assert.deepStrictEqual(one.claims.map((c) => `${c.kind} ${c.value}`).sort(), ['answered 7', 'denied 1', 'granted 3', 'partial 1', 'unable 2']);
  });

  it('a claim found in a joined sentence points at its number on its own line', () => {
    const d = found(report('本年度，因政府信息公开被申请\n行政复议 3 件。'), 'narrative-mismatch');
    assert.strictEqual(d.length, 1);
    assert.deepStrictEqual([d[0].range.start.line, d[0].range.start.character, d[0].range.end.character], [5, 5, 6]);
    // A scope word on the line before still counts for the sentence.
    assert.strictEqual(found(report('全市各级行政机关因政府信息公开被申请\n行政复议 3 件。'), 'narrative-mismatch')[0]?.severity, 'information');
  });

  it('a heading is not joined to the next line', () => {
    // Joined, these would read 行政复议…3件 against the table's 1.
    assert.deepStrictEqual(found(report('（四）行政复议\n本局依法做好复议应诉工作，全年办理复议案件 3 件。'), 'narrative-mismatch'), []);
    assert.deepStrictEqual(found(report('**行政复议情况**\n全年办理复议案件 3 件。'), 'narrative-mismatch'), []);
  });
});
