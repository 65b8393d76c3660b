/**
 * The committed structural variants' printouts (test/corpus/variants, `generate.mjs --variants --seed 101 --count 40
 * --only print`) and fresh variant seeds' printouts (test/fixtures/unseen-seeds/v<seed>-…): one class each, each test
 * failing before its fix. A wrong cell is worse than an unread one; an uncertain reading is never an error.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { unseenRendering as rendering, wrongCells, type Truth, serious, seriousBeyondTitle } from '../helpers/unseen';

const VARIANTS = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'variants');

function committed(id: string, layout: string) {
  const text = fs.readFileSync(path.join(VARIANTS, id, `${layout}.txt`), 'utf8');
  const truth = JSON.parse(fs.readFileSync(path.join(VARIANTS, id, 'truth.json'), 'utf8')) as Truth;
  const a = checkText(text);
  const lines = text.split(/\r?\n/);
  return { a, got: extract(id, a.model, lines).tables, truth, lines };
}


describe('variant printouts: a heading clipped at a page\'s foot amid table 四\'s vertical header', () => {
  it('print-raw v016: 六 其他需要报告的事项 / … / 果果他未总果果他未总 / … / 六、其他需要报告的事项 — one part 六: no section-duplicate, no fee-statement-missing', () => {
    const { a, got, truth, lines } = committed('v016-2024-section-order', 'print-raw');
    assert.ok(lines.includes('六 其他需要报告的事项') && lines.includes('果果他未总果果他未总'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    // The report's own defect (part 六 before part 五) is still said.
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics).map((d) => d.split(' ')[0]), ['section-order']);
  });
});

describe('variant printouts: a clipped heading amid table 四\'s two-row header written down each cell, with 合计', () => {
  it('print-raw v9251-v016: 六 其他需要报告的事项 / … / 经经经经未复复复复 / 诉诉诉诉起果果他未合 / … / 六、其他需要报告的事项 — one part 六: no section-duplicate, no fee-statement-missing', () => {
    const { a, got, truth, lines } = rendering('v9251-v016-2024-section-order', 'print-raw');
    assert.ok(lines.includes('六 其他需要报告的事项') && lines.includes('经经经经未复复复复') && lines.includes('诉诉诉诉起果果他未合'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    // The report's own defect (part 六 before part 五) is still said.
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics).map((d) => d.split(' ')[0]), ['section-order']);
  });
});

describe('variant printouts: a wrapped header cell\'s middle piece a line above its first', () => {
  for (const layout of ['print-layout', 'print-bare-layout']) {
    it(`${layout} v025: 人 商业 科研 公益 / 社会 … / 企业 机构 组织 — 社会公益组织 is there: no label-nonstandard warning`, () => {
      const { a, got, truth, lines } = committed('v025-2021-clean', layout);
      assert.ok(lines.some((l) => /^ *人 商业 科研 公益$/.test(l)));
      assert.deepStrictEqual(wrongCells(got, truth.tables), []);
      assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
    });
  }
});

describe('variant printouts: part 四\'s heading mid-line, after its own wrapped last character and what stands above table 四', () => {
  it('print-layout v7215-v016: 况行政 四、因政府信息公开工作被申请行政复议、提起行政诉讼情 — part 四 is there: no section-missing error', () => {
    const { a, got, truth, lines } = rendering('v7215-v016-2020-section-order', 'print-layout');
    assert.ok(lines.some((l) => l.trim() === '况行政 四、因政府信息公开工作被申请行政复议、提起行政诉讼情'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    // The report's own defect (part 六 before part 五) is still said.
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics).map((d) => d.split(' ')[0]), ['section-order']);
  });
});

describe('variant printouts: part 四\'s heading mid-line after its wrapped last character and the unit above table 四', () => {
  it('print-raw v6260-v023: 况单位：件四、因政府信息公开工作被申请行政复议、提起行政诉讼情 — part 四 is there: no section-missing error', () => {
    const { a, got, truth, lines } = rendering('v6260-v023-2023-clean', 'print-raw');
    assert.ok(lines.includes('况单位：件四、因政府信息公开工作被申请行政复议、提起行政诉讼情'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });
});

describe('variant printouts: table 三\'s 总计 column set apart in plain pdftotext, its header then its cells', () => {
  it('print-raw v7215-v025: 总计 / 1 / 24 / 0 — not a row 总计 of three counts placed from the left: unread, no label-nonstandard', () => {
    const { a, got, truth, lines } = rendering('v7215-v025-2019-clean', 'print-raw');
    const at = lines.lastIndexOf('总计');
    assert.deepStrictEqual(lines.slice(at, at + 4), ['总计', '1', '24', '0']);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });
});

describe('variant printouts: a 序号 column in plain pdftotext with table 三\'s 总计 column set apart', () => {
  it('print-raw v6260-v018: 23 / 3.其他 / 1 0 0 0 0 0 / 24 / （七）总计 — 24 is the next row\'s 序号, not 3.其他\'s total: unread, no row-total error', () => {
    const { a, got, truth, lines } = rendering('v6260-v018-2021-prose-mismatch', 'print-raw');
    const at = lines.indexOf('3.其他');
    assert.deepStrictEqual(lines.slice(at - 1, at + 9), ['23', '3.其他', '1', '0', '0', '0', '0', '0', '24', '（七）总计']);
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(serious(a.diagnostics).filter((d) => !d.startsWith('title-format') && !d.startsWith('narrative')), []);
  });
});

describe('variant printouts: a table 三 row\'s first cell drawn after a page break and before the header\'s last pieces', () => {
  it('print-html-raw v6260-v029: 一、本年新收… / 0 / 0 / 0 / …url… / 6 / 法 / 律 / 服 其 总 / … / 0 / 0 / 6 — 6 0 0 0 0 0 6 or 0 0 0 6 0 0 6: unread, no balance error', () => {
    const { a, got, truth, lines } = rendering('v6260-v029-2020-clean', 'print-html-raw');
    const at = lines.indexOf('一、本年新收政府信息公开申请数量');
    assert.deepStrictEqual(lines.slice(at + 1, at + 16).filter((l) => l !== ''), ['0', '0', '0', lines[at + 8], '6', '法', '律', '服 其 总', '务 他 计']);
    assert.ok(/^https:/.test(lines[at + 8]));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
  });
});

describe('variant printouts: table 三 of which no row was read, its flattened header in pieces', () => {
  it('print-html-raw v6260-v008: 法人 / 或其 / 他组 / 织-商 … — no row read, nothing of the header either: column-missing is information, not an error', () => {
    const { a, got, truth, lines } = rendering('v6260-v008-2023-missing-row', 'print-html-raw');
    assert.ok(lines.includes('法人 法人 法人'));
    assert.deepStrictEqual(wrongCells(got, truth.tables), []);
    assert.deepStrictEqual(seriousBeyondTitle(a.diagnostics), []);
    assert.ok(a.diagnostics.some((d) => d.rule === 'column-missing' && d.severity === 'information'));
  });
});
