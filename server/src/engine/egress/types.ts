/**
 * The vocabulary of egress discovery: the catalogue of outbound channels as it is written (catalogue/*.json,
 * validated by schemas/egress-catalogue.schema.json), and what findEgress says about each outbound call of a file:
 * where it goes, how that was decided, and which personal data reaches it. Plain data only.
 */
import type { Localized, Span } from '../types';

// ---------------------------------------------------------------- the catalogue, as written

export type ChannelKind = 'http' | 'email' | 'sms' | 'payments' | 'analytics' | 'errors' | 'ai' | 'storage' | 'messaging' | 'database' | 'face';

export interface PayloadSpec {
  /** Index of the argument that carries data. */
  arg: number;
  /**
   * Property paths inside the argument that carry personal data by definition, each with its category id
   * ("to" -> contact.phone; "personalizations.to" through arrays; "" is the argument itself).
   */
  personalData?: Record<string, string>;
}

export interface UrlSpec {
  /** Index of the argument holding a URL or a host. */
  arg: number;
  /** When the argument is an options object: the property (or properties, first found wins) holding it. */
  path?: string | string[];
}

export interface OperationSpec {
  /**
   * The access path from the module (or a client made from it) to the called function, calls and `new` left out
   * ("messages.create", "SESClient.send"); for a global, from the global ("fetch", "navigator.sendBeacon").
   * A call matches when its path ends with this one. "" is a call of the module or client itself (`got(url)`).
   */
  call: string;
  payload?: PayloadSpec[];
  url?: UrlSpec;
}

export interface FactorySpec {
  /** Access path, as for an operation ("" for the module itself: `createClient(endpoint)`). */
  call: string;
  url: UrlSpec;
}

export interface RegionSpec {
  /** Option names (dotted paths allowed) of the client, or of the call, holding a region string. */
  options?: string[];
  /** Option names holding a host or a URL (baseURL, endpoint, host). */
  hostOptions?: string[];
  /** Environment variables the SDK reads its region or endpoint from. */
  env?: string[];
  /** The regions.json family its region strings belong to. */
  family?: string;
}

export interface CatalogueEntry {
  id: string;
  vendor: string;
  kind: ChannelKind;
  /** npm specifiers; "@scope/*" stands for every package of the scope. */
  packages?: string[];
  /** Runtime globals instead of a package ("fetch", "navigator.sendBeacon", "XMLHttpRequest"). */
  globals?: string[];
  operations: OperationSpec[];
  /**
   * Calls that make a client without sending anything, when where the client connects is one of their arguments
   * (`createClient(endpoint, credential)`, undici's `new Client(origin)`): calls on the client read it from there.
   */
  factories?: FactorySpec[];
  /**
   * Written `null` in the catalogue for a library that runs in the process and sends nothing (face-api.js); the
   * loader reads that as `{ default: null, inProcess: true }`.
   */
  destination: {
    /** ISO 3166-1 alpha-2, "domestic" (mainland China), or null when nothing can be said without configuration. */
    default: string | null;
    /** Nothing leaves the process (set by the loader for `destination: null`). */
    inProcess?: boolean;
    hosts?: string[];
    region?: RegionSpec;
  };
  /** Categories its calls produce (facial recognition: biometric.face). */
  creates?: string[];
  /** For contributors: why an entry looks unusual. */
  note?: string;
  source: { title: string; url: string };
  /**
   * One call the entry must resolve: `destination` an ISO code, "domestic", "internal", "unresolved" (or null) when
   * nothing in the code says where, "none" when nothing leaves the process.
   */
  sample: { code: string; expect: { destination: string | null; categories: string[] } };
}

export interface RegionFamily {
  source: { title: string; url: string };
  /** Further pages the region list was read from. */
  alsoSources?: { title: string; url: string }[];
  /** Region string -> ISO code or "domestic". */
  regions: Record<string, string>;
  /** Prefixes some products put before a region string ("oss-" in oss-cn-hangzhou). */
  prefixes?: string[];
}

// ---------------------------------------------------------------- the policy's say, as plain data

/**
 * One entry of the policy's `crossBorder.hosts`: a host glob, an npm package (or scope glob) or an environment
 * variable name, mapped to a destination id of the policy, an ISO code or "domestic".
 */
export interface HostRule {
  host?: string;
  package?: string;
  env?: string;
  destination: string;
}

// ---------------------------------------------------------------- what findEgress finds

