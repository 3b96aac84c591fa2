// Runs a mocha suite INSIDE VS Code's extension host: code-server + a headless workbench page whose URL
// payload names extensionTestsPath (and extensionDevelopmentPath). The workbench calls
// window.codeAutomationExit(code) when the suite ends; results come from the reporter's JSON file.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeBrowser, launchBrowser } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';
import { log, ROOT } from './provision.mjs';
import { failedSuite } from './report.mjs';

export const TEST_SETTINGS = {
  'git.enabled': false,
  'workbench.editor.enablePreview': false,
};

export const SUITE_RUNNER = join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js');

/** A fresh copy of examples/demo in a temp folder (edits never touch the repo). */
export function copyDemo() {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-e2e-'));
  const folder = join(dir, 'demo');
  cpSync(join(ROOT, 'examples', 'demo'), folder, { recursive: true });
  return { folder, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

function failedRun(suite, reason, started) {
  return failedSuite(suite, 'the suite ran to its end', reason, Date.now() - started);
}

/**
 * options: suite (E2E_SUITE name), extensionDevelopmentPath (optional), extensionsDir (optional),
 * env (more environment for the extension host), timeoutMs.
 */
export async function runSuiteInHost(options) {
  const started = Date.now();
  const { suite } = options;
  const workspace = copyDemo();
  let server;
  let browser;
  let page;
  let keepRunDir = false;
  try {
    const resultsFile = join(ROOT, '.vscode-test', 'results', `${suite}.json`);
    rmSync(resultsFile, { force: true });
    server = await startCodeServer({
      name: `e2e-${suite}`,
      settings: TEST_SETTINGS,
      extensionsDir: options.extensionsDir,
      env: { E2E_SUITE: suite, E2E_RESULTS: resultsFile, ...options.env },
    });
    const consoleLog = join(server.runDir, 'workbench-console.log');
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    let exitResolve;
    const exited = new Promise((resolve) => (exitResolve = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => {
      exitResolve(Number(code));
    });
    page.on('console', (m) => appendFileSync(consoleLog, `[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => appendFileSync(consoleLog, `[pageerror] ${e.stack ?? e}\n`));
    const url = server.url({ folder: workspace.folder, extensionDevelopmentPath: options.extensionDevelopmentPath, extensionTestsPath: SUITE_RUNNER });
    log(`suite "${suite}": ${url}`);
    await page.goto(url);
    const timeoutMs = options.timeoutMs ?? 5 * 60_000;
    let timer;
    const outcome = await Promise.race([
      exited.then((code) => ({ code })),
      server.exited.then(({ code, signal }) => ({ error: `code-server exited during the suite (${signal ?? code})` })),
      new Promise((resolve) => (timer = setTimeout(() => resolve({ error: `no result after ${timeoutMs / 1000} s` }), timeoutMs))),
    ]);
    clearTimeout(timer);
    let results;
    if (existsSync(resultsFile)) results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    if (!results) {
      keepRunDir = true;
      const reason = outcome.error ?? `the workbench exited with code ${outcome.code} but the suite wrote no results (did it load?)`;
      return failedRun(suite, `${reason}\nlogs: ${server.runDir}\n${tail(consoleLog, 40)}`, started);
    }
    if (outcome.error || (outcome.code !== 0) !== results.failed > 0) {
      keepRunDir = true;
      results.tests.push({ title: 'exit status agrees with the results', fullTitle: `${suite}: exit status`, state: 'failed', error: outcome.error ?? `codeAutomationExit(${outcome.code}) with ${results.failed} failed; logs: ${server.runDir}` });
      results.failed++;
    }
    if (results.failed > 0 || process.env.E2E_KEEP === '1') keepRunDir = true;
    results.durationMs = Date.now() - started;
    return results;
  } catch (err) {
    keepRunDir = true;
    return failedRun(suite, `${err?.stack ?? err}${server ? `\nlogs: ${server.runDir}` : ''}`, started);
  } finally {
    if (browser) await closeBrowser(browser, page);
    if (server) await server.stop({ keepRunDir });
    workspace.dispose();
  }
}

function tail(file, lines) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
