/** `privacy-annotations inventory`: the data inventory of some paths, as Markdown, CSV or JSON, or its data map (Mermaid, SVG). */
import * as path from 'node:path';
import {
  analyzeDocument,
  buildDataMap,
  dataMapMermaid,
  dataMapSvg,
  type Inventory,
  inventoryCsv,
  inventoryJson,
  inventoryMarkdown,
  MAX_FILE_BYTES,
  mergeInventories,
  NotCheckedError,
  PolicyCache,
  Project,
  rememberingListings,
  walk,
} from '../engine/index';
import { nodeHost } from '../runtime/nodeHost';
import { relativePath } from './checkFile';
import type { InventoryFormat } from './args';
import type { Lang } from './report';

export interface InventoryOptions {
  paths: string[];
  policy?: string;
  cwd: string;
  lang: Lang;
  format: InventoryFormat;
  today: string;
}

export function runInventory(opts: InventoryOptions): string {
  const host = rememberingListings(nodeHost);
  const policies = new PolicyCache(host, opts.policy ? path.resolve(opts.cwd, opts.policy) : undefined);
  const parts: Inventory[] = [];
  const project = new Project(host);
  for (const file of walk(host, opts.paths.map((p) => path.resolve(opts.cwd, p))).files) {
    const policyFile = policies.policyFileFor(file);
    const policy = policyFile ? policies.load(policyFile).policy : undefined;
    const read = host.readFile(file, MAX_FILE_BYTES);
    if (!('text' in read)) continue;
    const text = read.text;
    try {
      parts.push(analyzeDocument({ text, fileName: file }, policy, { today: opts.today, project, hints: 'off' }).inventory(relativePath(opts.cwd, file)));
    } catch (e) {
      // A file too deeply nested to parse holds no tags worth listing; `check` reports it as not checked.
      if (!(e instanceof NotCheckedError)) throw e;
    }
  }
  const inv = mergeInventories(parts);
  const loaded = policies.loaded;
  const meta = { generated: opts.today, policies: loaded.map((p) => relativePath(opts.cwd, p.file)).sort(), policy: loaded.length === 1 ? loaded[0].policy : undefined, lang: opts.lang };
  if (opts.format === 'csv') return inventoryCsv(inv);
  if (opts.format === 'json') return inventoryJson(inv, meta);
  if (opts.format === 'mermaid' || opts.format === 'svg') {
    const map = buildDataMap(inv, { policy: meta.policy, today: opts.today });
    return opts.format === 'svg' ? dataMapSvg(map, opts.lang) : dataMapMermaid(map, opts.lang);
  }
  return inventoryMarkdown(inv, meta);
}
