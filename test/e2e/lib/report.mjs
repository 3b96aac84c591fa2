// Prints suite results (from the reporter's JSON files) and the closing "N passed, N failed" line.

/** A one-test result standing for a suite that could not run to its end. */
export function failedSuite(suite, title, error, durationMs = 0) {
  return { suite, passed: 0, failed: 1, pending: 0, durationMs, tests: [{ title, fullTitle: `${suite}: ${title}`, state: 'failed', error: String(error) }] };
}

/** Prints every suite's tests and returns { passed, failed, pending }; the last line printed is the closing line. */
export function printResults(all, timings = {}, started = Date.now()) {
  let passed = 0;
  let failed = 0;
  let pending = 0;
  const out = (s) => process.stdout.write(s);
  out('\nEnd-to-end results\n');
  for (const r of all) {
    out(`\n  ${r.suite} (${((r.durationMs ?? 0) / 1000).toFixed(1)} s)\n`);
    for (const test of r.tests) {
      const mark = test.state === 'passed' ? 'ok  ' : test.state === 'pending' ? 'skip' : 'FAIL';
      out(`    ${mark} ${test.fullTitle ?? test.title}\n`);
      if (test.state === 'failed' && test.error) out(test.error.split('\n').map((l) => `         ${l}`).join('\n') + '\n');
    }
    passed += r.passed;
    failed += r.failed;
    pending += r.pending ?? 0;
  }
  const fmt = (ms) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`);
  out(`\ntimings: ${[...Object.entries(timings).map(([k, v]) => `${k} ${fmt(v)}`), `total ${fmt(Date.now() - started)}`].join(', ')}\n`);
  out(`${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}\n`);
  return { passed, failed, pending };
}
