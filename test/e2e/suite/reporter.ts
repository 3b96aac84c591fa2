/**
 * A mocha reporter that prints like `spec` and writes every result to a JSON file (the path comes from
 * reporterOptions.output or E2E_RESULTS), so the runner outside VS Code reads results from a file
 * instead of parsing the extension host's console.
 */
import Mocha from 'mocha';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface TestResult {
  title: string;
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResults {
  suite: string;
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  tests: TestResult[];
}

const { EVENT_RUN_END, EVENT_TEST_FAIL, EVENT_TEST_PASS, EVENT_TEST_PENDING } = Mocha.Runner.constants;

export class FileReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    super(runner, options);
    const output: string | undefined = options.reporterOptions?.output ?? process.env.E2E_RESULTS;
    const suiteName: string = options.reporterOptions?.suite ?? 'e2e';
    const tests: TestResult[] = [];
    const started = Date.now();
    runner.on(EVENT_TEST_PASS, (t) => tests.push({ title: t.title, fullTitle: t.fullTitle(), state: 'passed', durationMs: t.duration }));
    runner.on(EVENT_TEST_PENDING, (t) => tests.push({ title: t.title, fullTitle: t.fullTitle(), state: 'pending' }));
    runner.on(EVENT_TEST_FAIL, (t, err: Error) =>
      tests.push({ title: t.title, fullTitle: t.fullTitle(), state: 'failed', durationMs: t.duration, error: err?.stack ?? String(err) }),
    );
    runner.once(EVENT_RUN_END, () => {
      if (!output) return;
      const results: SuiteResults = {
        suite: suiteName,
        passed: tests.filter((t) => t.state === 'passed').length,
        failed: tests.filter((t) => t.state === 'failed').length,
        pending: tests.filter((t) => t.state === 'pending').length,
        durationMs: Date.now() - started,
        tests,
      };
      mkdirSync(dirname(output), { recursive: true });
      writeFileSync(output, JSON.stringify(results, null, 2));
    });
  }
}
