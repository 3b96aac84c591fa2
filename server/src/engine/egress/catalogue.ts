/**
 * The catalogue of outbound channels: loaded from its JSON files, validated (schemas/egress-catalogue.schema.json
 * and what a schema cannot say: unique ids, known categories and region families, one kind per file), and indexed
 * for the lookups a file's check makes: by import specifier (scope wildcards and subpaths too), by runtime global,
 * by host. Also the text prefilter that lets most files skip egress discovery without a parse.
 */
import type { ValidateFunction } from 'ajv';
// Compiled ahead of time from schemas/egress-catalogue.schema.json (schemas/validator.mjs): no Ajv compiler at run time.
import { validate as schemaValidator } from './catalogueSchemaValidator.generated';
import { BUILTIN_CATEGORIES } from '../taxonomy/builtin';
import { REGION_FAMILIES } from './regions';
import { globMatches } from './hosts';
import type { CatalogueEntry, ChannelKind } from './types';

/** One catalogue file: its name (e.g. "sms.json") and its parsed JSON. */
export interface CatalogueFile {
  name: string;
  data: unknown;
}

export interface CatalogueProblem {
  file: string;
  /** The entry's id or index, when the problem is in one. */
  entry?: string;
  message: string;
}

/** Every kind has its file; the built-in catalogue reads those that exist. */
export const CHANNEL_KINDS: readonly ChannelKind[] = ['http', 'email', 'sms', 'payments', 'analytics', 'errors', 'ai', 'storage', 'messaging', 'database', 'face'];

const KNOWN_CATEGORIES = new Set(BUILTIN_CATEGORIES.map((c) => c.id));

const validator = schemaValidator as unknown as ValidateFunction;

