// `npm run test:electron`: the same in-VS Code suite (test/e2e/suite, E2E_SUITE=main) through
// @vscode/test-electron, i.e. a desktop VS Code. It needs a VS Code executable: VSCODE_EXECUTABLE, a
// usual install location, or a download (internet). Where none is possible (as on the project's
// offline machines) it says so and exits 0; `npm run test:e2e` is the suite that runs there.
import { spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, CACHE, log } from './lib/provision.mjs';
import { copyDemo, SUITE_RUNNER } from './lib/hostSuite.mjs';
import { failedSuite, printResults } from './lib/report.mjs';

const started = Date.now();
const KNOWN_LOCATIONS = {
  linux: ['/usr/share/code/code', '/usr/lib/code/code', '/opt/visual-studio-code/code', '/snap/code/current/usr/share/code/code'],
  darwin: ['/Applications/Visual Studio Code.app/Contents/MacOS/Electron', '/Applications/Visual Studio Code.app/Contents/MacOS/Code'],
  win32: [join(process.env.LOCALAPPDATA ?? '', 'Programs', 'Microsoft VS Code', 'Code.exe'), 'C:\\Program Files\\Microsoft VS Code\\Code.exe'],
};

async function canDownload() {
  if (process.env.E2E_OFFLINE === '1') return false;
  try {
    await Promise.race([lookup('update.code.visualstudio.com'), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000))]);
    return true;
  } catch {
    return false;
  }
}

function skip(reason) {
  process.stdout.write(
    `test:electron skipped: ${reason}\n` +
      'It needs a desktop VS Code: set VSCODE_EXECUTABLE=/path/to/code (the Electron binary), install VS Code, or run with internet access ' +
      '(@vscode/test-electron downloads one into .vscode-test/). Without them, `npm run test:e2e` runs the same suite in code-server.\n',
  );
  process.exit(0);
}

let executable = process.env.VSCODE_EXECUTABLE;
if (executable && !existsSync(executable)) {
  process.stderr.write(`VSCODE_EXECUTABLE=${executable} does not exist\n`);
  process.exit(1);
}
executable ??= (KNOWN_LOCATIONS[process.platform] ?? []).find((p) => existsSync(p));
if (!executable && !(await canDownload())) skip('no VSCODE_EXECUTABLE, no VS Code installed, and update.code.visualstudio.com cannot be reached (offline).');
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  skip('a desktop VS Code needs a display on Linux, and DISPLAY is not set (run it under `xvfb-run -a npm run test:electron`).');
}

log('building the extension and the suite');
for (const args of [['run', '--silent', 'build'], ['exec', '--', 'tsc', '-p', 'test/e2e/tsconfig.json']]) {
  const r = spawnSync('npm', args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const { runTests } = await import('@vscode/test-electron');
const results = join(CACHE, 'results', 'electron.json');
rmSync(results, { force: true });
const workspace = copyDemo();
let all;
try {
  await runTests({
    ...(executable ? { vscodeExecutablePath: executable } : { version: 'stable', cachePath: CACHE }),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: SUITE_RUNNER,
    extensionTestsEnv: { E2E_SUITE: 'main', E2E_RESULTS: results },
    launchArgs: [workspace.folder, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  all = [JSON.parse(readFileSync(results, 'utf8'))];
} catch (err) {
  all = existsSync(results) ? [JSON.parse(readFileSync(results, 'utf8'))] : [failedSuite('electron', 'the suite ran', err?.stack ?? err, Date.now() - started)];
} finally {
  workspace.dispose();
}
const { failed } = printResults(all, {}, started);
process.exit(failed > 0 ? 1 : 0);
