/**
 * Table 四's numbers each alone on its line in plain pdftotext of a browser's printout come in the order the PDF drew
 * them, which may set one narrow column's count out of place: `1 0 0 0 1 2 0 …` for `1 0 0 1 2 0 …` (variant seed 9911
 * v037 print-html-raw), where the groups read in the text's order give 行政复议 1 for 2 and 未经复议直接起诉 a failing
 * sum. When one count moved elsewhere in the row makes every group hold, the failing sum may be that order rather
 * than the report's mistake: the order is not proven.
 */
import { groupsHold } from './glued';

/** Whether table 四's row fails a group's sum and, with one of its counts moved to another place, holds every group's. */
export function holdsWithOneMoved(values: readonly number[]): boolean {
  if (!values.length || values.length % 5 || values.some((v) => !Number.isInteger(v) || v < 0)) return false;
  if (groupsHold([...values])) return false;
  for (let from = 0; from < values.length; from++) {
    const rest = [...values.slice(0, from), ...values.slice(from + 1)];
    for (let to = 0; to < values.length; to++) {
      if (to === from) continue;
      if (groupsHold([...rest.slice(0, to), values[from], ...rest.slice(to)])) return true;
    }
  }
  return false;
}
