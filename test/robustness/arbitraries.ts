/**
 * fast-check generators for the fuzz tests: tag lines (well-formed, near-miss and mutated), JSDoc blocks
 * on every kind of declaration the README lists (and on things that are not declarations), whole files
 * with hostile filler, line-ending mixes and BOMs, and policies (structured YAML/JSON, the demo policy
 * mutated, raw text).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { BUILTIN_CATEGORIES } from '../../server/src/engine/index';

const BUILTIN = BUILTIN_CATEGORIES.map((c) => c.id);
const PROTO = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype'];

// ---- vocabulary ------------------------------------------------------------------------------------------------

export const CATEGORY_WORDS = [
  ...BUILTIN,
  'contact', 'identity', 'biometric', 'health', 'loyalty.tier', 'loyalty', 'contact.*', '*', 'identity.*',
  ...PROTO, 'constructor.name', 'toString.x',
  'a..b', '1abc', 'contact.', '.phone', 'Contact.Phone', 'contact.phon', 'contact_phone', 'contact-phone', 'phone',
  'контакт.телефон', '个人.信息', 'x'.repeat(300), 'a.b.c.d.e.f.g', 'undefined', 'null',
];
export const PURPOSES = ['account', 'delivery', 'faceLogin', 'payments', 'refunds', 'marketing', 'recommendations', 'analytics', 'kidsClub', 'support', 'acount', 'nope', ...PROTO, 'p-1', 'p.2', '1st'];
export const DESTINATIONS = ['SG', 'US', 'us-analytics', 'CN', 'HK', 'MO', 'TW', 'JP', 'DE', 'XX', 'sg', 'EU', 'us_analytics', ...PROTO, 'S', 'SGP', '中国'];
const BASES = ['consent', 'separate-consent', 'guardian-consent', 'contract', 'hr', 'legal-duty', 'emergency', 'news', 'public-info', 'other-law', 'consnt', 'Consent', 'separate_consent', 'seperate-consent'];
const RETENTIONS = ['3y', '1y', '12m', '6m', '90d', '8w', '0d', '99999y', '100000d', '1.5y', '-1d', '3Y', 'y', '3', 'd3', '3yy', '٣y'];
const MECHANISMS = ['security-assessment', 'standard-contract', 'certification', 'exempt', 'standard_contract', 'exempted', 'none', 'Standard-Contract'];
const EXEMPTIONS = ['contract-necessity', 'hr', 'emergency', 'below-threshold', 'threshold', 'contract'];
const SUBJECTS = ['minor', 'adult', 'minors', 'Minor', 'child'];
const PIAS = ['PIA-2026-001', '"PIA 2026 / 3"', '""', '"x', 'a"b', '"中文 评估"'];
const KEYS = ['purpose', 'basis', 'retention', 'subject', 'pia', 'recipient', 'mechanism', 'exemption', 'categories', 'consent',
  'purpos', 'Purpose', 'retension', 'basi', 'mechanisms', 'recipients', 'category', 'unknown', '', ...PROTO, '1key', 'a b', 'k\u3000', '-x'];

const VALUES_BY_KEY: Record<string, readonly string[]> = {
  purpose: PURPOSES,
  basis: BASES,
  retention: RETENTIONS,
  subject: SUBJECTS,
  pia: PIAS,
  recipient: ['merlion-logistics-sg', 'bluepeak-analytics', 'acme', 'a b', ...PROTO],
  mechanism: MECHANISMS,
  exemption: EXEMPTIONS,
  categories: ['identity.name,contact.*', 'identity.name, contact.phone', '"identity.name, contact.phone"', 'contact', 'biometric.face', 'a..b', ',', 'contact.phone,', ',contact.phone', 'nope.x,contact.phone'],
  consent: ['separate', 'yes', 'Separate', 'true'],
};

const TAG_NAMES = ['@personalData', '@crossBorder', '@personaldata', '@PersonalData', '@personal-data', '@personal_data', '@crossborder', '@cross-border',
  '@Cross_Border', '@crossBorde', '@personalDat', '@personalData-', '@personalData_', '@personalDataX', '@personalDatas', '@cross', '@personal', '@personalData@crossBorder'];

const SEPARATORS = [' ', '  ', '\t', '\u3000', '\u00a0', ' \t '];

/** Hostile bits for mutations: quotes, comment delimiters, line breaks of every kind, surrogates, BOM, NUL, RTL. */
export const SPECIAL = ['"', '=', ',', '*', '/', '@', '\n', '\r', '\r\n', '\u2028', '\u2029', '\u0000', '\uFEFF', '\uD800', '\uDC00', '😀', '*/', '/**', '/*', '//',
  '`', "'", '{', '}', '(', ')', '<', '>', '\\', ' ', '\t', '\u3000', '\u00a0', '\u202e', '#', ':', '.', '-', '_', 'é', 'e\u0301', '中', '\u200b',
  '@personalData ', '@crossBorder ', '=""', '"a b"', ' purpose=', ' basis=consent', ', ', '${', '<div>', '@', '\u000b', '\f'];

