/**
 * False errors of the fresh variant seed 9632 through the PDF text tools (`node test/corpus/generate.mjs --variants
 * --real-prose --seed 9632 --count 30 --documents 30`, then `--only pdf-tools`), kept in test/fixtures/unseen-seeds/
 * with their truth; each test fails before its fix.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { seriousBeyondTitle, unseenRendering as rendering, wrongCells } from '../helpers/unseen';
import type { Diagnostic } from '../../server/src/engine';

/** Errors and warnings but the blank cell's (the report's own, expected: a blank among its numbers). */
const falseFindings = (ds: readonly Diagnostic[]) => seriousBeyondTitle(ds).filter((d) => !d.startsWith('cell-missing'));

describe('variant seed 9632: a page number written - 2 - after a table 二 row (mutool)', () => {
  it('v010: 行政强制 / 0 / (blank) / - 2 - is one value; the page number is no cell', () => {
    const { a, got, truth, lines } = rendering('v9632-v010-2022-blank-cell', 'mutool');
    const at = lines.indexOf('行政强制');
    assert.ok(at > 0 && lines[at + 1] === '0' && lines[at + 2] === '' && lines[at + 3] === '- 2 -');
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.strictEqual(got.table2.coercion.decisions, 0);
    assert.deepStrictEqual(falseFindings(a.diagnostics), []);
  });
  it('…and written 第 2 页', () => {
    const { lines } = rendering('v9632-v010-2022-blank-cell', 'mutool');
    const text = lines.map((l) => (l === '- 2 -' ? '第 2 页' : l)).join('\n');
    assert.ok(text.includes('\n第 2 页\n'));
    const a = checkText(text);
    assert.deepStrictEqual(falseFindings(a.diagnostics), []);
    assert.strictEqual(extract('v010', a.model, text.split('\n')).tables.table2.coercion.decisions, 0);
  });
});

describe('variant seed 9632: table 三\'s header after its first rows, out of reading order (pdfminer)', () => {
  it('v023: the header pieced from boxes after rows proves no column missing and no row short: information', () => {
    const { a, got, truth, lines } = rendering('v9632-v023-2023-clean', 'pdfminer');
    // The rows' labels of table 三 stand before part 三's heading; the header's names, split (商业企 / 业), after it.
    const heading = lines.indexOf('三、收到和处理政府信息公开申请情况');
    assert.ok(lines.indexOf('一、本年新收政府') < heading && lines.indexOf('商业企') > heading);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
    assert.ok(a.diagnostics.some((d) => d.rule === 'column-missing' && d.severity === 'information' && d.message.includes('表头在行之后')));
  });
});
