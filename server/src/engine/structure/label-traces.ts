/**
 * Which of a table's rows left no trace of its label in the table's lines: a browser's printout wraps a label over
 * lines of a few characters each, among other cells' lines (属于行 / 政执法案 5 / 卷), so a label is known by any run of
 * three of its characters that no other row's label has. The one row none of whose runs is there, every other row
 * with such runs having one there, is the row the report left out; undefined when that is not so clear.
 */
import { normalizeLabel } from '../text/normalize';

const RUN = 3;
/** A label's numbering (一、 （二） 3.), no trace of the row. */
const NUMBERING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.．])/;

export function rowWithoutTrace(labels: readonly string[], lines: readonly string[], from: number, to: number): number | undefined {
  const runsOf = (label: string) => {
    const chars = [...normalizeLabel(label).replace(NUMBERING, '')];
    const out = new Set<string>();
    for (let k = 0; k + RUN <= chars.length; k++) out.add(chars.slice(k, k + RUN).join(''));
    return out;
  };
  const runs = labels.map(runsOf);
  const count = new Map<string, number>();
  for (const set of runs) for (const r of set) count.set(r, (count.get(r) ?? 0) + 1);
  const text = lines.slice(from, to + 1).map((l) => normalizeLabel(l.replace(/^\f/, ''))).join('\n');
  let without: number | undefined;
  for (const [i, set] of runs.entries()) {
    const own = [...set].filter((r) => count.get(r) === 1);
    if (!own.length) continue;
    if (own.some((r) => text.includes(r))) continue;
    if (without !== undefined) return undefined;
    without = i;
  }
  return without;
}
