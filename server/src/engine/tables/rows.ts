/**
 * Logical rows: the cells of one table row whatever the layout — one line of tabs, pipes or
 * spaced columns, or a group of one-cell lines (Word copy) with wrapped cells joined back.
 */
import { LineKind, LineToken } from '../text/lines';
import { normalizeLabel } from '../text/normalize';
import { isProse } from './labels';
import { readGridAt } from './grid';
import { sequenceRowsAt, webRowsAt } from './cell-lines';
import type { TableStyle, TextCell } from '../model';

export interface LogicalRow {
  cells: TextCell[];
  /** 'prose': a sentence, which names no label; it only separates table rows (no cells are made). */
  style: TableStyle | 'text' | 'prose';
  firstLine: number;
  lastLine: number;
  /** Values read from PDF text whose columns could not be decided by position (see grid.ts). */
  uncertain?: boolean;
}

const NO_CELLS: TextCell[] = [];

function cell(text: string, line: number, start: number, end: number): TextCell {
  return { text, norm: normalizeLabel(text), span: { line, start, end } };
}

/**
 * Rows of lines [from, to) — `lex[i]` is the token of line i (`lines[i]` its text, for the positional
 * reader of PDF tables). Section headings end nothing here.
 */
export function buildRows(lex: LineToken[], from: number, to: number, lines?: readonly string[]): LogicalRow[] {
  const rows: LogicalRow[] = [];
  let group: LogicalRow | undefined;
  const closeGroup = () => {
    if (group) rows.push(group);
    group = undefined;
  };
  for (let i = from; i < to; i++) {
    const tok = lex[i];
    const grid = webRowsAt(lex, i, to, lines) ?? sequenceRowsAt(lex, i, to, lines) ?? readGridAt(lex, i, to, lines);
    if (grid) {
      closeGroup();
      for (const r of grid.rows) rows.push(r);
      i = grid.end - 1;
      continue;
    }
    switch (tok.kind) {
      case LineKind.OneCell: {
        const c = tok.cells![0];
        if (!group) group = { cells: [], style: 'cells', firstLine: i, lastLine: i };
        group.cells.push(cell(c.text, i, c.start, c.end));
        group.lastLine = i;
        break;
      }
      case LineKind.Text: {
        const c = tok.cells![0];
        // Inside a one-cell group, a line without the leading tab continues the cell above (商业 / 企业).
        if (group && !tok.sub && c.text.length <= 20) {
          const last = group.cells[group.cells.length - 1];
          last.text += c.text;
          last.norm = normalizeLabel(last.text);
          group.lastLine = i;
          break;
        }
        closeGroup();
        if (!tok.sub && isProse(c.text)) rows.push({ cells: NO_CELLS, style: 'prose', firstLine: i, lastLine: i });
        else rows.push({ cells: [cell(c.text, i, c.start, c.end)], style: 'text', firstLine: i, lastLine: i });
        break;
      }
      case LineKind.Tabbed:
      case LineKind.Pipe:
      case LineKind.Spaced:
        closeGroup();
        rows.push({
          cells: tok.cells!.map((c) => cell(c.text, i, c.start, c.end)),
          style: tok.kind === LineKind.Tabbed ? 'tab' : tok.kind === LineKind.Pipe ? 'pipe' : 'spaced',
          firstLine: i,
          lastLine: i,
        });
        break;
      case LineKind.PipeDelimiter:
      case LineKind.PageNumber:
        // A page break inside a group does not end the row (seed 004 row 5).
        break;
      default:
        closeGroup();
    }
  }
  closeGroup();
  return rows;
}
