/** Reading one report file for the CLI, with a one-line reason when it cannot be read. */
import fs = require('fs');
import { decode } from './encoding';

export type Lang = 'zh-cn' | 'en';

export function readReport(file: string, lang: Lang): { text?: string; error?: string } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' ? (lang === 'en' ? 'permission denied' : '没有读取权限')
      : code === 'ENOENT' ? (lang === 'en' ? 'no such file' : '文件不存在')
      : code === 'EISDIR' ? (lang === 'en' ? 'is a directory' : '这是一个目录') : (e as Error).message;
    return { error: reason };
  }
  const decoded = decode(bytes);
  if ('error' in decoded) return { error: lang === 'en' ? 'binary file, not a text report' : '二进制文件，不是文本报告' };
  return { text: decoded.text };
}
