// Real-editor test harness: drives a real VS Code (code-server 4.100.3 = VS Code
// 1.100.3) in headless Chromium, on loopback only.
//
//   startCodeServer(options)  -> a running code-server with temp dirs
//   startWorkbench(options)   -> code-server + Chromium showing the workbench
//   runSuites(options)        -> runs mocha suites inside the extension host
//
// See README.md beside this file for the options, the quirks and the timings.

import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..', '..');
export const RUNNER_EXTENSION = path.join(HERE, 'runner-extension');
export const OUTPUT_DIR = path.join(REPO_ROOT, 'test-output', 'vscode');
export const CODE_SERVER_DIR = path.join(REPO_ROOT, '.cache', 'code-server');
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** User settings that keep the workbench quiet and offline. */
export const QUIET_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'workbench.editor.enablePreview': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'git.openRepositoryInParentFolders': 'never',
  'github.gitAuthentication': false,
  'npm.autoDetect': 'off',
  'typescript.disableAutomaticTypeAcquisition': true,
  'typescript.tsserver.web.typeAcquisition.enabled': false,
  'chat.commandCenter.enabled': false,
  'files.hotExit': 'off',
  'window.confirmBeforeClose': 'never',
};

// ------------------------------------------------------------------ cleanup
// Everything started here is registered, so that it is stopped even when the
// caller forgets, throws, or the process is interrupted.
const live = new Set();

/** Send `signal` to each pid that is still there (`onlyAlive`) or to all; errors mean "already gone". */
function signalAll(pids, signal, onlyAlive = false) {
  for (const p of pids) {
    if (onlyAlive && !alive(p)) continue;
    try {
      process.kill(p, signal);
    } catch {
      /* already gone */
    }
  }
}

/** SIGKILL for the process group a tree was started as (detached children), if any is left. */
function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* no such group */
  }
}

function killTreeSync(pid) {
  if (!pid) return;
  signalAll([...descendants(pid), pid], 'SIGKILL');
  killGroup(pid);
}

process.once('exit', () => {
  for (const item of live) {
    try {
      item.syncCleanup();
    } catch {
      /* best effort while exiting */
    }
  }
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => {
    // The 'exit' handler above kills and removes everything synchronously.
    process.exit(sig === 'SIGINT' ? 130 : 143);
  });
}

/** All descendants of a pid, read from /proc (Linux). */
export function descendants(root) {
  const children = new Map();
  let entries = [];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return [];
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8');
    } catch {
      continue;
    }
    // "pid (comm) state ppid ...": comm may contain spaces and parentheses.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(rest[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(e));
  }
  const out = [];
  const todo = [root];
  while (todo.length) {
    for (const c of children.get(todo.pop()) || []) {
      out.push(c);
      todo.push(c);
    }
  }
  return out;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function killTree(pid, graceMs = 3000) {
  if (!pid) return;
  const pids = [...descendants(pid), pid];
  signalAll(pids, 'SIGTERM');
  const until = Date.now() + graceMs;
  while (Date.now() < until && pids.some(alive)) await sleep(100);
  signalAll(pids, 'SIGKILL', true);
  killGroup(pid);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
    }),
  ]);
}

// ------------------------------------------------------------------ helpers
/** Path of code-server's entry script (GKNB_CODE_SERVER may point elsewhere). */
export function codeServerEntry() {
  const custom = process.env.GKNB_CODE_SERVER;
  const entry = custom || path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!fs.existsSync(entry)) {
    throw new Error(`code-server not found at ${entry}: run test/setup/install-editors.sh first`);
  }
  return entry;
}

export function chromiumPath() {
  const exe = process.env.GKNB_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(exe)) throw new Error(`chromium not found at ${exe}: run test/setup/install-editors.sh first`);
  return exe;
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** An environment for code-server without variables that would make it act as
 * a client of another VS Code (e.g. when run from a VS Code terminal). */
function cleanEnv(extra) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE' || k === 'CODE_SERVER_PARENT_PID') continue;
    if (k === 'PASSWORD' || k === 'HASHED_PASSWORD' || k === 'GITHUB_TOKEN') continue;
    env[k] = v;
  }
  // No extension gallery (there is no network): an empty gallery disables it.
  env.EXTENSIONS_GALLERY = '{}';
  return Object.assign(env, extra || {});
}

