/** A source place as a person looks for it: “表格3 第5行 第2列”, “第3页”, “第12段“一、总体情况””. */
import type { SourceKind, SourcePlace } from './types';

export function describePlace(kind: SourceKind, p: SourcePlace, lang: 'zh-cn' | 'en'): string {
  const en = lang === 'en';
  const parts: string[] = [];
  if (p.page !== undefined) parts.push(en ? `page ${p.page}` : `第${p.page}页`);
  if (p.line !== undefined && kind === 'html') parts.push(en ? `line ${p.line}` : `第${p.line}行`);
  if (p.table !== undefined) {
    const cell = [en ? `table ${p.table}` : `表格${p.table}`];
    if (p.row !== undefined) cell.push(en ? `row ${p.row}` : `第${p.row}行`);
    if (p.column !== undefined) cell.push(en ? `column ${p.column}` : `第${p.column}列`);
    parts.push(kind === 'html' && parts.length ? `(${cell.join(' ')})` : cell.join(' '));
  } else if (p.paragraph !== undefined) {
    parts.push(en ? `paragraph ${p.paragraph}` : `第${p.paragraph}段`);
  }
  if (p.table === undefined && p.quote) parts.push(`“${p.quote}”`);
  return parts.join(' ');
}
