#!/usr/bin/env node
// Runs mocha suites inside a real VS Code extension host: code-server 4.100.3
// (VS Code 1.100.3) with its workbench open in headless Chromium.
//
//   node test/vscode/harness/run.mjs [options] <suite file or folder>...
//
// Prints one line per test and ends with "N passed, N failed". Exits 0 when
// every test passed (and at least one ran), 1 otherwise, 2 on bad usage.
// Needs test/setup/install-editors.sh to have run once.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMON_USAGE, consoleReporter, parseArgs, printSummary, rel } from './cli-common.mjs';
import { collectSuiteFiles, REPO_ROOT, runSuites } from './harness.mjs';

const USAGE = `usage: node test/vscode/harness/run.mjs [options] <suite file or folder>...
${COMMON_USAGE}
  --screenshot <name>         save a screenshot after the run into test-output/vscode/
  --locale <id>               display language, e.g. zh-cn (default: English)`;

const opts = parseArgs(process.argv.slice(2), { usage: USAGE, extra: { screenshot: 'value', locale: 'value' } });
const files = collectSuiteFiles(opts.suites);
if (!files.length) {
  process.stderr.write(`no *.test.js files in ${opts.suites.join(' ')}\n`);
  process.exit(2);
}
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
  process.exit(1); // harness.mjs's exit handler kills code-server; playwright kills chromium
}, (opts.timeout + 60) * 1000);
watchdog.unref();

const startedAt = Date.now();
process.stdout.write(
  `harness: ${files.length} suite file(s); extensions: ${extensions.map(rel).join(', ') || '(none)'}\n`
);

const result = await runSuites({
  files,
  extensions,
  workspace,
  copyWorkspace: opts.copyWorkspace && !emptyWorkspace,
  settings: opts.settings,
  locale: opts.extra.locale,
  verbose: opts.verbose,
  keepTemp: opts.keep,
  timeoutMs: opts.timeout * 1000,
  mocha: { timeout: opts.mochaTimeout, grep: opts.grep, bail: opts.bail },
  onEvent: consoleReporter({ startedAt }),
  async afterRun(wb) {
    if (opts.extra.screenshot) {
      const file = await wb.screenshot(opts.extra.screenshot);
      process.stdout.write(`harness: screenshot ${rel(file)}\n`);
    }
    if (opts.keep) process.stdout.write(`harness: temp dir kept: ${wb.server.tempDir}\n`);
  },
});

if (emptyWorkspace) fs.rmSync(emptyWorkspace, { recursive: true, force: true });
const code = printSummary(result, { json: opts.json });
clearTimeout(watchdog);
process.exit(code);
