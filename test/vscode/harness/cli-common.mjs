// Command-line parsing and console output shared by run.mjs (code-server) and
// run-electron.mjs (@vscode/test-electron), so both print the same lines.
import fs from 'node:fs';
import path from 'node:path';

export const COMMON_USAGE = `Options:
  --extension <folder|.vsix>  extension under test (repeatable; default: the repo root)
  --no-extension              no extension under test
  --workspace <folder>        folder to open (default: an empty temp folder)
  --no-copy-workspace         open the folder itself, not a temp copy
  --timeout <seconds>         hard limit for the whole run (default 300)
  --mocha-timeout <ms>        per-test timeout (default 20000)
  --grep <pattern>            only tests whose full title matches
  --bail                      stop at the first failure
  --setting <key>=<json>      extra user setting (repeatable)
  --json <file>               write the result as JSON
  --keep                      keep the temp dirs (their path is printed)
  --verbose                   print the editor's log at the end`;

/**
 * Parses the options both runners share. `extra` maps further flags to
 * 'flag' (boolean) or 'value' (takes the next argument).
 */
export function parseArgs(argv, { usage, extra = {} }) {
  const fail = (message) => {
    if (message) process.stderr.write(`${message}\n`);
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  };
  const opts = {
    extensions: [],
    noExtension: false,
    workspace: undefined,
    copyWorkspace: true,
    timeout: 300,
    mochaTimeout: 20000,
    grep: undefined,
    bail: false,
    settings: {},
    json: undefined,
    keep: false,
    verbose: false,
    suites: [],
    extra: {},
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--extension': opts.extensions.push(value()); break;
      case '--no-extension': opts.noExtension = true; break;
      case '--workspace': opts.workspace = value(); break;
      case '--no-copy-workspace': opts.copyWorkspace = false; break;
      case '--timeout': opts.timeout = Number(value()); break;
      case '--mocha-timeout': opts.mochaTimeout = Number(value()); break;
      case '--grep': opts.grep = value(); break;
      case '--bail': opts.bail = true; break;
      case '--setting': {
        const v = value();
        const eq = v.indexOf('=');
        if (eq < 1) fail(`--setting wants key=json, got ${v}`);
        const raw = v.slice(eq + 1);
        let parsed;
        try {
          parsed = JSON.parse(raw);
        } catch {
          parsed = raw; // a bare string
        }
        opts.settings[v.slice(0, eq)] = parsed;
        break;
      }
      case '--json': opts.json = value(); break;
      case '--keep': opts.keep = true; break;
      case '--verbose': opts.verbose = true; break;
      case '-h':
      case '--help': fail(); break;
      default: {
        const name = a.replace(/^--/, '');
        if (a.startsWith('--') && extra[name] === 'flag') opts.extra[name] = true;
        else if (a.startsWith('--') && extra[name] === 'value') opts.extra[name] = value();
        else if (a.startsWith('-')) fail(`unknown option ${a}`);
        else opts.suites.push(a);
      }
    }
  }
  if (!opts.suites.length) fail('no suite given');
  if (!(opts.timeout > 0)) fail('--timeout must be a positive number of seconds');
  if (!(opts.mochaTimeout >= 0)) fail('--mocha-timeout must be a number of milliseconds');
  return opts;
}

/** A path relative to the current folder when it is inside it, else absolute. */
const rel = (f) => {
  if (!f) return '';
  const r = path.relative(process.cwd(), f);
  return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : f;
};
export { rel };

/** An onEvent handler printing one line per test. */
export function consoleReporter({ startedAt = Date.now(), out = process.stdout } = {}) {
  return (event) => {
    switch (event.type) {
      case 'hello':
        if (event.granted) {
          out.write(
            `harness: extension host up after ${((Date.now() - startedAt) / 1000).toFixed(1)} s (VS Code ${event.vscodeVersion})\n`
          );
        }
        break;
      case 'start':
        out.write(`harness: running ${event.total} test(s)\n`);
        break;
      case 'pass':
        out.write(`  pass  ${event.title} (${event.duration ?? '?'} ms)\n`);
        break;
      case 'fail':
        out.write(`  FAIL  ${event.title}\n`);
        for (const line of String(event.error?.message || '').split('\n')) out.write(`        ${line}\n`);
        if (event.error?.stack) {
          const frames = event.error.stack.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 3);
          for (const f of frames) out.write(`      ${f.trim()}\n`);
        }
        break;
      case 'pending':
        out.write(`  skip  ${event.title}\n`);
        break;
    }
  };
}

/**
 * Prints errors and the closing "N passed, N failed" line; returns the exit
 * code (0 only when tests ran and none failed). Harness errors (no extension
 * host, suites that do not load, timeouts) count as failures.
 */
export function printSummary(result, { json, out = process.stdout } = {}) {
  for (const e of result.errors) out.write(`harness: ERROR ${e}\n`);
  if (result.screenshot) out.write(`harness: failure screenshot ${rel(result.screenshot)}\n`);
  if (result.logs) out.write(`harness: logs saved in ${rel(result.logs)}\n`);
  if (json) {
    fs.mkdirSync(path.dirname(path.resolve(json)), { recursive: true });
    fs.writeFileSync(json, JSON.stringify(result, null, 2));
  }
  const ran = result.passed + result.failed;
  let failed = result.failed + result.errors.length;
  if (ran === 0 && failed === 0) {
    out.write('harness: ERROR no test ran\n');
    failed = 1;
  }
  out.write(`harness: finished in ${(result.durationMs / 1000).toFixed(1)} s\n`);
  if (result.pending) out.write(`${result.pending} pending\n`);
  out.write(`${result.passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}
