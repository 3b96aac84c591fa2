/**
 * Keeps diagnostics current: open documents shortly after each edit (debounced, stale versions dropped),
 * closed files from disk, and policy files themselves. Publishes with textDocument/publishDiagnostics,
 * which every LSP client shows, for closed files too.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { analyzePolicy, analyzeText } from '../engine/analyze';
import { isPolicyFileName } from '../engine/policy/policyFiles';
import { isSourceFile, MAX_FILE_BYTES } from '../engine/workspace/walk';
import type { Finding } from '../engine/types';
import { LineIndex } from '../engine/text/lineIndex';
import { toDiagnostic } from './diagnostics';
import type { Project } from '../engine/xref/reaching';
import { inventoryOf, type Inventory } from '../engine/inventory/inventory';
import { extractTags, mightContainTags, parseDocument, type SyntaxTree } from '../engine/extract/extractTags';
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
}

export function uriToPath(uri: string): string | undefined {
  const u = URI.parse(uri);
  return u.scheme === 'file' ? u.fsPath : undefined;
}

export function pathToUri(file: string): string {
  return URI.file(file).toString();
}

/**
 * A regular file's text, or undefined when it is not one or is over MAX_FILE_BYTES. One open and fstat, where a
 * stat by path before reading cost the workspace scan a second system call per file.
 */
function readSmallFile(file: string): string | undefined {
  // Non-blocking, so that a FIFO named like a source file cannot hang the scan.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    return stat.isFile() && stat.size <= MAX_FILE_BYTES ? fs.readFileSync(fd, 'utf8') : undefined;
  } finally {
    fs.closeSync(fd);
  }
}

export class Checker {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** URIs of closed files we published problems for (so they can be cleared). */
  private readonly closedWithProblems = new Set<string>();
  /** The syntax tree of each open document's last checked version: the next version re-parses only what changed. */
  private readonly trees = new Map<string, SyntaxTree>();
  /** Files holding @crossBorder tags: their findings depend on other files' types. */
  readonly crossBorderFiles = new Set<string>();
  /**
   * The data inventory of each checked file that has tags (for the Personal Data view and the export). Each is a
   * copy made from its JSON (the rows' strings would otherwise be slices of the file's text and keep all of it),
   * with a digest of that JSON to tell whether the next check changed it.
   */
  readonly inventories = new Map<string, { inventory: Inventory; digest: string }>();
  /** Open documents' inventories not yet read (they wait for the diagnostics to go out). */
  private readonly pendingInventories = new Map<string, () => void>();
  /** Documents whose tree is about to be brought up to date (several keystrokes make one parse). */
  private readonly parsing = new Set<string>();
  /** Called when a file's inventory rows change. */
  onInventoryChanged: () => void = () => undefined;
  /** Called after each check; tests and the workspace scan listen. */
  onChecked: (uri: string, count: number) => void = () => undefined;

  constructor(private readonly deps: CheckerDeps) {}

  /**
   * Check an open document after the debounce; a newer edit restarts the wait. Its syntax tree is brought up to
   * date right away, in the idle time of the wait, so the check after it has only the analysis left to do.
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
    if (!this.parsing.has(doc.uri)) {
      this.parsing.add(doc.uri);
      setImmediate(() => void this.parseAhead(doc.uri));
    }
  }

  private async parseAhead(uri: string): Promise<void> {
    try {
      const settings = await this.settingsFor(uri);
      this.parsing.delete(uri);
      const doc = this.deps.documents.get(uri);
      const file = uriToPath(uri) ?? uri;
      if (doc && settings.enable && !isPolicyFileName(file)) this.treeFor(doc, file, settings);
    } catch {
      // A text that cannot be parsed is reported by its check.
      this.parsing.delete(uri);
    }
  }

  /**
   * The document's tree, parsed incrementally from the last version's, and its tags read (both kept for the
   * check: the engine caches them by text), when its check will need them.
   */
  private treeFor(doc: TextDocument, file: string, settings: Settings): void {
    const text = doc.getText();
    const tagged = mightContainTags(text);
    if (text.length > MAX_DOCUMENT_CHARS || !(tagged || settings.detectUnannotated)) return;
    const previous = this.trees.get(doc.uri);
    this.trees.delete(doc.uri);
    const tree = parseDocument(text, file, previous);
    this.trees.set(doc.uri, tree);
    if (tagged) extractTags(text, file, tree);
  }

  /** Resolves once no open document waits for its check (the workspace scan starts after them). */
  async idle(): Promise<void> {
    while (this.timers.size > 0) await new Promise((r) => setTimeout(r, DEBOUNCE_MS));
  }

