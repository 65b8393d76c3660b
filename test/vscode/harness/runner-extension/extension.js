'use strict';
// Runner extension of the gknb real-editor test harness.
//
// The harness starts the editor with the environment variable
// GKNB_HARNESS_CONFIG pointing at a JSON file:
//   {
//     "reportUrl": "http://127.0.0.1:<port>/report",  // where events are POSTed
//     "token": "<random>",                           // sent back in every request
//     "mochaPath": "/abs/node_modules/mocha",         // mocha to load
//     "files": ["/abs/a.test.js", ...],              // suite files, in order
//     "mocha": { "timeout": 20000, "grep": "...", "bail": false }
//   }
// Without that variable this extension does nothing, so it is harmless when
// installed in an ordinary editor.
//
// Each event is one JSON object POSTed to reportUrl, in order:
//   hello -> (harness answers {"run": true|false}) -> start
//   -> (test -> pass|fail) | pending ... -> end
// plus "error" if the suites cannot even be loaded. The harness answers "run":
// false to a second extension host (for example after a window reload), so the
// suites run once per harness run.

const fs = require('fs');
const http = require('http');
const path = require('path');
const vscode = require('vscode');

function readConfig() {
  const file = process.env.GKNB_HARNESS_CONFIG;
  if (!file) return undefined;
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`[gknb harness runner] cannot read ${file}: ${err && err.message}`);
    return undefined;
  }
}

function post(config, event) {
  const body = Buffer.from(JSON.stringify(event), 'utf8');
  const url = new URL(config.reportUrl);
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': body.length,
          'x-harness-token': config.token,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
          } catch {
            resolve({});
          }
        });
      }
    );
    req.on('error', (err) => {
      console.error(`[gknb harness runner] report failed: ${err.message}`);
      resolve({});
    });
    req.end(body);
  });
}

function describeError(err) {
  if (!err) return { message: 'unknown error' };
  const out = { message: String(err.message || err), stack: err.stack ? String(err.stack) : undefined };
  if (err.showDiff !== false && (err.actual !== undefined || err.expected !== undefined)) {
    try {
      out.actual = typeof err.actual === 'string' ? err.actual : JSON.stringify(err.actual);
      out.expected = typeof err.expected === 'string' ? err.expected : JSON.stringify(err.expected);
    } catch {
      /* values that cannot be serialised are left out */
    }
  }
  return out;
}

async function runSuites(config) {
  // Events are sent one after the other so the harness sees them in order.
  let queue = Promise.resolve();
  const send = (event) => (queue = queue.then(() => post(config, event)));

  let Mocha;
  try {
    Mocha = require(config.mochaPath || 'mocha');
  } catch (err) {
    await send({ type: 'error', phase: 'load-mocha', error: describeError(err) });
    return;
  }

  // A reporter that forwards mocha's events to the harness and prints nothing.
  function HarnessReporter(runner) {
    const started = new Map();
    runner.on('test', (test) => {
      started.set(test, Date.now());
      send({ type: 'test', title: test.fullTitle(), file: test.file });
    });
    runner.on('pass', (test) => {
      send({ type: 'pass', title: test.fullTitle(), file: test.file, duration: test.duration });
    });
    runner.on('fail', (test, err) => {
      send({
        type: 'fail',
        title: test.fullTitle(),
        file: test.file,
        hook: test.type === 'hook',
        duration: started.has(test) ? Date.now() - started.get(test) : undefined,
        error: describeError(err),
      });
    });
    runner.on('pending', (test) => {
      send({ type: 'pending', title: test.fullTitle(), file: test.file });
    });
  }

  const options = Object.assign({ ui: 'bdd', timeout: 20000, color: false }, config.mocha || {});
  options.reporter = HarnessReporter;
  const mocha = new Mocha(options);
  for (const file of config.files || []) mocha.addFile(path.resolve(file));

  try {
    await mocha.loadFilesAsync();
  } catch (err) {
    await send({ type: 'error', phase: 'load-suites', error: describeError(err) });
    return;
  }

  await send({ type: 'start', total: mocha.suite.total(), vscodeVersion: vscode.version });
  const failures = await new Promise((resolve) => {
    try {
      mocha.run(resolve);
    } catch (err) {
      send({ type: 'error', phase: 'run', error: describeError(err) });
      resolve(-1);
    }
  });
  await send({ type: 'end', failures });
}

async function activate() {
  const config = readConfig();
  if (!config || !config.reportUrl) return;
  const answer = await post(config, {
    type: 'hello',
    pid: process.pid,
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
    uiKind: vscode.env.uiKind,
    remoteName: vscode.env.remoteName,
    workspaceFolders: (vscode.workspace.workspaceFolders || []).map((f) => f.uri.toString()),
  });
  if (!answer.run) return;
  // Run after activation has returned, so this extension's activation does not
  // wait for the whole test run.
  setTimeout(() => {
    runSuites(config).catch((err) => post(config, { type: 'error', phase: 'runner', error: describeError(err) }));
  }, 0);
}

function deactivate() {}

module.exports = { activate, deactivate };
