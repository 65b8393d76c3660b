/**
 * Saved web pages (.html/.htm, Word's and LibreOffice's "save as web page"): parsed with htmlparser2 —
 * never rendered, no script ever run — into headings, paragraphs and table grids with colspan/rowspan
 * expanded. Each block and cell keeps the source line of its element.
 */
import { Parser } from 'htmlparser2';
import { decodeHtml } from './charset';
import { MarkdownBuilder, MAX_COLUMNS, joinPieces } from './markdown';
import { ReaderError } from './messages';
import type { GridCell, ReadResult, SourcePlace } from './types';

/** Content that is not page text: skipped whole. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'svg', 'math', 'select', 'textarea', 'button']);
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'section', 'article', 'center', 'dt', 'dd', 'dl', 'address', 'header', 'footer', 'main', 'nav', 'aside', 'hr', 'form', 'caption', 'body']);
const CJK_GAP = /([\u2e80-\u9fff\u3000-\u303f\uff00-\uffef])\s+(?=[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef])/g;
/** Limits on spans from the page: a hostile colspan must not make a grid of millions of cells. */
const MAX_COLSPAN = 64;
const MAX_ROWSPAN = 500;

/** Page text as shown: white space collapsed, none between Chinese characters (source line breaks). */
function shown(raw: string): string {
  return raw.replace(/\u00a0/g, ' ').split('\n').map((l) => l.replace(/[ \t\r\f]+/g, ' ').replace(CJK_GAP, '$1').trim()).filter(Boolean).join('\n');
}

/**
 * A picture outside tables as a Markdown image line: the engine reads it as neither prose nor table, and a
 * table published as a picture is then told apart from a missing one. Embedded data and long addresses are dropped.
 */
function pictureMarkdown(alt: string | undefined, src: string | undefined): string {
  const text = (alt ?? '').replace(/[\[\]\s]+/g, ' ').trim().slice(0, 80);
  const where = src && !/^data:/i.test(src) && src.length <= 300 ? src.replace(/\s+/g, '').replace(/\(/g, '%28').replace(/\)/g, '%29') : '';
  return `![${text}](${where})`;
}

interface Cell { text: string[]; line: number; colspan: number; rowspan: number }

/**
 * Tables that lay the page out rather than hold data, by their order of opening: one that holds another
 * table (a content system's page frame with the article in one cell), or whose rows have one cell each (a box
 * around the article). Their cells are read as blocks of the page; the tables inside them as tables.
 */
function layoutTables(source: string): Set<number> {
  const layout = new Set<number>();
  const open: { index: number; widest: number; cells: number }[] = [];
  let count = 0;
  let skip = 0;
  const parser = new Parser({
    onopentag(name) {
      if (skip) { skip++; return; }
      if (SKIPPED.has(name)) { skip = 1; return; }
      const top = open[open.length - 1];
      if (name === 'table') {
        for (const t of open) layout.add(t.index);
        open.push({ index: count++, widest: 0, cells: 0 });
      } else if (top && name === 'tr') top.cells = 0;
      else if (top && (name === 'td' || name === 'th')) top.widest = Math.max(top.widest, ++top.cells);
    },
    onclosetag(name) {
      if (skip) { skip--; return; }
      if (name !== 'table' || !open.length) return;
      const t = open.pop()!;
      if (t.widest <= 1) layout.add(t.index);
    },
  }, { lowerCaseTags: true, recognizeSelfClosing: true });
  parser.end(source);
  // Tables left open at the end of the page are judged as they stand.
  for (const t of open) if (t.widest <= 1) layout.add(t.index);
  return layout;
}

