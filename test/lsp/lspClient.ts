/**
 * A real JSON-RPC client for protocol tests: starts `node dist/server.js --stdio` and speaks LSP to it,
 * collecting published diagnostics so tests can wait on them (never on time).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from '../helpers';

export const SERVER = path.join(REPO_ROOT, 'dist', 'server.js');
const PROBE = path.join(__dirname, 'load', 'probe.js');

/** Apply LSP edits to text (positions are line/character): what a client does with a code action's edit. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }) => starts[p.line] + p.character;
  return [...edits].sort((a, b) => off(b.range.start) - off(a.range.start)).reduce((t, e) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

export interface StartOptions {
  root?: string;
  locale?: string;
  /** Settings answered to workspace/configuration (undefined: the client does not support it). */
  settings?: Record<string, unknown>;
  workDoneProgress?: boolean;
  /** Our VS Code client's scheme of PIPL article documents (initializationOptions.articleScheme). */
  articleScheme?: string;
  /**
   * Load the test-only probe into the server process (test/lsp/load/probe.ts, with --expose-gc and an IPC channel):
   * heap after a forced GC and the server's pending timers, asked for with `probe()`. Nothing of it is in dist/.
   */
  probe?: boolean;
}

/** What the probe answers: heap figures after a forced GC, and the timers the server has pending. */
export interface ProbeReport {
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  timeouts: number;
  immediates: number;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly logs: string[] = [];
  /** What the server answered to initialize. */
  initializeResult: { capabilities: Record<string, unknown> } | undefined;
  /** Everything the server wrote to stderr (Node prints unhandled rejections and crashes there). */
  stderr = '';
  /** Settings answered to workspace/configuration; tests may change them before a didChangeConfiguration. */
  settings: Record<string, unknown> | undefined;
  /** Messages from the server so far (notifications and requests), to tell when it has gone quiet. */
  received = 0;
  private probes = new Map<number, (r: ProbeReport) => void>();
  private probeId = 0;
  private waiters: { check: () => boolean; resolve: () => void }[] = [];
  private versions = new Map<string, number>();

  private constructor(readonly process: ChildProcess) {
    process.stderr?.setEncoding('utf8').on('data', (d: string) => (this.stderr += d));
    process.on('message', (m: { id: number } & ProbeReport) => {
      this.probes.get(m.id)?.(m);
      this.probes.delete(m.id);
    });
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.poke();
    });
    for (const method of ['privacyAnnotations/policyChanged', 'privacyAnnotations/scanned']) {
      this.connection.onNotification(method, (params: unknown) => {
        this.notifications.push({ method, params });
        this.poke();
      });
    }
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.received++;
      this.logs.push(p.message);
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  static async start(opts: StartOptions = {}): Promise<TestClient> {
    const probe = opts.probe ? ['--expose-gc', '--require', PROBE] : [];
    const child = spawn(process.execPath, [...probe, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe', ...(opts.probe ? ['ipc' as const] : [])] });
    const client = new TestClient(child);
    client.settings = opts.settings;
    if (opts.settings) {
      client.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => {
        client.received++;
        return p.items.map(() => client.settings);
      });
    }
    const root = opts.root;
    client.initializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root ? uriOf(root) : null,
      workspaceFolders: root ? [{ uri: uriOf(root), name: path.basename(root) }] : null,
      locale: opts.locale ?? 'en',
      initializationOptions: opts.articleScheme ? { articleScheme: opts.articleScheme } : undefined,
      capabilities: {
        workspace: { configuration: !!opts.settings, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
        window: { workDoneProgress: opts.workDoneProgress ?? false },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  private poke(): void {
    this.received++;
    this.waiters = this.waiters.filter((w) => {
      if (w.check()) {
        w.resolve();
        return false;
      }
      return true;
    });
  }

  /** Resolves when the condition holds, checked on every message from the server. */
  until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
      this.waiters.push({ check, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /** Diagnostics for a URI once they satisfy a condition (and, when given, are for that version). */
  async diagnosticsFor(uri: string, check: (d: Diagnostic[]) => boolean = () => true, version?: number, timeoutMs?: number): Promise<Diagnostic[]> {
    await this.until(() => {
      const p = this.diagnostics.get(uri);
      return !!p && (version === undefined || p.version === version) && check(p.diagnostics);
    }, `diagnostics for ${uri}${version === undefined ? '' : ` version ${version}`}`, timeoutMs);
    return this.diagnostics.get(uri)!.diagnostics;
  }

  open(file: string, text: string, languageId = 'typescript'): string {
    const uri = uriOf(file);
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replace the whole text; returns the new version. */
  change(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Replace a range, as editors send each keystroke (incremental sync); returns the new version. */
  edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  /**
   * Ask the probe (started with `probe: true`): 'heap' forces a GC and reports the heap; 'quiet' answers once the
   * server has no timer pending (no debounced check, policy reload or re-check of dependents still to come).
   */
  probe(op: 'heap' | 'quiet' | 'snapshot', timeoutMs = 30_000, file?: string): Promise<ProbeReport> {
    const id = ++this.probeId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the probe did not answer '${op}'`)), timeoutMs);
      this.probes.set(id, (r) => (clearTimeout(timer), resolve(r)));
      this.process.send!({ id, op, file });
    });
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.connection.dispose();
    this.process.kill();
  }
}
