'use strict';
// Test entry for the @vscode/test-electron path (run-electron.mjs passes this
// file as --extensionTestsPath). VS Code desktop calls run() inside its
// extension host once the window is up; run() must reject when a test fails.
// The suites and the report endpoint come from GKNB_HARNESS_CONFIG, exactly as
// for the runner extension, so both paths print the same results.
const vscode = require('vscode');
const { readConfig, hello, runMocha } = require('./mocha-runner');

async function run() {
  const config = readConfig();
  if (!config || !config.reportUrl) throw new Error('GKNB_HARNESS_CONFIG is not set: start this through run-electron.mjs');
  await hello(config, vscode);
  const failures = await runMocha(config, vscode);
  if (failures < 0) throw new Error('the suites could not be loaded or run');
  if (failures > 0) throw new Error(`${failures} test(s) failed`);
}

module.exports = { run };
