/**
 * The data map: where personal data goes, as a graph drawn from the inventory (and the policy, when there is
 * one). Columns: categories -> purposes -> destinations -> recipients; a transfer without a purpose links its
 * categories straight to its destination. Marks come from what the inventory and the policy already say
 * (sensitivity, a missing mechanism, an expired record, ids the policy does not define); no rule runs here.
 */
import type { Localized } from '../types';
import type { Inventory, TransferRow } from '../inventory/inventory';
import type { Policy } from '../policy/model';
import { findDestination } from '../resolve/resolve';
import { Taxonomy } from '../taxonomy/taxonomy';
import { countryName } from '../geo/countries';
import { daysBetween } from '../text/dates';

export type NodeKind = 'category' | 'purpose' | 'destination' | 'recipient';

/** Left to right. */
export const COLUMNS: readonly NodeKind[] = ['category', 'purpose', 'destination', 'recipient'];

/** A declaration in the code (1-based line and character, as the inventory's rows). */
export interface CodePlace {
  kind: 'code';
  file: string;
  line: number;
  character: number;
  declaration: string;
}

/** An entry of the policy file: its key's offsets (UTF-16) in that file. */
export interface PolicyPlace {
  kind: 'policy';
  file: string;
  path: (string | number)[];
  start: number;
  end: number;
}

export type MapPlace = CodePlace | PolicyPlace;

/** A requirement the inventory or the policy shows as not met. */
export type Unmet =
  | { kind: 'no-mechanism' }
  | { kind: 'expired'; validUntil: string }
  | { kind: 'destination-not-in-policy' }
  | { kind: 'purpose-not-in-policy' }
  | { kind: 'category-not-in-taxonomy' }
  | { kind: 'no-purpose'; count: number };

export interface MapNode {
  /** Short and safe in any output (c0, p3, d1, r0): Mermaid ids, SVG data attributes, the click table. */
  ref: string;
  kind: NodeKind;
  /** The id as the code and the policy write it. */
  key: string;
  /** Categories: the taxonomy's label. Destinations: the country's name. */
  name?: Localized;
  /** Purposes: the policy's description. */
  description?: Localized;
  sensitive: boolean;
  /** Destinations and recipients: outside mainland China. */
  abroad: boolean;
  country?: string;
  /** Destinations: the mechanisms their transfers rely on, e.g. "standard-contract", "exempt (below-threshold)". */
  mechanisms: string[];
  validUntil?: string;
  /** Only transfers found in code that nobody tagged lead here. */
  untagged: boolean;
  /** Destinations and recipients: only outbound calls whose destination the code does not say lead here. */
  unresolved?: boolean;
  unmet: Unmet[];
  /** Where it is defined and used: the policy entry first, then the code. */
  places: MapPlace[];
}

export interface MapEdge {
  from: string;
  to: string;
  /** The categories that flow along it. */
  categories: string[];
  sensitive: boolean;
  untagged: boolean;
  unmet: boolean;
}

export interface DataMap {
  handler?: string;
  nodes: MapNode[];
  edges: MapEdge[];
}

export interface DataMapOptions {
  policy?: Policy;
  /** YYYY-MM-DD: records valid until before this day are expired. Without it nothing counts as expired. */
  today?: string;
}

interface Draft extends Omit<MapNode, 'ref' | 'untagged'> {
  tagged: boolean;
}

interface DraftEdge extends Omit<MapEdge, 'from' | 'to' | 'untagged'> {
  from: Draft;
  to: Draft;
  tagged: boolean;
}

/** Code-point order, the same in every locale. */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

let defaultTaxonomy: Taxonomy | undefined;

