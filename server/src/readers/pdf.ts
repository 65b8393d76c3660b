/**
 * PDF with a text layer, read with pdfjs-dist (Mozilla's PDF.js, legacy build for Node; loaded only here).
 * Text comes from the glyph positions: items on one baseline make a line, lines make paragraphs. Where the
 * page draws cell borders, the ruling lines make the table grid — as pdfplumber and Camelot's lattice mode
 * do: the lines' x and y positions are the grid, a missing border between two grid cells merges them, and
 * each glyph run goes to the cell its middle falls in.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MarkdownBuilder, joinPieces, PICTURE_LINE, PICTURE_QUOTE } from './markdown';
import { ReaderError } from './messages';
import { inThreadPorts } from './pdf-port';
import type { GridCell, ReadResult, SourcePlace } from './types';

/** Points: positions closer than this are the same line (PDF producers draw borders in several pieces). */
const SNAP = 2;

interface Item { str: string; x: number; y: number; w: number; size: number }
interface Segment { x1: number; y1: number; x2: number; y2: number }
interface Lattice { xs: number[]; ys: number[]; h: Segment[]; v: Segment[]; top: number; bottom: number; left: number; right: number }

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Points: a picture at least this wide and high may be a table published as an image (a seal or a logo is smaller). */
const PICTURE_WIDTH = 200;
const PICTURE_HEIGHT = 60;

/**
 * Horizontal and vertical strokes (and thin filled rectangles) of a page's drawing operators, and the tops of
 * the pictures large enough to be a table drawn as an image.
 */
function drawing(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>): { rulings: Segment[]; pictures: number[] } {
  const out: Segment[] = [];
  const pictures: number[] = [];
  const images = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintJpegXObject, OPS.paintImageXObjectRepeat]);
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let pending: Segment[] = [];
  let rects: Segment[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as any[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === OPS.constructPath) {
      const [sub, coords] = args as [number[], number[]];
      let k = 0;
      let cur: [number, number] = [0, 0];
      let start = cur;
      for (const op of sub) {
        if (op === OPS.moveTo) { cur = start = apply(ctm, coords[k], coords[k + 1]); k += 2; }
        else if (op === OPS.lineTo) {
          const next = apply(ctm, coords[k], coords[k + 1]);
          k += 2;
          pending.push({ x1: cur[0], y1: cur[1], x2: next[0], y2: next[1] });
          cur = next;
        } else if (op === OPS.rectangle) {
          const [x, y] = apply(ctm, coords[k], coords[k + 1]);
          const [x2, y2] = apply(ctm, coords[k] + coords[k + 2], coords[k + 1] + coords[k + 3]);
          k += 4;
          rects.push({ x1: Math.min(x, x2), y1: Math.min(y, y2), x2: Math.max(x, x2), y2: Math.max(y, y2) });
        } else if (op === OPS.closePath) {
          pending.push({ x1: cur[0], y1: cur[1], x2: start[0], y2: start[1] });
          cur = start;
        } else if (op === OPS.curveTo) k += 6;
        else if (op === OPS.curveTo2 || op === OPS.curveTo3) k += 4;
      }
    } else if (fn === OPS.stroke || fn === OPS.closeStroke || fn === OPS.fillStroke || fn === OPS.eoFillStroke || fn === OPS.closeFillStroke || fn === OPS.closeEOFillStroke) {
      out.push(...pending);
      for (const r of rects) out.push({ x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y1 }, { x1: r.x1, y1: r.y2, x2: r.x2, y2: r.y2 }, { x1: r.x1, y1: r.y1, x2: r.x1, y2: r.y2 }, { x1: r.x2, y1: r.y1, x2: r.x2, y2: r.y2 });
      pending = [];
      rects = [];
    } else if (fn === OPS.fill || fn === OPS.eoFill) {
      // A thin filled rectangle is a border drawn as a bar (Word's PDF export draws cell borders so).
      for (const r of rects) {
        if (r.y2 - r.y1 <= SNAP && r.x2 - r.x1 > SNAP) out.push({ x1: r.x1, y1: (r.y1 + r.y2) / 2, x2: r.x2, y2: (r.y1 + r.y2) / 2 });
        else if (r.x2 - r.x1 <= SNAP && r.y2 - r.y1 > SNAP) out.push({ x1: (r.x1 + r.x2) / 2, y1: r.y1, x2: (r.x1 + r.x2) / 2, y2: r.y2 });
      }
      pending = [];
      rects = [];
    } else if (fn === OPS.endPath) {
      pending = [];
      rects = [];
    } else if (images.has(fn)) {
      // An image fills the unit square of the current transformation.
      const [x1, y1] = apply(ctm, 0, 0);
      const [x2, y2] = apply(ctm, 1, 1);
      if (Math.abs(x2 - x1) >= PICTURE_WIDTH && Math.abs(y2 - y1) >= PICTURE_HEIGHT) pictures.push(Math.max(y1, y2));
    }
  }
  return { rulings: out, pictures };
}

