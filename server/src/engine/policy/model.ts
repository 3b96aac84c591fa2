/** The policy as the rules see it: plain, defaulted and with its taxonomy built. */
import type { Localized, SeveritySetting, Span } from '../types';
import type { Exemption, Mechanism } from '../grammar/vocabulary';
import { Taxonomy, type CustomCategory } from '../taxonomy/taxonomy';
import type { HostRule } from '../egress/types';

export interface Purpose {
  id: string;
  description?: string;
  descriptionZh?: string;
  basis?: string;
  categories?: string[];
  retention?: string;
  impactAssessment?: string;
}

export interface Destination {
  id: string;
  country?: string;
  recipients?: string[];
  mechanism?: Mechanism;
  exemption?: Exemption | null;
  reference?: string;
  validUntil?: string;
  categories?: string[];
  separateConsent?: boolean;
  impactAssessment?: string;
}

export interface PolicyException {
  rule: string;
  /** A glob (.gitignore syntax) relative to the policy file's folder. */
  path: string;
  reason: string;
  owner?: string;
  until?: string;
}

export interface Policy {
  /** Absolute path of the policy file. */
  file: string;
  handler?: string;
  ciio: boolean;
  require: {
    purpose: boolean;
    legalBasis: boolean;
    retention: boolean;
    impactAssessment: ('sensitive' | 'crossBorder')[];
  };
  categories: { allow?: string[]; sensitive: string[]; custom: Record<string, CustomCategory> };
  purposes: Map<string, Purpose>;
  crossBorder: {
    importantData: boolean;
    volume?: { individuals?: number; sensitiveIndividuals?: number };
    destinations: Map<string, Destination>;
    /**
     * crossBorder.hosts: where code sends to, as the policy says (a host glob, an npm package, an environment
     * variable -> a destination id of the policy, an ISO code or domestic). Egress discovery reads it first.
     */
    hosts: HostRule[];
  };
  rules: Record<string, SeveritySetting>;
  /** Accepted risks a tech lead signed off. */
  exceptions: PolicyException[];
  taxonomy: Taxonomy;
  /** Where each key of the file is (for diagnostics in the policy file and fixes that edit it). */
  locate(path: (string | number)[]): Span | undefined;
}

/** A problem in the policy file itself (reported as policy-invalid). */
export interface PolicyProblem {
  span: Span;
  message: Localized;
  severity: 'error' | 'warning';
}

/** The raw object after schema validation; loosely typed, the schema guarantees the shapes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

export function buildPolicy(file: string, raw: Raw, locate: Policy['locate']): Policy {
  const r = raw ?? {};
  const purposes = new Map<string, Purpose>();
  for (const [id, p] of Object.entries<Raw>(r.purposes ?? {})) purposes.set(id, { id, ...(p ?? {}) });
  const destinations = new Map<string, Destination>();
  for (const [id, d] of Object.entries<Raw>(r.crossBorder?.destinations ?? {})) destinations.set(id, { id, ...(d ?? {}) });
  const custom: Record<string, CustomCategory> = r.categories?.custom ?? {};
  const sensitive: string[] = r.categories?.sensitive ?? [];
  return {
    file,
    handler: r.handler,
    ciio: r.ciio === true,
    require: {
      purpose: r.require?.purpose === true,
      legalBasis: r.require?.legalBasis === true,
      retention: r.require?.retention === true,
      impactAssessment: r.require?.impactAssessment ?? [],
    },
    categories: { allow: r.categories?.allow, sensitive, custom },
    purposes,
    crossBorder: {
      importantData: r.crossBorder?.importantData === true,
      volume: r.crossBorder?.volume,
      destinations,
      hosts: Array.isArray(r.crossBorder?.hosts) ? r.crossBorder.hosts : [],
    },
    rules: r.rules ?? {},
    exceptions: r.exceptions ?? [],
    taxonomy: new Taxonomy(custom, sensitive),
    locate,
  };
}
