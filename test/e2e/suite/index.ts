/**
 * The extension test runner that VS Code loads in the extension host (payload extensionTestsPath,
 * or @vscode/test-electron's extensionTestsPath): runs mocha over the suite named by E2E_SUITE
 * ("main", the default, or "vsix" for the packaged extension) and resolves when it passes.
 */
import Mocha from 'mocha';
import * as path from 'node:path';
import { FileReporter } from './reporter';

const SUITES: Record<string, string[]> = {
  main: ['extension.e2e.js'],
  vsix: ['vsix.e2e.js'],
};

export function run(): Promise<void> {
  const suite = process.env.E2E_SUITE ?? 'main';
  const files = SUITES[suite];
  if (!files) return Promise.reject(new Error(`unknown E2E_SUITE ${suite}; known: ${Object.keys(SUITES).join(', ')}`));
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    // An upper bound for a test that waits on events, not a pause: on 2 cores VS Code's own
    // TypeScript servers start beside ours.
    timeout: 120_000,
    reporter: FileReporter,
    reporterOptions: { output: process.env.E2E_RESULTS, suite },
  });
  for (const f of files) mocha.addFile(path.resolve(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
