/**
 * Classes found on the fresh seeds of the seventeenth session (report seed 9417: `node test/corpus/generate.mjs --seed
 * 9417 --count 25 --documents 0 --real-prose`, variant seed 9471: `--variants --real-prose --seed 9471 --count 30
 * --documents 30`, each then `--only pdf-tools`, `word-tools`, `converters`, `print`), evaluated with main's build
 * before any change. One rendering per class is kept in test/fixtures/unseen-seeds/ with its truth; each test fails
 * before its fix.
 */
import * as assert from 'assert';
import { seriousBeyondTitle, unseenRendering as rendering, wrongCells } from '../helpers/unseen';

describe('fresh variant seed 9471: a row label cut by a page break, its rest after the page number (pdf-layout)', () => {
  it('v017: （六）其他 17 3 0 0 0 0 20 / 5 / 处理 3.其他 is 3.其他, no label-nonstandard; no cell read wrong', () => {
    const { a, got, truth, lines } = rendering('v9471-v017-2024-clean', 'pdf-layout');
    const at = lines.findIndex((l) => l.includes('（六）其他     17'));
    assert.ok(at > 0 && /^\s+5$/.test(lines[at + 5]) && lines[at + 6].includes('处理 3.其他'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table3.oth_other, truth.tables.table3.oth_other);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });
});

describe('fresh report seed 9417: two cells\' digits set close in a printout taken for one number spread (print-html-layout)', () => {
  it('r005: （一）予以公开 1 0 0 1 1 … 1 0 0 0 112 (100 and 11) is unread, not 10011 with 商业企业 blank; no false finding', () => {
    const { a, got, truth, lines } = rendering('s9417-r005-2024-clean', 'print-html-layout');
    assert.ok(lines.some((l) => /（一）予以公开 1 0 0 1 1 +1 +0 +0 +0 +112$/.test(l)));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(got.table3.granted?.natural_person ?? null, null);
    assert.strictEqual(got.table3.partial?.natural_person ?? null, null);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });
});

describe('fresh variant seed 9471: a printout whose table 三 columns stand apart before its labels (print-raw, 2019 tables)', () => {
  // Plain pdftotext of a narrow printed page: table 二's later columns after the last sub-table (`本年新公开数量 对外公开总数量`
  // / 0 / 0 …), table 三's numbers before its labels (`5` / `0` / `1`, `0 0 0 0 0 5` …, a column of zeros), the labels
  // alone after them, and table 四's fifteen zeros in its own part.
  const r = () => rendering('v9471-v022-2021-format-outdated', 'print-raw');

  it('v022: the run of numbers in part 三 is not table 四: table 四 is the fifteen zeros of part 四, no cell read wrong', () => {
    const { a, got, truth } = r();
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table4, truth.tables.table4);
    assert.ok(a.model.table4!.firstLine > a.model.sections.find((s) => s.ordinal === '四')!.startLine);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics).filter((d) => /表格四|row-total|cell-invalid/.test(d)), []);
  });

  it('v022: table 三 rows without a number, the numbers no row took before the table, are unread, not blank', () => {
    const { a } = r();
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics).filter((d) => d.startsWith('cell-missing')), []);
  });

  it('v022: table 二’s columns named on a line after the sub-tables (本年新公开数量 对外公开总数量) are not missing; only format-outdated said', () => {
    const { a } = r();
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics).filter((d) => d.startsWith('column-missing')), []);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics).map((d) => d.split(' ')[0]), ['format-outdated']);
  });
});
