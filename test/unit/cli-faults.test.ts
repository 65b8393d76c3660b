/**
 * The CLI never lies: files it cannot read are named on stderr with the real reason (permission denied
 * checked for real, as an unprivileged user: the tests run as root, who can read anything), the other
 * files are still checked, and JSON and SARIF stay valid whatever fails.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, seed } from '../helpers/fixtures';

const BIN = path.join(ROOT, 'bin', 'gknb.js');
const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

function setprivPath(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).concat(['/usr/bin', '/bin', '/usr/sbin', '/sbin'])) {
    const p = path.join(dir, 'setpriv');
    if (fs.existsSync(p)) return p;
  }
  throw new Error('setpriv (util-linux) is needed to run the CLI as an unprivileged user for the permission tests: apt-get install util-linux');
}

/** Root reads anything: as root, the CLI runs as user nobody (uid 65534) through setpriv; otherwise as ourselves. */
const AS_ROOT = process.getuid?.() === 0;

/** The CLI, unprivileged when asked (permission tests), or as the current user. */
function gknb(args: string[], opts: { asNobody?: boolean; cwd?: string } = {}): { code: number; stdout: string; stderr: string } {
  const [cmd, argv] = opts.asNobody && AS_ROOT ? [setprivPath(), [...NOBODY, process.execPath, BIN, ...args]] : [process.execPath, [BIN, ...args]];
  const r = spawnSync(cmd, argv, { cwd: opts.cwd ?? ROOT, encoding: 'utf8', env: { ...process.env, GKNB_LANG: 'zh-cn', HOME: '/tmp' } });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string) => s.trim().split('\n').filter(Boolean);

describe('gknb CLI faults', function () {
  this.timeout(60000);
  let dir: string;
  const f = (...p: string[]) => path.join(dir, ...p);

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-cli-faults-'));
    fs.chmodSync(dir, 0o755);
    fs.writeFileSync(f('good.txt'), seed('002').text);
    fs.writeFileSync(f('secret.txt'), seed('001').text);
    fs.chmodSync(f('secret.txt'), 0o000);
    fs.writeFileSync(f('image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    fs.mkdirSync(f('locked'));
    fs.writeFileSync(f('locked', 'inside.txt'), seed('003').text);
    fs.chmodSync(f('locked'), 0o000);
    fs.mkdirSync(f('reports', 'closed'), { recursive: true });
    fs.writeFileSync(f('reports', 'a.txt'), seed('004').text);
    fs.writeFileSync(f('reports', 'b.txt'), seed('000').text);
    fs.chmodSync(f('reports', 'b.txt'), 0o000);
    fs.writeFileSync(f('reports', 'closed', 'c.txt'), seed('002').text);
    fs.chmodSync(f('reports', 'closed'), 0o000);
    fs.chmodSync(f('reports'), 0o755);
  });

  after(() => {
    if (!dir) return;
    for (const p of [f('locked'), f('reports', 'closed')]) fs.chmodSync(p, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the unprivileged user really cannot read the test files (else these tests prove nothing)', () => {
    const r = AS_ROOT ? spawnSync(setprivPath(), [...NOBODY, 'cat', f('secret.txt')], { encoding: 'utf8' }) : spawnSync('cat', [f('secret.txt')], { encoding: 'utf8' });
    assert.notStrictEqual(r.status, 0);
    assert.match(r.stderr, /Permission denied/);
  });

  it('an unreadable file: one line naming it, "permission denied"; the other file still checked; exit 2', () => {
    const r = gknb(['check', '--format', 'json', f('good.txt'), f('secret.txt')], { asNobody: true });
    assert.strictEqual(r.code, 2, r.stderr);
    assert.deepStrictEqual(lines(r.stderr), [`gknb: ${f('secret.txt')}: 没有读取权限`]);
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(out.map((x: any) => x.file), [f('good.txt')]);
    assert.ok(out[0].diagnostics.length > 0);
    const en = gknb(['check', '--lang', 'en', f('secret.txt')], { asNobody: true });
    assert.deepStrictEqual(lines(en.stderr), [`gknb: ${f('secret.txt')}: permission denied`]);
  });

  it('a file inside a folder it may not enter: "permission denied", not "no such file"', () => {
    const r = gknb(['check', '--format', 'json', f('locked', 'inside.txt'), f('good.txt')], { asNobody: true });
    assert.strictEqual(r.code, 2);
    assert.deepStrictEqual(lines(r.stderr), [`gknb: ${f('locked', 'inside.txt')}: 没有读取权限`]);
    assert.strictEqual(JSON.parse(r.stdout).length, 1);
  });

  it('a folder with an unreadable file and an unreadable sub-folder: both named, the readable report still checked', () => {
    const r = gknb(['check', '--format', 'json', f('reports')], { asNobody: true });
    assert.strictEqual(r.code, 2, r.stderr);
    const err = lines(r.stderr);
    assert.strictEqual(err.length, 2, r.stderr);
    assert.ok(err.some((l) => l.startsWith(`gknb: ${f('reports', 'b.txt')}: `) && l.endsWith('没有读取权限')), r.stderr);
    assert.ok(err.some((l) => l.startsWith(`gknb: ${f('reports', 'closed')}: `) && /权限/.test(l)), r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout).map((x: any) => x.file), [f('reports', 'a.txt')]);
  });

  it('JSON and SARIF stay valid when files fail in every way; SARIF names each failure and is not "successful"', () => {
    const args = [f('good.txt'), f('secret.txt'), f('image.txt'), f('missing.txt'), f('nothing-*.md'), f('locked', 'inside.txt')];
    const json = gknb(['check', '--format', 'json', ...args], { asNobody: true });
    assert.strictEqual(json.code, 2);
    assert.strictEqual(lines(json.stderr).length, 5, json.stderr);
    assert.deepStrictEqual(JSON.parse(json.stdout).map((x: any) => x.file), [f('good.txt')]);

    const sarif = gknb(['check', '--format', 'sarif', ...args], { asNobody: true });
    assert.strictEqual(sarif.code, 2);
    const log = JSON.parse(sarif.stdout);
    assert.strictEqual(log.version, '2.1.0');
    assert.strictEqual(log.runs.length, 1);
    const run = log.runs[0];
    assert.ok(run.results.length > 0);
    assert.ok(run.results.every((x: any) => x.locations[0].physicalLocation.artifactLocation.uri === f('good.txt')));
    assert.strictEqual(run.invocations[0].executionSuccessful, false);
    const notes: string[] = run.invocations[0].toolExecutionNotifications.map((n: any) => n.message.text);
    for (const name of ['secret.txt', 'image.txt', 'missing.txt', 'nothing-*.md', 'inside.txt']) {
      assert.ok(notes.some((t) => t.includes(name)), `no notification for ${name}: ${notes.join(' | ')}`);
    }
    assert.ok(run.invocations[0].toolExecutionNotifications.every((n: any) => n.level === 'error'));
  });

  it('when every file fails, JSON is an empty array and SARIF an empty, unsuccessful run', () => {
    const json = gknb(['check', '--format', 'json', f('secret.txt'), f('missing.txt')], { asNobody: true });
    assert.strictEqual(json.code, 2);
    assert.deepStrictEqual(JSON.parse(json.stdout), []);
    const sarif = JSON.parse(gknb(['check', '--format', 'sarif', f('missing.txt')]).stdout);
    assert.deepStrictEqual(sarif.runs[0].results, []);
    assert.strictEqual(sarif.runs[0].invocations[0].executionSuccessful, false);
  });
});