export function readHtml(bytes: Uint8Array): ReadResult {
  const { text: source } = decodeHtml(bytes);
  const layout = layoutTables(source);
  let opened = 0;
  /** For each open table, outermost first: whether it lays the page out (see layoutTables). */
  const kinds: boolean[] = [];
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const out = new MarkdownBuilder();
  let skip = 0;
  let tables = 0;
  /** The block of prose being read (outside tables). */
  /** `centered`: a centred block (a title broken onto two lines with <br>), read as one line. */
  let block: { text: string; level: number; line: number; centered?: boolean } = { text: '', level: 0, line: 1 };
  let tableDepth = 0;
  let rows: Cell[][] = [];
  let cell: Cell | undefined;

  const flush = () => {
    const text = block.centered ? joinPieces(shown(block.text).split('\n')) : shown(block.text);
    if (text) out.block(text, block.level, { line: block.line });
    block = { text: '', level: 0, line: block.line };
  };

  const closeTable = () => {
    tables++;
    const grid: GridCell[][] = [];
    rows.forEach((row, r) => {
      grid[r] ??= [];
      let c = 0;
      for (const raw of row) {
        while (grid[r][c]) c++;
        if (c >= MAX_COLUMNS) break;
        const place: SourcePlace = { table: tables, row: r + 1, column: c + 1, line: raw.line };
        const text = joinPieces(raw.text.map(shown));
        for (let dr = 0; dr < raw.rowspan && r + dr < rows.length; dr++) {
          grid[r + dr] ??= [];
          for (let dc = 0; dc < raw.colspan && c + dc < MAX_COLUMNS; dc++) {
            const covered = dc > 0 ? 'left' : dr > 0 ? 'above' : undefined;
            grid[r + dr][c + dc] = { text: covered ? '' : text, covered, place };
          }
        }
        c += raw.colspan;
      }
    });
    // Holes (a row shorter than the grid) are blank cells.
    const width = Math.max(0, ...grid.map((r) => r.length));
    grid.forEach((row, r) => { for (let c = 0; c < width; c++) row[c] ??= { text: '', place: { table: tables, row: r + 1, column: c + 1 } }; });
    out.table(grid, { table: tables });
    rows = [];
  };

  const parser: Parser = new Parser({
    onopentag(name, attrs) {
      if (skip) { skip++; return; }
      if (SKIPPED.has(name)) { skip = 1; return; }
      const line = lineOf(parser.startIndex);
      if (name === 'table') {
        const isLayout = layout.has(opened++);
        kinds.push(isLayout);
        if (isLayout) {
          if (tableDepth === 0) flush();
          else if (cell) cell.text.push('\n');
          return;
        }
        if (tableDepth++ === 0) { flush(); rows = []; }
        else if (cell) cell.text.push('\n');
        return;
      }
      // The cells of a layout table are blocks of the page.
      if (tableDepth === 0 && (name === 'tr' || name === 'td' || name === 'th')) { flush(); return; }
      if (tableDepth === 1 && name === 'tr') { rows.push([]); return; }
      if (tableDepth === 1 && (name === 'td' || name === 'th')) {
        const span = (v: string | undefined, max: number) => Math.max(1, Math.min(max, Number.parseInt(v ?? '1', 10) || 1));
        if (!rows.length) rows.push([]);
        cell = { text: [''], line, colspan: span(attrs.colspan, MAX_COLSPAN), rowspan: span(attrs.rowspan, MAX_ROWSPAN) };
        rows[rows.length - 1].push(cell);
        return;
      }
      if (tableDepth > 0) {
        if (cell && (BLOCKS.has(name) || name === 'br' || name === 'tr' || name === 'td' || name === 'th')) cell.text.push('');
        return;
      }
      if (name === 'br') { block.text += '\n'; return; }
      if (name === 'img') { flush(); out.block(pictureMarkdown(attrs.alt, attrs.src), 0, { line }); return; }
      if (BLOCKS.has(name)) {
        flush();
        const h = /^h([1-6])$/.exec(name);
        const centered = (attrs.align ?? '').toLowerCase() === 'center' || /text-align\s*:\s*center/i.test(attrs.style ?? '') || name === 'center';
        block = { text: '', level: h ? Number(h[1]) : 0, line, centered };
      }
    },
    onclosetag(name) {
      if (skip) { skip--; return; }
      if (name === 'table' && kinds.length) {
        if (kinds.pop()) {
          if (tableDepth === 0) flush();
          return;
        }
        if (tableDepth > 0 && --tableDepth === 0) closeTable();
        return;
      }
      if (tableDepth === 0 && (name === 'td' || name === 'th')) { flush(); return; }
      if (tableDepth === 1 && (name === 'td' || name === 'th')) { cell = undefined; return; }
      if (tableDepth === 0 && BLOCKS.has(name)) flush();
    },
    ontext(raw) {
      if (skip) return;
      // A line break in the source is white space; only <br> breaks a line.
      const text = raw.replace(/[\r\n]+/g, ' ');
      if (tableDepth > 0) {
        if (cell) cell.text[cell.text.length - 1] += text;
        return;
      }
      block.text += text;
    },
  }, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true });
  parser.end(source);
  if (tableDepth > 0) closeTable();
  flush();
  const { text, map } = out.result();
  if (!text.trim()) throw new ReaderError('html-empty');
  return { kind: 'html', text, map, notes: [] };
}
