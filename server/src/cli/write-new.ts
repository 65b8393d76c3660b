/** Writing a file the user asked for (convert, export, new): never over an existing one without --force. */
import fs = require('fs');
import type { Lang } from './read';

/**
 * Writes `data` to `out`; 'wx' creates the file only if it does not exist, in one step (no window between a
 * check and the write). Returns false after one line on stderr saying why it was not written.
 */
export function writeNew(out: string, data: string | Uint8Array, force: boolean, lang: Lang, stderr: (s: string) => void): boolean {
  try {
    fs.writeFileSync(out, data, { flag: force ? 'w' : 'wx' });
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const en = lang === 'en';
    const why = code === 'EEXIST' ? (en ? 'already exists; add --force to overwrite it' : '文件已存在；如需覆盖请加 --force')
      : code === 'EACCES' || code === 'EPERM' ? (en ? 'permission denied' : '没有写入权限') : (e as Error).message;
    stderr(`gknb: ${out}: ${why}`);
    return false;
  }
}
