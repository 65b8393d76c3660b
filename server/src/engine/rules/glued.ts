/**
 * A report whose text came out glued into one long line: a scraper's get_text() of a page written without line
 * breaks between its tags (…扎实推进政务公开工作。（一）主动公开2022年，…二、主动公开政府信息情况第二十条…). Its parts and
 * tables stand inside that line, where no heading or table is read: what is not read there is not said to be missing.
 */
import { SECTIONS } from '../format';

/** A line this long that holds the headings of three parts or more is a report glued together (a contents line is short). */
const GLUED_MIN = 300;
const GLUED_PARTS = 3;

/**
 * The part's heading anywhere in a line (a line this long is no heading even where it starts one): its numbering, then within a few words the end of its
 * official title (…行政诉讼情况 ends the 2021 title and the 2019 one, 因政府信息公开工作被申请行政复议、提起行政诉讼情况).
 */
function headingIn(line: string, ordinal: string, title: string): boolean {
  const tail = title.slice(-4);
  const head = title.slice(ordinal.length + 1, ordinal.length + 3);
  for (let at = line.indexOf(`${ordinal}、`); at >= 0; at = line.indexOf(`${ordinal}、`, at + 1)) {
    // …or its first words and the last of its end (一、总体工作情况 for 一、总体情况).
    const end = line.startsWith(head, at + ordinal.length + 1) ? line.indexOf(tail.slice(-2), at + 2) : line.indexOf(tail, at + 2);
    if (end >= 0 && end - at <= TITLE_MAX && !/[。；]/.test(line.slice(at, end))) return true;
  }
  return false;
}
const TITLE_MAX = 30;

/** The lines of the text that are a report glued into one line. */
export function gluedLines(lines: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length < GLUED_MIN) continue;
    let parts = 0;
    for (const s of SECTIONS) if (headingIn(line, s.ordinal, s.title)) parts++;
    if (parts >= GLUED_PARTS) out.push(i);
  }
  return out;
}

/** Whether the part's heading stands inside one of the glued lines. */
export function headingGlued(lines: readonly string[], glued: readonly number[], ordinal: string): boolean {
  const title = SECTIONS.find((s) => s.ordinal === ordinal)!.title;
  return glued.some((i) => headingIn(lines[i], ordinal, title));
}
