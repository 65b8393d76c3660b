/**
 * A parent that is a whole row label only in the other format (links' dump of a two-column label whose vertical parent
 * prints on the leaf's first line: `三、本年度办理结果 （六）其他处理   3 0 …` / `1.申请人无正当理由逾期不补正、…`). 2019's
 * （六）其他处理 is a row of its own, so the first line reads whole; but the line under it is, by itself, a whole label of
 * one of its 2021 leaves, and the two together spell that leaf's label in 2021 only. The numbers are the leaf's.
 */
import { normalizeLabel } from '../text/normalize';
import { lookupDataRow } from './labels';

/**
 * `parent` (with numbers on its line) and `leaf` (a line without numbers right under it) are one 2021 leaf's label:
 * the leaf alone is a whole data-row label, the two together a data row in formats where `parent` alone is none.
 * In a 2019 table （六）其他处理 has no leaves under it, so a real 2019 row is never taken.
 */
export function parentOfOtherFormat(parent: string, leaf: string): boolean {
  const own = lookupDataRow(normalizeLabel(parent));
  if (!own || !lookupDataRow(normalizeLabel(leaf))) return false;
  const joined = lookupDataRow(normalizeLabel(parent + leaf));
  if (!joined) return false;
  const ownFormats = new Set(own.flatMap((r) => r.formats));
  return joined.every((r) => r.formats.every((f) => !ownFormats.has(f)));
}
