/**
 * Mutation tests: for each seed and each hand-written layout, one change to the text must produce
 * the expected rule at the expected line. Rows and cells are located by text, not by the parser.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { allSamples } from '../helpers/fixtures';
import { deleteLines, findLabel, numbersAfter, replaceToken, splitText } from '../helpers/mutate';

/** A table 三 row that has all seven numbers in every sample. */
const FULL_ROW = '6.属于四类过程性信息';

function diagnosticsAt(text: string, rule: string): number[] {
  return checkText(text).diagnostics.filter((d) => d.rule === rule).map((d) => d.range.start.line);
}

function expectRuleAt(text: string, rule: string, line: number, context: string): void {
  const lines = diagnosticsAt(text, rule);
  assert.ok(lines.includes(line), `${context}: expected ${rule} at line ${line + 1}, got ${rule} at [${lines.map((l) => l + 1).join(', ')}]; all: ${checkText(text).diagnostics.map((d) => `${d.range.start.line + 1} ${d.rule}`).join('; ')}`);
}

const isSpaced = (name: string) => name.startsWith('spaced');

describe('mutations', () => {
  for (const sample of allSamples()) {
    const { name, text } = sample;
    const { lines } = splitText(text);
    const rowLine = findLabel(lines, FULL_ROW);
    const cells = numbersAfter(lines, rowLine, FULL_ROW, 7);

    describe(name, () => {
      it('finds the probe row by text', () => {
        assert.ok(rowLine >= 0);
        assert.strictEqual(cells.length, 7);
      });

      it('changing one number breaks the row total at the total cell', () => {
        const mutated = replaceToken(text, cells[0], String(Number(cells[0].text) + 3));
        expectRuleAt(mutated, 'row-total', cells[6].line, name);
        // 000 lacks result rows and 004 has blank applicant cells: there result-total cannot be assessed.
        if (!name.startsWith('000') && !name.startsWith('004')) {
          const seven = findLabel(lines, '（七）总计');
          expectRuleAt(mutated, 'result-total', numbersAfter(lines, seven, '（七）总计', 1)[0].line, name);
        }
      });

      it('changing the total of 一、本年新收 breaks the balance and the row total', () => {
        const l = findLabel(lines, '一、本年新收政府信息公开申请数量');
        if (l < 0) return assert.ok(name.startsWith('000'), 'only seed 000 lacks the row');
        const nums = numbersAfter(lines, l, '一、本年新收政府信息公开申请数量', 7);
        const mutated = replaceToken(text, nums[6], String(Number(nums[6].text) + 1));
        expectRuleAt(mutated, 'row-total', nums[6].line, name);
        const balance = checkText(mutated).diagnostics.find((d) => d.rule === 'balance');
        assert.ok(balance, 'balance reported');
        assert.match(balance!.message, /“总计”列/);
      });

      it('deleting a row reports row-missing where it was', () => {
        const last = cells[6].line;
        const mutated = deleteLines(text, rowLine, last);
        const found = diagnosticsAt(mutated, 'row-missing');
        const next = findLabel(splitText(mutated).lines, '7.属于行政执法案卷');
        assert.ok(found.some((l) => l >= rowLine - 3 && l <= next), `${name}: row-missing near line ${rowLine + 1}, got [${found.map((x) => x + 1)}]`);
      });

      it('deleting section 五 reports section-missing at the next section', () => {
        const five = findLabel(lines, '五、存在的主要问题');
        const six = findLabel(lines, '六、其他需要报告的事项', five + 1);
        const mutated = deleteLines(text, five, six - 1);
        expectRuleAt(mutated, 'section-missing', five, name);
      });

      it('blanking a cell reports the blank (cell-missing; in PDF text placed by position)', () => {
        const mutated = replaceToken(text, cells[1], '');
        expectRuleAt(mutated, 'cell-missing', isSpaced(name) ? rowLine : cells[1].line, name);
        if (isSpaced(name)) {
          // The gap is placed by position against the aligned rows around it: the blank is 商业企业's.
          const found = checkText(mutated).diagnostics.filter((d) => d.rule === 'cell-missing');
          assert.strictEqual(found.length, 1);
          assert.match(found[0].message, /“商业企业”为空/);
          assert.ok(!checkText(mutated).diagnostics.some((d) => d.severity === 'error'), `${name}: no error for a blank`);
        }
      });

      for (const bad of ['abc', '-1', '2.5']) {
        it(`writing ${bad} into a count reports cell-invalid on that cell`, () => {
          const mutated = replaceToken(text, cells[2], bad);
          const d = checkText(mutated).diagnostics.find((x) => x.rule === 'cell-invalid');
          assert.ok(d, `${name}: cell-invalid expected`);
          assert.strictEqual(d!.range.start.line, cells[2].line);
          assert.strictEqual(d!.range.start.character, cells[2].start);
          assert.ok(d!.message.includes(bad));
        });
      }

      it('changing one number of table 四 breaks that group total', () => {
        const l = findLabel(lines, '复议后起诉');
        let line = -1;
        for (let i = l + 1; i < lines.length; i++) {
          if (numbersAfter(lines, i, '', 15).filter((t) => t.line === i).length === 15) { line = i; break; }
        }
        const nums = line >= 0 ? numbersAfter(lines, line, '', 15) : numbersAfter(lines, l + 1, '', 15);
        assert.strictEqual(nums.length, 15);
        const mutated = replaceToken(text, nums[5], String(Number(nums[5].text) + 2));
        expectRuleAt(mutated, 'row-total', nums[9].line, name);
      });
    });
  }
});
