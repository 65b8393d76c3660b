/** Turning the paths a user gives into report files: files, folders (recursively) and globs. */
import fs = require('fs');
import path = require('path');
import type { globSync as GlobSync } from 'tinyglobby';
import { DOCUMENT_EXTENSIONS } from '../readers/extensions';

/** Files a folder is searched for (the editor's "check all reports" walks folders the same way). */
export const REPORT_EXTENSIONS = ['.md', '.txt', '.markdown', '.gknb'];
/** Folders never searched (hidden folders, starting with a dot, are skipped too). */
export const SKIP_DIRS = new Set(['node_modules', '.git', '.cache', 'dist', 'out']);

export interface Expanded { files: string[]; problems: { arg: string; message: string }[] }

/** Why a path could not be used, as the user should read it (not "no such file" when it is there but locked). */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : code === 'ENOENT' || code === 'ENOTDIR' ? '文件不存在' : (e as Error).message;
}

/** What the CLI searches a folder for: report texts and the documents its readers take (.docx, .pdf…). */
const CLI_EXTENSIONS = [...REPORT_EXTENSIONS, ...DOCUMENT_EXTENSIONS];

/** Report files under a folder; a sub-folder that cannot be read is a problem of its own, the rest is still searched. */
function walk(dir: string, out: string[], problems: Expanded['problems']): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ arg: dir, message: `无法读取目录：${reason(e)}` });
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out, problems);
    else if (CLI_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) out.push(full);
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
    let statError: unknown;
    try {
      stat = fs.statSync(arg);
    } catch (e) {
      statError = e;
    }
    if (stat?.isDirectory()) {
      const found: string[] = [];
      const before = problems.length;
      walk(arg, found, problems);
      if (!found.length && problems.length === before) problems.push({ arg, message: '目录中没有报告文件（.md/.txt/.gknb/.docx/.doc/.html/.htm/.pdf）' });
      files.push(...found);
    } else if (stat) {
      files.push(arg);
    } else if (isGlob(arg)) {
      // Loaded only for a glob: at start-up it cost every run milliseconds (it looks for picomatch on disk).
      const { globSync } = require('tinyglobby') as { globSync: typeof GlobSync };
      const found = globSync(arg, { dot: false, ignore: ['**/node_modules/**'] }).sort();
      if (!found.length) problems.push({ arg, message: '没有匹配的文件' });
      files.push(...found);
    } else {
      problems.push({ arg, message: reason(statError) });
    }
  }
  return { files: [...new Set(files)], problems };
}
