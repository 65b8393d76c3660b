/** `gknb new --from 2024.md [-o 2025.md] [--force]`: this year's report, started from last year's. */
import * as fs from 'fs';
import * as path from 'path';
import { newFromLastYear } from '../writers/newyear';
import { readReport, Lang } from './read';
import { isDocument } from './documents';

export async function newReport(from: string | undefined, opts: { output?: string; force: boolean; lang: Lang }, io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const en = opts.lang === 'en';
  if (!from) {
    io.stderr(`gknb: ${en ? 'new needs last year\'s report: gknb new --from 2024.md' : 'new 需要上年报告：gknb new --from 2024.md'}`);
    return 2;
  }
  if (isDocument(from)) {
    io.stderr(`gknb: ${from}: ${en ? 'convert the document first (gknb convert)' : '请先用 gknb convert 将文档转为 Markdown'}`);
    return 2;
  }
  const { text, error } = readReport(from, opts.lang);
  if (error !== undefined || text === undefined) {
    io.stderr(`gknb: ${from}: ${error}`);
    return 2;
  }
  const made = newFromLastYear(text);
  if ('error' in made) {
    io.stderr(`gknb: ${from}: ${made.error === 'no-title'
      ? (en ? 'no report title found (…年政府信息公开工作年度报告)' : '找不到报告标题（…年政府信息公开工作年度报告）')
      : (en ? 'the title names no year' : '标题中没有年份')}`);
    return 2;
  }
  // 2024.md → 2025.md; a name without last year's year gets the new year added.
  const base = path.basename(from, path.extname(from));
  const last = String(made.year - 1);
  const name = base.includes(last) ? base.replace(last, String(made.year)) : `${base}-${made.year}`;
  const out = opts.output ?? path.join(path.dirname(from), `${name}${path.extname(from) || '.md'}`);
  try {
    fs.writeFileSync(out, made.text, { flag: opts.force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' ? (en ? 'already exists; add --force to overwrite it' : '文件已存在；如需覆盖请加 --force')
      : code === 'EACCES' || code === 'EPERM' ? (en ? 'permission denied' : '没有写入权限') : (e as Error).message;
    io.stderr(`gknb: ${out}: ${why}`);
    return 2;
  }
  io.stderr(en ? `gknb: wrote ${out} (${made.year})` : `gknb: 已写入 ${out}（${made.year}年）`);
  return 0;
}
