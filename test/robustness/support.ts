/**
 * Shared by the robustness tests: the invariants every engine answer must keep (spans inside the document,
 * well-formed findings and fixes, no input slower than the per-case budget), the checks applied to a fixed
 * text (it still parses, nothing outside the edits changed, the targeted finding is gone), and small helpers
 * for temp workspaces and the real CLI.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as ts from 'typescript';
import { RULE_IDS, type AnalyzeOptions, type Finding, type FixData, type Span } from '../../server/src/engine/index';
import { Project } from '../../server/src/engine/xref/reaching';
import { nodeHost } from '../../server/src/runtime/nodeHost';
import type { OffsetEdit } from '../../server/src/lsp/fixes';

export const REPO = path.resolve(__dirname, '../../..');
export const CLI = path.join(REPO, 'dist', 'cli.js');
export const HOSTILE = path.join(REPO, 'test', 'fixtures', 'hostile');
export const DEMO = path.join(REPO, 'examples', 'demo');
export const TODAY = '2026-11-28';

/** Options for analyzeText as the CLI runs it: the fixed date, and other files read from disk (cross-file checks). */
export function onDisk(): AnalyzeOptions {
  return { today: TODAY, project: new Project(nodeHost) };
}

/**
 * The budget of one fuzz input (any single engine call), in ms. FUZZ_CASE_MS overrides it. Inputs are a few KB and
 * take milliseconds: the budget catches superlinear work, with room for a loaded machine (speed is measured in bench/).
 */
export const CASE_BUDGET_MS = Number(process.env.FUZZ_CASE_MS ?? 5000);

/** A broken invariant. The message says which one and where. */
export class InvariantError extends Error {
  override name = 'InvariantError';
  /** What kind of failure this is, for grouping (defaults to the message with its variable parts taken out). */
  constructor(message: string, readonly kind?: string) {
    super(message);
  }
}

export function fail(message: string, kind?: string): never {
  throw new InvariantError(message, kind);
}

/** Runs fn and fails when it takes longer than the per-case budget. */
export function timed<T>(what: string, fn: () => T, budgetMs = CASE_BUDGET_MS): T {
  const t0 = performance.now();
  const r = fn();
  const ms = performance.now() - t0;
  if (ms > budgetMs) fail(`${what} took ${ms.toFixed(0)} ms (budget ${budgetMs} ms)`);
  return r;
}

export function isSpan(span: unknown): span is Span {
  const s = span as Span | undefined;
  return !!s && Number.isInteger(s.start) && Number.isInteger(s.end);
}

/** 0 <= start <= end <= length. */
export function checkSpan(span: Span | undefined, length: number, what: string): void {
  if (!isSpan(span) || span.start < 0 || span.start > span.end || span.end > length) {
    fail(`${what}: span ${JSON.stringify(span)} is not inside the document (length ${length})`, `${what.split(/[:"]/)[0].trim()}: a span is not inside the document`);
  }
}

/** Every span a fix refers to, with a name for messages. */
export function fixSpans(fix: FixData): [string, Span][] {
  switch (fix.kind) {
    case 'replace':
      return [['fix.span', fix.span]];
    case 'setParam': {
      const spans: [string, Span][] = [['fix.tagSpan', fix.tagSpan]];
      if (fix.existing) spans.push(['fix.existing', fix.existing]);
      if (fix.remove) spans.push(['fix.remove', fix.remove]);
      return spans;
    }
    default:
      return [];
  }
}

/** Words that betray a lookup gone wrong when they appear in a message but not in the input. */
const SUSPICIOUS = ['undefined', '[object Object]', 'NaN', 'function ('];

