// Load time of the extension bundle, as a stand-in for activation time outside a real editor:
// a fresh Node process, `vscode` answered by a stub through a Module._load hook, then
// require(dist/client.js) timed. activate() is not called (with a fake vscode it means nothing).
//   node bench/activation.cjs dist/client.js   → {"loadMs": …}
const Module = require('module');
const path = require('path');
const { performance } = require('perf_hooks');

// A stub that survives any property access, call or `new` at load time.
const stub = new Proxy(function vscode() {}, {
  get: (_t, p) => (p === 'then' || p === '__esModule' || typeof p === 'symbol' ? undefined : stub),
  apply: () => stub,
  construct: () => stub,
});
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return stub;
  return load.call(this, request, parent, isMain);
};

const file = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist', 'client.js'));
const t0 = performance.now();
const ext = require(file);
const loadMs = performance.now() - t0;
console.log(JSON.stringify({ loadMs, exportsActivate: typeof ext.activate === 'function' }));
