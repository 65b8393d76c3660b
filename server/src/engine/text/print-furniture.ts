/**
 * The header and footer a browser prints on every page of a web page saved as PDF (Chrome/Edge
 * 打印 → 另存为 PDF): the date and time with the page's title, and the page's address with `1/5`.
 * pdftotext keeps them as lines of their own among the report's text and tables: they are page furniture,
 * like page numbers. Each line is told by its own text (the lexer asks line by line).
 */

/** The print date and time as browsers write it: `2024/3/5 10:23`, `2024-03-05 10:23`, `3/5/24, 10:23 AM`, `2024/3/5 上午10:23`. */
// 上午/下午 in a plain string: the bundles are kept ASCII (scripts/ascii-bundle.cjs), which a raw template's
// characters cannot be written as.
const STAMP = String.raw`(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4},?)\s*` + '(?:上午|下午)?' + String.raw`\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?`;
/** The stamp alone, or followed after a wide gap by the page's title (pdftotext -layout puts both on one line). */
const HEADER_RE = new RegExp(String.raw`^${STAMP}(?:(?: {2,}|\u3000|\t).*)?$`);
/** The page's address alone or with its page/pages after a gap (page/pages alone, `3/7`, is read below). */
const FOOTER_RE = /^(?:https?|file):\/\/\S+(?:\s+\d{1,3}\s*\/\s*\d{1,3})?$/;
/** page/pages alone: `3/7`. */
const PAGES_RE = /^(\d{1,3})\s*\/\s*(\d{1,3})$/;

/** Whether a trimmed line (a form feed before it allowed) is a browser's print header or footer. */
export function isPrintFurniture(line: string): boolean {
  // A page's first line starts with pdftotext's form feed.
  const trimmed = line.charCodeAt(0) === 12 ? line.slice(1).trimStart() : line;
  const c = trimmed.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    // Asked of every line starting with a digit (values, numbered labels): the stamp has its time's colon and
    // page/pages its slash, which most such lines lack — they are settled without a regex.
    if (trimmed.indexOf(':') >= 0 && HEADER_RE.test(trimmed)) return true;
    if (trimmed.indexOf('/') < 0) return false;
    // page/pages: the second at least the first (a fraction 3/2 is no page count).
    const m = PAGES_RE.exec(trimmed);
    return !!m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]);
  }
  return (c === 104 || c === 102) && FOOTER_RE.test(trimmed);
}

/**
 * The page's title that a browser's print header repeats on every page, where plain pdftotext gives it a line
 * of its own next to the date (before or after it): the text next to the most dates, when next to two or more.
 */
export function printedPageTitle(text: readonly string[]): string | undefined {
  const near = new Map<string, number>();
  const neighbour = (i: number, step: 1 | -1) => {
    for (let k = i + step, seen = 0; k >= 0 && k < text.length && seen < 1; k += step) {
      const t = text[k].trim();
      if (t) return t;
    }
    return undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const t = text[i].trim();
    const c = t.charCodeAt(0);
    if (!(c >= 48 && c <= 57) || !HEADER_RE.test(t) || /\s{2,}\S/.test(t)) continue;
    for (const n of new Set([neighbour(i, -1), neighbour(i, 1)])) {
      if (n && !isPrintFurniture(n)) near.set(n, (near.get(n) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  let most = 1;
  for (const [t, n] of near) if (n > most) { best = t; most = n; }
  return best;
}

/**
 * A test of a trimmed line: a browser's print header or footer, or the page's title it repeats (printedPageTitle, looked
 * for once, on the first line that is not furniture: it reads the whole text).
 */
export function printedLineTest(text: readonly string[]): (line: string) => boolean {
  const title = lazyPageTitle(text);
  return (line) => isPrintFurniture(line) || line === title();
}

/** printedPageTitle looked for on the first call only (it reads the whole text): most checks never need it. */
export function lazyPageTitle(text: readonly string[]): () => string | undefined {
  let title: string | undefined | null = null;
  return () => (title === null ? (title = printedPageTitle(text)) : title);
}
