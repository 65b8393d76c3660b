/**
 * What the corpus commands that run the engine (eval.mjs, perturb.mjs) share: their `--name value` options, the
 * compile they do first unless `--no-build`, and the compiled engine and evaluation they load.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..');
const args = process.argv.slice(2);
/** Every value given to `--name` on the command line, in order. */
export const values = (name) => args.flatMap((a, i) => (a === `--${name}` && args[i + 1] ? [args[i + 1]] : []));

/** The compiled engine and evaluation (test/helpers/corpusEval.ts), compiled first by the project's own build. */
export function compiled() {
  if (!args.includes('--no-build')) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', path.join(ROOT, 'test')], { stdio: 'inherit', cwd: ROOT });
  }
  const require = createRequire(import.meta.url);
  const out = (...p) => require(path.join(ROOT, 'out', ...p));
  return { ev: out('test', 'helpers', 'corpusEval.js'), out };
}