// ---- mutations -------------------------------------------------------------------------------------------------

export interface Mutation {
  op: 'insert' | 'delete' | 'duplicate' | 'replace' | 'swapLines';
  at: number;
  len: number;
  piece: string;
}

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<Mutation['op']>('insert', 'insert', 'delete', 'duplicate', 'replace', 'swapLines'),
  at: fc.nat(),
  len: fc.nat({ max: 12 }),
  piece,
});

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let s = text;
  for (const m of mutations) {
    const at = s.length ? m.at % (s.length + 1) : 0;
    switch (m.op) {
      case 'insert':
        s = s.slice(0, at) + m.piece + s.slice(at);
        break;
      case 'delete':
        s = s.slice(0, at) + s.slice(at + m.len);
        break;
      case 'duplicate':
        s = s.slice(0, at + m.len) + s.slice(at, at + m.len) + s.slice(at + m.len);
        break;
      case 'replace':
        s = s.slice(0, at) + m.piece + s.slice(at + Math.max(1, m.len));
        break;
      case 'swapLines': {
        const lines = s.split('\n');
        if (lines.length > 1) {
          const i = m.at % lines.length;
          const j = (m.at + m.len + 1) % lines.length;
          [lines[i], lines[j]] = [lines[j], lines[i]];
          s = lines.join('\n');
        }
        break;
      }
    }
  }
  return s;
}

// ---- tag lines -------------------------------------------------------------------------------------------------

const paramArb: fc.Arbitrary<string> = fc.constantFrom(...KEYS).chain((key) => {
  const values = (Object.hasOwn(VALUES_BY_KEY, key) ? VALUES_BY_KEY[key] : undefined) ?? [...PURPOSES.slice(0, 3), ...BASES.slice(0, 2)];
  return fc.tuple(fc.constantFrom(...values), fc.constantFrom('=', '=', '=', '==', ' = ', '= ', '="', '=""')).map(([value, eq]) =>
    eq === '="' ? `${key}="${value}"` : eq === '=""' ? `${key}=""` : `${key}${eq}${value}`,
  );
});

/** A well-formed or nearly well-formed tag line: name, subjects, key=value pairs. */
export const tagLineArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom('@personalData', '@crossBorder') }, { weight: 1, arbitrary: fc.constantFrom(...TAG_NAMES) }),
    fc.constantFrom(' ', ' ', ' ', ' ', ...SEPARATORS, ''),
    fc.array(fc.oneof(fc.constantFrom(...CATEGORY_WORDS), fc.constantFrom(...DESTINATIONS)), { maxLength: 4 }),
    fc.constantFrom(', ', ',', ' ', ' , '),
    fc.array(paramArb, { maxLength: 6 }),
    fc.constantFrom(' ', ' ', ...SEPARATORS),
    fc.constantFrom('', '', ' ', '  ', '\t', ' trailing words', ' "quoted tail"'),
  )
  .map(([name, sep1, subjects, subjectSep, params, paramSep, tail]) => `${name}${sep1}${subjects.join(subjectSep)}${params.length ? paramSep + params.join(paramSep) : ''}${tail}`);

