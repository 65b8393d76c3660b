/** This year's report from last year's (issue 13 §5): every seed and layout sample as last year's report. */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { nextYearReport, rewriteMarker } from '../../server/src/writers/next-year';
import { allSamples, readFixture } from '../helpers/fixtures';

const STRUCTURE_RULES = ['section-missing', 'section-order', 'section-duplicate', 'table-missing', 'row-missing', 'column-missing', 'cell-invalid', 'format-outdated'];

describe('new report from last year’s', () => {
  for (const sample of allSamples()) {
    it(`${sample.name}: next year's title, six standard sections, blank tables with 上年结转 filled from last year`, () => {
      const last = checkText(sample.text);
      if (!last.model.year) return assert.strictEqual(nextYearReport(sample.text), 'no-year');
      const made = nextYearReport(sample.text);
      assert.ok(typeof made !== 'string', String(made));
      const next = checkText(made.text);
      assert.strictEqual(made.year, last.model.year + 1);
      assert.strictEqual(next.model.year, last.model.year + 1);
      assert.deepStrictEqual(next.model.sections.map((s) => s.ordinal), ['一', '二', '三', '四', '五', '六']);
      assert.strictEqual(next.model.format, made.year >= 2021 ? '2021' : '2019');
      const rules = next.diagnostics.map((d) => d.rule);
      for (const r of STRUCTURE_RULES) assert.ok(!rules.includes(r as any), `${r}: ${next.diagnostics.filter((d) => d.rule === r).map((d) => d.message).join(' | ')}`);

      const before = extract('last', last.model, sample.text.split(/\r\n|\r|\n/)).tables as any;
      const after = extract('next', next.model, made.text.split('\n')).tables as any;
      const carried = before.table3?.carry_forward;
      if (carried) assert.deepStrictEqual(after.table3.carried_over, carried);
      // Every other cell is blank.
      for (const [row, cells] of Object.entries<any>(after.table3)) {
        if (row !== 'carried_over') for (const v of Object.values(cells)) assert.strictEqual(v, null, `table3.${row}`);
      }
      for (const group of Object.values<any>(after.table4)) for (const v of Object.values(group)) assert.strictEqual(v, null);
      for (const row of Object.values<any>(after.table2)) for (const v of Object.values(row)) assert.strictEqual(v, null);
    });
  }

  it('keeps last year’s prose under a visible marker, and last year’s 现行有效件数 as a hint', () => {
    const text = readFixture('layouts/pipe.md');
    const made = nextYearReport(text);
    assert.ok(typeof made !== 'string');
    const marker = rewriteMarker(made.fromYear, made.year);
    assert.ok(made.text.includes(marker));
    assert.ok(made.text.includes('存在的问题：部分栏目更新不够及时。'), 'section 五 prose kept');
    assert.match(made.text, /<!-- 上年末现行有效件数：规章 0 件，行政规范性文件 12 件/);
    // The marker sits right under the heading of each section that had prose.
    const lines = made.text.split('\n');
    const five = lines.findIndex((l) => l.includes('五、存在的主要问题及改进情况'));
    assert.strictEqual(lines[five + 2], marker);
  });

  it('refuses what is not a report, and a report without a year', () => {
    assert.strictEqual(nextYearReport('会议纪要\n\n今天开会。\n'), 'not-report');
    const noYear = readFixture('layouts/pipe.md').replace(/(?:19|20)\d{2}\s*年/g, '');
    assert.strictEqual(nextYearReport(noYear), 'no-year');
  });
});

describe('gknb new (a real process)', () => {
  const { spawnSync } = require('child_process') as typeof import('child_process');
  const fs = require('fs') as typeof import('fs');
  const os = require('os') as typeof import('os');
  const path = require('path') as typeof import('path');
  const { ROOT } = require('../helpers/fixtures') as typeof import('../helpers/fixtures');
  const gknb = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'gknb.js'), ...args], { encoding: 'utf8', env: { ...process.env, GKNB_LANG: 'zh-cn' } });

  it('writes next year’s file beside last year’s, never over an existing one without --force', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-new-'));
    try {
      const last = path.join(dir, '示范县交通运输局2023年报告.md');
      fs.writeFileSync(last, readFixture('layouts/pipe.md').replace(/20\d\d年/, '2023年'));
      const r = gknb(['new', '--from', last]);
      assert.strictEqual(r.status, 0, r.stderr);
      const made = path.join(dir, '示范县交通运输局2024年报告.md');
      assert.ok(fs.readFileSync(made, 'utf8').includes('2024年'));
      assert.match(r.stderr, /已写入/);
      fs.writeFileSync(made, '我的草稿');
      const again = gknb(['new', '--from', last]);
      assert.strictEqual(again.status, 2);
      assert.match(again.stderr, /文件已存在；如需覆盖请加 --force/);
      assert.strictEqual(fs.readFileSync(made, 'utf8'), '我的草稿');
      assert.strictEqual(gknb(['new', '--from', last, '--force']).status, 0);
      assert.notStrictEqual(fs.readFileSync(made, 'utf8'), '我的草稿');
      const toStdout = gknb(['new', '--from', last, '-o', '-']);
      assert.strictEqual(toStdout.status, 0);
      assert.strictEqual(toStdout.stdout, fs.readFileSync(made, 'utf8'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing file or a text that is no report: one line on stderr, exit 2, nothing written', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-new-'));
    try {
      const notes = path.join(dir, '会议纪要2023.md');
      fs.writeFileSync(notes, '会议纪要\n\n今天开会。\n');
      for (const args of [['new', '--from', path.join(dir, 'none.md')], ['new', '--from', notes], ['new']]) {
        const r = gknb(args);
        assert.strictEqual(r.status, 2, args.join(' '));
        assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
      }
      assert.deepStrictEqual(fs.readdirSync(dir), ['会议纪要2023.md']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
