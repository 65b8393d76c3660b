/**
 * Reading reports as they are published — Word, web pages, PDF — into the report's Markdown plus a map back
 * to the source. A front end of the engine, which stays text-only and never imports this folder; the CLI and
 * the language server load it (a bundle of its own) only when such a file is opened.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readDocx } from './docx';
import { readHtml } from './html';
import { WPS_EXTENSIONS } from './extensions';
import { loadLazily } from './lazy';
import { ReaderError } from './messages';
import type { ReadResult, SourceKind } from './types';

export { ReaderError, readerMessage, noteMessage, isReaderError } from './messages';
export { describePlace } from './place';
export { placesMap } from './markdown';
export type { LinePlaces } from './markdown';
export type { ReadResult, SourceKind, SourceMap, SourcePlace, ReaderNote } from './types';

/** Documents larger than this are not read: reports, even with scanned pages, stay far below it. */
export const MAX_DOCUMENT_BYTES = 40 * 1024 * 1024;

export { DOCUMENT_EXTENSIONS, WPS_EXTENSIONS, isDocument } from './extensions';

type Sniffed = 'zip' | 'cfb' | 'pdf' | 'html' | 'other';

/** What the bytes are, whatever the name says (agencies publish web pages named .doc, .docx saved as .doc). */
function sniff(bytes: Uint8Array): Sniffed {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'cfb';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (/^(\xef\xbb\xbf)?\s*<(!doctype html|html|\?xml|head|body|meta|p|div|table)/i.test(head)) return 'html';
  return 'other';
}

/** An OLE compound file holding Office's encrypted package (a password-protected .docx/.xlsx). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

export async function readDocumentBytes(bytes: Uint8Array, ext: string): Promise<ReadResult> {
  ext = ext.toLowerCase();
  if (WPS_EXTENSIONS.includes(ext) && ext !== '.wps') throw new ReaderError('wps');
  if (bytes.length > MAX_DOCUMENT_BYTES) throw tooLarge(bytes.length);
  const kind = sniff(bytes);
  if (ext === '.wps') return readWps(bytes, kind);
  if (kind === 'cfb' && isEncryptedPackage(bytes)) throw new ReaderError('encrypted-office');
  if (kind === 'zip') return readDocx(bytes);
  if (kind === 'html') return readHtml(bytes);
  // PDF.js is most of the readers' size: its own bundle, loaded for PDFs only.
  if (kind === 'pdf') return loadLazily<typeof import('./pdf')>('reader-pdf.js', 'pdf.js', __dirname).readPdf(bytes);
  if (kind === 'cfb') return (await import('./doc')).readDoc(bytes);
  const expected: Record<string, SourceKind> = { '.docx': 'docx', '.doc': 'doc', '.pdf': 'pdf', '.html': 'html', '.htm': 'html' };
  if (expected[ext] === 'pdf') throw new ReaderError('pdf-damaged', { detail: 'no %PDF header' });
  if (expected[ext] === 'html') return readHtml(bytes);
  if (expected[ext] === 'doc') throw new ReaderError('doc-damaged', { detail: 'unknown format' });
  throw new ReaderError('not-zip');
}

/**
 * A WPS 文字 file (.wps): read when it is in a format the readers know — the Word 97–2003 binary format (a
 * compound file with Word's streams, as WPS writes it in compatible mode) or a .docx package — else the
 * message asking to save it as .docx or .pdf.
 */
async function readWps(bytes: Uint8Array, kind: Sniffed): Promise<ReadResult> {
  try {
    if (kind === 'zip') return readDocx(bytes);
    if (kind === 'cfb' && !isEncryptedPackage(bytes)) {
      const read = await (await import('./doc')).readDoc(bytes);
      if (read.text.trim()) return read;
    }
  } catch {
    // Not one of them after all: the message below says what to do.
  }
  throw new ReaderError('wps');
}

function tooLarge(size: number): ReaderError {
  return new ReaderError('too-large', { size: (size / 1024 / 1024).toFixed(1), limit: MAX_DOCUMENT_BYTES / 1024 / 1024 });
}

/** Reads a document file; its size is checked before any byte is read. */
export async function readDocument(file: string): Promise<ReadResult> {
  const ext = path.extname(file).toLowerCase();
  if (WPS_EXTENSIONS.includes(ext) && ext !== '.wps') throw new ReaderError('wps');
  const size = fs.statSync(file).size;
  if (size > MAX_DOCUMENT_BYTES) throw tooLarge(size);
  return readDocumentBytes(fs.readFileSync(file), ext);
}