export function buildDataMap(inv: Inventory, opts: DataMapOptions = {}): DataMap {
  const { policy, today } = opts;
  const taxonomy = policy?.taxonomy ?? (defaultTaxonomy ??= new Taxonomy());
  const drafts = new Map<string, Draft>();
  const edges = new Map<string, DraftEdge>();

  const policyPlace = (path: (string | number)[]): PolicyPlace[] => {
    const span = policy?.locate(path);
    return policy && span ? [{ kind: 'policy', file: policy.file, path, start: span.start, end: span.end }] : [];
  };
  const addUnmet = (d: Draft, u: Unmet): void => {
    if (!d.unmet.some((x) => x.kind === u.kind)) d.unmet.push(u);
  };

  const node = (kind: NodeKind, key: string, tagged: boolean): Draft => {
    const id = `${kind}\0${key}`;
    let d = drafts.get(id);
    if (!d) {
      d = { kind, key, sensitive: false, abroad: false, mechanisms: [], tagged, unmet: [], places: [] };
      drafts.set(id, d);
      if (kind === 'category') {
        d.name = taxonomy.label(key);
        d.sensitive = taxonomy.isSensitive(key);
        if (!taxonomy.knows(key)) addUnmet(d, { kind: 'category-not-in-taxonomy' });
        if (policy && Object.hasOwn(policy.categories.custom, key)) d.places.push(...policyPlace(['categories', 'custom', key]));
      } else if (kind === 'purpose') {
        const p = policy?.purposes.get(key);
        if (p?.description) d.description = { en: p.description, zh: p.descriptionZh ?? p.description };
        if (policy && !p) addUnmet(d, { kind: 'purpose-not-in-policy' });
        d.places.push(...policyPlace(['purposes', key]));
      }
    }
    d.tagged ||= tagged;
    return d;
  };

  const edge = (from: Draft, to: Draft, categories: string[], tagged: boolean, unmet: boolean, sensitive = false): void => {
    const id = `${from.kind}\0${from.key}\0${to.kind}\0${to.key}`;
    let e = edges.get(id);
    if (!e) edges.set(id, (e = { from, to, categories: [], sensitive: false, tagged, unmet }));
    for (const c of categories) if (!e.categories.includes(c)) e.categories.push(c);
    e.sensitive ||= sensitive || categories.some((c) => taxonomy.isSensitive(c));
    e.tagged ||= tagged;
    e.unmet ||= unmet;
  };

  // A category is sensitive when the taxonomy says so, or when every use of it is (e.g. all of a minor's data);
  // otherwise only the uses that are sensitive (subject=minor) mark their edges.
  const annotated = new Set<Draft>();
  const someNotSensitive = new Set<Draft>();
  for (const row of inv.annotations) {
    const c = node('category', row.category, true);
    annotated.add(c);
    if (!row.sensitive) someNotSensitive.add(c);
    c.name = row.label;
    c.places.push({ kind: 'code', file: row.file, line: row.line, character: row.character, declaration: row.declaration });
    if (row.purpose) {
      const p = node('purpose', row.purpose, true);
      p.places.push({ kind: 'code', file: row.file, line: row.line, character: row.character, declaration: row.declaration });
      edge(c, p, [row.category], true, false, row.sensitive);
    } else if (policy?.require.purpose) {
      const u = c.unmet.find((x) => x.kind === 'no-purpose');
      if (u && u.kind === 'no-purpose') u.count++;
      else c.unmet.push({ kind: 'no-purpose', count: 1 });
    }
  }

  for (const c of annotated) if (!someNotSensitive.has(c)) c.sensitive = true;
  for (const row of inv.transfers) addTransfer(row);

  function addTransfer(row: TransferRow): void {
    const tagged = row.tagged !== false;
    // An untagged call the code does not say the destination of: neither abroad nor at home, and no record to miss.
    const unresolved = !tagged && row.destination === 'unresolved' && !row.country;
    const record = unresolved ? undefined : findDestination(policy, row.destination);
    const domestic = row.destination === 'CN' || row.country === 'CN';
    const problems: Unmet[] = [];
    if (unresolved) {
      // Nothing is known to be missing: the finding asks where it goes.
    } else if (!domestic && !row.mechanism) problems.push({ kind: 'no-mechanism' });
    if (row.validUntil && today && (daysBetween(today, row.validUntil) ?? 0) < 0) problems.push({ kind: 'expired', validUntil: row.validUntil });
    if (policy && !domestic && !record && !unresolved) problems.push({ kind: 'destination-not-in-policy' });
    const unmet = problems.length > 0;
    const place: CodePlace = { kind: 'code', file: row.file, line: row.line, character: row.character, declaration: row.function };

    const d = node('destination', row.destination, tagged);
    // Places are sorted (the policy entry first) and made unique when the map is finished.
    if (record) d.places.push(...policyPlace(['crossBorder', 'destinations', record.id]));
    d.places.push(place);
    d.abroad ||= !domestic && !unresolved;
    if (unresolved) d.unresolved = true;
    d.country ??= row.country;
    if (row.country) d.name ??= { en: countryName(row.country, 'en') ?? row.country, zh: countryName(row.country, 'zh') ?? row.country };
    const mechanism = row.mechanism === 'exempt' && row.exemption ? `exempt (${row.exemption})` : row.mechanism;
    if (mechanism && !d.mechanisms.includes(mechanism)) d.mechanisms.push(mechanism);
    d.validUntil ??= row.validUntil;
    for (const u of problems) addUnmet(d, u);

    const sent = row.categories;
    const recipients = (row.recipient ?? '').split(',').map((r) => r.trim()).filter(Boolean);
    for (const name of recipients) {
      const r = node('recipient', name, tagged);
      const index = record?.recipients?.indexOf(name) ?? -1;
      if (record && index >= 0) r.places.push(...policyPlace(['crossBorder', 'destinations', record.id, 'recipients', index]));
      r.places.push(place);
      r.abroad ||= !domestic && !unresolved;
      if (unresolved) r.unresolved ??= true;
      else if (r.unresolved) r.unresolved = false;
      edge(d, r, sent, tagged, unmet);
    }
    if (row.purpose) {
      const p = node('purpose', row.purpose, tagged);
      p.places.push(place);
      for (const c of sent) edge(node('category', c, tagged), p, [c], tagged, false);
      edge(p, d, sent, tagged, unmet);
    } else {
      for (const c of sent) edge(node('category', c, tagged), d, [c], tagged, unmet);
    }
  }

  return finish(drafts, edges, policy?.handler);
}

