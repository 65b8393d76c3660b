/**
 * Reading the parts of a ZIP package (.docx) with a cap on what they decompress to: the declared sizes
 * of a hostile file can lie, so the inflated bytes themselves are counted and reading stops at the cap.
 */
import { Unzip, UnzipInflate } from 'fflate';
import { ReaderError } from './messages';

/** Far beyond any real report's XML (a 300-page report's document.xml is a few MB). */
export const MAX_UNZIPPED = 64 * 1024 * 1024;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((b, i) => bytes[i] === b);
}

function hasEndRecord(bytes: Uint8Array): boolean {
  // The record is 22 bytes plus a comment of at most 65535.
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65535; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

/** The named parts (others skipped without inflating), as bytes. */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean, limit = MAX_UNZIPPED): Map<string, Uint8Array> {
  // Word saves a password-protected .docx as an OLE compound file holding the encrypted package.
  if (isCompoundFile(bytes)) throw new ReaderError('encrypted-office');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ReaderError('not-zip');
  // A ZIP ends with its central directory's end record: without it the file was cut short (a broken download).
  if (!hasEndRecord(bytes)) throw new ReaderError('not-zip');
  const parts = new Map<string, Uint8Array[]>();
  let total = 0;
  let bomb = false;
  let failure: unknown;
  const unzip = new Unzip((file) => {
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    parts.set(file.name, chunks);
    file.ondata = (err, chunk) => {
      if (err) { failure = err; return; }
      total += chunk.length;
      if (total > limit) {
        bomb = true;
        file.terminate();
        return;
      }
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Pushed in slices so that a bomb stops being inflated soon after the cap.
    const step = 1 << 16;
    for (let i = 0; i < bytes.length && !bomb && !failure; i += step) unzip.push(bytes.subarray(i, Math.min(i + step, bytes.length)), i + step >= bytes.length);
  } catch (e) {
    failure = e;
  }
  if (bomb) throw new ReaderError('zip-bomb', { limit: Math.round(limit / 1024 / 1024) });
  if (failure) throw new ReaderError('not-zip');
  const out = new Map<string, Uint8Array>();
  for (const [name, chunks] of parts) out.set(name, Buffer.concat(chunks));
  return out;
}
