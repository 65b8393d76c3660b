/** Bugs found by reading the rule pages against real output, each pinned by a test. */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { seed } from '../helpers/fixtures';

describe('regressions', () => {
  it('a table 三 row with a column missing is column-missing only: no balance/result-total/row-total from shifted values', () => {
    // Six numbers for seven columns (1 0 0 0 0 0 1 → 1 0 0 0 0 1): which one is missing cannot be known.
    const text = seed('002').text.replace('二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t', '二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t1');
    const rules = checkText(text).diagnostics.map((d) => d.rule);
    assert.ok(rules.includes('column-missing'), rules.join());
    for (const r of ['balance', 'result-total', 'row-total']) assert.ok(!rules.includes(r as any), `${r}: ${rules.join()}`);
  });

  it('cell-missing on a row short of its first cell has a range that starts before it ends (it was inverted)', () => {
    // Seed 004's （一）予以公开 row: six blanks, then the total; the missing 自然人 cell sits at the line's end.
    const d = checkText(seed('004').text).diagnostics.filter((x) => x.rule === 'cell-missing');
    assert.ok(d.length > 0);
    for (const x of d) {
      const { start, end } = x.range;
      assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), JSON.stringify(x.range));
    }
  });

  it('fixes insert text with the document’s own line breaks, old-Mac CR included (LF was inserted into CR-only files)', () => {
    const lf = seed('002').text.replace(/\r\n/g, '\n').replace(/\n#* *五、[^\n]*\n/, '\n');
    for (const eol of ['\n', '\r\n', '\r']) {
      const d = checkText(lf.replace(/\n/g, eol)).diagnostics.find((x) => x.rule === 'section-missing');
      assert.ok(d?.fixes?.length, `section-missing with a fix for ${JSON.stringify(eol)}`);
      const inserted = d!.fixes![0].edits.map((e) => e.newText).join('');
      const breaks = inserted.match(/\r\n|\r|\n/g) ?? [];
      assert.ok(breaks.length > 0);
      assert.ok(breaks.every((b) => b === eol), `${JSON.stringify(eol)}: ${JSON.stringify([...new Set(breaks)])}`);
    }
  });

  it('a title cut by wrapping (…年度报 / 告) gets no garbled suggested title', () => {
    const text = seed('003').text.replace('邢庄镇人民政府 2023 年政府信息公开工作年度报告\n', '邢庄镇人民政府 2023 年政府信息公开工作年度报\n');
    const d = checkText(text).diagnostics.filter((x) => x.rule === 'title-format');
    assert.ok(d.length >= 1);
    for (const x of d) for (const f of x.fixes ?? []) assert.ok(!/报.*年政府信息公开工作年度报告/.test(f.edits[0].newText) || f.edits[0].newText === '', f.title);
  });
});

describe('sizes in messages', () => {
  it('a small size limit is shown in KB or bytes, not 0.0 MB', async () => {
    const { byteSize, tooLarge } = await import('../../server/src/engine');
    assert.strictEqual(byteSize(5 * 1024 * 1024), '5.0 MB');
    assert.strictEqual(byteSize(2048), '2.0 KB');
    assert.strictEqual(byteSize(500), '500 B');
    assert.match(tooLarge(3000, 1000).diagnostics[0].message, /文件大小 2\.9 KB 超过上限 1000 B/);
  });
});
