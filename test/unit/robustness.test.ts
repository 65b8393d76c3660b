/**
 * Bad input never crashes, hangs or changes text: each odd input gets correct results or one clear
 * diagnostic saying why the file was not analysed. A rule that throws is isolated.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { analyze, checkText, ReportDocument, RULES } from '../../server/src/engine';
import type { Rule } from '../../server/src/engine/rules/types';
import { seed } from '../helpers/fixtures';

const summary = (text: string, opts = {}) => checkText(text, opts).diagnostics.map((d) => `${d.range.start.line} ${d.rule}`);

describe('robustness: odd inputs', () => {
  it('empty and whitespace-only files: nothing in an editor, section-missing when checked as a report', () => {
    for (const text of ['', '   \n\t\n\u3000\u00a0\n']) {
      assert.deepStrictEqual(checkText(text, { nonReport: 'silent' }).diagnostics, []);
      const explained = checkText(text, { nonReport: 'explain' }).diagnostics;
      assert.deepStrictEqual(explained.map((d) => d.rule), ['not-analysed']);
      assert.match(explained[0].message, /不是政府信息公开工作年度报告|看起来不是/);
      const checked = checkText(text, { nonReport: 'check' }).diagnostics.map((d) => d.rule);
      assert.strictEqual(checked.filter((r) => r === 'section-missing').length, 6);
    }
  });

  it('binary content (PNG bytes, NUL) gets one diagnostic saying it was not analysed', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).toString('latin1');
    for (const text of [png, seed('002').text.replace('二、主动公开', '\u0000二、主动公开')]) {
      const d = checkText(text).diagnostics;
      assert.strictEqual(d.length, 1);
      assert.strictEqual(d[0].rule, 'not-analysed');
      assert.match(d[0].message, /NUL/);
    }
  });

  it('GBK bytes shown as mojibake (decoded as UTF-8 or Latin-1) get one encoding diagnostic suggesting GB18030', () => {
    const bytes = iconv.encode(seed('003').text, 'gbk');
    for (const mojibake of [new TextDecoder('utf-8').decode(bytes), bytes.toString('latin1')]) {
      const d = checkText(mojibake).diagnostics;
      assert.strictEqual(d.length, 1, d.map((x) => x.rule).join());
      assert.strictEqual(d[0].rule, 'encoding');
      assert.match(d[0].message, /GB18030/);
    }
  });

  it('a 1 MB single line and a long document with 10,000 tables finish and report sensibly', () => {
    const line = '政府信息公开'.repeat(180000);
    assert.deepStrictEqual(checkText(line, { nonReport: 'silent' }).diagnostics, []);
    const table4 = ['行政复议\t\t\t\t\t行政诉讼', '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0'].join('\n');
    const many = seed('002').text + ('\n' + table4).repeat(10000);
    const a = checkText(many);
    assert.deepStrictEqual(a.failures, []);
    assert.ok(a.model.fragments.filter((f) => f.table === 'table4').length >= 2);
    assert.strictEqual(a.model.table4!.groups.size, 3);
    // The report's own tables still check out: the first table 四 is the one used.
    assert.ok(!a.diagnostics.some((d) => d.severity === 'error'), a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule).join());
  });

  it('random Unicode, lone surrogates included, never throws and never changes the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\ud800', '\udc00', '\r', '\n', '\t', '一、总体情况', '（七）总计\t1\t2')), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const doc = new ReportDocument(text);
        const a = analyze(doc, { nonReport: 'check' });
        assert.deepStrictEqual(a.failures, []);
        assert.strictEqual(doc.getText(), text);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('CRLF, CR-only and mixed line ends give the same diagnostics as LF; a BOM changes nothing', () => {
    const text = seed('000').text;
    const lf = summary(text);
    assert.ok(lf.length > 5);
    assert.deepStrictEqual(summary(text.replace(/\n/g, '\r\n')), lf);
    assert.deepStrictEqual(summary(text.replace(/\n/g, '\r')), lf);
    // A lone CR before an empty line's LF would read as one CRLF break, so CR ends only lines followed by text.
    const lines = text.split('\n');
    const mixed = lines.map((l, i) => l + (i === lines.length - 1 ? '' : ['\r\n', lines[i + 1] ? '\r' : '\n', '\n'][i % 3])).join('');
    assert.deepStrictEqual(summary(mixed), lf);
    const bom = '\ufeff' + text;
    assert.deepStrictEqual(summary(bom), lf);
    assert.strictEqual(new ReportDocument(bom).getText(), bom);
  });

  it('numbers as people write them: 1,234 and １２ and 12件 are read; 约10 is cell-invalid', () => {
    const text = seed('002').text
      .replace('行政处罚\t60', '行政处罚\t1,234')
      .replace('行政强制\t0', '行政强制\t１２')
      .replace('行政许可\t0', '行政许可\t12件')
      .replace('规章\t0\t0\t0', '规章\t约10\t0\t0');
    const a = checkText(text);
    const t2 = a.model.table2!.subs;
    const v = (sub: string, row: string) => (t2.get(sub)!.rows.get(row)!.cells[0].value as any).value;
    assert.strictEqual(v('art20_6', 'penalty'), 1234);
    assert.strictEqual(v('art20_6', 'coercion'), 12);
    assert.strictEqual(v('art20_5', 'licensing'), 12);
    const invalid = a.diagnostics.filter((d) => d.rule === 'cell-invalid');
    assert.strictEqual(invalid.length, 1);
    assert.match(invalid[0].message, /约10/);
  });
});

describe('robustness: a rule that throws', () => {
  it('is isolated: the other rules still report, and one information diagnostic names it', () => {
    const broken: Rule = { id: 'balance', aliases: [], severity: 'error', check() { throw new Error('boom'); } };
    const index = RULES.findIndex((r) => r.id === 'balance');
    const original = RULES[index];
    RULES[index] = broken;
    try {
      const a = checkText(seed('001').text);
      assert.strictEqual(a.failures.length, 1);
      const internal = a.diagnostics.filter((d) => d.rule === 'internal-error');
      assert.strictEqual(internal.length, 1);
      assert.strictEqual(internal[0].severity, 'information');
      assert.match(internal[0].message, /balance.*boom/);
      assert.ok(a.diagnostics.some((d) => d.rule === 'fee-statement-missing'), 'other rules still ran');
    } finally {
      RULES[index] = original;
    }
  });
});
