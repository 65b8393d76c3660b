#!/usr/bin/env node
// The whole test suite, as `npm test` runs it: installs the editors it needs (idempotent), builds,
// type-checks, then runs the unit/property/CLI/LSP/Neovim tests (mocha), the VS Code suite inside
// a real VS Code (code-server), and the UI tests in its workbench. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2); // e.g. `npm test -- unit` runs one stage
const stages = [];
let passed = 0;
let failed = 0;

function run(name, cmd, args, parse) {
  if (only.length && !only.includes(name)) return;
  const t = Date.now();
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(r.stdout ?? '');
  const counts = parse ? parse(r.stdout ?? '') : undefined;
  const ok = r.status === 0;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  if (!ok && (!counts || counts.failed === 0)) failed += 1; // a stage that failed outside its tests
  stages.push(`${ok ? 'ok  ' : 'FAIL'} ${name}${counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : ''} ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return ok;
}

const mochaCounts = (out) => ({
  passed: Number(/(\d+) passing/.exec(out)?.[1] ?? 0),
  failed: Number(/(\d+) failing/.exec(out)?.[1] ?? 0),
});
const harnessCounts = (out) => {
  const m = /^(\d+) passed, (\d+) failed$/m.exec(out);
  return { passed: Number(m?.[1] ?? 0), failed: Number(m?.[2] ?? 0) };
};

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const setupOk = run('setup', 'bash', ['test/setup/install-editors.sh']);
const buildOk = run('build', process.execPath, ['scripts/build.mjs']);
const typesOk = run('typecheck', npx, ['tsc', '-b']);
if (buildOk !== false && typesOk !== false) {
  // test/mocha-all.json lists every mocha suite; .mocharc.json has none, so `npx mocha <file>` runs just that file.
  run('unit', npx, ['mocha', '--config', 'test/mocha-all.json'], mochaCounts);
  if (setupOk !== false) {
    run('vscode', process.execPath, ['test/vscode/harness/run.mjs', 'test/vscode/suite'], harnessCounts);
    // gknb.vsix as packaged and checked by the unit stage (test/unit/package.test.ts), installed into code-server.
    run('vsix', process.execPath, ['test/vscode/harness/run.mjs', '--extension', 'test-output/vsix/gknb.vsix', 'test/vscode/vsix'], harnessCounts);
    run('ui', process.execPath, ['test/vscode/ui/ui.mjs'], harnessCounts);
    run('ui-zh-cn', process.execPath, ['test/vscode/ui/zh-cn-and-colours.mjs'], harnessCounts);
    run('ui-tableview', process.execPath, ['test/vscode/ui/table-view.mjs'], harnessCounts);
    run('ui-documents', process.execPath, ['test/vscode/ui/documents-ui.mjs'], harnessCounts);
  }
}
console.log('\n' + stages.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
