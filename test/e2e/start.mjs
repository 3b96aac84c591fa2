// `npm start`: a real VS Code (code-server, in the browser) with this extension loaded unpacked and
// the demo workspace open. Provisions code-server once into .vscode-test/ (later starts take seconds),
// prints the URL and waits; Ctrl+C stops it and everything it started.
//
//   npm start                      # a free port
//   PORT=8080 npm start            # a fixed port
//   npm start -- path/to/folder    # another folder than examples/demo
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureCodeServer, log, ProvisionError, ROOT } from './lib/provision.mjs';
import { startCodeServer } from './lib/codeServer.mjs';

const folder = resolve(ROOT, process.argv[2] ?? 'examples/demo');
const started = Date.now();

let server;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (server) {
    log('stopping code-server and everything it started');
    await server.stop();
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
process.on('SIGHUP', () => void stop(0));
process.on('exit', () => server?.killNow());

try {
  log('building the extension (npm run build)');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  await ensureCodeServer();
  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  server = await startCodeServer({
    name: 'start',
    port,
    // The demo lives inside this repository: no prompt to open the parent repository in Source Control.
    settings: { 'git.openRepositoryInParentFolders': 'never' },
    logToConsole: process.env.E2E_VERBOSE === '1',
  });
  const url = server.url({ folder, extensionDevelopmentPath: ROOT });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    [
      '',
      `VS Code ${'(code-server)'} is running with Privacy Annotations loaded from ${ROOT}`,
      `and ${folder} open (ready in ${seconds} s). Open this URL in a browser on this machine:`,
      '',
      `  ${url}`,
      '',
      'After editing the extension: `npm run build` in another terminal, then "Developer: Reload Window".',
      `Server log: ${server.logFile}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const { code, signal } = await server.exited;
  if (!stopping) {
    log(`code-server exited on its own (${signal ?? `exit code ${code}`}); see ${server.logFile}`);
    stopping = true;
    await server.stop({ keepRunDir: true });
    process.exit(1);
  }
} catch (err) {
  if (err instanceof ProvisionError) {
    process.stderr.write(`\nCannot provision VS Code for \`npm start\`:\n${err.message}\n`);
    await stop(2);
  }
  process.stderr.write(`\n${err?.stack ?? err}\n`);
  await stop(1);
}
