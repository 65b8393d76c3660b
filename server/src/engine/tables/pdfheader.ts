/**
 * Header cells of tables 三 and 四 in PDF text, assembled from the pieces Word's narrow header cells
 * break into (`商 科 社 法` / `业 研 会 律` / `企 机 公 服` …): see grid.ts and pdfraw.ts.
 */
import { normalizeLabel } from '../text/normalize';
import type { TextCell } from '../model';
import { FORMAT_2021, TABLE3_HEADER_NOTE } from '../format';
import { columnVariants, lookupHeaderWord, lookupVariant } from './labels';
import { center, textCell, Word } from './grid';

/** How far (in columns) a header piece may sit from the piece above it in the same cell. */
const STACK_REACH = 2;

export const NOTE = normalizeLabel(TABLE3_HEADER_NOTE);

/** Header labels of each positional table: the cells a complete header has (group labels aside). */
const HEADER_COLUMNS: Record<'table3' | 'table4', string[]> = {
  table3: FORMAT_2021.table3Columns.map((c) => c.label),
  table4: FORMAT_2021.table4Groups.flatMap((g) => g.columns.map((c) => c.label)),
};
/** Labels over several columns, which stand as one word. */
const HEADER_GROUPS: Record<'table3' | 'table4', string[]> = {
  table3: ['申请人情况', '法人或其他组织'],
  table4: FORMAT_2021.table4Groups.flatMap((g) => [g.label, g.parent ?? '']).filter((x) => x),
};

/** The column and group labels of each table's header, normalised (asked of every header piece). */
const HEADER_LABELS: Record<'table3' | 'table4', string[]> = {
  table3: [...HEADER_COLUMNS.table3, ...HEADER_GROUPS.table3].map(normalizeLabel),
  table4: [...HEADER_COLUMNS.table4, ...HEADER_GROUPS.table4].map(normalizeLabel),
};
/** Every character of table 三's header words (columns and groups): a line of nothing else is a header's pieces. */
export const TABLE3_HEADER_CHARS: ReadonlySet<string> = new Set(HEADER_LABELS.table3.join(''));
const WHOLE_HEADER: Record<'table3' | 'table4', Set<string>> = { table3: new Set(HEADER_LABELS.table3), table4: new Set(HEADER_LABELS.table4) };
/** The labels of the header's columns, normalised. */
const COLUMN_LABELS: Record<'table3' | 'table4', string[]> = { table3: HEADER_COLUMNS.table3.map(normalizeLabel), table4: HEADER_COLUMNS.table4.map(normalizeLabel) };
const COLUMN_COUNTS = { table3: countsOf(COLUMN_LABELS.table3), table4: countsOf(COLUMN_LABELS.table4) };

/** A column or group label of the table's header, whole. */
export function isWholeHeader(norm: string, table: 'table3' | 'table4'): boolean {
  // The 勾稽 note is known by its phrase alone, so a cell holding it may hold other pieces too.
  if (norm.includes('勾稽')) return false;
  return WHOLE_HEADER[table].has(norm) || !!lookupHeaderWord(norm);
}

/** A piece of a column or group label of the table's header (商业企, 益组织). */
export function inHeaderLabel(norm: string, table: 'table3' | 'table4'): boolean {
  return norm !== '' && HEADER_LABELS[table].some((l) => l.includes(norm));
}

function charCounts(texts: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) for (const ch of t) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/**
 * Header cells from pieces stacked in columns: the pieces one under another (each within reach of
 * the piece above) are one cell, read top to bottom; a column or group label whole on its line is
 * a cell by itself. When pdftotext shifted the pieces too much to stack them, but they hold exactly
 * the characters of the standard header, the header is the standard one (nothing is missing).
 */
