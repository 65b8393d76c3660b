/**
 * Security: the extension runs no code from the workspace and reads no setting that could make it run
 * code; it declares how it behaves in untrusted and virtual workspaces; it makes no network requests.
 * Checked on the module graph of the bundles (esbuild's metafile, the same entry points as
 * scripts/build.mjs) and on the built files in dist/.
 */
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/fixtures';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const NETWORK = ['net', 'http', 'https', 'http2', 'tls', 'dns', 'dgram', 'undici'];

/** Node built-ins each bundled module imports, by built-in. */
async function builtinImporters(entry: string, external: string[] = []): Promise<Map<string, string[]>> {
  const r = await esbuild.build({
    entryPoints: [path.join(ROOT, entry)], absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    write: false, metafile: true, external, logLevel: 'silent', define: { 'import.meta.url': '__gknbImportMetaUrl' },
  });
  const uses = new Map<string, string[]>();
  for (const [file, info] of Object.entries(r.metafile!.inputs)) {
    for (const imp of info.imports) {
      if (!imp.external) continue;
      const name = imp.path.replace(/^node:/, '');
      uses.set(name, [...(uses.get(name) ?? []), file]);
    }
  }
  return uses;
}

/** Our own TypeScript sources (not node_modules) under a folder. */
function sources(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.ts')) out.push({ file: path.relative(ROOT, full), text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(path.join(ROOT, dir));
  return out;
}

describe('security', function () {
  this.timeout(30000);

  it('declares support for untrusted workspaces (read-only analysis) and for virtual workspaces', () => {
    assert.strictEqual(pkg.capabilities?.untrustedWorkspaces?.supported, true);
    const virtual = pkg.capabilities?.virtualWorkspaces;
    assert.ok(virtual === true || virtual?.supported === true || (virtual?.supported === 'limited' && virtual.description), JSON.stringify(virtual));
  });

  it('no setting can point at code: every gknb setting is a choice from a list or a number, or a web address only the user sets', () => {
    const props = Object.entries(pkg.contributes.configuration.properties) as [string, any][];
    assert.ok(props.length > 20);
    // The one free-text setting: where the rule links point (an intranet mirror). Its pattern admits only
    // http(s) addresses, and an opened workspace cannot set it (application scope); the server also ignores
    // anything else (test/lsp/protocol.test.ts).
    const ADDRESSES = ['gknb.rulesBaseUrl'];
    for (const [key, p] of props) {
      assert.ok(key.startsWith('gknb.'), key);
      if (ADDRESSES.includes(key)) {
        assert.strictEqual(p.type, 'string', key);
        assert.strictEqual(p.scope, 'application', key);
        const pattern = new RegExp(p.pattern);
        for (const ok of ['', 'https://git.example/gknb/docs/rules/', 'http://10.0.0.8/rules/{id}.html']) assert.ok(pattern.test(ok), `${key}: ${ok}`);
        for (const bad of ['file:///usr/bin/sh', 'javascript:alert(1)', '/usr/bin/sh', 'C:\\tools\\x.exe', 'command:workbench.action.terminal.new']) {
          assert.ok(!pattern.test(bad), `${key} admits ${bad}`);
        }
        continue;
      }
      const choice = Array.isArray(p.enum) && p.enum.every((v: unknown) => typeof v === 'string');
      assert.ok(choice || ['integer', 'number', 'boolean'].includes(p.type), `${key}: ${JSON.stringify(p.type)} without a list of values`);
    }
  });

  it('our code evaluates nothing and starts no process: no eval, Function, vm, child_process or dynamic require/import', () => {
    const banned = [/\beval\s*\(/, /new\s+Function\s*\(/, /from\s+'(node:)?(vm|child_process|cluster)'/, /require\(\s*[^'"\s)]/, /\bimport\(\s*[^'"\s)]/];
    for (const { file, text } of [...sources('client/src'), ...sources('server/src')]) {
      for (const re of banned) assert.ok(!re.test(text), `${file}: ${re}`);
    }
  });

  it('the client starts its own bundled server over IPC and reads only the gknb settings', () => {
    const client = sources('client/src');
    const lc = client.find((f) => f.file.endsWith('languageClient.ts'))!.text;
    assert.match(lc, /context\.asAbsolutePath\(path\.join\('dist', 'server\.js'\)\)/);
    assert.match(lc, /transport: TransportKind\.ipc/);
    assert.ok(!/TransportKind\.socket|TransportKind\.pipe/.test(lc));
    for (const { file, text } of client) {
      for (const m of text.matchAll(/getConfiguration\(([^)]*)\)/g)) assert.match(m[1], /^'gknb'/, `${file}: getConfiguration(${m[1]})`);
    }
    for (const { file, text } of sources('server/src')) {
      for (const m of text.matchAll(/getConfiguration\(([^)]*)\)/g)) assert.match(m[1], /section: 'gknb'/, `${file}: getConfiguration(${m[1]})`);
    }
  });

  it('the server bundle makes no network requests: no http/https/tls/dns/dgram; net only in vscode-jsonrpc\'s socket transport, which the client does not use', async () => {
    const uses = await builtinImporters('server/src/server.ts');
    for (const m of NETWORK.filter((n) => n !== 'net')) assert.deepStrictEqual(uses.get(m), undefined, m);
    assert.deepStrictEqual(uses.get('net'), ['node_modules/vscode-jsonrpc/lib/node/main.js']);
    // vscode-languageserver's Files helpers can spawn npm to find global modules; gknb never calls them.
    assert.deepStrictEqual(uses.get('child_process'), ['node_modules/vscode-languageserver/lib/node/files.js']);
    for (const { file, text } of sources('server/src')) assert.ok(!/\bFiles\.(resolve|resolveGlobal|resolveModulePath)/.test(text), file);
    for (const m of ['worker_threads', 'vm', 'cluster']) assert.deepStrictEqual(uses.get(m), undefined, m);
  });

  it('the client bundle: no network modules; child_process only where vscode-languageclient forks the server', async () => {
    const uses = await builtinImporters('client/src/extension.ts', ['vscode']);
    for (const m of NETWORK.filter((n) => n !== 'net')) assert.deepStrictEqual(uses.get(m), undefined, m);
    assert.deepStrictEqual(uses.get('net'), ['node_modules/vscode-jsonrpc/lib/node/main.js']);
    for (const f of uses.get('child_process') ?? []) assert.match(f, /^node_modules\/vscode-languageclient\//);
    for (const m of ['worker_threads', 'vm', 'cluster']) assert.deepStrictEqual(uses.get(m), undefined, m);
  });

  it('the CLI bundle uses no network modules (worker threads only for its own checking)', async () => {
    const uses = await builtinImporters('server/src/cli/main.ts');
    for (const m of [...NETWORK, 'child_process', 'vm']) assert.deepStrictEqual(uses.get(m), undefined, m);
    for (const f of uses.get('worker_threads') ?? []) assert.match(f, /^server\/src\/cli\//);
  });

  it('the built files (dist/*.js) contain no network calls', () => {
    const calls = [/\bfetch\(/, /XMLHttpRequest/, /new WebSocket\b/, /\bhttps?\.(request|get)\(/, /require\("(node:)?(https?|http2|tls|dns|dgram|undici)"\)/];
    for (const f of ['server.js', 'client.js', 'cli.js']) {
      const text = fs.readFileSync(path.join(ROOT, 'dist', f), 'utf8');
      for (const re of calls) assert.ok(!re.test(text), `dist/${f}: ${re}`);
    }
  });
});
