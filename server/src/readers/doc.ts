/**
 * Word 97–2003 (.doc), read with word-extractor (a small, pure-JavaScript reader of the binary format).
 * It gives the body text with a tab after every table cell, but the ends of table rows only now and then:
 * rows are found again where a label follows a number (labels come first in a row, numbers after), and
 * each becomes one tab-separated line, a layout the engine reads. Merged cells are not known here.
 */
import { MarkdownBuilder } from './markdown';
import { ReaderError } from './messages';
import type { ReadResult } from './types';

/** A number as reports write them, also in Chinese numerals (a wrong but real entry): never a label. */
const VALUE = /^[\d０-９.,，．\s/／\-－—–]+$|^无$|^[零〇一二三四五六七八九十百千万两]+$/;

/** The rows of one line of table text (cells separated by tabs, some row ends missing). */
function splitRows(cells: string[]): string[][] {
  const rows: string[][] = [];
  let cur: string[] = [];
  let empties = 0;
  for (const raw of cells) {
    const t = raw.trim();
    const labels = cur.filter((c) => c && !VALUE.test(c)).length;
    const values = cur.some((c) => VALUE.test(c));
    // A new row: a label after numbers; a label after two empty cells that follow a label (the end of a
    // header row whose last cell is merged); numbers after a row of three or more labels (a header row).
    const newRow = t && (!VALUE.test(t) ? values || (labels > 0 && empties >= 2) : labels >= 3 && !values && empties >= 1);
    if (newRow) {
      rows.push(cur);
      cur = [];
    }
    empties = t ? 0 : empties + 1;
    cur.push(t);
  }
  rows.push(cur);
  // Empty cells after a row's last number are the row's end mark and the next row's merged cells, except
  // where the row has fewer numbers than its table's other rows: there they are blank cells of the row.
  const counts = rows.map((r) => r.filter((c, i) => i > lastLabel(r)).length);
  const usual = mode(counts.filter((n) => n > 1));
  return rows.map((r) => {
    const label = lastLabel(r);
    let end = r.length;
    while (end > label + 1 && r[end - 1] === '') end--;
    const values = end - label - 1;
    if (usual && values > 0 && values < usual) end = Math.min(r.length, label + 1 + usual);
    return r.slice(0, end);
  });
}

function lastLabel(r: string[]): number {
  for (let i = r.length - 1; i >= 0; i--) if (r[i] && !VALUE.test(r[i])) return i;
  return -1;
}

function mode(ns: number[]): number | undefined {
  const seen = new Map<number, number>();
  for (const n of ns) seen.set(n, (seen.get(n) ?? 0) + 1);
  let best: number | undefined;
  for (const [n, k] of seen) if (best === undefined || k > seen.get(best)!) best = n;
  return best;
}

export async function readDoc(bytes: Uint8Array): Promise<ReadResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const WordExtractor = require('word-extractor');
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes));
    body = doc.getBody() as string;
  } catch (e) {
    throw new ReaderError('doc-damaged', { detail: String((e as Error)?.message ?? e).slice(0, 80) });
  }
  const out = new MarkdownBuilder();
  // Places are quotes only: word-extractor's lines are not Word's paragraphs (a table comes as a few lines).
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.replace(/\u0007/g, '\t');
    if (!line.trim()) continue;
    if (!line.includes('\t')) {
      out.block(line, 0, { quote: line.replace(/\s+/g, '').slice(0, 12) });
      continue;
    }
    for (const row of splitRows(line.replace(/\t$/, '').split('\t'))) {
      if (row.every((c) => !c)) continue;
      const label = row.find((c) => c && !VALUE.test(c)) ?? row.find((c) => c) ?? '';
      out.line(row.join('\t'), { quote: label.slice(0, 16) });
    }
  }
  const { text, map } = out.result();
  return { kind: 'doc', text, map, notes: [] };
}
