/** Helpers for the suites that run inside VS Code: only the public `vscode` API, and waits on events. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const EXTENSION_ID = 'privacy-annotations.privacy-annotations';
export const SOURCE = 'privacy';

export interface Api {
  client: LanguageClient;
}

export async function activate(): Promise<{ extension: vscode.Extension<Api>; api: Api }> {
  const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed; installed: ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
  const api = await extension.activate();
  assert.ok(api?.client, 'activate() returned no { client }');
  return { extension, api };
}

export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code ?? '');
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** "rule@line" (1-based) for each diagnostic: what the failure messages show. */
export function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  return diagnostics.map((d) => `${codeOf(d)}@${d.range.start.line + 1}`).join(', ') || '(none)';
}

/** A diagnostic with this rule id, on this 1-based line if given. */
export function find(diagnostics: readonly vscode.Diagnostic[], rule: string, line?: number): vscode.Diagnostic | undefined {
  return diagnostics.find((d) => codeOf(d) === rule && (line === undefined || d.range.start.line + 1 === line));
}

export function hasAll(expected: ReadonlyArray<readonly [string, number]>) {
  return (ds: readonly vscode.Diagnostic[]) => expected.every(([rule, line]) => find(ds, rule, line));
}

/**
 * Resolves with the file's diagnostics (source "privacy") once `predicate` holds: at once if it does
 * now, else on the onDidChangeDiagnostics event that makes it hold. `afterEvent` requires at least one
 * event for the file first (diagnostics republished, not the ones already there). The timeout is only
 * an upper bound that turns a hang into a failure with what was seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  options: { timeoutMs?: number; afterEvent?: boolean } = {},
): Promise<vscode.Diagnostic[]> {
  const key = uri.toString();
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      sub.dispose();
      clearTimeout(timer);
      fn();
    };
    const check = () => {
      const ds = ours(uri);
      if (predicate(ds)) finish(() => resolve(ds));
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(
      () => finish(() => reject(new Error(`timed out waiting for ${what} in ${vscode.workspace.asRelativePath(uri)}; it has: ${describe(ours(uri))}`))),
      options.timeoutMs ?? 60_000,
    );
    if (!options.afterEvent) check();
  });
}

/** Resolves on the first event of `event` that satisfies `predicate`; the timeout only bounds a hang. */
export function waitForEvent<T>(event: vscode.Event<T>, predicate: (e: T) => boolean, what: string, timeoutMs = 60_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const sub = event((e) => {
      if (!predicate(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}

/** The position of `needle` (its `offset`-th character) on the first line that contains `lineContains` and the needle. */
export function positionOf(doc: vscode.TextDocument, needle: string, lineContains = needle, offset = 0): vscode.Position {
  for (let i = 0; i < doc.lineCount; i++) {
    const text = doc.lineAt(i).text;
    const at = text.indexOf(needle);
    if (at >= 0 && text.includes(lineContains)) return new vscode.Position(i, at + offset);
  }
  throw new Error(`"${needle}" not found in ${vscode.workspace.asRelativePath(doc.uri)}`);
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/**
 * Awaits a VS Code call and names it in the error if it fails (a bare "Canceled" says nothing of where).
 * With `retryCanceled`, a provider command that VS Code cancelled (it cancels a request when the
 * document changes while it runs) is asked once more, as the editor itself would; it is logged.
 */
export async function step<T>(what: string, call: Thenable<T> | (() => Thenable<T>), options: { retryCanceled?: boolean } = {}): Promise<T> {
  const run = typeof call === 'function' ? call : () => call;
  try {
    return await run();
  } catch (err) {
    const e = err as Error;
    if (options.retryCanceled && typeof call === 'function' && e?.name === 'Canceled') {
      console.warn(`[e2e] ${what} was cancelled by VS Code; asking again`);
      return step(what, run());
    }
    const named = new Error(`${what}: ${e?.name ?? 'Error'}: ${e?.message ?? String(err)}`);
    named.stack = `${named.message}\n${e?.stack ?? ''}`;
    throw named;
  }
}
