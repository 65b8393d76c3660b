/**
 * A cheap index of the report files in the workspace: agency and year from each file's title only.
 * It lets carryover-mismatch find last year's report of the same agency; that one file is then
 * parsed in full (cached by modification time) unless it is open, when the open text is used.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { agencyOf, findPreviousYear, indexHead, IndexedReport, PreviousYear, ReportDocument } from '../engine';
import { decode, decodeHead } from '../cli/encoding';
import type { DocumentStore } from './store';

const EXTENSIONS = new Set(['.md', '.txt', '.markdown', '.gknb']);
const SKIP = new Set(['node_modules', '.git', '.cache', 'dist', 'out']);
const MAX_FILES = 20000;
const HEAD_BYTES = 4096;

export class WorkspaceIndex {
  /** uri → agency and year. */
  private entries = new Map<string, IndexedReport>();
  private parsed = new Map<string, { mtimeMs: number; doc: ReportDocument }>();

  constructor(private store: DocumentStore, private maxSize: () => number) {}

  get size(): number {
    return this.entries.size;
  }

  /** Walk the workspace folders once (called at start-up). */
  build(folderUris: string[]): void {
    let count = 0;
    const walk = (dir: string) => {
      let list: fs.Dirent[];
      try {
        list = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of list) {
        if (count >= MAX_FILES) return;
        if (e.name.startsWith('.') || SKIP.has(e.name)) continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (EXTENSIONS.has(path.extname(e.name).toLowerCase())) {
          count++;
          this.update(pathToFileURL(full).toString());
        }
      }
    };
    for (const uri of folderUris) {
      if (uri.startsWith('file:')) walk(fileURLToPath(uri));
    }
  }

  /** Re-read one file's head (after it was created or changed); forget it when it is gone. */
  update(uri: string): void {
    this.parsed.delete(uri);
    let head: string | undefined;
    try {
      const fd = fs.openSync(fileURLToPath(uri), 'r');
      try {
        const buf = Buffer.alloc(HEAD_BYTES);
        const n = fs.readSync(fd, buf, 0, HEAD_BYTES, 0);
        const decoded = decodeHead(buf.subarray(0, n));
        head = 'text' in decoded ? decoded.text : undefined;
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      head = undefined;
    }
    const entry = head !== undefined ? indexHead(uri, head) : undefined;
    if (entry) this.entries.set(uri, entry);
    else this.entries.delete(uri);
  }

  remove(uri: string): void {
    this.entries.delete(uri);
    this.parsed.delete(uri);
  }

  /** Last year's report of the agency of `doc`, from the open documents and the index. */
  previousYear(uri: string, doc: ReportDocument): PreviousYear | undefined {
    const model = doc.getModel();
    const candidates: IndexedReport[] = [];
    for (const open of this.store.all()) {
      if (open.uri === uri || !open.report) continue;
      const m = open.report.getModel();
      const agency = agencyOf(m);
      if (agency && m.year) candidates.push({ file: open.uri, agency, year: m.year });
    }
    // A set, not candidates.some(): this runs for every report of a workspace check (linear, not quadratic).
    const seen = new Set(candidates.map((c) => c.file));
    const addIndexed = () => {
      for (const e of this.entries.values()) {
        if (e.file === uri || seen.has(e.file)) continue;
        seen.add(e.file);
        candidates.push(e);
      }
    };
    addIndexed();
    let found = findPreviousYear(model, candidates);
    // Not indexed (yet): last year's report usually sits in the same folder; look there, at most every few seconds.
    if (!found && this.rescanFolderOf(uri)) {
      addIndexed();
      found = findPreviousYear(model, candidates);
    }
    if (!found) return undefined;
    const open = this.store.get(found.file);
    if (open?.report) return { uri: found.file, key: `${found.file}@${open.version}`, model: open.report.getModel(), lines: open.report.getLines() };
    return this.load(found.file);
  }

  private scannedFolders = new Map<string, number>();

  /** Index the files next to `uri` (not recursively); false when it was done a moment ago. */
  private rescanFolderOf(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const dir = path.dirname(fileURLToPath(uri));
    const last = this.scannedFolders.get(dir) ?? 0;
    if (Date.now() - last < 3000) return false;
    this.scannedFolders.set(dir, Date.now());
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return false;
    }
    for (const name of names.slice(0, 2000)) {
      if (EXTENSIONS.has(path.extname(name).toLowerCase())) this.update(pathToFileURL(path.join(dir, name)).toString());
    }
    return true;
  }

  private load(uri: string): PreviousYear | undefined {
    try {
      const file = fileURLToPath(uri);
      const stat = fs.statSync(file);
      if (stat.size > this.maxSize()) return undefined;
      let cached = this.parsed.get(uri);
      if (!cached || cached.mtimeMs !== stat.mtimeMs) {
        const decoded = decode(fs.readFileSync(file));
        if (!('text' in decoded)) return undefined;
        cached = { mtimeMs: stat.mtimeMs, doc: new ReportDocument(decoded.text) };
        this.parsed.set(uri, cached);
      }
      return { uri, key: `${uri}@${cached.mtimeMs}`, model: cached.doc.getModel(), lines: cached.doc.getLines() };
    } catch {
      return undefined;
    }
  }
}
