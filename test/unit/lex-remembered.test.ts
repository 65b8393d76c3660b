/**
 * lexRemembered (../../server/src/engine/text/lines.ts) gives exactly lexLine's token, whether remembered or not: every
 * line of committed renderings of every kind of text (headings, tables of tabs, pipes, cells per line, PDF text with
 * page numbers and print furniture), asked twice over, more lines than it keeps (so it starts again in between).
 * Lines of the same length, and the same line with and without its indentation, stand side by side in these texts:
 * a token remembered under any key but the whole text of the line would be given to another line here.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lexLine, lexRemembered } from '../../server/src/engine/text/lines';
import { ROOT } from '../helpers/fixtures';

const RENDERINGS = ['report.md', 'python-docx.txt', 'word.txt', 'pdf-layout.txt', 'pdf-raw.txt', 'print-raw.txt', 'web.txt', 'pandoc-docx-grid.md'];

describe('lexRemembered', () => {
  it('gives lexLine\'s token for every line of every kind of text, remembered or not', () => {
    let asked = 0;
    for (const name of RENDERINGS) {
      const lines = fs.readFileSync(path.join(ROOT, 'test', 'corpus', 'reports', 'r002-2024-t3-row-total', name), 'utf8').split('\n');
      for (let round = 0; round < 2; round++) {
        for (const line of lines) {
          for (const text of [line, line.trim(), `  ${line}`]) {
            assert.deepStrictEqual(lexRemembered(text), lexLine(text), `${name}: ${JSON.stringify(text)}`);
            asked++;
          }
        }
      }
    }
    assert.ok(asked > 2000, `${asked} lines asked`);
  });
});
