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
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;
/** The named entities content systems write in report tables (others are left as written). */
const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', thinsp: ' ',
  ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019', middot: '\u00b7', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', times: '\u00d7',
};
const CJK_GAP = /([\u2e80-\u9fff\u3000-\u303f\uff00-\uffef])\s+(?=[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef])/g;
/** A table larger than any report's is not read here (no table of the annex has 200 rows). */
const MAX_ROWS = 200;
/** Lines one table may take (pandoc writes a few per cell). */
const MAX_LINES = 20000;
const TABLE_TAG = /<(\/?)table\b[^>]*>/gi;

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

/** Whether the line starts an HTML table. */
export function startsHtmlTable(line: string): boolean {
  return line.indexOf('<') >= 0 && TABLE_START.test(line);
}

/** Rows of the HTML table starting on line i (lines [i, to)), or undefined when line i starts none. */
export function htmlTableRowsAt(lines: readonly string[], i: number, to: number): { rows: LogicalRow[]; end: number } | undefined {
  // The cheap cue first: this runs for every line of every table region.
  const first = lines[i];
  if (first.indexOf('<') < 0 || !TABLE_START.test(first)) return undefined;
  // The table's lines joined (pandoc wraps tags over lines); starts[k]: where line i+k begins in `src`.
  const starts: number[] = [];
  let src = '';
  let end = i;
  for (; end < to && end - i <= MAX_LINES; end++) {
    starts.push(src.length);
    src += lines[end] + '\n';
    if (lines[end].indexOf('</table') >= 0 && closesTable(src)) break;
  }
  if (end >= to || end - i > MAX_LINES) return undefined;
  const place = (offset: number): { line: number; col: number } => {
    let k = starts.length - 1;
    while (k > 0 && starts[k] > offset) k--;
    return { line: i + k, col: offset - starts[k] };
  };
  const rows: LogicalRow[] = [];
  let depth = 0;
  let row: LogicalRow | undefined;
  let cell: { from: number; pieces: string[]; first?: number; last?: number } | undefined;
  const closeCell = () => {
    if (!cell || !row) return;
    const text = shown(cell.pieces);
    const a = place(cell.first ?? cell.from);
    const b = cell.last !== undefined ? place(cell.last) : a;
    const c: TextCell = { text, norm: normalizeLabel(text), span: { line: a.line, start: a.col, end: b.line === a.line ? b.col : lines[a.line].length } };
    row.cells.push(c);
    row.lastLine = Math.max(row.lastLine, b.line);
    cell = undefined;
  };
  const closeRow = () => {
    closeCell();
    if (row && row.cells.length) rows.push(row);
    row = undefined;
  };
  const text = (from: number, upto: number) => {
    if (!cell || depth !== 1 || upto <= from) return;
    const piece = src.slice(from, upto);
    cell.pieces.push(piece);
    const lead = piece.search(/\S/);
    if (lead < 0) return;
    cell.first ??= from + lead;
    cell.last = from + piece.trimEnd().length;
  };
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(src); m; m = TAG.exec(src)) {
    text(last, m.index);
    last = m.index + m[0].length;
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (name === 'table') {
      if (!closing) {
        depth++;
        // A table inside a cell is part of that cell's text.
        if (depth > 1 && cell) cell.pieces.push('\n');
      } else if (--depth === 0) {
        closeRow();
        return rows.length ? { rows, end: end + 1 } : undefined;
      }
      continue;
    }
    if (depth !== 1) continue;
    if (name === 'tr') {
      closeRow();
      if (!closing) {
        if (rows.length >= MAX_ROWS) return undefined;
        row = { cells: [], style: 'tab', firstLine: place(m.index).line, lastLine: place(m.index).line };
      }
    } else if (name === 'td' || name === 'th') {
      closeCell();
      if (!closing) {
        row ??= { cells: [], style: 'tab', firstLine: place(m.index).line, lastLine: place(m.index).line };
        cell = { from: last, pieces: [] };
      }
    } else if (cell && (name === 'p' || name === 'br' || name === 'div')) {
      // Paragraphs in one cell: one text, as the browser copy reads them.
      cell.pieces.push('\n');
    }
  }
  return undefined;
}

/** Whether the tags so far close every <table> they open. */
function closesTable(src: string): boolean {
  let depth = 0;
  for (const m of src.matchAll(TABLE_TAG)) depth += m[1] ? -1 : 1;
  return depth <= 0;
}
