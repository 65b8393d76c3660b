/**
 * Table 四 in plain pdftotext whose numbers come in an order the text does not prove (a header in blocks: the
 * litigation names stood upright, `未 未 未 未` / `经 经 经 经 未 复 复 复 复` …, fresh variant seed 6252 `--only print`,
 * kept in test/fixtures/unseen-seeds/v6252-<id>/): the cells are unread, and a group's total that fails whatever the
 * order is said all the same (rules/arithmetic.ts, `groupsCanHold`). Each rendering's test failed before its fix.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import { groupsCanHold } from '../../server/src/engine/rules/arithmetic';
import { unseenRendering, wrongCells } from '../helpers/unseen';
import { ROOT } from '../helpers/fixtures';

const serious = (a: ReturnType<typeof checkText>) => a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');

describe('table 四’s numbers in an unproven order: unread, a total wrong whatever the order said (tables/pdfraw.ts, rules/arithmetic.ts)', () => {
  // print-html-raw: `0 0 1 0 0` / ten zeros for 0 1 0 0 0 / ten zeros (the first litigation count printed second):
  // read in that order it gave 结果纠正 0 and 其他结果 1.
  it('v6252-v004-2019-t4-row-total print-html-raw: no cell read wrong, the failing total said as an error', () => {
    const { a, got, truth } = unseenRendering('v6252-v004-2019-t4-row-total', 'print-html-raw');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    const found = serious(a).map((d) => `${d.rule} ${d.severity}: ${d.message}`);
    assert.strictEqual(found.length, 1, found.join('\n'));
    assert.match(found[0], /^row-total error: 表格四.*（0、0、1、0、0、0、0、0、0、0、0、0、0、0、0）顺序不能确定.*无论怎样排列/);
  });

  // pdf-raw: the litigation header in blocks (`复议` / `复议` / `后起` / `后起`) left the table unread, and the
  // reviewer's row-total was not said.
  it('v6252-v004-2019-t4-row-total pdf-raw: the failing total said though the cells are unread', () => {
    const { a, got, truth } = unseenRendering('v6252-v004-2019-t4-row-total', 'pdf-raw');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.ok(serious(a).some((d) => d.rule === 'row-total' && d.severity === 'error' && d.message.startsWith('表格四')));
  });

  // …and where the numbers can be arranged so that every group holds (a clean report, `0 3 0 0 0` / `0 0 0 0 3` /
  // `1 0 0 0 1` for 0 0 0 0 0 / 3 0 0 0 3 / 1 0 0 0 1), nothing is said of them.
  it('v6252-v015-2025-clean print-html-raw: unread, no error', () => {
    const { a, got, truth } = unseenRendering('v6252-v015-2025-clean', 'print-html-raw');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(serious(a).filter((d) => d.rule === 'row-total').map((d) => d.message), []);
  });

  it('the same text with the numbers in a holding order but still unproven: no row-total', () => {
    const { lines } = unseenRendering('v6252-v004-2019-t4-row-total', 'print-html-raw');
    // 0 1 0 0 1 for 0 0 1 0 0: the five may be 0 0 1 0 1 or any order, and one of them holds.
    const at = lines.lastIndexOf('1');
    const text = lines.map((l, i) => (i === at + 4 ? '1' : l)).join('\n');
    assert.deepStrictEqual(serious(checkText(text)).filter((d) => d.rule === 'row-total').map((d) => d.message), []);
  });
});

/** Every way to deal the numbers into groups of five, tried without pruning or shortcuts. */
function naiveCanHold(values: number[]): boolean {
  const n = values.length / 5;
  const group = new Array<number>(values.length).fill(-1);
  const holds = (g: number[]) => g.some((x) => 2 * x === g.reduce((a, b) => a + b, 0));
  const walk = (i: number): boolean => {
    if (i === values.length) {
      for (let k = 0; k < n; k++) if (!holds(values.filter((_, j) => group[j] === k))) return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (group.filter((g) => g === k).length === 5) continue;
      group[i] = k;
      if (walk(i + 1)) return true;
      group[i] = -1;
    }
    return false;
  };
  return walk(0);
}

