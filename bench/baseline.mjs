// Raw baseline for `gknb check` over a folder: only read every report file (.md/.txt/.markdown,
// recursively, skipping dot-entries) and split it into lines. Prints { files, lines, chars } as JSON.
//   node bench/baseline.mjs <dir>
import { readdirSync, readFileSync } from 'node:fs';
import { join, extname } from 'node:path';

const EXT = new Set(['.md', '.txt', '.markdown']);
let files = 0;
let lines = 0;
let chars = 0;
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (EXT.has(extname(e.name).toLowerCase())) {
      const text = readFileSync(p, 'utf8');
      files++;
      chars += text.length;
      lines += text.split(/\r\n|\r|\n/).length;
    }
  }
}
walk(process.argv[2] ?? '.');
console.log(JSON.stringify({ files, lines, chars }));
