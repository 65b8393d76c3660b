/**
 * The table arithmetic a careful reviewer checks, computed on a report's true tables (not on any
 * rendering): row totals of tables 三 and 四, table 三's （七）总计 per column and its 勾稽 balance.
 * A blank (null) or absent cell makes a check unassessable: it then says nothing, as the spec asks.
 * Used by the generator to write the expected diagnostics and by the tests to verify each truth.json.
 */
import { FORMATS } from './format.mjs';

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const known = (v) => typeof v === 'number';

/** Each finding: { rule, table, row?, column? }. */
export function arithmeticFindings(tables, formatId) {
  const f = FORMATS[formatId];
  const out = [];
  const t3 = tables.table3 ?? {};
  const cols = f.table3Columns.map((c) => c.key);
  const parts = cols.filter((c) => c !== 'total');
  for (const row of f.table3Rows) {
    const cells = t3[row.key];
    if (!cells) continue;
    const vals = parts.map((c) => cells[c]);
    if (vals.every(known) && known(cells.total) && sum(vals) !== cells.total) {
      out.push({ rule: 'row-total', table: 'table3', row: row.key });
    }
  }
  const rt = t3.result_total;
  const allResults = f.resultRows.every((k) => t3[k]);
  for (const c of cols) {
    if (rt && allResults) {
      const vals = f.resultRows.map((k) => t3[k][c]);
      if (vals.every(known) && known(rt[c]) && sum(vals) !== rt[c]) out.push({ rule: 'result-total', table: 'table3', row: 'result_total', column: c });
    }
    const [a, b, d] = ['new_received', 'carried_over', 'carry_forward'].map((k) => t3[k]?.[c]);
    const r = rt?.[c];
    if ([a, b, r, d].every(known) && a + b !== r + d) out.push({ rule: 'balance', table: 'table3', column: c });
  }
  for (const g of f.table4Groups) {
    const cells = tables.table4?.[g.key];
    if (!cells) continue;
    const vals = ['upheld', 'corrected', 'other', 'pending'].map((k) => cells[k]);
    if (vals.every(known) && known(cells.total) && sum(vals) !== cells.total) out.push({ rule: 'row-total', table: 'table4', row: g.key });
  }
  return out;
}