function readManifest(folder) {
  const file = path.join(folder, 'package.json');
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`not an extension folder (cannot read ${file}): ${err.message}`);
  }
  for (const key of ['publisher', 'name', 'version']) {
    if (!manifest[key]) throw new Error(`${file} has no "${key}": VS Code would not load it`);
  }
  return manifest;
}

/**
 * Installs one extension into an extensions dir.
 *
 * A folder is used in place: an entry pointing at it is added to the dir's
 * extensions.json (the list VS Code 1.100 reads; it ignores folders of the dir
 * that the list does not name, and marks them for removal). Nothing is copied
 * or linked, so VS Code's clean-up of the extensions dir can never reach the
 * folder. A .vsix is installed by `code-server --install-extension`, which
 * adds its own entry. Returns { id, version, location }.
 */
export async function installExtension(source, { extensionsDir, userDataDir, configFile, env } = {}) {
  const abs = path.resolve(source);
  if (abs.endsWith('.vsix')) {
    const args = [
      codeServerEntry(),
      '--config', configFile,
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--force',
      '--install-extension', abs,
    ];
    const res = spawnSync(process.execPath, args, { env: cleanEnv(env), encoding: 'utf8', timeout: 120000 });
    if (res.status !== 0) {
      throw new Error(`installing ${abs} failed (exit ${res.status}):\n${res.stdout}\n${res.stderr}`);
    }
    const m = /Extension '([^']+)' v([^ ]+) was successfully installed/.exec(res.stdout + res.stderr);
    return { id: m ? m[1] : path.basename(abs, '.vsix'), version: m ? m[2] : undefined, location: abs };
  }
  const manifest = readManifest(abs);
  if (manifest.main) {
    const main = path.resolve(abs, manifest.main);
    const candidates = [main, `${main}.js`, path.join(main, 'index.js')];
    if (!candidates.some((c) => fs.existsSync(c))) {
      throw new Error(
        `extension ${manifest.publisher}.${manifest.name}: its main ${manifest.main} does not exist in ${abs} (build it first)`
      );
    }
  }
  const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
  const listFile = path.join(extensionsDir, 'extensions.json');
  let list = [];
  try {
    list = JSON.parse(await fsp.readFile(listFile, 'utf8'));
  } catch {
    list = [];
  }
  list = list.filter((e) => String(e?.identifier?.id).toLowerCase() !== id);
  list.push({
    identifier: { id },
    version: manifest.version,
    location: { $mid: 1, scheme: 'file', path: abs },
  });
  await fsp.writeFile(listFile, JSON.stringify(list));
  if (manifest.contributes?.localizations?.length) await registerLanguagePack(abs, id, manifest, userDataDir);
  return { id, version: manifest.version, location: abs };
}

/**
 * A language pack used in place: adds its display languages to <user-data>/languagepacks.json, as VS
 * Code's language pack service does after installing one (the server reads that file to resolve the
 * display language; without an entry, --locale zh-cn falls back to English everywhere).
 */
async function registerLanguagePack(folder, id, manifest, userDataDir) {
  const file = path.join(userDataDir, 'languagepacks.json');
  let packs = {};
  try {
    packs = JSON.parse(await fsp.readFile(file, 'utf8'));
  } catch {
    packs = {};
  }
  for (const loc of manifest.contributes.localizations) {
    const translations = {};
    for (const t of loc.translations || []) translations[t.id] = path.join(folder, t.path);
    packs[loc.languageId] = {
      hash: createHash('md5').update(id).update(manifest.version).digest('hex'),
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations,
      label: loc.localizedLanguageName || loc.languageName,
    };
  }
  await fsp.writeFile(file, JSON.stringify(packs));
}

