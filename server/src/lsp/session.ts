/**
 * One language-server session: the policy store, the checker and the workspace scanner,
 * and what happens when documents, files, folders or settings change.
 */
import * as path from 'node:path';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type DocumentAnalysis,
  type Host,
  type Inventory,
  isPolicyFileName,
  isSourceFile,
  NotCheckedError,
  type Policy,
  Project,
  todayUtc,
} from '../engine/index';
import { Checker, MAX_DOCUMENT_CHARS } from './checker';
import { pathToUri, uriToPath } from './uris';
import { PolicyStore, statusOf } from './policyStore';
import { InventoryChangedNotification, PolicyChangedNotification, type PolicyStatus } from '../protocol';
import { SettingsCache, type Settings } from './settings';
import { WorkspaceScanner } from './workspaceScan';
import { nodeHost } from '../runtime/nodeHost';
import { OpenDocumentsHost } from './openDocumentsHost';
import type { Lang } from './locale';

/** How long the first workspace scan leaves to the documents the editor opens at start. */
const FIRST_SCAN_GRACE_MS = 250;

export interface SessionOptions {
  lang: Lang;
  configurationSupported: boolean;
  progressSupported: boolean;
  folders: string[];
}

export class Session {
  readonly policies: PolicyStore;
  readonly settings: SettingsCache;
  readonly checker: Checker;
  readonly scanner: WorkspaceScanner;
  readonly project: Project;
  /** How the engine reads files: an open document's unsaved text, else the disk. */
  readonly host: Host;
  lang: Lang;
  private readonly policyTimers = new Map<string, NodeJS.Timeout>();
  private dependentsTimer: NodeJS.Timeout | undefined;
  private scannedOnce = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly options: SessionOptions,
  ) {
    this.lang = options.lang;
    this.host = new OpenDocumentsHost(documents, nodeHost);
    this.policies = new PolicyStore(this.host, (file) => this.checker.folderOf(file));
    this.settings = new SettingsCache(connection, () => options.configurationSupported);
    this.project = new Project(this.host);
    this.checker = new Checker({
      connection,
      documents,
      policies: this.policies,
      settings: this.settings,
      lang: () => this.lang,
      today: todayUtc,
      log: (m) => connection.console.error(m),
      project: this.project,
      host: this.host,
    });
    this.checker.folders = options.folders;
    let inventoryTimer: NodeJS.Timeout | undefined;
    this.checker.inventories.onChanged = () => {
      if (inventoryTimer) clearTimeout(inventoryTimer);
      inventoryTimer = setTimeout(() => void connection.sendNotification(InventoryChangedNotification, {}), 300);
    };
    this.scanner = new WorkspaceScanner(connection, this.checker, this.host, () => this.lang, () => options.progressSupported);
  }

  get folders(): string[] {
    return this.checker.folders;
  }

  set folders(folders: string[]) {
    this.checker.folders = folders;
  }

  /** Scan the workspace folders (or a part of them) for closed files' problems. */
  /** Scans under way; the inventory waits for them so that an export is complete. */
  private readonly scans = new Set<Promise<void>>();

  async scan(under?: string): Promise<void> {
    const run = this.scanUnder(under);
    this.scans.add(run);
    try {
      await run;
    } finally {
      this.scans.delete(run);
    }
  }

  /** Resolves when no workspace scan is running. */
  async scanned(): Promise<void> {
    while (this.scans.size) await Promise.allSettled([...this.scans]);
  }

  private async scanUnder(under?: string): Promise<void> {
    const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep);
    let roots = this.folders;
    if (under) roots = this.folders.some((f) => inside(under, f)) ? [under] : this.folders.filter((f) => inside(f, under));
    if (roots.length === 0) return;
    const settingsOf = (folder: string) => this.settings.get(pathToUri(folder));
    const enabled = (await Promise.all(roots.map(settingsOf))).some((s) => s.enable && s.workspaceDiagnostics);
    // Workspace diagnostics turned off: what earlier scans published for closed files goes.
    if (!enabled) return this.checker.clearStale({ roots, checked: new Set() });
    // The files a person has open come first: the walk of a large workspace takes a while, and the editor
    // opens its visible files right after initialization.
    await new Promise((r) => (this.scannedOnce ? setImmediate(r) : setTimeout(r, FIRST_SCAN_GRACE_MS)));
    this.scannedOnce = true;
    await this.checker.idle();
    await this.scanner.scan(roots, async (folder) => (await settingsOf(folder)).exclude);
  }

  /** Workspace folders added or removed: problems of closed files in removed ones are cleared, the rest scanned. */
  async foldersChanged(added: string[], removed: string[]): Promise<void> {
    const gone = new Set(removed);
    this.folders = [...this.folders.filter((f) => !gone.has(f)), ...added];
    await this.checker.clearStale();
    await this.scan();
  }

  opened(doc: TextDocument): void {
    // An open policy exists for discovery even before it is saved.
    if (isPolicyFileName(uriToPath(doc.uri) ?? '')) this.policies.invalidateDiscovery();
    this.changed(doc);
  }

  changed(doc: TextDocument): void {
    const file = uriToPath(doc.uri);
    if (file && isPolicyFileName(file)) {
      this.policies.invalidate(file);
      this.schedulePolicyChange(file);
    }
    if (file) this.sourceChanged(file);
    this.checker.schedule(doc);
  }

  /** A source file's text changed: functions whose parameters reach its types may find other data now. */
  private sourceChanged(file: string): void {
    if (this.project.forget(file)) this.scheduleDependents(file);
  }

  private scheduleDependents(changed: string): void {
    if (this.dependentsTimer) clearTimeout(this.dependentsTimer);
    this.dependentsTimer = setTimeout(() => {
      this.dependentsTimer = undefined;
      void this.recheckDependents(changed);
    }, 200);
  }

  private async recheckDependents(changed: string): Promise<void> {
    for (const file of [...this.checker.crossBorderFiles]) {
      if (file === changed) continue;
      const uri = pathToUri(file);
      if (this.documents.get(uri)) {
        this.checker.analyses.invalidate(uri);
        await this.checker.checkOpen(uri);
      }
      else await this.checker.checkClosed(file);
    }
  }

  async closed(doc: TextDocument): Promise<void> {
    const file = uriToPath(doc.uri);
    // The unsaved text is gone: the disk is the truth again.
    if (file) this.sourceChanged(file);
    if (file && isPolicyFileName(file)) {
      // The unsaved text is gone: the file on disk is the policy again, if there is one.
      this.policies.invalidateDiscovery();
      this.policies.invalidate(file);
      this.schedulePolicyChange(file);
    }
    await this.checker.closed(doc.uri);
  }

  /** A file changed on disk (created, changed or deleted), reported by the client's watcher. */
  async fileChanged(uri: string, deleted: boolean, created: boolean): Promise<void> {
    const file = uriToPath(uri);
    if (!file) return;
    if (deleted || created || /[\\/](tsconfig|jsconfig)[^\\/]*\.json$/.test(file)) this.project.forgetResolution();
    if (isPolicyFileName(file)) {
      if (deleted || created) this.policies.invalidateDiscovery();
      if (!this.documents.get(uri)) this.policies.invalidate(file);
      if (deleted) await this.checker.removed(file);
      this.schedulePolicyChange(file);
      return;
    }
    if (!isSourceFile(file) || this.documents.get(uri)) return;
    this.sourceChanged(file);
    if (deleted) await this.checker.removed(file);
    else await this.checker.checkClosed(file);
  }

  private schedulePolicyChange(file: string): void {
    const pending = this.policyTimers.get(file);
    if (pending) clearTimeout(pending);
    this.policyTimers.set(
      file,
      setTimeout(() => {
        this.policyTimers.delete(file);
        void this.policyChanged(file);
      }, 100),
    );
  }

  /** Re-check everything a policy governs: open documents at once, then closed files under its folder. */
  private async policyChanged(file: string): Promise<void> {
    await this.checker.recheckOpen();
    void this.connection.sendNotification(PolicyChangedNotification, { uri: pathToUri(file) });
    await this.scan(path.dirname(file));
  }

  async configurationChanged(): Promise<void> {
    this.settings.clear();
    this.policies.invalidateDiscovery();
    for (const f of this.policies.known) this.policies.invalidate(f);
    await this.checker.recheckOpen();
    void this.connection.sendNotification(PolicyChangedNotification, {});
    await this.scan();
  }

  /**
   * The analysis of an open source document's current version, made now if its check has not run yet (the check
   * then finds it done). Undefined for policy files, documents over the size limit and code too deep to parse.
   */
  async analysisFor(doc: TextDocument): Promise<DocumentAnalysis | undefined> {
    const file = uriToPath(doc.uri) ?? doc.uri;
    const settings = await this.settingsFor(doc.uri);
    // Closed meanwhile: an analysis made now would be kept for a document that is gone.
    if (this.documents.get(doc.uri) !== doc) return undefined;
    if (isPolicyFileName(file) || doc.getText().length > MAX_DOCUMENT_CHARS) return undefined;
    try {
      return this.checker.analyses.get(doc, file, settings);
    } catch (e) {
      if (e instanceof NotCheckedError) return undefined;
      throw e;
    }
  }

  async settingsFor(uri: string): Promise<Settings> {
    return this.settings.get(uri);
  }

  /** The policy governing a document, if any, with its file. */
  async policyFor(uri: string): Promise<{ file: string; policy?: Policy } | undefined> {
    const file = uriToPath(uri);
    if (!file) return undefined;
    const policyFile = isPolicyFileName(file) ? file : this.checker.policyFileFor(file, await this.settingsFor(uri));
    if (!policyFile) return undefined;
    return { file: policyFile, policy: this.policies.state(policyFile).inForce };
  }

  /** The workspace's data inventory: every file, once the scan under way (if any) is done. */
  async inventory(): Promise<Inventory> {
    await this.scanned();
    return this.checker.inventories.merged();
  }

  async status(uri: string | undefined): Promise<PolicyStatus> {
    if (!uri) return { state: 'none' };
    const p = await this.policyFor(uri);
    return statusOf(this.policies, p?.file, this.lang);
  }
}
