/**
 * A browser's printout of table 四 in plain pdftotext (print-raw): 行政复议's row on one line, the litigation groups'
 * row on one line under their header. Fewer numbers than cells there are blanks for sure, which ones the text does not
 * say (committed corpus r112, one litigation group left blank): cell-missing for 表格四 with the count, no column named.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import { ROOT } from '../helpers/fixtures';

const FILE = path.join(ROOT, 'test', 'corpus', 'reports', 'r112-2019-blank-cell', 'print-raw.txt');
const lines = fs.readFileSync(FILE, 'utf8').split('\n');
const warnings = (text: string) => checkText(text).diagnostics.filter((d) => d.rule === 'cell-missing' && d.severity === 'warning').map((d) => d.message);
/** The litigation row's line (after the header naming both groups). */
const litigation = lines.findIndex((l, i) => l.trim() === '0 0 0 0 0' && lines.slice(i - 8, i).some((x) => x.includes('复议后起诉')));

describe('printout table 四 short of cells (plain pdftotext)', () => {
  it('r112 print-raw: 5 + 5 numbers for 15 cells, a litigation group blank — 表格四 只有 10 个数，应有 15 个 (warning)', () => {
    assert.ok(litigation > 0);
    const ws = warnings(lines.join('\n'));
    assert.deepStrictEqual(ws.filter((m) => m.includes('表格四')).length, 1, ws.join('\n'));
    assert.ok(ws[0].includes('只有 10 个数，应有 15 个'), ws[0]);
  });

  it('…one cell blank in the litigation row (nine numbers): 14 for 15', () => {
    const edited = [...lines];
    edited[litigation] = '0 0 0 0 0 0 0 0 0';
    const ws = warnings(edited.join('\n'));
    assert.ok(ws.some((m) => m.includes('表格四') && m.includes('只有 14 个数')), ws.join('\n'));
  });

  it('…行政复议\'s row one short (four numbers), the litigation row whole: 14 for 15', () => {
    const edited = [...lines];
    const review = lines.findIndex((l, i) => i < litigation && l.trim() === '0 0 0 0 0');
    edited[review] = '0 0 0 0';
    edited[litigation] = '0 0 0 0 0 0 0 0 0 0';
    const ws = warnings(edited.join('\n'));
    assert.ok(ws.some((m) => m.includes('表格四') && m.includes('只有 14 个数')), ws.join('\n'));
  });

  it('…not where a line of numbers past part 五\'s heading could hold the rest: information only', () => {
    const five = lines.findIndex((l, i) => i > litigation && l.startsWith('五、'));
    const edited = [...lines.slice(0, five + 1), '0 0 0 0 0', ...lines.slice(five + 1)];
    assert.deepStrictEqual(warnings(edited.join('\n')).filter((m) => m.includes('表格四')), []);
  });

  it('…nor where both rows come before the litigation header (which row is which, unsure)', () => {
    const header = lines.findIndex((l, i) => i < litigation && l.includes('复议后起诉'));
    const edited = [...lines.slice(0, header), lines[litigation], ...lines.slice(header, litigation), ...lines.slice(litigation + 1)];
    assert.deepStrictEqual(warnings(edited.join('\n')).filter((m) => m.includes('表格四')), []);
  });
});
