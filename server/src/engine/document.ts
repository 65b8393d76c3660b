/**
 * ReportDocument: the incremental parser. It keeps lines, their lexed tokens and parsed blocks;
 * an edit re-lexes only the lines it touches and re-parses only the blocks those lines belong to.
 */
import { lexShownLine, LineKind, LineToken, maySuspect } from './text/lines';
import { mayHaveInlineTag, withoutInlineTags } from './text/tags';
import { Block, parseBlock, shiftBlock } from './structure/block';
import { gridTableHeading } from './structure/headings';
import { titleBelowHeader } from './structure/table-title';
import { assemble } from './structure/assemble';
import type { ReportModel } from './model';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface TextChange { range?: Range; text: string }


/** Split text into lines and the line breaks that end them (the last line has ''). */
export function splitLines(text: string): { lines: string[]; eols: string[] } {
  const lines: string[] = [];
  const eols: string[] = [];
  if (text.indexOf('\r') < 0) {
    // Only \n breaks (most files): indexOf is several times faster than the regex below.
    let last = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', last)) {
      lines.push(text.slice(last, at));
      eols.push('\n');
      last = at + 1;
    }
    lines.push(text.slice(last));
    eols.push('');
    return { lines, eols };
  }
  // \r\n, \r or \n, found with indexOf (a regex made a match array per line): at each step the nearer of the
  // next \r and the next \n ends the line, a \r followed by \n as one break.
  let last = 0;
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  while (cr >= 0 || lf >= 0) {
    if (lf >= 0 && (cr < 0 || lf < cr)) {
      lines.push(text.slice(last, lf));
      eols.push('\n');
      last = lf + 1;
    } else {
      lines.push(text.slice(last, cr));
      const crlf = text.charCodeAt(cr + 1) === 10;
      eols.push(crlf ? '\r\n' : '\r');
      last = cr + (crlf ? 2 : 1);
      cr = text.indexOf('\r', last);
    }
    if (lf >= 0 && lf < last) lf = text.indexOf('\n', last);
  }
  lines.push(text.slice(last));
  eols.push('');
  return { lines, eols };
}

let nextBlockId = 1;

export interface ParseStats { lexedLines: number; parsedBlocks: number; reusedBlocks: number }

export class ReportDocument {
  private lines: string[];
  /**
   * The lines as shown, without the inline tags converters leave (./text/tags.ts): what the prose and title
   * readers read. The same strings as `lines` where a line has none (nearly always).
   */
  private shown: string[];
  private eols: string[];
  private lex: LineToken[];
  private blocks: Block[] = [];
  private model?: ReportModel;
  private lastModel?: ReportModel;
  /** Bumped on every change; caches elsewhere key on it. */
  version = 0;
  /** Length of the text in UTF-16 units, kept up to date without joining the lines. */
  length = 0;
  /** What the last update did, for tests and the benchmark. */
  stats: ParseStats = { lexedLines: 0, parsedBlocks: 0, reusedBlocks: 0 };

  constructor(text: string) {
    // A BOM stays in the first line (the lexer treats it as white space), so getText() is the input.
    const { lines, eols } = splitLines(text);
    this.lines = lines;
    // A text without a tag's cue anywhere has none on any line (one scan of the text, not three of every line).
    this.shown = mayHaveInlineTag(text) ? lines.map(withoutInlineTags) : lines.slice();
    this.eols = eols;
    this.lex = lexAll(lines, this.shown, maySuspect(text));
    this.length = text.length;
    this.stats = { lexedLines: lines.length, parsedBlocks: 0, reusedBlocks: 0 };
    this.reblock();
  }

  get lineCount(): number { return this.lines.length; }
  getLines(): readonly string[] { return this.lines; }
  getLine(i: number): string { return this.lines[i] ?? ''; }
  getText(): string {
    let out = '';
    for (let i = 0; i < this.lines.length; i++) out += this.lines[i] + this.eols[i];
    return out;
  }
  getLexed(): readonly LineToken[] { return this.lex; }

