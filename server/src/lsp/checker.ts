/**
 * Keeps diagnostics current: open documents shortly after each edit (debounced, stale versions dropped),
 * closed files from disk, and policy files themselves. Publishes with textDocument/publishDiagnostics,
 * which every LSP client shows, for closed files too.
 */
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyzeDocument,
  analyzePolicy,
  type Finding,
  type Host,
  type Inventory,
  isPolicyFileName,
  isSourceFile,
  LineIndex,
  MAX_FILE_BYTES,
  type Project,
  policyOccurrences,
  analysisOccurrences,
  WorkspaceIndex,
  type DocumentAnalysis,
} from '../engine/index';
import { toDiagnostic } from './diagnostics';
import { InventoryStore } from './inventoryStore';
import { OpenAnalyses } from './openAnalyses';
import { pathToUri, uriToPath } from './uris';
import type { Lang } from './locale';
import type { PolicyStore } from './policyStore';
import type { Settings, SettingsCache } from './settings';

/** Time after the last keystroke before a document is checked. */
export const DEBOUNCE_MS = 100;
/** Characters of one document checked at most; larger ones get one information diagnostic. */
export const MAX_DOCUMENT_CHARS = MAX_FILE_BYTES;

export interface CheckerDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  policies: PolicyStore;
  settings: SettingsCache;
  lang: () => Lang;
  today: () => string;
  log: (message: string) => void;
  /** Files parsed for cross-file checks, shared by every check of the session. */
  project: Project;
  /** How closed files are read. */
  host: Host;
}

export class Checker {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** URIs of closed files we published problems for (so they can be cleared). */
  private readonly closedWithProblems = new Set<string>();
  /** Documents whose next version is about to be prepared (several keystrokes make one parse). */
  private readonly preparing = new Set<string>();
  /** Files holding @crossBorder tags: their findings depend on other files' types. */
  readonly crossBorderFiles = new Set<string>();
  /** Every checked file's inventory rows. */
  readonly inventories: InventoryStore;
  /** The analysis of each open document's current version. */
  readonly analyses: OpenAnalyses;
  /** Where each id is written, from every check (navigation reads it). */
  readonly index = new WorkspaceIndex();
  /** The exclude setting's matcher, per list of patterns. */
  private readonly excludes = new Map<string, Ignore>();
  /** Called after each check; tests and the workspace scan listen. */
  onChecked: (uri: string, count: number) => void = () => undefined;

  constructor(private readonly deps: CheckerDeps) {
    this.inventories = new InventoryStore(deps.log);
    this.analyses = new OpenAnalyses({ policyFor: (file, settings) => this.policyIn(file, settings), project: deps.project, today: deps.today });
  }

