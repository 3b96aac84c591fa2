/**
 * The soak: thousands of keystrokes over LSP to the real server (dist/server.js, stdio) across 50 open files, with
 * files closed and others opened, the policy edited on disk, and a branch switched (many files rewritten on disk at
 * once, reported in one didChangeWatchedFiles) and switched back. It measures the heap after a forced GC (through the
 * test-only probe) and the time each check takes, so that a leak or a slowdown shows as a trend.
 *
 * Keystrokes come in bursts of a few characters typed at one place and later deleted again, so the files keep their
 * size and stay code; the server checks once per burst (its debounce), and that check is what is timed.
 */
import * as fs from 'node:fs';
import { DEBOUNCE_MS } from '../../../server/src/lsp/checker';
import { TestClient, uriOf } from '../lspClient';
import { languageOf, makeWorkspace, positionAt, Rng, settle } from './workload';

export interface SoakOptions {
  edits: number;
  openFiles: number;
  /** Copies of the demo project's sources (12 files each). */
  copies: number;
  seed: number;
  /** Heap measured at these edit counts (and at the end). */
  heapAt: number[];
  log?: (m: string) => void;
}

export interface Check {
  /** Keystrokes sent so far, this burst included. */
  edit: number;
  /** From the burst's last keystroke to its diagnostics, minus the debounce. */
  processingMs: number;
  /** Server main thread on a CPU meanwhile (/proc/<pid>/schedstat; NaN elsewhere). */
  cpuMs: number;
}

export interface SoakResult {
  seed: number;
  edits: number;
  files: number;
  checks: Check[];
  /** Heap used after a forced GC, MB, at edit counts. */
  heap: { edit: number; mb: number }[];
  /** Heap once the workspace was scanned, before any document was opened, and after closing every document at the end. */
  heapBaseline: number;
  heapAllClosed: number;
  /** The same 50 files opened, checked and closed once more: what each document keeps, if anything, adds up here. */
  heapClosedAgain: number;
  /** Timers still pending in the server once it was quiet at the end. */
  timeoutsAtEnd: number;
  stderr: string;
}

const SNIPPETS = [' retention=2y', ' purpose=account', ' // x', 'tmp', ' basis=consent', '_1', ' @personalData contact.phone'];
const MB = 1024 * 1024;
/** How long one answer may take: generous, for a machine shared with other work (the figures show the real times). */
const WAIT_MS = 120_000;

