/**
 * The wrong cells and false findings fresh variant seeds left after the eighteenth session (test/fixtures/unseen-seeds):
 * `node test/corpus/generate.mjs --variants --seed 9750 --count 40 --out …` (v020 pdf-layout; v004 pdfplumber is the
 * eighteenth session's fixture, `--real-prose --count 30`, then `--only pdf-tools`), `--seed 9730` then `--only print`
 * (v011 print-html-raw), `--seed 9760` (v013 pdf-layout). Each rendering test fails before its fix.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { seriousBeyondTitle, unseenRendering as rendering, wrongCells, type Truth } from '../helpers/unseen';
import { FIXTURES } from '../helpers/fixtures';
import { splitSpacedCells } from '../../server/src/engine/structure/split-cells';
import { groupsHold, totalHolds } from '../../server/src/engine/structure/glued';
import { withoutExpectedSerial } from '../../server/src/engine/structure/serial-expected';
import { labelAroundParent } from '../../server/src/engine/tables/label-beside-parent';
import { numberingOnLines } from '../../server/src/engine/rules/numbering-on-lines';
import type { FoundRow, TextCell } from '../../server/src/engine/model';

const cells = (...ts: string[]): TextCell[] => ts.map((text, i) => ({ text, norm: text, span: { line: 0, start: i * 4, end: i * 4 + text.length } }));

/** A kept rendering with its lines edited, checked and extracted. */
function edited(name: string, file: string, edit: (lines: string[]) => string[]) {
  const dir = path.join(FIXTURES, 'unseen-seeds', name);
  const lines = edit(fs.readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/));
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as Truth;
  const a = checkText(lines.join('\n'));
  return { a, got: extract(name, a.model, lines).tables, truth };
}

describe('fresh variant seed 9750 v020, pdftotext -layout: two of table 四\'s counts one space apart (`8 43`)', () => {
  it('24    8  3  8 43  4 … 17 under a one-row header: the one split whose groups hold is read — all fifteen right (5 wrong cells before)', () => {
    const { got, truth, lines } = rendering('v9750-v020-2024-prose-sum', 'pdf-layout');
    assert.ok(lines.some((l) => /^24 +8 +3 +8 43 +4 /.test(l)));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table4, truth.tables.table4);
  });

  it('…the other side: when no split makes every group hold (17 made 18), table 四 is unread — never a group read a column off', () => {
    const { got, truth, a } = edited('v9750-v020-2024-prose-sum', 'pdf-layout.txt', (ls) => ls.map((l) => (/^24 +8 +3 +8 43 /.test(l) ? l.replace(/17$/, '18') : l)));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    for (const g of Object.values(got.table4)) for (const v of Object.values(g)) assert.strictEqual(v, null);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics).filter((d) => d.startsWith('row-total')), []);
  });

  it('splitSpacedCells: one filling split whose sums hold; unsure when a split fills but none (or several) hold; nothing to do else', () => {
    const row = ['24', '8', '3', '8 43', '4', '1', '0', '2', '7', '10', '3', '2', '2', '17'];
    const split = splitSpacedCells(cells(...row), 15, groupsHold);
    assert.ok(Array.isArray(split));
    assert.deepStrictEqual((split as TextCell[]).map((c) => c.text), ['24', '8', '3', '8', '43', '4', '1', '0', '2', '7', '10', '3', '2', '2', '17']);
    assert.deepStrictEqual((split as TextCell[])[4].span, { line: 0, start: 14, end: 16 });
    assert.strictEqual(splitSpacedCells(cells(...row.slice(0, -1), '18'), 15, groupsHold), 'unsure');
    assert.deepStrictEqual((splitSpacedCells(cells('1 0', '0', '0', '0', '0', '1'), 7, totalHolds) as TextCell[]).map((c) => c.text), ['1', '0', '0', '0', '0', '0', '1']);
    assert.strictEqual(splitSpacedCells(cells('1 0', '0', '0', '0', '0', '2'), 7, totalHolds), 'unsure');
    assert.strictEqual(splitSpacedCells(cells('24', '8', '3'), 15, groupsHold), undefined);
    assert.strictEqual(splitSpacedCells(cells('1 0', '0', '0'), 7, totalHolds), undefined);
  });
});

