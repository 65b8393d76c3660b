#!/usr/bin/env node
// The gknb command line; the code is bundled by `npm run build` into dist/cli.js.
//
// Compiling the 470 KB bundle and the functions a check runs is a third of a one-report run, so the
// bundles in dist/ (the CLI, also run by its worker threads, and the document readers with PDF.js) are loaded
// with V8's code cache: the bytecode compiled in one run (the functions compiled lazily while checking
// included) is kept in a cache folder and reused by the next run. A missing, stale or rejected cache
// only means compiling as Node would; GKNB_NO_CODE_CACHE=1 turns it off.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const Module = require('module');
const v8 = require('v8');

// A check is a short run: V8's optimising compiler, started at its default budget, spends more (on
// both cores) than its code saves before the process ends; waiting for functions that are really
// hot halved the CPU time of 400 reports (bench/README.md). Set before any code of the bundle is
// compiled, so that the code cache below is made and read under the same flags; workers share them.
v8.setFlagsFromString('--interrupt-budget=1000000');

const DIST = path.join(__dirname, '..', 'dist');
/** Caches of other builds kept in the cache folder (each ~0.4 MB; PDF.js's ~3 MB). */
const KEEP_OTHER_CACHES = 8;
/** Where parallel.ts finds this loader, to start worker threads through it (and a worker, to write its cache). */
const LOADER = Symbol.for('gknb.codeCacheLoader');
/**
 * What parallel.ts (WORKER_ARGUMENT) puts in a worker thread's argv: only such a thread loads worker_threads to
 * read its workerData, a one-report run does not load it (~4 ms).
 */
const inWorker = process.argv.includes('--gknb-worker-thread');
const threads = () => require('worker_threads');

function cacheFolder() {
  if (process.env.GKNB_CACHE_DIR) return process.env.GKNB_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : os.tmpdir());
  return path.join(base, 'gknb');
}

let builtIds;
/**
 * The bundle's identity, for the cache's name: a cache accepted for other code would run that code. The
 * build writes each bundle's crc32 to dist/bundle-ids.json; when that is missing or older than the bundle
 * (rebuilt by other means), the crc32 is computed here (loading zlib costs a few milliseconds).
 */
function bundleId(file, bytes) {
  const name = path.basename(file);
  try {
    builtIds ??= { ids: JSON.parse(fs.readFileSync(path.join(DIST, 'bundle-ids.json'), 'utf8')), mtime: fs.statSync(path.join(DIST, 'bundle-ids.json')).mtimeMs };
    const id = builtIds.ids[name];
    if (id && id.size === bytes.length && fs.statSync(file).mtimeMs <= builtIds.mtime) return id.crc32;
  } catch { builtIds = { ids: {}, mtime: 0 }; }
  return require('zlib').crc32(bytes).toString(16);
}

const written = [];

function compileWithCache(mod, file) {
  const bytes = fs.readFileSync(file);
  // Named by the bundle's content and by Node (V8 rejects another version's cache anyway); installs of
  // the same build share it.
  const base = path.basename(file, '.js');
  const name = `${base}-${bundleId(file, bytes)}-${bytes.length}-${process.version}-${process.arch}.v8`;
  const dir = cacheFolder();
  let cached;
  try { cached = fs.readFileSync(path.join(dir, name)); } catch { /* first run of this build */ }
  const script = new vm.Script(Module.wrap(bytes.toString('utf8')), {
    filename: file, cachedData: cached, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const fresh = !cached || script.cachedDataRejected;
  if (process.env.GKNB_TRACE_CODE_CACHE) process.stderr.write(`gknb: code cache ${!cached ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used'} (${base}.js${inWorker ? ' in a worker' : ''})\n`);
  const fn = script.runInThisContext();
  // From here on a failure is the bundle's own (it ran): not to be retried by Node's loader.
  mod.gknbCompiled = true;
  fn.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  // Written at exit, so that it holds what this run compiled while checking, not only the top level.
  if (fresh) written.push({ script, dir, name, base });
}

function writeCaches() {
  for (const { script, dir, name, base } of written.splice(0)) {
    try {
      fs.mkdirSync(dir, { recursive: true });
      const tmp = path.join(dir, `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}`);
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, path.join(dir, name));
      // Other builds' caches of this bundle: the newest few stay (several installs or versions may be in use).
      const others = fs.readdirSync(dir).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.v8') && f !== name)
        .map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs }));
      for (const o of others.sort((a, b) => b.t - a.t).slice(KEEP_OTHER_CACHES)) fs.rmSync(path.join(dir, o.f), { force: true });
    } catch { /* an unwritable cache folder: the next run compiles again */ }
  }
}

/** Every bundle of dist/ required from now on in this thread is compiled with the code cache. */
function installCodeCache() {
  if (process.env.GKNB_NO_CODE_CACHE || globalThis[LOADER]) return;
  const plain = Module._extensions['.js'];
  Module._extensions['.js'] = function (mod, file) {
    if (path.dirname(file) !== DIST) return plain(mod, file);
    try {
      return compileWithCache(mod, file);
    } catch (e) {
      // Only a failure before the bundle ran (reading it, the cache folder) is compiled around.
      if (mod.gknbCompiled) throw e;
      return plain(mod, file);
    }
  };
  globalThis[LOADER] = { file: __filename, writeCaches };
  process.once('exit', writeCaches);
}

module.exports = { installCodeCache };

if (inWorker && !threads().isMainThread && typeof threads().workerData?.gknbWorkerBundle === 'string') {
  // A worker thread of the CLI (server/src/cli/parallel.ts startWorker): its bundle, from dist/ only, through the cache.
  installCodeCache();
  require(path.join(DIST, path.basename(threads().workerData.gknbWorkerBundle)));
} else if (require.main === module) {
  installCodeCache();
  require(path.join(DIST, 'cli.js')).main();
}
