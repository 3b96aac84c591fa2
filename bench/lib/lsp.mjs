/**
 * A minimal LSP client over stdio for the benchmarks (the approach of test/lsp/lspClient.ts, in plain JS):
 * starts `node dist/server.js --stdio`, timestamps every publishDiagnostics and notification on arrival,
 * and lets a scenario wait for a condition without polling.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

export function uriOf(file) {
  return pathToFileURL(file).href;
}

export class LspClient {
  constructor(child, spawnedAt) {
    this.process = child;
    this.spawnedAt = spawnedAt;
    this.diagnostics = new Map();
    /** Every publishDiagnostics: { uri, version, count, at }. */
    this.published = [];
    this.notifications = [];
    this.waiters = [];
    this.stderr = '';
    child.stderr.on('data', (d) => (this.stderr += d));
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p) => {
      const at = performance.now();
      this.diagnostics.set(p.uri, { ...p, at });
      this.published.push({ uri: p.uri, version: p.version, count: p.diagnostics.length, at });
      this.poke();
    });
    for (const method of ['privacyAnnotations/scanned', 'privacyAnnotations/policyChanged']) {
      this.connection.onNotification(method, (params) => {
        this.notifications.push({ method, params, at: performance.now() });
        this.poke();
      });
    }
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    /** What workspace/configuration answers for every item (the privacyAnnotations section), when initialize asked for it. */
    this.settings = null;
    this.connection.onRequest('workspace/configuration', (p) => p.items.map(() => this.settings));
    this.connection.listen();
  }

  /** Spawns the server; `initialize` is left to the caller so it can time it. */
  static spawn(serverJs, nodeArgs = []) {
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    return new LspClient(child, spawnedAt);
  }

  /** `settings`, when given, are the client's privacyAnnotations settings (answered to workspace/configuration). */
  async initialize(root, settings) {
    this.settings = settings ?? null;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root ? uriOf(root) : null,
      workspaceFolders: root ? [{ uri: uriOf(root), name: path.basename(root) }] : null,
      locale: 'en',
      capabilities: {
        workspace: { configuration: !!settings, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
        window: { workDoneProgress: false },
        textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true }, synchronization: { didSave: false } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  poke() {
    this.waiters = this.waiters.filter((w) => {
      const v = w.check();
      if (v) w.resolve(v);
      return !v;
    });
  }

  /** Resolves with the check's first truthy value, tested on every message from the server. */
  until(check, what, timeoutMs = 120_000) {
    const v = check();
    if (v) return Promise.resolve(v);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${this.stderr.slice(-2000)}`)), timeoutMs);
      this.waiters.push({ check, resolve: (x) => (clearTimeout(timer), resolve(x)) });
    });
  }

  /** The diagnostics of a URI for exactly that version, with the time they arrived. */
  diagnosticsFor(uri, version, timeoutMs) {
    return this.until(() => {
      const p = this.diagnostics.get(uri);
      return p && p.version === version ? p : undefined;
    }, `diagnostics of ${uri} v${version}`, timeoutMs);
  }

  notification(method, timeoutMs) {
    return this.until(() => this.notifications.find((n) => n.method === method), method, timeoutMs);
  }

  open(file, text, version = 1) {
    const uri = uriOf(file);
    const languageId = /\.tsx$/.test(file) ? 'typescriptreact' : /\.jsx$/.test(file) ? 'javascriptreact' : /\.[cm]?js$/.test(file) ? 'javascript' : 'typescript';
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return uri;
  }

  /** One incremental change: replace [start, end) (LSP positions) with text. */
  change(uri, version, range, text) {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  /** The server's main thread: time on a CPU and time waiting for one, in ms (/proc/<pid>/schedstat, Linux). */
  sched() {
    try {
      const [onCpu, waiting] = fs.readFileSync(`/proc/${this.process.pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
      return { cpuMs: onCpu / 1e6, waitMs: waiting / 1e6 };
    } catch {
      return { cpuMs: NaN, waitMs: NaN };
    }
  }

  /** VmRSS and VmHWM of the server process, in MB (Linux). */
  memory() {
    try {
      const status = fs.readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
    } catch {
      return { rssMB: NaN, hwmMB: NaN };
    }
  }

  async stop() {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
      await this.connection.sendNotification('exit');
    } catch {
      /* gone already */
    }
    this.connection.dispose();
    await new Promise((resolve) => {
      if (this.process.exitCode !== null || this.process.signalCode !== null) return resolve();
      const t = setTimeout(() => {
        this.process.kill();
        resolve();
      }, 3000);
      this.process.once('exit', () => (clearTimeout(t), resolve()));
    });
  }
}
