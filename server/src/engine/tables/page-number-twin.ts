/**
 * Table 四's numbers in plain pdftotext output, a page's bare number among them (./page-numbers.ts picks the
 * one line with the page's number that stands where a page number stands). In table 四 every count may stand
 * alone between its header's pieces (纠正 / 3 / 其他), so a count equal to the page's number can look like the page
 * number, and the page number, next to a count, like a count (… / 0 / 3 / 尚未 …). When taking the other of those
 * twins for the page number leaves fifteen numbers whose three groups hold their sums too, and not the same
 * fifteen, the text does not say which is which: the row is not placed. (A page number that ends its page is sure.)
 */
const BARE = /^\s*[0-9]+\s*$/;

interface Value { text: string; line: number }

function groupsHold(v: readonly number[]): boolean {
  for (let g = 0; g + 5 <= v.length; g += 5) if (v[g] + v[g + 1] + v[g + 2] + v[g + 3] !== v[g + 4]) return false;
  return v.length % 5 === 0;
}

/**
 * Whether `values` (in stream order, page numbers left out) could as well be another fifteen: a line in
 * [from, to) taken for a page number swapped with a count of the same number on its page.
 */
export function pageNumberTwin(values: readonly Value[], pageLines: ReadonlySet<number>, text: readonly string[], from: number, to: number): boolean {
  const pageOf = (line: number) => { let p = 0; for (let i = 1; i <= line; i++) if (text[i].startsWith('\f')) p++; return p; };
  const own = values.map((v) => v.text).join(' ');
  for (const p of pageLines) {
    if (p < from || p >= to || !BARE.test(text[p])) continue;
    // Only a page number found amid the page's text (a footer the stream gave mid-page): one ending its page is sure.
    if (endsPage(text, p)) continue;
    const n = text[p].trim();
    for (let k = 0; k < values.length; k++) {
      const t = values[k];
      if (t.text !== n || pageOf(t.line) !== pageOf(p)) continue;
      // The page number's line read as a count, this count as the page number.
      const alt = [...values.slice(0, k), ...values.slice(k + 1), { text: n, line: p }].sort((a, b) => a.line - b.line);
      if (alt.map((v) => v.text).join(' ') !== own && groupsHold(alt.map((v) => Number(v.text)))) return true;
    }
  }
  return false;
}

/** Whether line `p` is its page's last text (no text after it before the next form feed). */
export function endsPage(text: readonly string[], p: number): boolean {
  for (let i = p + 1; i < text.length && !text[i].startsWith('\f'); i++) if (text[i].trim()) return false;
  return true;
}
