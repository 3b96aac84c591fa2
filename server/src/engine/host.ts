/**
 * How the engine reaches files: through a host passed in, never the file system itself. The CLI passes Node's
 * (runtime/nodeHost.ts), the language server one that prefers open documents' unsaved text, tests one in memory.
 * Paths are absolute. Nothing here throws: a failure is a value saying what went wrong.
 */

/** Why a path could not be used: the system's error code (ENOENT, EACCES, ELOOP, ...). */
export interface HostError {
  error: string;
}

/** What a folder entry is, its link not followed. */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface DirEntry {
  name: string;
  kind: EntryKind;
}

/** What a path is, links followed. */
export interface FileStat {
  kind: Exclude<EntryKind, 'symlink'>;
  size: number;
}

/** A file's text, or why there is none. */
export type FileRead =
  | { text: string }
  /** missing: nothing there (ENOENT, ENOTDIR); unreadable: there, but the system refused (EACCES, ELOOP, EIO...). */
  | { problem: 'missing' | 'unreadable'; error: string }
  /** A directory, or something other than a regular file (a FIFO, a socket, a device). */
  | { problem: 'directory' | 'not-file' }
  | { problem: 'too-large'; size: number };

export interface Host {
  /** The UTF-8 text of a regular file of at most `maxBytes` bytes. Never waits on a FIFO. */
  readFile(file: string, maxBytes: number): FileRead;
  /** A folder's entries in one listing, with their kinds (links not followed), in no particular order. */
  list(dir: string): DirEntry[] | HostError;
  /** What a path is, links followed. */
  stat(file: string): FileStat | HostError;
  /** The path with every link in it resolved. */
  realPath(file: string): string | HostError;
}

/** Something is at the path, links followed (whatever it is). */
export function exists(host: Host, file: string): boolean {
  return !('error' in host.stat(file));
}

/** A regular file is at the path, links followed. */
export function isFile(host: Host, file: string): boolean {
  const stat = host.stat(file);
  return !('error' in stat) && stat.kind === 'file';
}

/** A host without files: a check given no other host looks at its own text alone. */
export const noFiles: Host = {
  readFile: () => ({ problem: 'missing', error: 'ENOENT' }),
  list: () => ({ error: 'ENOENT' }),
  stat: () => ({ error: 'ENOENT' }),
  realPath: () => ({ error: 'ENOENT' }),
};

/**
 * A host that remembers the folders it lists, for a run that walks a tree and then asks about names in it (is there
 * a privacy-policy.yaml here, a .git?): a name missing from a folder listed before is answered as missing with no
 * system call. Everything else, names listed included, is asked of `host`. For one-off runs (the CLI): a folder
 * listed once is not listed again, so files added to it afterwards are not seen.
 */
export function rememberingListings(host: Host): Host {
  const listed = new Map<string, Set<string>>();
  const absent = (file: string): boolean => {
    const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    const names = cut > 0 ? listed.get(file.slice(0, cut)) : undefined;
    return !!names && !names.has(file.slice(cut + 1));
  };
  return {
    readFile: (file, maxBytes) => (absent(file) ? { problem: 'missing', error: 'ENOENT' } : host.readFile(file, maxBytes)),
    list(dir) {
      const entries = host.list(dir);
      if (!('error' in entries)) listed.set(dir, new Set(entries.map((e) => e.name)));
      return entries;
    },
    stat: (file) => (absent(file) ? { error: 'ENOENT' } : host.stat(file)),
    realPath: (file) => host.realPath(file),
  };
}