function validate(data: unknown): string[] {
  if (validator(data)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/** `node:https` and `https` are one module. */
function normalise(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice(5) : specifier;
}

/** The package a specifier belongs to: "@a/b/c" -> "@a/b", "firebase/analytics" -> "firebase". */
function packageRoot(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** A global as the catalogue names it ("navigator.sendBeacon"), with its entry. */
export interface GlobalSink {
  global: string;
  entry: CatalogueEntry;
}

/**
 * The prefilter runs on every file of a workspace, so it searches with indexOf, which costs little when the first
 * character of what it looks for is rare in code and much when it is common (`require` about ten times `quire`).
 * An anchor is the tail of a word from its rarest character; a hit is confirmed on the whole word.
 */
const FREQUENT = 'etaoinsrlcdupmhfgbywvkxjqz';

/** How common a character is in code, roughly (lower is rarer): letters by English frequency, capitals rare. */
function rarity(c: string): number {
  const i = FREQUENT.indexOf(c);
  return i >= 0 ? FREQUENT.length - i : c >= 'A' && c <= 'Z' ? 4 : 30;
}

interface Anchored {
  word: string;
  anchor: string;
  /** Where the anchor starts in the word. */
  offset: number;
}

function anchored(word: string): Anchored {
  let offset = 0;
  for (let i = 1; i <= word.length - 3; i++) if (rarity(word[i]) < rarity(word[offset])) offset = i;
  return { word, anchor: word.slice(offset), offset };
}

/** Each whole occurrence of a word (not inside a longer identifier), by its end offset, until `found` says stop. */
function someOccurrence(text: string, a: Anchored, found: (end: number) => boolean): boolean {
  for (let at = text.indexOf(a.anchor); at >= 0; at = text.indexOf(a.anchor, at + a.anchor.length)) {
    const start = at - a.offset;
    if (start < 0 || (a.offset > 0 && !text.startsWith(a.word.slice(0, a.offset), start))) continue;
    if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
    if (found(start + a.word.length)) return true;
  }
  return false;
}

/** Words an import specifier follows: `from 'x'`, `require('x')`, `import('x')`. */
const IMPORT_WORDS = ['from', 'require', 'import'].map(anchored);
const MAX_SPECIFIER = 200;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Whether the text calls a global as written (`fetch(`, `window.fetch (`, `new WebSocket(`), not `fetchAll(`, or a
 * method of it (`aplus_queue.push(`).
 */
function callsGlobal(text: string, name: Anchored): boolean {
  return someOccurrence(text, name, (end) => {
    const c = text.charCodeAt(skipSpace(text, end));
    return c === 40 /* ( */ || c === 46 /* . */;
  });
}

/** Whether a quoted string following an import word satisfies `found`. */
function someSpecifier(text: string, found: (specifier: string) => boolean): boolean {
  return IMPORT_WORDS.some((w) => someOccurrence(text, w, (end) => {
    let i = skipSpace(text, end);
    if (w.word !== 'from') {
      if (text.charCodeAt(i) !== 40 /* ( */) return false;
      i = skipSpace(text, i + 1);
    }
    const quote = text[i];
    if (quote !== "'" && quote !== '"' && quote !== '`') return false;
    const close = text.indexOf(quote, i + 1);
    if (close < 0 || close - i > MAX_SPECIFIER) return false;
    const specifier = text.slice(i + 1, close);
    return !specifier.includes('\n') && found(specifier);
  }));
}

export class Catalogue {
  private readonly byPackage = new Map<string, CatalogueEntry[]>();
  private readonly byScope = new Map<string, CatalogueEntry[]>();
  private readonly byGlobalRoot = new Map<string, GlobalSink[]>();
  private readonly exactHosts = new Map<string, CatalogueEntry>();
  private readonly hostGlobs: { pattern: string; entry: CatalogueEntry }[] = [];
  /** The catalogued globals as written ("fetch", "navigator.sendBeacon"), anchored for the prefilter. */
  private readonly globalNames: Anchored[] = [];

  constructor(readonly entries: readonly CatalogueEntry[]) {
    const add = <K>(map: Map<K, CatalogueEntry[]>, key: K, e: CatalogueEntry) => {
      const list = map.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      map.set(key, list);
    };
    for (const e of entries) {
      for (const p of e.packages ?? []) {
        if (p.endsWith('/*')) add(this.byScope, p.slice(0, -2), e);
        else add(this.byPackage, normalise(p), e);
      }
      for (const g of e.globals ?? []) {
        const root = g.split('.')[0];
        const list = this.byGlobalRoot.get(root) ?? [];
        list.push({ global: g, entry: e });
        this.byGlobalRoot.set(root, list);
        if (!this.globalNames.some((n) => n.word === g)) this.globalNames.push(anchored(g));
      }
      for (const h of e.destination.hosts ?? []) {
        if (h.includes('*')) this.hostGlobs.push({ pattern: h, entry: e });
        else if (!this.exactHosts.has(h)) this.exactHosts.set(h, e);
      }
    }
  }

  /** The entries loaded by an import specifier: its own, its package's (for a subpath), its scope's. */
  entriesFor(specifier: string): CatalogueEntry[] | undefined {
    const s = normalise(specifier);
    const own = this.byPackage.get(s);
    if (own) return own;
    const root = packageRoot(s);
    if (root !== s) {
      const pkg = this.byPackage.get(root);
      if (pkg) return pkg;
    }
    return s.startsWith('@') ? this.byScope.get(s.split('/')[0]) : undefined;
  }

  /** The catalogued globals whose first name is `root` ("navigator" for navigator.sendBeacon). */
  globalsFor(root: string): readonly GlobalSink[] | undefined {
    return this.byGlobalRoot.get(root);
  }

  /** The entry whose hosts include this host (exact names before globs, longer globs before shorter). */
  vendorForHost(host: string): CatalogueEntry | undefined {
    const exact = this.exactHosts.get(host);
    if (exact) return exact;
    let best: { pattern: string; entry: CatalogueEntry } | undefined;
    for (const g of this.hostGlobs) {
      if ((!best || g.pattern.length > best.pattern.length) && globMatches(g.pattern, host, 'host')) best = g;
    }
    return best?.entry;
  }

  /**
   * The cheap test before any tree walk: does the text import a catalogued module or call a catalogued global?
   * False means findEgress finds nothing in it.
   */
  mightEgress(text: string): boolean {
    if (this.globalNames.some((g) => callsGlobal(text, g))) return true;
    return someSpecifier(text, (specifier) => this.entriesFor(specifier) !== undefined);
  }
}

function entryProblems(e: CatalogueEntry, file: string, kind: string | undefined): string[] {
  const out: string[] = [];
  if (kind && e.kind !== kind) out.push(`kind "${e.kind}" does not belong in ${file} (one file per kind)`);
  const family = e.destination.region?.family;
  if (family && !REGION_FAMILIES[family]) out.push(`region family "${family}" is not in regions.json`);
  const categories = [
    ...(e.creates ?? []),
    ...e.sample.expect.categories,
    ...e.operations.flatMap((o) => (o.payload ?? []).flatMap((p) => Object.values(p.personalData ?? {}))),
  ];
  for (const c of categories) if (!KNOWN_CATEGORIES.has(c)) out.push(`unknown category "${c}"`);
  return out;
}

/**
 * Validates and indexes catalogue files; entries of a file with schema errors are left out and reported.
 * `schema: false` skips the JSON Schema (not the other checks): for the built-in files, which their test validates.
 */
export function loadCatalogue(files: readonly CatalogueFile[], options: { schema?: boolean } = {}): { catalogue: Catalogue; problems: CatalogueProblem[] } {
  const problems: CatalogueProblem[] = [];
  const entries: CatalogueEntry[] = [];
  const ids = new Map<string, string>();
  for (const f of files) {
    const errors = options.schema === false ? [] : validate(f.data);
    if (errors.length) {
      for (const message of errors) problems.push({ file: f.name, message });
      continue;
    }
    const kind = /^([a-z]+)\.json$/.exec(f.name)?.[1];
    for (const written of (f.data as { entries: CatalogueEntry[] }).entries) {
      // `destination: null` is written for in-process libraries; the engine reads one shape.
      const e: CatalogueEntry = written.destination === null ? { ...written, destination: { default: null, inProcess: true } } : written;
      const seen = ids.get(e.id);
      if (seen) {
        problems.push({ file: f.name, entry: e.id, message: `duplicate id (also in ${seen})` });
        continue;
      }
      ids.set(e.id, f.name);
      const own = entryProblems(e, f.name, kind && (CHANNEL_KINDS as string[]).includes(kind) ? kind : undefined);
      for (const message of own) problems.push({ file: f.name, entry: e.id, message });
      if (own.length === 0) entries.push(e);
    }
  }
  return { catalogue: new Catalogue(entries), problems };
}

/** The catalogue files shipped with the engine (bundled: the loader reads no file system). */
export function builtinCatalogueFiles(): CatalogueFile[] {
  const files: CatalogueFile[] = [];
  for (const kind of CHANNEL_KINDS) {
    let data: unknown;
    try {
      // One require per kind: esbuild bundles every catalogue/*.json for this pattern.
      data = require(`./catalogue/${kind}.json`);
    } catch {
      continue;
    }
    files.push({ name: `${kind}.json`, data });
  }
  return files;
}

let builtin: Catalogue | undefined;

/**
 * The built-in catalogue, loaded once. A problem in it is a bug of the product: it throws. The schema is checked by
 * test/engine/egress/catalogue.test.ts rather than here: compiling it would add about 0.3 s to every start.
 */
export function builtinCatalogue(): Catalogue {
  if (builtin) return builtin;
  const { catalogue, problems } = loadCatalogue(builtinCatalogueFiles(), { schema: false });
  if (problems.length) throw new Error(`egress catalogue: ${problems.map((p) => `${p.file}${p.entry ? ` ${p.entry}` : ''}: ${p.message}`).join('; ')}`);
  return (builtin = catalogue);
}
