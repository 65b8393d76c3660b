/** `gknb export <report.md> [-o report.docx] [--force]`: the report as a Word document in the official layout. */
import fs = require('fs');
import path = require('path');
import type * as Writers from '../writers';
import { loadLazily } from '../readers/lazy';
import { readReport, Lang } from './read';
import { isDocument } from './documents';
import { writeNew } from './write-new';

export async function exportDocx(paths: string[], opts: { output?: string; force: boolean; lang: Lang }, io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const en = opts.lang === 'en';
  if (paths.length !== 1) {
    io.stderr(`gknb: ${en ? 'export takes one report' : 'export 需要且只需要一个报告文件'}`);
    return 2;
  }
  const file = paths[0];
  if (isDocument(file)) {
    io.stderr(`gknb: ${file}: ${en ? 'export takes a text report (.md/.txt); convert a document first (gknb convert)' : 'export 需要文本报告（.md/.txt）；文档请先用 gknb convert 转换'}`);
    return 2;
  }
  const out = opts.output ?? path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.docx`);
  if (!out.toLowerCase().endsWith('.docx')) {
    io.stderr(`gknb: ${out}: ${en ? 'the output must be a .docx file' : '输出文件应为 .docx'}`);
    return 2;
  }
  if (!opts.force && fs.existsSync(out)) {
    io.stderr(`gknb: ${out}: ${en ? 'already exists; add --force to overwrite it' : '文件已存在；如需覆盖请加 --force'}`);
    return 2;
  }
  const { text, error } = readReport(file, opts.lang);
  if (error !== undefined || text === undefined) {
    io.stderr(`gknb: ${file}: ${error}`);
    return 2;
  }
  // The docx package is a bundle of its own (dist/writers.js), loaded only here.
  const { writeDocx, FONTS } = loadLazily<typeof Writers>('writers.js', '../writers/index.js', __dirname);
  const bytes = await writeDocx(text);
  if (!writeNew(out, bytes, opts.force, opts.lang, io.stderr)) return 2;
  io.stderr(en
    ? `gknb: wrote ${out} (fonts ${FONTS.title}, ${FONTS.heading}, ${FONTS.body}; where one is not installed Word and WPS use 宋体/黑体/仿宋)`
    : `gknb: 已写入 ${out}（字体：${FONTS.title}、${FONTS.heading}、${FONTS.body}；未安装时 Word/WPS 以宋体/黑体/仿宋代替）`);
  return 0;
}
