/**
 * Plain pdftotext of a browser's printout may give a table 二 sub-table's last column after the sub-tables: 规章 / 0 /
 * 0 / 行政规范性文件 9 / 7 / … / 行政事业性收费 259 / … / 现行有效件数 / 6 / 0 — its header alone on a line past every row
 * of the sub-table, then one number per row. The header names the column, the count (every row of the sub-table found,
 * a number for each) confirms the run, and the run is the rows top to bottom, as a column of one sub-table is given.
 */
import type { SubTableDef } from '../format';
import type { FoundRow, TextCell } from '../model';
import { normalizeLabel } from '../text/normalize';
import { RAW_VALUE } from '../tables/rows';

/** How far past the sub-table's last row its parted column's header is looked for. */
const REACH = 60;
/** A part's heading (三、收到和处理…): table 二's lines end there. */
const PART = /^[一二三四五六七八九十]+、/;

/**
 * Per row of a sub-table whose last column the text gives so, that column's cell (none on a line a row took: the
 * numbers are some row's own then).
 */
export function lateColumns(defs: readonly SubTableDef[], found: readonly FoundRow[], lines: readonly string[]): Map<FoundRow, TextCell> {
  const out = new Map<FoundRow, TextCell>();
  // The lines found rows took: wanted only once a sub-table's column is found (most texts have none).
  let taken: Set<number> | undefined;
  // The found rows by key, in their order: each sub-table's rows are the first of their key that is its own or no
  // sub-table's (as a search of `found` for each would give them).
  const byKey = new Map<string, FoundRow[]>();
  for (const x of found) {
    const list = byKey.get(x.key);
    if (list) list.push(x);
    else byKey.set(x.key, [x]);
  }
  // Each line past the rows is read once for all the sub-tables (their scans overlap).
  const facts = new Map<number, LineFacts>();
  for (const def of defs) {
    const label = ownLastLabel(defs, def);
    if (label === undefined) continue;
    // Every row of the sub-table found, or no column is read (each row is the first of its key that is its own or no
    // sub-table's; the first one missing settles it).
    const rows: FoundRow[] = [];
    for (const d of def.rows) {
      const r = byKey.get(d.key)?.find((x) => !x.sub || x.sub === def.key);
      if (!r) break;
      rows.push(r);
    }
    if (rows.length !== def.rows.length) continue;
    const cells = lateColumn(rows, label, lines, facts);
    if (!cells) continue;
    taken ??= new Set(found.flatMap((r) => r.values.map((v) => v.span.line)));
    if (cells.some((c) => taken!.has(c.span.line))) continue;
    rows.forEach((r, k) => out.set(r, cells[k]));
  }
  return out;
}

/**
 * Per sub-table of a format, its last column's label normalised; undefined when the sub-table has fewer than two columns
 * or another sub-table has a column of that label (the header must be this sub-table's own: one another shares says
 * nothing of whose numbers follow). It depends on the format's data alone, so it is worked out once per format.
 */
const ownLastLabels = new WeakMap<readonly SubTableDef[], Map<SubTableDef, string | undefined>>();

function ownLastLabel(defs: readonly SubTableDef[], def: SubTableDef): string | undefined {
  let labels = ownLastLabels.get(defs);
  if (!labels) {
    labels = new Map();
    for (const d of defs) {
      const label = normalizeLabel(d.columns[d.columns.length - 1]?.label ?? '');
      const shared = defs.some((o) => o !== d && o.columns.some((c) => normalizeLabel(c.label) === label));
      labels.set(d, d.columns.length < 2 || shared ? undefined : label);
    }
    ownLastLabels.set(defs, labels);
  }
  return labels.get(def);
}

/** More ideographs than any column label has: a line with more is no header (isLabelLine). */
const IDEOGRAPHS_COUNTED = 32;

/** What the scan for a parted column's header asks of a line: its text (without a form feed, trimmed), normalised when asked. */
interface LineFacts { text: string; part: boolean; ideographs: number; norm?: string }

function lineFacts(lines: readonly string[], i: number, facts: Map<number, LineFacts>): LineFacts {
  let f = facts.get(i);
  if (!f) {
    const line = lines[i];
    const text = (line.charCodeAt(0) === 12 ? line.slice(1) : line).trim();
    // (Counted up to a bound past every label's length: a label longer than it is compared, never missed.)
    let ideographs = 0;
    for (let k = 0; k < text.length && ideographs <= IDEOGRAPHS_COUNTED; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x4e00 && c <= 0x9fff) ideographs++;
    }
    f = { text, part: PART.test(text), ideographs };
    facts.set(i, f);
  }
  return f;
}

/**
 * Whether line i, normalised, is the label. normalizeLabel keeps every CJK unified ideograph (NFKC keeps it and composes
 * it with no neighbour; the other steps drop only white space and marks; 其它 → 其他 keeps the length: the property
 * tested in engine-shortcuts.test.ts): a line with more of them than the label has characters is no match, unread.
 */
function isLabelLine(f: LineFacts, label: string): boolean {
  if (f.ideographs > label.length) return false;
  f.norm ??= normalizeLabel(f.text);
  return f.norm === label;
}

/**
 * The sub-table's last column's numbers, one per row in the rows' order (every row of the sub-table, found), where the
 * text gives them under its header `label` (normalised); else undefined.
 */
function lateColumn(rows: readonly FoundRow[], label: string, lines: readonly string[], facts: Map<number, LineFacts>): TextCell[] | undefined {
  let after = -Infinity;
  for (const r of rows) {
    after = Math.max(after, r.lastLine);
    for (const v of r.values) after = Math.max(after, v.span.line);
  }
  const text = (i: number) => lines[i].replace(/^\f/, '').trim();
  let header = -1;
  for (let i = after + 1; i < Math.min(lines.length, after + REACH); i++) {
    const f = lineFacts(lines, i, facts);
    if (f.part) break;
    if (!isLabelLine(f, label)) continue;
    if (header >= 0) return undefined;
    header = i;
  }
  if (header < 0) return undefined;
  const out: TextCell[] = [];
  for (let i = header + 1; i < lines.length && !lines[i].startsWith('\f'); i++) {
    const t = text(i);
    if (!t) continue;
    if (!RAW_VALUE.test(t)) break;
    const start = lines[i].indexOf(t);
    out.push({ text: t, norm: t, span: { line: i, start, end: start + t.length } });
  }
  return out.length === rows.length ? out : undefined;
}
