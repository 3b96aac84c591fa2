/**
 * A file system in memory for the engine's host: files, folders (made by the files in them, or on their own),
 * links, and paths the system refuses. Paths are absolute; tests edit it between checks and count its reads.
 */
import * as path from 'node:path';
import type { DirEntry, EntryKind, FileRead, FileStat, Host, HostError } from '../server/src/engine/host';

/** As Linux gives up: after 40 links in one path. */
const MAX_LINKS = 40;

export class MemoryHost implements Host {
  private readonly files = new Map<string, string>();
  private readonly links = new Map<string, string>();
  /** Each folder's entries (files, folders, links) by name. */
  private readonly folders = new Map<string, Map<string, EntryKind>>([[path.resolve('/'), new Map()]]);
  /** Paths whose reading or listing the system refuses, with its error code. */
  private readonly refused = new Map<string, string>();
  /** How many times a file was asked for (read or not). */
  reads = 0;
  stats = 0;

  /** `files`: text by absolute path (or by path relative to `root`); a path ending in "/" is an empty folder. */
  constructor(files: Record<string, string> = {}, readonly root = path.resolve('/')) {
    for (const [file, text] of Object.entries(files)) {
      if (file.endsWith('/')) this.mkdir(path.resolve(root, file));
      else this.write(path.resolve(root, file), text);
    }
  }

  /** Create or replace a file (its folders are made as needed). */
  write(file: string, text: string): this {
    this.files.set(file, text);
    this.entry(file, 'file');
    return this;
  }

  mkdir(dir: string): this {
    if (!this.folders.has(dir)) {
      this.folders.set(dir, new Map());
      this.entry(dir, 'directory');
    }
    return this;
  }

  /** A symbolic link at `link` to `target` (relative to the link's folder, or absolute). */
  link(link: string, target: string): this {
    this.links.set(link, target);
    this.entry(link, 'symlink');
    return this;
  }

  /** Make the system refuse to read or list a path (e.g. EACCES). */
  refuse(file: string, error = 'EACCES'): this {
    this.refused.set(file, error);
    return this;
  }

  remove(file: string): this {
    this.files.delete(file);
    this.links.delete(file);
    this.folders.get(path.dirname(file))?.delete(path.basename(file));
    return this;
  }

  private entry(file: string, kind: EntryKind): void {
    const dir = path.dirname(file);
    if (dir === file) return;
    this.mkdir(dir);
    this.folders.get(dir)!.set(path.basename(file), kind);
  }

  /** The path with its links resolved, or why it cannot be. */
  realPath(file: string): string | HostError {
    const rest = file.split(path.sep).filter(Boolean);
    let current = path.resolve('/');
    let hops = 0;
    while (rest.length) {
      const next = path.join(current, rest.shift()!);
      const target = this.links.get(next);
      if (target !== undefined) {
        if (++hops > MAX_LINKS) return { error: 'ELOOP' };
        rest.unshift(...path.resolve(current, target).split(path.sep).filter(Boolean));
        current = path.resolve('/');
        continue;
      }
      if (this.files.has(next) && rest.length) return { error: 'ENOTDIR' };
      if (!this.files.has(next) && !this.folders.has(next)) return { error: 'ENOENT' };
      current = next;
    }
    return current;
  }

  stat(file: string): FileStat | HostError {
    this.stats++;
    const real = this.realPath(file);
    if (typeof real !== 'string') return real;
    const text = this.files.get(real);
    return text === undefined ? { kind: 'directory', size: 0 } : { kind: 'file', size: Buffer.byteLength(text) };
  }

  list(dir: string): DirEntry[] | HostError {
    const refused = this.refused.get(dir);
    if (refused) return { error: refused };
    const real = this.realPath(dir);
    if (typeof real !== 'string') return real;
    const entries = this.folders.get(real);
    if (!entries) return { error: 'ENOTDIR' };
    return [...entries].map(([name, kind]) => ({ name, kind }));
  }

  readFile(file: string, maxBytes: number): FileRead {
    this.reads++;
    const real = this.realPath(file);
    if (typeof real !== 'string') return { problem: real.error === 'ENOENT' || real.error === 'ENOTDIR' ? 'missing' : 'unreadable', error: real.error };
    const refused = this.refused.get(file) ?? this.refused.get(real);
    if (refused) return { problem: 'unreadable', error: refused };
    const text = this.files.get(real);
    if (text === undefined) return { problem: 'directory' };
    const size = Buffer.byteLength(text);
    if (size > maxBytes) return { problem: 'too-large', size };
    return { text };
  }
}
