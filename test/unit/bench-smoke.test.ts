/**
 * Keeps the benchmark (bench/run.mjs, `npm run bench`) from rotting: a --quick run must produce every
 * figure as a finite number. Timing is never asserted here.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/fixtures';

interface Figure { id: string; label: string; value: number | null; unit: string; unavailable?: string; target?: { op: string; value: number }; pass?: boolean | null }

describe('benchmark (bench/run.mjs --quick)', function () {
  this.timeout(600000); // one quick run: seconds when idle, minutes on a loaded machine
  let tmp: string;
  let result: { figures: Figure[]; machine: { cores: number }; quick: boolean };

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-bench-smoke-'));
    const out = path.join(tmp, 'results.json');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'run.mjs'), '--quick', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 580000 });
    assert.strictEqual(r.status, 0, `bench/run.mjs --quick exited ${r.status}\n${r.stderr}`);
    assert.match(r.stdout, /\| figure +\| +value \|/, 'prints a table');
    // The real-editor section (code-server) is not run by --quick, and the output says so.
    assert.match(r.stdout, /Problems panel in the real editor \(code-server\): skipped in --quick/);
    result = JSON.parse(fs.readFileSync(out, 'utf8'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('every figure is a finite number (only the .vsix size may be "not built", and the pdftotext figures without poppler)', () => {
    assert.strictEqual(result.quick, true);
    for (const f of result.figures) {
      if (f.id === 'extension.vsix' && f.value === null) {
        assert.match(f.unavailable ?? '', /not built/);
        continue;
      }
      // The PDF peer (poppler's pdftotext) is installed by `npm run bench`, not by `npm test`.
      if (f.id.startsWith('reviewer.pdf.') && f.id !== 'reviewer.pdf.gknb' && f.value === null) {
        assert.match(f.unavailable ?? '', /poppler-utils/);
        continue;
      }
      assert.ok(typeof f.value === 'number' && Number.isFinite(f.value), `${f.id} (${f.label}) = ${f.value} ${f.unavailable ?? ''}`);
    }
  });

  it('has the figures the issue asks for, each target with a PASS/FAIL verdict', () => {
    const ids = new Set(result.figures.map((f) => f.id));
    for (const id of [
      'full.typical', 'corpus.throughput',
      'keystroke.seed.full', 'keystroke.seed.prose', 'keystroke.seed.cell', 'keystroke.seed.heading', 'keystroke.seed.prose.ratio',
      'keystroke.huge.full', 'keystroke.huge.prose', 'keystroke.huge.cell', 'keystroke.huge.heading', 'keystroke.huge.prose.ratio',
      'cli.gknb.ms', 'cli.markdownlint.ms', 'cli.baseline.ms', 'cli.vs_markdownlint', 'cli.vs_baseline',
      'cli.gknb.rss', 'server.rss', 'extension.load', 'extension.vsix',
      'reviewer.gknb.ms', 'reviewer.one.gknb.ms', 'reviewer.pdf.gknb', 'reviewer.docx.gknb', 'reviewer.pdf.pdftotext.each', 'reviewer.pdf.pdftotext.one', 'reviewer.pdf.vs_pdftotext',
    ]) assert.ok(ids.has(id), `missing figure ${id}`);
    for (const s of fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'seeds')).filter((f) => f.endsWith('.txt'))) {
      assert.ok(ids.has(`full.${s}`), `missing full check of seed ${s}`);
    }
    for (const f of result.figures.filter((x) => x.target && x.value !== null)) {
      assert.strictEqual(typeof f.pass, 'boolean', `${f.id} has a target but no verdict`);
    }
    assert.ok(result.machine.cores >= 1);
  });
});
