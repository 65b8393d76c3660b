// What the in-process A/B benches (ab.mjs, ab-layouts.mjs) share: their command line (label=checkout …, --rounds N,
// --cpu), each checkout's compiled engine, the clock and the median.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);

/** The builds to compare, the rounds, and the clock; prints `usage` and exits when no build is named. */
export function abSetup(usage) {
  const argv = process.argv.slice(2);
  const rounds = argv.includes('--rounds') ? Number(argv[argv.indexOf('--rounds') + 1]) : 7;
  const builds = argv.filter((a) => a.includes('=')).map((a) => {
    const [label, dir] = a.split('=');
    return { label, engine: require(join(resolve(dir), 'out', 'server', 'src', 'engine', 'index.js')) };
  });
  if (builds.length < 1) {
    console.error(usage);
    process.exit(2);
  }
  // --cpu: the process's CPU time (user + system, µs) instead of the wall clock: on a machine shared with other
  // work a check preempted halfway counts only what it ran (the GC's helper threads count too, for every build alike).
  const now = argv.includes('--cpu') ? () => { const u = process.cpuUsage(); return u.user + u.system; } : () => Number(process.hrtime.bigint()) / 1e3;
  return { argv, rounds, builds, now };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
