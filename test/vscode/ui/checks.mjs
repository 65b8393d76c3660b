// One UI check as every UI test script runs it: the step's result recorded, a line printed, and a
// screenshot of the workbench when it fails (test-output/vscode/<prefix>-failure-<n>.png).
import path from 'node:path';

/** `workbench()` returns the running workbench (or undefined before it started). */
export function uiChecks(prefix, workbench) {
  const results = [];
  async function check(name, fn) {
    const t = Date.now();
    try {
      await fn();
      results.push(true);
      console.log(`  pass  ${name} (${Date.now() - t} ms)`);
    } catch (err) {
      results.push(false);
      console.log(`  FAIL  ${name}\n        ${String(err?.message ?? err).split('\n')[0]}`);
      const shot = await workbench()?.screenshot(`${prefix}-failure-${results.length}`).catch(() => undefined);
      if (shot) console.log(`        screenshot ${path.relative(process.cwd(), shot)}`);
    }
  }
  return { results, check };
}