describe('groupsCanHold: whether some order of the numbers makes every group of five hold (brute force)', () => {
  // A small deterministic generator: many zeros, few small counts, as tables 四 are.
  let seed = 15;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const draw = (n: number) => Array.from({ length: n }, () => (random() < 0.5 ? 0 : Math.floor(random() * 6)));

  it('agrees with trying every deal, one group and two (600 cases each)', () => {
    for (const n of [5, 10]) {
      for (let k = 0; k < 600; k++) {
        const v = draw(n);
        assert.strictEqual(groupsCanHold(v), naiveCanHold(v), v.join(' '));
      }
    }
  });

  it('agrees with trying every deal, three groups (8 cases, half built to hold)', () => {
    for (let k = 0; k < 8; k++) {
      // Every other case a table whose groups hold, shuffled: it must be found holding.
      const v = k % 2 ? draw(15) : [0, 1, 2].flatMap(() => { const g = draw(4); return [...g, g.reduce((a, b) => a + b, 0)]; }).sort(() => random() - 0.5);
      assert.strictEqual(groupsCanHold(v), naiveCanHold(v), v.join(' '));
      if (k % 2 === 0) assert.ok(groupsCanHold(v));
    }
  });

  it('a lone 1 among zeros never holds; a group 1 1 0 0 2 holds in any order', () => {
    assert.strictEqual(groupsCanHold([0, 0, 1, 0, 0]), false);
    assert.strictEqual(groupsCanHold([2, 1, 0, 1, 0]), true);
    assert.strictEqual(groupsCanHold([0, 0, 1, 0, 0, ...new Array(10).fill(0)]), false);
  });
});

describe('a blank in table 四 of a browser printout read by plain pdftotext (rules/cells.ts)', () => {
  // r112-2019-blank-cell print-html-raw: ten numbers for fifteen cells, the page's address and title (with its year)
  // printed by the browser among the table's lines, where the digits were taken for a count that could be the missing ones.
  it('r112 print-html-raw: the blank group said as a warning', () => {
    const text = fs.readFileSync(path.join(ROOT, 'test/corpus/reports/r112-2019-blank-cell/print-html-raw.txt'), 'utf8');
    const found = serious(checkText(text)).filter((d) => d.rule === 'cell-missing').map((d) => d.message);
    assert.strictEqual(found.length, 1);
    assert.match(found[0], /^“表格四”只有 10 个数，应有 15 个/);
  });
});

describe('a blank in table 三 of stream-PDF text, the page’s footer right after the row (rules/cells.ts)', () => {
  // Fresh report seed 7500 r010 (`--count 20 --documents 0 --real-prose`): 2.其他法律行政法规禁止公开 with six numbers
  // (PyMuPDF `0` a line; pdf-parse `000000`), then `- 2 -`: the footer was taken for a page break within the row, which
  // might carry a number away; it ends the page after the row, and the next page's lines are scanned as the table's.
  for (const file of ['pymupdf', 'pdf-parse']) {
    it(`s7500-r010-2023-blank-cell ${file}: the row’s blank said as a warning, no cell wrong`, () => {
      const { a, got, truth } = unseenRendering('s7500-r010-2023-blank-cell', file);
      assert.deepStrictEqual(wrongCells(got, truth.tables), []);
      const found = serious(a).map((d) => `${d.rule}: ${d.message}`);
      assert.strictEqual(found.length, 1, found.join('\n'));
      assert.match(found[0], /^cell-missing: “2\.其他法律行政法规禁止公开”只有 6 个数，应有 7 个/);
    });
  }

  it('…and a number carried past the footer, before the next row’s label, is the row’s: no blank said', () => {
    const { lines } = unseenRendering('s7500-r010-2023-blank-cell', 'pymupdf');
    const footer = lines.indexOf('- 2 -');
    const text = [...lines.slice(0, footer + 1), '0', ...lines.slice(footer + 1)].join('\n');
    assert.deepStrictEqual(serious(checkText(text)).map((d) => d.message), []);
  });
});

