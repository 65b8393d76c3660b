/**
 * Issue 12: table 三 of a web page printed to PDF and read with `pdftotext -layout` (print-layout, print-html-layout),
 * rows the readers lost: one leaf label's end glued to the next one's start (`物4.无正`), a row whose narrow applicant
 * columns stand one space apart with its 其他 and 总计 on the next line, and a leaf's numbering alone under its first
 * piece with a parent label's pieces left of it (`他处理   2.`). Excerpts of the committed corpus (r071, r110, r050).
 */
import * as assert from 'assert';
import { findings, rendering, tablesOf, truthOf } from '../helpers/renderings';

const zeros = { natural_person: 0, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other: 0, total: 0 };

/** r071's print-layout: 3.要求提供公开出版物 ends in 物, glued to 4.无正当理由大量反复申请's start. */
const GLUED = [
    "                          三、行政机关收到和处理政府信息公开申请情况",
    "                               申请人情况",
    "                     （本列数据的勾稽关",
    "                     系为：第一项加第二     法人或其他组织",
    "                     项之和，等于第三项 自然人 商业企 科研机 社会公 法律服 其他                                                     总计",
    "                     加第四项之和）       业   构   益组织 务机构",
    "                              1.信访举",
    "                              报投诉 0                             0          0        0       0    0   0",
    "                              类申请",
    "                              2.重复 0                            0          0        0       0    0   0",
    "                              申请",
    "                              3.要求",
    "                              提供公 1                             0          0        0       0    0   1",
    "                              开出版",
    "                         （五） 物4.无正",
    "                         不予处 当理由",
    "                         理 大量反 0                                0          0        0       0    0   0",
    "                              复申请"
  ];

/** r110's print-layout: 2.其他法律行政法规禁止公开's 其他 and 总计 on the label's second line (made 1 … 1 here). */
const HEADER_110 = [
    "                          三、收到和处理政府信息公开申请情况",
    "                                     申请人情况",
    "                  （本列数据的勾稽关系为：第一项加第二项 自然 法人或其他组织",
    "                  之和，等于第三项加第四项之和）      人 商业  科研 社会 法律",
    "                                                                                                  其他 总计",
    "                                          企业 机构 公益 服务",
    "                                                组织 机构"
  ];
const ROWS_110 = [
    "                  一、本年新收政府信息公开申请数量     14 2 0 0 0                                                 0     16",
    "                  二、上年结转政府信息公开申请数量     0 0 0 0 0                                                  0     0",
    "                  三、本 （一）予以公开          6 2 0 0 0                                                  0     8",
    "                  年度办 （二）部分公开（区分处理的，只",
    "                  理结果 计这一情形，不计其他情形）    2 0 0 0 0                                                  0     2",
    "                      （三）不予公 1.属于国家秘密 0 0 0 0 0                                                   0     0"
  ];
const SHORT = '                      开       2.其他法律行政 1 0 0 0 0';
const END = '                              法规禁止公开                                                              0     1';

/** r025's print-layout: 4.保护第三方合法权益 and 5.属于三类内部事务信息 each five numbers, then their two ends. */
const TWO_ENDS = [
    "                                                法人或其他组织",
    "                  （本列数据的勾稽关系为：第一项加第二项之和，等于第 自 商 科 社  会 律",
    "                                                        法",
    "                  三项加第四项之和）                   然 业 研 公 服                                           其 总",
    "                                              人 企 机 益 务                                           他 计",
    "                                                业 构 组 机",
    "                                                     织 构",
    "                  一、本年新收政府信息公开申请数量            0 0 0 0 0                                           0   0",
    "                  二、上年结转政府信息公开申请数量            0 0 0 0 0                                           0   0",
    "                  三、本年 （一）予以公开                0 0 0 0 0                                           0   0",
    "                  度办理结 （二）部分公开（区分处理的，只计这一情",
    "                  果    形，不计其他情形）              0 0 0 0 0                                           0   0",
    "                                 1.属于国家秘密     0 0 0 0 0                                           0   0",
    "                                 2.其他法律行政法规禁 0 0 0 0 0                                            0   0",
    "                                 止公开",
    "                                 3.危及“三安全一稳定” 0 0 0 0 0                                           0   0",
    "                       （三）不予公开 4.保护第三方合法权益    0 0 0 0 0",
    "                                 5.属于三类内部事务信 0 0 0 0 0",
    "                                                                                                  0   0",
    "                                 息                                                                0   0",
    "                                 6.属于四类过程性信息 0 0 0 0 0                                            0   0",
    "                                 7.属于行政执法案卷 0 0 0 0 0                                             0   0"
  ];
/** TWO_ENDS with row `line`'s (0-based in it) numbers replaced. */
const twoEnds = (edits: Record<number, string>) => TWO_ENDS.map((l, i) => (edits[i] === undefined ? l : l.replace(/[0-9 ]+$/, (m) => m.replace(/\S+(?:\s+\S+)*$/, edits[i])))).join('\n');

/**
 * Untuned seed 929's r002 (print-html-layout, a t3-row-total report): 1.信访举报投诉类申请's first number beside its
 * label's first piece, the other six on the next line with the total's digits spread (1 0), the total wrong.
 */