  /** The line break most lines use (for text that fixes insert). */
  get eol(): string {
    // Read on every analysis: counted once per version.
    if (this.eolOf?.version !== this.version) this.eolOf = { version: this.version, eol: commonestBreak(this.eols) };
    return this.eolOf.eol;
  }
  private eolOf?: { version: number; eol: string };
  getBlocks(): readonly Block[] { return this.blocks; }

  /** Apply LSP-style changes in order (a change without range replaces the whole text). */
  update(changes: TextChange[]): void {
    for (const c of changes) {
      if (!c.range) this.replaceAll(c.text);
      else this.applyEdit(c.range, c.text);
    }
  }

  private replaceAll(text: string): void {
    const fresh = new ReportDocument(text);
    this.lines = fresh.lines;
    this.shown = fresh.shown;
    this.eols = fresh.eols;
    this.lex = fresh.lex;
    this.length = fresh.length;
    this.blocks = fresh.blocks;
    this.model = undefined;
    this.stats = fresh.stats;
    this.version++;
  }

  applyEdit(range: Range, text: string): void {
    const a = clampPos(range.start, this.lines);
    const b = clampPos(range.end, this.lines);
    const [s, e] = comparePos(a, b) <= 0 ? [a, b] : [b, a];
    const prefix = this.lines[s.line].slice(0, s.character);
    const suffix = this.lines[e.line].slice(e.character);
    const lastEol = this.eols[e.line];
    const { lines: newLines, eols: newEols } = splitLines(prefix + text + suffix);
    newEols[newEols.length - 1] = lastEol;
    // A lone \r before the edit and \n after it would become one break: re-split the joined lines to be safe.
    const removed = e.line - s.line + 1;
    for (let i = s.line; i <= e.line; i++) this.length -= this.lines[i].length + this.eols[i].length;
    for (let i = 0; i < newLines.length; i++) this.length += newLines[i].length + newEols[i].length;
    const newShown = newLines.map(withoutInlineTags);
    this.lines.splice(s.line, removed, ...newLines);
    this.shown.splice(s.line, removed, ...newShown);
    this.eols.splice(s.line, removed, ...newEols);
    this.lex.splice(s.line, removed, ...lexAll(newLines, newShown, true));
    this.stats = { lexedLines: newLines.length, parsedBlocks: 0, reusedBlocks: 0 };
    if (this.mergeSplitCrLf(s.line, s.line + newLines.length)) this.reblock();
    else this.reblock({ oldStart: s.line, oldEnd: e.line + 1, newEnd: s.line + newLines.length });
    this.model = undefined;
    this.version++;
  }

  /**
   * An edit can leave "\r" ending one line and "\n" alone after it: that is one CRLF break.
   * Merge such pairs; returns true when it did (rare, so the caller then re-blocks everything).
   */
  private mergeSplitCrLf(from: number, to: number): boolean {
    let merged = false;
    for (let i = Math.max(0, from - 1); i < Math.min(to + 1, this.lines.length - 1); i++) {
      if (this.eols[i] === '\r' && this.lines[i + 1] === '' && this.eols[i + 1] === '\n') {
        // Same characters, one line fewer: the length does not change.
        this.eols[i] = '\r\n';
        this.lines.splice(i + 1, 1);
        this.shown.splice(i + 1, 1);
        this.eols.splice(i + 1, 1);
        this.lex.splice(i + 1, 1);
        merged = true;
      }
    }
    return merged;
  }

