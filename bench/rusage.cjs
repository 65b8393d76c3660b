// Fallback when /usr/bin/time is missing: `node --require bench/rusage.cjs script …` writes the
// process's resource usage (maxRSS in KiB, CPU in µs) as JSON to $GKNB_BENCH_RUSAGE at exit.
const fs = require('fs');
process.on('exit', () => {
  const file = process.env.GKNB_BENCH_RUSAGE;
  if (!file) return;
  const u = process.resourceUsage();
  fs.writeFileSync(file, JSON.stringify({ maxRSS: u.maxRSS, userCPUTime: u.userCPUTime, systemCPUTime: u.systemCPUTime }) + '\n');
});