const SPREAD_TOTAL = [
    "                                                        申请人情况",
    "                   （本列数据的勾稽关系为：     法人或其他组织",
    "                   第一项加第二项之和，等于",
    "                   第三项加第四项之和）   自然人                                                                  总计",
    "                                    商业企 科研机 社会公 法律服 其他",
    "                                    业   构   益组织 务机构",
    "                   一、本年新收政府信息公开 1 5",
    "                   申请数量                                           2       0       0          0   0   1 7",
    "",
    "",
    "",
    "",
    "                                        补正后申",
    "                                       3.",
    "                                       请内容仍不 0                    0       0       0          0   0   0",
    "                                       明确",
    "                         （五）不 1.信访举报 0",
    "                         予处理 投诉类申请                                0       0       0          0   0   1 0",
    "",
    "",
    "",
    "                                       2.   重复申请 0                0       0       0          0   0   0"
  ];

/** Untuned seed 4242's r003 (print-html-layout): 行政事业性收费's amount spread apart beside the label's first piece. */
const SPREAD_AMOUNT = [
    "                          二、主动公开政府信息情况",
    "                  第二十条第（一）项",
    "                  信息内容                    本年制发件数                       本年废止件数                 现行有效件数",
    "                  规章                      0                            0                      0",
    "",
    "",
    "                  行政规范性文 1",
    "                  件                                                    2                      0",
    "",
    "",
    "                  第二十条第（五）项",
    "                  信息内容                    本年处理决定数量",
    "                  行政许可                    29",
    "",
    "",
    "                  第二十条第（六）项",
    "                  信息内容                    本年处理决定数量",
    "                  行政处罚                    18",
    "",
    "",
    "                  行政强制                    0",
    "",
    "",
    "                  第二十条第（八）项",
    "                  信息内容                    本年收费金额（单位：万元）",
    "                  行政事业性收 1 . 8 6 1 0",
    "                  费"
  ];

/** r050's print-html-layout: （六）其他处理's leaves, their numbering on a line of its own, the parent's pieces beside. */
const PARENT_BESIDE = [
    "                          三、行政机关收到和处理政府信息公开申请情况",
    "                                                                 申请人情况",
    "                  （本列数据的勾稽关系为：第一项                                          法人或其他组织",
    "                  加第二项之和，等于第三项加第四",
    "                  项之和）                                           自然人                                     总计",
    "                                                                           商业企 科研机 社会公 法律服 其他",
    "                                                                           业   构   益组织 务机构",
    "",
    "                  一、本年新收政府信息公开申请数",
    "                  量                                              9         0      0      0       0   0   9",
    "",
    "",
    "",
    "",
    "",
    "",
    "                                              无正当理由",
    "                                             4.",
    "                                             大量反复申               0         0      0      0       0   0   0",
    "                                             请",
    "",
    "                                              要求行政机",
    "                                             5.",
    "                                             关确认或重",
    "                                             新出具已获               0         0      0      0       0   0   0",
    "",
    "                                             取信息",
    "",
    "                                              申请人无正",
    "                                             1.",
    "                                             当理由逾期",
    "                                             不补正、行",
    "                                             政机关不再               1         0      0      0       0   0   1",
    "                                             处理其政府",
    "                                             信息公开申",
    "                                             请",
    "                             （六）其             申请人逾期",
    "                             他处理             2.",
    "                                             未按收费通",
    "                                             知要求缴纳",
    "                                             费用、行政               0         0      0      0       0   0   0",
    "                                             机关不再处",
    "                                             理其政府信",
    "                                             息公开申请",
    "",
    "                                             3.其他                0         0      0      0       0   0   0",
    "",
    "",
    "",
    "                             （七）总计                               11        0      0      0       0   0   11"
  ];

