/** The data map: a model built from the inventory, laid out by dagre, drawn as Mermaid or SVG. */
import type { Inventory } from '../inventory/inventory';
import { buildDataMap, type DataMapOptions, type MapPlace } from './model';
import { dataMapSvg } from './svg';
import type { Lang } from './labels';

export { buildDataMap, COLUMNS, type DataMap, type DataMapOptions, type MapEdge, type MapNode, type MapPlace, type NodeKind, type Unmet } from './model';
export { dataMapMermaid, mermaidText } from './mermaid';
export { dataMapSvg, DATAMAP_CSS } from './svg';
export { layoutDataMap, type MapLayout } from './layout';

/** What an editor shows: the SVG, and where each box (its data-node attribute) is written, for a click to open. */
export interface DataMapPicture {
  svg: string;
  places: Record<string, MapPlace[]>;
}

export function dataMapPicture(inv: Inventory, opts: DataMapOptions, lang: Lang): DataMapPicture {
  const map = buildDataMap(inv, opts);
  return { svg: dataMapSvg(map, lang), places: Object.fromEntries(map.nodes.map((n) => [n.ref, n.places])) };
}
