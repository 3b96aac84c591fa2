// `npm run test:e2e`: the extension in a real VS Code (code-server 4.100.3 + headless Debian Chromium).
//   1. main  - the mocha suite test/e2e/suite/extension.e2e.ts inside the extension host, extension
//              loaded unpacked from this repo, on a temp copy of examples/demo;
//   2. ui    - test/e2e/ui/workbench.ui.mjs: Playwright drives the workbench as a person would and
//              saves docs/images/{problems,hover,quickfix,datamap}.png;
//   3. vsix  - the .vsix from `npm run package`, installed with `code-server --install-extension`
//              into its own extensions folder, checked by test/e2e/suite/vsix.e2e.ts.
// Results come from files written by a mocha reporter; the last line is "N passed, N failed".
// E2E_ONLY=main,ui,vsix picks suites; E2E_SKIP_BUILD=1 reuses dist/ and out/; E2E_VERBOSE=1 shows more.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureCodeServer, log, ProvisionError, ROOT } from './lib/provision.mjs';
import { installVsix, RUNS } from './lib/codeServer.mjs';
import { runSuiteInHost } from './lib/hostSuite.mjs';
import { failedSuite, printResults } from './lib/report.mjs';

const started = Date.now();
const only = new Set((process.env.E2E_ONLY ?? 'main,ui,vsix').split(',').map((s) => s.trim()).filter(Boolean));
const timings = {};

function npm(...args) {
  const t = Date.now();
  const r = spawnSync('npm', ['run', '--silent', ...args], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`npm run ${args.join(' ')} failed (${r.status})`);
  return Date.now() - t;
}

/** Compiles the in-VS Code suites only (test/e2e/tsconfig.json), whatever the state of other tests. */
function tsc() {
  const t = Date.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'test', 'e2e', 'tsconfig.json')], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`tsc -p test/e2e/tsconfig.json failed (${r.status})`);
  return Date.now() - t;
}

function vsixPath() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
}

async function runUiSuite() {
  const t = Date.now();
  const require = createRequire(import.meta.url);
  const Mocha = require('mocha');
  const { FileReporter } = require(join(ROOT, 'out', 'test', 'e2e', 'suite', 'reporter.js'));
  const output = join(ROOT, '.vscode-test', 'results', 'ui.json');
  rmSync(output, { force: true });
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 180_000, bail: true, reporter: FileReporter, reporterOptions: { output, suite: 'ui' } });
  mocha.addFile(join(ROOT, 'test', 'e2e', 'ui', 'workbench.ui.mjs'));
  await mocha.loadFilesAsync();
  await new Promise((resolve) => mocha.run(resolve));
  if (!existsSync(output)) return failedSuite('ui', 'results written', `no results file ${output}`, Date.now() - t);
  return JSON.parse(readFileSync(output, 'utf8'));
}

const all = [];
let exitCode = 0;
try {
  // The .vsix first: vscode:prepublish makes a minified dist/, which the development build below replaces.
  if (only.has('vsix')) timings.package = npm('package');
  if (process.env.E2E_SKIP_BUILD !== '1') {
    timings.build = npm('build');
    timings.compileTests = tsc();
  }
  let t = Date.now();
  await ensureCodeServer();
  ensureChromium();
  timings.provision = Date.now() - t;

  if (only.has('main')) {
    const r = await runSuiteInHost({ suite: 'main', extensionDevelopmentPath: ROOT });
    all.push(r);
    timings.main = r.durationMs;
  }
  if (only.has('ui')) {
    const r = await runUiSuite();
    all.push(r);
    timings.ui = r.durationMs;
  }
  if (only.has('vsix')) {
    t = Date.now();
    const extensionsDir = join(RUNS, `vsix-extensions-${process.pid}`);
    rmSync(extensionsDir, { recursive: true, force: true });
    mkdirSync(extensionsDir, { recursive: true });
    try {
      installVsix(vsixPath(), extensionsDir);
      // VS Code runs extension tests only for an extension development window: an empty stub extension
      // makes it one, while Privacy Annotations itself comes from the installed .vsix.
      const stub = join(extensionsDir, '..', `vsix-stub-${process.pid}`);
      mkdirSync(stub, { recursive: true });
      writeFileSync(join(stub, 'package.json'), JSON.stringify({ name: 'e2e-test-host', publisher: 'e2e', version: '0.0.0', engines: { vscode: '*' } }));
      const r = await runSuiteInHost({ suite: 'vsix', extensionsDir, extensionDevelopmentPath: stub, env: { E2E_EXTENSIONS_DIR: extensionsDir } });
      rmSync(stub, { recursive: true, force: true });
      all.push(r);
    } catch (err) {
      all.push(failedSuite('vsix', 'the .vsix installs', err?.stack ?? err));
    } finally {
      rmSync(`${extensionsDir}-home`, { recursive: true, force: true });
      rmSync(extensionsDir, { recursive: true, force: true });
    }
    timings.vsix = Date.now() - t;
  }
} catch (err) {
  if (err instanceof ProvisionError) process.stderr.write(`\nCannot provision VS Code for the end-to-end tests:\n${err.message}\n`);
  else process.stderr.write(`\n${err?.stack ?? err}\n`);
  all.push(failedSuite('setup', 'build and provisioning', err?.message ?? err));
  exitCode = 1;
}

const { failed } = printResults(all, timings, started);
if (failed > 0 || all.length === 0) exitCode = 1;
process.exit(exitCode);
