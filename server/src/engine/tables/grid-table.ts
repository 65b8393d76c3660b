/**
 * pandoc's grid tables (its Markdown of a Word table whose cells hold more than one paragraph): rows between
 * border lines `+----+----+` (`+====+` under a header), each row over one or more `| … | … |` lines whose
 * cells are wrapped within their column (`| 行政规范性 |` / `| 文件 |`). A row is its columns' pieces joined.
 */
import { normalizeLabel } from '../text/normalize';
import type { TextCell } from '../model';
import type { LogicalRow } from './rows';

const BORDER = /^[ \t]*\+(?:[-=:]+\+)+[ \t]*$/;
const CONTENT = /^[ \t]*\|.*\|[ \t]*$/;
const CJK = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** The pieces of one content line between its pipes (pandoc writes no pipe inside a grid table's cell). */
function pieces(line: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let at = line.indexOf('|');
  for (let next = line.indexOf('|', at + 1); next >= 0; at = next, next = line.indexOf('|', at + 1)) {
    const raw = line.slice(at + 1, next);
    const text = raw.trim();
    out.push({ text, start: at + 1 + raw.indexOf(text) });
  }
  return out;
}

/** Two pieces of one wrapped cell: no space between Chinese text (a label cut anywhere), one between words. */
function joinPiece(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return CJK.test(a[a.length - 1]) || CJK.test(b[0]) ? a + b : `${a} ${b}`;
}

/** The rows of a grid table whose top border is line i, or undefined when line i starts none. */
/** How many lines a grid table's title row may take (pandoc wraps the title within its first column, one character per line in a narrow 序号 column). */
const TITLE_LINES = 24;

/**
 * The text of a grid table's first row when the table starts on line i (its top border) and only its first cell holds
 * text (a merged title row: pandoc writes its text in the first column, wrapped: | 二、主动 | / | 公开政府信息情况 |).
 */
export function gridTitleText(lines: readonly string[], i: number): string | undefined {
  // (Asked of every line by the block scan: a border starts with + at once.)
  if (lines[i].charCodeAt(0) !== 43 || !BORDER.test(lines[i])) return undefined;
  // The table's first row only: one below the header (pandoc puts Word's repeated header rows first) would cut the
  // table in two, its header apart from its rows.
  if (i > 0 && CONTENT.test(lines[i - 1])) return undefined;
  let text = '';
  for (let j = i + 1; j < lines.length && j <= i + TITLE_LINES; j++) {
    if (BORDER.test(lines[j])) return text || undefined;
    if (!CONTENT.test(lines[j])) return undefined;
    const [first, ...rest] = pieces(lines[j]);
    if (!first || rest.some((p) => p.text)) return undefined;
    text = joinPiece(text, first.text);
  }
  return undefined;
}

export function gridTableRowsAt(lines: readonly string[], i: number, to: number): { rows: LogicalRow[]; end: number } | undefined {
  // The cheap cue first (asked of every line of a block): a border starts with `+`.
  const first = lines[i];
  const lead = first.length - first.trimStart().length;
  // (A blank line is no border: charCodeAt is never asked past the end, which deoptimises.)
  if (lead === first.length || first.charCodeAt(lead) !== 43 || !BORDER.test(first) || i + 1 >= to || !CONTENT.test(lines[i + 1])) return undefined;
  const columns = first.split('+').length - 2;
  const rows: LogicalRow[] = [];
  let cells: TextCell[] | undefined;
  let firstLine = i + 1;
  let j = i + 1;
  for (; j < to; j++) {
    const line = lines[j];
    if (BORDER.test(line)) {
      if (cells) rows.push({ cells, style: 'pipe', firstLine, lastLine: j - 1 });
      cells = undefined;
      continue;
    }
    if (!CONTENT.test(line)) break;
    const ps = pieces(line);
    // A line whose pipes do not make the table's columns is no line of it.
    if (ps.length !== columns) break;
    if (!cells) {
      firstLine = j;
      cells = ps.map((p) => ({ text: '', norm: '', span: { line: j, start: p.start, end: p.start } }));
    }
    ps.forEach((p, k) => {
      if (!p.text) return;
      const c = cells![k];
      if (!c.text) c.span = { line: j, start: p.start, end: p.start + p.text.length };
      else c.bordered = true;
      c.text = joinPiece(c.text, p.text);
      c.norm = normalizeLabel(c.text);
    });
  }
  // A table ends on its bottom border: rows after a border left open are not read as its rows.
  return rows.length ? { rows, end: cells ? firstLine : j } : undefined;
}