/** Sorted distinct positions, those within SNAP of each other taken as one. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (!out.length || v - out[out.length - 1] > SNAP) out.push(v);
  return out;
}

/** Groups of crossing horizontal and vertical lines: each is one table. */
function lattices(segments: Segment[]): Lattice[] {
  const h = segments.filter((s) => Math.abs(s.y1 - s.y2) <= 0.5 && Math.abs(s.x1 - s.x2) > SNAP).map((s) => ({ x1: Math.min(s.x1, s.x2), x2: Math.max(s.x1, s.x2), y1: s.y1, y2: s.y1 }));
  const v = segments.filter((s) => Math.abs(s.x1 - s.x2) <= 0.5 && Math.abs(s.y1 - s.y2) > SNAP).map((s) => ({ x1: s.x1, x2: s.x1, y1: Math.min(s.y1, s.y2), y2: Math.max(s.y1, s.y2) }));
  // Union of the lines that touch: a table is a connected set of borders.
  const all = [...h, ...v];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      const a = h[i];
      const b = v[j];
      if (b.x1 >= a.x1 - SNAP && b.x1 <= a.x2 + SNAP && a.y1 >= b.y1 - SNAP && a.y1 <= b.y2 + SNAP) parent[find(i)] = find(h.length + j);
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  all.forEach((s, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (i < h.length ? g.h : g.v).push(s);
    groups.set(find(i), g);
  });
  const out: Lattice[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const xs = cluster(g.v.map((s) => s.x1));
    const ys = cluster(g.h.map((s) => s.y1)).reverse(); // top first
    if (xs.length < 2 || ys.length < 2) continue;
    out.push({ xs, ys, h: g.h, v: g.v, top: ys[0], bottom: ys[ys.length - 1], left: xs[0], right: xs[xs.length - 1] });
  }
  return out;
}

/** Whether a border is drawn along [from, to] (a vertical one at x, or a horizontal one at y). */
function covered(lines: Segment[], vertical: boolean, at: number, from: number, to: number): boolean {
  const mid = (from + to) / 2;
  return lines.some((s) => vertical
    ? Math.abs(s.x1 - at) <= SNAP && s.y1 - SNAP <= mid && s.y2 + SNAP >= mid
    : Math.abs(s.y1 - at) <= SNAP && s.x1 - SNAP <= mid && s.x2 + SNAP >= mid);
}

/** The lattice's cells, merged where no border separates them, with the glyph runs that fall in each. */
function latticeGrid(l: Lattice, items: Item[], table: number, page: number): GridCell[][] {
  const rows = l.ys.length - 1;
  const cols = l.xs.length - 1;
  // origin[r][c]: the top-left grid cell of the merged cell (r, c) belongs to.
  const origin: [number, number][][] = [];
  for (let r = 0; r < rows; r++) {
    origin.push([]);
    for (let c = 0; c < cols; c++) {
      const left = c > 0 && !covered(l.v, true, l.xs[c], l.ys[r + 1], l.ys[r]);
      const up = r > 0 && !covered(l.h, false, l.ys[r], l.xs[c], l.xs[c + 1]);
      origin[r].push(left ? origin[r][c - 1] : up ? origin[r - 1][c] : [r, c]);
    }
  }
  const texts = new Map<string, Item[]>();
  for (const it of items) {
    const cx = it.x + it.w / 2;
    const cy = it.y + it.size * 0.3;
    const c = l.xs.findIndex((x, i) => i < cols && cx >= x && cx < l.xs[i + 1]);
    const r = l.ys.findIndex((y, i) => i < rows && cy <= y && cy > l.ys[i + 1]);
    if (c < 0 || r < 0) continue;
    const key = origin[r][c].join(',');
    texts.set(key, [...(texts.get(key) ?? []), it]);
  }
  const grid: GridCell[][] = [];
  for (let r = 0; r < rows; r++) {
    grid.push([]);
    for (let c = 0; c < cols; c++) {
      const [or, oc] = origin[r][c];
      const place: SourcePlace = { page, table, row: or + 1, column: oc + 1 };
      if (or !== r || oc !== c) grid[r].push({ text: '', covered: oc !== c ? 'left' : 'above', place });
      else {
        const lines = textLines(texts.get(`${r},${c}`) ?? []);
        const last = lines[lines.length - 1];
        let end = c + 1;
        while (end < cols && origin[r][end][1] === c && origin[r][end][0] === r) end++;
        // Text that runs to the cell's right border was wrapped there: a row cut by a page break goes on.
        const room = last ? (l.xs[end] - last.right) / last.size : undefined;
        const full = room !== undefined && room <= FULL_ROOM;
        grid[r].push({ text: joinPieces(lines.map((line) => line.text)), place, full, ...(room !== undefined && !full ? { room } : {}) });
      }
    }
  }
  return grid;
}

interface TextLine { text: string; x: number; right: number; y: number; size: number; items: Item[] }

/** Glyph runs on one baseline, left to right; a wide gap between runs (a column of a table without borders) is a tab. */
function textLines(items: Item[]): TextLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - it.y) <= Math.max(line[0].size, it.size) * 0.4) line.push(it);
    else lines.push([it]);
  }
  return lines.map((line): TextLine => {
    line.sort((a, b) => a.x - b.x);
    const spread = distributed(line);
    let text = '';
    let end = -Infinity;
    for (const [i, it] of line.entries()) {
      const gap = it.x - end;
      if (text && gap > it.size * 1.5 && !spread.has(i)) text += '\t';
      else if (text && gap > it.size * 0.25 && /[\x21-\x7e]$/.test(text) && /^[\x21-\x7e]/.test(it.str)) text += ' ';
      text += it.str;
      end = it.x + it.w;
    }
    const size = Math.max(...line.map((i) => i.size));
    return { text: text.trim(), x: line[0].x, right: end, y: line[0].y, size, items: line };
  }).filter((l) => l.text !== '');
}

/** One CJK character (a glyph run of a label distributed over its cell, 分散对齐). */
const ONE_CJK = /^[\u3400-\u9fff]$/;

/**
 * The runs of a line (their indexes) that continue a label distributed over its cell: single characters at even
 * gaps, wider than a column gap (`规   章`, `行   政   许   可`). Three or more characters at gaps equal within a
 * fifth; two only at the line's start, or after a 序号 (a label before its numbers). Not a tab between them: one cell.
 */