export function headerCells(words: Word[], table: 'table3' | 'table4'): TextCell[] {
  const cells: TextCell[] = [];
  const whole = WHOLE_HEADER[table];
  const stacks: { start: number; end: number; pieces: Word[] }[] = [];
  const pieces: Word[] = [];
  for (const w of words) {
    const norm = normalizeLabel(w.text);
    if (whole.has(norm) || lookupHeaderWord(norm)) { cells.push(textCell(w)); continue; }
    // Pieces of the 勾稽 note (和）) are no column's; pdftotext may shift a column's piece far left.
    if (NOTE.includes(norm) || [...w.text].length > 4) continue;
    pieces.push(w);
    // pdftotext shifts a line's glyphs by a column or two: the nearest stack within reach, one piece per line.
    let s: (typeof stacks)[number] | undefined;
    let best = STACK_REACH;
    for (const x of stacks) {
      const last = x.pieces[x.pieces.length - 1];
      const d = Math.abs(center(last) - center(w));
      if (last.line < w.line && d <= best) { best = d; s = x; }
    }
    if (s) { s.pieces.push(w); s.start = Math.min(s.start, w.start); s.end = Math.max(s.end, w.end); } else stacks.push({ start: w.start, end: w.end, pieces: [w] });
  }
  const stacked = stacks.sort((a, b) => a.start - b.start).map((s) => {
    const text = s.pieces.map((p) => p.text).join('');
    return { ...textCell(s.pieces[0]), text, norm: normalizeLabel(text) };
  });
  const expected = COLUMN_LABELS[table];
  const have = countsOf([...cells, ...stacked].map((c) => c.norm));
  const need = COLUMN_COUNTS[table];
  const complete = expected.every((e) => (have.get(e) ?? 0) >= need.get(e)!);
  if (!complete && pieces.length) {
    const missing = expected.filter((e) => !cells.some((c) => c.norm === e));
    const got = charCounts(pieces.map((p) => normalizeLabel(p.text)));
    const same = (labels: string[]) => { const want = charCounts(labels); return want.size === got.size && [...want].every(([ch, n]) => got.get(ch) === n); };
    // …or those of the standard header with one column worded a known other way (社会组织): that column so named.
    const worded = same(missing) ? missing : oneVariant(missing, table, same);
    if (worded) {
      const at = textCell(pieces[0]);
      return [...cells, ...worded.map((label) => ({ ...at, text: label, norm: label }))];
    }
  }
  return [...cells, ...stacked];
}


/** `labels` with one of them replaced by a known variant of it, the first such list `fits`; else undefined. */
function oneVariant(labels: string[], table: 'table3' | 'table4', fits: (labels: string[], official: string, variant: string) => boolean): string[] | undefined {
  for (const { variant, official } of columnVariants(table)) {
    const k = labels.indexOf(normalizeLabel(official));
    if (k < 0) continue;
    const worded = labels.map((l, i) => (i === k ? variant : l));
    if (fits(worded, normalizeLabel(official), normalizeLabel(variant))) return worded;
  }
  return undefined;
}

/** The official label's characters its variant lacks, in order (社会公益组织, 法人或其他组织-社会组织: 公益). */
function lacking(official: string, variant: string): string {
  return [...official].filter((ch) => !variant.includes(ch)).join('') || official;
}

/** Whether `got` holds the characters of `want`, each as often or more. */
function holdsCharacters(got: Map<string, number>, want: Map<string, number>): boolean {
  return [...want].every(([ch, n]) => (got.get(ch) ?? 0) >= n);
}

/** …and no other character. */
function sameCharacters(got: Map<string, number>, want: Map<string, number>): boolean {
  return got.size === want.size && holdsCharacters(got, want);
}

