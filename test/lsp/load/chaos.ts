/**
 * Chaos: seeded random client actions against the real server (dist/server.js over stdio), many of them things a
 * well-behaved editor never does: changes with stale or out-of-order versions, a close right after a change (while
 * its check is pending), requests cancelled as soon as sent, settings changed, the policy broken and mended while
 * checks run, files deleted and recreated under open and closed documents, a workspace folder added and removed.
 *
 * The client keeps its own model of what the server was told (the open texts, as the server's document store applies
 * them, the disk, the folders and the settings). At the end it waits for the server to go quiet and checks: the
 * server is alive and wrote nothing to stderr or to its error log, no diagnostic is left on a file that is closed and
 * gone or outside every folder, and the diagnostics are exactly those a fresh server computes for the same state.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient, uriOf } from '../lspClient';
import { languageOf, makeWorkspace, positionAt, Rng, settle } from './workload';

export interface ChaosOptions {
  actions: number;
  seed: number;
  log?: (m: string) => void;
}

export interface ChaosResult {
  seed: number;
  actions: number;
  /** How many times each kind of action ran. */
  counts: Record<string, number>;
  /** Problems found; empty when the run passed. */
  problems: string[];
  /** Files with diagnostics at the end (both servers agree when problems is empty). */
  filesWithDiagnostics: number;
  diagnostics: number;
  /** The settings at the end: with enable false, nothing is shown by either server. */
  settings: Record<string, unknown>;
}

const SNIPPETS = [' retention=2y', ' purpose=account', ' purpose=nowhere', '\n', '/** @personalData contact.phone */\n', '@crossBorder SG', ' x', '}', '*/'];
const BROKEN_POLICY = 'version: 1\npurposes:\n  account: [unclosed\n';
const SETTINGS = [
  {},
  { showSuppressed: true },
  { detectUnannotated: false },
  { workspaceDiagnostics: false },
  { exclude: ['**/auth/**'] },
  { enable: false },
];

const comparable = (d: Diagnostic[]) =>
  d
    .map((x) => JSON.stringify({ range: x.range, code: x.code, severity: x.severity, message: x.message, tags: x.tags, related: x.relatedInformation }))
    .sort();

