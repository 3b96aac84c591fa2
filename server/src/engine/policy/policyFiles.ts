/** Finding and reading policy files through the host: the nearest one walking up from a checked file. */
import * as path from 'node:path';
import { exists, type Host } from '../host';
import { loadPolicy, MAX_POLICY_BYTES, type LoadedPolicy } from './loadPolicy';

export const POLICY_FILE_NAMES = ['privacy-policy.yaml', 'privacy-policy.yml', 'privacy-policy.json'] as const;

export function isPolicyFileName(file: string): boolean {
  return (POLICY_FILE_NAMES as readonly string[]).includes(path.basename(file));
}

/**
 * The nearest policy file in `dir` or its ancestors, up to `stopAt` (inclusive) when given, and never past
 * the root of the repository (a folder holding `.git`): a policy above the project is not the project's.
 * Whatever carries the name counts, even a directory: reading it then gives a clear error
 * instead of a silently different policy.
 */
export function findNearestPolicy(host: Host, dir: string, stopAt?: string): string | undefined {
  let current = path.resolve(dir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const found = policyIn(host, current);
    if (found) return found;
    const parent = path.dirname(current);
    if (parent === current || current === stop || isRepositoryRoot(host, current)) return undefined;
    current = parent;
  }
}

/** The policy file in one folder, if any (the first of POLICY_FILE_NAMES there). */
function policyIn(host: Host, dir: string): string | undefined {
  for (const name of POLICY_FILE_NAMES) {
    const candidate = path.join(dir, name);
    if (exists(host, candidate)) return candidate;
  }
  return undefined;
}

function isRepositoryRoot(host: Host, dir: string): boolean {
  return exists(host, path.join(dir, '.git'));
}

export interface PolicyReadResult extends LoadedPolicy {
  file: string;
  text: string;
  /** Set when the file could not be read at all (missing, a directory, unreadable, too large). */
  readError?: string;
}

/** Read and load one policy file; never throws. */
export function readPolicyFile(host: Host, file: string): PolicyReadResult {
  const abs = path.resolve(file);
  const read = host.readFile(abs, MAX_POLICY_BYTES);
  if (!('text' in read)) {
    switch (read.problem) {
      case 'directory':
        return failed(abs, `${abs} is a directory, not a policy file.`, `${abs} 是目录，不是政策文件。`);
      case 'not-file':
        return failed(abs, `${abs} is not a regular file (a pipe or a device?).`, `${abs} 不是普通文件（是管道或设备？）。`);
      case 'too-large':
        return failed(abs, `${abs} is larger than ${MAX_POLICY_BYTES / 1024} KiB; a policy file is never that large.`, `${abs} 超过 ${MAX_POLICY_BYTES / 1024} KiB，不是有效的政策文件。`);
      default:
        return failed(abs, `${abs} cannot be read (${read.error}).`, `无法读取 ${abs}（${read.error}）。`);
    }
  }
  // Editors hide a byte-order mark; positions must match what they show.
  const text = read.text.charCodeAt(0) === 0xfeff ? read.text.slice(1) : read.text;
  return { file: abs, text, ...loadPolicy(text, abs) };
}

function failed(file: string, en: string, zh: string): PolicyReadResult {
  return { file, text: '', readError: en, problems: [{ span: { start: 0, end: 0 }, severity: 'error', message: { en, zh } }] };
}

/** Loads each policy file once and remembers which policy governs which directory. */
export class PolicyCache {
  private readonly byFile = new Map<string, PolicyReadResult>();
  private readonly byDir = new Map<string, string | undefined>();

  constructor(
    private readonly host: Host,
    private readonly override?: string,
  ) {}

  /** The policy governing a source file: the override, or the nearest one. */
  policyFileFor(sourceFile: string): string | undefined {
    if (this.override) return path.resolve(this.override);
    return this.nearest(path.dirname(path.resolve(sourceFile)));
  }

  /** findNearestPolicy, remembered for every folder on the way up: sibling folders share their ancestors' answer. */
  private nearest(dir: string): string | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    let found = policyIn(this.host, dir);
    const parent = path.dirname(dir);
    if (!found && parent !== dir && !isRepositoryRoot(this.host, dir)) found = this.nearest(parent);
    this.byDir.set(dir, found);
    return found;
  }

  load(file: string): PolicyReadResult {
    let r = this.byFile.get(file);
    if (!r) {
      r = readPolicyFile(this.host, file);
      this.byFile.set(file, r);
    }
    return r;
  }

  get loaded(): PolicyReadResult[] {
    return [...this.byFile.values()];
  }
}