function placeOrder(a: MapPlace, b: MapPlace): number {
  if (a.kind !== b.kind) return a.kind === 'policy' ? -1 : 1;
  if (a.kind === 'policy' || b.kind === 'policy') return 0;
  return byCode(a.file, b.file) || a.line - b.line || a.character - b.character;
}

function finish(drafts: Map<string, Draft>, edges: Map<string, DraftEdge>, handler: string | undefined): DataMap {
  const refs = new Map<Draft, string>();
  const nodes: MapNode[] = [];
  for (const kind of COLUMNS) {
    const ofKind = [...drafts.values()].filter((d) => d.kind === kind).sort((a, b) => byCode(a.key, b.key));
    ofKind.forEach((d, i) => {
      const ref = `${kind[0]}${i}`;
      refs.set(d, ref);
      const { tagged, ...rest } = d;
      const seen = new Set<string>();
      const places = rest.places.filter((p) => {
        const k = p.kind === 'code' ? `${p.file}\0${p.line}\0${p.character}` : p.path.join('\0');
        return !seen.has(k) && (seen.add(k), true);
      });
      nodes.push({ ref, ...rest, mechanisms: [...rest.mechanisms].sort(byCode), places: places.sort(placeOrder), untagged: !tagged });
    });
  }
  const out: MapEdge[] = [...edges.values()].map((e) => ({
    from: refs.get(e.from)!,
    to: refs.get(e.to)!,
    categories: [...e.categories].sort(byCode),
    sensitive: e.sensitive,
    untagged: !e.tagged,
    unmet: e.unmet,
  }));
  const index = new Map(nodes.map((n, i) => [n.ref, i]));
  out.sort((a, b) => index.get(a.from)! - index.get(b.from)! || index.get(a.to)! - index.get(b.to)!);
  return { handler, nodes, edges: out };
}
