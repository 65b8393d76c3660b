/**
 * Word 2007+ (.docx, also what WPS saves): the body's paragraphs and tables, read from the XML itself so
 * that the table grid keeps its merged cells (gridSpan, vMerge) and tracked changes read as accepted
 * (insertions kept, deletions dropped). fflate unzips with a size cap; saxes parses the XML as a stream.
 */
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { MarkdownBuilder, MAX_COLUMNS, joinPieces, PICTURE_LINE, PICTURE_QUOTE } from './markdown';
import { ReaderError } from './messages';
import type { GridCell, ReaderNote, ReadResult, SourcePlace } from './types';
import { unzipParts } from './zip';
import { emptyNumbering, NumberingCounter, NumberingDefinitions } from './numbering';

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';
const COMMENTS = 'word/comments.xml';
const NUMBERING = 'word/numbering.xml';
/** Elements whose text is not part of the report as published. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delInstrText', 'mc:Fallback', 'w:commentReference', 'w:footnoteReference', 'w:endnoteReference']);
const CHANGES = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo']);
const QUOTE_LENGTH = 12;

function parseXml(xml: string, onOpen: (tag: SaxesTagPlain) => void, onClose: (name: string) => void, onText: (t: string) => void): void {
  const parser = new SaxesParser();
  let failure: Error | undefined;
  parser.on('error', (e) => { failure ??= e; });
  parser.on('opentag', onOpen);
  parser.on('closetag', (t) => onClose(t.name));
  parser.on('text', onText);
  parser.write(xml).close();
  if (failure) throw new ReaderError('damaged-xml', { detail: failure.message.split('\n')[0].slice(0, 80) });
}

interface StyleInfo { levels: Map<string, number>; numbering: Map<string, { numId?: string; ilvl: number }> }

/**
 * Per paragraph style: its heading level (outline level, or a name like “heading 2” / “标题 2” / “Title”) and
 * the automatic numbering it applies.
 */
function readStyles(xml: string | undefined): StyleInfo {
  const levels = new Map<string, number>();
  const numbering = new Map<string, { numId?: string; ilvl: number }>();
  if (!xml) return { levels, numbering };
  let id: string | undefined;
  parseXml(xml, (t) => {
    const val = t.attributes['w:val'];
    if (id && (t.name === 'w:numId' || t.name === 'w:ilvl')) {
      const n = numbering.get(id) ?? { ilvl: 0 };
      if (t.name === 'w:numId') n.numId = val;
      else n.ilvl = Number(val) || 0;
      numbering.set(id, n);
    }
    if (t.name === 'w:style') id = t.attributes['w:styleId'];
    else if (id && t.name === 'w:name') {
      const m = /^(?:heading|标题)\s*(\d)$/i.exec(val ?? '');
      if (m) levels.set(id, Number(m[1]));
      else if (/^(title|标题)$/i.test(val ?? '')) levels.set(id, 1);
    } else if (id && t.name === 'w:outlineLvl' && !levels.has(id) && Number(val) < 9) levels.set(id, Number(val) + 1);
  }, (name) => { if (name === 'w:style') id = undefined; }, () => undefined);
  return { levels, numbering };
}

function readNumbering(xml: string | undefined): NumberingDefinitions {
  const defs = emptyNumbering();
  if (!xml) return defs;
  let abstract: Map<number, { format: string; text: string; start: number }> | undefined;
  let level: { format: string; text: string; start: number } | undefined;
  let num: { abstract: string; starts: Map<number, number> } | undefined;
  let override: number | undefined;
  parseXml(xml, (t) => {
    const a = t.attributes;
    switch (t.name) {
      case 'w:abstractNum': abstract = new Map(); defs.abstracts.set(a['w:abstractNumId'], abstract); break;
      case 'w:lvl':
        level = { format: 'decimal', text: '', start: 1 };
        if (abstract) abstract.set(Number(a['w:ilvl']) || 0, level);
        break;
      case 'w:numFmt': if (level) level.format = a['w:val'] ?? 'decimal'; break;
      case 'w:lvlText': if (level) level.text = a['w:val'] ?? ''; break;
      case 'w:start': if (level) level.start = Number(a['w:val']) || 1; break;
      case 'w:num': num = { abstract: '', starts: new Map() }; defs.nums.set(a['w:numId'], num); break;
      case 'w:abstractNumId': if (num) num.abstract = a['w:val']; break;
      case 'w:lvlOverride': override = Number(a['w:ilvl']) || 0; break;
      case 'w:startOverride': if (num && override !== undefined) num.starts.set(override, Number(a['w:val']) || 1); break;
    }
  }, (name) => {
    if (name === 'w:lvl') level = undefined;
    else if (name === 'w:abstractNum') abstract = undefined;
    else if (name === 'w:num') num = undefined;
    else if (name === 'w:lvlOverride') override = undefined;
  }, () => undefined);
  return defs;
}

