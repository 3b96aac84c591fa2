/**
 * The labelled egress corpus (test/fixtures/egress/, issue #14): its files, policies and labels.
 * egressCorpus.test.ts checks the corpus itself; the precision/recall test of the egress rules reads
 * its expectations through readCorpusLabels().
 *
 * A label is a trailing comment on the line where an outbound call's callee starts:
 *   // egress: <label> [<destination>] [<categories>] -- <why>
 * label: untagged-transfer | unresolved | mismatch | face | none
 * destination: an ISO 3166-1 alpha-2 code, `domestic` (mainland China) or `internal` (the data does not
 *   leave: localhost, private addresses, relative URLs, on-device libraries)
 * categories: category ids of the built-in taxonomy, comma-separated, no spaces
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { BUILTIN_CATEGORIES, loadPolicy, type Policy, type PolicyProblem } from '../../server/src/engine/index';
import { FIXTURES } from '../helpers';

export const CORPUS_ROOT = path.join(FIXTURES, 'egress');

export const EGRESS_LABELS = ['untagged-transfer', 'unresolved', 'mismatch', 'face', 'none'] as const;
export type EgressLabel = (typeof EGRESS_LABELS)[number];

export interface CorpusLabel {
  /** Path relative to the corpus root, with forward slashes (shop/src/services/sms.ts). */
  file: string;
  /** 1-based. */
  line: number;
  label: EgressLabel;
  /** ISO code, `domestic` or `internal`; absent when the label gives none. */
  country?: string;
  categories: string[];
  why: string;
}

const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const MARKER = '// egress:';
const STRICT = /\/\/ egress: (\S+)((?: \S+)*?) -- (\S.*)$/;
const DESTINATION = /^([A-Z]{2}|domestic|internal)$/;
const CATEGORY_IDS = new Set(BUILTIN_CATEGORIES.map((c) => c.id));

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), keep) : keep(e.name) ? [path.join(dir, e.name)] : []))
    .sort();
}

/** Every source file of the corpus, absolute paths in a stable order. */
export function corpusSourceFiles(): string[] {
  return filesUnder(CORPUS_ROOT, (name) => SOURCE_FILE.test(name));
}

/** The projects of the corpus: the folders directly under its root. */
export function corpusProjects(): string[] {
  return fs
    .readdirSync(CORPUS_ROOT, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export function relativeToCorpus(file: string): string {
  return path.relative(CORPUS_ROOT, file).split(path.sep).join('/');
}

/** One line's label, or a description of what is wrong with it; undefined when the line has no label. */
export function parseLabelLine(text: string): { label?: Omit<CorpusLabel, 'file' | 'line'>; problem?: string } | undefined {
  const at = text.indexOf(MARKER);
  if (at < 0) return undefined;
  if (text.slice(0, at).trim() === '') return { problem: 'the label stands alone; it belongs at the end of the line holding the call' };
  const m = STRICT.exec(text.slice(at));
  if (!m) return { problem: `not "${MARKER} <label> [<destination>] [<categories>] -- <why>"` };
  const [, label, middle, why] = m;
  if (!(EGRESS_LABELS as readonly string[]).includes(label)) return { problem: `unknown label "${label}"` };
  const words = middle.trim() ? middle.trim().split(' ') : [];
  const country = words[0] && DESTINATION.test(words[0]) ? words.shift() : undefined;
  if (words.length > 1) return { problem: `expected at most a destination and a category list before "--", found "${middle.trim()}"` };
  const categories = words.length ? words[0].split(',') : [];
  const unknown = categories.filter((c) => !CATEGORY_IDS.has(c));
  if (unknown.length) return { problem: `not categories of the taxonomy: ${unknown.join(', ')}` };
  const problem = requirementProblem(label as EgressLabel, country, categories);
  if (problem) return { problem };
  return { label: { label: label as EgressLabel, country, categories, why: why.trim() } };
}

/** What each label must state (EGRESS.md: country and categories for transfers, mismatches and faces). */
function requirementProblem(label: EgressLabel, country: string | undefined, categories: string[]): string | undefined {
  const abroad = country !== undefined && /^[A-Z]{2}$/.test(country) && country !== 'CN';
  switch (label) {
    case 'untagged-transfer':
    case 'mismatch':
      if (!abroad) return `${label} needs the country abroad the call goes to`;
      if (!categories.length) return `${label} needs the categories sent`;
      return undefined;
    case 'face':
      if (!country) return 'face needs the destination (a country, domestic or internal)';
      if (!categories.includes('biometric.face')) return 'face needs biometric.face among its categories';
      return undefined;
    case 'unresolved':
      if (country) return 'unresolved names no destination';
      if (!categories.length) return 'unresolved needs the categories sent';
      return undefined;
    case 'none':
      if (categories.length) return 'none sends nothing to check: no categories';
      return undefined;
  }
}

export interface LabelProblem {
  file: string;
  line: number;
  problem: string;
}

/** Every label of the corpus, and every line whose label breaks the grammar. */
export function scanCorpus(): { labels: CorpusLabel[]; problems: LabelProblem[] } {
  const labels: CorpusLabel[] = [];
  const problems: LabelProblem[] = [];
  for (const abs of corpusSourceFiles()) {
    const file = relativeToCorpus(abs);
    fs.readFileSync(abs, 'utf8')
      .split(/\r?\n/)
      .forEach((text, i) => {
        const parsed = parseLabelLine(text);
        if (parsed?.problem) problems.push({ file, line: i + 1, problem: parsed.problem });
        else if (parsed?.label) labels.push({ file, line: i + 1, ...parsed.label });
      });
  }
  return { labels, problems };
}

/** The corpus' expectations, one per labelled call. Throws if any label breaks the grammar. */
export function readCorpusLabels(): CorpusLabel[] {
  const { labels, problems } = scanCorpus();
  if (problems.length) {
    throw new Error(`egress corpus labels:\n${problems.map((p) => `  ${p.file}:${p.line}: ${p.problem}`).join('\n')}`);
  }
  return labels;
}

/** An entry of a policy's crossBorder.hosts (EGRESS.md): one of host, package or env, and where it goes. */
export interface HostEntry {
  host?: string;
  package?: string;
  env?: string;
  destination: string;
}

export interface CorpusPolicy {
  file: string;
  policy?: Policy;
  problems: PolicyProblem[];
  /** The crossBorder.hosts section as written (empty when the policy has none). */
  hosts: HostEntry[];
}

/**
 * A project's policy. Its crossBorder.hosts section is new with issue #14: while the schema in force rejects
 * it as an unknown key (and nothing else), the section is taken out before loading and returned on its own,
 * so the rest is still checked. Once the schema knows it, the file loads as written.
 */
export function loadCorpusPolicy(project: string): CorpusPolicy {
  const file = path.join(CORPUS_ROOT, project, 'privacy-policy.yaml');
  const text = fs.readFileSync(file, 'utf8');
  const doc = parseDocument(text);
  const hosts = ((doc.getIn(['crossBorder', 'hosts']) as { toJSON(): unknown } | undefined)?.toJSON() ?? []) as HostEntry[];
  const asWritten = loadPolicy(text, file);
  const onlyHostsUnknown = asWritten.problems.length > 0 && asWritten.problems.every((p) => p.message.en === 'Unknown key "hosts" in crossBorder.');
  if (!onlyHostsUnknown) return { file, ...asWritten, hosts };
  doc.deleteIn(['crossBorder', 'hosts']);
  return { file, ...loadPolicy(String(doc), file), hosts };
}
