/**
 * One analysis per document version: everything known about a source text (its tree, its tags and what each
 * resolves to under the policy, the findings with their fixes, its inventory rows), made by one call. The CLI, the
 * server's diagnostics, hovers, code lenses, fix-all and the inventory all read this result; none analyses again.
 *
 * Two steps, so an editor can do the first while the user is still typing: prepareDocument (parse, incrementally
 * from the last version, and read the tags), then analyzeDocument (resolve, check, suppress).
 */
import type { ExtractResult, Finding, ParsedTag } from '../types';
import type { Policy } from '../policy/model';
import { extractTags, mightContainTags, parseDocument, parseSource, type SyntaxTree } from '../extract/extractTags';
import { Project, reachingData } from '../xref/reaching';
import { noFiles } from '../host';
import { resolvePersonalData, resolveTransfer, withReaching, type ResolvedTag } from '../resolve/resolve';
import type { Taxonomy } from '../taxonomy/taxonomy';
import { RULE_IDS, RULES, ruleById } from '../rules/index';
import type { DocumentFacts, Rule, RuleContext } from '../rules/rule';
import { applySuppressions } from '../suppress/apply';
import { isLikelyTestFile } from '../detect/testFiles';
import { looksMinified } from '../text/minified';
import { mightContainPersonalData } from '../detect/prefilter';
import { inventoryOf, type Inventory } from '../inventory/inventory';
import { collector, guarded, taxonomyFor, todayUtc, type AnalyzeOptions } from './context';
import { analyzeEgress, mightEgress, type AnalyzedEgress } from '../resolve/egress';

/** A source text parsed (when worth it) and its tags read: the part of an analysis that needs no policy. */
export interface PreparedDocument {
  readonly text: string;
  readonly fileName: string;
  /** Undefined when the text was not parsed (no tags, and no hints wanted). */
  readonly tree?: SyntaxTree;
  readonly extracted: ExtractResult;
}

export interface PrepareOptions {
  /** Parse even without tags, for hints about untagged code. */
  parse?: boolean;
  /**
   * The previous version of an editor document: only what changed is parsed again. Its tree is consumed
   * (TypeScript moves its nodes into the new one), so nothing may read the previous version afterwards.
   */
  previous?: PreparedDocument;
}

/** Throws NotCheckedError on code nested too deeply to parse. */
export function prepareDocument(text: string, fileName: string, options: PrepareOptions = {}): PreparedDocument {
  return guarded(() => prepareUnguarded(text, fileName, options));
}

function prepareUnguarded(text: string, fileName: string, options: PrepareOptions): PreparedDocument {
  const tagged = mightContainTags(text);
  if (!tagged && !options.parse) return { text, fileName, extracted: { tags: [], errors: [] } };
  const previous = options.previous?.fileName === fileName ? options.previous.tree : undefined;
  const tree = previous ? parseDocument(text, fileName, previous) : parseSource(text, fileName);
  return { text, fileName, tree, extracted: extractTags(text, fileName, tree) };
}

export interface DocumentAnalysis {
  readonly text: string;
  readonly fileName: string;
  readonly tree?: SyntaxTree;
  readonly policy?: Policy;
  readonly taxonomy: Taxonomy;
  readonly tags: readonly ParsedTag[];
  /** What each tag (with a subject) resolves to under the policy; @crossBorder with cross-file reach when known. */
  readonly resolved: ReadonlyMap<ParsedTag, ResolvedTag>;
  /**
   * The file's outbound calls (egress discovery), in text order: for each, where it goes and why, the personal data
   * reaching it with its evidence, the function a @crossBorder for it would document, the tag covering it if any,
   * and the verdict the egress rules read (untagged, unresolved, mismatch, covered, domestic, internal, no-data).
   * Empty when the file has none, is a test file or minified (text/minified.ts), or egress is off (AnalyzeOptions.egress).
   */
  readonly egress: readonly AnalyzedEgress[];
  /** Sorted by place; suppressed findings included (marked). */
  readonly findings: readonly Finding[];
  /** The document's inventory rows, with `file` naming it (a relative path for reports); made on first request. */
  inventory(file?: string): Inventory;
}

/**
 * Analyse a source text (or a prepared one) against a policy, or against the law alone without one. Throws
 * NotCheckedError on code nested too deeply to parse.
 */