/** How a destination was decided, or why it was not. */
export type ResolvedBy =
  /** A crossBorder.hosts entry of the policy matched the host, the environment variable or the package. */
  | 'policy-host'
  | 'policy-env'
  | 'policy-package'
  /** The host is one the catalogue lists for a vendor: that vendor's default country. */
  | 'vendor-host'
  /** Nothing in the code configures the client: the vendor's default country. */
  | 'vendor-default'
  /** A region string in the client's (or the call's) options. */
  | 'region-option'
  /** A region string inside the host name (oss-ap-southeast-1.aliyuncs.com). */
  | 'region-host'
  /** The host's country-code top-level domain. */
  | 'cctld'
  /** Localhost, a private, loopback or link-local address, a name that resolves only on a private network, a relative URL. */
  | 'internal'
  /** A library that runs in the process (face-api.js): nothing leaves it. */
  | 'in-process'
  | 'unresolved';

export interface EgressDestination {
  /** resolved: `destination` says where; internal: not egress at all; unresolved: cannot be said without guessing. */
  status: 'resolved' | 'internal' | 'unresolved';
  /**
   * As its source says it: an ISO 3166-1 alpha-2 code, "domestic", or (from the policy) a destination id of the
   * policy, which the rules look up.
   */
  destination?: string;
  /** The ISO code, when `destination` is one. */
  country?: string;
  /** Mainland China ("domestic" or CN): not a transfer abroad. */
  domestic?: boolean;
  by: ResolvedBy;
  host?: string;
  region?: string;
  /** Environment variables the URL, host or region comes from (a crossBorder.hosts `env:` entry can settle it). */
  env?: string[];
  /** The recipient: the vendor whose host matched, else the vendor of the call's catalogue entry (not for plain HTTP). */
  vendor?: { id: string; name: string };
  /** The index of the crossBorder.hosts entry that decided (by policy-*). */
  policyEntry?: number;
  /** The code that decided it (a URL literal, a region option, a constant's value), when there is one. */
  span?: Span;
  /** One sentence for a hover: where it goes and why, or why it cannot be said. */
  reason: Localized;
}

/** Why a piece of data is believed to reach a call, strongest first. */
export type EvidenceKind = 'catalogue' | 'tag' | 'type' | 'name';

export interface DataEvidence {
  /** A category id of the taxonomy (custom ones when a tag names them). */
  category: string;
  kind: EvidenceKind;
  /** The value (or name) in this file the evidence is about. */
  span: Span;
  /** The access path of the value, e.g. "user.email", when it has one. */
  path?: string;
  /** For a tag: the declaration carrying it, possibly in another file. */
  declared?: { file: string; span: Span; as: string };
  /** For a name or type recognised by the detector: its confidence (0..1). */
  confidence?: number;
  reason: Localized;
}

export interface EnclosingFunction {
  /** The function's name ("notify", "Mailer.notify"); undefined for an anonymous callback. */
  name?: string;
  kind: 'function' | 'method' | 'constructor' | 'accessor' | 'arrow' | 'functionExpression';
  span: Span;
  nameSpan?: Span;
  /** Where its declaration starts: a new JSDoc block goes right before this offset. */
  docStart: number;
  /** The whitespace before docStart on its line. */
  indent: string;
  /** Its existing JSDoc block (the last one), to which a tag can be added. */
  jsDoc?: Span;
  /** Whether a JSDoc tag at docStart documents this function (false for a callback passed to a call). */
  taggable: boolean;
}

export interface EgressCall {
  /** The whole call (or `new`) expression. */
  span: Span;
  /** The callee: its line is the call's line. */
  callee: Span;
  entry: { id: string; vendor: string; kind: ChannelKind };
  /** The catalogue operation it matched. */
  operation: string;
  /** The npm specifier the call's module was imported as, or the global it starts from. */
  package?: string;
  global?: string;
  destination: EgressDestination;
  /** Personal data reaching the call, strongest evidence first. */
  data: DataEvidence[];
  /** The distinct categories of `data`, in that order. */
  categories: string[];
  /** Categories the call produces or sends by its nature (biometric.face for facial recognition). */
  creates: string[];
  /** The nearest enclosing function a @crossBorder tag can document (or the anonymous one, untaggable). */
  enclosing?: EnclosingFunction;
  /** Functions of the same file that call the enclosing function, directly or through others, nearest first. */
  callers: EnclosingFunction[];
}

/** A string value read from the code: complete, or only its head (a template with a constant head). */
export type ConstantValue =
  | { kind: 'string'; text: string; complete: boolean; span: Span; from: 'literal' | 'template' | 'constant' | 'imported' }
  | { kind: 'env'; name: string; span: Span };
