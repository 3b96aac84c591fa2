/** Detection of unannotated personal data: the detector, the scan of a file, the prefilter and the quick fix. */
export { splitWords, rawWords, segment } from './identifiers';
export { detectIdentifier, explainIdentifier, DETECTION_THRESHOLD, type Detection, type DetectContext, type DetectionDetail } from './detect';
export { findUnannotated, taggedNameSpans, type UnannotatedDeclaration, type ScanOptions } from './scan';
export { mightContainPersonalData, prefilterPatterns } from './prefilter';
export { tagEdit, tagFixes, tagText, purposeChoices, PURPOSE_PLACEHOLDER, type TagFix, type TextEdit } from './fix';
export {
  UNANNOTATED_RULE_ID,
  UNANNOTATED_RULE_META,
  UNANNOTATED_CITATIONS,
  unannotatedFindings,
  unannotatedMessage,
  isLikelyTestFile,
  type UnannotatedFinding,
} from './finding';
export { PUBLISHED_QUALITY } from './quality';
