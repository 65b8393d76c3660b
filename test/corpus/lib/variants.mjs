/**
 * Structural variants of the tables (`generate.mjs --variants`): the ways clerks really build them in Word/WPS
 * instead of copying the national annex's structure. Picked per report from its own PRNG stream, so the
 * report's content (agency, tables, prose, style) is the same with and without variants. Several may combine.
 * Every choice is stored in truth.json (`style.variants`); none of them changes a cell, only where it stands.
 */
import { prng } from '../../../scripts/prng.mjs';

/** What each value means is documented at its use in docx.mjs. Absent or false: the annex's structure. */
export function pickVariants(seed, index) {
  const rnd = prng(seed * 7919 + index * 104729 + 1301);
  const v = {
    // The section's title as a merged first row inside tables 二/三/四; `only`: and not above the table as well.
    titleRow: rnd.pick([null, null, 'both', 'only']),
    // `单位：件` as a merged row of tables 三 and 四.
    unitRow: rnd.pick([null, null, 'first', 'last']),
    // `注：` as a merged last row of table 三.
    noteRow: rnd.chance(0.25),
    // A leading 序号 column (numbered 1, 2, 3 … or left blank) in table 二 or 三.
    seq: rnd.pick([null, null, null, 'table2', 'table3']),
    seqBlank: rnd.chance(0.25),
    // Table 二: the annex's one table with the 第二十条 blocks as merged rows, or one table per block.
    t2Separate: rnd.chance(0.35),
    // Table 三's header: the annex's three rows; 申请人情况 left out (two rows); flattened to one row of the five
    // names (`names`) or of `法人或其他组织-商业企业` (`dash`).
    t3Header: rnd.pick(['annex', 'annex', 'no-applicant', 'names', 'dash']),
    // Table 三's label columns: 3 (annex), 2 (parent | `（三）不予公开 1.属于国家秘密`), 1 (parents as merged rows).
    t3LabelColumns: rnd.pick([3, 3, 2, 1]),
    // Table 三 split into two tables (as Word leaves it at a page break), the header repeated by hand: at which row.
    t3SplitAt: rnd.chance(0.3) ? rnd.int(4, 18) : null,
    // Table 四's header: the annex's three rows; two rows (行政复议 | 行政诉讼, then 未经复议直接起诉结果维持 …);
    // one row of fifteen (行政复议结果维持 …).
    t4Header: rnd.pick(['annex', 'annex', 'two-rows', 'one-row']),
    // 合计 instead of 总计 in table 四.
    t4Total: rnd.chance(0.25) ? '合计' : '总计',
    // Table 四 as two tables: 行政复议 | 行政诉讼.
    t4Split: rnd.chance(0.25),
    // Row labels centred, or distributed (分散对齐: a PDF shows their characters spread by spaces).
    labelAlign: rnd.pick(['left', 'left', 'center', 'distribute']),
  };
  return v;
}

/** A short name of the variants a report has (for the eval's by-variant table): `annex` when none. */
export function variantNames(v) {
  if (!v) return [];
  const out = [];
  if (v.titleRow) out.push(`title-row-${v.titleRow}`);
  if (v.unitRow) out.push('unit-row');
  if (v.noteRow) out.push('note-row');
  if (v.seq) out.push(`seq-${v.seq}`);
  if (v.t2Separate) out.push('t2-separate');
  if (v.t3Header !== 'annex') out.push(`t3-header-${v.t3Header}`);
  if (v.t3LabelColumns !== 3) out.push(`t3-labels-${v.t3LabelColumns}`);
  if (v.t3SplitAt) out.push('t3-split');
  if (v.t4Header !== 'annex') out.push(`t4-header-${v.t4Header}`);
  if (v.t4Total !== '总计') out.push('t4-heji');
  if (v.t4Split) out.push('t4-split');
  if (v.labelAlign !== 'left') out.push(`align-${v.labelAlign}`);
  return out;
}