interface RawCell { texts: string[]; span: number; merge?: 'restart' | 'continue' }
interface TableState { rows: { cells: RawCell[]; before: number }[]; depth: number }

export function readDocx(bytes: Uint8Array): ReadResult {
  const parts = unzipParts(bytes, (n) => n === DOCUMENT || n === STYLES || n === COMMENTS || n === NUMBERING);
  const doc = parts.get(DOCUMENT);
  if (!doc) throw new ReaderError('not-word');
  const decoder = new TextDecoder('utf-8');
  const { levels: styles, numbering: styleNumbering } = readStyles(parts.has(STYLES) ? decoder.decode(parts.get(STYLES)) : undefined);
  const counter = new NumberingCounter(readNumbering(parts.has(NUMBERING) ? decoder.decode(parts.get(NUMBERING)) : undefined));
  const notes = new Set<ReaderNote>();
  if (parts.has(COMMENTS)) notes.add('comments');

  const out = new MarkdownBuilder();
  let skip = 0;
  let paragraphs = 0;
  let tables = 0;
  /** Text of the paragraph being read (pieces: runs, tabs, breaks). */
  let para: string[] | undefined;
  let paraDepth = 0;
  let level = 0;
  /** A centred paragraph: a title whose author broke it onto two lines, read as one. */
  let centered = false;
  /** The paragraph's automatic numbering: from its style, overridden by its own w:numPr. */
  let numbering: { numId?: string; ilvl: number } | undefined;
  let inText = false;
  let table: TableState | undefined;
  let tableDepth = 0;
  let cell: RawCell | undefined;

  const closeParagraph = () => {
    // Word draws the number before the text (numId 0 switches a style's numbering off).
    const label = numbering?.numId && numbering.numId !== '0' ? counter.next(numbering.numId, numbering.ilvl) : '';
    numbering = undefined;
    const joined = label + (para ?? []).join('');
    const text = centered ? joinPieces(joined.split('\n')) : joined;
    para = undefined;
    if (tableDepth > 0) {
      // A paragraph inside a cell (or a nested table's cell) is part of the outer cell's text.
      if (cell) cell.texts.push(text);
      return;
    }
    paragraphs++;
    const quote = joinPieces([text.split(PICTURE_LINE).join(PICTURE_QUOTE)]).slice(0, QUOTE_LENGTH);
    out.block(text, level, { paragraph: paragraphs, quote });
  };

  const closeTable = (t: TableState) => {
    tables++;
    const grid: GridCell[][] = [];
    t.rows.forEach((row, r) => {
      const cells: GridCell[] = [];
      const at = (c: number): SourcePlace => ({ table: tables, row: r + 1, column: c + 1 });
      for (let c = 0; c < Math.min(row.before, MAX_COLUMNS); c++) cells.push({ text: '', place: at(c) });
      for (const raw of row.cells) {
        const c0 = cells.length;
        if (c0 >= MAX_COLUMNS) break;
        let origin: GridCell | undefined;
        if (raw.merge === 'continue') origin = grid[r - 1]?.[c0];
        const text = joinPieces(raw.texts);
        for (let k = 0; k < raw.span && c0 + k < MAX_COLUMNS; k++) {
          const covered = k > 0 ? 'left' : origin ? 'above' : undefined;
          // A covered cell points to where its text is: the merged cell's first place.
          const place = origin ? origin.place : k > 0 ? cells[c0].place : at(c0);
          cells.push({ text: covered ? '' : text, covered, place });
        }
      }
      grid.push(cells);
    });
    out.table(grid, { table: tables });
  };

  parseXml(decoder.decode(doc), (t) => {
    const name = t.name;
    // saxes closes self-closing tags too: every open inside a skipped element is matched by a close.
    if (skip) { skip++; return; }
    if (CHANGES.has(name)) notes.add('tracked-changes');
    if (SKIPPED.has(name)) { skip = 1; return; }
    switch (name) {
      case 'w:p':
        if (para) { paraDepth++; break; } // a paragraph in a text box inside a paragraph: same text
        para = [];
        paraDepth = 1;
        level = 0;
        centered = false;
        numbering = undefined;
        break;
      case 'w:pStyle':
        if (para && paraDepth === 1) {
          const style = t.attributes['w:val'] ?? '';
          if (tableDepth === 0) level = styles.get(style) ?? level;
          const n = styleNumbering.get(style);
          if (n) numbering = { ...n };
        }
        break;
      case 'w:numId':
        if (para && paraDepth === 1) numbering = { ilvl: numbering?.ilvl ?? 0, ...numbering, numId: t.attributes['w:val'] };
        break;
      case 'w:ilvl':
        if (para && paraDepth === 1) numbering = { ...numbering, ilvl: Number(t.attributes['w:val']) || 0 };
        break;
      case 'w:outlineLvl':
        if (para && tableDepth === 0 && Number(t.attributes['w:val']) < 9) level = Number(t.attributes['w:val']) + 1;
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:drawing':
      case 'w:pict':
        // A picture outside tables (a table pasted as an image, a seal): a line of its own the engine knows as one.
        if (para && tableDepth === 0) para.push(`\n${PICTURE_LINE}\n`);
        break;
      case 'w:tab':
        if (para && !t.attributes['w:val']) para.push(' ');
        break;
      case 'w:br':
      case 'w:cr':
        // A page or column break is no line of text; a line break is, except in a centred paragraph (below).
        if (para && (t.attributes['w:type'] ?? 'textWrapping') === 'textWrapping') para.push(tableDepth ? ' ' : '\n');
        break;
      case 'w:jc':
        if (para && paraDepth === 1) centered = t.attributes['w:val'] === 'center';
        break;
      case 'w:tbl':
        tableDepth++;
        if (tableDepth === 1) table = { rows: [], depth: 1 };
        break;
      case 'w:tr':
        if (tableDepth === 1) table!.rows.push({ cells: [], before: 0 });
        break;
      case 'w:gridBefore':
        if (tableDepth === 1 && table!.rows.length) table!.rows[table!.rows.length - 1].before = Number(t.attributes['w:val']) || 0;
        break;
      case 'w:tc':
        if (tableDepth === 1) {
          cell = { texts: [], span: 1 };
          table!.rows[table!.rows.length - 1]?.cells.push(cell);
        }
        break;
      case 'w:gridSpan':
        if (tableDepth === 1 && cell) cell.span = Math.max(1, Math.min(64, Number(t.attributes['w:val']) || 1));
        break;
      case 'w:vMerge':
        if (tableDepth === 1 && cell) cell.merge = t.attributes['w:val'] === 'restart' ? 'restart' : 'continue';
        break;
    }
  }, (name) => {
    if (skip) { skip--; return; }
    switch (name) {
      case 'w:t': inText = false; break;
      case 'w:p':
        if (para && --paraDepth === 0) closeParagraph();
        break;
      case 'w:tbl':
        if (tableDepth === 1 && table) closeTable(table);
        tableDepth--;
        break;
      case 'w:tc':
        if (tableDepth === 1) cell = undefined;
        break;
    }
  }, (text) => {
    if (!skip && inText && para) para.push(text);
  });
  const { text, map } = out.result();
  return { kind: 'docx', text, map, notes: [...notes] };
}
