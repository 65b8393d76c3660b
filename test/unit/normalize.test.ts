/**
 * The fast paths of normalisation give exactly what their definitions give: label matching and
 * cell reading must not change because a loop replaced NFKC for common characters.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { computeLabelSlowly, foldWidth, looksLikeValue, normalizeLabel, parseCellValue } from '../../server/src/engine/text/normalize';
import { allSamples } from '../helpers/fixtures';

// Characters reports are made of, and the awkward ones: full-width forms, every kind of space,
// compatibility characters (… ① ｶ), combining marks (é + U+0301, ideographic tone marks U+302A–F).
const ALPHABET = [...'一二三四五六七八九十件条无万元（）()：:，,；;？?！!"\'‘’「」“”．.#*_-+> 　\u00a0\t\r\n\u2003\u200b\ufeff１２３０ＡＢａ…‥⁇①ｶ가e\u0301\u302b\u302a、。《》【】—·%/／－0123456789'];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((a) => a.join(''));
const slowFold = (s: string) => s.normalize('NFKC').replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');

describe('normalisation fast paths', () => {
  it('normalizeLabel equals its definition (NFKC, no spaces, official punctuation, no markup) on random text', () => {
    fc.assert(fc.property(text, (s) => normalizeLabel(s) === computeLabelSlowly(s)), { numRuns: 20000, seed: 7 });
  });

  it('normalizeLabel equals its definition on every line and cell of every sample', () => {
    let n = 0;
    for (const { text: t } of allSamples()) {
      for (const line of t.split(/\r\n|\r|\n/)) {
        for (const part of [line, ...line.split(/\t|\|| {2,}/)]) {
          assert.strictEqual(normalizeLabel(part), computeLabelSlowly(part), JSON.stringify(part));
          n++;
        }
      }
    }
    assert.ok(n > 1000, `${n} strings compared`);
  });

  it('every character alone (the table classifies each the first time it is met) folds as its definition says', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.strictEqual(foldWidth(ch), slowFold(ch), `U+${c.toString(16)}`);
      assert.strictEqual(normalizeLabel(`（${ch}）`), computeLabelSlowly(`（${ch}）`), `U+${c.toString(16)}`);
    }
  });

  it('foldWidth equals NFKC without white space', () => {
    fc.assert(fc.property(text, (s) => foldWidth(s) === slowFold(s)), { numRuns: 20000, seed: 8 });
  });

  it('looksLikeValue rejects text early exactly when the full reading would say invalid', () => {
    const cell = fc.array(fc.constantFrom(...'0123456789１２,.-/无件条个项万元的年 '), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(fc.property(cell, (s) => looksLikeValue(s) === (parseCellValue(s).kind !== 'invalid')), { numRuns: 20000, seed: 9 });
  });
});
