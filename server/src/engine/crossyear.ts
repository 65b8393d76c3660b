/**
 * Reports of the same agency across years: who wrote a report (the agency in its title) and for
 * which year, so last year's report can be found among many files.
 */
import type { ReportModel } from './model';

const SUFFIX = /(?:政府信息公开)?(?:工作)?(?:年度)?(?:工作)?报告$/;
const CUT_SUFFIX = /政府信息公开(?:工作)?(?:年度)?$/;
/** The end of a title on a line of its own, wrapped off the line above. */
const WRAPPED_END = /^(?:政府信息公开)?(?:工作)?(?:年度)?(?:工作)?报告$/;

/** The agency named in a title, normalised so "××镇人民政府" and "××镇" match. */
export function agencyOf(model: ReportModel): string | undefined {
  const t = model.title;
  if (!t) return undefined;
  const agency = t.norm
    .replace(/((?:19|20)\d{2})年度?/, '')
    // A title wrapped before its end (PDF text) ends without 报告: the same agency all the same.
    .replace(/报告$/.test(t.norm) ? SUFFIX : CUT_SUFFIX, '')
    .replace(/^关于/, '')
    .replace(/(?:人民政府|政府)$/, '');
  return agency.length >= 2 ? agency : undefined;
}

export interface IndexedReport { file: string; agency: string; year: number }

/** The report of the same agency for the year before, among the other reports given (when the pair is sure). */
export function findPreviousYear(model: ReportModel, candidates: IndexedReport[]): IndexedReport | undefined {
  const agency = agencyOf(model);
  const year = model.year;
  if (!agency || !year) return undefined;
  // Two of that name for last year, or another of that name for this year (two counties' 城关镇, a draft beside
  // the final): which is whose is not known. (The CLI's previousYearLinks decides the same way.)
  if (candidates.some((c) => c.agency === agency && c.year === year)) return undefined;
  const found = candidates.filter((c) => c.agency === agency && c.year === year - 1);
  return found.length === 1 ? found[0] : undefined;
}

/** A cheap look at a file's head: the title line's agency and year, without parsing the report. */
export function indexHead(file: string, head: string): IndexedReport | undefined {
  const lines = head.split(/\r\n|\r|\n/).slice(0, 16).map((line) => line.normalize('NFKC').replace(/[\s#*\ufeff]/g, ''));
  for (let i = 0; i < Math.min(lines.length, 15); i++) {
    let norm = lines[i];
    // A title wrapped before its end (PDF text: `…2024 年政府信息公开` / `工作年度报告`) is read joined.
    if (!/报告$/.test(norm) && WRAPPED_END.test(lines[i + 1] ?? '')) norm += lines[i + 1];
    if (!/报告$/.test(norm) || !norm.includes('政府信息公开')) continue;
    const y = /((?:19|20)\d{2})年/.exec(norm);
    if (!y) return undefined;
    const agency = norm.replace(/((?:19|20)\d{2})年度?/, '').replace(SUFFIX, '').replace(/^关于/, '').replace(/(?:人民政府|政府)$/, '');
    return agency.length >= 2 ? { file, agency, year: Number(y[1]) } : undefined;
  }
  return undefined;
}