export async function runChaos(o: ChaosOptions): Promise<ChaosResult> {
  const log = o.log ?? (() => undefined);
  const rng = new Rng(o.seed);
  // Folder a: two copies of the demo under one policy; folder b: one copy with its own, added and removed at random.
  const a = makeWorkspace('pa-chaos-a-', 2);
  const b = makeWorkspace('pa-chaos-b-', 1);
  const policies = [a.policy, b.policy];
  const goodPolicy = new Map(policies.map((p) => [p, fs.readFileSync(p, 'utf8')]));
  const files = [...a.files, ...b.files, ...policies];
  const folders = new Set([a.root]);
  const folderOf = (f: string) => (f.startsWith(b.root + path.sep) ? b.root : a.root);
  const open = new Map<string, TextDocument>();
  const deleted = new Map<string, string>();
  const counts: Record<string, number> = {};
  const problems: string[] = [];
  const settings: Record<string, unknown> = {};
  const client = await TestClient.start({ root: a.root, settings, probe: true });
  const uriToFile = new Map(files.map((f) => [uriOf(f), f]));

  const languageId = (f: string) => (f.endsWith('.yaml') ? 'yaml' : languageOf(f));
  const notify = (method: string, params: unknown) => void client.connection.sendNotification(method, params);
  const watched = (f: string, type: 1 | 2 | 3) => notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(f), type }] });
  /** Apply content changes as the server's document store does, and send them. */
  const change = (f: string, version: number, changes: ({ text: string } | { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string })[]) => {
    open.set(f, TextDocument.update(open.get(f)!, changes, version));
    notify('textDocument/didChange', { textDocument: { uri: uriOf(f), version }, contentChanges: changes });
  };
  const insertion = (doc: TextDocument) => {
    const text = doc.getText();
    const at = rng.int(text.length + 1);
    const end = Math.min(text.length, at + (rng.chance(0.4) ? rng.int(12) : 0));
    return { range: { start: positionAt(text, at), end: positionAt(text, end) }, text: rng.pick(SNIPPETS) };
  };
  const maxVersion = new Map<string, number>();
  const nextVersion = (f: string) => {
    const v = (maxVersion.get(f) ?? 1) + 1;
    maxVersion.set(f, v);
    return v;
  };

  const actions: [number, string, () => Promise<void> | void][] = [
    [14, 'open', () => {
      const f = rng.pick(files.filter((x) => !open.has(x)));
      if (!f) return;
      const text = deleted.get(f) ?? (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '');
      const version = rng.int(3) + 1;
      open.set(f, TextDocument.create(uriOf(f), languageId(f), version, text));
      maxVersion.set(f, Math.max(version, maxVersion.get(f) ?? 0));
      notify('textDocument/didOpen', { textDocument: { uri: uriOf(f), languageId: languageId(f), version, text } });
    }],
    [8, 'close', () => {
      const f = rng.pick([...open.keys()]);
      if (!f) return;
      open.delete(f);
      client.close(uriOf(f));
    }],
    [30, 'change', () => {
      const f = rng.pick([...open.keys()]);
      if (f) change(f, nextVersion(f), [insertion(open.get(f)!)]);
    }],
    [5, 'change with a stale version', () => {
      const f = rng.pick([...open.keys()]);
      if (f) change(f, Math.max(1, open.get(f)!.version - 1 - rng.int(3)), [insertion(open.get(f)!)]);
    }],
    [4, 'changes out of order', () => {
      // Two whole-text versions sent newest first: the older arrives last and its text is what the server keeps.
      const f = rng.pick([...open.keys()]);
      if (!f) return;
      const doc = open.get(f)!;
      const older = nextVersion(f);
      const newer = nextVersion(f);
      const second = TextDocument.update(doc, [insertion(doc)], older).getText();
      change(f, newer, [{ text: TextDocument.update(doc, [insertion(doc)], newer).getText() }]);
      change(f, older, [{ text: second }]);
    }],
    [5, 'change then close at once', () => {
      const f = rng.pick([...open.keys()]);
      if (!f) return;
      change(f, nextVersion(f), [insertion(open.get(f)!)]);
      open.delete(f);
      client.close(uriOf(f));
    }],
    [8, 'cancelled request', () => {
      const f = rng.pick([...open.keys()]);
      if (!f) return;
      const doc = open.get(f)!;
      const position = doc.positionAt(rng.int(doc.getText().length + 1));
      const method = rng.pick(['textDocument/hover', 'textDocument/completion', 'textDocument/codeLens', 'textDocument/codeAction']);
      const params = { textDocument: { uri: uriOf(f) }, position, range: { start: position, end: position }, context: { diagnostics: client.diagnostics.get(uriOf(f))?.diagnostics ?? [] } };
      const source = new CancellationTokenSource();
      client.connection.sendRequest(method, params, source.token).catch(() => undefined);
      if (rng.chance(0.7)) source.cancel();
    }],
    [3, 'configuration change', () => {
      for (const k of Object.keys(settings)) delete settings[k];
      Object.assign(settings, rng.pick(SETTINGS));
      notify('workspace/didChangeConfiguration', { settings: null });
    }],
    [4, 'policy broken and mended', async () => {
      const p = rng.pick(policies);
      if (open.has(p)) {
        const doc = open.get(p)!;
        change(p, nextVersion(p), [{ text: BROKEN_POLICY }]);
        if (rng.chance(0.5)) await client.probe('quiet');
        change(p, nextVersion(p), [{ text: goodPolicy.get(p)! }]);
        void doc;
        return;
      }
      if (deleted.has(p)) return;
      fs.writeFileSync(p, BROKEN_POLICY);
      watched(p, 2);
      // Sometimes mended before the reload runs, sometimes after the checks under the broken one began.
      if (rng.chance(0.5)) await client.probe('quiet');
      fs.writeFileSync(p, goodPolicy.get(p)!);
      watched(p, 2);
    }],
    [6, 'file deleted', () => {
      const f = rng.pick(files.filter((x) => !deleted.has(x)));
      if (!f) return;
      deleted.set(f, fs.readFileSync(f, 'utf8'));
      fs.unlinkSync(f);
      watched(f, 3);
    }],
    [6, 'file recreated', () => {
      const f = rng.pick([...deleted.keys()]);
      if (!f) return;
      fs.writeFileSync(f, deleted.get(f)!);
      deleted.delete(f);
      watched(f, 1);
    }],
    [2, 'workspace folder added or removed', () => {
      const added = !folders.has(b.root);
      if (added) folders.add(b.root);
      else folders.delete(b.root);
      const event = { added: added ? [{ uri: uriOf(b.root), name: 'b' }] : [], removed: added ? [] : [{ uri: uriOf(b.root), name: 'b' }] };
      notify('workspace/didChangeWorkspaceFolders', { event });
    }],
    [5, 'wait for the server', async () => {
      // Now and then let everything pending run, so the actions meet the server in every state, idle included.
      if (rng.chance(0.5)) await client.probe('quiet');
      else await new Promise((r) => setImmediate(r));
    }],
  ];
  const total = actions.reduce((s, x) => s + x[0], 0);

  try {
    for (let i = 0; i < o.actions; i++) {
      let roll = rng.int(total);
      const [, name, run] = actions.find(([w]) => (roll -= w) < 0)!;
      counts[name] = (counts[name] ?? 0) + 1;
      await run();
      if (client.process.exitCode !== null) {
        problems.push(`the server exited (code ${client.process.exitCode}) after action ${i + 1} (${name})`);
        break;
      }
      if (i % 1000 === 999) log(`chaos: ${i + 1} actions`);
    }
    // The final state must be one a fresh server can be started on: policies mended (a broken one would keep its
    // last good version in force here, a fresh server has none), deleted policies back.
    for (const p of policies) {
      if (deleted.has(p)) {
        fs.writeFileSync(p, deleted.get(p)!);
        deleted.delete(p);
        watched(p, 1);
      }
      if (open.has(p) && open.get(p)!.getText() !== goodPolicy.get(p)) change(p, nextVersion(p), [{ text: goodPolicy.get(p)! }]);
    }
    if (!problems.length) await settle(client);

    if (client.process.exitCode !== null) problems.push(`the server exited (code ${client.process.exitCode})`);
    if (client.stderr) problems.push(`the server wrote to stderr:\n${client.stderr.slice(0, 2000)}`);
    for (const m of client.logs.filter((l) => / failed: /.test(l))) problems.push(`the server logged an error: ${m.slice(0, 600)}`);

    const inFolders = (f: string) => [...folders].some((d) => f.startsWith(d + path.sep));
    const shown = new Map([...client.diagnostics].filter(([, p]) => p.diagnostics.length > 0).map(([u, p]) => [u, p.diagnostics]));
    for (const u of shown.keys()) {
      const f = uriToFile.get(u);
      if (f && !open.has(f) && (deleted.has(f) || !inFolders(f))) problems.push(`diagnostics left on ${deleted.has(f) ? 'a deleted' : 'a closed'} file ${path.relative(path.dirname(a.root), f)}${deleted.has(f) ? '' : ' outside every folder'}`);
    }

    if (!problems.length) {
      // A fresh server on the same state: the same folders, settings, files on disk and open texts.
      const fresh = await TestClient.start({ root: a.root, settings: { ...settings }, probe: true });
      try {
        // The scan to wait for is the one of every folder: the first may finish before the second folder is added.
        const sinceAdd = fresh.notifications.length;
        if (folders.has(b.root)) await fresh.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(b.root), name: 'b' }], removed: [] } });
        for (const [f, doc] of open) await fresh.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(f), languageId: languageId(f), version: 1, text: doc.getText() } });
        const scanned = (from: number) => fresh.notifications.slice(from).some((n) => n.method === 'privacyAnnotations/scanned');
        await fresh.until(() => scanned(folders.has(b.root) ? sinceAdd : 0) || settings.enable === false || settings.workspaceDiagnostics === false, 'the scan of every folder', 120_000);
        await settle(fresh);
        const expected = new Map([...fresh.diagnostics].filter(([, p]) => p.diagnostics.length > 0).map(([u, p]) => [u, p.diagnostics]));
        for (const u of new Set([...shown.keys(), ...expected.keys()])) {
          const got = comparable(shown.get(u) ?? []);
          const want = comparable(expected.get(u) ?? []);
          if (JSON.stringify(got) !== JSON.stringify(want)) {
            const f = uriToFile.get(u) ?? u;
            problems.push(`${path.relative(path.dirname(a.root), f)} (${open.has(f) ? 'open' : 'closed'}): ${got.length} diagnostics, a fresh server has ${want.length}\n  only here: ${got.filter((x) => !want.includes(x)).slice(0, 3).join('\n    ')}\n  only fresh: ${want.filter((x) => !got.includes(x)).slice(0, 3).join('\n    ')}`);
          }
        }
        if (fresh.stderr) problems.push(`the fresh server wrote to stderr:\n${fresh.stderr.slice(0, 2000)}`);
      } finally {
        await fresh.stop();
      }
    }
    return { seed: o.seed, actions: o.actions, counts, problems, filesWithDiagnostics: shown.size, diagnostics: [...shown.values()].reduce((s, d) => s + d.length, 0), settings };
  } finally {
    await client.stop();
    a.remove();
    b.remove();
  }
}
