/**
 * What the soak and the chaos runs share: a seeded random source, a workspace of many tagged files made from the demo
 * project, keystrokes as LSP range edits, and a wait for the server to have nothing left to do.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../../helpers';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TestClient } from '../lspClient';

/** mulberry32: small, seeded, the same sequence on every machine. */
export class Rng {
  constructor(private s: number) {}
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/**
 * A seed from the environment variable (to replay a run; `random` for a new one), else a fixed one, so that npm test
 * and CI run the same actions every time; said either way.
 */
export function seedFrom(variable: string, log: (m: string) => void): number {
  const given = process.env[variable];
  const seed = given === 'random' ? Math.floor(Math.random() * 2 ** 31) : given ? Number(given) : 2;
  log(`seed ${seed} (replay with ${variable}=${seed})`);
  return seed;
}

/** The LSP position of an offset, as the server's document store computes it. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  return TextDocument.create('file:///x', 'typescript', 0, text).positionAt(offset);
}

const DEMO = path.join(REPO_ROOT, 'examples', 'demo');

export interface Workspace {
  root: string;
  policy: string;
  /** Every source file, sorted. */
  files: string[];
  remove(): void;
}

/** The demo project's policy at the root and `copies` copies of its src/ under packages/pN/ (imports stay intact). */
export function makeWorkspace(prefix: string, copies: number): Workspace {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const f of ['privacy-policy.yaml', 'tsconfig.json', 'package.json']) fs.copyFileSync(path.join(DEMO, f), path.join(root, f));
  for (let i = 0; i < copies; i++) fs.cpSync(path.join(DEMO, 'src'), path.join(root, 'packages', `p${i}`, 'src'), { recursive: true });
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx|js)$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(p);
    }
  };
  walk(path.join(root, 'packages'));
  return { root, policy: path.join(root, 'privacy-policy.yaml'), files: files.sort(), remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

export function languageOf(file: string): string {
  return file.endsWith('.tsx') ? 'typescriptreact' : file.endsWith('.js') ? 'javascript' : 'typescript';
}

/**
 * Resolves when the server has nothing left to do: no timer pending (debounced checks, policy reloads, re-checks of
 * dependents), no scan under way (the inventory request waits for scans), and a whole round of both passes without
 * the server sending anything. Every step waits on an answer from the server, none on the clock.
 */
export async function settle(client: TestClient): Promise<void> {
  for (;;) {
    const before = client.received;
    await client.probe('quiet', 120_000);
    await client.connection.sendRequest('privacyAnnotations/inventory', {});
    await client.probe('quiet', 120_000);
    if (client.received === before) return;
  }
}
