/**
 * Reading report files as users have them: UTF-8 with or without BOM, GB18030/GBK, or UTF-16 with its BOM
 * (Windows Notepad's and Word's “Unicode” text).
 */

export type Decoded = { text: string; encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' } | { error: 'binary' };

import buffer = require('buffer');

// Both decoders made when first needed: opening them (ICU's GB18030 converter above all) cost ~0.4 ms of every
// start, and almost every report is UTF-8, read by isUtf8 and Buffer.
type Decoder = InstanceType<typeof TextDecoder>;
let utf8Decoder: Decoder | undefined;
const utf8 = (): Decoder => (utf8Decoder ??= new TextDecoder('utf-8', { fatal: true }));
/** Node ≥ 18.14 (every Node VS Code ships): a native UTF-8 check. */
const isUtf8: ((b: Uint8Array) => boolean) | undefined = (buffer as { isUtf8?: (b: Uint8Array) => boolean }).isUtf8;
/** Node's own decoder (full ICU) reads GB18030, the superset of GBK and GB2312: no table to ship. */
let gbDecoder: Decoder | undefined;
const gb18030 = (): Decoder => (gbDecoder ??= new TextDecoder('gb18030'));

/** Control characters other than tab, line breaks, form feed and escape. */
const CONTROL = /[\x00-\x07\x0e-\x1a\x1c-\x1f]/;

/** NUL bytes or many control characters mean this is not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  // Text has no control characters at all: one native scan says so; only otherwise are they counted.
  if (!CONTROL.test(Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1'))) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** UTF-16 is said by its byte order mark; without one, its NUL bytes make it binary (no report is written so). */
function utf16(bytes: Uint8Array): Decoded | undefined {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (!encoding) return undefined;
  const text = new TextDecoder(encoding).decode(bytes.subarray(2, bytes.length - (bytes.length % 2)));
  // The decoded text must itself be text (a binary file may start with these two bytes).
  return CONTROL.test(text.slice(0, 4096)) ? { error: 'binary' } : { text, encoding };
}

export function decode(bytes: Uint8Array): Decoded {
  const wide = utf16(bytes);
  if (wide) return wide;
  if (looksBinary(bytes)) return { error: 'binary' };
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  // Validating with isUtf8 and then converting is several times faster than a fatal TextDecoder.
  if (isUtf8) {
    if (isUtf8(body)) return { text: Buffer.from(body.buffer, body.byteOffset, body.length).toString('utf8'), encoding: 'utf-8' };
    return { text: gb18030().decode(body), encoding: 'gb18030' };
  }
  try {
    return { text: utf8().decode(body), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: Chinese government files are very often GBK; GB18030 is its superset.
    return { text: gb18030().decode(body), encoding: 'gb18030' };
  }
}

/** Decode the first bytes of a file, which may end in the middle of a UTF-8 character. */
export function decodeHead(bytes: Uint8Array): Decoded {
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    const d = decode(bytes.subarray(0, bytes.length - cut));
    if ('error' in d || d.encoding !== 'gb18030') return d;
  }
  return decode(bytes);
}
