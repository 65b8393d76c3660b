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
  const me = { file: '\0this report', agency, year };
  return previousYears([me, ...candidates]).get(me.file);
}

/**
 * Last year's report of each report, by file: only where the pair is sure — one report of that name for last year
 * and no other for this year. Two of one name (two counties' 城关镇, a draft beside the final) leave whose is whose
 * unknown, and a wrong pair would give false findings. The editor (findPreviousYear) and the CLI both link so.
 */
export function previousYears(reports: IndexedReport[]): Map<string, IndexedReport> {
  const byNameYear = new Map<string, IndexedReport[]>();
  const key = (agency: string, year: number) => `${year} ${agency}`;
  for (const r of reports) {
    const list = byNameYear.get(key(r.agency, r.year));
    if (list) list.push(r);
    else byNameYear.set(key(r.agency, r.year), [r]);
  }
  const links = new Map<string, IndexedReport>();
  for (const me of reports) {
    const last = byNameYear.get(key(me.agency, me.year - 1));
    if (last?.length === 1 && byNameYear.get(key(me.agency, me.year))!.length === 1) links.set(me.file, last[0]);
  }
  return links;
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
