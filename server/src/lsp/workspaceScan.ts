/**
 * Checks every JS/TS file (and policy file) under the workspace folders, so problems show for closed files too.
 * Honours .gitignore and the exclude setting; reports work-done progress; yields between batches
 * so the server keeps answering while it scans.
 */
import * as path from 'node:path';
import ignore from 'ignore';
import type { Connection } from 'vscode-languageserver';
import { ScannedNotification } from '../protocol';
import { type Host, isFile, POLICY_FILE_NAMES, walk } from '../engine/index';
import type { Checker } from './checker';
import type { Lang } from './locale';

const BATCH = 50;

export interface ScanResult {
  files: number;
  withProblems: number;
}

/** Files to check under one folder: sources by the walk's rules, plus policy files, minus excludes. */
export function workspaceFiles(host: Host, folder: string, exclude: string[]): string[] {
  const { files } = walk(host, [folder]);
  const ig = ignore().add(exclude);
  const rel = (f: string) => path.relative(folder, f).split(path.sep).join('/');
  const policies = findPolicyFiles(host, folder, new Set(files.map((f) => path.dirname(f))));
  return [...files, ...policies].filter((f) => !exclude.length || !ig.ignores(rel(f)));
}

/** Policy files in the folder itself and in every folder that holds a checked file, and their ancestors up to the folder. */
function findPolicyFiles(host: Host, root: string, dirs: Set<string>): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const start of [root, ...dirs]) {
    for (let d = start; d.startsWith(root) && !seen.has(d); d = path.dirname(d)) {
      seen.add(d);
      for (const name of POLICY_FILE_NAMES) {
        const f = path.join(d, name);
        if (isFile(host, f)) found.push(f);
      }
      if (d === root) break;
    }
  }
  return found;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The roots of both lists, without one inside another. */
function mergeRoots(a: readonly string[], b: readonly string[]): string[] {
  const all = [...new Set([...a, ...b])];
  return all.filter((r) => !all.some((o) => r !== o && r.startsWith(o.endsWith(path.sep) ? o : o + path.sep)));
}

export class WorkspaceScanner {
  private generation = 0;
  /** The roots of the scan under way: a newer scan that stops it must cover them too. */
  private unfinished: string[] | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly checker: Checker,
    private readonly host: Host,
    private readonly lang: () => Lang,
    private readonly progressSupported: () => boolean,
  ) {}

  /**
   * Scan all folders; a newer scan stops an older one and takes over the folders the older one had not finished
   * (a policy change rescans the policy's folder alone, and must not leave the rest of a first scan undone), those
   * still in the workspace.
   */
  async scan(folders: string[], exclude: (folder: string) => Promise<string[]>): Promise<ScanResult> {
    if (this.unfinished) folders = mergeRoots(this.unfinished.filter((r) => this.checker.folderOf(r) !== undefined), folders);
    this.unfinished = folders;
    const generation = ++this.generation;
    const files: string[] = [];
    // Not push(...list): spreading some 120,000 arguments or more overflows the stack.
    for (const folder of folders) for (const file of workspaceFiles(this.host, folder, await exclude(folder))) files.push(file);
    const progress = this.progressSupported() ? await this.connection.window.createWorkDoneProgress() : undefined;
    const zh = this.lang() === 'zh';
    progress?.begin(zh ? '检查个人信息标签' : 'Checking privacy annotations', 0, zh ? `共 ${files.length} 个文件` : `${files.length} files`, true);
    let withProblems = 0;
    let complete = false;
    try {
      for (let i = 0; i < files.length; i++) {
        if (generation !== this.generation || progress?.token.isCancellationRequested) break;
        if ((await this.checker.checkClosed(files[i])) > 0) withProblems++;
        complete = i === files.length - 1;
        if (i % BATCH === BATCH - 1) {
          progress?.report(Math.round(((i + 1) / files.length) * 100), `${i + 1}/${files.length}`);
          await yieldToEventLoop();
        }
      }
      if (files.length === 0) complete = true;
      // Problems published earlier for files this complete scan no longer checks (excluded now) are cleared.
      if (complete && generation === this.generation) await this.checker.clearStale({ roots: folders, checked: new Set(files) });
    } finally {
      progress?.done();
    }
    // A scan a newer one stopped says nothing: "scanned" is for the scan of the folders as they now are.
    if (generation === this.generation) this.unfinished = undefined;
    if (generation === this.generation) void this.connection.sendNotification(ScannedNotification, { files: files.length, withProblems });
    return { files: files.length, withProblems };
  }
}
