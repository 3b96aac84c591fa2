// Loaded with --require into a measured child: at exit, writes to BENCH_RSS_FILE (JSON) its peak resident set size
// (KB), CPU time of all threads (µs), and from /proc/self/schedstat the main thread's time on a CPU and time spent
// waiting for one (ns; Linux only), which tells how much other work on the machine slowed the run.
'use strict';
const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      const fs = require('node:fs');
      const u = process.resourceUsage();
      let sched;
      try {
        const [onCpu, waiting] = fs.readFileSync('/proc/self/schedstat', 'utf8').trim().split(/\s+/).map(Number);
        sched = { onCpu, waiting };
      } catch {
        /* not Linux */
      }
      fs.writeFileSync(file, JSON.stringify({ maxRSS: u.maxRSS, user: u.userCPUTime, system: u.systemCPUTime, sched }));
    } catch {
      /* nothing to report to */
    }
  });
}