/** A tag line, sometimes mutated. */
export const mutatedTagLineArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: tagLineArb },
  { weight: 2, arbitrary: fc.tuple(tagLineArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 })).map(([line, ms]) => mutate(line, ms)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TAG_NAMES), fc.string({ unit: 'binary', maxLength: 40 })).map(([n, rest]) => `${n} ${rest}`) },
);

// ---- JSDoc blocks and declarations -----------------------------------------------------------------------------

export type DocStyle = 'single' | 'multi' | 'nostar' | 'tight' | 'tabs' | 'described' | 'unterminated';

export function jsdoc(lines: string[], style: DocStyle, indent = ''): string {
  switch (style) {
    case 'single':
      return `/** ${lines.join(' ')} */`;
    case 'tight':
      return `/**${lines.join(' ')}*/`;
    case 'multi':
      return `/**\n${lines.map((l) => `${indent} * ${l}`).join('\n')}\n${indent} */`;
    case 'nostar':
      return `/**\n${lines.map((l) => `${indent}  ${l}`).join('\n')}\n${indent}*/`;
    case 'tabs':
      return `/**\n${lines.map((l) => `${indent}\t*\t${l}`).join('\n')}\n${indent}\t*/`;
    case 'described':
      return `/**\n${indent} * Some description with {@link Other} and \`code\`.\n${indent} *\n${lines.map((l) => `${indent} * ${l}`).join('\n')}\n${indent} * @see https://example.com/a*b\n${indent} */`;
    case 'unterminated':
      return `/**\n${lines.map((l) => `${indent} * ${l}`).join('\n')}\n`;
  }
}

/** Declarations (and non-declarations) a JSDoc block can stand on; `d` is the block. */
export const DECLARATIONS: ((d: string) => string)[] = [
  (d) => `export interface Customer {\n  ${d}\n  phone: string;\n  email?: string;\n}\n`,
  (d) => `${d}\nexport interface Customer { phone: string }\n`,
  (d) => `${d}\nexport type Phone = string;\n`,
  (d) => `export class Service {\n  ${d}\n  private phone?: string;\n  ${d}\n  constructor(private readonly x: number) {}\n}\n`,
  (d) => `export class Service {\n  ${d}\n  async send(order: unknown): Promise<void> {}\n  ${d}\n  get phone(): string { return ''; }\n}\n`,
  (d) => `${d}\nexport async function send(order: unknown): Promise<void> {}\n`,
  (d) => `export function register(${d} phone: string, /** @personalData contact.email */ email?: string) {}\n`,
  (d) => `${d}\nexport const send = async (o: unknown) => o;\n`,
  (d) => `${d}\nexport default function () {}\n`,
  (d) => `${d}\nexport default class {}\n`,
  (d) => `${d}\nexport enum Kind { A, B }\n`,
  (d) => `export enum Kind {\n  A,\n  ${d}\n  B = 2,\n}\n`,
  (d) => `const config = {\n  ${d}\n  phone: '',\n  ${d}\n  ['computed' + 1]: 2,\n  ${d}\n  shorthand,\n  ${d}\n  method() {},\n};\n`,
  (d) => `${d}\nlet a = 1, b = 2;\n`,
  (d) => `${d}\nif (a) { b(); }\n`,
  (d) => `${d}\n`,
  (d) => d,
  (d) => `declare module 'x' {\n  ${d}\n  export const y: number;\n}\n`,
  (d) => `namespace N {\n  ${d}\n  export function f() {}\n}\n`,
  (d) => `${d}\n@decorator()\nexport class D {}\n`,
  (d) => `type T = {\n  ${d}\n  [key: string]: number;\n  ${d}\n  (x: number): string;\n};\n`,
  (d) => `${d}\nexport const x = (function named() {}) satisfies unknown as any;\n`,
  (d) => `interface Deep { a: { b: { ${d} c: string } } }\n`,
  (d) => `class P { ${d} #secret = 1; ${d} static { } ${d} set v(x: string) {} }\n`,
  (d) => `function f() {\n  ${d}\n  return 1;\n}\n`,
  (d) => `${d}\nexport * from './x';\n`,
  (d) => `abstract class A { ${d} abstract m(): void; }\n`,
  (d) => `${d}\nexport = foo;\n`,
  (d) => `const C = () => (\n  <div\n    ${d}\n    a="1"\n  />\n);\n${d}\nfunction J() { return <span>{/* ${'x'} */}</span>; }\n`,
  (d) => `module.exports = {\n  ${d}\n  send(order) {},\n};\n`,
  (d) => `${d}\nexport const { a, b: [c] } = obj;\n`,
  (d) => `for (const ${d} x of y) {}\n`,
];

