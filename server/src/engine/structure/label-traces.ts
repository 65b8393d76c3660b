/**
 * Which of a table's rows left no trace of its label in the table's lines: a browser's printout wraps a label over
 * lines of a few characters each, among other cells' lines (属于行 / 政执法案 5 / 卷), so a label is known by any run of
 * three of its characters that no other row's label has. The one row none of whose runs is there, every other row
 * with such runs having one there, is the row the report left out; undefined when that is not so clear. A narrower
 * printout wraps labels two characters a line (`于国` / `家秘` / `密`): where the lines taken one by one leave more
 * than one row without a trace, runs are looked for across the lines, read one after another without their numbers.
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
  const own = runs.map((set) => [...set].filter((r) => count.get(r) === 1));
  const lineByLine = lines.slice(from, to + 1).map((l) => normalizeLabel(l.replace(/^\f/, '')));
  return untraced(own, lineByLine.join('\n')) ?? untraced(own, lineByLine.map((l) => l.replace(/[0-9.\s]/g, '')).join(''));
}

/** The one row with runs of its own none of which is in `text`, when exactly one. */
function untraced(own: readonly string[][], text: string): number | undefined {
  let without: number | undefined;
  for (const [i, runs] of own.entries()) {
    if (!runs.length || runs.some((r) => text.includes(r))) continue;
    if (without !== undefined) return undefined;
    without = i;
  }
  return without;
}
