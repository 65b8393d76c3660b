'use strict';
// Runner extension of the gknb real-editor test harness (code-server path).
//
// The harness starts the editor with the environment variable
// GKNB_HARNESS_CONFIG naming a JSON config (see mocha-runner.js). Without that
// variable this extension does nothing, so it is harmless in an ordinary editor.
//
// On activation it says "hello" to the harness; the harness answers run: true
// only to the first extension host that asks (not again after a window
// reload), and then the suites run once, inside this extension host.

const vscode = require('vscode');
const { readConfig, hello, runMocha, post, describeError } = require('./mocha-runner');

async function activate() {
  const config = readConfig();
  // runner "entry": the @vscode/test-electron path runs the suites itself.
  if (!config || !config.reportUrl || config.runner === 'entry') return;
  const answer = await hello(config, vscode);
  if (!answer.run) return;
  // Run after activation has returned, so that activation does not wait for
  // the whole test run.
  setTimeout(() => {
    runMocha(config, vscode).catch((err) =>
      post(config, { type: 'error', phase: 'runner', error: describeError(err) })
    );
  }, 0);
}

function deactivate() {}

module.exports = { activate, deactivate };