/** Code that is not a tagged declaration but may look like one: strings and comments holding tags, regexes, unclosed things. */
export const FILLER = [
  'import { x } from "./x";',
  'const s = "/**";',
  'const t = `/** @personalData contact.phone */`;',
  "const u = '/** @crossBorder SG */';",
  '// /** @personalData nope */',
  '/* @personalData contact.phone */',
  'const re = /\\/\\*\\*/g;',
  'const g = "src/**/*.ts";',
  'let v = "\\u2028";',
  '/**/',
  '/***/',
  '/** */',
  '/** @ */',
  '/** @personalData',
  '*/',
  'export {};',
  '}',
  '{',
  '<div>',
  '`${',
  '"unterminated',
  "'",
  'x = y ? z : w;',
  '#!/usr/bin/env node',
  '"use strict";',
  '/** @license MIT */',
  '/*! preserved */',
  '@decorator',
  'function* gen() { yield* other(); }',
  'label: for (;;) break label;',
  'const big = 123n;',
  'a?.b?.[c]?.(d);',
];

export const FILE_NAMES = ['sample.ts', 'sample.tsx', 'sample.js', 'sample.jsx', 'sample.mjs', 'sample.cts', 'Sample.TS'];

export type Eol = '\n' | '\r\n' | '\r' | 'mixed';

export function withEol(text: string, eol: Eol, choices: readonly number[] = [0]): string {
  if (eol === '\n') return text;
  if (eol !== 'mixed') return text.replace(/\n/g, eol);
  let i = 0;
  return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][choices[i++ % choices.length] % 3]);
}

export interface TaggedChunk {
  lines: string[];
  style: DocStyle;
  decl: number;
}

export const docStyleArb = fc.constantFrom<DocStyle>('single', 'multi', 'multi', 'nostar', 'tight', 'tabs', 'described', 'unterminated');

export const taggedChunkArb: fc.Arbitrary<TaggedChunk> = fc.record({
  lines: fc.array(mutatedTagLineArb, { minLength: 1, maxLength: 3 }),
  style: docStyleArb,
  decl: fc.nat({ max: DECLARATIONS.length - 1 }),
});

export function renderChunk(c: TaggedChunk): string {
  return DECLARATIONS[c.decl](jsdoc(c.lines, c.style));
}

export interface DocumentSpec {
  chunks: ({ tagged: TaggedChunk } | { filler: string })[];
  eol: Eol;
  eolChoices: number[];
  bom: boolean;
  fileName: string;
  mutations: Mutation[];
}

const chunkArb = fc.oneof(
  { weight: 3, arbitrary: taggedChunkArb.map((tagged) => ({ tagged })) },
  { weight: 2, arbitrary: fc.constantFrom(...FILLER).map((filler) => ({ filler })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map((filler) => ({ filler })) },
);

export const documentSpecArb: fc.Arbitrary<DocumentSpec> = fc.record({
  chunks: fc.array(chunkArb, { minLength: 1, maxLength: 6 }),
  eol: fc.constantFrom<Eol>('\n', '\n', '\r\n', '\r', 'mixed'),
  eolChoices: fc.array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 8 }),
  bom: fc.boolean(),
  fileName: fc.constantFrom(...FILE_NAMES),
  mutations: fc.oneof({ weight: 3, arbitrary: fc.constant<Mutation[]>([]) }, { weight: 1, arbitrary: fc.array(mutationArb, { maxLength: 4 }) }),
});

