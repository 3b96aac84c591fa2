/**
 * The policies in force, read through the session's host: a policy open in the editor from its unsaved text,
 * otherwise from disk. A policy that stops parsing leaves its last good version in force, and says so.
 */
import * as path from 'node:path';
import {
  findNearestPolicy,
  type Host,
  LineIndex,
  type Policy,
  type PolicyReadResult,
  readPolicyFile,
} from '../engine/index';
import type { Lang } from './locale';
import type { PolicyStatus } from '../protocol';

export interface PolicyState {
  file: string;
  text: string;
  read: PolicyReadResult;
  /** The policy rules use: the current one if usable, else the last good one. */
  inForce?: Policy;
  /** The current text cannot be used (syntax, schema, unreadable). */
  broken: boolean;
  /** "line:col message" of the first error, for the status bar. */
  firstError?: { en: string; zh: string };
}

export class PolicyStore {
  private readonly states = new Map<string, PolicyState>();
  private readonly lastGood = new Map<string, Policy>();
  private readonly nearest = new Map<string, string | undefined>();

  /** `folderOf`: the workspace folder of a file, above which no policy is looked for. */
  constructor(
    private readonly host: Host,
    private readonly folderOf: (file: string) => string | undefined = () => undefined,
  ) {}

  /** The policy file governing a source file: the override when set, else the nearest one. */
  fileFor(sourceFile: string, override?: string): string | undefined {
    if (override) return path.resolve(override);
    const dir = path.dirname(sourceFile);
    if (!this.nearest.has(dir)) this.nearest.set(dir, findNearestPolicy(this.host, dir, this.folderOf(sourceFile)));
    return this.nearest.get(dir);
  }

  state(file: string): PolicyState {
    let s = this.states.get(file);
    if (!s) {
      s = this.load(file);
      this.states.set(file, s);
    }
    return s;
  }

  /** Drop what is known of one policy file (its text changed). */
  invalidate(file: string): void {
    this.states.delete(file);
  }

  /** Policy files appeared or disappeared: which file governs which folder must be found again. */
  invalidateDiscovery(): void {
    this.nearest.clear();
  }

  get known(): string[] {
    return [...this.states.keys()];
  }

  private load(file: string): PolicyState {
    const read = readPolicyFile(this.host, file);
    if (read.policy) this.lastGood.set(file, read.policy);
    const errors = read.problems.filter((p) => p.severity === 'error');
    const broken = !read.policy;
    let firstError: PolicyState['firstError'];
    if (errors.length) {
      const pos = new LineIndex(read.text).positionAt(errors[0].span.start);
      const at = read.readError ? '' : `${pos.line + 1}:${pos.character + 1} `;
      firstError = { en: at + errors[0].message.en, zh: at + errors[0].message.zh };
    }
    return { file, text: read.text, read, inForce: read.policy ?? this.lastGood.get(file), broken, firstError };
  }
}


export function statusOf(store: PolicyStore, file: string | undefined, lang: Lang): PolicyStatus {
  if (!file) return { state: 'none' };
  const s = store.state(file);
  if (!s.broken && !s.firstError) return { state: 'ok', file };
  return { state: 'broken', file, message: s.firstError?.[lang], usingLastGood: s.broken && s.inForce !== undefined };
}