describe('fresh variant seed 9750 v004, pdfplumber: a 序号 before a wrapped label\'s counts, the rows around giving theirs', () => {
  it('3 （一）予以公开 … / （二）部分公开（…， / 4 1 0 0 0 0 0 1 / 不计其他情形） / 5 （三）…: 4 is the 序号 (3 wrong cells, 2 false errors before)', () => {
    const { a, got, truth, lines } = rendering('v9750-v004-2023-t4-row-total', 'pdfplumber');
    assert.ok(lines.some((l) => l === '4 1 0 0 0 0 0 1'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3.partial, truth.tables.table3.partial);
    // (Its one error is the table 四 row-total the report was made with.)
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics).filter((d) => !d.startsWith('row-total') || d.includes('表格三')), []);
  });

  const lines = ['3 （一）予以公开 2 0 0 0 0 0 2', '（二）部分公开（区分处理的，只计这一情形，', '4 1 0 0 0 0 0 1', '不计其他情形）', '5 （三）不予公开1.属于国家秘密 0 0 0 0 0 0 0'];
  const found = (key: string, line: number, start: number, values: string[], valuesLine = line): FoundRow => ({
    table: 'table3', key, label: { text: '', norm: '', span: { line, start, end: start + 4 } }, official: '', exactIn: ['2021'],
    values: values.map((text, i) => ({ text, norm: text, span: { line: valuesLine, start: i * 2, end: i * 2 + text.length } })), firstLine: line, lastLine: valuesLine, style: 'spaced',
  });
  const rows = (first: string[]) => [found('granted', 0, 2, ['2', '0', '0', '0', '0', '0', '2']), found('partial', 1, 0, first, 2), found('deny_secret', 4, 2, ['0', '0', '0', '0', '0', '0', '0'])];

  it('withoutExpectedSerial: dropped only when it is the row before\'s 序号 plus one and the row after\'s minus one, and the rest hold', () => {
    assert.deepStrictEqual(withoutExpectedSerial(rows(['4', '1', '0', '0', '0', '0', '0', '1']), 7, lines)[1].values.map((v) => v.text), ['1', '0', '0', '0', '0', '0', '1']);
    // Not the 序号 expected there (7 between 3 and 5): left as it is.
    assert.deepStrictEqual(withoutExpectedSerial(rows(['7', '1', '0', '0', '0', '0', '0', '1']), 7, lines)[1].values.map((v) => v.text), ['7', '1', '0', '0', '0', '0', '0', '1']);
    // The rows around without their 序号 before their labels: no column shown, left as it is.
    const bare = lines.map((l) => l.replace(/^[0-9] /, '  '));
    assert.strictEqual(withoutExpectedSerial(rows(['4', '1', '0', '0', '0', '0', '0', '1']), 7, bare)[1].values.length, 8);
    // The first seven holding their total: one count too many after them, as it reads.
    assert.strictEqual(withoutExpectedSerial(rows(['4', '0', '0', '0', '0', '0', '4', '1']), 7, lines)[1].values.length, 8);
    // Neither reading holding: which number is which is unsure — the row is unread.
    const unsure = withoutExpectedSerial(rows(['4', '1', '0', '0', '0', '0', '0', '2']), 7, lines)[1];
    assert.strictEqual(unsure.uncertain, true);
  });
});

describe('fresh variant seed 9730 v011, a browser\'s printout in plain pdftotext: a wrapped label\'s rest after its parent\'s text', () => {
  it('无正当理由大量反 / （五）不予处理 复申请: the row 4.无正当理由大量反复申请, no label-nonstandard for 2.重复申请 (1 false warning before)', () => {
    const { a, got, truth, lines } = rendering('v9730-v011-2024-clean', 'print-html-raw');
    assert.ok(lines.includes('（五）不予处理 复申请'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });

  it('labelAroundParent: the first line and the rest make a known label (the rest\'s numbering first); else nothing', () => {
    assert.strictEqual(labelAroundParent('无正当理由大量反', '（五）不予处理 复申请'), '无正当理由大量反复申请');
    assert.strictEqual(labelAroundParent('没有现成信息需要', '（四）无法提供 2.另行制作'), '2.没有现成信息需要另行制作');
    assert.strictEqual(labelAroundParent('无正当理由大量反', '（五）不予处理 重复申请'), undefined);
    assert.strictEqual(labelAroundParent('2.重复申请', '（五）不予处理 复申请'), undefined);
    assert.strictEqual(labelAroundParent('无正当理由大量反', '其他 复申请'), undefined);
  });
});

describe('fresh variant seed 9760 v013, pdftotext -layout: a distributed label across a page break and its repeated header', () => {
  it('（三）不 / 予 公 开 5. / 属于三类 / (header: 序 … 其他) / 内部事务 / 信 息: no label-nonstandard (1 false warning before)', () => {
    const { a, got, truth } = rendering('v9760-v013-2024-clean', 'pdf-layout');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });

  it('numberingOnLines: the official numbering as a word on the row\'s lines, not inside another number', () => {
    const lines = ['     （三）不', '     予 公 开 5.', '     属于三类', '15.0 25.'];
    assert.ok(numberingOnLines(lines, '5.属于三类内部事务信息', 0, 2));
    assert.ok(!numberingOnLines(lines, '5.属于三类内部事务信息', 2, 3));
    assert.ok(!numberingOnLines(lines, '属于三类内部事务信息', 0, 3));
  });
});
