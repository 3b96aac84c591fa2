// Provisions what a real VS Code run needs on this machine kind (Debian 12, Node 20, offline but for
// the npm registry and Debian's packages): code-server (VS Code server + web workbench, from npm) in
// the git-ignored cache .vscode-test/code-server/, and, for the browser-driven tests, Debian's chromium.
// Every missing piece is named with the command that installs it; as root, Debian packages are
// installed with apt-get (set E2E_NO_APT=1 to only be told).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CACHE = join(ROOT, '.vscode-test');
export const CODE_SERVER_VERSION = '4.100.3'; // VS Code 1.100.3: the newest code-server whose engines accept Node 20
export const CODE_SERVER_DIR = join(CACHE, 'code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const STAMP = join(CODE_SERVER_DIR, '.provisioned');
// code-server 4.100.3's bundled VS Code pins @vscode/ripgrep 1.15.11, which downloads ripgrep v13.0.0-10.
const RIPGREP_CACHE_NAME = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10';
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function log(message) {
  process.stderr.write(`[e2e] ${message}\n`);
}

/** Thrown when something cannot be provisioned; its message says what is missing and how to install it. */
export class ProvisionError extends Error {}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function dpkgInstalled(pkg) {
  if (!which('dpkg-query')) return false;
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Node's own headers, which node-gyp builds against (npm_config_nodedir) instead of downloading them. */
export function nodePrefix() {
  return resolve(dirname(process.execPath), '..');
}

const CODE_SERVER_NEEDS = [
  { pkg: 'build-essential', why: 'g++ and make build code-server\'s native modules', ok: () => !!which('g++') && !!which('make') },
  { pkg: 'python3', why: 'node-gyp runs python3', ok: () => !!which('python3') },
  { pkg: 'pkg-config', why: 'native module builds look up libraries with pkg-config', ok: () => !!which('pkg-config') },
  {
    pkg: 'libkrb5-dev',
    why: 'the kerberos module of VS Code includes gssapi/gssapi.h',
    ok: () => existsSync('/usr/include/gssapi/gssapi.h') || dpkgInstalled('libkrb5-dev'),
  },
  { pkg: 'ripgrep', why: '@vscode/ripgrep would download rg from the internet; Debian\'s rg is put in its cache instead', ok: () => !!which('rg') },
];

const BROWSER_NEEDS = [
  { pkg: 'chromium', why: 'the headless browser that hosts the VS Code workbench in the tests', ok: () => existsSync(CHROMIUM) },
  // Only for readable screenshots (the demo has Chinese comments); a missing font is not an error.
  { pkg: 'fonts-wqy-microhei', why: 'a CJK font, so Chinese text renders in screenshots', ok: () => dpkgInstalled('fonts-wqy-microhei') || !which('dpkg-query'), optional: true },
];

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function apt(args) {
  log(`apt-get ${args.join(' ')}`);
  return spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

/** Installs missing Debian packages as root (or explains how to); throws ProvisionError if something required stays missing. */
export function ensureDebianPackages(needs) {
  const missing = needs.filter((n) => !n.ok());
  if (missing.length === 0) return;
  const required = missing.filter((n) => !n.optional);
  const pkgs = missing.map((n) => n.pkg);
  const explain = () =>
    missing.map((n) => `  - ${n.pkg}${n.optional ? ' (optional)' : ''}: ${n.why}`).join('\n') +
    `\nInstall ${missing.length > 1 ? 'them' : 'it'} with:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;
  const canApt = isRoot() && !!which('apt-get') && process.env.E2E_NO_APT !== '1';
  if (!canApt) {
    const reason = !which('apt-get')
      ? 'this machine has no apt-get (not Debian/Ubuntu): install the equivalent packages with its package manager'
      : !isRoot()
        ? 'not running as root, so they are not installed automatically'
        : 'E2E_NO_APT=1 is set';
    if (required.length === 0) {
      log(`optional packages missing (${reason}):\n${explain()}`);
      return;
    }
    throw new ProvisionError(`Missing Debian packages (${reason}):\n${explain()}`);
  }
  log(`installing missing Debian packages: ${pkgs.join(' ')}`);
  const args = ['install', '-y', '--no-install-recommends', ...pkgs];
  if (!apt(args)) {
    // A fresh machine has no package lists yet.
    if (!apt(['update']) || !apt(args)) {
      const still = required.filter((n) => !n.ok());
      if (still.length) throw new ProvisionError(`apt-get could not install the packages:\n${explain()}\n(Is Debian's package mirror reachable?)`);
    }
  }
  const still = required.filter((n) => !n.ok());
  if (still.length) throw new ProvisionError(`Still missing after apt-get install: ${still.map((n) => n.pkg).join(', ')}`);
}

export function ensureChromium() {
  ensureDebianPackages(BROWSER_NEEDS);
  return CHROMIUM;
}

function provisioned() {
  try {
    return readFileSync(STAMP, 'utf8').trim() === CODE_SERVER_VERSION && existsSync(CODE_SERVER_ENTRY);
  } catch {
    return false;
  }
}

/** A lock so that two runs (say `npm start` and `npm run test:e2e`) do not install at once. */
async function withLock(fn) {
  const lock = join(CACHE, 'code-server.lock');
  mkdirSync(CACHE, { recursive: true });
  for (let waited = 0; ; waited++) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        /* being created or gone */
      }
      let alive = false;
      try {
        if (owner) alive = process.kill(owner, 0);
      } catch {
        alive = false;
      }
      const age = (() => {
        try {
          return Date.now() - statSync(lock).mtimeMs;
        } catch {
          return 0;
        }
      })();
      if (!alive && (owner || age > 10_000)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (waited % 30 === 0) log(`waiting for another provisioning run (pid ${owner || '?'}) to finish`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function run(cmd, args, options) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      output += chunk;
      if (output.length > 200_000) output = output.slice(-100_000);
      if (process.env.E2E_VERBOSE === '1') process.stderr.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => resolvePromise({ code, output }));
    child.on('error', (err) => resolvePromise({ code: -1, output: String(err) }));
  });
}