function distributed(line: Item[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < line.length; ) {
    let j = i;
    while (j + 1 < line.length && ONE_CJK.test(line[j].str.trim()) && ONE_CJK.test(line[j + 1].str.trim())) j++;
    const gaps = line.slice(i + 1, j + 1).map((it, k) => it.x - (line[i + k].x + line[i + k].w));
    const even = gaps.length >= 2 && Math.max(...gaps) <= Math.min(...gaps) * 1.2;
    const first = i === 0 || (i === 1 && /^\d{1,2}$/.test(line[0].str.trim()));
    if (even || (gaps.length === 1 && first && j + 1 < line.length)) for (let k = i + 1; k <= j; k++) out.add(k);
    i = j + 1;
  }
  return out;
}

/**
 * Tables 三 and 四 drawn without borders: narrow label columns wrap labels around their numbers, lay
 * parent labels vertically and break header words into pieces, and widened spacing spreads a number's
 * digits, which no row-by-row reading gets right. The engine reads exactly that by position in
 * `pdftotext -layout` text (tables/grid.ts), so the tables' lines are written the same way: each glyph
 * run at the column its x position gives, one column per half a Chinese character's width (a digit's),
 * from one left edge on every page. Table 三 starts at its 勾稽 note or 申请人情况 (with any header lines
 * just above) and ends before table 四, section 五/六 or prose after its numbers; table 四 starts at its
 * 行政复议 cell and ends with its row of numbers.
 */
const T3_START = /本列数据|勾稽|(?:^|\t)申请人情况(?:\t|$)/;
/** Table 四's first header line: 行政复议 as a cell (the section heading holds the word too, alone on its line). */
const T4_START = /(?:^|\t)行政复议(?:\t|$)/;
const T3_END = /行政复议|^[五六][、，]/;
const T4_END = /^[五六][、，]/;
/** Table 四's second table when clerks build it as two: its title cell 行政诉讼 alone on its line. */
const T4_SECOND = /^\s*行政诉讼\s*$/;
/** Table 四's one row of numbers: nothing but numbers, five or more of them. */
const T4_VALUES = /^[0-9０-９.]+(?:[\t ]+[0-9０-９.]+){4,}$/;

interface LayoutState {
  open?: 'table3' | 'table4'; data?: boolean; left?: number;
  /** Table 四's first table (行政复议) ended the page before: its second may open this one. */
  second?: boolean;
}

/**
 * Which of a page's lines belong to a borderless table 三 or 四 (the state carries over page breaks):
 * both are laid out by position for the engine, which reads their header pieces and spread digits so.
 */
function tableLines(lines: TextLine[], right: number, state: LayoutState): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // Table 四's first table ended a page: the next page goes on with the second, or table 四 is over.
    if (state.second && !PAGE_NUMBER.test(l.text.replace(/\t/g, ' '))) {
      state.second = false;
      if (!T4_SECOND.test(l.text)) state.open = undefined;
    }
    if (state.open === 'table3' && T3_END.test(l.text)) state.open = undefined;
    if (!state.open && T3_START.test(l.text) && !isProse(l, right)) {
      state.open = 'table3';
      state.data = false;
      // Header pieces above the note (申请人情况 centred over three header rows), up to the section heading.
      for (let j = i - 1; j >= 0 && j >= i - 4 && !/收到和处理|^[一二三四五六七八九十]+、/.test(lines[j].text) && !isProse(lines[j], right); j--) inside.add(j);
    } else if (!state.open && T4_START.test(l.text)) {
      state.open = 'table4';
      state.data = false;
    }
    if (!state.open) continue;
    // Header pieces of narrow columns run on from the note to the right margin: no prose before the numbers.
    if ((state.open === 'table4' && T4_END.test(l.text)) || (state.data && isProse(l, right))) { state.open = undefined; continue; }
    if (/(?:^|\t)[0-9０-９]+(?:\t|$)/.test(l.text)) state.data = true;
    inside.add(i);
    // Table 四 ends with its one row of numbers — or goes on, built as two tables (行政复议 │ 行政诉讼), when the
    // line after the first's numbers (past a page number, on the next page if need be) opens the second.
    if (state.open === 'table4' && T4_VALUES.test(l.text.trim())) {
      const next = lines.slice(i + 1).find((x) => !PAGE_NUMBER.test(x.text.replace(/\t/g, ' ')));
      if (next ? !T4_SECOND.test(next.text) : l.text.trim().split(/\s+/).length >= 15) state.open = undefined;
      else if (!next) state.second = true;
    }
  }
  return inside;
}

/** A gap this many characters wide parts two columns' pieces; this many such gaps make a line no prose. */
const SPACED_GAP = 0.8;
const SPACED_RUNS = 3;

/**
 * A line of prose: no columns, and it runs to the right margin (a label piece in a narrow column does not), and it
 * does not end with a row's numbers (narrow columns set them too close for a column gap: `…申 请0 0 0 0 0 0 0`),
 * nor is it pieces set a character apart (a long header note running into narrow columns' stacked header
 * characters, `（本列数据的勾稽关系为…）然 业 研 公 服 其`: gaps too narrow for a tab, yet never prose's).
 */
function isProse(l: TextLine, right: number): boolean {
  return !l.text.includes('\t') && l.right >= right - l.size * WRAP_SLACK && [...l.text].length > 20 && !ROW_NUMBERS.test(l.text)
    && spacedRuns(l) < SPACED_RUNS;
}

/** Gaps of a character's width or more between a line's glyph runs: prose runs touch, a table's columns do not. */
function spacedRuns(l: TextLine): number {
  const runs = [...l.items].sort((a, b) => a.x - b.x);
  return runs.slice(1).filter((it, i) => it.x - (runs[i].x + runs[i].w) > it.size * SPACED_GAP).length;
}

