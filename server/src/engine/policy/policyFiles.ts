/** Finding and reading policy files on disk: the nearest one walking up from a checked file. */
import * as fs from 'node:fs';
import * as path from 'node:path';
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
export function findNearestPolicy(dir: string, stopAt?: string): string | undefined {
  let current = path.resolve(dir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    for (const name of POLICY_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current || current === stop || fs.existsSync(path.join(current, '.git'))) return undefined;
    current = parent;
  }
}

export interface PolicyReadResult extends LoadedPolicy {
  file: string;
  text: string;
  /** Set when the file could not be read at all (missing, a directory, unreadable, too large). */
  readError?: string;
}

/** Read and load one policy file; never throws. */
export function readPolicyFile(file: string): PolicyReadResult {
  const abs = path.resolve(file);
  let text: string;
  try {
    const stat = fs.statSync(abs);
    if (stat.isDirectory()) return failed(abs, `${abs} is a directory, not a policy file.`, `${abs} 是目录，不是政策文件。`);
    if (stat.size > MAX_POLICY_BYTES) return failed(abs, `${abs} is larger than ${MAX_POLICY_BYTES / 1024} KiB; a policy file is never that large.`, `${abs} 超过 ${MAX_POLICY_BYTES / 1024} KiB，不是有效的政策文件。`);
    text = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return failed(abs, `${abs} cannot be read (${code}).`, `无法读取 ${abs}（${code}）。`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { file: abs, text, ...loadPolicy(text, abs) };
}

function failed(file: string, en: string, zh: string): PolicyReadResult {
  return { file, text: '', readError: en, problems: [{ span: { start: 0, end: 0 }, severity: 'error', message: { en, zh } }] };
}

/** Loads each policy file once and remembers which policy governs which directory. */
export class PolicyCache {
  private readonly byFile = new Map<string, PolicyReadResult>();
  private readonly byDir = new Map<string, string | undefined>();

  constructor(private readonly override?: string) {}

  /** The policy governing a source file: the override, or the nearest one. */
  policyFileFor(sourceFile: string): string | undefined {
    if (this.override) return path.resolve(this.override);
    return this.nearest(path.dirname(path.resolve(sourceFile)));
  }

  /** findNearestPolicy, remembered for every folder on the way up: sibling folders share their ancestors' answer. */
  private nearest(dir: string): string | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    let found: string | undefined = POLICY_FILE_NAMES.map((name) => path.join(dir, name)).find((f) => fs.existsSync(f));
    const parent = path.dirname(dir);
    if (!found && parent !== dir && !fs.existsSync(path.join(dir, '.git'))) found = this.nearest(parent);
    this.byDir.set(dir, found);
    return found;
  }

  load(file: string): PolicyReadResult {
    let r = this.byFile.get(file);
    if (!r) {
      r = readPolicyFile(file);
      this.byFile.set(file, r);
    }
    return r;
  }

  get loaded(): PolicyReadResult[] {
    return [...this.byFile.values()];
  }
}