export function renderDocument(spec: DocumentSpec): string {
  const body = spec.chunks.map((c) => ('tagged' in c ? renderChunk(c.tagged) : c.filler)).join('\n');
  return (spec.bom ? '\uFEFF' : '') + mutate(withEol(body, spec.eol, spec.eolChoices), spec.mutations);
}

/** Documents without mutations and with well-formed code: their fixes must keep them parsing. */
export const cleanDocumentSpecArb: fc.Arbitrary<DocumentSpec> = fc.record({
  chunks: fc.array(
    fc.record({
      lines: fc.array(fc.oneof({ weight: 4, arbitrary: tagLineArb }, { weight: 1, arbitrary: mutatedTagLineArb }), { minLength: 1, maxLength: 3 }),
      style: fc.constantFrom<DocStyle>('single', 'multi', 'nostar', 'tight', 'tabs', 'described'),
      decl: fc.nat({ max: DECLARATIONS.length - 1 }),
    }).map((tagged) => ({ tagged })),
    { minLength: 1, maxLength: 4 },
  ),
  eol: fc.constantFrom<Eol>('\n', '\r\n', 'mixed'),
  eolChoices: fc.array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 8 }),
  bom: fc.boolean(),
  fileName: fc.constantFrom('sample.ts', 'sample.tsx', 'sample.js'),
  mutations: fc.constant<Mutation[]>([]),
});

// ---- policies --------------------------------------------------------------------------------------------------

const anyScalar = fc.oneof(
  fc.constantFrom(null, true, false, 0, 1, -1, 1.5, 1e21, '', 'x', '3y', '2027-03-01', '2027-02-30', 'consent', 'standard-contract', 'exempt', ...PROTO),
  fc.string({ maxLength: 8 }),
  fc.integer(),
);
const loose: fc.Arbitrary<unknown> = fc.oneof({ weight: 4, arbitrary: anyScalar }, { weight: 1, arbitrary: fc.array(anyScalar, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('a', 'b', ...PROTO), anyScalar, { maxKeys: 2 }) });

export function maybeOf<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined, freq: 2 });
}

const categoryPatterns = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...CATEGORY_WORDS.filter((w) => w.length < 50)) }, { weight: 1, arbitrary: loose }), { maxLength: 5 });

const purposeArb = fc.record(
  {
    description: fc.oneof(fc.string({ maxLength: 20 }), loose),
    descriptionZh: fc.constantFrom('用户账号', '营销'),
    basis: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...BASES) }, { weight: 1, arbitrary: loose }),
    categories: categoryPatterns,
    retention: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...RETENTIONS) }, { weight: 1, arbitrary: loose }),
    impactAssessment: fc.oneof(fc.constantFrom('PIA-1', 'PIA 2'), loose),
    extra: loose,
  },
  { requiredKeys: [] },
);

const destinationArb = fc.record(
  {
    country: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('SG', 'US', 'CN', 'HK', 'XX', 'sg') }, { weight: 1, arbitrary: loose }),
    recipients: fc.oneof(fc.array(fc.constantFrom('acme', 'merlion-logistics-sg', 'a b'), { maxLength: 2 }), loose),
    mechanism: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...MECHANISMS) }, { weight: 1, arbitrary: loose }),
    exemption: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...EXEMPTIONS, null) }, { weight: 1, arbitrary: loose }),
    reference: fc.constantFrom('SC-1', ''),
    validUntil: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('2027-03-01', '2026-12-15', '2026-11-27', '2026-02-29', '2027-13-01', '0000-01-01', '9999-12-31') }, { weight: 1, arbitrary: loose }),
    categories: categoryPatterns,
    separateConsent: fc.oneof(fc.boolean(), loose),
    impactAssessment: fc.constantFrom('PIA-7'),
  },
  { requiredKeys: [] },
);

const RULE_KEYS = ['malformed-tag', 'unknown-category', 'missing-retention', 'missing-purpose', 'cross-border-missing-mechanism', 'policy-invalid', 'missing-retentio', ...PROTO];

