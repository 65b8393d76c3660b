/**
 * The committed structural variants' printouts (nineteenth session, varprint19): one class each, each test failing
 * before its fix. A wrong cell is worse than an unread one; an uncertain reading is never an error.
 */
import * as assert from 'assert';
import { wrongCells, serious, committedVariant, type Cells } from '../helpers/unseen';

/** Rows' cells read (a row absent reads none). */
const readOf = (t: Cells, rows: string[]) => rows.flatMap((r) => Object.values(t[r] ?? {})).filter((v) => v !== null).length;

describe('variant printouts: table 二 column by column after its labels, in plain pdftotext (print-raw, structure/assemble.ts columnwiseTable2)', () => {
  // v003 (2023, a 序号 column): `1 规章` / `2 行政规范性文件` … every sub-table's labels first, each beside its 序号, then each
  // column's name and its numbers (`本年制发件数` / `0` / `12` …): the labels are bare of numbers all the same.
  it('v003: labels beside their 序号 (`1 规章`) are bare labels — each column read from its name\'s run', () => {
    const { a, got, truth, lines } = committedVariant('v003-2023-clean', 'print-raw');
    assert.ok(lines.includes('1 规章') && lines.join('/').includes('本年制发件数/0/12'), 'the class');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table2, truth.tables.table2);
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => d.includes('表格二')), []);
  });
  it('…a column\'s run one number longer than its rows is not settled: that sub-table stays unread', () => {
    const { got, truth } = committedVariant('v003-2023-clean', 'print-raw', (l) => {
      const at = l.indexOf('本年废止件数');
      return [...l.slice(0, at + 3), '7', ...l.slice(at + 3)];
    });
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(readOf(got.table2, ['rules', 'normative_documents']), 0);
  });
  // v007 (2024): （一）'s 本年制发件数 under its labels, its 本年废止件数 and 现行有效件数 only after （八）'s 本年收费金额 / 0.00.
  it('v007: a sub-table\'s columns named after the last sub-table\'s numbers are still table 二\'s', () => {
    const { got, truth, lines } = committedVariant('v007-2024-clean', 'print-raw');
    assert.ok(lines.join('/').includes('本年收费金额（单位：万元）/0.00//本年废止件数/1/0//现行有效件数/11/23'), 'the class');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table2, truth.tables.table2);
  });
  it('…one number more under the late column\'s name: not settled, （一） unread', () => {
    const { got, truth } = committedVariant('v007-2024-clean', 'print-raw', (l) => {
      const at = l.indexOf('现行有效件数');
      return [...l.slice(0, at + 3), '5', ...l.slice(at + 3)];
    });
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual([got.table2.rules?.in_force ?? null, got.table2.normative_documents?.in_force ?? null], [null, null]);
  });
});

describe('variant printouts: table 二\'s one-row, one-column sub-table under a 序号 header, its column named between label and count (print-html-raw, tables/recognize.ts)', () => {
  // v003 (2023): `序号 信息内容` / `1` / `行政许可` / `本年处理决定数量` / `101` — the header's cells column by column.
  it('v003: the 1 under the header is the 序号, the number under the column\'s name the count', () => {
    const { got, truth, lines } = committedVariant('v003-2023-clean', 'print-html-raw');
    assert.ok(lines.join('/').includes('序号 信息内容/1//行政许可//本年处理决定数量/101'), 'the class');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table2, truth.tables.table2);
  });
  // v008 (2024): （八）'s label at a page's foot, the page's link between it and 本年收费金额（单位：万元） / 0.
  it('v008: （五） and （八） so, the page\'s link between （八）\'s label and its column\'s name', () => {
    const { got, truth } = committedVariant('v008-2024-missing-row', 'print-html-raw');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(got.table2, truth.tables.table2);
  });
  it('…but a number under the label that is no 序号 header\'s first (the header line gone): the row stays unread', () => {
    const { got, truth } = committedVariant('v003-2023-clean', 'print-html-raw', (l) => {
      const at = l.findIndex((x, k) => x === '序号 信息内容' && l[k + 1] === '1' && l[k + 3] === '行政许可');
      assert.ok(at > 0);
      return [...l.slice(0, at), ...l.slice(at + 1)];
    });
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(got.table2.licensing?.decisions ?? null, null);
  });
});
