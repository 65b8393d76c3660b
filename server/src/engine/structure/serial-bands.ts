/**
 * A 序号 column in a browser's printout of table 三 in plain pdftotext (print-html-raw): each row's number stands alone
 * on its line right before its label (… `77` / `2` / `二、上年结转…`), after the row above's numbers, so the blocks hold
 * one number more per row than the table's cells and the readers take the next row's 序号 as a row's total. Such a
 * number is the column's only where the text shows the whole column: 1, 2, 3 … in the text's order, each one more than
 * the last, each right before a line of words, on half the table's rows or more. (Counts so placed would have to run
 * 1, 2, 3 … row after row; and the blocks are still read only where exactly one table keeps every sum.)
 *
 * A Word table's printout (print-raw) scatters the same column: some numbers before their labels' words on one line
 * (`2 二、上年结转政府信息`, `21 人无正当理由逾期不补`), a page's run of them one per line (`2 / 3 / … / 20`), and
 * the rest alone beside a label or at a page's foot (`5` between `1.属于` and `国家秘 0`). Under a header that names
 * the column (序号, or 序 / 号 a line apart), the column is found where every number 1 … the table's rows (or one row
 * fewer: a row left out) stands so, once: in a run of three or more rising by one, before a label's words, or — those
 * not found so — as the only lone number of its value. Anything else: nothing is dropped (the blocks then hold a
 * number too many, and no table keeps every sum: unread).
 */
import type { TextCell } from '../model';
import type { PagedBandItem } from './printed-bands';

/** The band items without the 序号 column's numbers, or the items as they were where the text shows no such column. */
export function withoutSerialItems(items: readonly PagedBandItem[], lines: readonly string[], skip: (line: number) => boolean, rows: number, from = 0, to = lines.length - 1): readonly PagedBandItem[] {
  const serials = new Set<PagedBandItem>();
  let next = 1;
  for (const it of items) {
    const v = lone(it);
    if (v && Number(v.text) === next && wordsAfter(lines, skip, v.span.line)) { serials.add(it); next++; }
  }
  if (serials.size * 2 >= rows) return items.filter((it) => !serials.has(it));
  return scatteredSerials(items, lines, skip, rows, from, to) ?? items;
}

/** The one number of an item that is a line of its own (not one beside a label's words). */
function lone(it: PagedBandItem): TextCell | undefined {
  return 'lines' in it && it.lines.length === 1 && it.lines[0].length === 1 ? it.lines[0][0] : undefined;
}

/** Whether the next line with anything on it (furniture and page numbers passed) begins with words, not a number. */
function wordsAfter(lines: readonly string[], skip: (line: number) => boolean, line: number): boolean {
  for (let i = line + 1; i < lines.length; i++) {
    const t = lines[i].replace(/^\f/, '').trim();
    if (!t || skip(i)) continue;
    return /^[^0-9\s]/.test(t);
  }
  return false;
}

/** A number before a label's words on its line: `2 二、上年结转政府信息`. */
const BEFORE_WORDS = /^([0-9]+)[ \u00a0]+[^0-9\s]/;
/** The shortest run of numbers one per line, each one more than the last, taken for the column's without more. */
const RUN = 3;

/** Table 三's part heading (or its title row), looked for this far above the first row's label. */
const HEADING = /收到和处理政府信息公开申请/;
const HEAD_REACH = 40;

/** Where an item's line stands: item k, line j (a `beside` item: line 0). */
interface At { k: number; j: number }

/**
 * The items without a 序号 column scattered over the text (see above), or undefined where the text does not show the
 * column whole.
 */