  /**
   * Check an open document after the debounce; a newer edit restarts the wait. Its new version is prepared right
   * away (parsed, tags read), in the idle time of the wait, so the check after it has only the analysis left to do.
   */
  schedule(doc: TextDocument): void {
    const pending = this.timers.get(doc.uri);
    if (pending) clearTimeout(pending);
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        void this.checkOpen(doc.uri);
      }, DEBOUNCE_MS),
    );
    if (!this.preparing.has(doc.uri)) {
      this.preparing.add(doc.uri);
      setImmediate(() => void this.prepareAhead(doc.uri));
    }
  }

  private async prepareAhead(uri: string): Promise<void> {
    try {
      const settings = await this.settingsFor(uri);
      this.preparing.delete(uri);
      const doc = this.deps.documents.get(uri);
      const file = uriToPath(uri) ?? uri;
      if (doc && settings.enable && !isPolicyFileName(file) && doc.getText().length <= MAX_DOCUMENT_CHARS) this.analyses.prepare(doc, file, settings);
    } catch {
      // A text that cannot be parsed is reported by its check.
      this.preparing.delete(uri);
    }
  }

  /** Resolves once no open document waits for its check (the workspace scan starts after them). */
  async idle(): Promise<void> {
    while (this.timers.size > 0) await new Promise((r) => setTimeout(r, DEBOUNCE_MS));
  }

  cancel(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.preparing.delete(uri);
    this.analyses.forget(uri);
  }

  async settingsFor(uri: string): Promise<Settings> {
    return this.deps.settings.get(uri);
  }

  /** The policy in force for a source file, honouring the policyFile setting. */
  policyFileFor(file: string, settings: Settings): string | undefined {
    return this.deps.policies.fileFor(file, settings.policyFile ? this.resolveOverride(file, settings.policyFile) : undefined);
  }

  private resolveOverride(file: string, override: string): string {
    if (override.startsWith('/') || /^[A-Za-z]:[\\/]/.test(override)) return override;
    const folder = this.folderOf(file);
    return folder ? `${folder}/${override}` : override;
  }

  /** Workspace folders, as paths; set by the server on initialize and on folder changes. */
  folders: string[] = [];

  folderOf(file: string): string | undefined {
    return this.folders.filter((f) => file === f || file.startsWith(f.endsWith('/') ? f : f + '/')).sort((a, b) => b.length - a.length)[0];
  }

  private policyIn(file: string, settings: Settings) {
    const policyFile = this.policyFileFor(file, settings);
    return policyFile ? this.deps.policies.state(policyFile).inForce : undefined;
  }

  private noteCrossBorder(text: string, file: string): void {
    if (text.includes('@crossBorder')) this.crossBorderFiles.add(file);
    else this.crossBorderFiles.delete(file);
  }

  /** The findings to show: suppressed ones only on request. */
  private shown(findings: readonly Finding[], settings: Settings): readonly Finding[] {
    return settings.showSuppressed ? findings : findings.filter((f) => !f.suppressed);
  }

  async checkOpen(uri: string): Promise<void> {
    const doc = this.deps.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const text = doc.getText();
    const file = uriToPath(uri) ?? uri;
    const settings = await this.settingsFor(uri);
    // Closed while the settings were asked for: nothing to check, and no analysis to keep for it.
    if (this.deps.documents.get(uri) !== doc) return;
    const source = settings.enable && !isPolicyFileName(file);
    let diagnostics: Diagnostic[] = [];
    let inventory: (() => Inventory) | undefined;
    if (settings.enable) {
      try {
        if (!source) diagnostics = this.policyDiagnostics(doc, file);
        else if (doc.getText().length > MAX_DOCUMENT_CHARS) diagnostics = [this.tooLarge(doc, doc.getText().length)];
        else {
          const analysis = this.analyses.get(doc, file, settings);
          this.noteCrossBorder(analysis.text, file);
          this.indexTags(file, analysis, settings, true);
          const lang = this.deps.lang();
          diagnostics = this.shown(analysis.findings, settings).map((f) => toDiagnostic(doc, f, lang));
          inventory = () => analysis.inventory();
        }
      } catch (e) {
        this.deps.log(`checking ${uri} failed: ${(e as Error).stack ?? e}`);
        diagnostics = [];
      }
    }
    // The document changed while we worked: that result is stale, a newer check is on its way.
    const now = this.deps.documents.get(uri);
    if (!now || now.version !== version || now.getText() !== text) return;
    // Its inventory is read once the diagnostics are out: they are what a person waits for.
    if (inventory) this.inventories.defer(file, inventory);
    await this.deps.connection.sendDiagnostics({ uri, version, diagnostics });
    this.inventories.flushWhenIdle();
    this.onChecked(uri, diagnostics.length);
  }

  private policyFindings(file: string): Finding[] {
    const state = this.deps.policies.state(file);
    this.index.set(file, state.text, policyOccurrences(state.text), file);
    return analyzePolicy(state.read, state.text, { today: this.deps.today() });
  }

  /** Record a file's ids for navigation; an open document's when navigation next reads them (it changes per keystroke). */
  private indexTags(file: string, analysis: DocumentAnalysis, settings: Settings, open = false): void {
    const scope = analysis.tags.length || analysis.egress.length ? this.policyFileFor(file, settings) : undefined;
    if (open) this.index.defer(file, analysis.text, () => analysisOccurrences(analysis), scope);
    else this.index.set(file, analysis.text, analysisOccurrences(analysis), scope);
  }

  private policyDiagnostics(doc: TextDocument, file: string): Diagnostic[] {
    // Positions come from the text the policy was read from, which is this document's text.
    const lang = this.deps.lang();
    return this.policyFindings(file).map((f) => toDiagnostic(doc, f, lang));
  }

  private tooLarge(doc: TextDocument, size: number): Diagnostic {
    const mb = (MAX_DOCUMENT_CHARS / 1024 / 1024).toFixed(0);
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 3,
      source: 'privacy',
      code: 'document-too-large',
      message:
        this.deps.lang() === 'zh'
          ? `文件过大（${(size / 1024 / 1024).toFixed(1)} MB，上限 ${mb} MB），未检查个人信息标签。`
          : `Not checked for privacy tags: the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${mb} MB limit.`,
      data: { version: doc.version, citations: [] },
    };
  }

  /** The findings of a closed source file, and its inventory rows recorded. Hints only where parsed anyway. */
  private closedFindings(text: string, file: string, settings: Settings): readonly Finding[] {
    this.noteCrossBorder(text, file);
    const analysis = analyzeDocument({ text, fileName: file }, this.policyIn(file, settings), { today: this.deps.today(), project: this.deps.project, hints: settings.detectUnannotated ? 'parsed' : 'off', egress: settings.detectEgress });
    this.indexTags(file, analysis, settings);
    this.inventories.set(file, analysis.tags.length || analysis.egress.length ? analysis.inventory() : undefined);
    return this.shown(analysis.findings, settings);
  }

  /** Check a file that is not open, from disk. */
  async checkClosed(file: string): Promise<number> {
    const uri = pathToUri(file);
    if (this.deps.documents.get(uri)) return 0;
    const epoch = this.deps.settings.epoch;
    const settings = await this.settingsFor(uri);
    // The settings changed while they were read: these are the old ones, and the scan that follows the change
    // checks the file again (or clears what closed files show). Publishing now would leave its result stale.
    if (this.deps.settings.epoch !== epoch) return 0;
    let diagnostics: Diagnostic[] = [];
    if (settings.enable && settings.workspaceDiagnostics && this.inWorkspace(file, settings)) {
      try {
        const read = this.deps.host.readFile(file, MAX_FILE_BYTES);
        // Gone, not a regular file, or too large: nothing to show. A file the system refuses to read is logged.
        if ('problem' in read && read.problem === 'unreadable') this.deps.log(`checking ${file} failed: cannot be read (${read.error})`);
        if ('text' in read) {
          const text = read.text;
          let index: LineIndex | undefined;
          const doc = { version: 0, positionAt: (o: number) => (index ??= new LineIndex(text)).positionAt(o) };
          const findings = isPolicyFileName(file) ? this.policyFindings(file) : isSourceFile(file) ? this.closedFindings(text, file, settings) : [];
          diagnostics = findings.map((f) => toDiagnostic(doc, f, this.deps.lang()));
        }
      } catch (e) {
        this.deps.log(`checking ${file} failed: ${(e as Error).stack ?? e}`);
      }
    }
    if (diagnostics.length || this.closedWithProblems.has(uri)) {
      await this.deps.connection.sendDiagnostics({ uri, diagnostics });
      if (diagnostics.length) this.closedWithProblems.add(uri);
      else this.closedWithProblems.delete(uri);
    }
    this.onChecked(uri, diagnostics.length);
    return diagnostics.length;
  }

  /**
   * Whether a closed file is one the workspace scan would check: under a workspace folder and not excluded. A file
   * changed on disk, closed, or re-checked for its dependencies is shown only then, as a fresh start would show it.
   */
  private inWorkspace(file: string, settings: Settings): boolean {
    const folder = this.folderOf(file);
    if (!folder) return false;
    if (!settings.exclude.length) return true;
    const key = settings.exclude.join('\n');
    let matcher = this.excludes.get(key);
    if (!matcher) this.excludes.set(key, (matcher = ignore().add(settings.exclude)));
    return !matcher.ignores(path.relative(folder, file).split(path.sep).join('/'));
  }

  /** A document was closed: keep showing its problems from disk, or clear them. */
  async closed(uri: string): Promise<void> {
    this.cancel(uri);
    const file = uriToPath(uri);
    const settings = await this.settingsFor(uri);
    // Opened again meanwhile: its own check publishes.
    if (this.deps.documents.get(uri)) return;
    // What was published for the open text must be replaced even when the file on disk has no problems.
    this.closedWithProblems.add(uri);
    if (file) await this.checkClosed(file);
    else await this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
    if (!file) this.closedWithProblems.delete(uri);
  }

  /** Clear what was published for a file that is gone. */
  async removed(file: string): Promise<void> {
    const uri = pathToUri(file);
    this.inventories.set(file, undefined);
    this.index.remove(file);
    this.crossBorderFiles.delete(file);
    this.closedWithProblems.delete(uri);
    await this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * Clear closed files' problems that no longer belong: those outside every folder (a folder was removed), and, after
   * a complete scan of `roots`, those under them that the scan did not check (now excluded, or gone unreported).
   */
  async clearStale(scanned?: { roots: string[]; checked: Set<string> }): Promise<void> {
    const under = (file: string, folders: string[]) => folders.some((f) => file === f || file.startsWith(f.endsWith('/') ? f : f + '/'));
    const stale = (file: string) => !this.folderOf(file) || (!!scanned && under(file, scanned.roots) && !scanned.checked.has(file));
    for (const uri of [...this.closedWithProblems]) {
      const file = uriToPath(uri);
      if (file && !this.deps.documents.get(uri) && stale(file)) await this.removed(file);
    }
    // Their inventory rows go too, also of files that had rows but no problems.
    for (const file of this.inventories.files()) if (!this.deps.documents.get(pathToUri(file)) && stale(file)) this.inventories.set(file, undefined);
  }

  /** Re-check every open document now (policy or settings changed). */
  async recheckOpen(): Promise<void> {
    for (const doc of this.deps.documents.all()) await this.checkOpen(doc.uri);
  }
}
