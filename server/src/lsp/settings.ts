/**
 * Settings per resource (a multi-root workspace may differ per folder), cached per URI
 * and dropped when the configuration changes.
 */
import type { Connection } from 'vscode-languageserver';

export interface Settings {
  enable: boolean;
  /** A policy file to use instead of the nearest one (absolute, or relative to the workspace folder). */
  policyFile: string;
  workspaceDiagnostics: boolean;
  /** Glob patterns (gitignore syntax) of files not to check. */
  exclude: string[];
  codeLens: boolean;
  /** Show suppressed findings, greyed, with their justification. */
  showSuppressed: boolean;
  /** unannotated-personal-data hints: open files always, closed files when they carry tags. */
  detectUnannotated: boolean;
  /** Egress discovery: outbound calls (HTTP, vendor SDKs, cloud clients) that carry personal data, tagged or not. */
  detectEgress: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, policyFile: '', workspaceDiagnostics: true, exclude: [], codeLens: true, showSuppressed: false, detectUnannotated: true, detectEgress: true };

export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();
  private changes = 0;

  /** How many times the settings changed (clear): a result computed under an older count may be stale. */
  get epoch(): number {
    return this.changes;
  }

  constructor(private readonly connection: Connection, private readonly supported: () => boolean) {}

  get(uri: string): Promise<Settings> {
    if (!this.supported()) return Promise.resolve(DEFAULT_SETTINGS);
    let s = this.cache.get(uri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'privacyAnnotations' })
        .then((raw: Partial<Settings> | null) => normalize(raw), () => DEFAULT_SETTINGS);
      this.cache.set(uri, s);
    }
    return s;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.changes++;
  }
}

export function normalize(raw: Partial<Settings> | null | undefined): Settings {
  const r = raw ?? {};
  return {
    enable: r.enable !== false,
    policyFile: typeof r.policyFile === 'string' ? r.policyFile : '',
    workspaceDiagnostics: r.workspaceDiagnostics !== false,
    exclude: Array.isArray(r.exclude) ? r.exclude.filter((x): x is string => typeof x === 'string') : [],
    codeLens: r.codeLens !== false,
    showSuppressed: r.showSuppressed === true,
    detectUnannotated: r.detectUnannotated !== false,
    detectEgress: r.detectEgress !== false,
  };
}