describe('table 四 of a printout not read at all, its counts exactly the fifteen (tables/unread-table4.ts, rules/arithmetic.ts)', () => {
  // v038-2019-t4-row-total print-html-raw (committed variants): the one-row header of fifteen names drawn as two tables,
  // its pieces in plain pdftotext (`未经复 未经复` / `议直接 议直接` …) with `0` / `0` among them, then thirteen counts: the
  // table was left unread (table-missing, information) and the reviewer's row-total not said. Fourteen zeros and a 1
  // fail some group in every arrangement.
  const file = path.join(ROOT, 'test/corpus/variants/v038-2019-t4-row-total/print-html-raw.txt');
  const lines = () => fs.readFileSync(file, 'utf8').split('\n');
  const rowTotal = (text: string) => serious(checkText(text)).filter((d) => d.rule === 'row-total').map((d) => `${d.severity}: ${d.message}`);
  /** The lines of part 四's counts (alone on their lines, between its heading and 五's). */
  const countLines = (l: string[]) => {
    const from = l.findIndex((x) => x.startsWith('四、因政府信息公开'));
    const to = l.findIndex((x, i) => i > from && x.startsWith('五、'));
    return l.map((x, i) => i).filter((i) => i > from && i < to && /^[0-9]+$/.test(l[i].trim()));
  };

  it('v038 print-html-raw: the failing total said as an error, no cell read', () => {
    const found = serious(checkText(lines().join('\n'))).map((d) => `${d.rule} ${d.severity}: ${d.message}`);
    assert.strictEqual(found.length, 1, found.join('\n'));
    assert.match(found[0], /^row-total error: 表格四“行政复议”、“行政诉讼（未经复议直接起诉）”、“行政诉讼（复议后起诉）”的 15 个数.*无论怎样排列/);
  });

  // Fresh variant seed 9940 v004 print-html-raw: the table's unit as a row of its own under the counts (`单位：件`, the
  // unit-row variant) stopped the reading though it is neither a count nor a sentence.
  it('the same with the table’s unit row `单位：件` under the counts: the error said all the same', () => {
    const l = lines();
    const at = countLines(l);
    l.splice(at[at.length - 1] + 1, 0, '单位：件');
    const found = rowTotal(l.join('\n'));
    assert.strictEqual(found.length, 1, found.join('\n'));
    assert.match(found[0], /^error: 表格四“行政复议”.*的 15 个数/);
  });

  // Fresh variant seed 9940 v038 print-html-raw: two cells' counts on one line (`12 1`, `20 5`), which no spreading of
  // one number's digits makes; `1 0` may be 10 spread apart (a blank elsewhere then), and nothing is said.
  it('two counts on one line: `0 1` taken as two, `1 0` (maybe 10 spread apart) stops the reading', () => {
    const joined = (k: number) => {
      const l = lines();
      const at = countLines(l);
      l[at[k]] = `${l[at[k]].trim()} ${l[at[k + 1]].trim()}`;
      l[at[k + 1]] = '';
      return l.join('\n');
    };
    const one = countLines(lines()).findIndex((i) => lines()[i].trim() === '1');
    const found = rowTotal(joined(one - 1));
    assert.strictEqual(found.length, 1, found.join('\n'));
    assert.match(found[0], /^error: 表格四“行政复议”.*的 15 个数/);
    assert.deepStrictEqual(rowTotal(joined(one)), []);
  });

  it('the same with a second 1 (the counts can hold: 1 0 0 0 1): nothing said of them', () => {
    const l = lines();
    const at = countLines(l);
    assert.strictEqual(at.length, 15);
    l[at[at.length - 1]] = '1';
    assert.deepStrictEqual(rowTotal(l.join('\n')), []);
  });

  it('fourteen counts (a blank cell), or a line with a digit among them, or part 四 the last: nothing said', () => {
    const l = lines();
    const at = countLines(l);
    assert.deepStrictEqual(rowTotal(l.filter((_, i) => i !== at[3]).join('\n')), []);
    const noted = [...l];
    noted.splice(at[at.length - 1] + 1, 0, '注：本表数据统计时间为2019年1月1日至2019年12月31日');
    assert.deepStrictEqual(rowTotal(noted.join('\n')), []);
    assert.deepStrictEqual(rowTotal(l.slice(0, at[at.length - 1] + 1).join('\n')), []);
  });
});

describe('table 四 of a printout whose numbers were found but no cell placed (rules/arithmetic.ts, tables/unread-table4.ts)', () => {
  // r109-2020-clean print-html-raw (committed): 行政复议 / 行政诉讼 / `结结其尚` … / fifteen counts each alone on its line, the
  // litigation header's pieces between the review's five and the rest: every cell unread (cell-missing, information).
  const file = path.join(ROOT, 'test/corpus/reports/r109-2020-clean/print-html-raw.txt');
  const lines = () => fs.readFileSync(file, 'utf8').split('\n');
  const rowTotal = (text: string) => serious(checkText(text)).filter((d) => d.rule === 'row-total').map((d) => `${d.severity}: ${d.message}`);

  it('r109 print-html-raw as it is (its counts can hold): nothing said of them', () => {
    assert.deepStrictEqual(rowTotal(lines().join('\n')), []);
  });

  it('its last count 2 made 3 (1 0 0 1 3 fails in any order, and no other deal holds): the error said', () => {
    const l = lines();
    const five = l.findIndex((x) => x.startsWith('五、存在的主要问题'));
    const last = l.slice(0, five).map((x) => x.trim()).lastIndexOf('2');
    l[last] = '3';
    const found = rowTotal(l.join('\n'));
    assert.strictEqual(found.length, 1, found.join('\n'));
    assert.match(found[0], /^error: 表格四“行政复议”、“行政诉讼（未经复议直接起诉）”、“行政诉讼（复议后起诉）”的 15 个数（0、0、0、0、0、0、0、0、0、0、1、0、0、1、3）/);
  });
});
