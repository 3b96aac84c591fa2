/** Detection of unannotated personal data: the detector, the scan of a file, and the prefilter. */
export { splitWords, rawWords, segment } from './identifiers';
export { detectIdentifier, explainIdentifier, DETECTION_THRESHOLD, type Detection, type DetectContext, type DetectionDetail } from './detect';
export { findUnannotated, taggedNameSpans, type UnannotatedDeclaration, type ScanOptions } from './scan';
export { mightContainPersonalData, prefilterPatterns } from './prefilter';
export { isLikelyTestFile } from './testFiles';
export { PUBLISHED_QUALITY } from './quality';
