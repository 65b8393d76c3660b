/**
 * Issue 12, eighteenth session (server/src/engine/tables/proven-sums.ts): where pdfminer's column runs settle no one
 * reading of table 三, a sum that fails in every reading is said all the same — a row's total (its numbers in any
 * column order), the 总计 column's balance — and nothing where some reading holds. Minimal pages, and committed
 * renderings with their defect and with it undone.
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { provenBroken } from '../../server/src/engine/tables/proven-sums';
import { tableNumbers } from '../../server/src/engine/tables/columnwise';
import type { TextCell } from '../../server/src/engine/model';
import { findings, rendering } from '../helpers/renderings';

/** One page of column runs (columns x, y, 总计) over rows 一、二、（七）、四, judged with balance rows 0 1 2 3. */
function judged(rows: number[][]): ReturnType<typeof provenBroken> {
  let line = 0;
  const page: TextCell[] = rows[0].flatMap((_, c) => rows.map((r) => String(r[c])))
    .map((text) => ({ text, norm: text, span: { line: line++, start: 0, end: text.length } }));
  return provenBroken([[page]], 3, [0, 1, 2, 3]);
}

/** A committed pdfminer rendering with table 三's k-th number (tableNumbers' order) rewritten: [was, now]. */
function withNumbers(id: string, change: Record<number, [string, string]>): string {
  const lines = rendering(id, 'pdfminer.txt').split('\n');
  const from = lines.findIndex((l) => l.includes('三、收到和处理') || l.includes('三、行政机关收到和处理'));
  const values = tableNumbers(lines, from, lines.findIndex((l, i) => i > from && /^\f?四、.*行政复议/.test(l)));
  for (const [k, [was, now]] of Object.entries(change)) {
    assert.strictEqual(values[Number(k)].text, was);
    lines[values[Number(k)].span.line] = now;
  }
  return lines.join('\n');
}

describe('tables/proven-sums: table 三\'s sums that fail in every reading of pdfminer\'s runs', () => {
  it('a row no cut of the page gives a total, every cut failing one row alone failing that row with the same numbers: its total', () => {
    assert.deepStrictEqual(judged([[2, 1, 3], [0, 0, 0], [1, 1, 3], [1, 0, 1]]), { rowTotal: { row: 2, numbers: [1, 1, 3] } });
  });

  it('the 总计 column\'s balance off in every reading that keeps the rows\' totals: said with its four numbers', () => {
    assert.deepStrictEqual(judged([[5, 2, 7], [1, 0, 1], [4, 1, 5], [3, 1, 4]]), { totalBalance: [7, 1, 5, 4] });
  });

  it('a table whose sums hold in some reading: nothing', () => {
    assert.strictEqual(judged([[2, 1, 3], [0, 0, 0], [1, 1, 2], [0, 1, 1]]), undefined);
    assert.strictEqual(judged([[5, 2, 7], [1, 0, 1], [4, 1, 5], [2, 1, 3]]), undefined);
  });

  it('a page of whole rows holding a number that may be its own page number may hide a blank cell: nothing (committed r044; fresh seed 9713 r010, a false row-total on （七）总计 before)', () => {
    // r044 and 9713 r010 are such pages (a blank among table 三's zeros, bare page numbers): said before, wrongly.
    const fresh = readFileSync(join(__dirname, '../../../test/fixtures/unseen-seeds/s9713-r010-2021-blank-cell/pdfminer.txt'), 'utf8');
    for (const text of [rendering('r044-', 'pdfminer.txt'), fresh]) {
      const said = findings(text);
      assert.deepStrictEqual(said.filter((f) => /^(row-total|balance):/.test(f) && f.includes('未读取')), [], said.join('\n'));
    }
  });

  it('pages numbered `- 3 -` each (tables/page-numbers.ts markedOnEveryPage): a bare 3 is a cell, not the page\'s number — committed r036 and r104\'s row totals and r006\'s 总计 balance said; nothing before', () => {
    // Their table 三 pages hold whole rows and a count equal to the page's ordinal (r036: a 1 before page 3's form feed).
    const said = (id: string) => findings(rendering(id, 'pdfminer.txt'));
    assert.ok(said('r036-').some((f) => f.startsWith('row-total:') && f.includes('“1.本机关不掌握相关政府信息”行')), said('r036-').join('\n'));
    assert.ok(said('r104-').some((f) => f.startsWith('row-total:') && f.includes('“（一）予以公开”行')), said('r104-').join('\n'));
    assert.ok(said('r006-').some((f) => f.startsWith('balance:') && f.includes('“总计”列')), said('r006-').join('\n'));
  });

  it('committed r040 (pdfminer, table 三 unread): 四、结转下年度继续办理\'s 1 breaks the 总计 column\'s balance in every reading — said; with its two 1s 0, nothing', () => {
    const said = findings(rendering('r040-', 'pdfminer.txt'));
    assert.ok(said.some((f) => f.startsWith('balance:') && f.includes('“总计”列')), said.join('\n'));
    assert.deepStrictEqual(findings(withNumbers('r040-', { [133 + 5]: ['1', '0'], [133 + 41]: ['1', '0'] })), []);
  });
});
