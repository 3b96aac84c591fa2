/**
 * Everything the unannotated-personal-data rule reports, ready for the engine to wire in:
 * its metadata, and the findings of one parsed file (message, span, quick fixes).
 */
import type * as ts from 'typescript';
import type { Citation, Localized, Span } from '../types';
import type { Policy } from '../policy/model';
import type { RuleMeta } from '../rules/rule';
import { BUILTIN_CATEGORIES } from '../taxonomy/builtin';
import { findUnannotated, type ScanOptions, type UnannotatedDeclaration } from './scan';
import { tagFixes, type TagFix } from './fix';

export const UNANNOTATED_RULE_ID = 'unannotated-personal-data';

export const UNANNOTATED_CITATIONS: Citation[] = [
  { law: 'PIPL', article: 4 },
  { law: 'PIPL', article: 51 },
];

export const UNANNOTATED_RULE_META: RuleMeta = {
  id: UNANNOTATED_RULE_ID,
  defaultSeverity: 'info',
  title: {
    en: 'A declaration looks like personal information but has no @personalData',
    zh: '声明看起来保存个人信息，但没有 @personalData 标注',
  },
  citations: UNANNOTATED_CITATIONS,
  needsPolicy: false,
};

export interface UnannotatedFinding {
  span: Span;
  message: Localized;
  /** One per purpose to choose from (or one); the first is the one to prefer. */
  fixes: TagFix[];
  hit: UnannotatedDeclaration;
}

const LABELS = new Map(BUILTIN_CATEGORIES.map((c) => [c.id, c.label]));

export function unannotatedMessage(hit: UnannotatedDeclaration): Localized {
  const label = LABELS.get(hit.detection.category) ?? { en: hit.detection.category, zh: hit.detection.category };
  const c = hit.detection.category;
  return {
    en: `"${hit.name}" looks like personal information (${c}, ${label.en}) but carries no @personalData. ${hit.detection.reason.en} Annotate it so its purpose, legal basis and retention are checked (PIPL Arts. 4, 51).`,
    zh: `“${hit.name}”看起来保存个人信息（${c}，${label.zh}），但没有 @personalData 标注。${hit.detection.reason.zh}请添加标注，以便检查其处理目的、合法性基础和保存期限（第四条、第五十一条）。`,
  };
}

/** The findings of one file, given its parse and the spans of its tagged declarations. */
export function unannotatedFindings(
  sf: ts.SourceFile,
  text: string,
  tagged: readonly Span[],
  policy?: Policy,
  options?: ScanOptions,
): UnannotatedFinding[] {
  return findUnannotated(sf, text, tagged, options).map((hit) => ({
    span: hit.span,
    message: unannotatedMessage(hit),
    fixes: tagFixes(text, hit, policy),
    hit,
  }));
}

/**
 * Test files, fixtures, mocks and stories hold made-up data: the rule is not worth running on them.
 * (`const phone = '13800000000'` in a test is not processing anyone's personal information.)
 */
export function isLikelyTestFile(fileName: string): boolean {
  const f = fileName.replace(/\\/g, '/');
  return /(^|\/)(__tests__|__mocks__|__fixtures__|tests?|spec|fixtures?|mocks?|e2e|cypress|playwright)\//i.test(f) ||
    /\.(test|spec|stories|story|mock|fixture)\.[cm]?[jt]sx?$/i.test(f);
}
