/**
 * Documents (Word, web pages, PDF) for the CLI: read by the readers bundle, which is loaded only when a
 * document is among the files — `gknb check report.md` loads none of it.
 */
import type * as Readers from '../readers';
import { loadLazily } from '../readers/lazy';
export { isDocument, DOCUMENT_EXTENSIONS } from '../readers/extensions';

export type Lang = 'zh-cn' | 'en';

let readers: typeof Readers | undefined;

export function loadReaders(): typeof Readers {
  return (readers ??= loadLazily<typeof Readers>('readers.js', '../readers/index.js', __dirname));
}

/** What a document read gives the CLI: the Markdown, where each line came from, and notes for the user. */
export interface SourceInfo {
  kind: Readers.SourceKind;
  map: Readers.SourceMap;
  notes: string[];
  describe(line: number, character: number): { place: Readers.SourcePlace; text: string } | undefined;
}

export async function readDocumentFile(file: string, lang: Lang): Promise<{ text?: string; source?: SourceInfo; error?: string }> {
  return fromPortable(await readPortable(file, lang), lang);
}

/** A document read, as plain data: what a worker thread sends back (see document-pool.ts). */
export interface PortableRead { text?: string; kind?: Readers.SourceKind; places?: Readers.LinePlaces[]; notes?: string[]; error?: string }

export async function readPortable(file: string, lang: Lang): Promise<PortableRead> {
  const r = loadReaders();
  try {
    const read = await r.readDocument(file);
    const places = (read.map as { places?: Readers.LinePlaces[] }).places ?? [];
    return { text: read.text, kind: read.kind, places, notes: read.notes.map((n) => r.noteMessage(n, lang)) };
  } catch (e) {
    if (r.isReaderError(e)) return { error: e.text(lang) };
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: lang === 'en' ? 'no such file' : '文件不存在' };
    if (code === 'EACCES' || code === 'EPERM') return { error: lang === 'en' ? 'permission denied' : '没有读取权限' };
    if (code === 'EISDIR') return { error: lang === 'en' ? 'is a directory' : '这是一个目录' };
    return { error: `${lang === 'en' ? 'cannot read the document' : '无法读取文档'}：${String((e as Error)?.message ?? e).slice(0, 120)}` };
  }
}

export function fromPortable(read: PortableRead, lang: Lang): { text?: string; source?: SourceInfo; error?: string } {
  if (read.error !== undefined || read.text === undefined || !read.kind) return { error: read.error };
  const kind = read.kind;
  const map = loadReaders().placesMap(read.places ?? []);
  const source: SourceInfo = {
    kind,
    map,
    notes: read.notes ?? [],
    describe(line, character) {
      const place = map.at(line, character);
      return place ? { place, text: loadReaders().describePlace(kind, place, lang) } : undefined;
    },
  };
  return { text: read.text, source };
}
