/** The engine's host on Node's file system: what the CLI passes, and what the language server falls back to. */
import * as fs from 'node:fs';
import type { DirEntry, EntryKind, FileRead, FileStat, Host, HostError } from '../engine/index';

const codeOf = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e);

function failed(e: unknown): HostError {
  return { error: codeOf(e) };
}

function kindOf(d: fs.Dirent): EntryKind {
  return d.isFile() ? 'file' : d.isDirectory() ? 'directory' : d.isSymbolicLink() ? 'symlink' : 'other';
}

// Non-blocking, so that a FIFO named like a source file cannot hang a read.
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * The `size` bytes fstat measured, as UTF-8 (a file that grows meanwhile is read as it was measured). Into one
 * buffer of that size: readFileSync(fd) cost about 2 µs more per file (10,000 files: 178 against 157 ms).
 */
function readAll(fd: number, size: number): string {
  const buffer = Buffer.allocUnsafe(size);
  let done = 0;
  while (done < size) {
    const n = fs.readSync(fd, buffer, done, size - done, done);
    if (n === 0) break;
    done += n;
  }
  return buffer.toString('utf8', 0, done);
}

export const nodeHost: Host = {
  /** One open and fstat: a stat by path before reading would cost a second system call per file. */
  readFile(file: string, maxBytes: number): FileRead {
    let fd: number;
    try {
      fd = fs.openSync(file, READ_FLAGS);
    } catch (e) {
      const error = codeOf(e);
      // Windows refuses to open a directory at all.
      if (error === 'EISDIR') return { problem: 'directory' };
      return { problem: error === 'ENOENT' || error === 'ENOTDIR' ? 'missing' : 'unreadable', error };
    }
    try {
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) return { problem: stat.isDirectory() ? 'directory' : 'not-file' };
      if (stat.size > maxBytes) return { problem: 'too-large', size: stat.size };
      return { text: readAll(fd, stat.size) };
    } catch (e) {
      return { problem: 'unreadable', error: codeOf(e) };
    } finally {
      fs.closeSync(fd);
    }
  },

  list(dir: string): DirEntry[] | HostError {
    try {
      return fs.readdirSync(dir, { withFileTypes: true }).map((d) => ({ name: d.name, kind: kindOf(d) }));
    } catch (e) {
      return failed(e);
    }
  },

  stat(file: string): FileStat | HostError {
    try {
      // Without an exception for the commonest answer (nothing there): module resolution probes many names.
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat) return { error: 'ENOENT' };
      return { kind: stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other', size: stat.size };
    } catch (e) {
      return failed(e);
    }
  },

  realPath(file: string): string | HostError {
    try {
      return fs.realpathSync(file);
    } catch (e) {
      return failed(e);
    }
  },
};
