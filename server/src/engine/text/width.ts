/**
 * Display width of text in a monospace editor: East Asian Wide and Fullwidth characters (Chinese,
 * full-width punctuation such as （）：、, the ideographic space U+3000, Hangul, kana, most emoji)
 * take two columns, combining marks and zero-width characters none, everything else one. East Asian
 * "ambiguous" characters (“ ” — … ①) count one, as Latin monospace fonts draw them. Ranges from
 * Unicode's EastAsianWidth.txt (W and F), merged into the blocks a report can contain.
 */

/** [first, last] code points of two-column characters, sorted. */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
  [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693],
  [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce],
  [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa],
  [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728], [0x274c, 0x274c],
  [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797], [0x27b0, 0x27b0],
  [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation (U+3000…)
  [0x3041, 0x33ff], // kana, bopomofo, Hangul compatibility, kanbun, CJK strokes, enclosed CJK, compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth forms （）：，０-９
  [0xffe0, 0xffe6], // fullwidth signs ￥
  [0x16fe0, 0x18cff], [0x1b000, 0x1b2ff], // Tangut, kana supplement
  [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251], [0x1f260, 0x1f265],
  [0x1f300, 0x1f64f], // pictographs, emoticons (not quite all W; close enough for reports)
  [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb], [0x1f90c, 0x1f9ff], [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd], // CJK extensions B–H, compatibility supplement
];

function isWide(cp: number): boolean {
  if (cp < 0x1100) return false;
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < WIDE[mid][0]) hi = mid - 1;
    else if (cp > WIDE[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function isZeroWidth(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0)
    || (cp >= 0x0300 && cp <= 0x036f) // combining diacritics
    || (cp >= 0x200b && cp <= 0x200f) // zero-width space, joiners, direction marks
    || (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064)
    || (cp >= 0x20d0 && cp <= 0x20ff) // combining marks for symbols
    || (cp >= 0xfe00 && cp <= 0xfe0f) // variation selectors
    || cp === 0xfeff
    || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/** Columns the text takes in a monospace editor. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x7f) {
      if (cp >= 0x20) w++;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isZeroWidth(cp)) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}