/** A policy object: mostly schema-shaped, with wrong types, unknown keys and prototype names mixed in. */
export const policyObjectArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    version: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: loose }),
    handler: fc.oneof(fc.constantFrom('Lotus Mall', '莲花商城'), loose),
    ciio: fc.oneof(fc.boolean(), loose),
    require: fc.record(
      {
        purpose: fc.oneof(fc.boolean(), loose),
        legalBasis: fc.boolean(),
        retention: fc.boolean(),
        impactAssessment: fc.oneof(fc.subarray(['sensitive', 'crossBorder']), loose),
      },
      { requiredKeys: [] },
    ),
    categories: fc.record(
      {
        allow: categoryPatterns,
        sensitive: categoryPatterns,
        custom: fc.dictionary(fc.constantFrom('loyalty.tier', 'a.b', 'contact.phone', 'x', ...PROTO, 'bad id'), fc.record({ label: fc.string({ maxLength: 5 }), labelZh: fc.constant('会员'), sensitive: fc.oneof(fc.boolean(), loose) }, { requiredKeys: [] }), { maxKeys: 3 }),
      },
      { requiredKeys: [] },
    ),
    purposes: fc.oneof({ weight: 6, arbitrary: fc.dictionary(fc.constantFrom(...PURPOSES), maybeOf(purposeArb), { maxKeys: 4 }) }, { weight: 1, arbitrary: loose }),
    crossBorder: fc.record(
      {
        importantData: fc.oneof(fc.boolean(), loose),
        volume: fc.oneof(fc.record({ individuals: fc.oneof(fc.nat(), fc.constantFrom(99999, 100000, 999999, 1000000, -1, 1.5)), sensitiveIndividuals: fc.oneof(fc.nat(), fc.constantFrom(9999, 10000)) }, { requiredKeys: [] }), loose),
        destinations: fc.dictionary(fc.constantFrom(...DESTINATIONS), maybeOf(destinationArb), { maxKeys: 3 }),
      },
      { requiredKeys: [] },
    ),
    rules: fc.dictionary(fc.constantFrom(...RULE_KEYS), fc.oneof(fc.constantFrom('error', 'warning', 'info', 'off', 'fatal'), loose), { maxKeys: 3 }),
    [PROTO[0]]: loose,
  },
  { requiredKeys: [] },
);

export type PolicyFormat = 'yaml-block' | 'yaml-flow' | 'json' | 'json-compact';

/** A policy object as text, with YAML or JSON layout chosen by `format`. */
export function renderPolicy(obj: unknown, format: PolicyFormat, indent: number): string {
  const clean = JSON.parse(JSON.stringify(obj ?? null, (_k, v) => (v === undefined ? null : v)));
  switch (format) {
    case 'json':
      return JSON.stringify(clean, null, indent) + '\n';
    case 'json-compact':
      return JSON.stringify(clean);
    case 'yaml-flow':
      return stringify(clean, { indent, collectionStyle: 'flow' });
    default:
      return stringify(clean, { indent });
  }
}

/** YAML-specific trouble to splice into policy text. */
export const YAML_PIECES = [': ', ':', '- ', '-', '&a ', '*a', '!!str ', '!!binary ', '!custom ', '{', '}', '[', ']', '"', "'", '#', '\t', '\n', '  ', '? ', '|', '>', '|+\n', '%YAML 1.2\n', '---\n', '...\n',
  '<<: *a\n', '\r\n', '\uFEFF', '\u0000', '~', 'null', '.inf', '0x1F', '1e999', '@', '`', ',', '%', '\\', '\u2028', 'purposes:', 'crossBorder:', '  destinations:'];

export const policyMutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<Mutation['op']>('insert', 'insert', 'delete', 'duplicate', 'replace', 'swapLines'),
  at: fc.nat(),
  len: fc.nat({ max: 40 }),
  piece: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...YAML_PIECES) }, { weight: 1, arbitrary: piece }),
});

export const POLICY_FILE_NAMES = ['/ws/privacy-policy.yaml', '/ws/privacy-policy.yml', '/ws/privacy-policy.json'];
