/**
 * The watched phrases a section's prose mentions (主动公开, 问题, 整改, 信息处理费 …) are part of the rule inputs
 * (../../server/src/engine/signature.ts) as a list in the order they were found, not sorted: the same phrases found in
 * another order only make the rules run again. Typing phrases in and out of sections 一, 五 and 六, one edit after
 * another on one document (so the same set also comes back in another order), the live document must give exactly
 * what a fresh parse of the same text gives. (With the phrases left out of the inputs this fails: overview-topics,
 * improvement-missing and fee-statement-missing keep a stale finding.)
 */
import * as assert from 'assert';
import { analyze, ReportDocument } from '../../server/src/engine';
import { RECOGNITION } from '../../server/src/engine/format';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/fixtures';
import { assertSameAsFresh } from '../helpers/snapshot';

const TEXTS = [
  'test/fixtures/seeds/002_aa5fa00d655c084b.txt',
  'test/fixtures/seeds/000_b69ffcb2e96a0992.txt',
  'test/corpus/reports/r001-2022-clean/report.md',
  'test/corpus/reports/r002-2024-t3-row-total/web.txt',
];

const PHRASES: Record<string, string[]> = {
  '一': Object.values(RECOGNITION.topic_phrases as Record<string, string[]>).map((list) => list[0]),
  '五': [RECOGNITION.problem_phrases[0], RECOGNITION.improvement_phrases[0], RECOGNITION.improvement_phrases[1]],
  '六': [RECOGNITION.fee_phrases[0], RECOGNITION.fee_phrases[1]],
};

const NEUTRAL = '本机关认真做好相关工作。';

/**
 * The section's sentences (its lines with 。) first made neutral one by one, so that its phrases go and the rules that
 * read them speak; then each phrase typed at the end of the section's first sentence line and of its last one, all
 * kept, then taken out line by line, the last typed first: once the first line's are out, the same phrases are found
 * again from the last line alone.
 */
function typePhrases(file: string): number {
  const doc = new ReportDocument(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  const model = analyze(doc).model;
  let checked = 0;
  const same = (what: string) => {
    assertSameAsFresh(doc, `${file}: ${what}`);
    checked++;
  };
  for (const s of model.sections) {
    const phrases = PHRASES[s.ordinal];
    if (!phrases) continue;
    const sentences: number[] = [];
    for (let l = s.headingSpan.line + 1; l <= s.endLine; l++) if (doc.getLine(l).includes('。') && !doc.getLine(l).includes('\t') && !doc.getLine(l).includes('|')) sentences.push(l);
    if (!sentences.length) continue;
    for (const l of sentences) {
      doc.update([{ range: { start: { line: l, character: 0 }, end: { line: l, character: doc.getLine(l).length } }, text: NEUTRAL }]);
      same(`line ${l + 1} made neutral`);
    }
    const typed: { line: number; character: number; text: string }[] = [];
    for (const line of new Set([sentences[0], sentences[sentences.length - 1]])) {
      for (const p of phrases) {
        const text = `${p}。`;
        const at = { line, character: doc.getLine(line).length };
        doc.update([{ range: { start: at, end: at }, text }]);
        typed.push({ ...at, text });
        same(`${text} typed at ${line + 1}:${at.character + 1}`);
      }
    }
    for (const t of typed.sort((a, b) => a.line - b.line || b.character - a.character)) {
      doc.update([{ range: { start: t, end: { line: t.line, character: t.character + t.text.length } }, text: '' }]);
      same(`${t.text} deleted at ${t.line + 1}:${t.character + 1}`);
    }
  }
  return checked;
}

describe('incremental analysis: the watched phrases of a section, in the rule inputs unsorted', function () {
  this.timeout(120_000);
  for (const file of TEXTS) {
    it(`${path.basename(path.dirname(file))}/${path.basename(file)}: phrases typed in and out match a fresh parse`, () => {
      assert.ok(typePhrases(file) >= 10);
    });
  }
});
