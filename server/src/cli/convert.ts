/** `gknb convert <document> [-o out.md] [--force]`: a Word, web page or PDF report as the report's Markdown. */
import fs = require('fs');
import path = require('path');
import { isDocument, readDocumentFile, Lang } from './documents';
import { writeNew } from './write-new';

export interface ConvertOptions { output?: string; force: boolean; lang: Lang }

export async function convert(paths: string[], opts: ConvertOptions, io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const en = opts.lang === 'en';
  if (paths.length !== 1) {
    io.stderr(`gknb: ${en ? 'convert takes one document' : 'convert 需要且只需要一个文档'}`);
    return 2;
  }
  const file = paths[0];
  if (!isDocument(file)) {
    io.stderr(`gknb: ${file}: ${en ? 'not a document gknb reads (.docx .doc .html .htm .pdf)' : '不是可转换的文档（.docx .doc .html .htm .pdf）'}`);
    return 2;
  }
  const out = opts.output;
  // Checked before reading, so that a long read is not wasted, and again by the exclusive write below.
  if (out && !opts.force && fs.existsSync(out)) {
    io.stderr(`gknb: ${out}: ${en ? 'already exists; add --force to overwrite it' : '文件已存在；如需覆盖请加 --force'}`);
    return 2;
  }
  if (out && path.resolve(out) === path.resolve(file)) {
    io.stderr(`gknb: ${out}: ${en ? 'the output would overwrite the document itself' : '输出文件不能是文档本身'}`);
    return 2;
  }
  const { text, source, error } = await readDocumentFile(file, opts.lang);
  if (error !== undefined || text === undefined) {
    io.stderr(`gknb: ${file}: ${error}`);
    return 2;
  }
  for (const note of source?.notes ?? []) io.stderr(`gknb: ${file}: ${note}`);
  if (!out) {
    io.stdout(text.replace(/\n$/, ''));
    return 0;
  }
  if (!writeNew(out, text, opts.force, opts.lang, io.stderr)) return 2;
  return 0;
}
