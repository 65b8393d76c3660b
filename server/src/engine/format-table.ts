/**
 * Table formatting ("格式化表格" and the range formatter): tables only, never a value or a label.
 *
 * - Markdown pipe tables are aligned by display width (a Chinese character is two columns, see
 *   text/width.ts): `| 行政许可 | 56 |` rows get padded cells and the delimiter row dashes to match,
 *   keeping its alignment colons (cells follow them: `---:` right-aligns the column).
 * - Tab-separated rows (and one-cell-per-line rows) lose the spaces, NBSP and U+3000 around their
 *   cells, trailing white space included; the tabs themselves (empty cells too) stay.
 *
 * Every line keeps its lexed kind and every cell its text, so the parsed report is the same (the
 * property test checks it), and formatting twice changes nothing more. A pipe table with an escaped
 * `\|` is left alone: the parser splits it where Markdown does not, so re-spacing it would change how
 * it renders. Space-aligned rows (PDF text) are not touched.
 */
import type { TextEdit } from './rules/types';
import { LineKind, LineToken } from './text/lines';
import { displayWidth } from './text/width';

export interface TableFormatRange {
  /** First and last line (0-based, inclusive) to format; a pipe table they touch is formatted whole. */
  startLine: number;
  endLine: number;
}

/** White space the parser trims around a cell (text/lines.ts isSpace), for pipe cells. */
const PIPE_TRIM = /^[ \t\u00a0\u3000\ufeff\r\n\u200b]+|[ \t\u00a0\u3000\ufeff\r\n\u200b]+$/g;
/** White space removed around tab-separated cells: spaces, NBSP and the ideographic space. */
const TAB_TRIM = /^[ \u00a0\u3000]+|[ \u00a0\u3000]+$/g;

type Align = 'none' | 'left' | 'right' | 'center';

interface PipeRow { line: number; indent: string; cells: string[]; delimiter?: Align[] }

function splitPipeRow(line: string): { indent: string; cells: string[] } {
  const first = line.indexOf('|');
  const parts = line.slice(first + 1).split('|');
  // Like the lexer: what follows the last pipe is a cell unless the line ends with the pipe.
  if (line.trimEnd().endsWith('|')) parts.pop();
  return { indent: line.slice(0, first), cells: parts.map((p) => p.replace(PIPE_TRIM, '')) };
}

function alignOf(cell: string): Align {
  const l = cell.startsWith(':');
  const r = cell.endsWith(':');
  return l && r ? 'center' : r ? 'right' : l ? 'left' : 'none';
}

function pad(text: string, width: number, align: Align): string {
  const room = Math.max(0, width - displayWidth(text));
  if (align === 'right') return ' '.repeat(room) + text;
  if (align === 'center') return ' '.repeat(room >> 1) + text + ' '.repeat(room - (room >> 1));
  return text + ' '.repeat(room);
}

function dashes(width: number, align: Align): string {
  if (align === 'center') return ':' + '-'.repeat(width - 2) + ':';
  if (align === 'left') return ':' + '-'.repeat(width - 1);
  if (align === 'right') return '-'.repeat(width - 1) + ':';
  return '-'.repeat(width);
}

/** The aligned lines of one pipe table (lines [first, last]), or undefined to leave it as it is. */
function alignPipeTable(lines: readonly string[], lexed: readonly LineToken[], first: number, last: number): Map<number, string> | undefined {
  const rows: PipeRow[] = [];
  for (let i = first; i <= last; i++) {
    if (lines[i].includes('\\|')) return undefined;
    const { indent, cells } = splitPipeRow(lines[i]);
    if (lexed[i].kind === LineKind.PipeDelimiter) rows.push({ line: i, indent, cells, delimiter: cells.map(alignOf) });
    else rows.push({ line: i, indent, cells });
  }
  const delimiter = rows.find((r) => r.delimiter)?.delimiter ?? [];
  const columns = Math.max(...rows.map((r) => r.cells.length));
  const widths: number[] = [];
  for (let c = 0; c < columns; c++) {
    let w = delimiter[c] === 'center' ? 4 : 3;
    for (const r of rows) if (!r.delimiter && c < r.cells.length) w = Math.max(w, displayWidth(r.cells[c]));
    widths.push(w);
  }
  const out = new Map<number, string>();
  for (const r of rows) {
    if (!r.cells.length) continue;
    const body = r.delimiter
      ? r.delimiter.map((a, c) => ` ${dashes(Math.max(widths[c], a === 'center' ? 4 : 3), a)} `)
      : r.cells.map((cell, c) => ` ${pad(cell, widths[c], delimiter[c] ?? 'none')} `);
    out.set(r.line, `${r.indent}|${body.join('|')}|`);
  }
  return out;
}

function tidyTabRow(line: string): string {
  return line.split('\t').map((cell) => cell.replace(TAB_TRIM, '')).join('\t');
}

/** Edits that format the tables of a document (all of them, or those a line range touches). */
export function formatTables(lines: readonly string[], lexed: readonly LineToken[], range?: TableFormatRange): TextEdit[] {
  const from = Math.max(0, range?.startLine ?? 0);
  const to = Math.min(lines.length - 1, range?.endLine ?? lines.length - 1);
  const edits: TextEdit[] = [];
  const replace = (line: number, text: string) => {
    if (text !== lines[line]) edits.push({ range: { start: { line, character: 0 }, end: { line, character: lines[line].length } }, newText: text });
  };
  const isPipe = (i: number) => lexed[i]?.kind === LineKind.Pipe || lexed[i]?.kind === LineKind.PipeDelimiter;
  for (let i = from; i <= to; i++) {
    const kind = lexed[i]?.kind;
    if (isPipe(i)) {
      let first = i;
      while (first > 0 && isPipe(first - 1)) first--;
      let last = i;
      while (last + 1 < lines.length && isPipe(last + 1)) last++;
      const aligned = last > first ? alignPipeTable(lines, lexed, first, last) : undefined;
      if (aligned) for (const [line, text] of aligned) replace(line, text);
      i = last;
    } else if (kind === LineKind.Tabbed || kind === LineKind.OneCell) {
      replace(i, tidyTabRow(lines[i]));
    }
  }
  return edits;
}
