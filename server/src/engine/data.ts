/** Plain data of the engine for the VS Code client: no TypeScript compiler, no analysis. */
export { type AnnotationRow, type Inventory, type TransferRow } from './inventory/inventory';
export { whereDataGoes, type FlowDestination, type FlowRecipient, type FlowCategories, type FlowPlace } from './inventory/whereDataGoes';
export { toChineseNumeral } from './law/citations';
export { PIPL_ARTICLES } from './law/piplArticles';
export { policyTemplate } from './policy/template';
export type { DataMapPicture } from './datamap/index';
export type { MapPlace } from './datamap/model';
export { COUNTRIES } from './geo/countries';