function ripgrepTarget() {
  const arch = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-gnu', arm: 'arm-unknown-linux-gnueabihf' }[process.arch];
  if (process.platform !== 'linux' || !arch) throw new ProvisionError(`Provisioning is written for Linux x64/arm64; this is ${process.platform}/${process.arch}.`);
  return `${RIPGREP_ASSET}-${arch}.tar.gz`;
}

/** Makes sure code-server is installed in .vscode-test/code-server; returns the path of its entry script. */
export async function ensureCodeServer() {
  if (provisioned()) return CODE_SERVER_ENTRY;
  return withLock(async () => {
    if (provisioned()) return CODE_SERVER_ENTRY;
    const started = Date.now();
    const [major] = process.versions.node.split('.').map(Number);
    if (major !== 20) {
      throw new ProvisionError(
        `code-server ${CODE_SERVER_VERSION} requires Node 20 (its engines say "node: 20"); this is Node ${process.versions.node}. ` +
          'Run with Node 20 (the project\'s machines have it), or pin a code-server release matching your Node.',
      );
    }
    ensureDebianPackages(CODE_SERVER_NEEDS);
    const prefix = nodePrefix();
    if (!existsSync(join(prefix, 'include', 'node', 'node.h'))) {
      throw new ProvisionError(
        `Node's headers are missing (${join(prefix, 'include', 'node', 'node.h')}); node-gyp would try to download them. ` +
          'Install a Node build that ships its headers (the official tarballs, NodeSource\'s nodejs package) or point npm_config_nodedir at them.',
      );
    }
    log(`installing code-server@${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} (once; about 1-3 minutes, builds native modules)`);
    rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
    const tmp = join(CACHE, 'tmp');
    mkdirSync(CODE_SERVER_DIR, { recursive: true });
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(CODE_SERVER_DIR, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }, null, 2));

    // @vscode/ripgrep's postinstall looks in $TMPDIR/<cache>/ before downloading: give it Debian's rg.
    const rgCache = join(tmp, RIPGREP_CACHE_NAME);
    mkdirSync(rgCache, { recursive: true });
    const rg = which('rg');
    const tarball = join(rgCache, ripgrepTarget());
    const tar = spawnSync('tar', ['-czf', tarball, '-C', dirname(rg), 'rg']);
    if (tar.status !== 0) throw new ProvisionError(`could not pack ${rg} into ${tarball}: ${tar.stderr}`);

    const env = {
      ...process.env,
      TMPDIR: tmp,
      npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root otherwise
      npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
      npm_config_nodedir: prefix, // build against this Node's headers instead of downloading them
      npm_config_ignore_scripts: 'false',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      npm_config_loglevel: 'error',
    };
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = await run(npm, ['install', '--no-save', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], { cwd: CODE_SERVER_DIR, env });
    if (result.code !== 0 || !existsSync(CODE_SERVER_ENTRY)) {
      const out = result.output;
      const tail = out.split('\n').slice(-40).join('\n');
      let hint = '';
      if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|ECONNRESET|network/i.test(out)) {
        hint = `npm could not reach its registry (${spawnSync(npm, ['config', 'get', 'registry'], { encoding: 'utf8' }).stdout.trim()}). code-server comes from the npm registry.`;
      } else if (/gssapi|krb5/i.test(out)) hint = 'the kerberos module did not build: install libkrb5-dev.';
      else if (/gyp ERR|node-gyp/i.test(out)) hint = 'a native module did not build: install build-essential, python3 and pkg-config.';
      else if (/ripgrep|rg/i.test(out) && /download|github/i.test(out)) hint = 'the ripgrep download was attempted: install Debian\'s ripgrep (its rg is put in the download cache).';
      throw new ProvisionError(`installing code-server@${CODE_SERVER_VERSION} failed (exit ${result.code}). ${hint}\n--- last lines of npm's output ---\n${tail}`);
    }
    const version = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--version'], { encoding: 'utf8', env: { ...process.env, HOME: tmp } });
    const versionLine = version.stdout.split('\n').find((l) => l.startsWith(CODE_SERVER_VERSION + ' '));
    if (version.status !== 0 || !versionLine) {
      throw new ProvisionError(`code-server was installed but \`code-server --version\` failed:\n${version.stdout}${version.stderr}`);
    }
    writeFileSync(STAMP, CODE_SERVER_VERSION + '\n');
    log(`code-server ${versionLine} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return CODE_SERVER_ENTRY;
  });
}
