#!/usr/bin/env node
// The gknb command line; the code is bundled by `npm run build` into dist/cli.js.
//
// Compiling the 390 KB bundle and the functions a check runs is a third of a one-report run, so the
// bundle is loaded with V8's code cache: the bytecode compiled in one run (the functions compiled
// lazily while checking included) is kept in a cache folder and reused by the next run. A missing,
// stale or rejected cache only means compiling as Node would; GKNB_NO_CODE_CACHE=1 turns it off.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const zlib = require('zlib');
const Module = require('module');
const v8 = require('v8');

// A check is a short run: V8's optimising compiler, started at its default budget, spends more (on
// both cores) than its code saves before the process ends; waiting for functions that are really
// hot halved the CPU time of 400 reports (bench/README.md). Set before any code of the bundle is
// compiled, so that the code cache below is made and read under the same flags; workers share them.
v8.setFlagsFromString('--interrupt-budget=1000000');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
/** Caches of other builds kept in the cache folder (each ~0.4 MB). */
const KEEP_OTHER_CACHES = 4;

function cacheFolder() {
  if (process.env.GKNB_CACHE_DIR) return process.env.GKNB_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : os.tmpdir());
  return path.join(base, 'gknb');
}

function loadWithCodeCache(file) {
  const bytes = fs.readFileSync(file);
  // Named by the bundle's content (a cache accepted for other code would run that code) and by Node
  // (V8 rejects another version's cache anyway); installs of the same build share it.
  const name = `cli-${zlib.crc32(bytes).toString(16)}-${bytes.length}-${process.version}-${process.arch}.v8`;
  const dir = cacheFolder();
  let cached;
  try { cached = fs.readFileSync(path.join(dir, name)); } catch { /* first run of this build */ }
  const script = new vm.Script(Module.wrap(bytes.toString('utf8')), { filename: file, cachedData: cached });
  const fresh = !cached || script.cachedDataRejected;
  if (process.env.GKNB_TRACE_CODE_CACHE) process.stderr.write(`gknb: code cache ${!cached ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  Module._cache[file] = mod;
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  if (fresh) {
    // Written at exit, so that it holds what this run compiled while checking, not only the top level.
    process.once('exit', () => {
      try {
        fs.mkdirSync(dir, { recursive: true });
        const tmp = path.join(dir, `.${name}.${process.pid}`);
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, path.join(dir, name));
        // Other builds' caches: the newest few stay (several installs or versions may be in use).
        const others = fs.readdirSync(dir).filter((f) => f.startsWith('cli-') && f.endsWith('.v8') && f !== name)
          .map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs }));
        for (const o of others.sort((a, b) => b.t - a.t).slice(KEEP_OTHER_CACHES)) fs.rmSync(path.join(dir, o.f), { force: true });
      } catch { /* an unwritable cache folder: the next run compiles again */ }
    });
  }
  return mod.exports;
}

function load() {
  if (process.env.GKNB_NO_CODE_CACHE) return require(bundle);
  try {
    return loadWithCodeCache(bundle);
  } catch (e) {
    // Only a failure to read the bundle lands here before it ran: let require report it as usual.
    if (Module._cache[bundle]) throw e;
    return require(bundle);
  }
}

load().main();
