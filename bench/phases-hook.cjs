// Preloaded by bench/phases.mjs (`node --require bench/phases-hook.cjs bin/gknb.js …`): marks the phases of one
// gknb run — Node's start, bin/gknb.js's own requires, reading and deserialising the bundle with its code cache,
// the bundle's top level, the check up to its output, writing, exit — as CPU and wall milliseconds since the process
// started, written as JSON to $GKNB_PHASES_OUT at exit. It wraps what bin/gknb.js calls (vm.Script, the script's
// function, process.stdout.write) and changes nothing the run computes.
'use strict';
const fs = require('fs');
const vm = require('vm');

const marks = [];
const mark = (name) => {
  const c = process.cpuUsage();
  marks.push({ name, wallMs: performance.now(), cpuMs: (c.user + c.system) / 1000 });
};
mark('node started');

const Script = vm.Script;
let bundles = 0;
vm.Script = function (source, options) {
  const named = typeof options?.filename === 'string' && /[\\/]dist[\\/]cli\.js$/.test(options.filename) && bundles++ === 0;
  if (named) mark('bin/gknb.js required its modules, read the bundle and its cache');
  const script = new Script(source, options);
  if (!named) return script;
  mark('code cache deserialised');
  const run = script.runInThisContext.bind(script);
  script.runInThisContext = (...args) => {
    const fn = run(...args);
    return function (...a) {
      const r = fn.apply(this, a);
      mark('bundle top level run');
      return r;
    };
  };
  return script;
};
vm.Script.prototype = Script.prototype;

const write = process.stdout.write.bind(process.stdout);
let written = false;
process.stdout.write = (chunk, ...rest) => {
  if (!written) mark('checked and formatted');
  const r = write(chunk, ...rest);
  if (!written) mark('written');
  written = true;
  return r;
};

process.on('exit', () => {
  mark('exit');
  if (process.env.GKNB_PHASES_OUT) fs.writeFileSync(process.env.GKNB_PHASES_OUT, JSON.stringify(marks));
});
