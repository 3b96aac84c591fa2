/**
 * Egress discovery: outbound calls of a file, where they go and which personal data reaches them.
 * The rules, hover, code lens and inventory read EgressCall; see types.ts for what each field means.
 */
export * from './types';
export { findEgress, mightHaveEgress, projectTypeReach, type EgressOptions } from './findEgress';
export { Catalogue, builtinCatalogue, builtinCatalogueFiles, loadCatalogue, CHANNEL_KINDS, type CatalogueFile, type CatalogueProblem } from './catalogue';
export { REGION_FAMILIES, regionCountry, regionInHost } from './regions';
export { exportedConstant, type ImportedConstant } from './values';
export type { TypeReach } from './dataflow';
