#!/usr/bin/env node
// Runs mocha suites inside a real VS Code extension host (code-server in
// headless Chromium). Usage:
//
//   node test/vscode/harness/run.mjs [options] <suite file or folder>...
//
// Options:
//   --extension <folder|.vsix>  extension under test (repeatable; default: the repo root)
//   --no-extension              install only the runner extension
//   --workspace <folder>        folder to open (default: an empty temp folder)
//   --no-copy-workspace         open the folder itself, not a temp copy
//   --timeout <seconds>         hard limit for the whole run (default 300)
//   --mocha-timeout <ms>        per-test timeout (default 20000)
//   --grep <pattern>            only tests whose full title matches
//   --bail                      stop at the first failure
//   --setting <key>=<json>      extra user setting (repeatable)
//   --screenshot <name>         save a screenshot after the run into test-output/vscode/
//   --json <file>               write the result as JSON
//   --keep                      keep the temp dirs (their path is printed)
//   --verbose                   print code-server's log at the end
//
// Prints one line per test and ends with "N passed, N failed". Exits 0 when
// every test passed (and at least one ran), 1 otherwise, 2 on bad usage.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectSuiteFiles, REPO_ROOT, runSuites } from './harness.mjs';

function usage(message) {
  if (message) process.stderr.write(`run.mjs: ${message}\n`);
  process.stderr.write('usage: node test/vscode/harness/run.mjs [options] <suite file or folder>...\n');
  process.exit(2);
}

function parseArgs(argv) {
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
    screenshot: undefined,
    json: undefined,
    keep: false,
    verbose: false,
    suites: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
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
        if (eq < 1) usage(`--setting wants key=json, got ${v}`);
        const raw = v.slice(eq + 1);
        let parsed;
        try {
          parsed = JSON.parse(raw);
        } catch {
          parsed = raw;
        }
        opts.settings[v.slice(0, eq)] = parsed;
        break;
      }
      case '--screenshot': opts.screenshot = value(); break;
      case '--json': opts.json = value(); break;
      case '--keep': opts.keep = true; break;
      case '--verbose': opts.verbose = true; break;
      case '-h':
      case '--help': usage(); break;
      default:
        if (a.startsWith('-')) usage(`unknown option ${a}`);
        opts.suites.push(a);
    }
  }
  if (!opts.suites.length) usage('no suite given');
  if (!(opts.timeout > 0)) usage('--timeout must be a positive number of seconds');
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const files = collectSuiteFiles(opts.suites);
if (!files.length) usage(`no *.test.js files in ${opts.suites.join(' ')}`);
const extensions = opts.noExtension ? [] : opts.extensions.length ? opts.extensions : [REPO_ROOT];

let workspace = opts.workspace;
let emptyWorkspace;
if (!workspace) {
  emptyWorkspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-empty-ws-'));
  workspace = emptyWorkspace;
}

// Last line of defence: the run's own hard timeout plus time to clean up.
const watchdog = setTimeout(() => {
  process.stdout.write(`harness: watchdog fired after ${opts.timeout + 60} s, exiting\n0 passed, 1 failed\n`);
  process.exit(1); // the harness's exit handler kills code-server and chromium
}, (opts.timeout + 60) * 1000);
watchdog.unref();

const rel = (f) => (f ? path.relative(process.cwd(), f) || f : '');
const started = Date.now();
process.stdout.write(`harness: ${files.length} suite file(s); extensions: ${extensions.map(rel).join(', ') || '(none)'}\n`);

const result = await runSuites({
  files,
  extensions,
  workspace,
  copyWorkspace: opts.copyWorkspace && !emptyWorkspace,
  settings: opts.settings,
  verbose: opts.verbose,
  keepTemp: opts.keep,
  timeoutMs: opts.timeout * 1000,
  mocha: { timeout: opts.mochaTimeout, grep: opts.grep, bail: opts.bail },
  onEvent(event) {
    switch (event.type) {
      case 'hello':
        if (event.granted) {
          process.stdout.write(
            `harness: extension host up after ${((Date.now() - started) / 1000).toFixed(1)} s (VS Code ${event.vscodeVersion})\n`
          );
        }
        break;
      case 'start':
        process.stdout.write(`harness: running ${event.total} test(s)\n`);
        break;
      case 'pass':
        process.stdout.write(`  pass  ${event.title} (${event.duration ?? '?'} ms)\n`);
        break;
      case 'fail':
        process.stdout.write(`  FAIL  ${event.title}\n`);
        for (const line of String(event.error?.message || '').split('\n')) process.stdout.write(`        ${line}\n`);
        if (event.error?.stack) {
          const frames = event.error.stack.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 3);
          for (const f of frames) process.stdout.write(`      ${f.trim()}\n`);
        }
        break;
      case 'pending':
        process.stdout.write(`  skip  ${event.title}\n`);
        break;
    }
  },
  async afterRun(wb) {
    if (opts.screenshot) {
      const file = await wb.screenshot(opts.screenshot);
      process.stdout.write(`harness: screenshot ${rel(file)}\n`);
    }
    if (opts.keep) process.stdout.write(`harness: temp dir kept: ${wb.server.tempDir}\n`);
  },
});

if (emptyWorkspace) fs.rmSync(emptyWorkspace, { recursive: true, force: true });

for (const e of result.errors) process.stdout.write(`harness: ERROR ${e}\n`);
if (result.screenshot) process.stdout.write(`harness: failure screenshot ${rel(result.screenshot)}\n`);
if (result.logs) process.stdout.write(`harness: logs saved in ${rel(result.logs)}\n`);
if (opts.json) {
  fs.mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true });
  fs.writeFileSync(opts.json, JSON.stringify(result, null, 2));
}

// Harness errors (no extension host, load failure, timeout) count as failures.
const failed = result.failed + result.errors.length;
const ran = result.passed + result.failed;
if (ran === 0 && result.errors.length === 0) {
  process.stdout.write('harness: ERROR no test ran\n');
}
process.stdout.write(`harness: finished in ${(result.durationMs / 1000).toFixed(1)} s\n`);
if (result.pending) process.stdout.write(`${result.pending} pending\n`);
process.stdout.write(`${result.passed} passed, ${ran === 0 && failed === 0 ? 1 : failed} failed\n`);
clearTimeout(watchdog);
process.exit(failed === 0 && ran > 0 ? 0 : 1);
