/**
 * True table values of one report: small realistic counts (many zeros, a few 2-digit values, an
 * occasional 3-digit one), rows that add up, 一+二 = （七）总计+四 per column, 万元 amounts with decimals.
 */
import { FORMATS } from './format.mjs';

/** How busy an agency is: the number of applications a natural person files, by level. */
const SCALE = { township: [0, 6], bureau: [0, 25], city: [15, 260], ministry: [40, 700] };

/** Where handled applications end up (weights), as real reports show: mostly 公开, then 无法提供/不予处理. */
const RESULT_WEIGHTS = {
  granted: 40, partial: 8, deny_secret: 0.3, deny_law: 0.6, deny_3s1w: 0.5, deny_third: 1, deny_internal: 1.2,
  deny_process: 1.5, deny_casefile: 0.6, deny_query: 1.5, unable_nohold: 18, unable_make: 3, unable_unclear: 2,
  np_petition: 4, np_repeat: 2, np_publication: 0.5, np_massive: 0.5, np_confirm: 0.5,
  oth_no_fix: 4, oth_no_fee: 0.3, oth_other: 3, oth_process: 7,
};

function spread(rnd, n, keys) {
  const out = Object.fromEntries(keys.map((k) => [k, 0]));
  const w = keys.map((k) => RESULT_WEIGHTS[k] ?? 1);
  const total = w.reduce((a, b) => a + b, 0);
  for (let i = 0; i < n; i++) {
    let x = rnd() * total;
    let j = 0;
    while (x >= w[j] && j < keys.length - 1) x -= w[j++];
    out[keys[j]]++;
  }
  return out;
}

function table3(rnd, level, f) {
  const [lo, hi] = SCALE[level];
  const cols = f.table3Columns.map((c) => c.key).filter((c) => c !== 'total');
  const idle = level === 'township' && rnd.chance(0.35);
  const byCol = {};
  for (const c of cols) {
    let handled = 0;
    if (!idle) {
      if (c === 'natural_person') handled = rnd.int(lo, hi);
      else if (c === 'commercial') handled = rnd.chance(0.4) ? rnd.int(0, Math.max(1, Math.round(hi / 8))) : 0;
      else handled = rnd.chance(0.15) ? rnd.int(0, Math.max(1, Math.round(hi / 20))) : 0;
    }
    const res = spread(rnd, handled, f.resultRows);
    const carried = handled && rnd.chance(0.3) ? rnd.int(0, Math.min(handled, 1 + Math.round(handled / 10))) : 0;
    const forward = handled && rnd.chance(0.35) ? rnd.int(0, 1 + Math.round(handled / 8)) : 0;
    byCol[c] = { ...res, result_total: handled, carried_over: carried, carry_forward: forward, new_received: handled + forward - carried };
  }
  const t = {};
  for (const row of f.table3Rows) {
    const cells = {};
    for (const c of cols) cells[c] = byCol[c][row.key];
    cells.total = cols.reduce((a, c) => a + cells[c], 0);
    t[row.key] = cells;
  }
  return t;
}

function group(rnd, n) {
  const g = { upheld: 0, corrected: 0, other: 0, pending: 0 };
  const keys = Object.keys(g);
  const w = [0.55, 0.15, 0.15, 0.15];
  for (let i = 0; i < n; i++) {
    let x = rnd();
    let j = 0;
    while (x >= w[j] && j < 3) x -= w[j++];
    g[keys[j]]++;
  }
  return { ...g, total: n };
}

function table4(rnd, level) {
  const busy = { township: 0.08, bureau: 0.25, city: 0.8, ministry: 0.95 }[level];
  const big = level === 'ministry' ? 60 : level === 'city' ? 20 : 3;
  const n = () => (rnd.chance(busy) ? rnd.int(0, big) : 0);
  return { review: group(rnd, n()), lit_direct: group(rnd, n()), lit_after_review: group(rnd, Math.round(n() / 2)) };
}

/** A 万元 amount: 0 most of the time, else 2 or 4 decimals as agencies write them. */
export function wanYuan(rnd, level) {
  if (rnd.chance(level === 'township' ? 0.8 : 0.45)) return { value: 0, text: rnd.pick(['0', '0', '0.00', '0']) };
  const digits = rnd.pick([2, 2, 4]);
  const value = Number((rnd() * (level === 'township' ? 5 : 400)).toFixed(digits));
  return { value, text: value.toFixed(digits) };
}

function table2(rnd, level, f) {
  const many = { township: 1, bureau: 5, city: 30, ministry: 60 }[level];
  const small = (p, hi) => (rnd.chance(p) ? rnd.int(0, hi) : 0);
  const t = {};
  const texts = {};
  for (const sub of f.table2) {
    for (const row of sub.rows) {
      const cells = {};
      for (const col of sub.columns) {
        const type = col.value_type ?? sub.value_type;
        let v;
        if (type === 'decimal>=0') {
          const a = wanYuan(rnd, level);
          v = a.value;
          texts[`${row.key}.${col.key}`] = a.text;
        } else if (type === 'int') v = small(0.4, 6) - small(0.3, 4);
        else if (row.key === 'rules') v = level === 'township' || level === 'bureau' ? 0 : small(0.5, col.key === 'in_force' || col.key === 'total_published' ? 40 : 3);
        else if (row.key === 'licensing' || row.key === 'penalty') v = small(0.7, many * 40) + (rnd.chance(0.05) ? 100 : 0);
        else v = small(0.6, many * 3);
        cells[col.key] = v;
      }
      t[row.key] = cells;
    }
  }
  return { table2: t, texts };
}

/** All three tables of a report in the given format (2021 | 2019), with the text of decimal cells. */
export function makeTables(rnd, level, formatId) {
  const f = FORMATS[formatId];
  const { table2: t2, texts } = table2(rnd, level, f);
  return { tables: { table2: t2, table3: table3(rnd, level, f), table4: table4(rnd, level) }, texts };
}
