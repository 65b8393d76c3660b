#!/usr/bin/env node
// Runs the same mocha suites as run.mjs, but in VS Code desktop (Electron)
// through @vscode/test-electron 2.5.x, where a desktop VS Code is available.
// VS Code desktop cannot be downloaded on the project's machines, so this
// path is for developer machines with VS Code installed (or with internet,
// via --download).
//
//   VSCODE_EXECUTABLE=/path/to/code node test/vscode/harness/run-electron.mjs [options] <suites>...
//   (Linux without a display: xvfb-run -a node test/vscode/harness/run-electron.mjs ...)
//
// VSCODE_EXECUTABLE (or --vscode) is the Electron executable of VS Code, not the
// `code` shell script: e.g. /usr/share/code/code on Linux, or
// ".../Visual Studio Code.app/Contents/MacOS/Electron" on macOS.
//
// How it differs from run.mjs: extension folders are loaded as
// --extensionDevelopmentPath (a .vsix is installed with the VS Code CLI into a
// temp extensions dir), and the suites are run by runner-extension/electron-entry.js
// given as --extensionTestsPath. Results still travel over the same loopback
// report channel, so the output and exit code are the same as run.mjs's.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { COMMON_USAGE, consoleReporter, parseArgs, printSummary, rel } from './cli-common.mjs';
import {
  collectSuiteFiles,
  createReportChannel,
  descendants,
  killTree,
  QUIET_SETTINGS,
  REPO_ROOT,
  RUNNER_EXTENSION,
} from './harness.mjs';

const USAGE = `usage: VSCODE_EXECUTABLE=<path> node test/vscode/harness/run-electron.mjs [options] <suite file or folder>...
${COMMON_USAGE}
  --vscode <path>             VS Code's Electron executable (default: $VSCODE_EXECUTABLE)
  --download <version>        let @vscode/test-electron download VS Code <version|stable>
                              into .cache/vscode-test (needs internet; not on this project's machines)`;

const opts = parseArgs(process.argv.slice(2), { usage: USAGE, extra: { vscode: 'value', download: 'value' } });
const executable = opts.extra.vscode || process.env.VSCODE_EXECUTABLE;
if (!executable && !opts.extra.download) {
  process.stderr.write(
    'run-electron.mjs: no VS Code desktop: set VSCODE_EXECUTABLE (or --vscode) to its Electron executable,\n' +
      'or use run.mjs, which runs the same suites in code-server.\n'
  );
  process.exit(2);
}
if (executable && !fs.existsSync(executable)) {
  process.stderr.write(`run-electron.mjs: ${executable} does not exist\n`);
  process.exit(2);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  process.stderr.write('run-electron.mjs: warning: no DISPLAY; VS Code desktop needs one (run under xvfb-run -a)\n');
}

const files = collectSuiteFiles(opts.suites);
if (!files.length) {
  process.stderr.write(`no *.test.js files in ${opts.suites.join(' ')}\n`);
  process.exit(2);
}
const extensions = (opts.noExtension ? [] : opts.extensions.length ? opts.extensions : [REPO_ROOT]).map((e) =>
  path.resolve(e)
);

// VS Code must not think it was started from another VS Code (a terminal in
// it sets these), and ELECTRON_RUN_AS_NODE would start Electron as plain Node.
// runTests passes process.env on, so clean it here.
for (const k of Object.keys(process.env)) {
  if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete process.env[k];
}

const { runTests, resolveCliArgsFromVSCodeExecutablePath, downloadAndUnzipVSCode } = await import(
  '@vscode/test-electron'
);

const startedAt = Date.now();
const tempDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'gknb-electron-'));
const userDataDir = path.join(tempDir, 'user-data');
const extensionsDir = path.join(tempDir, 'extensions');
await fsp.mkdir(path.join(userDataDir, 'User'), { recursive: true });
await fsp.mkdir(extensionsDir, { recursive: true });
await fsp.writeFile(
  path.join(userDataDir, 'User', 'settings.json'),
  JSON.stringify({ ...QUIET_SETTINGS, ...opts.settings }, null, 2)
);

