/**
 * Issue 12: pdfplumber's text (one space between all words, no column positions) sets a vertically centred parent
 * label (（三）不予公开, （四）无法提供) among the pieces of the leaf label it stands beside: on the leaf's line of
 * numbers or alone between its pieces. The excerpts are from the committed corpus's pdfplumber.txt (r011, r017, r023).
 */
import * as assert from 'assert';
import { findings, rendering, tablesOf, truthOf } from '../helpers/renderings';

const HEADER = [
  '三、收到和处理政府信息公开申请情况', '申请人情况', '（本列数据的勾稽关系为：', '法人或其他组织', '第一项加第二项之和，等于',
  '自然人 社会公益 法律服务 总计', '第三项加第四项之和） 商业企业 科研机构 其他', '组织 机构',
];
const zeros = { natural_person: 0, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other: 0, total: 0 };
const table3 = (rows: string[]) => tablesOf([...HEADER, ...rows].join('\n')).table3;

describe('pdfplumber: a parent label among a wrapped leaf label\'s pieces (issue 12)', () => {
  it('a parent\'s start opening the leaf\'s line of numbers is the parent\'s, the numbers the leaf\'s (r011)', () => {
    const t3 = table3(['3.危及“三', '安全一稳 0 0 0 0 0 0 0', '定”', '4.保护第三', '（三）不 1 0 0 0 0 0 1', '方合法权益', '予公开', '5.属于三类', '内部事务信 0 0 0 0 0 0 0', '息']);
    assert.deepStrictEqual(t3.deny_third, { ...zeros, natural_person: 1, total: 1 });
    assert.deepStrictEqual(t3.deny_internal, zeros);
    assert.deepStrictEqual(t3.deny_3s1w, zeros);
  });

  it('a whole parent label on the leaf\'s line of numbers (r023: 2.没有现成信息需要另 / （四）无法提供 0 0 … / 行制作)', () => {
    const t3 = table3(['1.本机关不掌握相关政', '0 2 0 0 0 0 2', '府信息', '2.没有现成信息需要另', '（四）无法提供 3 0 0 0 0 0 3', '行制作', '3.补正后申请内容仍不', '0 0 0 0 0 0 0', '明确']);
    assert.deepStrictEqual(t3.unable_nohold, { ...zeros, commercial: 2, total: 2 });
    assert.deepStrictEqual(t3.unable_make, { ...zeros, natural_person: 3, total: 3 });
    assert.deepStrictEqual(t3.unable_unclear, zeros);
  });

  it('a parent\'s start alone on a line between the leaf\'s pieces, under its numbers (r017, r036)', () => {
    const t3 = table3(['3.危及“三安', '2 0 0 0 0 0 2', '全一稳定”', '4.保护第三方', '1 0 0 0 0 0 1', '（三）不', '合法权益', '予公开', '5.属于三类内', '部事务信息 0 0 0 0 0 0 0']);
    assert.deepStrictEqual(t3.deny_3s1w, { ...zeros, natural_person: 2, total: 2 });
    assert.deepStrictEqual(t3.deny_third, { ...zeros, natural_person: 1, total: 1 });
    const t3b = table3(['1.本机关不', '掌握相关政 2 0 0 0 0 0 2', '府信息', '2.没有现成', '（四）无', '信息需要另 4 0 0 0 0 0 4', '法提供', '行制作', '3.补正后申', '请内容仍不 0 0 0 0 0 0 0', '明确']);
    assert.deepStrictEqual(t3b.unable_make, { ...zeros, natural_person: 4, total: 4 });
    assert.deepStrictEqual(t3b.unable_unclear, zeros);
  });

  it('the whole renderings: table 三 exactly the truth, no error or warning (r011, r017, r023 are clean reports)', () => {
    for (const id of ['r011', 'r017', 'r023']) {
      const text = rendering(id, 'pdfplumber.txt');
      assert.deepStrictEqual(tablesOf(text).table3, truthOf(id).tables.table3, id);
      assert.deepStrictEqual(findings(text), [], id);
    }
  });
});