async function waitForHttp(url, { timeoutMs, isDead }) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (isDead()) throw new Error('code-server exited during start-up');
    const ok = await new Promise((resolve) => {
      const req = http.get(url, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on('error', () => resolve(false));
      req.setTimeout(1000, () => {
        req.destroy();
        resolve(false);
      });
    });
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms`);
}

function tail(file, lines = 60) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Copies code-server's and VS Code's logs of a run to dest (for failures). */
export async function saveLogs(server, dest) {
  await fsp.mkdir(dest, { recursive: true });
  if (server.logFile && fs.existsSync(server.logFile)) {
    await fsp.copyFile(server.logFile, path.join(dest, 'code-server.log'));
  }
  const logs = path.join(server.userDataDir, 'logs');
  if (fs.existsSync(logs)) await fsp.cp(logs, path.join(dest, 'vscode-logs'), { recursive: true });
  return dest;
}

// -------------------------------------------------------------- code-server
/**
 * Starts code-server on a free loopback port with temporary user-data and
 * extensions dirs.
 *
 * options:
 *   extensions: string[]   extension folders or .vsix files to install
 *   settings: object       user settings merged over QUIET_SETTINGS
 *   env: object            extra environment (reaches the extension host)
 *   locale: string         display language, e.g. 'zh-cn' (code-server --locale; the
 *                          workbench's browser gets it too); default: English
 *   startTimeoutMs: number (default 30000)
 *   verbose: boolean       echo code-server's output
 *   keepTemp: boolean      do not delete the temp dir on stop()
 *
 * returns { baseUrl, port, tempDir, userDataDir, extensionsDir, logFile,
 *           installed: [{id, version, location}], pid, stop() }
 */
export async function startCodeServer(options = {}) {
  const entry = codeServerEntry();
  const tempDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'gknb-vscode-'));
  const userDataDir = path.join(tempDir, 'user-data');
  const extensionsDir = path.join(tempDir, 'extensions');
  const configFile = path.join(tempDir, 'code-server.yaml');
  const logFile = path.join(tempDir, 'code-server.log');
  const state = { child: undefined, stopped: false };
  const handle = {
    tempDir,
    userDataDir,
    extensionsDir,
    logFile,
    keepTemp: !!options.keepTemp,
    syncCleanup() {
      if (state.child) killTreeSync(state.child.pid);
      if (!handle.keepTemp) fs.rmSync(tempDir, { recursive: true, force: true });
    },
  };
  live.add(handle);

  try {
    await fsp.mkdir(path.join(userDataDir, 'User'), { recursive: true });
    await fsp.mkdir(extensionsDir, { recursive: true });
    // An empty config file: without --config code-server writes one (with a
    // password) into ~/.config/code-server.
    await fsp.writeFile(configFile, '');
    const settings = Object.assign({}, QUIET_SETTINGS, options.settings || {});
    await fsp.writeFile(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

    // code-server keeps logs and a heartbeat file in XDG dirs, and VS Code puts
    // IPC sockets in TMPDIR: point all of them into the temp dir so that a run
    // leaves nothing behind.
    const privateDirs = {
      TMPDIR: path.join(tempDir, 'tmp'),
      XDG_DATA_HOME: path.join(tempDir, 'xdg-data'),
      XDG_CONFIG_HOME: path.join(tempDir, 'xdg-config'),
      XDG_CACHE_HOME: path.join(tempDir, 'xdg-cache'),
    };
    for (const dir of Object.values(privateDirs)) await fsp.mkdir(dir, { recursive: true });

    const installed = [];
    for (const ext of options.extensions || []) {
      installed.push(
        await installExtension(ext, { extensionsDir, userDataDir, configFile, env: { ...privateDirs, ...(options.env || {}) } })
      );
    }
    handle.installed = installed;


    let lastError;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const out = fs.openSync(logFile, 'a');
      const args = [
        entry,
        '--config', configFile,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--user-data-dir', userDataDir,
        '--extensions-dir', extensionsDir,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--disable-proxy',
        '--ignore-last-opened',
        // The display language. It takes effect only with a language pack for it among the
        // extensions (see registerLanguagePack); without one everything, extensions included, is English.
        ...(options.locale ? ['--locale', options.locale.toLowerCase()] : []),
      ];
      const child = spawn(process.execPath, args, {
        cwd: tempDir,
        env: cleanEnv({ ...privateDirs, ...(options.env || {}) }),
        detached: true, // own process group: stop() kills the whole tree
        stdio: ['ignore', out, out],
      });
      fs.closeSync(out);
      state.child = child;
      let exited = false;
      child.once('exit', () => {
        exited = true;
      });
      const baseUrl = `http://127.0.0.1:${port}`;
      try {
        await waitForHttp(`${baseUrl}/healthz`, {
          timeoutMs: options.startTimeoutMs || 30000,
          isDead: () => exited,
        });
        Object.assign(handle, {
          baseUrl,
          port,
          pid: child.pid,
          child,
          async stop() {
            if (state.stopped) return;
            state.stopped = true;
            await killTree(child.pid);
            if (options.verbose) process.stderr.write(`--- code-server log ---\n${tail(logFile, 200)}\n`);
            live.delete(handle);
            if (!handle.keepTemp) await fsp.rm(tempDir, { recursive: true, force: true });
          },
        });
        return handle;
      } catch (err) {
        lastError = err;
        await killTree(child.pid, 500);
        state.child = undefined;
        if (!/EADDRINUSE/.test(tail(logFile))) break;
      }
    }
    throw new Error(`${lastError.message}\n--- code-server log ---\n${tail(logFile)}`);
  } catch (err) {
    handle.syncCleanup();
    live.delete(handle);
    throw err;
  }
}

