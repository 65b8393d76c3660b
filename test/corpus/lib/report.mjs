/**
 * One report of the corpus: agency, year, format, tables, prose, the defect injected (at most one) and
 * the diagnostics a careful reviewer gives (`expected`, with `allowed` extras that are not required).
 */
import { prng } from '../../../scripts/prng.mjs';
import { makeAgency } from './agency.mjs';
import { makeTables } from './tables.mjs';
import { makeSections } from './prose.mjs';
import { arithmeticFindings } from './arith.mjs';
import { FORMATS, SECTION_TITLES } from './format.mjs';
import { pickVariants } from './variants.mjs';

/** Defect classes: each is exercised in every layout, since every report is rendered in all of them. */
export const DEFECTS = [
  't3-row-total', 't4-row-total', 'balance', 'missing-row', 'blank-cell', 'missing-section', 'missing-fee',
  'section-order', 'prose-mismatch', 'prose-sum', 'format-outdated', 'format-newer', 'label-nonstandard', 'label-typo',
  'missing-table', 'improvement-missing', 'section-empty',
];

/** Typos seen in real row labels: the row must still be found (at most label-nonstandard), its cells read. */
const TYPOS = {
  deny_law: '2.其他法律行政止公开',
  np_confirm: '5.要求行政机关确认或重新出具已获信息',
  unable_make: '2.没有现成信息需另行制作',
  deny_third: '4.保护第三方合法权利',
};

