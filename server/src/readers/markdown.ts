/**
 * Writes the report's Markdown from what a reader found — headings, prose, table grids — and keeps, for
 * every line (and every cell of a table line), the source place it came from.
 */
import type { GridCell, SourceMap, SourcePlace } from './types';

export interface LinePlaces { place: SourcePlace; cells?: { start: number; place: SourcePlace }[] }

/** No report table is wider than this; a hostile file's wider rows are cut here (a bound on the work). */
export const MAX_COLUMNS = 200;

/** A picture's line (Word, PDF): a Markdown image the engine reads as a picture, and how a place quotes it. */
export const PICTURE_LINE = '![图片]()';
export const PICTURE_QUOTE = '[图片]';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Joins pieces of one cell or paragraph: no space between Chinese characters, one between words. */
export function joinPieces(pieces: string[]): string {
  let out = '';
  for (const raw of pieces) {
    const p = raw.trim();
    if (!p) continue;
    if (out && !CJK.test(out[out.length - 1]) && !CJK.test(p[0])) out += ' ';
    out += p;
  }
  return out;
}

/** White space of a source cell or line as one space; Markdown's table pipe kept out of cells. */
export function cleanText(s: string): string {
  return s.replace(/[\t\r\n\f\v ]+/g, ' ').replace(/\|/g, '｜').trim();
}

/**
 * Drops the columns that only split merged cells: in every row the cell there continues one from its left
 * or goes on to its right. Word and LibreOffice make such columns around cells of uneven widths (a web page
 * of table 四 may have 16 grid columns for 15 values); a merged cell starting there moves one column right.
 */
export function dropSplitColumns(grid: GridCell[][]): GridCell[][] {
  let rows = grid.map((r) => [...r]);
  for (let c = 0; c < Math.max(0, ...rows.map((r) => r.length)); ) {
    const split = rows.every((row) => !row[c] || row[c].covered === 'left' || row[c + 1]?.covered === 'left');
    if (!split) { c++; continue; }
    rows = rows.map((row) => {
      if (row[c] && row[c].covered !== 'left' && row[c + 1]) row[c + 1] = { ...row[c] };
      return [...row.slice(0, c), ...row.slice(c + 1)];
    });
  }
  return rows;
}

/** A part's numbering and a few words: `二、主动公开政府信息情况` (a row label such as `三、本年度办理结果` has values). */
const PART_HEADING = /^\s*[一二三四五六七八九十]{1,3}\s*[、．.]\s*\S.{0,38}$/;

/**
 * A first row that is one cell across the whole table (the rest merged into it or blank) holding a part's heading; also
 * a table of that row alone (a titled table whose title row a page break left on the page before).
 */
function titleRow(row: GridCell[]): boolean {
  const [first, ...rest] = row;
  return !!first && !first.covered && PART_HEADING.test(cleanText(first.text))
    && rest.every((c) => !c || c.covered === 'left' || !cleanText(c.text));
}

export class MarkdownBuilder {
  private readonly lines: string[] = [];
  private readonly places: LinePlaces[] = [];

  private push(line: string, places: LinePlaces): void {
    this.lines.push(line);
    this.places.push(places);
  }

  private blank(): void {
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.push('', this.places[this.places.length - 1]);
  }

  /** A heading (level 1–6) or, with level 0, a paragraph of prose; blank lines around each. */
  block(text: string, level: number, place: SourcePlace): void {
    const lines = text.split('\n').map((l) => cleanText(l)).filter((l) => l !== '');
    if (!lines.length) return;
    this.blank();
    for (const l of lines) this.push(level > 0 ? `${'#'.repeat(Math.min(level, 6))} ${l}` : l, { place });
    this.blank();
  }

  /** One line as the source has it (a tab-separated table row of a .doc), without blank lines around. */
  line(text: string, place: SourcePlace): void {
    this.push(text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '｜'), { place });
  }

  /**
   * A table grid as a Markdown pipe table. A merged cell's text stays in its first cell, the cells it
   * covers are blank — as the engine reads flattened tables (parent labels on the first row of their group).
   */
  table(grid: GridCell[][], place: SourcePlace): void {
    grid = dropSplitColumns(grid);
    // A part's heading as the table's merged first row (clerks title tables so, often without the heading above):
    // a heading of the report, not a row of the table.
    while (grid.length && titleRow(grid[0])) {
      const cell = grid[0][0];
      this.block(cell.text, 0, cell.place);
      grid = grid.slice(1);
    }
    const width = Math.max(0, ...grid.map((r) => r.length));
    if (!width) return;
    this.blank();
    grid.forEach((row, r) => {
      let line = '|';
      const cells: { start: number; place: SourcePlace }[] = [];
      for (let c = 0; c < width; c++) {
        const cell = row[c];
        const text = cell && !cell.covered ? cleanText(cell.text) : '';
        cells.push({ start: line.length, place: cell?.place ?? { ...place, row: r + 1, column: c + 1 } });
        line += text ? ` ${text} |` : '  |';
      }
      this.push(line, { place: cells[0].place, cells });
      if (r === 0) this.push(`|${'---|'.repeat(width)}`, { place: cells[0].place });
    });
    this.blank();
  }

  result(): { text: string; map: SourceMap } {
    while (this.lines.length && this.lines[this.lines.length - 1] === '') {
      this.lines.pop();
      this.places.pop();
    }
    const map = placesMap(this.places);
    return { text: this.lines.join('\n') + '\n', map };
  }
}

/**
 * The map of a converted document: the place behind each line (and each cell of a table row). Plain data
 * underneath (`places`), so a document read in a worker thread can be sent back and mapped here again.
 */
export function placesMap(places: LinePlaces[]): SourceMap & { places: LinePlaces[] } {
  return {
    places,
    at(line, character = 0) {
      // Past the end (a finding about the whole report points there): the document's last place.
      const p = places[Math.min(line, places.length - 1)];
      if (!p) return undefined;
      if (!p.cells) return p.place;
      let hit = p.cells[0];
      for (const c of p.cells) if (c.start <= character) hit = c;
      return hit.place;
    },
  };
}
