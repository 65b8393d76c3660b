/**
 * bin/gknb.js loads the CLI bundle with a V8 code cache (start-up, issue 15). The cache may only make
 * a run faster: the first run writes it, later runs use it, a damaged or unwritable cache is compiled
 * around, and the output is the same every time.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/fixtures';

const BIN = path.join(ROOT, 'bin', 'gknb.js');
const SEED = path.join(ROOT, 'test', 'fixtures', 'seeds', '002_aa5fa00d655c084b.txt');

function gknb(cacheDir: string): { status: number | null; stdout: string; trace: string } {
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', SEED], {
    encoding: 'utf8', env: { ...process.env, GKNB_LANG: 'zh-cn', GKNB_CACHE_DIR: cacheDir, GKNB_TRACE_CODE_CACHE: '1' },
  });
  return { status: r.status, stdout: r.stdout, trace: /code cache (\w+)/.exec(r.stderr)?.[1] ?? r.stderr };
}

describe('gknb start-up: V8 code cache', function () {
  this.timeout(60000);
  let tmp: string;
  beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-code-cache-'))));
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('the first run writes the cache, the next uses it, with the same output', () => {
    const first = gknb(tmp);
    assert.strictEqual(first.trace, 'absent');
    const files = fs.readdirSync(tmp).filter((f) => f.endsWith('.v8'));
    assert.strictEqual(files.length, 1, `cache files: ${files}`);
    assert.ok(fs.statSync(path.join(tmp, files[0])).size > 10000, 'the cache holds compiled code');
    const second = gknb(tmp);
    assert.strictEqual(second.trace, 'used');
    assert.strictEqual(second.status, first.status);
    assert.strictEqual(second.stdout, first.stdout);
    assert.ok(JSON.parse(second.stdout)[0].diagnostics.length > 0, 'the seed has findings');
  });

  it('a damaged cache is rejected, replaced, and changes nothing', () => {
    const first = gknb(tmp);
    const [file] = fs.readdirSync(tmp).filter((f) => f.endsWith('.v8'));
    fs.writeFileSync(path.join(tmp, file), Buffer.alloc(4096, 7));
    const damaged = gknb(tmp);
    assert.strictEqual(damaged.trace, 'rejected');
    assert.strictEqual(damaged.stdout, first.stdout);
    assert.strictEqual(gknb(tmp).trace, 'used', 'rewritten after the rejection');
  });

  it('a cache folder that cannot be made changes nothing', () => {
    const blocked = path.join(tmp, 'a-file');
    fs.writeFileSync(blocked, '');
    const r = gknb(path.join(blocked, 'gknb'));
    assert.strictEqual(r.trace, 'absent');
    assert.strictEqual(r.stdout, gknb(tmp).stdout);
  });

  it('worker threads and the PDF reader load their bundles from the cache too, with the same output', () => {
    const run = (args: string[]) => spawnSync(process.execPath, [BIN, 'check', '--format', 'json', ...args], {
      encoding: 'utf8', env: { ...process.env, GKNB_LANG: 'zh-cn', GKNB_CACHE_DIR: tmp, GKNB_TRACE_CODE_CACHE: '1' },
    });
    // Enough files for worker threads (parallel.ts: 48).
    const many = path.join(tmp, 'reports');
    fs.mkdirSync(many);
    for (let i = 0; i < 50; i++) fs.copyFileSync(SEED, path.join(many, `r${i}.txt`));
    const pdf = path.join(ROOT, 'test', 'fixtures', 'documents', 'r001-2022-clean.pdf');
    for (const [args, bundle] of [[[many], 'cli.js in a worker'], [[pdf], 'reader-pdf.js']] as const) {
      const first = run([...args]);
      assert.match(first.stderr, new RegExp(`code cache absent \\(${bundle.replace('.', '\\.')}\\)`));
      const second = run([...args]);
      assert.match(second.stderr, new RegExp(`code cache used \\(${bundle.replace('.', '\\.')}\\)`));
      assert.strictEqual(second.stdout, first.stdout);
      assert.strictEqual(JSON.parse(second.stdout).length, args[0] === many ? 50 : 1);
    }
  });
});
