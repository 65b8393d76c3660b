/**
 * The character set of a saved web page: its BOM, else its own <meta> charset (but a page that says GB2312/GBK
 * and is valid UTF-8 was saved again as UTF-8), else UTF-8 if valid, else GB18030.
 */

/** GB2312 and GBK pages are decoded as GB18030, their superset (Node's ICU decoder: no table shipped). */
const ALIASES: Record<string, string> = { gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030', gb_2312: 'gb18030', 'gb_2312-80': 'gb18030' };

export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192)).toString('latin1');
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m?.[1].toLowerCase();
}

export function decodeHtml(bytes: Uint8Array): { text: string; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be' };
  const declared = declaredCharset(bytes);
  const label = declared ? ALIASES[declared] ?? declared : undefined;
  // A GBK page saved again as UTF-8 (a scraper's or an editor's copy) keeps its <meta charset=gb2312>: bytes
  // that are valid UTF-8 and hold multi-byte characters are UTF-8 whatever the page says, since Chinese
  // text in GBK is practically never valid UTF-8.
  if (label === 'gb18030' && hasMultibyte(bytes)) {
    const utf8 = validUtf8(bytes);
    if (utf8 !== undefined) return { text: utf8, charset: 'utf-8' };
  }
  if (label) {
    try {
      return { text: new TextDecoder(label).decode(bytes), charset: label };
    } catch {
      // An unknown label: fall through to the content's own evidence.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), charset: 'gb18030' };
  }
}

function hasMultibyte(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function validUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