  cancel(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.trees.delete(uri);
    this.parsing.delete(uri);
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

  /** Findings for a source text under the policy in force (without one, the law-based rules still run). */
  analyzeSource(text: string, file: string, settings: Settings, open = false): Finding[] {
    const policy = this.policyIn(file, settings);
    if (text.includes('@crossBorder')) this.crossBorderFiles.add(file);
    else this.crossBorderFiles.delete(file);
    // An open document's inventory waits until its diagnostics are out (checkOpen): they are what a person waits for.
    if (!open) {
      this.pendingInventories.delete(file);
      this.updateInventory(text, file, settings);
    }
    // Hints for open files always; for closed ones only when parsed anyway (a workspace scan stays cheap).
    const hints = !settings.detectUnannotated ? 'off' : open ? 'all' : 'parsed';
    const findings = analyzeText(text, file, policy, { today: this.deps.today(), project: this.deps.project, hints });
    return settings.showSuppressed ? findings : findings.filter((f) => !f.suppressed);
  }

  private policyIn(file: string, settings: Settings) {
    const policyFile = this.policyFileFor(file, settings);
    return policyFile ? this.deps.policies.state(policyFile).inForce : undefined;
  }

  /** The inventory rows of a source file, for the Personal Data view and the export. */
  private updateInventory(text: string, file: string, settings: Settings): void {
    this.recordInventory(file, mightContainTags(text) ? inventoryOf(text, file, file, this.policyIn(file, settings)) : undefined);
  }

  private recordInventory(file: string, inventory: Inventory | undefined): void {
    const empty = !inventory || (inventory.annotations.length === 0 && inventory.transfers.length === 0);
    if (empty) {
      if (this.inventories.delete(file)) this.onInventoryChanged();
      return;
    }
    const json = JSON.stringify(inventory);
    const digest = createHash('sha1').update(json).digest('base64');
    if (this.inventories.get(file)?.digest === digest) return;
    const copy = JSON.parse(json) as Inventory;
    // One string for the file name of every row, not one per row.
    for (const row of [...copy.annotations, ...copy.transfers]) if (row.file === file) row.file = file;
    this.inventories.set(file, { inventory: copy, digest });
    this.onInventoryChanged();
  }

  async checkOpen(uri: string): Promise<void> {
    const doc = this.deps.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const file = uriToPath(uri) ?? uri;
    const settings = await this.settingsFor(uri);
    const source = settings.enable && !isPolicyFileName(file);
    let diagnostics: Diagnostic[] = [];
    if (settings.enable) {
      try {
        diagnostics = source ? this.sourceDiagnostics(doc, file, settings) : this.policyDiagnostics(doc, file);
      } catch (e) {
        this.deps.log(`checking ${uri} failed: ${(e as Error).stack ?? e}`);
        diagnostics = [];
      }
    }
    // The document changed while we worked: that result is stale, a newer check is on its way.
    const now = this.deps.documents.get(uri);
    if (!now || now.version !== version) return;
    const text = source ? doc.getText() : '';
    if (source && text.length <= MAX_DOCUMENT_CHARS) this.pendingInventories.set(file, () => this.updateInventory(text, file, settings));
    await this.deps.connection.sendDiagnostics({ uri, version, diagnostics });
    this.flushInventories();
    this.onChecked(uri, diagnostics.length);
  }

  /** Bring every inventory up to date; whoever reads `inventories` calls this first. */
  flushInventories(): void {
    for (const [file, update] of this.pendingInventories) {
      this.pendingInventories.delete(file);
      try {
        update();
      } catch (e) {
        this.deps.log(`reading the inventory of ${file} failed: ${(e as Error).stack ?? e}`);
      }
    }
  }

  private sourceDiagnostics(doc: TextDocument, file: string, settings: Settings): Diagnostic[] {
    const text = doc.getText();
    if (text.length > MAX_DOCUMENT_CHARS) return [this.tooLarge(doc, text.length)];
    const lang = this.deps.lang();
    // Parsed here (if parseAhead has not) so that the inventory, the analysis, hovers and code lenses read one tree.
    this.treeFor(doc, file, settings);
    return this.analyzeSource(text, file, settings, true).map((f) => toDiagnostic(doc, f, lang));
  }

  private policyFindings(file: string): Finding[] {
    const state = this.deps.policies.state(file);
    return analyzePolicy(state.read, state.text, { today: this.deps.today() });
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

  /** Check a file that is not open, from disk. */
  async checkClosed(file: string): Promise<number> {
    const uri = pathToUri(file);
    if (this.deps.documents.get(uri)) return 0;
    const settings = await this.settingsFor(uri);
    let diagnostics: Diagnostic[] = [];
    if (settings.enable && settings.workspaceDiagnostics) {
      try {
        const text = readSmallFile(file);
        if (text !== undefined) {
          let index: LineIndex | undefined;
          const doc = { version: 0, positionAt: (o: number) => (index ??= new LineIndex(text)).positionAt(o) };
          const findings = isPolicyFileName(file)
            ? this.policyFindings(file)
            : isSourceFile(file)
              ? this.analyzeSource(text, file, settings)
              : [];
          diagnostics = findings.map((f) => toDiagnostic(doc, f, this.deps.lang()));
        }
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT') this.deps.log(`checking ${file} failed: ${(e as Error).stack ?? e}`);
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

  /** A document was closed: keep showing its problems from disk, or clear them. */
  async closed(uri: string): Promise<void> {
    this.cancel(uri);
    const file = uriToPath(uri);
    const settings = await this.settingsFor(uri);
    if (file && settings.workspaceDiagnostics) await this.checkClosed(file);
    else await this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Clear what was published for a file that is gone. */
  async removed(file: string): Promise<void> {
    const uri = pathToUri(file);
    this.pendingInventories.delete(file);
    this.recordInventory(file, undefined);
    this.closedWithProblems.delete(uri);
    await this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Re-check every open document now (policy or settings changed). */
  async recheckOpen(): Promise<void> {
    for (const doc of this.deps.documents.all()) await this.checkOpen(doc.uri);
  }
}