  /**
   * Recompute block boundaries (a cheap scan of line kinds) and reuse every old block whose lines
   * the edit did not touch and whose boundaries are unchanged once moved by the edit's line delta.
   * Only the blocks around the edit can change: the scan covers the touched blocks and one block
   * either side (their outer boundaries depend on untouched lines only); the blocks before are kept
   * as they are, the blocks after are kept and moved.
   */
  private reblock(edit?: { oldStart: number; oldEnd: number; newEnd: number }): void {
    const old = this.blocks;
    const delta = edit ? edit.newEnd - edit.oldEnd : 0;
    let first = 0;
    let last = old.length - 1;
    if (edit && old.length) {
      let touchedFirst = 0;
      while (touchedFirst < old.length - 1 && old[touchedFirst].endLine <= edit.oldStart) touchedFirst++;
      let touchedLast = touchedFirst;
      while (touchedLast < old.length - 1 && old[touchedLast + 1].startLine < edit.oldEnd) touchedLast++;
      first = Math.max(0, touchedFirst - 1);
      last = Math.min(old.length - 1, touchedLast + 1);
    }
    const reusable = new Map<number, Block>();
    if (edit) {
      for (let k = first; k <= last; k++) {
        const b = old[k];
        if (b.endLine <= edit.oldStart) reusable.set(b.startLine, b);
        else if (b.startLine >= edit.oldEnd) reusable.set(b.startLine + delta, b);
      }
    }
    const blocks: Block[] = edit ? old.slice(0, first) : [];
    this.stats.reusedBlocks += blocks.length;
    const addBlock = (start: number, end: number) => {
      const reused = reusable.get(start);
      if (reused && reused.endLine - reused.startLine === end - start) {
        shiftBlock(reused, start - reused.startLine);
        blocks.push(reused);
        this.stats.reusedBlocks++;
      } else {
        blocks.push({ id: nextBlockId++, startLine: start, endLine: end, parse: parseBlock(this.lines, this.lex, start, end, this.shown) });
        this.stats.parsedBlocks++;
      }
    };
    const regionStart = edit && old.length ? old[first].startLine : 0;
    const regionEnd = edit && old.length ? old[last].endLine + delta : this.lines.length;
    let start = regionStart;
    // A part's title row below its table's header rows starts the part at the table (structure/table-title.ts):
    // the title row's own line then starts nothing.
    let titleLine = titleBelowHeader(this.lines, this.lex, regionStart)?.line ?? -1;
    for (let i = regionStart + 1; i < regionEnd; i++) {
      if (i === titleLine) continue;
      const tok = this.lex[i];
      const below = tok.kind === LineKind.Section ? undefined : titleBelowHeader(this.lines, this.lex, i);
      if (below) titleLine = below.line;
      // Sections start blocks; inside a section, prose paragraphs and sub-headings after a blank line
      // do too, so typing in a long section re-parses only the paragraph around the cursor.
      // (…and a grid table whose title row is a part's title: structure/headings.ts gridTableHeading.)
      if (tok.kind === LineKind.Section || (tok.soft && this.lex[i - 1].kind === LineKind.Blank) || gridTableHeading(this.lines, i) || below) {
        addBlock(start, i);
        start = i;
      }
    }
    addBlock(start, regionEnd);
    if (edit) {
      for (let k = last + 1; k < old.length; k++) {
        shiftBlock(old[k], delta);
        blocks.push(old[k]);
      }
      this.stats.reusedBlocks += old.length - 1 - last;
    }
    this.blocks = blocks;
  }

  getModel(): ReportModel {
    if (!this.model) {
      this.model = assemble(this.shown, this.blocks, this.lastModel);
      this.lastModel = this.model;
    }
    return this.model;
  }
}

/** The line break most lines end with (LF, CRLF or a lone CR as old Mac files have); LF on a tie. */
/** Each line's token, told by `shown` (the same lines without inline tags) whether it has a tag to take out. */
function lexAll(lines: readonly string[], shown: readonly string[], suspect: boolean): LineToken[] {
  // Pushed, not written into new Array(n): a packed array, as map() made, for the parser's reads.
  const out: LineToken[] = [];
  for (let i = 0; i < lines.length; i++) out.push(lexShownLine(lines[i], shown[i], suspect));
  return out;
}

function commonestBreak(eols: readonly string[]): string {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < eols.length && i < 2000; i++) {
    const e = eols[i];
    if (e === '\n') lf++;
    else if (e === '\r\n') crlf++;
    else if (e === '\r') cr++;
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

function clampPos(p: Position, lines: string[]): Position {
  const line = Math.max(0, Math.min(p.line, lines.length - 1));
  const character = Math.max(0, Math.min(p.character, lines[line].length));
  return { line, character };
}

function comparePos(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
