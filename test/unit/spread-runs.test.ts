/**
 * Issue 12: a table 三 row whose cells are printed with widened character spacing (字符间距加宽), several of them
 * side by side, so their digits run on from one cell into the next. Fresh variant seed 9920 (test/fixtures/unseen-seeds,
 * `node test/corpus/generate.mjs --variants --seed 9920 --count 40 --out …` then `--only print`), v033's row
 * 1.本机关不掌握相关政府信息 (114 10 0 0 2 0 126): in a printout's pdftotext -layout `掌握相关政 1 1 4 1 0   0   0   2   0   126`
 * (read 1 1 4 1 0 0 0, two false errors), in a PDF's plain pdftotext `握相关政府信 1 1 4` beside the label (a false
 * cell-missing). Each rendering test fails before its fix.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { seriousBeyondTitle, unseenRendering as rendering, wrongCells } from '../helpers/unseen';
import { spreadRunsReading } from '../../server/src/engine/structure/spread-runs';
import { tableNumbers } from '../../server/src/engine/tables/columnwise';
import { totalHolds } from '../../server/src/engine/structure/glued';
import type { TextCell } from '../../server/src/engine/model';
import { seed } from '../helpers/fixtures';

const NAME = 'v9920-v033-2025-clean';

/** Cells on one line from a row as printed: each field where it stands. */
function fields(row: string): TextCell[] {
  return [...row.matchAll(/\S+/g)].map((m) => ({ text: m[0], norm: m[0], span: { line: 0, start: m.index!, end: m.index! + m[0].length } }));
}

/** Table 三's one row 1.本机关不掌握相关政府信息 in space-aligned text, its numbers `numbers` beside the label's first line. */
function read(numbers: string) {
  const text = [
    '三、收到和处理政府信息公开申请情况',
    '                                        申请人情况',
    '                                自然人   商业企业   科研机构   社会公益组织   法律服务机构   其他   总计',
    '三、本年度办理结果',
    `（四）无法提供  1.本机关不掌握相关政 ${numbers}`,
    '                府信息',
  ].join('\n');
  const a = checkText(text);
  const t3 = extract('t', a.model, text.split('\n')).tables.table3 as Record<string, Record<string, number | null>>;
  return { row: t3.unable_nohold, said: seriousBeyondTitle(a.diagnostics).filter((d) => !d.startsWith('section-missing')) };
}

describe('digits of several cells spread one space apart side by side, among cells wide apart (fresh variant seed 9920, issue 12)', () => {
  it('v033 print-html-layout: 掌握相关政 1 1 4 1 0 … 126 is 114 and 10 — the one joining whose total holds (6 wrong cells, 2 false errors before)', () => {
    const { got, truth, a, lines } = rendering(NAME, 'print-html-layout');
    assert.ok(lines.some((l) => /掌握相关政 1 1 4 1 0 +0 +0 +2 +0 +126$/.test(l)));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3.unable_nohold, truth.tables.table3.unable_nohold);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });

  it('v033 pdf-raw: 握相关政府信 1 1 4 beside the label is the row\'s first count, 114 (a false cell-missing before)', () => {
    const { got, truth, a, lines } = rendering(NAME, 'pdf-raw');
    assert.ok(lines.includes('握相关政府信 1 1 4'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3.unable_nohold, truth.tables.table3.unable_nohold);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });

  it('a minimal row: the one holding joining is read; two holding joinings (1 111 or 111 1 for 112) leave it unread, nothing said', () => {
    const one = read('1 1 4 1 0          0          0          2          0         126');
    assert.deepStrictEqual(one.row, { natural_person: 114, commercial: 10, research: 0, social_welfare: 0, legal_service: 2, other: 0, total: 126 });
    assert.deepStrictEqual(one.said, []);
    const two = read('1 1 1 1          0          0          0          0         112');
    assert.deepStrictEqual(Object.values(two.row), [null, null, null, null, null, null, null]);
    assert.deepStrictEqual(two.said, []);
  });

  it('spreadRunsReading: joins only across one space between single digits, never across a wide gap', () => {
    const reading = spreadRunsReading(fields('1 1 4 1 0    0    0    2    0    126'), 7, totalHolds);
    assert.ok(Array.isArray(reading));
    assert.deepStrictEqual(reading.map((c) => c.text), ['114', '10', '0', '0', '2', '0', '126']);
    assert.deepStrictEqual(reading[0].span, { line: 0, start: 0, end: 5 });
    // 1 1 then 4 wide apart: 11 and 4 (joined across the gap, 1 14 would hold 16 too: never offered).
    assert.deepStrictEqual((spreadRunsReading(fields('1 1    4    1    0    0    0    16'), 7, totalHolds) as TextCell[]).map((c) => c.text), ['11', '4', '1', '0', '0', '0', '16']);
    assert.strictEqual(spreadRunsReading(fields('1 1 1 1    0    0    0    0    112'), 7, totalHolds), 'unsure');
    assert.strictEqual(spreadRunsReading(fields('1 1 4 1 0    0    0    2    0    126'), 7), 'unsure');
    assert.strictEqual(spreadRunsReading(fields('14    10    0    0    2    0    126    5'), 7, totalHolds), undefined);
  });

  it('tableNumbers: single digits one space apart after a label\'s last character are one count, as alone on their line', () => {
    const got = tableNumbers(['握相关政府信 1 1 4', '1 0', '（七）总计 126'], 0, 2);
    assert.deepStrictEqual(got.map((c) => [c.text, c.spread, c.span]), [
      ['114', '1 1 4', { line: 0, start: 7, end: 12 }],
      ['10', '1 0', { line: 1, start: 0, end: 3 }],
      ['126', undefined, { line: 2, start: 6, end: 9 }],
    ]);
  });

  it('tab-separated single digits are cells, never widened spacing: seed 002 with （一）予以公开\'s 自然人 made 2 keeps its row-total (the merged spread-runs read the tab row as doubtful)', () => {
    const lines = seed('002').text.split('\n');
    const i = lines.findIndex((l) => l.includes('予以公开'));
    const at = lines[i].indexOf('\t1\t') + 1;
    lines[i] = lines[i].slice(0, at) + '2' + lines[i].slice(at + 1);
    const findings = checkText(lines.join('\n')).diagnostics;
    const rowTotal = findings.find((d) => d.rule === 'row-total');
    assert.ok(rowTotal, findings.map((d) => `${d.rule}: ${d.message}`).join('\n'));
    assert.match(rowTotal.message, /自然人\(2\).*=2，但总计为 1，相差 1/);
  });
});