// --------------------------------------------------------------- workbench
/**
 * Starts code-server and opens its workbench in headless Chromium.
 *
 * options: everything startCodeServer takes, plus
 *   workspace: string        folder to open (none: an empty window)
 *   copyWorkspace: boolean   open a temp copy of the folder (default false)
 *   viewport: {width,height} default 1280x800
 *   workbenchTimeoutMs       default 60000
 *   onConsole(msg)           Chromium console messages
 *
 * returns { page, browser, context, baseUrl, url, workspace, server,
 *           screenshot(name), runCommand(label), openFile(relPath),
 *           waitForExtensionHost(), stop() }
 */
export async function startWorkbench(options = {}) {
  const { chromium } = await import('playwright-core');
  const server = await startCodeServer(options);
  let browser;
  try {
    let workspace;
    if (options.workspace) {
      workspace = path.resolve(options.workspace);
      if (options.copyWorkspace) {
        const copy = path.join(server.tempDir, 'workspace', path.basename(workspace));
        await fsp.cp(workspace, copy, { recursive: true });
        workspace = copy;
      }
    }
    // Chromium's crash-report and cache folders go into the temp dir too.
    const browserHome = path.join(server.tempDir, 'chromium-home');
    await fsp.mkdir(browserHome, { recursive: true });
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 60000,
      env: {
        ...process.env,
        XDG_CONFIG_HOME: path.join(browserHome, 'config'),
        XDG_CACHE_HOME: path.join(browserHome, 'cache'),
        TMPDIR: path.join(server.tempDir, 'tmp'),
      },
    });
    const context = await browser.newContext({
      viewport: options.viewport || { width: 1280, height: 800 },
      locale: options.locale || 'en-US',
    });
    const page = await context.newPage();
    if (options.onConsole) page.on('console', options.onConsole);
    const url = workspace ? `${server.baseUrl}/?folder=${encodeURIComponent(workspace)}` : server.baseUrl;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.waitForSelector('.monaco-workbench', { timeout: options.workbenchTimeoutMs || 60000 });

    const wb = {
      page,
      browser,
      context,
      baseUrl: server.baseUrl,
      url,
      workspace,
      server,
      /** Saves a PNG into test-output/vscode/ (or to an absolute path). */
      async screenshot(name, opts = {}) {
        const file = path.isAbsolute(name) ? name : path.join(OUTPUT_DIR, name.endsWith('.png') ? name : `${name}.png`);
        await fsp.mkdir(path.dirname(file), { recursive: true });
        await page.screenshot({ path: file, ...opts });
        return file;
      },
      /** Runs a command through the command palette, by its label
       * (e.g. "Problems: Focus on Problems View"). */
      async runCommand(label) {
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 10000 });
        await input.fill(`>${label}`);
        // Results arrive after the typing: wait for the row naming the command.
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
        await row.waitFor({ timeout: 10000 });
        await row.click();
        // The palette closes — or, for a command that asks something, the same widget shows the command's own pick
        // at once (its input no longer holds `>…`), which waiting for it to hide would race against.
        await page.waitForFunction(() => {
          const box = document.querySelector('.quick-input-widget input');
          return !box || box.offsetParent === null || !box.value.startsWith('>');
        }, null, { timeout: 10000 });
      },
      /** Opens a workspace file through Quick Open and waits for its tab. */
      async openFile(relPath) {
        const base = path.basename(relPath);
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 10000 });
        await input.fill(relPath);
        // Recently opened files are listed first and file search results come
        // later: wait for a row with this file's name rather than taking row 1.
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: base }).first();
        await row.waitFor({ timeout: 10000 });
        await row.click();
        await page.locator('.tabs-container .tab.active', { hasText: base }).first().waitFor({ timeout: 10000 });
      },
      /** Resolves when the remote extension host has started (read from its log). */
      async waitForExtensionHost(timeoutMs = 60000) {
        const until = Date.now() + timeoutMs;
        while (Date.now() < until) {
          if (findFiles(path.join(server.userDataDir, 'logs'), 'remoteexthost.log').length) return;
          await sleep(200);
        }
        throw new Error('the extension host did not start');
      },
      async stop() {
        try {
          if (browser) await withTimeout(browser.close(), 10000, 'closing chromium');
        } catch {
          /* chromium is killed by playwright at exit anyway */
        }
        await server.stop();
      },
    };
    return wb;
  } catch (err) {
    try {
      if (browser) await withTimeout(browser.close(), 10000, 'closing chromium');
    } catch {
      /* ignore */
    }
    if (options.keepLogsOnError !== false) {
      try {
        const dest = await saveLogs(server, path.join(OUTPUT_DIR, 'logs', `start-failure-${Date.now()}`));
        err.message += `\n(logs saved to ${dest})`;
      } catch {
        /* ignore */
      }
    }
    await server.stop();
    throw err;
  }
}