export function analyzeDocument(input: PreparedDocument | { text: string; fileName: string }, policy: Policy | undefined, options: AnalyzeOptions = {}): DocumentAnalysis {
  return guarded(() => analyzeUnguarded(input, policy, options));
}

function analyzeUnguarded(input: PreparedDocument | { text: string; fileName: string }, policy: Policy | undefined, options: AnalyzeOptions): DocumentAnalysis {
  const { text, fileName } = input;
  const findings: Finding[] = [];
  const active = RULES.filter((r) => !r.meta.needsPolicy || policy);
  // Rules giving hints about untagged code, unless the policy turns them off: no parse is spent on them then.
  const hinting = active.filter((r) => r.hints && (policy?.rules[r.meta.id] ?? r.meta.defaultSeverity) !== 'off');
  // Test files hold made-up data, and minified code a bundler's names and a library's calls: tags only.
  const handWritten = !isLikelyTestFile(fileName) && !looksMinified(text);
  const hintsOn = (options.hints ?? 'parsed') !== 'off' && hinting.length > 0 && handWritten;
  const tagged = mightContainTags(text);
  const wantHints = hintsOn && (tagged || options.hints === 'all') && mightContainPersonalData(text);
  const wantEgress = options.egress !== false && handWritten && mightEgress(text);
  const wantParse = wantHints || wantEgress;
  const prepared = 'extracted' in input && (input.tree || !(tagged || wantParse)) ? input : prepareDocument(text, fileName, { parse: wantParse });
  const { tree, extracted } = prepared;
  const project = tree && extracted.tags.some((t) => t.tag === 'crossBorder') ? (options.project ?? new Project(noFiles)) : options.project;
  const today = options.today ?? todayUtc();
  const taxonomy = taxonomyFor(policy);
  const context = collector(findings, text, policy, today, project);
  // Made on a rule's first report or hook call: most files reach few rules.
  const contexts = new Map<Rule, RuleContext>();
  const ctx = (r: Rule): RuleContext => {
    let c = contexts.get(r);
    if (!c) contexts.set(r, (c = context(r)));
    return c;
  };
  const doc: DocumentFacts = { text, fileName, tree, tags: extracted.tags, tagErrors: extracted.errors };
  for (const r of active) r.document?.(doc, ctx(r));
  const resolved = new Map<ParsedTag, ResolvedTag>();
  for (const tag of extracted.tags) {
    if (tag.tag === 'personalData') {
      const r = resolvePersonalData(tag, policy, taxonomy);
      resolved.set(tag, { kind: 'personalData', r });
      for (const rule of active) rule.personalData?.(r, ctx(rule));
    } else if (tag.subjects.length > 0) {
      const declared = resolveTransfer(tag, text, policy, taxonomy);
      // What reaches the function's parameters leaves with it: it counts toward what is sent.
      const r = project && tree ? withReaching(declared, reachingData(project, fileName, text, tree, tag), taxonomy) : declared;
      resolved.set(tag, { kind: 'crossBorder', r });
      // A "transfer" to CN is domestic: no cross-border obligation applies.
      for (const rule of active) (r.domestic ? rule.domesticTransfer : rule.crossBorder)?.(r, ctx(rule));
    }
  }
  const egress = wantEgress && tree ? analyzeEgress({ text, fileName, tree, tags: extracted.tags, resolved, policy, project }) : [];
  if (egress.length) {
    const facts = { ...doc, tree: tree!, calls: egress };
    for (const r of active) r.egress?.(facts, ctx(r));
  }
  if (wantHints && tree) {
    const facts = { ...doc, tree };
    for (const r of hinting) r.hints!(facts, ctx(r));
  }
  const facts = applySuppressions(findings, { text, fileName, policy, today, ruleIds: RULE_IDS, suppressible: (id) => ruleById(id)?.meta.suppressible ?? true });
  for (const r of active) r.suppressions?.(facts, ctx(r));
  sortFindings(findings);
  const inventories = new Map<string, Inventory>();
  return {
    text,
    fileName,
    tree,
    policy,
    taxonomy,
    tags: extracted.tags,
    resolved,
    egress,
    findings,
    inventory(file = fileName) {
      let inv = inventories.get(file);
      if (!inv) inventories.set(file, (inv = inventoryOf(text, file, resolved.values(), taxonomy, egress)));
      return inv;
    },
  };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
}
