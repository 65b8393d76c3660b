/**
 * Tables 二 and 四 kept across versions while a keystroke changes another table (typing in a table 三 cell): a
 * table is rebuilt when its own fragments changed or moved, when what it takes from the others changed (the
 * format, glued runs, table 三's order), or when its lines or the lines with text next to them changed. Only
 * grid text (tabs, pipes, a cell per line) is kept so: PDF text in stream order is read with the whole text's
 * page numbers and printout furniture, and is rebuilt on every change of any table, as before.
 */
import type { TableFragment } from '../model';

const keys = new WeakMap<object, string>();

/**
 * Whether every table of the text is a grid read from its own lines: no row of PDF text (spaced; its numbers may be
 * looked for on the lines below), none in stream order. (A fragment may still be called spaced after its first row,
 * a sub-table's title on a line of its own.)
 */
export function gridTablesOnly(fragments: readonly TableFragment[]): boolean {
  for (const f of fragments) {
    if (f.scrambled) return false;
    for (const r of f.rows) if (r.scrambled || r.style === 'spaced') return false;
  }
  return true;
}

/**
 * What a table is built from, as one string: the shared facts, its fragments (ids and places) and the text of
 * its lines from the line with text before the first to the line with text after the last.
 */
export function tableInputs(parts: readonly TableFragment[], shared: string, lines: readonly string[]): string {
  if (!parts.length) return shared;
  let from = parts[0].firstLine;
  let to = from;
  let ids = '';
  for (const p of parts) {
    ids += `${p.id}@${p.firstLine},`;
    from = Math.min(from, p.firstLine);
    to = Math.max(to, p.lastLine);
    for (const h of p.headers) to = Math.max(to, h.span.line);
    for (const r of p.rows) for (const v of r.values) to = Math.max(to, v.span.line);
    for (const v of p.bareValues ?? []) to = Math.max(to, v.span.line);
    if (p.bareLine !== undefined) to = Math.max(to, p.bareLine);
  }
  from = Math.max(0, from - 1);
  while (from > 0 && !lines[from].trim()) from--;
  to = Math.min(lines.length - 1, to + 1);
  while (to < lines.length - 1 && !lines[to].trim()) to++;
  return `${shared}|${ids}|${from}|${lines.slice(from, to + 1).join('\n')}`;
}

/**
 * The table built last time from the same inputs, else a new one, remembered with its inputs when `keepable` says
 * it read nothing beyond them (asked only then: the same inputs give the same answer).
 */
export function reuseTable<T extends object>(previous: T | undefined, inputs: string | undefined, build: () => T | undefined, keepable: () => boolean): T | undefined {
  if (inputs === undefined) return build();
  if (previous && keys.get(previous) === inputs) return previous;
  const table = build();
  if (table && keepable()) keys.set(table, inputs);
  return table;
}