describe('printed web pages: table rows read where the text settles them (issue 12)', () => {
  it('a leaf label\'s end glued to the next leaf\'s start is split: both rows are read (r071)', () => {
    const t3 = tablesOf(GLUED.join('\n')).table3;
    assert.deepStrictEqual(t3.np_publication, { ...zeros, natural_person: 1, total: 1 });
    assert.deepStrictEqual(t3.np_massive, zeros);
    assert.deepStrictEqual(t3.np_repeat, zeros);
  });

  it('a short line one space apart and its 其他 and 总计 on the next line under their columns are one row (r110)', () => {
    const t3 = tablesOf([...HEADER_110, ...ROWS_110, SHORT, END].join('\n')).table3;
    assert.deepStrictEqual(t3.deny_law, { ...zeros, natural_person: 1, total: 1 });
    assert.deepStrictEqual(t3.deny_secret, zeros);
  });

  it('not where the total would fail', () => {
    const failing = tablesOf([...HEADER_110, ...ROWS_110, SHORT, END.replace(/1$/, '2')].join('\n')).table3;
    assert.ok(!failing.deny_law || Object.values(failing.deny_law).every((v) => v === null), JSON.stringify(failing.deny_law));
  });

  it('two short rows, then their two ends: read in order where the ends are the same numbers (either way the same rows, r025)', () => {
    const at = (label: string) => TWO_ENDS.findIndex((l) => l.includes(label));
    const [s1, s2] = [at('4.保护第三方合法权益'), at('5.属于三类内部事务信')];
    assert.ok(s1 > 0 && s2 === s1 + 1 && /^\s+0   0$/.test(TWO_ENDS[s2 + 1]) && TWO_ENDS[s2 + 2].trim().startsWith('息'));
    const zeros7 = tablesOf(TWO_ENDS.join('\n')).table3;
    assert.deepStrictEqual([zeros7.deny_third, zeros7.deny_internal], [zeros, zeros]);
    const ones = tablesOf(twoEnds({ [s1]: '1 0 0 0 0', [s2]: '1 0 0 0 0', [s2 + 1]: '0   1', [s2 + 2]: '0   1' })).table3;
    assert.deepStrictEqual([ones.deny_third, ones.deny_internal], [{ ...zeros, natural_person: 1, total: 1 }, { ...zeros, natural_person: 1, total: 1 }]);
    // Different ends: which is whose, only the order would say — both rows left unread, none guessed.
    const apart = tablesOf(twoEnds({ [s1]: '1 0 0 0 0', [s2 + 1]: '0   1' })).table3;
    for (const row of ['deny_third', 'deny_internal']) assert.ok(!apart[row] || Object.values(apart[row]).every((v) => v === null), `${row}: ${JSON.stringify(apart[row])}`);
  });

  it('a numbering alone with a parent\'s pieces left of it is put back before its leaf (r050)', () => {
    const t3 = tablesOf(PARENT_BESIDE.join('\n')).table3;
    assert.deepStrictEqual(t3.oth_no_fix, { ...zeros, natural_person: 1, total: 1 });
    assert.deepStrictEqual(t3.oth_no_fee, zeros);
    assert.deepStrictEqual(t3.oth_other, zeros);
  });

  it('a label column two characters wide: a one-character first piece above its numbering, or beside it (r076: 保 / 4. / 护第 …, 没   2. / 有现 …)', () => {
    const lines = rendering('r076', 'print-html-layout.txt').split('\n');
    const headers = lines.flatMap((l, i) => (l.trim() === '申请人情况' ? [i] : []));
    const from = headers[1];
    const to = lines.findIndex((l, i) => i > from && l.trim() === '明确');
    assert.ok(from > 0 && to > from && lines.slice(from, to).some((l) => l.trim() === '保') && lines.slice(from, to).some((l) => /^\s+没\s+2\.$/.test(l)));
    const t3 = tablesOf(lines.slice(from, to + 1).join('\n')).table3;
    const truth = truthOf('r076').tables.table3;
    for (const row of ['deny_third', 'deny_internal', 'deny_process', 'deny_casefile', 'deny_query', 'unable_nohold', 'unable_make', 'unable_unclear']) assert.deepStrictEqual(t3[row], truth[row], row);
  });

  it('a first number beside the label, the other six on the next line with a total spread apart (1 0) that breaks the sum: the row is read, and its row-total said', () => {
    const t3 = tablesOf(SPREAD_TOTAL.join('\n')).table3;
    assert.deepStrictEqual(t3.np_petition, { ...zeros, total: 10 });
    assert.deepStrictEqual(t3.new_received, { ...zeros, natural_person: 15, commercial: 2, total: 17 });
    assert.deepStrictEqual(findings(SPREAD_TOTAL.join('\n')).filter((f) => !f.startsWith('section-missing')), ['row-total: 表格三“1.信访举报投诉类申请”行：自然人(0)+商业企业(0)+科研机构(0)+社会公益组织(0)+法律服务机构(0)+其他(0)=0，但总计为 10，相差 10']);
  });

  it('a one-column table 二 row wrapped round its amount spread apart (行政事业性收 1 . 8 6 1 0 / 费): read, not said missing', () => {
    const text = SPREAD_AMOUNT.join('\n');
    const t2 = tablesOf(text).table2;
    assert.deepStrictEqual(t2.administrative_fees, { amount_wan_yuan: 1.861 });
    assert.deepStrictEqual(t2.normative_documents, { issued: 1, repealed: 2, in_force: 0 });
    assert.deepStrictEqual(findings(text).filter((f) => !f.startsWith('section-missing')), []);
  });

  it('the whole renderings: table 三 exactly the truth, and no error or warning in the clean ones', () => {
    for (const [id, file] of [['r071', 'print-layout.txt'], ['r110', 'print-layout.txt'], ['r025', 'print-layout.txt'], ['r025', 'print-bare-layout.txt'], ['r050', 'print-html-layout.txt'], ['r076', 'print-html-layout.txt'], ['r003', 'print-html-layout.txt'], ['r041', 'print-html-layout.txt']]) {
      const text = rendering(id, file);
      const truth = truthOf(id);
      assert.deepStrictEqual(tablesOf(text).table3, truth.tables.table3, `${id} ${file}`);
      if (!truth.defects.length) assert.deepStrictEqual(findings(text), [], `${id} ${file}`);
    }
  });
});
