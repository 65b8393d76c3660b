/**
 * Loops standing for built-ins that Node 20 runs slowly on the engine's small arrays and objects (bench/README.md,
 * sixteenth pass). Each gives exactly what the built-in gives.
 */

/**
 * `xs.flatMap(f)`: each array `f` returns spread one level, any other value kept as it is. (The built-in, and `flat`,
 * cost ~3–4 µs on a handful of small arrays, ~20× this loop; the model's builders call it on every check.)
 */
export function flatMapped<T, U>(xs: readonly T[], f: (x: T, i: number) => U | readonly U[]): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) {
    const y = f(xs[i], i);
    if (Array.isArray(y)) for (let k = 0; k < y.length; k++) out.push(y[k]);
    else out.push(y as U);
  }
  return out;
}

/**
 * `{ ...base, ...extra }`: base's own keys in order, then extra's (a key base has keeps its place, with extra's
 * value). A spread that adds keys to a copy (`{ ...cell, table, column }`) takes V8's slow path, ~5 µs a copy;
 * this loop ~0.2 µs.
 */
export function spreadWith<T extends object, U extends object>(base: T, extra: U): Omit<T, keyof U> & U {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(base)) out[k] = base[k as keyof T];
  for (const k of Object.keys(extra)) out[k] = extra[k as keyof U];
  return out as Omit<T, keyof U> & U;
}
