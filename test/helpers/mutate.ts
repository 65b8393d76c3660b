/**
 * Text-level mutations for tests. They find rows by their label text and numbers as whole cells,
 * independently of the engine, so a test can say "this cell on this line" without asking the parser.
 */
export interface Token { line: number; start: number; end: number; text: string }

const CELL_NUMBER = /(^|[\s|\u00a0\u3000])(-?\d+(?:\.\d+)?)(?=$|[\s|\u00a0\u3000])/g;

export function splitText(text: string): { lines: string[]; eol: string } {
  return { lines: text.split(/\r\n|\r|\n/), eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** First line whose text, without spaces, contains the label. */
export function findLabel(lines: string[], label: string, from = 0): number {
  const want = label.replace(/\s/g, '');
  for (let i = from; i < lines.length; i++) if (lines[i].replace(/[\s\u00a0\u3000]/g, '').replace(/\(/g, '（').replace(/\)/g, '）').includes(want)) return i;
  return -1;
}

/** Number cells after the label on its line and the following lines, in reading order. */
export function numbersAfter(lines: string[], line: number, label: string, count: number): Token[] {
  const out: Token[] = [];
  const text = lines[line];
  const norm = (s: string) => s.replace(/[\s\u00a0\u3000]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
  // Start after the label's last character as written.
  let startCol = 0;
  const want = norm(label);
  for (let k = 0; k <= text.length; k++) if (norm(text.slice(0, k)).includes(want)) { startCol = k; break; }
  for (let i = line; i < lines.length && out.length < count; i++) {
    const s = i === line ? startCol : 0;
    const segment = lines[i].slice(s);
    CELL_NUMBER.lastIndex = 0;
    for (let m = CELL_NUMBER.exec(segment); m && out.length < count; m = CELL_NUMBER.exec(segment)) {
      const start = s + m.index + m[1].length;
      out.push({ line: i, start, end: start + m[2].length, text: m[2] });
    }
  }
  return out;
}

export function replaceToken(text: string, t: Token, replacement: string): string {
  const { lines, eol } = splitText(text);
  const l = lines[t.line];
  lines[t.line] = l.slice(0, t.start) + replacement + l.slice(t.end);
  return lines.join(eol);
}

export function deleteLines(text: string, from: number, toInclusive: number): string {
  const { lines, eol } = splitText(text);
  lines.splice(from, toInclusive - from + 1);
  return lines.join(eol);
}
