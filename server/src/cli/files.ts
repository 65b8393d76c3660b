/** Turning the paths a user gives into report files: files, folders (recursively) and globs. */
import * as fs from 'fs';
import * as path from 'path';
import { globSync } from 'tinyglobby';

/** Files a folder is searched for (the editor's "check all reports" walks folders the same way). */
export const REPORT_EXTENSIONS = ['.md', '.txt', '.markdown', '.gknb'];
/** Folders never searched (hidden folders, starting with a dot, are skipped too). */
export const SKIP_DIRS = new Set(['node_modules', '.git', '.cache', 'dist', 'out']);

export interface Expanded { files: string[]; problems: { arg: string; message: string }[] }

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (REPORT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) out.push(full);
  }
}

function isGlob(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}

export function expandArgs(args: string[]): Expanded {
  const files: string[] = [];
  const problems: Expanded['problems'] = [];
  for (const arg of args) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(arg);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found: string[] = [];
      try {
        walk(arg, found);
      } catch (e) {
        problems.push({ arg, message: `无法读取目录：${(e as Error).message}` });
        continue;
      }
      if (!found.length) problems.push({ arg, message: '目录中没有报告文件（.md/.txt/.gknb）' });
      files.push(...found);
    } else if (stat) {
      files.push(arg);
    } else if (isGlob(arg)) {
      const found = globSync(arg, { dot: false, ignore: ['**/node_modules/**'] }).sort();
      if (!found.length) problems.push({ arg, message: '没有匹配的文件' });
      files.push(...found);
    } else {
      problems.push({ arg, message: '文件不存在' });
    }
  }
  return { files: [...new Set(files)], problems };
}
