/** What the editor and the CLI write from a report: a Word document (this year's report from last year's is ./next-year.ts, used by the server and the CLI). */
export { writeDocx, FONTS } from './docx';
