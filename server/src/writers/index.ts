/** What the editor and the CLI write from a report: a Word document, this year's report from last year's. */
export { writeDocx, FONTS } from './docx';
export { newFromLastYear, PREVIOUS_MARK } from './newyear';
export type { NewYearResult } from './newyear';