/** How often each text occurs in the list. */
function countsOf(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/**
 * Header cells of plain pdftotext output, where the pieces' positions say nothing (every line starts
 * at the left): when the pieces that are no whole label hold at least the characters of the columns
 * not found whole, or `full` rows show every column, those columns are there, only cut up and
 * interleaved (the rest may come pages later): the header is the standard one.
 */
export function rawHeaderCells(words: Word[], table: 'table3' | 'table4', full = false): TextCell[] {
  // Cells of one baseline glued without a space (pdf-parse: 商业企业科研机构社会组织) are the labels they spell.
  words = words.flatMap((w) => gluedLabels(w, table) ?? [w]);
  // A column's label written another way (社会组织), whole in its cell, names that column (label-nonstandard says so).
  const variants = words.filter((w) => variantOf(normalizeLabel(w.text), table));
  // … or wrapped over two lines that come one after the other (社会组 / 织: a cell per line, PyMuPDF and mutool).
  const wrapped = wrappedVariants(words.filter((w) => !variants.includes(w)), table);
  const used = new Set(wrapped.flatMap((x) => x.pieces));
  const cells = [...headerCells(words.filter((w) => !variants.includes(w) && !used.has(w)), table), ...variants.map(textCell), ...wrapped.map((x) => x.cell)];
  const expected = COLUMN_LABELS[table];
  const have = cells.map((c) => variantOf(c.norm, table) ?? c.norm);
  // Counted with repeats: table 四's 总计 heads three columns, and one of them may be glued into a run of pieces.
  const left = [...have];
  const missing = expected.filter((e) => {
    const k = left.indexOf(e);
    if (k < 0) return true;
    left.splice(k, 1);
    return false;
  });
  if (!missing.length) return cells;
  const pieces = words.filter((w) => !used.has(w)).map((w) => normalizeLabel(w.text)).filter((n) => !isWholeHeader(n, table) && !variantOf(n, table) && !NOTE.includes(n));
  const got = charCounts(pieces);
  const want = charCounts(missing);
  // Rows with a number in every column show the columns are all there, whatever became of their pieces.
  if (!full && !holdsCharacters(got, want)) return cells;
  const whole = cells.filter((c) => isWholeHeader(c.norm, table) || variantOf(c.norm, table));
  const at = textCell(words[0]);
  // The header's pieces (a printout's header on every page, some of them) spelling those columns with one of them worded a
  // known other way, and no character but theirs (社会组 / 织, no 公益 anywhere): that column so named, as the writer named it.
  const inHeader = charCounts(pieces.filter((p) => inHeaderLabel(p, table) || columnVariants(table).some((v) => normalizeLabel(v.variant).includes(p))));
  // (Nor where a piece holds what the official label has and the worded one lacks: 公益 glued to
  // another column's 织 in `社会 法律 织公益 服务 其他`, plain pdftotext of a printout's flattened header, variant seed 9911 v010.)
  const worded = oneVariant(missing, table, (labels, official, variant) => sameCharacters(inHeader, charCounts(labels))
    && !pieces.some((p) => p.includes(lacking(official, variant))));
  return [...whole, ...(worded ?? missing).map((label) => ({ ...at, text: label, norm: label }))];
}

/**
 * A word cut into column or group labels of the table's header, whole or known variants, when it is two or more
 * of them glued (one way only: the shortest label at each place); else undefined.
 */
function gluedLabels(w: Word, table: 'table3' | 'table4'): Word[] | undefined {
  const text = w.text;
  if (text.length < 4 || text.length > 40 || /\s/.test(text)) return undefined;
  const label = (t: string) => { const n = normalizeLabel(t); return WHOLE_HEADER[table].has(n) || !!variantOf(n, table); };
  if (label(text)) return undefined;
  const out: Word[] = [];
  let at = 0;
  while (at < text.length) {
    let end = at + 2;
    while (end <= text.length && !label(text.slice(at, end))) end++;
    if (end > text.length) return undefined;
    out.push({ ...w, text: text.slice(at, end), start: w.start + at, end: w.start + end });
    at = end;
  }
  return out.length > 1 ? out : undefined;
}

/** Longest run of pieces one variant label is read from (社/会/组/织: one character per line, PyMuPDF and pdf-parse). */
const WRAP_PIECES = 6;

/**
 * Pieces one after the other (a blank line between at most: mutool), none a label by itself, that together
 * spell a known variant of a column's label: two (社会组 / 织) or one character per line (社 / 会 / 组 / 织).
 */
function wrappedVariants(words: Word[], table: 'table3' | 'table4'): { cell: TextCell; pieces: Word[] }[] {
  const out: { cell: TextCell; pieces: Word[] }[] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    if (isWholeHeader(normalizeLabel(words[k].text), table)) continue;
    let text = words[k].text;
    for (let m = k + 1; m < words.length && m - k < WRAP_PIECES; m++) {
      const [a, b] = [words[m - 1], words[m]];
      if (b.line - a.line > 2 || b.line <= a.line || isWholeHeader(normalizeLabel(b.text), table)) break;
      text += b.text;
      if (!variantOf(normalizeLabel(text), table)) continue;
      out.push({ cell: { ...textCell(words[k]), text, norm: normalizeLabel(text) }, pieces: words.slice(k, m + 1) });
      k = m;
      break;
    }
  }
  return out;
}

/** The official label (normalised) of the column of `table` that `norm` is a known variant of. */
export function variantOf(norm: string, table: 'table3' | 'table4'): string | undefined {
  const v = lookupVariant(norm);
  return v && v.kind === 'column' && v.table === table ? normalizeLabel(v.official) : undefined;
}
/**
 * The columns' positions from the header pieces stacked over them, when no header line has a piece
 * over every column (a group's header cells sit a line higher than the others'): pieces whose centres
 * lie within a column of each other are one column, read top to bottom. Only when every stack spells
 * its column's label, in order, are the positions trusted; otherwise undefined.
 */
export function stackedColumns(words: Word[], table: 'table3' | 'table4'): Word[] | undefined {
  const groups = new Set(HEADER_GROUPS[table].map(normalizeLabel));
  // Group labels span columns; the 勾稽 note stands over the label columns.
  const pieces = words.filter((w) => { const n = normalizeLabel(w.text); return n !== '' && !groups.has(n) && !n.includes('勾稽') && !(table === 'table3' && NOTE.includes(n)); });
  const columns: Word[][] = [];
  for (const w of [...pieces].sort((a, b) => center(a) - center(b))) {
    const last = columns[columns.length - 1];
    if (last && Math.abs(center(w) - center(last[0])) <= 1) last.push(w);
    else columns.push([w]);
  }
  const labels = COLUMN_LABELS[table];
  if (columns.length !== labels.length) return undefined;
  const spelt = columns.map((c) => normalizeLabel(c.sort((a, b) => a.line - b.line).map((w) => w.text).join('')));
  if (spelt.some((s, i) => s !== labels[i])) return undefined;
  return columns.map((c) => ({ ...c[0], start: Math.min(...c.map((w) => w.start)), end: Math.max(...c.map((w) => w.end)) }));
}

