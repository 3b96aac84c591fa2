/**
 * Where each box and line of the data map goes, computed by dagre (a layered graph layout). Each kind of node
 * keeps its own column (dagre's ranks are fixed, not searched); dagre orders the boxes within a column to
 * cross as few lines as it can and routes the lines. Dagre has no randomness and the map's nodes and edges come
 * sorted, so the same map always gets the same layout; coordinates are rounded to tenths.
 */
import type * as Dagre from '@dagrejs/dagre' with { 'resolution-mode': 'import' };
import { COLUMNS, type DataMap, type MapEdge, type MapNode, type NodeKind } from './model';
import { DETAIL_SIZE, nodeLines, textWidth, TITLE_SIZE, type Lang, type Line } from './labels';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode {
  node: MapNode;
  lines: Line[];
  /** Top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  edge: MapEdge;
  /** From the border of one box to the border of the other. */
  points: Point[];
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** The columns that hold boxes: their left edge and width. */
  columns: { kind: NodeKind; x: number; width: number }[];
}

export const PAD_X = 10;
export const PAD_Y = 7;
export const LINE_HEIGHT: Record<Line['role'], number> = { title: 17, detail: 14, unmet: 14 };
const MIN_WIDTH = 120;

// dagre ships ES module types but also a CommonJS build, which is what the bundles and the compiled tests load.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { graphlib, layout }: typeof Dagre = require('@dagrejs/dagre');

const round = (v: number): number => Math.round(v * 10) / 10;

function lineWidth(l: Line): number {
  return textWidth(l.text, l.role === 'title' ? TITLE_SIZE : DETAIL_SIZE, l.role !== 'detail');
}

export function layoutDataMap(map: DataMap, lang: Lang): MapLayout {
  const g = new graphlib.Graph();
  g.setGraph({ rankdir: 'LR', ranker: 'none', nodesep: 14, ranksep: 80, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const lines = new Map<string, Line[]>();
  for (const n of map.nodes) {
    const ls = nodeLines(n, lang);
    lines.set(n.ref, ls);
    const width = Math.max(MIN_WIDTH, Math.ceil(Math.max(...ls.map(lineWidth)) + 2 * PAD_X));
    const height = ls.reduce((h, l) => h + LINE_HEIGHT[l.role], 2 * PAD_Y);
    // Ranks two apart: dagre halves the rank separation to leave room for edge labels between ranks.
    g.setNode(n.ref, { width, height, rank: COLUMNS.indexOf(n.kind) * 2 });
  }
  for (const e of map.edges) g.setEdge(e.from, e.to);
  if (map.nodes.length) layout(g);

  // dagre centres the boxes of a column on one line; they are aligned on the side their lines meet instead:
  // categories on the right, the other columns on the left.
  const columns = COLUMNS.flatMap((kind) => {
    const of = map.nodes.filter((n) => n.kind === kind).map((n) => g.node(n.ref));
    if (of.length === 0) return [];
    const width = Math.max(...of.map((v) => v.width));
    return [{ kind, x: round(of[0].x! - width / 2), width }];
  });
  const nodes: PlacedNode[] = map.nodes.map((n) => {
    const v = g.node(n.ref);
    const c = columns.find((c) => c.kind === n.kind)!;
    const x = n.kind === 'category' ? c.x + c.width - v.width : c.x;
    return { node: n, lines: lines.get(n.ref)!, x: round(x), y: round(v.y! - v.height / 2), width: v.width, height: v.height };
  });
  const placed = new Map(nodes.map((p) => [p.node.ref, p]));
  // Lines leave a box in the middle of its right side and enter the next in the middle of its left side, so a
  // box's lines meet at one point. Of dagre's route only its passages through a column stay (a line that skips
  // a column goes through the gap dagre kept for it there), drawn straight across the column.
  const across = (p: Point): Point[] => {
    const c = columns.find((c) => p.x > c.x && p.x < c.x + c.width);
    return c ? [{ x: c.x, y: p.y }, { x: c.x + c.width, y: p.y }] : [];
  };
  const edges: PlacedEdge[] = map.edges.map((e) => {
    const a = placed.get(e.from)!;
    const b = placed.get(e.to)!;
    const via = ((g.edge(e.from, e.to).points ?? []) as Point[]).slice(1, -1).flatMap(across);
    const points = [{ x: a.x + a.width, y: a.y + a.height / 2 }, ...via, { x: b.x, y: b.y + b.height / 2 }];
    return { edge: e, points: points.map((p) => ({ x: round(p.x), y: round(p.y) })) };
  });
  const width = Math.ceil(Math.max(0, ...nodes.map((p) => p.x + p.width)));
  const height = Math.ceil(Math.max(0, ...nodes.map((p) => p.y + p.height)));
  return { width, height, nodes, edges, columns };
}