/** Three or more numbers apart at a line's end: a table row's values. */
const ROW_NUMBERS = /(?:^|\s|[^\d.])[0-9０-９.]+(?:\s+[0-9０-９.]+){2,}$/;

/** A line laid out as pdftotext -layout does: each glyph run at column (x - left) / unit, never overlapping. */
function layoutLine(l: TextLine, left: number, unit: number): string {
  let out = '';
  let end = -Infinity;
  for (const it of [...l.items].sort((a, b) => a.x - b.x)) {
    // Runs that touch are one word (PDF producers cut words into several runs).
    if (out && it.x - end < it.size * 0.25) out += it.str;
    else out = out.padEnd(Math.max(Math.round((it.x - left) / unit), out.length ? out.length + 1 : 0)) + it.str;
    end = it.x + it.w;
  }
  return out.replace(/\s+$/, '');
}

/**
 * A table drawn without borders wraps a long label around its numbers: “一、本年新收政府信息公” above the
 * line of numbers, “开申请数量” below it, both left of the numbers and close to them. The label is put back
 * in front of its numbers.
 */
function joinWrappedLabels(lines: TextLine[]): TextLine[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const row = out[i];
    const cells = row.text.split('\t');
    if (!cells.every((c) => VALUE.test(c))) continue;
    const near = (l: TextLine | undefined) => l && !l.text.includes('\t') && !VALUE.test(l.text) && l.right < row.x && Math.abs(l.y - row.y) < row.size * 1.8;
    const above = near(out[i - 1]) ? out[i - 1] : undefined;
    const below = near(out[i + 1]) ? out[i + 1] : undefined;
    // A lone number (a one-column table: 行政事业性收 / 0 / 费) only between both halves of its label.
    if (cells.length < 2 ? !(above && below) : !above && !below) continue;
    const label = joinPieces([above?.text ?? '', below?.text ?? '']);
    out[i] = { ...row, text: `${label}\t${row.text}`, x: Math.min(row.x, above?.x ?? row.x, below?.x ?? row.x) };
    if (below) out.splice(i + 1, 1);
    if (above) out.splice(--i, 1);
  }
  return out;
}

