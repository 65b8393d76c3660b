/**
 * Issue 12, nineteenth session (server/src/engine/tables/page-numbers.ts markedOnEveryPage): a document whose every page
 * holds its number with its marks (`- 3 -`, `第 3 页`) numbers no page with a bare count, so a table's bare 3 on page 3 is
 * a cell. Minimal texts.
 */
import * as assert from 'assert';
import { markedOnEveryPage } from '../../server/src/engine/tables/page-numbers';

/** Pages of text, each ending with `footer(k)` (k from 1), joined by form feeds. */
const pages = (count: number, footer: (k: number) => string | undefined): string[] =>
  Array.from({ length: count }, (_, i) => [`正文第${i + 1}页`, '3', footer(i + 1)].filter((l) => l !== undefined).join('\n')).join('\n\f').split('\n');

describe('tables/page-numbers: markedOnEveryPage', () => {
  it('every page with its `- k -` (or 第 k 页, 第 k 页 共 n 页): true', () => {
    assert.strictEqual(markedOnEveryPage(pages(4, (k) => `- ${k} -`)), true);
    assert.strictEqual(markedOnEveryPage(pages(4, (k) => `— ${k} —`)), true);
    assert.strictEqual(markedOnEveryPage(pages(3, (k) => `第 ${k} 页 共 3 页`)), true);
  });

  it('an unnumbered cover, the rest numbered from 1 (one offset for the whole text): true', () => {
    assert.strictEqual(markedOnEveryPage(pages(4, (k) => (k === 1 ? undefined : `- ${k - 1} -`))), true);
  });

  it('a page without its mark, bare page numbers, marks that do not count the pages, or fewer than three pages: false', () => {
    assert.strictEqual(markedOnEveryPage(pages(4, (k) => (k === 3 ? undefined : `- ${k} -`))), false);
    assert.strictEqual(markedOnEveryPage(pages(4, (k) => String(k))), false);
    assert.strictEqual(markedOnEveryPage(pages(4, () => '- 1 -')), false);
    assert.strictEqual(markedOnEveryPage(pages(2, (k) => `- ${k} -`)), false);
  });
});
