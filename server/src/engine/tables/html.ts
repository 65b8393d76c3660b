/**
 * A raw HTML <table> left inside Markdown text: turndown (browser "copy as Markdown" tools) and pandoc keep
 * a table with merged cells as HTML. Its rows are read the way a browser's copy shows them (innerText): one
 * row per <tr>, the cells the row itself holds, blank ones empty — the tab-separated reader's input, which
 * already places rows whose spanned cells are missing. Tags are scanned, never rendered; cell text keeps
 * its place in the line it starts on.
 */
import { normalizeLabel } from '../text/normalize';
import type { TextCell } from '../model';
import type { LogicalRow } from './rows';

const TABLE_START = /^[ \t\u00a0\u3000]*<table[\s>]/i;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(nbsp|amp|lt|gt|quot|apos|ensp|emsp|thinsp|ideographicspace));/g;
const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', thinsp: ' ', ideographicspace: '\u3000' };
const CJK_GAP = /([\u2e80-\u9fff\u3000-\u303f\uff00-\uffef])\s+(?=[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef])/g;
/** A table larger than any report's is not read here (no table of the annex has 200 rows). */
const MAX_ROWS = 200;

function decode(text: string): string {
  return text.replace(ENTITY, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name] ?? all;
    const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** A cell's text as shown: its paragraphs ('\n' between them) joined, white space collapsed, none between Chinese characters. */
function shown(pieces: string[]): string {
  return pieces.join('').split('\n').map((p) => decode(p).replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ').replace(CJK_GAP, '$1');
}

interface OpenCell { line: number; start: number; end: number; pieces: string[]; seen: boolean }

/** Rows of the HTML table starting on line i (lines [i, to)), or undefined when line i starts none. */
export function htmlTableRowsAt(lines: readonly string[], i: number, to: number): { rows: LogicalRow[]; end: number } | undefined {
  // The cheap cue first: this runs for every line of every table region.
  const first = lines[i];
  if (first.indexOf('<') < 0 || !TABLE_START.test(first)) return undefined;
  const rows: LogicalRow[] = [];
  let depth = 0;
  let row: LogicalRow | undefined;
  let cell: OpenCell | undefined;
  const closeCell = () => {
    if (!cell || !row) return;
    const text = shown(cell.pieces);
    const c: TextCell = { text, norm: normalizeLabel(text), span: { line: cell.line, start: cell.start, end: Math.max(cell.start, cell.end) } };
    row.cells.push(c);
    row.lastLine = Math.max(row.lastLine, cell.line);
    cell = undefined;
  };
  const closeRow = () => {
    closeCell();
    if (row && row.cells.length) rows.push(row);
    row = undefined;
  };
  for (let j = i; j < to; j++) {
    const line = lines[j];
    let last = 0;
    TAG.lastIndex = 0;
    const text = (from: number, upto: number) => {
      if (!cell || depth !== 1 || upto <= from) return;
      const piece = line.slice(from, upto);
      cell.pieces.push(piece);
      if (!piece.trim()) return;
      if (!cell.seen) {
        cell.seen = true;
        cell.line = j;
        cell.start = from + piece.search(/\S/);
      }
      if (cell.line === j) cell.end = from + piece.trimEnd().length;
    };
    for (let m = TAG.exec(line); m; m = TAG.exec(line)) {
      text(last, m.index);
      last = m.index + m[0].length;
      const closing = m[1] === '/';
      const name = m[2].toLowerCase();
      if (name === 'table') {
        if (closing) {
          if (--depth === 0) {
            closeRow();
            return rows.length ? { rows, end: j + 1 } : undefined;
          }
        } else {
          depth++;
          // A table inside a cell is part of that cell's text.
          if (depth > 1 && cell) cell.pieces.push('\n');
        }
        continue;
      }
      if (depth !== 1) continue;
      if (name === 'tr' && !closing) {
        closeRow();
        if (rows.length >= MAX_ROWS) return undefined;
        row = { cells: [], style: 'tab', firstLine: j, lastLine: j };
      } else if (name === 'tr') {
        closeRow();
      } else if ((name === 'td' || name === 'th') && !closing) {
        closeCell();
        row ??= { cells: [], style: 'tab', firstLine: j, lastLine: j };
        cell = { line: j, start: last, end: last, pieces: [], seen: false };
      } else if (name === 'td' || name === 'th') {
        closeCell();
      } else if (cell && (name === 'p' || name === 'br' || name === 'div')) {
        // Paragraphs in one cell: one text, as the browser copy reads them.
        cell.pieces.push('\n');
      }
    }
    text(last, line.length);
    // A source line break is white space.
    if (cell) cell.pieces.push(' ');
  }
  // No closing tag within the region: not a table this reader can vouch for.
  return undefined;
}
