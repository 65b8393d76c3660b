/**
 * The CLI checks each file once and prints no fixes, so it asks the engine to skip the incremental
 * bookkeeping and the building of fixes. That must change nothing else: same diagnostics, same model.
 */
import * as assert from 'assert';
import { analyze, checkText, ReportDocument } from '../../server/src/engine';
import { allSamples } from '../helpers/fixtures';

const withoutFixes = (ds: { fixes?: unknown }[]) => ds.map(({ fixes: _fixes, ...d }) => d);

describe('one-shot checks (CLI)', () => {
  for (const { name, text } of allSamples()) {
    it(`${name}: no fixes and no bookkeeping give the same diagnostics as the editor's analysis`, () => {
      const editor = analyze(new ReportDocument(text));
      const cli = analyze(new ReportDocument(text), { incremental: false, fixes: false });
      assert.deepStrictEqual(withoutFixes(cli.diagnostics), withoutFixes(editor.diagnostics));
      assert.ok(cli.diagnostics.every((d) => !d.fixes || d.fixes.length === 0), 'no fixes were built');
      // checkText (one-shot, fixes kept) is the editor's analysis, fixes included.
      assert.deepStrictEqual(checkText(text).diagnostics, editor.diagnostics);
    });
  }

  it('the samples do have fixes to skip (the comparison above is not vacuous)', () => {
    const fixes = allSamples().reduce((n, s) => n + checkText(s.text).diagnostics.filter((d) => d.fixes?.length).length, 0);
    assert.ok(fixes > 5, `${fixes} diagnostics with fixes`);
  });
});