function findFiles(dir, name, out = []) {
  let entries = [];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, name, out);
    else if (e.name === name) out.push(p);
  }
  return out;
}

// ------------------------------------------------------------------ suites
/** Expands files and folders (recursively, *.test.js / .cjs / .mjs) in order. */
export function collectSuiteFiles(paths) {
  const out = [];
  const walk = (p) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (name === 'node_modules' || name.startsWith('.')) continue;
        const child = path.join(p, name);
        if (fs.statSync(child).isDirectory()) walk(child);
        else if (/\.test\.(c|m)?js$/.test(name)) out.push(child);
      }
    } else {
      out.push(p);
    }
  };
  for (const p of paths) walk(path.resolve(p));
  return out;
}

/**
 * A loopback HTTP endpoint receiving the runner's events (see
 * runner-extension/mocha-runner.js), plus the config file that tells the
 * runner where it is. Used by runSuites and by run-electron.mjs.
 *
 * options: files, mocha, mochaPath (as runSuites), onEvent(event),
 *   runner: 'extension' (the runner extension runs the suites; default) or
 *           'entry' (runner-extension/electron-entry.js does, for test-electron)
 * returns { url, configFile, result, done, waitForHello(ms), current(), close() }
 *   result: { passed, failed, pending, tests, errors, vscodeVersion } (filled live)
 *   done:   resolves with 'end' or 'error'
 */