export function checkMessage(message: { en?: unknown; zh?: unknown } | undefined, input: string, what: string): void {
  for (const lang of ['en', 'zh'] as const) {
    const m = message?.[lang];
    if (typeof m !== 'string' || m.length === 0) fail(`${what}: message.${lang} is not a non-empty string: ${JSON.stringify(m)}`);
    for (const w of SUSPICIOUS) if (m.includes(w) && !input.includes(w)) fail(`${what}: message.${lang} says "${w}": ${m}`);
  }
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** The invariants of findings for a text: known rule, severity, messages, spans (and fix spans) inside it. */
export function checkFindings(findings: Finding[], text: string, what: string): void {
  if (!Array.isArray(findings)) fail(`${what}: findings is not an array`);
  for (const f of findings) {
    const where = `${what}: ${f.rule}`;
    if (!RULE_IDS.includes(f.rule)) fail(`${where}: unknown rule id`);
    if (!SEVERITIES.has(f.severity)) fail(`${where}: severity ${JSON.stringify(f.severity)}`);
    checkMessage(f.message, text, where);
    checkSpan(f.span, text.length, where);
    if (!Array.isArray(f.citations)) fail(`${where}: citations is not an array`);
    if (f.fix) {
      for (const [name, span] of fixSpans(f.fix)) checkSpan(span, text.length, `${where} ${name}`);
      if (f.fix.kind === 'replace' && (!Array.isArray(f.fix.candidates) || f.fix.candidates.some((c) => typeof c !== 'string' || c.length === 0))) {
        fail(`${where}: replace fix without usable candidates ${JSON.stringify(f.fix.candidates)}`);
      }
      if (f.fix.kind === 'setParam') {
        const { tagSpan, existing, remove } = f.fix;
        for (const [name, s] of [['existing', existing], ['remove', remove]] as const) {
          if (s && (s.start < tagSpan.start || s.end > tagSpan.end)) fail(`${where}: fix.${name} ${JSON.stringify(s)} lies outside its tag ${JSON.stringify(tagSpan)}`);
        }
      }
    }
  }
}

/** The script kind the engine uses for a file name (mirrors extractTags.scriptKindFor). */
export function scriptKindOf(fileName: string): ts.ScriptKind {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (lower.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.(js|mjs|cjs)$/.test(lower)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** TypeScript's syntax errors for a text, as diagnostic codes (positions shift with edits, codes do not). */
export function parseErrorCodes(text: string, fileName: string): number[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKindOf(fileName));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return ((sf as any).parseDiagnostics as ts.Diagnostic[]).map((d) => d.code);
}

/** Codes in `after` that `before` did not have (as a multiset). */
export function newParseErrors(before: number[], after: number[]): number[] {
  const left = new Map<number, number>();
  for (const c of before) left.set(c, (left.get(c) ?? 0) + 1);
  const extra: number[] = [];
  for (const c of after) {
    const n = left.get(c) ?? 0;
    if (n > 0) left.set(c, n - 1);
    else extra.push(c);
  }
  return extra;
}

/** Edits inside the text and not overlapping (two insertions at one point count as overlapping: their order is undefined). */
export function checkEdits(edits: OffsetEdit[], length: number, what: string): OffsetEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const e of sorted) {
    checkSpan(e, length, `${what}: edit`);
    if (typeof e.newText !== 'string') fail(`${what}: edit without newText`);
  }
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (b.start < a.end || (b.start === a.start && a.start === a.end && b.start === b.end)) {
      fail(`${what}: edits overlap: ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
    }
  }
  return sorted;
}

/** The edited text built gap by gap, independently of the product's applyEdits. */
export function applyIndependently(text: string, edits: OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** The region that differs between two texts (common prefix and suffix removed), in the original's offsets. */
export function changedRegion(before: string, after: string): { start: number; end: number } | undefined {
  if (before === after) return undefined;
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before[p] === after[p]) p++;
  let s = 0;
  while (s < max - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  return { start: p, end: before.length - s };
}

/** The result of applying `edits` equals the text with only those ranges replaced. */
export function checkOnlyEditsChanged(before: string, after: string, edits: OffsetEdit[], what: string): void {
  const expected = applyIndependently(before, edits);
  if (after !== expected) {
    const r = changedRegion(expected, after);
    fail(`${what}: the result differs from the text with only the edits applied, around offset ${r?.start}: ${JSON.stringify(after.slice(Math.max(0, (r?.start ?? 0) - 20), (r?.start ?? 0) + 40))}`, 'applyEdits differs from the edits applied one by one');
  }
  if (edits.length === 0) return;
  const lo = Math.min(...edits.map((e) => e.start));
  const hi = Math.max(...edits.map((e) => e.end));
  const tail = before.length - hi;
  if (after.slice(0, lo) !== before.slice(0, lo) || after.slice(after.length - tail) !== before.slice(hi)) {
    fail(`${what}: text outside the edits [${lo}, ${hi}) changed`, 'text outside the edits changed');
  }
}

/** Where an offset of the original text lies after the edits. `bias` decides for points inside or at an insertion. */
export function mapOffset(edits: OffsetEdit[], p: number, bias: 'start' | 'end'): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const grow = e.newText.length - (e.end - e.start);
    if (e.start === e.end) {
      if (e.start < p || (e.start === p && bias === 'start')) delta += grow;
      continue;
    }
    if (e.end <= p) delta += grow;
    else if (e.start < p) return e.start + delta + (bias === 'start' ? 0 : e.newText.length);
  }
  return p + delta;
}

export function mapSpan(edits: OffsetEdit[], span: Span): Span {
  return { start: mapOffset(edits, span.start, 'start'), end: Math.max(mapOffset(edits, span.start, 'start'), mapOffset(edits, span.end, 'end')) };
}

/** A finding of the same rule at the same (mapped) place after the fix: the fix did not fix it. */
export function stillThere(target: Finding, edits: OffsetEdit[], after: Finding[]): Finding | undefined {
  const mapped = mapSpan(edits, target.span);
  return after.find((f) => !f.suppressed && f.rule === target.rule && f.span.start === mapped.start && f.span.end === mapped.end && f.message.en === target.message.en);
}

// ---- temp workspaces and the CLI -------------------------------------------------------------------------------

const temps: string[] = [];

/** A fresh temp directory with the given files (text or bytes), removed by cleanupTemps(). */
export function tempWorkspace(files: Record<string, string | Uint8Array> = {}, prefix = 'pa-hostile-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return dir;
}

export function cleanupTemps(): void {
  for (const d of temps.splice(0)) {
    try {
      fs.rmSync(d, { recursive: true, force: true });
    } catch {
      /* chmod 000 leftovers as non-root: best effort */
    }
  }
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** The real bundle, as `privacy-annotations ...` runs, with English messages. */
export function runCli(args: string[], cwd: string, timeoutMs = 60_000): CliRun {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" (npm test does it) first`);
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8' };
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'PRIVACY_ANNOTATIONS_LANG', 'FORCE_COLOR']) delete env[k];
  env.NO_COLOR = '1';
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms, timedOut: (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' };
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
}

export interface JsonReport {
  version: number;
  policies: string[];
  filesChecked: number;
  findings: JsonFinding[];
}

/** The JSON report of a run, or a failure that shows what the CLI printed instead. */
export function jsonReport(run: CliRun): JsonReport {
  try {
    return JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`the CLI printed no JSON report (exit ${run.code}${run.signal ? ', ' + run.signal : ''}).\nstdout: ${run.stdout.slice(0, 2000)}\nstderr: ${run.stderr.slice(0, 4000)}`);
  }
}

/** 1-based line and UTF-16 column of an offset, counting \r\n, \n and \r as line breaks (as LSP does). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      line++;
      lineStart = i + 1;
    } else if (c === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Deterministic pseudo-random numbers (mulberry32) for generated inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