/** Prose lines joined into paragraphs: a line ending short of the right margin, or an indented next line, ends one. */
function paragraphs(lines: TextLine[]): TextLine[][] {
  if (!lines.length) return [];
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.right));
  const out: TextLine[][] = [];
  let cur: TextLine[] = [];
  for (const line of lines) {
    const prev = cur[cur.length - 1];
    // A centred title wraps onto a centred line: both lines centred, the first off the left margin.
    const centered = (l: TextLine) => l.x - left > l.size * 0.2 && Math.abs((l.x - left) - (right - l.right)) < l.size * 2;
    // A line with columns (a row of a table drawn without borders) is a paragraph of its own.
    const continues = prev && !prev.text.includes('\t') && !line.text.includes('\t') && !STARTS_NUMBERED.test(line.text)
      && !(cur.length === 1 && WHOLE_PART_TITLE.test(prev.text))
      && prev.right >= right - prev.size * WRAP_SLACK
      && (line.x <= left + line.size * 0.8 || (centered(prev) && centered(line) && Math.abs(prev.size - line.size) < 0.5))
      && prev.y - line.y < Math.max(prev.size, line.size) * 2.2;
    if (!continues && cur.length) { out.push(cur); cur = []; }
    cur.push(line);
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * A part's title whole on its line (四、因政府信息公开工作被申请行政复议、提起行政诉讼情况): the part's numbering, no
 * sentence's marks, a title's ending (情况, 事项). Run to the right margin it is still a paragraph of its own where the
 * paragraphs have no first-line indent: the next line (本年度未发生…) is not its rest.
 */
const WHOLE_PART_TITLE = /^\s*[一二三四五六七八九十]{1,3}、[^，。；：！？,;:!?]*(?:情况|事项)\s*$/;

/**
 * Characters a wrapped line may stop short of the right margin: line breaking keeps “8条）” or a quoted word
 * together, so a line that wrapped can end a few characters early. The next line starting at the margin
 * (not indented, as a new paragraph is) is what makes it a continuation.
 */
const WRAP_SLACK = 4;

/**
 * A line that opens with a part's or a sub-part's numbering (二、 （一） 第二部分): a heading or a new paragraph, never the
 * rest of the line before — even when that line ran to the margin and this one is not indented (a heading at a page's top).
 */
const STARTS_NUMBERED = /^\s*(?:[一二三四五六七八九十]{1,3}[、．]|（[一二三四五六七八九十]{1,3}）|第[一二三四五六七八九十]部分)/;

/** Characters of a repeated header cell's text that must match the first header's for its end to have fallen below it. */
const HEADER_PREFIX = 8;
/** Characters of such an end that must be there to take it for the header's when the rest of it is clipped. */
const HEADER_TAIL = 4;
/** Rows a table may open with before the header its pages repeat (a title row, a `单位：件` row). */
const LEADING_ROWS = 2;

/** Character widths of room a cell's last line may leave before its right border and still have run to it (padding). */
const FULL_ROOM = 2.2;
/**
 * Line breaking's rules (禁则) make a line stop a character short of its border: an opening bracket or quote never
 * ends a line, and a closing mark (、，。）…) never starts one, so the character before it goes on with it (`正、`).
 * A numeral before `、` is a part's or a row's own numbering (`三、`), which starts a row, not the rest of one.
 */
const OPENING = /^[（(《“‘「『【〔［]/;
const CLOSING_SECOND = /^[^\d一二三四五六七八九十（(《“‘「『【〔［][、，。；：！？）)》”’」』】〕］]/;

/** A cell whose last line stopped one character short of its border because of the text going on (above). */
function wrappedShort(cell: GridCell | undefined, next: string): boolean {
  return !!cell?.room && cell.room <= FULL_ROOM + 1 && (OPENING.test(next) || CLOSING_SECOND.test(next));
}

/** A cell holding a number (a value, not a label). */
const VALUE = /^[\d.,\s/-]+$/;

/** A page number line (“- 3 -”, “第 3 页”): page furniture, left out. */
const PAGE_NUMBER = /^[-—–－\s第]*\d+[-—–－\s页]*$|^第\s*\d+\s*页\s*共\s*\d+\s*页$/;

interface Part { lattice: Lattice; items: Item[]; page: number }
interface Block {
  y: number; page: number; text?: string; quote?: string; table?: number; parts?: Part[]; grid?: GridCell[][];
  /** Prose: the last line runs to the right margin; the first line is indented. */
  full?: boolean; indented?: boolean;
  /** A line with columns: a row of a table drawn without borders, written as tab-separated cells. */
  row?: boolean;
  /** A line of a borderless table 三 or 四, laid out by position (see tableLines). */
  layout?: boolean;
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/**
 * A table that goes on over a page break is one table: the first table of a page whose left and right
 * borders line up with the table that ended the page before is joined to it, on the columns of both parts
 * (a part with fewer borders has merged cells there). When the page cut a row, the rest of that row's
 * text — a first row with text only under cells whose text ran to their border — is put back into it.
 */
function joinPageBreaks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const a = prev?.parts?.[prev.parts.length - 1]?.lattice;
    const l = b.parts?.[0].lattice;
    if (a && l && b.page === prev.page + 1 && isFirstOnPage(blocks, b) && Math.abs(a.left - l.left) <= SNAP * 2 && Math.abs(a.right - l.right) <= SNAP * 2 && !startsNewTable(prev.parts![0], b.parts![0])) {
      prev.parts!.push(...b.parts!);
      prev.page = b.page;
      continue;
    }
    // A paragraph goes on over a page break: the page's last line runs to the margin, the next page's
    // first line is not indented (a new paragraph is).
    if (b.text !== undefined && prev?.text !== undefined && !b.layout && !prev.layout && prev.full && !b.indented && !STARTS_NUMBERED.test(b.text) && b.page === prev.page + 1 && isFirstOnPage(blocks, b)) {
      prev.text = joinPieces([prev.text, b.text]);
      prev.page = b.page;
      prev.full = b.full;
      continue;
    }
    out.push({ ...b });
  }
  let n = 0;
  for (const b of out) {
    if (!b.parts) continue;
    b.table = ++n;
    const xs = cluster(b.parts.flatMap((p) => p.lattice.xs));
    let grid: GridCell[][] = [];
    for (const part of b.parts) {
      const rows = latticeGrid({ ...part.lattice, xs, left: xs[0], right: xs[xs.length - 1] }, part.items, n, part.page);
      // Header rows repeated at the top of each page (Word's "repeat as header row") are said once.
      const { repeated, tails, completed } = repeatedHeader(rows, grid);
      for (const w of completed) w.cell.text = w.text;
      rows.splice(0, rows.length, ...restOfCutHeader(rows.slice(repeated), grid, completed));
      for (const cell of rows[0] ?? []) if (!VALUE.test(cell.text)) cell.text = withoutTail(cell.text, tails);
      const last = grid[grid.length - 1];
      const first = rows[0];
      // A cell cut by the page break: its text ran to its border before the break and goes on in the same
      // column after it. Only in a row without numbers: a row of values at the top of a page is a new row.
      let removed = repeated;
      if (last && first && !first.some((cell) => VALUE.test(cell.text))) {
        first.forEach((cell, c) => {
          const o = cell.text && !cell.covered ? originOf(grid, c) : undefined;
          // The same cell goes on: its text was wrapped at its border, and it spans the same columns.
          // A number is never cut (`0` + `自然人` is a header's cell under a number's that filled its column).
          if (!o || !(o.cell.full || wrappedShort(o.cell, cell.text)) || VALUE.test(o.cell.text) || o.column !== c || spanAt(grid[o.row], o.column) !== spanAt(first, c)) return;
          o.cell.text = joinPieces([o.cell.text, cell.text]);
          first[c] = { ...cell, text: '', covered: 'above', place: o.cell.place };
        });
        if (first.every((cell) => !cell.text)) {
          rows.shift();
          removed++;
        }
      }
      // Rows count on from the part before the break (the page says where each part is).
      const offset = grid.length - removed;
      grid = [...grid, ...rows.map((row) => row.map((cell) => ({ ...cell, place: { ...cell.place, row: cell.place.row! + offset } })))];
    }
    b.grid = returnOverflow(grid);
  }
  return out;
}

/** A row label's text after a piece of another cell: its numbering (`一、`, `（三）`) and the rest. */
const AFTER_PIECE = /^(\S+?)((?:[一二三四五六七八九十]{1,2}、|（[一二三四五六七八九十]{1,2}）)\S*)$/;

/**
 * LibreOffice may draw a merged header cell shorter than its text (the 勾稽 note), and the text's end falls into the
 * row below, before that row's own label (`和，等于第三项` + `一、本年新收…`). When the cell above is left with an
 * open bracket, the piece before the label's numbering is put back at its end.
 */
function returnOverflow(grid: GridCell[][]): GridCell[][] {
  for (let r = 1; r < grid.length; r++) {
    grid[r].forEach((cell, c) => {
      const m = !cell.covered && AFTER_PIECE.exec(cell.text);
      const above = m && originOf(grid.slice(0, r), c);
      if (!m || !above || !/（[^）]*$/.test(above.cell.text)) return;
      above.cell.text = joinPieces([above.cell.text, m[1]]);
      cell.text = m[2];
    });
  }
  return grid;
}

/**
 * A table at a page's top that opens with a row of one cell across it (a title: `三、收到和处理…`, `行政诉讼`,
 * `第二十条第（五）项`) and then a header (a row naming columns, without numbers) is a table of its own, not the one
 * that ended the page before going on — unless that title repeats the first row of the table before (a header
 * repeated on each page). At worst table 二 of the annex, cut just before one of its blocks, is read as separate
 * blocks, as clerks also build it.
 */
function startsNewTable(before: Part, part: Part): boolean {
  const [first, ...rest] = latticeGrid(part.lattice, part.items, 0, part.page);
  if (!first || !spanningRow(first)) return false;
  // The header: the first row after it that is not one cell across (a `单位：件` row may come between) names two
  // columns or more and holds no number. A cut row's rest and a note under the table (`续办理`, `注：…`) have none.
  const header = rest.find((row) => !spanningRow(row));
  if (!header || header.filter((cell) => cell.text && !cell.covered).length < 2 || header.some((cell) => VALUE.test(cell.text))) return false;
  const top = latticeGrid(before.lattice, before.items, 0, before.page)[0];
  return top?.[0]?.text !== first[0].text;
}

/** One cell of text across the whole row (the rest merged into it or blank). */
function spanningRow(row: GridCell[]): boolean {
  const [cell, ...rest] = row;
  return row.length > 1 && !!cell && !cell.covered && !!cell.text && !VALUE.test(cell.text) && rest.every((c) => c.covered === 'left' || !c.text);
}

/**
 * How many first rows of a part repeat the table's first rows (a header repeated on each page). LibreOffice may draw
 * a repeated merged header cell shorter than its text: the text's end then falls below the header, into the first
 * row after it (`…第三项加第四项之` / `和）`). Such a cell still repeats the header's; `tails` are those ends, which
 * belong to the header, not to the row they fell into.
 */
function repeatedHeader(rows: GridCell[][], grid: GridCell[][]): Repeat {
  // The table may open with rows that are not repeated (a title or `单位：件` row above the header).
  for (let from = 0; from <= LEADING_ROWS && from < grid.length; from++) {
    const found = repeatedFrom(rows, grid, from);
    if (found.repeated) return found;
  }
  return { repeated: 0, tails: [], completed: [] };
}

function repeatedFrom(rows: GridCell[][], grid: GridCell[][], from: number): Repeat {
  const tails: string[] = [];
  const completed: Repeat['completed'] = [];
  let repeated = 0;
  for (; repeated < rows.length && from + repeated < grid.length; repeated++) {
    const a = rows[repeated];
    const b = grid[from + repeated];
    if (a.length !== b.length || !a.some((cell) => cell.text)) break;
    const cut = a.map((cell, c) => (cell.text === b[c].text ? '' : cell.text.length >= HEADER_PREFIX && b[c].text.startsWith(cell.text) ? b[c].text.slice(cell.text.length) : undefined));
    // The table's own header row cut by the page (`自然` / `人`), repeated whole on the next: a repeat all the same.
    const whole = a.map((cell, c) => (b[c].full && b[c].text && cell.text.length > b[c].text.length && cell.text.startsWith(b[c].text) ? { cell: b[c], text: cell.text, end: cell.text.slice(b[c].text.length) } : undefined));
    if (cut.some((t, c) => t === undefined && !whole[c])) break;
    tails.push(...cut.filter((t, c): t is string => !!t && !whole[c]));
    completed.push(...whole.filter((w): w is Repeat['completed'][number] => !!w));
  }
  return { repeated, tails, completed };
}

/** A repeated header: its rows, the ends of its cells that fell below it, and the cut cells of the table's own header it completes. */
interface Repeat { repeated: number; tails: string[]; completed: { cell: GridCell; text: string; end: string }[] }

/**
 * After a repeated header that completed the table's own header cut by the page (`自然` → `自然人`), the rest of
 * that cut header still follows (`人`, then its next row again): rows holding a completed cell's end and otherwise
 * only what the header rows above already say in that column, dropped.
 */
function restOfCutHeader(rows: GridCell[][], grid: GridCell[][], completed: Repeat['completed']): GridCell[][] {
  const ends = new Set(completed.map((w) => w.end));
  if (!ends.size) return rows;
  const out: GridCell[][] = [];
  for (const row of rows) {
    const above = [...grid, ...out];
    const said = (cell: GridCell, c: number) => !cell.text || cell.covered || above.some((r) => r[c]?.text === cell.text);
    const rest = !row.some((cell) => VALUE.test(cell.text)) && row.some((cell) => ends.has(cell.text)) && row.every((cell, c) => ends.has(cell.text) || said(cell, c));
    if (!rest) out.push(row);
  }
  return out;
}

/**
 * A cell's text without a repeated header's end that fell into it: the whole end, or at least HEADER_TAIL of its
 * first characters (LibreOffice may clip the rest), before the cell's own text (`第三项加第四项之` + `信息公开申请数量`).
 */
function withoutTail(text: string, tails: string[]): string {
  for (const tail of tails) {
    let k = 0;
    while (k < tail.length && text[k] === tail[k]) k++;
    if (k === tail.length || k >= HEADER_TAIL) return text.slice(k);
  }
  return text;
}

function isFirstOnPage(blocks: Block[], b: Block): boolean {
  return blocks.find((x) => x.page === b.page) === b;
}

/** The cell whose text covers column c of a grid's last row (itself, or the merged cell it continues), with its place. */
function originOf(grid: GridCell[][], c: number): { cell: GridCell; row: number; column: number } | undefined {
  let r = grid.length - 1;
  while (r >= 0 && c >= 0 && grid[r][c]?.covered) {
    if (grid[r][c].covered === 'left') c--;
    else r--;
  }
  return r >= 0 && c >= 0 && grid[r][c] ? { cell: grid[r][c], row: r, column: c } : undefined;
}

/** How many grid columns the cell starting at column c of a row spans. */
function spanAt(row: GridCell[], c: number): number {
  let n = 1;
  while (row[c + n]?.covered === 'left') n++;
  return n;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type WorkerSide = { createDocumentHandler(params: { evaluatorOptions: object }, port: unknown): unknown; initializeFromPort(port: unknown): void };
/** PDF.js, and its worker side running in this thread behind one port pair (pdf-port.ts), used for every PDF. */
interface Loaded { pdfjs: PdfJs; worker: InstanceType<PdfJs['PDFWorker']> }

/** PDF.js's Node build looks for a canvas package to render with, which reading text never needs. */
const RENDERING_NOTICE = /^Warning: Cannot (?:load "@napi-rs\/canvas"|polyfill `(?:DOMMatrix|ImageData|Path2D)`)/;

let loaded: Promise<Loaded> | undefined;

function loadPdfJs(): Promise<Loaded> {
  // Once per process; a failed load is tried again by the next PDF.
  return (loaded ??= importPdfJs().catch((e) => {
    loaded = undefined;
    throw e;
  }));
}

async function importPdfJs(): Promise<Loaded> {
  // Its notices about that go to console.log, i.e. stdout, where they would break `--format json`: while it
  // loads, they are dropped and anything else it says goes to stderr.
  const { log, warn } = console;
  const aside = (...args: unknown[]) => {
    if (!RENDERING_NOTICE.test(String(args[0]))) process.stderr.write(args.map(String).join(' ') + '\n');
  };
  console.log = aside;
  console.warn = aside;
  // The legacy build's core-js replaces Array.prototype.push (for edge cases: lengths near 2^53, frozen
  // lengths) with a function in JavaScript several times slower, for the whole process: PDF.js and then
  // every check after it spent most of their time in it (bench/README.md). Node's own is kept.
  const { push } = Array.prototype;
  const { toString } = Function.prototype;
  const { getBuiltinModule } = process as { getBuiltinModule?: (id: string) => unknown };
  // It also loads a canvas package (a native module, ~0.15 s) to draw pages, which reading text never does.
  if (getBuiltinModule) (process as { getBuiltinModule?: unknown }).getBuiltinModule = (id: string) => (id === 'module' || id === 'node:module' ? withoutCanvas(getBuiltinModule(id) as typeof import('module')) : getBuiltinModule(id));
  let pdfjs: PdfJs;
  let worker: Loaded['worker'];
  try {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // PDF.js's worker side in this thread, as its fake worker would run it, but connected through ports that
    // hand messages over without cloning them (pdf-port.ts); one for every document read by this process.
    const workerSide = (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')).WorkerMessageHandler as unknown as WorkerSide;
    readTextOnly(workerSide);
    const [apiEnd, workerEnd] = inThreadPorts();
    workerSide.initializeFromPort(workerEnd);
    // Errors only, as getDocument is asked below: PDF.js's warnings go to console.log, i.e. stdout.
    worker = new pdfjs.PDFWorker({ port: apiEnd, verbosity: pdfjs.VerbosityLevel.ERRORS } as unknown as ConstructorParameters<PdfJs['PDFWorker']>[0]);
  } finally {
    console.log = log;
    console.warn = warn;
    if (getBuiltinModule) (process as { getBuiltinModule?: unknown }).getBuiltinModule = getBuiltinModule;
    Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(Function.prototype, 'toString', { value: toString, writable: true, configurable: true, enumerable: false });
  }
  return { pdfjs, worker };
}

/** Node's `module`, whose createRequire finds no canvas package (PDF.js then says it cannot draw: dropped above). */
function withoutCanvas(mod: typeof import('module')): typeof import('module') {
  const createRequire = (from: string | URL) => {
    const req = mod.createRequire(from);
    return Object.assign((id: string) => {
      if (id === '@napi-rs/canvas') throw new Error('not loaded: gknb reads text, it draws nothing');
      return req(id);
    }, req);
  };
  return { ...mod, createRequire } as typeof import('module');
}

/**
 * Fonts made unusable for drawing (disableFontFace, needed in Node where there is no FontFace) make PDF.js's
 * worker turn every glyph shown into an outline path and post it back, for drawing text as paths: most of
 * the time of a page's operator list, which is read here for its lines only. The worker (the same thread
 * in Node) is told fonts can be drawn as fonts, so it builds no glyph paths; this side still never loads
 * a font (disableFontFace stays set here). The text and the lines read are the same.
 */
function readTextOnly(handler: WorkerSide): void {
  const create = handler.createDocumentHandler;
  if ((create as { textOnly?: boolean }).textOnly) return;
  const wrapped = function (this: unknown, params: { evaluatorOptions: object }, port: unknown) {
    return create.call(this, { ...params, evaluatorOptions: { ...params.evaluatorOptions, disableFontFace: false } }, port);
  };
  handler.createDocumentHandler = Object.assign(wrapped, { textOnly: true });
}

/**
 * Where Adobe's predefined CMaps are (PDF.js needs them for Chinese text in fonts that are not embedded):
 * beside the bundle (dist/cmaps, the GB ones), else in the pdfjs-dist package (tests, run from out/).
 */
function cMapDirectory(): string | undefined {
  const bundled = path.join(__dirname, 'cmaps');
  if (fs.existsSync(bundled)) return bundled + path.sep;
  try {
    return path.join(path.dirname(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')), '..', '..', 'cmaps') + path.sep;
  } catch {
    return undefined;
  }
}

export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const { pdfjs, worker } = await loadPdfJs();
  const cMapUrl = cMapDirectory();
  let doc;
  try {
    doc = await pdfjs.getDocument({
      worker, data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, cMapUrl, cMapPacked: true,
      stopAtErrors: false, verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === 'PasswordException') throw new ReaderError('pdf-encrypted');
    throw new ReaderError('pdf-damaged', { detail: String((e as Error)?.message ?? e).slice(0, 80) });
  }
  const blocks: Block[] = [];
  const layout: LayoutState = {};
  let tables = 0;
  let glyphs = 0;
  /** Chinese characters, and control or private-use characters: glyph numbers where a font has no character map. */
  let chinese = 0;
  let unmapped = 0;
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items as any[]) {
        if (typeof raw.str !== 'string' || !raw.str.trim()) continue;
        const [a, b, , , x, y] = raw.transform as number[];
        items.push({ str: raw.str, x, y, w: raw.width, size: Math.hypot(a, b) || raw.height || 10 });
        glyphs += raw.str.length;
        for (const ch of raw.str) {
          const c = ch.charCodeAt(0);
          if (c >= 0x3400 && c <= 0x9fff) chinese++;
          else if ((c < 0x20 && c !== 9) || (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd) unmapped++;
        }
      }
      const drawn = drawing(await page.getOperatorList(), pdfjs.OPS as unknown as Record<string, number>);
      const found = lattices(drawn.rulings);
      // Blocks of the page, top to bottom: paragraphs outside the tables, and the tables.
      const onPage: Block[] = [];
      const inTable = (it: Item, l: Lattice) => it.x + it.w / 2 >= l.left && it.x + it.w / 2 <= l.right && it.y <= l.top && it.y >= l.bottom;
      for (const l of found.sort((a, b) => b.top - a.top)) {
        tables++;
        onPage.push({ y: l.top, page: p, parts: [{ lattice: l, items: items.filter((it) => inTable(it, l)), page: p }] });
      }
      const free = items.filter((it) => !found.some((l) => inTable(it, l)));
      const all = textLines(free);
      const left = Math.min(...all.map((l) => l.x));
      const right = Math.max(...all.map((l) => l.right));
      // Borderless tables 三 and 四 are written as PDF layout text, for the engine's positional reader.
      const t3 = tableLines(all, right, layout);
      if (t3.size) {
        const rows = all.filter((_, i) => t3.has(i));
        // One column per Chinese character's width (as pdftotext -layout); a font that reports no sensible widths gets its size.
        const size = median(rows.map((l) => l.size));
        const width = median(rows.flatMap((l) => l.items.filter((it) => /[\u3400-\u9fff]/.test(it.str)).map((it) => it.w / [...it.str].length)));
        const unit = (width >= size * 0.5 && width <= size * 2 ? width : size) / 2;
        // One left edge for every page (the text margin), so that a table's columns line up over page breaks.
        layout.left = Math.min(layout.left ?? left, left);
        for (const l of rows) {
          if (PAGE_NUMBER.test(l.text.replace(/\t/g, ' '))) continue;
          onPage.push({ y: l.y, page: p, text: layoutLine(l, layout.left, unit), quote: l.text.replace(/\t/g, ' ').slice(0, 12), row: true, layout: true });
        }
      }
      const lines = joinWrappedLabels(all.filter((_, i) => !t3.has(i)));
      for (const para of paragraphs(lines)) {
        const text = para.length > 1 ? joinPieces(para.map((l) => l.text)) : para[0].text;
        if (PAGE_NUMBER.test(text)) continue;
        const end = para[para.length - 1];
        onPage.push({
          y: para[0].y, page: p, text, quote: para[0].text.replace(/\t/g, ' ').slice(0, 12), row: text.includes('\t'),
          full: end.right >= right - end.size * WRAP_SLACK, indented: para[0].x > left + para[0].size * 0.8,
        });
      }
      // A large picture is a line of its own (a Markdown image): a table published as one is no missing table.
      // Marked indented and not full, so no paragraph is joined to it over a page break.
      for (const top of drawn.pictures) onPage.push({ y: top, page: p, text: PICTURE_LINE, quote: PICTURE_QUOTE, indented: true });
      blocks.push(...onPage.sort((x, y) => y.y - x.y));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  if (!glyphs) throw new ReaderError('pdf-no-text');
  // A report is Chinese text: almost none, and much that is no character at all, is a text layer without a character map.
  if (glyphs >= 40 && chinese < glyphs * 0.05 && unmapped > glyphs * 0.2) throw new ReaderError('pdf-unmapped');
  const out = new MarkdownBuilder();
  const joined = joinPageBreaks(blocks);
  joined.forEach((b, i) => {
    if (b.grid) out.table(b.grid, { page: b.page, table: b.table });
    // Rows of a borderless table, and a short line among them (a label wrapped onto the line before or
    // after its numbers), go line by line with no blank line between, as the engine reads tab rows.
    else if (b.row || joined[i - 1]?.row || joined[i + 1]?.row) out.line(b.text!, { page: b.page, quote: b.quote });
    else out.block(b.text!, 0, { page: b.page, quote: b.quote });
  });
  const { text, map } = out.result();
  return { kind: 'pdf', text, map, notes: [] };
}
