/**
 * Whether a row's numbers (as read: digits) add up to its last (总计). Its own module: pdfraw.ts and raw-serials.ts
 * both ask it, and raw-serials.ts cannot import pdfraw.ts (pdfraw.ts imports it).
 */
export function totalHolds(values: readonly { text: string }[]): boolean {
  const v = values.map((c) => Number(c.text));
  return v.slice(0, -1).reduce((a, b) => a + b, 0) === v[v.length - 1];
}