function schedCpuMs(pid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

export async function runSoak(o: SoakOptions): Promise<SoakResult> {
  const log = o.log ?? (() => undefined);
  const rng = new Rng(o.seed);
  const ws = makeWorkspace('pa-soak-', o.copies);
  const client = await TestClient.start({ root: ws.root, probe: true });
  try {
    await client.until(() => client.notifications.some((n) => n.method === 'privacyAnnotations/scanned'), 'the first scan', WAIT_MS);
    await settle(client);
    const heapBaseline = (await client.probe('heap')).heapUsed / MB;

    const texts = new Map(ws.files.map((f) => [f, fs.readFileSync(f, 'utf8')]));
    const inserted = new Map<string, { offset: number; length: number }>();
    const open = new Set<string>();
    const versions = new Map<string, number>();
    const openFile = async (f: string) => {
      open.add(f);
      versions.set(f, 1);
      inserted.delete(f);
      const uri = uriOf(f);
      void client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: languageOf(f), version: 1, text: texts.get(f) } });
      await client.diagnosticsFor(uri, () => true, 1, WAIT_MS);
    };
    const closeFile = (f: string) => {
      open.delete(f);
      // The editor's unsaved text is dropped: the disk is what the file holds again.
      texts.set(f, fs.readFileSync(f, 'utf8'));
      client.close(uriOf(f));
    };
    const replaceOpen = (f: string, text: string) => {
      const version = versions.get(f)! + 1;
      versions.set(f, version);
      texts.set(f, text);
      inserted.delete(f);
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(f), version }, contentChanges: [{ text }] });
      return version;
    };
    for (const f of ws.files.slice(0, o.openFiles)) await openFile(f);

    /** A branch switch: every file holding `from` rewritten on disk at once; open ones reloaded by the editor. */
    const switchBranch = async (from: string, to: string) => {
      const changed = ws.files.filter((f) => fs.readFileSync(f, 'utf8').includes(from));
      const before = new Map(changed.map((f) => [uriOf(f), client.diagnostics.get(uriOf(f))]));
      const waits: Promise<unknown>[] = [];
      for (const f of changed) {
        const text = fs.readFileSync(f, 'utf8').split(from).join(to);
        fs.writeFileSync(f, text);
        if (open.has(f)) waits.push(client.diagnosticsFor(uriOf(f), () => true, replaceOpen(f, text), WAIT_MS));
        else texts.set(f, text);
      }
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changed.map((f) => ({ uri: uriOf(f), type: 2 })) });
      // Each closed file had problems before or has them now (an unknown purpose), so each is published again.
      const closed = changed.filter((f) => !open.has(f)).map(uriOf);
      waits.push(client.until(() => closed.every((u) => client.diagnostics.get(u) !== before.get(u)), 'the switched files checked', WAIT_MS));
      await Promise.all(waits);
      log(`soak: branch switch rewrote ${changed.length} files`);
    };

    let policyEdits = 0;
    const editPolicy = async () => {
      const text = fs.readFileSync(ws.policy, 'utf8');
      const next = policyEdits++ % 2 === 0 ? text.replace('retention: 3y', 'retention: 2y') : text.replace('retention: 2y', 'retention: 3y');
      const seen = client.notifications.length;
      fs.writeFileSync(ws.policy, next);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(ws.policy), type: 2 }] });
      // The policy reloads, open documents are re-checked, then the closed files under it: scanned says it is done.
      await client.until(() => client.notifications.slice(seen).some((n) => n.method === 'privacyAnnotations/scanned'), 'the re-scan after a policy edit', WAIT_MS);
    };

    const checks: Check[] = [];
    const heap: { edit: number; mb: number }[] = [];
    const heapAt = [...o.heapAt].sort((a, b) => a - b);
    const pid = client.process.pid!;
    let edits = 0;
    let nextEvent = 250;
    let switched = false;
    while (edits < o.edits) {
      const f = rng.pick([...open]);
      const uri = uriOf(f);
      let text = texts.get(f)!;
      let version = versions.get(f)!;
      const send = (range: { start: number; end: number }, insert: string) => {
        version++;
        const r = { start: positionAt(text, range.start), end: positionAt(text, range.end) };
        text = text.slice(0, range.start) + insert + text.slice(range.end);
        void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: r, text: insert }] });
        edits++;
      };
      const cpu0 = schedCpuMs(pid);
      const typed = inserted.get(f);
      if (typed) {
        // Backspace over what was typed, one character at a time.
        for (let i = typed.length; i > 0 && edits < o.edits; i--) send({ start: typed.offset + i - 1, end: typed.offset + i }, '');
        inserted.delete(f);
      } else {
        const snippet = rng.pick(SNIPPETS);
        const at = rng.int(text.length);
        let n = 0;
        for (; n < snippet.length && edits < o.edits; n++) send({ start: at + n, end: at + n }, snippet[n]);
        inserted.set(f, { offset: at, length: n });
      }
      const t0 = performance.now();
      versions.set(f, version);
      texts.set(f, text);
      await client.diagnosticsFor(uri, () => true, version, WAIT_MS);
      checks.push({ edit: edits, processingMs: performance.now() - t0 - DEBOUNCE_MS, cpuMs: schedCpuMs(pid) - cpu0 });

      if (heapAt.length && edits >= heapAt[0]) {
        while (heapAt.length && edits >= heapAt[0]) heapAt.shift();
        await settle(client);
        const snapshots = process.env.SOAK_SNAPSHOTS;
        const file = snapshots && `${snapshots}/soak-${edits}.heapsnapshot`;
        heap.push({ edit: edits, mb: (await client.probe(file ? 'snapshot' : 'heap', 600_000, file)).heapUsed / MB });
        log(`soak: ${edits} edits, heap ${heap[heap.length - 1].mb.toFixed(1)} MB`);
      }
      if (edits >= nextEvent) {
        const n = nextEvent / 250;
        nextEvent += 250;
        // A file closed, another opened in its place: 50 stay open.
        const closing = rng.pick([...open]);
        closeFile(closing);
        await openFile(rng.pick(ws.files.filter((x) => !open.has(x))));
        if (n % 4 === 2) await editPolicy();
        if (!switched && edits >= o.edits / 2) {
          switched = true;
          await switchBranch('purpose=account', 'purpose=acount');
        } else if (switched && edits >= (o.edits * 3) / 4 && ws.files.some((x) => texts.get(x)!.includes('purpose=acount'))) {
          await switchBranch('purpose=acount', 'purpose=account');
        }
      }
    }
    await settle(client);
    const end = await client.probe('heap');
    if (heap[heap.length - 1]?.edit !== edits) heap.push({ edit: edits, mb: end.heapUsed / MB });
    const last = [...open];
    for (const f of last) closeFile(f);
    await settle(client);
    const closed = await client.probe('heap');
    for (const f of last) await openFile(f);
    for (const f of last) closeFile(f);
    await settle(client);
    const again = await client.probe('heap');
    return { seed: o.seed, edits, files: ws.files.length, checks, heap, heapBaseline, heapAllClosed: closed.heapUsed / MB, heapClosedAgain: again.heapUsed / MB, timeoutsAtEnd: again.timeouts, stderr: client.stderr };
  } finally {
    await client.stop();
    ws.remove();
  }
}

/** p95 of processing (and of server CPU) over the checks within the first and the last `window` edits. */
export function drift(r: SoakResult, window = 1000): { first: number; last: number; ratio: number; cpuFirst: number; cpuLast: number; cpuRatio: number } {
  const first = r.checks.filter((c) => c.edit <= window);
  const last = r.checks.filter((c) => c.edit > r.edits - window);
  const p95 = (xs: number[]) => {
    const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
    return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : NaN;
  };
  const f = p95(first.map((c) => c.processingMs));
  const l = p95(last.map((c) => c.processingMs));
  const cf = p95(first.map((c) => c.cpuMs));
  const cl = p95(last.map((c) => c.cpuMs));
  return { first: f, last: l, ratio: l / f, cpuFirst: cf, cpuLast: cl, cpuRatio: cl / cf };
}
