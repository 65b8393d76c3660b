/** The running head a PDF page starts with: read by the blocks (no content) and by the prose (a sentence runs on across it). */
import { normalizeLabel } from '../text/normalize';

/**
 * A page of PDF text starting with the report's title again (…工作年度报告), or the agency and the year far apart
 * (某某局        2023年度): the page's running head, no content.
 */
export function isRunningHead(line: string): boolean {
  if (line.charCodeAt(0) !== 12 || line.length > RUNNING_TITLE_LENGTH || SENTENCE_MARK.test(line)) return false;
  return RUNNING_AGENCY.test(line) || RUNNING_TITLE.test(normalizeLabel(line));
}
const RUNNING_AGENCY = /^\f\s*[\u4e00-\u9fff]{2,30}\s{2,}(?:19|20)\d{2}\s*年度?\s*$/;
const RUNNING_TITLE = /(?:年度报告|工作报告)$/;
const RUNNING_TITLE_LENGTH = 60;
const SENTENCE_MARK = /[。；，,;]/;
