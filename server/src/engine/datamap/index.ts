/** The data map: a model built from the inventory, laid out by dagre, drawn as Mermaid or SVG. */
export { buildDataMap, COLUMNS, type DataMap, type DataMapOptions, type MapEdge, type MapNode, type MapPlace, type NodeKind, type Unmet } from './model';
export { dataMapMermaid, mermaidText } from './mermaid';
export { dataMapSvg, DATAMAP_CSS } from './svg';
export { layoutDataMap, type MapLayout } from './layout';
