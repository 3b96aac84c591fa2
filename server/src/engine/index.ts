/** The engine's public API: what the CLI, the language server and the tests use. */
export * from './types';
export { exists, isFile, noFiles, type Host, type HostError, type FileRead, type FileStat, type DirEntry, type EntryKind } from './host';
export { analyzeText, analyzePolicy } from './analysis/analyze';
export { analyzeDocument, prepareDocument, sortFindings, type DocumentAnalysis, type PreparedDocument, type PrepareOptions } from './analysis/document';
export { todayUtc, NotCheckedError, type AnalyzeOptions } from './analysis/context';
export { taggedTypes, type TaggedType } from './analysis/taggedTypes';
export type { Inventory, AnnotationRow, TransferRow } from './inventory/inventory';
export { extractTags, mightContainTags, parseSource } from './extract/extractTags';
export { loadPolicy, MAX_POLICY_BYTES, type LoadedPolicy } from './policy/loadPolicy';
export { findNearestPolicy, readPolicyFile, isPolicyFileName, PolicyCache, POLICY_FILE_NAMES, type PolicyReadResult } from './policy/policyFiles';
export type { Policy, Purpose, Destination, PolicyProblem } from './policy/model';
export { Taxonomy, matchesCategory } from './taxonomy/taxonomy';
export { BUILTIN_CATEGORIES, type CategoryDef } from './taxonomy/builtin';
export { RULES, RULE_IDS, ruleById } from './rules/index';
export { ruleDocUrl, type Rule, type RuleMeta } from './rules/rule';
export { requiredMechanism, type Requirement, type TransferFacts } from './law/requiredMechanism';
export { walk, isSourceFile, tooLargeDetail, SOURCE_EXTENSIONS, MAX_FILE_BYTES, type WalkResult, type SkippedFile } from './workspace/walk';
export { LineIndex, type Position } from './text/lineIndex';