const SECTION_VARIANTS = {
  一: ['一、总体工作情况'],
  三: ['三、行政机关收到和处理政府信息公开申请情况'],
  四: ['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
  五: ['五、存在的主要问题和改进情况'],
};

const SHORT_LABEL = {
  deny_secret: '属于国家秘密', deny_law: '其他法律行政法规禁止公开', deny_3s1w: '危及“三安全一稳定”', deny_third: '保护第三方合法权益',
  deny_internal: '属于三类内部事务信息', deny_process: '属于四类过程性信息', deny_casefile: '属于行政执法案卷', deny_query: '属于行政查询事项',
};

const ZERO_DETAIL_ROWS = ['deny_secret', 'deny_law', 'deny_3s1w', 'deny_casefile', 'np_publication', 'np_massive', 'np_confirm', 'unable_unclear', 'deny_query'];
const APPLICANTS = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other'];

/** Year and table format for a planned defect. */
function yearAndFormat(rnd, defect) {
  if (defect === 'format-outdated') return { year: rnd.int(2021, 2025), format: '2019' };
  if (defect === 'format-newer') return { year: rnd.int(2019, 2020), format: '2021' };
  if (defect === 'missing-fee') { const year = rnd.int(2021, 2025); return { year, format: '2021' }; }
  const year = rnd.pick([2019, 2020, 2021, 2022, 2022, 2023, 2023, 2024, 2024, 2025]);
  return { year, format: year >= 2021 ? '2021' : '2019' };
}

/** Layout choices for the Word document and the Markdown rendering. */
function makeStyle(rnd) {
  return {
    bodyFont: rnd.pick(['仿宋_GB2312', '仿宋', '宋体']),
    bodySize: rnd.pick([32, 32, 30, 28]), // half-points: 三号 16pt, 15pt, 四号 14pt
    tableFont: rnd.pick(['宋体', '仿宋_GB2312', '仿宋']),
    tableSize: rnd.pick([18, 20, 21, 24]), // 9pt … 12pt
    labelWidth: rnd.pick([700, 900, 1100, 1500, 2200]), // twips per label column: narrow ones wrap
    cellMargin: rnd.pick([40, 80, 110]),
    repeatHeader: rnd.chance(0.5),
    breakBeforeTable3: rnd.chance(0.3),
    pageNumbers: rnd.pick(['dash', 'dash', 'plain', 'none']),
    // Twips of extra character spacing in the value cells of tables 二 and 三 (0: none).
    digitSpacing: rnd.chance(0.12) ? rnd.pick([60, 90]) : 0,
    md: {
      table4Split: rnd.chance(0.35),
      table3Split: rnd.pick([1, 1, 2, 3]),
      placeholderHeader: rnd.chance(0.2),
      labelColumns: rnd.pick([1, 3]),
      headingMarks: rnd.pick(['#', 'none', 'mixed']),
    },
  };
}

/**
 * `variants`: also pick the tables' structural variants (lib/variants.mjs) from a stream of their own.
 * `realProse`: also write the prose that real reports carry and our prose lacks (lib/prose.mjs realProse), from a
 * stream of its own, so the reports made without it stay the same.
 */
export function makeReport(index, seed, defect, { variants = false, realProse = false } = {}) {
  const rnd = prng(seed * 1000003 + index * 7919);
  const agency = makeAgency(rnd);
  const { year, format } = yearAndFormat(rnd, defect);
  const { tables, texts } = makeTables(rnd, agency.level, format);
  const f = FORMATS[format];
  const defects = [];
  const expected = [];
  const allowed = [];
  const labels = {};
  // Table defects first: the prose is written from the final tables, as an agency writes it from its own.
  switch (defect) {
    case 't3-row-total': {
      const row = rnd.pick(['granted', 'unable_nohold', 'partial', 'np_petition']);
      const delta = rnd.pick([1, 2, 10, -1]);
      const cells = tables.table3[row];
      if (cells.total + delta < 0) cells.total += 1; else cells.total += delta;
      defects.push({ class: defect, table: 'table3', row, column: 'total', value: cells.total });
      break;
    }
    case 't4-row-total': {
      const g = rnd.pick(['review', 'lit_direct', 'lit_after_review']);
      const col = rnd.pick(['upheld', 'corrected', 'other', 'pending']);
      tables.table4[g][col] += 1;
      defects.push({ class: defect, table: 'table4', row: g, column: col, value: tables.table4[g][col] });
      break;
    }
    case 'balance': {
      const col = rnd.pick(['natural_person', 'natural_person', 'commercial']);
      tables.table3.carry_forward[col] += 1;
      tables.table3.carry_forward.total += 1;
      defects.push({ class: defect, table: 'table3', row: 'carry_forward', column: col, value: tables.table3.carry_forward[col] });
      break;
    }
    case 'missing-row': {
      const zero = ZERO_DETAIL_ROWS.filter((k) => tables.table3[k] && tables.table3[k].total === 0);
      const row = rnd.pick(zero.length ? zero : ['deny_secret']);
      // No zero row (a busy agency): its 属于国家秘密 counts go to 其他法律行政法规禁止公开, the same group, so
      // every column sum holds, and the row is then a zero row to drop.
      if (!zero.length) for (const [k, v] of Object.entries(tables.table3.deny_secret)) { tables.table3.deny_law[k] += v; tables.table3.deny_secret[k] = 0; }
      if (tables.table3[row].total !== 0) throw new Error('missing-row must drop a zero row');
      delete tables.table3[row];
      defects.push({ class: defect, table: 'table3', row });
      expected.push({ rule: 'row-missing', severity: 'error', where: { section: '三', table: 'table3', row } });
      break;
    }
    case 'blank-cell': {
      const g = tables.table4.lit_after_review;
      const kind = rnd.pick(['applicant', 'applicant', 'total', 'table4']);
      if (kind === 'table4' && g.total === 0) {
        // A web row of 15 fields whose last five are empty: those are blank cells of 复议后起诉, not shifted values.
        for (const k of Object.keys(g)) g[k] = null;
        defects.push({ class: defect, table: 'table4', row: 'lit_after_review' });
        expected.push({ rule: 'cell-missing', severity: 'warning', where: { section: '四', table: 'table4', row: 'lit_after_review' } });
        break;
      }
      const row = rnd.pick(['deny_law', 'deny_3s1w', 'np_publication', 'unable_unclear', 'deny_casefile']);
      const zeros = APPLICANTS.filter((c) => tables.table3[row][c] === 0);
      // A blank 总计 at the end of a row (a trailing empty field in a copied web table), or an applicant cell.
      const col = kind === 'total' && tables.table3[row].total === 0 ? 'total' : rnd.pick(zeros.length ? zeros : ['research']);
      tables.table3[row][col] = null;
      defects.push({ class: defect, table: 'table3', row, column: col });
      expected.push({ rule: 'cell-missing', severity: 'warning', where: { section: '三', table: 'table3', row, column: col } });
      break;
    }
    case 'label-nonstandard':
      if (format === '2021' && rnd.chance(0.4)) {
        labels.art20_1_repealed = '本年度废止件数';
        defects.push({ class: defect, table: 'table2', column: 'repealed', text: '本年度废止件数' });
        expected.push({ rule: 'label-nonstandard', severity: 'warning', where: { section: '二', table: 'table2', column: 'repealed' } });
      } else {
        labels.social_welfare = '社会组织';
        defects.push({ class: defect, table: 'table3', column: 'social_welfare', text: '社会组织' });
        expected.push({ rule: 'label-nonstandard', severity: 'warning', where: { section: '三', table: 'table3', column: 'social_welfare' } });
      }
      break;
    case 'label-typo': {
      const row = rnd.pick(Object.keys(TYPOS));
      labels.rows = { [row]: TYPOS[row] };
      defects.push({ class: defect, table: 'table3', row, text: TYPOS[row] });
      // Nothing is required: the numbers are all there. Pointing out the typo is fine.
      allowed.push({ rule: 'label-nonstandard', severity: 'warning', where: { section: '三', table: 'table3', row } });
      break;
    }
    case 'missing-table':
      // Nothing happened, so the agency left table 四 out and wrote a sentence instead.
      for (const g of Object.values(tables.table4)) for (const k of Object.keys(g)) g[k] = 0;
      break;
    default:
      break;
  }
  for (const a of arithmeticFindings(tables, format)) {
    expected.push({ rule: a.rule, severity: 'error', where: { section: a.table === 'table4' ? '四' : '三', table: a.table, ...(a.row ? { row: a.row } : {}), ...(a.column ? { column: a.column } : {}) } });
  }
  if (defect === 'format-outdated') {
    defects.push({ class: defect, year, format });
    expected.push({ rule: 'format-outdated', severity: 'error', where: { section: '二' } });
  }
  if (defect === 'format-newer') {
    defects.push({ class: defect, year, format });
    expected.push({ rule: 'year-mismatch', severity: 'warning' });
  }
  const titles = SECTION_TITLES.map((t, i) => {
    const ord = '一二三四五六'[i];
    return SECTION_VARIANTS[ord] && rnd.chance(0.2) ? rnd.pick(SECTION_VARIANTS[ord]) : t;
  });
  const ctx = {
    rnd, year, agency, tables, defect, note: {}, titles,
    resultsConsistent: arithmeticFindings(tables, format).length === 0 && defect !== 'missing-row' && defect !== 'blank-cell',
    label: (k) => SHORT_LABEL[k] ?? k,
    real: realProse ? prng(seed * 6151 + index * 7793 + 17) : undefined,
  };
  let sections = makeSections(rnd, ctx);
  if (defect === 'prose-mismatch') {
    defects.push({ class: defect, section: '一', ...ctx.note.proseMismatch });
    expected.push({ rule: 'narrative-mismatch', severity: 'warning', where: { section: '一' } });
  }
  if (defect === 'prose-sum') {
    defects.push({ class: defect, section: '一', ...ctx.note.proseSum });
    expected.push({ rule: 'narrative-sum', severity: 'warning', where: { section: '一' } });
  }
  if (defect === 'missing-fee') {
    defects.push({ class: defect, section: '六' });
    expected.push({ rule: 'fee-statement-missing', severity: 'warning', where: { section: '六' } });
  }
  if (defect === 'missing-section') {
    const ord = rnd.pick(['五', '一', '五']);
    sections = sections.filter((s) => s.ordinal !== ord);
    defects.push({ class: defect, section: ord });
    expected.push({ rule: 'section-missing', severity: 'error', where: { section: ord } });
    // Saying also that the missing section lacks its content is redundant, not wrong.
    if (ord === '五') allowed.push({ rule: 'improvement-missing', severity: 'warning' });
    if (ord === '一') allowed.push({ rule: 'overview-topics', severity: 'information' }, { rule: 'year-mismatch', severity: 'warning' });
  }
  if (defect === 'missing-table') {
    sections.find((s) => s.ordinal === '四').blocks = [{ kind: 'p', text: '本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。' }];
    tables.table4 = {};
    defects.push({ class: defect, table: 'table4', section: '四' });
    expected.push({ rule: 'table-missing', severity: 'error', where: { section: '四' } });
  }
  if (defect === 'improvement-missing') {
    // Problems only: no word of an improvement (改进, 下一步, 加强, 提升 …) in the section's prose.
    sections.find((s) => s.ordinal === '五').blocks = [{ kind: 'p', text: '一是政策解读形式较为单一；二是信息公开的主动性不够，部分栏目更新不及时。' }];
    defects.push({ class: defect, section: '五' });
    expected.push({ rule: 'improvement-missing', severity: 'warning', where: { section: '五' } });
  }
  if (defect === 'section-empty') {
    sections.find((s) => s.ordinal === '五').blocks = [{ kind: 'p', text: '无。' }];
    defects.push({ class: defect, section: '五' });
    expected.push({ rule: 'section-empty', severity: 'warning', where: { section: '五' } });
    allowed.push({ rule: 'improvement-missing', severity: 'warning' });
  }
  if (defect === 'section-order') {
    const i = sections.findIndex((s) => s.ordinal === '五');
    [sections[i], sections[i + 1]] = [sections[i + 1], sections[i]];
    defects.push({ class: defect, sections: ['六', '五'] });
    expected.push({ rule: 'section-order', severity: 'error' });
  }
  const title = `${agency.name}${year}年政府信息公开工作年度报告`;
  const style = makeStyle(rnd);
  if (variants) {
    style.variants = pickVariants(seed, index);
    // 合计 for 总计 in table 四's header: a reviewer may point it out, no more.
    if (style.variants.t4Total !== '总计' && Object.keys(tables.table4).length) allowed.push({ rule: 'label-nonstandard', severity: 'warning', where: { section: '四', table: 'table4' } });
  }
  return {
    index, year, format, agency, title, tables, texts, labels, sections,
    defects, expected, allowed, style, rowsOf: f.table3Rows.map((r) => r.key),
  };
}
