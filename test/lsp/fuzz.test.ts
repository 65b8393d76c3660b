/**
 * A short, seeded run of the LSP fuzzer (scripts/fuzz-lsp.mjs; `npm run fuzz` runs it for ten minutes):
 * random edits to the real server, each followed by a comparison with a fresh server. Also replays the
 * reproductions of what it found earlier, and shows that a difference is caught and reported.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, FIXTURES } from '../helpers/fixtures';

const SCRIPT = path.join(ROOT, 'scripts', 'fuzz-lsp.mjs');

function fuzz(args: string[]): { code: number | null; stdout: string; stderr: string; stats: any } {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 200000 });
  const line = /^FUZZ_STATS (.*)$/m.exec(r.stdout ?? '');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, stats: line ? JSON.parse(line[1]) : undefined };
}

describe('LSP fuzzing (short run)', function () {
  this.timeout(420000);
  let out: string;
  before(() => { out = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-fuzz-')); });
  after(() => fs.rmSync(out, { recursive: true, force: true }));

  it('80 edits, seed 1: every edit answered and equal to a fresh server; malformed requests answered', () => {
    // Bounded by edits, not seconds, so a loaded machine runs the same test.
    const r = fuzz(['--edits', '80', '--seconds', '150', '--seed', '1', '--quiet', '--out', out]);
    assert.strictEqual(r.code, 0, `${r.stdout}\n${r.stderr}`);
    assert.ok(r.stats, r.stdout);
    assert.strictEqual(r.stats.edits, 80, `${r.stats.edits} edits in ${r.stats.seconds} s`);
    assert.ok(r.stats.compared >= r.stats.edits, 'every edit compared');
    assert.ok(r.stats.odd > 0, 'some malformed requests were sent');
    assert.deepStrictEqual(fs.readdirSync(out), [], 'no reproduction written');
  });

  it('reproductions of earlier findings (test/fixtures/fuzz) pass', () => {
    const files = fs.readdirSync(path.join(FIXTURES, 'fuzz')).filter((f) => f.endsWith('.json')).map((f) => path.join(FIXTURES, 'fuzz', f));
    assert.ok(files.length > 0);
    const r = fuzz(files.flatMap((f) => ['--replay', f]));
    assert.strictEqual(r.code, 0, `${r.stdout}\n${r.stderr}`);
    assert.strictEqual(r.stdout.trim().split('\n').filter((l) => l.startsWith('ok ')).length, files.length, r.stdout);
  });

  it('a difference from the fresh server fails the run and writes a reproduction', () => {
    const r = fuzz(['--seconds', '5', '--seed', '1', '--quiet', '--out', out, '--self-test', '3']);
    assert.strictEqual(r.code, 1, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stderr, /FAILED \(mismatch\)/);
    const written = fs.readdirSync(out).filter((f) => f.endsWith('.json'));
    assert.strictEqual(written.length, 1, written.join());
    const record = JSON.parse(fs.readFileSync(path.join(out, written[0]), 'utf8'));
    assert.strictEqual(record.seed, 1);
    assert.ok(record.changes.length >= 3 && record.initialText.length > 0 && record.sample);
  });
});
