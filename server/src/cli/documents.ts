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
  const r = loadReaders();
  try {
    const read = await r.readDocument(file);
    const source: SourceInfo = {
      kind: read.kind,
      map: read.map,
      notes: read.notes.map((n) => r.noteMessage(n, lang)),
      describe(line, character) {
        const place = read.map.at(line, character);
        return place ? { place, text: r.describePlace(read.kind, place, lang) } : undefined;
      },
    };
    return { text: read.text, source };
  } catch (e) {
    if (r.isReaderError(e)) return { error: e.text(lang) };
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: lang === 'en' ? 'no such file' : '文件不存在' };
    if (code === 'EACCES' || code === 'EPERM') return { error: lang === 'en' ? 'permission denied' : '没有读取权限' };
    if (code === 'EISDIR') return { error: lang === 'en' ? 'is a directory' : '这是一个目录' };
    return { error: `${lang === 'en' ? 'cannot read the document' : '无法读取文档'}：${String((e as Error)?.message ?? e).slice(0, 120)}` };
  }
}