export async function createReportChannel(options = {}) {
  const token = randomBytes(16).toString('hex');
  const onEvent = options.onEvent || (() => {});
  const result = { passed: 0, failed: 0, pending: 0, tests: [], errors: [], durationMs: 0, vscodeVersion: undefined };
  let resolveDone;
  const done = new Promise((r) => (resolveDone = r));
  let runsGranted = 0;
  let helloSeen = false;
  let current; // title of the test running now
  let closed = false;

  const handle = (event) => {
    switch (event.type) {
      case 'hello':
        if (event.granted) helloSeen = true;
        result.vscodeVersion = event.vscodeVersion;
        break;
      case 'test':
        current = event.title;
        break;
      case 'pass':
        current = undefined;
        result.passed++;
        result.tests.push({ title: event.title, state: 'passed', duration: event.duration, file: event.file });
        break;
      case 'fail':
        current = undefined;
        result.failed++;
        result.tests.push({ title: event.title, state: 'failed', duration: event.duration, file: event.file, error: event.error });
        break;
      case 'pending':
        result.pending++;
        result.tests.push({ title: event.title, state: 'pending', file: event.file });
        break;
      case 'error':
        result.errors.push(`${event.phase}: ${event.error && (event.error.stack || event.error.message)}`);
        resolveDone('error');
        break;
      case 'end':
        resolveDone('end');
        break;
    }
    try {
      onEvent(event);
    } catch {
      /* a reporter's error must not stop the run */
    }
  };

  const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/report' || req.headers['x-harness-token'] !== token) {
      res.writeHead(403).end();
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let event;
      try {
        event = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400).end();
        return;
      }
      let answer = {};
      if (event.type === 'hello') {
        // Only the first extension host runs the suites (not one restarted
        // by a window reload).
        answer = { run: runsGranted === 0 };
        runsGranted++;
        event.granted = answer.run;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      handle(event);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}/report`;

  const configDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'gknb-harness-cfg-'));
  const configFile = path.join(configDir, 'config.json');
  await fsp.writeFile(
    configFile,
    JSON.stringify({
      reportUrl: url,
      token,
      mochaPath: options.mochaPath || path.join(REPO_ROOT, 'node_modules', 'mocha'),
      files: (options.files || []).map((f) => path.resolve(f)),
      mocha: options.mocha || {},
      runner: options.runner || 'extension',
    })
  );

  return {
    url,
    configFile,
    result,
    done,
    current: () => current,
    /** Resolves true once the runner said hello, false after ms (or on close). */
    async waitForHello(ms) {
      const until = Date.now() + ms;
      while (!helloSeen && !closed && Date.now() < until) await sleep(200);
      return helloSeen;
    },
    async close() {
      closed = true;
      server.closeAllConnections?.();
      await new Promise((r) => server.close(r));
      await fsp.rm(configDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs mocha suite files inside the real extension host.
 *
 * options:
 *   files: string[]          suite files (plain JS, `require('vscode')`)
 *   extensions: string[]     extensions under test (folders or .vsix)
 *   workspace, copyWorkspace, settings, env, verbose, keepTemp: as startWorkbench
 *   mocha: {timeout, grep, bail, slow}   passed to new Mocha()
 *   mochaPath: string        default <repo>/node_modules/mocha
 *   timeoutMs: number        hard limit for the whole run (default 300000)
 *   helloTimeoutMs: number   limit for the extension host to start (default 90000)
 *   onEvent(event)           every event: hello, start, test, pass, fail, pending, end, error
 *   afterRun(workbench)      called before stopping, e.g. for screenshots
 *   screenshotOnFailure: boolean (default true) -> test-output/vscode/
 *
 * returns { passed, failed, pending, tests: [{title, state, duration, error}],
 *           errors: [..], durationMs, vscodeVersion }
 */
export async function runSuites(options = {}) {
  const t0 = Date.now();
  const files = options.files || [];
  if (!files.length) throw new Error('runSuites: no suite files');
  const channel = await createReportChannel(options);
  const { result } = channel;

  let wb;
  let timer;
  const hardTimeout = options.timeoutMs || 300000;
  try {
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), hardTimeout);
    });
    const started = startWorkbench({
      ...options,
      extensions: [...(options.extensions || []), RUNNER_EXTENSION],
      env: { ...(options.env || {}), GKNB_HARNESS_CONFIG: channel.configFile },
    });
    const first = await Promise.race([started.then((w) => ({ w })), timeout]);
    if (first === 'timeout') {
      started.then((w) => w.stop()).catch(() => {});
      throw new Error(`the workbench did not open within ${hardTimeout} ms`);
    }
    wb = first.w;

    const helloTimeout = options.helloTimeoutMs || 90000;
    const noHello = channel.waitForHello(helloTimeout).then((ok) => (ok ? new Promise(() => {}) : 'no-hello'));
    const outcome = await Promise.race([channel.done, timeout, noHello]);
    if (outcome === 'timeout') {
      const current = channel.current();
      result.errors.push(
        `hard timeout: the run did not finish within ${hardTimeout} ms` + (current ? ` (still running: ${current})` : '')
      );
    }
    if (outcome === 'no-hello') {
      result.errors.push(
        `the runner extension did not report within ${helloTimeout} ms (the extension host did not start, or activation failed)`
      );
    }
    if (options.afterRun) await withTimeout(Promise.resolve(options.afterRun(wb)), 60000, 'afterRun');
  } catch (err) {
    result.errors.push(err.stack || String(err));
  } finally {
    clearTimeout(timer);
    const failedRun = result.failed > 0 || result.errors.length > 0;
    if (wb && failedRun) {
      try {
        if (options.screenshotOnFailure !== false) {
          result.screenshot = await withTimeout(wb.screenshot(`failure-${Date.now()}.png`), 15000, 'screenshot');
        }
        result.logs = await saveLogs(wb.server, path.join(OUTPUT_DIR, 'logs', `run-${Date.now()}`));
      } catch {
        /* best effort */
      }
    }
    if (wb) await wb.stop();
    await channel.close();
  }
  result.durationMs = Date.now() - t0;
  return result;
}