function scatteredSerials(items: readonly PagedBandItem[], lines: readonly string[], skip: (line: number) => boolean, rows: number, from: number, to: number): PagedBandItem[] | undefined {
  // The header stands between the part's heading and the first row's label (`from`): the column's 1 may too.
  let head = from;
  for (let i = from - 1; i >= Math.max(0, from - HEAD_REACH); i--) if (HEADING.test(lines[i])) { head = i; break; }
  if (!serialHeader(lines, head, to, skip)) return undefined;
  const text = (i: number) => lines[i].replace(/^\f/, '').trim();
  /** Numbers before a label's words (or alone between the heading and the first label), with their lines. */
  const before: [number, number][] = [];
  for (let i = head; i <= to && i < lines.length; i++) {
    const m = skip(i) ? null : i < from ? /^([0-9]+)$/.exec(text(i)) ?? BEFORE_WORDS.exec(text(i)) : BEFORE_WORDS.exec(text(i));
    if (m) before.push([Number(m[1]), i]);
  }
  /** Each item's lines of one number: the candidates. */
  const single = (k: number, j: number): TextCell | undefined => {
    const it = items[k];
    if ('beside' in it) return j === 0 ? it.beside : undefined;
    return it.lines[j]?.length === 1 ? it.lines[j][0] : undefined;
  };
  for (const top of [rows, rows - 1]) {
    /** The column's numbers found: where each stands (an item's line, or a line of words: no item), and its line. */
    const found = new Map<number, { at?: At; line: number }>();
    let clash = false;
    const take = (v: number, line: number, at?: At) => { if (v < 1 || v > top) return; if (found.has(v)) clash = true; found.set(v, { at, line }); };
    for (const [v, line] of before) take(v, line);
    // Runs of one number per line rising by one within a block.
    items.forEach((it, k) => {
      if ('beside' in it) return;
      for (let j = 0; j < it.lines.length;) {
        let e = j;
        while (single(k, e) && single(k, e + 1) && Number(single(k, e + 1)!.text) === Number(single(k, e)!.text) + 1) e++;
        if (e - j + 1 >= RUN && single(k, j)) { for (let x = j; x <= e; x++) take(Number(single(k, x)!.text), single(k, x)!.span.line, { k, j: x }); j = e + 1; } else j++;
      }
    });
    if (clash) continue;
    // The rest: lone numbers (beside a label, or an item's first line of one number), each the only one of its value,
    // or the only one of its value between the column's numbers found before and after it.
    const lonely = new Map<number, { at: At; line: number }[]>();
    items.forEach((_, k) => {
      const v = single(k, 0);
      if (!v || [...found.values()].some((f) => f.at?.k === k && f.at.j === 0)) return;
      lonely.set(Number(v.text), [...(lonely.get(Number(v.text)) ?? []), { at: { k, j: 0 }, line: v.span.line }]);
    });
    for (let more = true; more;) {
      more = false;
      for (let v = 1; v <= top; v++) {
        if (found.has(v)) continue;
        const all = lonely.get(v) ?? [];
        let lo = -1;
        let hi = Infinity;
        for (const [u, f] of found) { if (u < v) lo = Math.max(lo, f.line); else hi = Math.min(hi, f.line); }
        const between = all.filter((c) => c.line > lo && c.line < hi);
        const one = all.length === 1 ? all[0] : between.length === 1 ? between[0] : undefined;
        if (one) { found.set(v, one); more = true; }
      }
    }
    if (found.size < top) continue;
    const drop = new Set([...found.values()].flatMap((f) => (f.at ? [`${f.at.k}:${f.at.j}`] : [])));
    return items.flatMap((it, k): PagedBandItem[] => {
      if ('beside' in it) return drop.has(`${k}:0`) ? [] : [it];
      // A block cut where the column's numbers stood: the pieces are blocks of their own, the first keeping the item's marks.
      const pieces: TextCell[][][] = [[]];
      it.lines.forEach((l, j) => { if (drop.has(`${k}:${j}`)) pieces.push([]); else pieces[pieces.length - 1].push(l); });
      const kept = pieces.filter((p) => p.length);
      if (kept.length === 1 && kept[0].length === it.lines.length) return [it];
      const { lines: _l, maybeFirst: _m, ...marks } = it;
      return kept.map((p, x) => (x === 0 && pieces[0].length ? { ...marks, lines: p } : { lines: p }));
    });
  }
  return undefined;
}

/** The table's header names a 序号 column: `序号`, or `序` and `号` starting lines a few apart (a narrow cell). */
function serialHeader(lines: readonly string[], from: number, to: number, skip: (line: number) => boolean): boolean {
  for (let i = from; i <= to && i < lines.length; i++) {
    if (skip(i)) continue;
    const t = lines[i].replace(/^\f/, '').trim();
    if (/^序号/.test(t)) return true;
    if (/^序(?:\s|$)/.test(t)) for (let j = i + 1; j <= i + 4 && j < lines.length; j++) if (/^号(?:\s|$)/.test(lines[j].replace(/^\f/, '').trim())) return true;
  }
  return false;
}
