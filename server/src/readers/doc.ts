/**
 * Word 97–2003 (.doc), read with word-extractor: the body text, with table cells as it gives them (a tab
 * after each cell): each table row becomes one tab-separated line, a layout the engine reads. No merged
 * cells are known here, so the rows keep the cells Word stored.
 */
import { MarkdownBuilder } from './markdown';
import { ReaderError } from './messages';
import type { ReadResult } from './types';

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
  let paragraph = 0;
  for (const raw of body.split(/\r?\n/)) {
    paragraph++;
    const line = raw.replace(/\u0007/g, '\t').replace(/\t+$/, '');
    if (!line.trim()) continue;
    out.line(line, { paragraph, quote: line.replace(/\s+/g, '').slice(0, 12) });
  }
  const { text, map } = out.result();
  return { kind: 'doc', text, map, notes: [] };
}
