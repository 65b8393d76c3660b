'use strict';
// Shared by the runner extension (code-server path) and electron-entry.js
// (@vscode/test-electron path): reads the harness config, loads mocha inside
// the extension host, runs the suite files and POSTs every event to the
// harness's loopback endpoint.
//
// Config (JSON file named by the environment variable GKNB_HARNESS_CONFIG):
//   {
//     "reportUrl": "http://127.0.0.1:<port>/report",  // where events are POSTed
//     "token": "<random>",                           // sent back in every request
//     "mochaPath": "/abs/node_modules/mocha",         // mocha to load
//     "files": ["/abs/a.test.js", ...],              // suite files, in order
//     "mocha": { "timeout": 20000, "grep": "...", "bail": false },
//     "runner": "extension" | "entry"   // who runs the suites (see extension.js)
//   }
//
// Events, in order: hello -> (answer {"run": true|false}) -> start
//   -> (test -> pass|fail) | pending ... -> end {failures}
// or "error" {phase, error} when mocha or the suites cannot be loaded.

const fs = require('fs');
const http = require('http');
const path = require('path');

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

/** POSTs one event; resolves with the harness's JSON answer ({} on error). */
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

/** Sends "hello" with facts about this extension host; resolves with the answer. */
function hello(config, vscode) {
  return post(config, {
    type: 'hello',
    pid: process.pid,
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
    uiKind: vscode.env.uiKind,
    remoteName: vscode.env.remoteName,
    workspaceFolders: (vscode.workspace.workspaceFolders || []).map((f) => f.uri.toString()),
  });
}

/**
 * Runs the configured suites with mocha. Resolves with the number of failures
 * (-1 when the suites could not be loaded or run at all). Never rejects.
 */
async function runMocha(config, vscode) {
  // Events are sent one after the other so the harness sees them in order.
  let queue = Promise.resolve();
  const send = (event) => (queue = queue.then(() => post(config, event)));

  let Mocha;
  try {
    Mocha = require(config.mochaPath || 'mocha');
  } catch (err) {
    await send({ type: 'error', phase: 'load-mocha', error: describeError(err) });
    return -1;
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

  try {
    const options = Object.assign({ ui: 'bdd', timeout: 20000, color: false }, config.mocha || {});
    options.reporter = HarnessReporter;
    const mocha = new Mocha(options);
    for (const file of config.files || []) mocha.addFile(path.resolve(file));
    try {
      await mocha.loadFilesAsync();
    } catch (err) {
      await send({ type: 'error', phase: 'load-suites', error: describeError(err) });
      return -1;
    }
    await send({ type: 'start', total: mocha.suite.total(), vscodeVersion: vscode.version });
    const failures = await new Promise((resolve) => mocha.run(resolve));
    await send({ type: 'end', failures });
    return failures;
  } catch (err) {
    await send({ type: 'error', phase: 'run', error: describeError(err) });
    return -1;
  }
}

module.exports = { readConfig, post, hello, runMocha, describeError };