const channel = await createReportChannel({
  files,
  runner: 'entry',
  mocha: { timeout: opts.mochaTimeout, grep: opts.grep, bail: opts.bail },
  onEvent: consoleReporter({ startedAt }),
});
const { result } = channel;

let timer;
try {
  let vscodeExecutablePath = executable;
  if (!vscodeExecutablePath) {
    vscodeExecutablePath = await downloadAndUnzipVSCode({
      version: opts.extra.download,
      cachePath: path.join(REPO_ROOT, '.cache', 'vscode-test'),
    });
  }

  // Folders are loaded in development mode; .vsix files are installed.
  const devPaths = extensions.filter((e) => !e.endsWith('.vsix'));
  const vsixes = extensions.filter((e) => e.endsWith('.vsix'));
  if (vsixes.length) {
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath, { reuseMachineInstall: true });
    for (const vsix of vsixes) {
      const res = spawnSync(
        cli,
        [...cliArgs, `--extensions-dir=${extensionsDir}`, `--user-data-dir=${userDataDir}`, '--install-extension', vsix, '--force'],
        { encoding: 'utf8', shell: process.platform === 'win32', timeout: 120000 }
      );
      if (res.status !== 0) throw new Error(`installing ${vsix} failed:\n${res.stdout}\n${res.stderr}`);
    }
  }
  // test-electron needs at least one development path; the runner extension
  // is harmless there (it stays idle when runner is "entry").
  if (!devPaths.length) devPaths.push(RUNNER_EXTENSION);

  let workspace = opts.workspace ? path.resolve(opts.workspace) : path.join(tempDir, 'empty-workspace');
  if (!opts.workspace) await fsp.mkdir(workspace);
  else if (opts.copyWorkspace) {
    const copy = path.join(tempDir, 'workspace', path.basename(workspace));
    await fsp.cp(workspace, copy, { recursive: true });
    workspace = copy;
  }

  process.stdout.write(
    `harness: ${files.length} suite file(s); VS Code ${rel(vscodeExecutablePath)}; extensions: ${extensions.map(rel).join(', ') || '(none)'}\n`
  );
  const run = runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: devPaths,
    extensionTestsPath: path.join(RUNNER_EXTENSION, 'electron-entry.js'),
    extensionTestsEnv: { GKNB_HARNESS_CONFIG: channel.configFile },
    launchArgs: [
      workspace,
      `--user-data-dir=${userDataDir}`,
      `--extensions-dir=${extensionsDir}`,
      '--disable-telemetry',
      '--disable-gpu',
      '--no-cached-data',
      '--disable-chromium-sandbox',
    ],
  }).then(
    (code) => ({ code }),
    (err) => ({ code: err.code ?? 1, err })
  );
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), opts.timeout * 1000);
  });
  const outcome = await Promise.race([run, timeout]);
  if (outcome === 'timeout') {
    const current = channel.current();
    result.errors.push(
      `hard timeout: the run did not finish within ${opts.timeout} s` + (current ? ` (still running: ${current})` : '')
    );
    // runTests does not hand out its child: stop everything this process started.
    for (const pid of descendants(process.pid)) await killTree(pid, 2000);
    await run;
  } else {
    // When VS Code exits, every event has been sent (the entry awaits each
    // POST); an exit without "end" means the suites never got to run.
    const finished = await Promise.race([channel.done, new Promise((r) => setTimeout(() => r(undefined), 2000))]);
    if (!finished) result.errors.push(`VS Code exited (code ${outcome.code}) before the suites finished`);
    else if (outcome.code !== 0 && result.failed === 0 && !result.errors.length) {
      result.errors.push(`VS Code exited with code ${outcome.code}`);
    }
  }
} catch (err) {
  result.errors.push(err.stack || String(err));
} finally {
  clearTimeout(timer);
  await channel.close();
  if (opts.keep) process.stdout.write(`harness: temp dir kept: ${tempDir}\n`);
  else await fsp.rm(tempDir, { recursive: true, force: true });
}
result.durationMs = Date.now() - startedAt;
process.exit(printSummary(result, { json: opts.json }));
