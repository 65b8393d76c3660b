/**
 * Loading a module only when it is needed. Built, a heavy module is a bundle of its own beside this one
 * (dist/readers.js, dist/reader-pdf.js), which the require below finds at run time — esbuild leaves a
 * computed require alone instead of inlining it; compiled by tsc (tests), it is the module itself.
 */
import fs = require('fs');
import path = require('path');

export function loadLazily<T>(bundle: string, compiled: string, from: string): T {
  const load = require;
  const bundled = path.join(from, bundle);
  return load(fs.existsSync(bundled) ? bundled : path.join(from, compiled)) as T;
}
