/**
 * The figures' format shared by eval.mjs (text renderings) and eval-documents.mjs (documents through gknb's readers):
 * one table row per group, and the last line with the figures.
 */

export const header = `${'group'.padEnd(18)} ${'rend.'.padStart(5)} ${'cells'.padStart(8)} ${'all-ok'.padStart(9)} ${'false E'.padStart(7)} ${'false W'.padStart(7)} ${'found'.padStart(8)} ${'mutants'.padStart(8)}`;

/** One row of a table: a group of renderings and its figures. */
export function line(ev, name, rs) {
  const f = ev.figures(rs);
  return [
    name.padEnd(18), String(f.renderings).padStart(5),
    `${ev.pct(f.cellsExact, f.cells)}%`.padStart(8), `${f.renderingsAllCellsExact}/${f.renderings}`.padStart(9),
    String(f.falseErrors).padStart(7), String(f.falseWarnings).padStart(7),
    `${ev.pct(f.found, f.expected)}%`.padStart(8), f.mutants ? `${ev.pct(f.mutantsFound, f.mutants)}%`.padStart(8) : '       -',
  ].join(' ');
}

/** The last line: every figure of a run, comparable with earlier runs. */
export function figuresLine(ev, name, rs, seconds) {
  const f = ev.figures(rs);
  return `${name}: ${f.renderings} renderings · cells exact ${ev.pct(f.cellsExact, f.cells)}% (${f.cellsExact}/${f.cells}) · renderings all cells exact ${f.renderingsAllCellsExact}/${f.renderings} · false errors ${f.falseErrors} · false warnings ${f.falseWarnings} · expected found ${ev.pct(f.found, f.expected)}% (${f.found}/${f.expected}) · mutant recall ${ev.pct(f.mutantsFound, f.mutants)}% (${f.mutantsFound}/${f.mutants})${seconds === undefined ? '' : ` · ${seconds} s`}`;
}

/** The commonest false diagnostics with an example each: where the reader work pays most. */
export function topFalse(results, n = 12) {
  const counts = new Map();
  for (const r of results) {
    for (const d of [...r.falseErrors, ...r.falseWarnings]) {
      const k = `${d.severity} ${d.rule} [${r.layout}]`;
      const c = counts.get(k) ?? { n: 0, example: `${r.id}/${r.layout}:${d.line}` };
      c.n++;
      counts.set(k, c);
    }
  }
  return [...counts].sort((a, b) => b[1].n - a[1].n).slice(0, n);
}

/** Every difference of each rendering from its truth (`--show`): cells, false diagnostics, missed ones. */
export function printDifferences(results) {
  for (const r of results) {
    console.log(`== ${r.id}/${r.layout}  (year ${r.year.got} want ${r.year.want}; format ${r.format.got} want ${r.format.want}; sections ${r.sections.got} want ${r.sections.want})`);
    console.log(`cells: ${r.cellsExact}/${r.cells} exact`);
    for (const m of r.cellMisses) console.log(`  ${m.table}.${m.row}.${m.column}: want ${cellText(m.want)}, got ${cellText(m.got)}`);
    for (const d of r.falseErrors) console.log(`  FALSE ERROR   ${d.line}: ${d.rule}  ${d.message}`);
    for (const d of r.falseWarnings) console.log(`  FALSE WARNING ${d.line}: ${d.rule}  ${d.message}`);
    for (const e of r.missed) console.log(`  MISSED        ${e.severity} ${e.rule} ${JSON.stringify(e.where ?? {})}`);
  }
}

/** A cell as --show prints it: absent (no such row or column read), blank, or its value. */
function cellText(v) {
  return v === undefined ? 'absent' : v === null ? 'blank' : String(v);
}
