// Starts code-server on 127.0.0.1 in its own process group with a fresh, offline-safe profile, and
// stops the whole group. Builds the workbench URL that loads an extension unpacked (and optionally
// an extension test runner) through the URL payload.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CACHE, CODE_SERVER_ENTRY, log } from './provision.mjs';

export const RUNS = join(CACHE, 'runs');

/** Settings that keep VS Code from reaching the internet and from showing first-run noise. */
export const OFFLINE_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'telemetry.feedback.enabled': false,
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'npm.fetchOnlinePackageInfo': false,
  'json.schemaDownload.enable': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'typescript.surveys.enabled': false,
  'chat.commandCenter.enabled': false,
  'security.workspace.trust.enabled': false,
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Removes run folders left behind by runs that were killed (older than a day). */
function pruneOldRuns() {
  let entries = [];
  try {
    entries = readdirSync(RUNS);
  } catch {
    return;
  }
  for (const name of entries) {
    const dir = join(RUNS, name);
    try {
      if (Date.now() - statSync(dir).mtimeMs > 24 * 3600_000) rmSync(dir, { recursive: true, force: true });
    } catch {
      /* gone */
    }
  }
}

/**
 * Starts code-server. Options: name (run folder label), port, settings (extra user settings),
 * extensionsDir (default: an empty one per run), env (extra environment for the server and its
 * extension hosts), args (more code-server flags, e.g. ['--log', 'trace']), logToConsole (mirror the server's output).
 */
export async function startCodeServer(options = {}) {
  pruneOldRuns();
  const id = `${options.name ?? 'run'}-${Date.now().toString(36)}-${process.pid}`;
  const runDir = join(RUNS, id);
  const userDataDir = join(runDir, 'user-data');
  const home = join(runDir, 'home');
  // TMPDIR holds VS Code's IPC sockets, whose paths must stay under 108 characters: a short one.
  const tmp = mkdtempSync(join(tmpdir(), 'pa-vsc-'));
  const extensionsDir = options.extensionsDir ?? join(runDir, 'extensions');
  for (const d of [join(userDataDir, 'User'), home, tmp, extensionsDir]) mkdirSync(d, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...OFFLINE_SETTINGS, ...options.settings }, null, 2));
  const port = options.port ?? (await freePort());
  const env = {
    ...process.env,
    ...options.env,
    HOME: home,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    EXTENSIONS_GALLERY: '{}',
    VSCODE_PROXY_URI: '',
  };
  // npm's own variables would leak into the extension host's child processes.
  for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
    '--config',
    join(runDir, 'config.yaml'),
    ...(options.args ?? []),
  ];
  writeFileSync(join(runDir, 'config.yaml'), 'auth: none\ncert: false\n');
  const logFile = join(runDir, 'code-server.log');
  const logStream = createWriteStream(logFile);
  // detached: the server becomes the leader of a new session and process group (setsid), so the
  // whole tree (extension hosts, language servers, tsservers) is stopped with one group kill.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(logStream, { end: false });
  child.stderr.pipe(logStream, { end: false });
  if (options.logToConsole) {
    child.stdout.pipe(process.stderr, { end: false });
    child.stderr.pipe(process.stderr, { end: false });
  }
  let exited = false;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => ((exited = true), resolve({ code, signal }))));

  const server = {
    port,
    pid: child.pid,
    runDir,
    userDataDir,
    extensionsDir,
    logFile,
    env,
    base: `http://127.0.0.1:${port}`,
    exited: exitPromise,
    /** The workbench URL: a folder to open and the payload (extensionDevelopmentPath, extensionTestsPath). */
    url({ folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
      const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
      const payload = [];
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      const q = new URLSearchParams();
      if (folder) q.set('folder', folder);
      if (payload.length) q.set('payload', JSON.stringify(payload));
      return `${this.base}/?${q.toString().replace(/%2F/g, '/')}`;
    },
    /** Stops the server and everything it started (its process group): SIGTERM, then SIGKILL. */
    async stop({ keepRunDir = false } = {}) {
      killGroup(child.pid, 'SIGTERM');
      const done = await Promise.race([exitPromise.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
      if (!done) log(`code-server (pid ${child.pid}) did not stop on SIGTERM; killing its group`);
      // Whatever is left in the group (a language server, a tsserver) goes too.
      killGroup(child.pid, 'SIGKILL');
      await new Promise((r) => logStream.end(r));
      rmSync(tmp, { recursive: true, force: true });
      if (!keepRunDir) rmSync(runDir, { recursive: true, force: true });
    },
    /** Synchronous last resort, for process 'exit' handlers. */
    killNow() {
      killGroup(child.pid, 'SIGKILL');
    },
  };

  // Ready when /healthz answers.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited at start; see ${logFile}:\n${tailOf(logFile)}`);
    try {
      const res = await fetch(`${server.base}/healthz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await server.stop({ keepRunDir: true });
      throw new Error(`code-server did not answer /healthz within 60 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return server;
}

export function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

function tailOf(file) {
  const r = spawnSync('tail', ['-n', '30', file], { encoding: 'utf8' });
  return r.stdout ?? '';
}

/** Installs a .vsix into an extensions folder with code-server's own CLI (offline). */
export function installVsix(vsix, extensionsDir) {
  mkdirSync(extensionsDir, { recursive: true });
  const home = `${extensionsDir}-home`;
  mkdirSync(home, { recursive: true });
  const r = spawnSync(
    process.execPath,
    [CODE_SERVER_ENTRY, '--extensions-dir', extensionsDir, '--user-data-dir', join(home, 'user-data'), '--install-extension', vsix, '--force'],
    { encoding: 'utf8', env: { ...process.env, HOME: home, TMPDIR: home, EXTENSIONS_GALLERY: '{}' }, timeout: 120_000 },
  );
  if (r.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}
