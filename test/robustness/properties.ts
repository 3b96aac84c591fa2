/**
 * The fuzz properties, one group per part of the engine. Each group generates its inputs with fast-check
 * from a seed, runs every input through the checks of support.ts, and sorts failures by kind, so one bug
 * does not hide the next; the first input of each kind is then shrunk by fast-check to a small
 * counterexample. Runs inside a worker (worker.ts) so a hang is caught and its input reported.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { analyzePolicy, analyzeText, loadPolicy, BUILTIN_CATEGORIES, LineIndex, type Finding, type FixData, type Policy } from '../../server/src/engine/index';
import { completionsAt } from '../../server/src/lsp/completion';
import { parseTagBody } from '../../server/src/engine/grammar/tagGrammar';
import { addPolicyEntry, policyEntryId, type PolicySection } from '../../server/src/engine/policy/policyEdits';
import { applyEdits, fixAllEdits, fixChoices, type OffsetEdit } from '../../server/src/lsp/fixes';
import * as A from './arbitraries';
import * as S from './support';

// ---- fixed material --------------------------------------------------------------------------------------------

const DEMO_POLICY_FILE = path.join(S.DEMO, 'privacy-policy.yaml');
export const DEMO_POLICY_TEXT = fs.readFileSync(DEMO_POLICY_FILE, 'utf8');

function mustLoad(text: string, file: string): Policy {
  const l = loadPolicy(text, file);
  if (!l.policy) throw new Error(`fixture policy ${file} does not load: ${JSON.stringify(l.problems.map((p) => p.message.en))}`);
  return l.policy;
}

const STRICT_POLICY_TEXT = [
  'version: 1',
  'ciio: true',
  'require: { purpose: true, legalBasis: true, retention: true, impactAssessment: [sensitive, crossBorder] }',
  'categories:',
  '  allow: [contact.*, identity.name, biometric.face, loyalty.tier]',
  '  sensitive: [contact.email]',
  '  custom:',
  '    loyalty.tier: { label: Tier, sensitive: true }',
  'purposes:',
  '  account: { basis: contract, categories: [contact.*, identity.name], retention: 1y }',
  '  marketing: { basis: consent, retention: 30d }',
  'crossBorder:',
  '  importantData: true',
  '  volume: { individuals: 1000000, sensitiveIndividuals: 10000 }',
  '  destinations:',
  '    SG: { mechanism: exempt, exemption: below-threshold, validUntil: 2026-12-01, categories: [contact.*] }',
  '    eu-hub: { country: DE, mechanism: certification, validUntil: 2020-01-01 }',
  'rules: { missing-retention: error, cross-border-needs-separate-consent: off }',
  '',
].join('\n');

export const POLICIES: (Policy | undefined)[] = [undefined, mustLoad(DEMO_POLICY_TEXT, DEMO_POLICY_FILE), mustLoad(STRICT_POLICY_TEXT, '/ws/strict/privacy-policy.yaml')];

/** A source with many kinds of tags, analysed under each fuzzed policy. */
const KITCHEN_SINK = [
  'export interface Customer {',
  '  /** @personalData identity.name, contact.phone purpose=account */',
  '  name: string;',
  '  /** @personalData biometric.face purpose=faceLogin basis=consent retention=5y */',
  '  face: Uint8Array;',
  '  /** @personalData loyalty.tier subject=minor basis=consent purpose=kidsClub */',
  '  tier: string;',
  '  /** @personalData nope.x contact purpose=nope retention=10y pia=PIA-1 */',
  '  other: string;',
  '  /** @personalData toString constructor purpose=toString basis=contract */',
  '  proto: string;',
  '}',
  '/**',
  ' * @crossBorder SG recipient=merlion-logistics-sg categories=identity.name,contact.phone',
  ' * @crossBorder us-analytics mechanism=exempt exemption=below-threshold categories=biometric.face',
  ' * @crossBorder CN',
  ' * @crossBorder XX purpose=marketing consent=separate',
  ' * @crossBorder toString categories=constructor',
  ' */',
  'export async function ship(order: unknown): Promise<void> {}',
  '',
].join('\n');

// ---- the runner --------------------------------------------------------------------------------------------------

export interface Failure {
  kind: string;
  message: string;
  /** The first failing input, as generated, and its index in the group's sequence. */
  input: string;
  index: number;
  /** fast-check's shrunk counterexample for this kind of failure, when shrinking found one. */
  shrunk?: string;
  count: number;
}

export interface GroupResult {
  group: string;
  seed: number;
  /** Inputs checked by this run (from `from` on). */
  runs: number;
  failures: Failure[];
  ms: number;
}

interface Group<T> {
  runs: number;
  arb: fc.Arbitrary<T>;
  /** A printable form of the input (what a developer pastes into a test). */
  show(input: T): string;
  check(input: T): void;
}

/** A failure's kind: the invariant (or exception) with the variable parts taken out, plus where a crash happened. */
export function kindOf(e: unknown): string {
  const err = e as Error;
  const first = String(err?.message ?? err).split('\n')[0];
  const generic = first
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\{[^}]*\}/g, '{…}')
    .replace(/\d+(\.\d+)?/g, 'N')
    .slice(0, 160);
  if (err instanceof S.InvariantError) return err.kind ?? generic;
  const frame = String(err?.stack ?? '')
    .split('\n')
    .slice(1)
    .find((l) => /server[\\/]src|typescript|yaml|ajv/.test(l));
  const where = frame ? frame.trim().replace(/^at /, '').replace(/\(.*[\\/](server[\\/]src[\\/].*|node_modules[\\/].*)\)/, '($1)').replace(/:\d+:\d+\)?$/, '') : '';
  return `${err?.name ?? 'Error'}: ${generic}${where ? ` @ ${where}` : ''}`;
}

function groupOf(name: string): Group<any> {
  const g = GROUPS[name];
  if (!g) throw new Error(`no fuzz group ${name}`);
  return g;
}

/** Check inputs from..runs-1 of the group's seeded sequence; `report` hears each input before it is checked. */
export function runGroup(name: string, seed: number, runs: number | undefined, from: number, report: (index: number, input: string) => void): GroupResult {
  const g = groupOf(name);
  const t0 = Date.now();
  const failures = new Map<string, Failure>();
  const inputs = fc.sample(g.arb, { seed, numRuns: runs ?? g.runs });
  for (let index = from; index < inputs.length; index++) {
    const input = inputs[index];
    const shown = g.show(input);
    report(index, shown);
    try {
      g.check(input);
    } catch (e) {
      const kind = kindOf(e);
      const f = failures.get(kind);
      if (f) f.count++;
      else failures.set(kind, { kind, message: String((e as Error)?.stack ?? e).slice(0, 3000), input: shown, index, count: 1 });
    }
  }
  return { group: name, seed, runs: Math.max(0, inputs.length - from), failures: [...failures.values()], ms: Date.now() - t0 };
}

/** fast-check's shrinking of one kind of failure: a small input that fails the same way. */
export function shrinkKind(name: string, seed: number, runs: number | undefined, kind: string, report: (index: number, input: string) => void): string | undefined {
  const g = groupOf(name);
  let n = 0;
  const details = fc.check(
    fc.property(g.arb, (input) => {
      report(n++, g.show(input));
      try {
        g.check(input);
      } catch (e) {
        if (kindOf(e) === kind) return false;
      }
      return true;
    }),
    { seed, numRuns: runs ?? g.runs, endOnFailure: false },
  );
  return details.failed && details.counterexample ? g.show(details.counterexample[0]) : undefined;
}

// ---- checks ----------------------------------------------------------------------------------------------------

function analyzeChecked(text: string, fileName: string, policy: Policy | undefined, what: string): Finding[] {
  const findings = S.timed(`${what}: analyzeText`, () => analyzeText(text, fileName, policy, { today: S.TODAY }));
  S.checkFindings(findings, text, what);
  return findings;
}

function policyName(i: number): string {
  return ['no policy', 'demo policy', 'strict policy'][i];
}

/** The direct grammar invariants: every span of the body inside [start, end]. */
function checkTagBody(line: string): void {
  for (const tag of ['personalData', 'crossBorder'] as const) {
    const start = Math.min(line.length, line.search(/\s|$/));
    const body = S.timed('parseTagBody', () => parseTagBody(tag, line, start, line.length, { start: 0, end: line.length }));
    const inside = (s: { start: number; end: number }, what: string) => {
      S.checkSpan(s, line.length, `parseTagBody(${tag}) ${what}`);
      if (s.start < Math.min(start, 0) || s.end > line.length) S.fail(`parseTagBody(${tag}) ${what} ${JSON.stringify(s)} outside the body [${start}, ${line.length}]`);
    };
    for (const w of body.subjects) {
      inside(w.span, 'subject');
      if (line.slice(w.span.start, w.span.end) !== w.text) S.fail(`parseTagBody(${tag}): subject text ${JSON.stringify(w.text)} is not the text at its span`);
    }
    for (const p of body.params) {
      inside(p.span, 'param');
      inside(p.keySpan, 'param key');
      inside(p.valueSpan, 'param value');
      if (line.slice(p.keySpan.start, p.keySpan.end) !== p.key) S.fail(`parseTagBody(${tag}): key ${JSON.stringify(p.key)} is not the text at its span`);
    }
    for (const e of body.errors) {
      inside(e.span, 'error');
      S.checkMessage(e.message, line, `parseTagBody(${tag}) error`);
    }
  }
}

/** A policy text through the loader, the policy rules, and (when usable) a source analysed under it. */
function checkPolicyText(text: string, file: string): void {
  const loaded = S.timed('loadPolicy', () => loadPolicy(text, file));
  if (!Array.isArray(loaded.problems)) S.fail('loadPolicy: problems is not an array');
  for (const p of loaded.problems) {
    S.checkSpan(p.span, text.length, `loadPolicy problem "${p.message?.en}"`);
    S.checkMessage(p.message, text, 'loadPolicy problem');
    if (p.severity !== 'error' && p.severity !== 'warning') S.fail(`loadPolicy problem severity ${JSON.stringify(p.severity)}`);
  }
  if (!loaded.policy && loaded.problems.length === 0) S.fail('loadPolicy: no policy and no problem saying why');
  const findings = S.timed('analyzePolicy', () => analyzePolicy(loaded, text, { today: S.TODAY }));
  S.checkFindings(findings, text, 'analyzePolicy');
  if (loaded.policy) analyzeChecked(KITCHEN_SINK, 'src/sink.ts', loaded.policy, 'analyzeText under the fuzzed policy');
}

function setIn(obj: Record<string, unknown>, keys: string[], value: unknown): void {
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (o[k] === null || o[k] === undefined) o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  o[keys[keys.length - 1]] = value;
}

/** addPolicyEntry either refuses with a reason or makes an insertion after which the file parses and means what it meant plus the entry. */
function checkPolicyEdit(text: string, file: string, section: PolicySection, id: string): void {
  const r = S.timed('addPolicyEntry', () => addPolicyEntry(text, section, id, file));
  const before = parseDocument(text, { uniqueKeys: true });
  if (!r.ok) {
    if (typeof r.reason !== 'string' || !r.reason) S.fail('addPolicyEntry refused without a reason');
    return;
  }
  if (before.errors.length) S.fail(`addPolicyEntry edited a policy that does not parse (${before.errors[0].message.split('\n')[0]})`);
  S.checkSpan({ start: r.edit.offset, end: r.edit.offset }, text.length, 'addPolicyEntry offset');
  const out = text.slice(0, r.edit.offset) + r.edit.text + text.slice(r.edit.offset);
  const after = parseDocument(out, { uniqueKeys: true });
  if (after.errors.length) S.fail(`addPolicyEntry broke the policy: ${after.errors[0].message.split('\n')[0]}\nresult text: ${JSON.stringify(out)}`, 'addPolicyEntry broke the policy (the result does not parse)');
  let js: unknown;
  try {
    js = before.toJS({ maxAliasCount: 100 });
  } catch {
    return; // an alias bomb: the meaning cannot be compared
  }
  const expected = (js === null || js === undefined ? {} : structuredClone(js)) as Record<string, unknown>;
  setIn(expected, [...section.split('.'), id], {});
  const got = after.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  if (!isDeepStrictEqual(got, expected)) {
    const keys = [...section.split('.'), id];
    const sectionOf = (o: unknown) => section.split('.').reduce<unknown>((x, k) => (x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined), o);
    const gotSection = sectionOf(got);
    const hasEntry = !!gotSection && typeof gotSection === 'object' && Object.hasOwn(gotSection, id);
    const how = hasEntry
      ? 'something besides the new entry changed'
      : gotSection && typeof gotSection === 'object' && Object.keys(gotSection).length > Object.keys((sectionOf(js) as object | undefined) ?? {}).length
        ? 'the entry was stored under another key (the id is not quoted where YAML reads it as null, a boolean or a number)'
        : 'the new entry is not in the result (the insertion landed inside a comment or another value)';
    S.fail(
      `addPolicyEntry(${section}, ${JSON.stringify(id)}): ${how}.\nexpected ${JSON.stringify(sectionOf(expected))} at ${keys.slice(0, -1).join('.')}, got ${JSON.stringify(gotSection)}\nresult text: ${JSON.stringify(out)}`,
      `addPolicyEntry: ${how}`,
    );
  }
}

const SECTION_OF_RULE: Record<string, PolicySection> = {
  'unknown-category': 'categories.custom',
  'unknown-purpose': 'purposes',
  'cross-border-unknown-destination': 'crossBorder.destinations',
};

/** Every offered fix of a document applied one by one, then fix-all to a fixpoint. */
function checkFixes(text: string, fileName: string, policy: Policy | undefined, policyText: string | undefined): void {
  const findings = analyzeChecked(text, fileName, policy, 'fixes: original');
  const before = S.parseErrorCodes(text, fileName);
  for (const f of findings) {
    if (!f.fix) continue;
    const what = `fix of ${f.rule} at ${f.span.start}`;
    const choices = fixChoices(f.fix, text, 'en');
    const zh = fixChoices(f.fix, text, 'zh');
    if (!isDeepStrictEqual(choices.map((c) => c.edits), zh.map((c) => c.edits))) S.fail(`${what}: the English and Chinese fixes edit differently`);
    for (const choice of choices) {
      const edits = S.checkEdits(choice.edits, text.length, what);
      const bounds = fixBounds(f.fix);
      for (const e of edits) {
        if (bounds && (e.start < bounds.start || e.end > bounds.end)) S.fail(`${what}: edit ${JSON.stringify(e)} reaches outside the tag ${JSON.stringify(bounds)}`, `the fix of ${f.rule} edits outside its tag`);
        // Only a new tag (unannotated-personal-data) may add lines; a fix inside a tag must keep its comment intact.
        if (f.fix.kind !== 'addTag' && /[\r\n\u2028\u2029]|\*\//.test(e.newText)) S.fail(`${what}: edit text ${JSON.stringify(e.newText)} would break the comment`, `the fix of ${f.rule} inserts a line break or */`);
      }
      const out = applyEdits(text, choice.edits);
      S.checkOnlyEditsChanged(text, out, choice.edits, what);
      const extra = S.newParseErrors(before, S.parseErrorCodes(out, fileName));
      if (extra.length) S.fail(`${what} ("${choice.title}"): the fixed text has new syntax errors TS${extra.join(', TS')}`, `the fix of ${f.rule} introduces syntax errors`);
      const afterFindings = analyzeChecked(out, fileName, policy, `${what}: fixed text`);
      const left = S.stillThere(f, choice.edits, afterFindings);
      if (left) S.fail(`${what} ("${choice.title}") did not remove its finding: ${left.message.en}`, `the fix of ${f.rule} did not remove its finding`);
    }
    // A finding that names its policy entry itself (a recipient for its destination's list) is added as named.
    if (f.fix.kind === 'addToPolicy' && policyText !== undefined) {
      const { section: listSection, id, owner } = f.fix;
      const r = addPolicyEntry(policyText, listSection, id, '/ws/privacy-policy.yaml', owner);
      if (r.ok) {
        const loaded = loadPolicy(policyText.slice(0, r.edit.offset) + r.edit.text + policyText.slice(r.edit.offset), '/ws/privacy-policy.yaml');
        if (!loaded.policy) S.fail(`"Add '${id}' to ${listSection}" (quick fix of ${f.rule}, for ${owner}) leaves a policy that no longer loads: ${loaded.problems[0]?.message.en}\nedit: ${JSON.stringify(r.edit)}`, `the add-to-policy fix of ${f.rule} breaks the policy`);
        const afterFindings = analyzeChecked(text, fileName, loaded.policy, `add '${id}' to ${listSection}`);
        if (afterFindings.some((x) => x.rule === f.rule && x.span.start === f.span.start && x.span.end === f.span.end)) S.fail(`add-to-policy fix for ${f.rule} ("${id}") did not remove its finding`, `the add-to-policy fix of ${f.rule} did not remove its finding`);
      }
      continue;
    }
    // The add-to-policy quick fix: the id is the text under the diagnostic (codeActions.ts), added to the policy text.
    const section = SECTION_OF_RULE[f.rule];
    if (section && policyText !== undefined) {
      const written = text.slice(f.span.start, f.span.end);
      const id = policyEntryId(section, written);
      if (!id) continue;
      const r = addPolicyEntry(policyText, section, id, '/ws/privacy-policy.yaml');
      if (!r.ok) continue;
      const newPolicyText = policyText.slice(0, r.edit.offset) + r.edit.text + policyText.slice(r.edit.offset);
      const loaded = loadPolicy(newPolicyText, '/ws/privacy-policy.yaml');
      if (!loaded.policy) {
        S.fail(
          `"Add '${id}' to ${section}" (quick fix of ${f.rule}) leaves a policy that no longer loads: ${loaded.problems[0]?.message.en}\nedit: ${JSON.stringify(r.edit)}`,
          `the add-to-policy fix of ${f.rule} is offered for an id the policy cannot hold${/^"/.test(written) ? ' (the id keeps the quotes of a quoted value)' : ''}`,
        );
      }
      const afterFindings = analyzeChecked(text, fileName, loaded.policy, `add '${id}' to ${section}`);
      if (afterFindings.some((x) => x.rule === f.rule && x.span.start === f.span.start && x.span.end === f.span.end)) {
        S.fail(`add-to-policy fix for ${f.rule} ("${id}") did not remove its finding`, `the add-to-policy fix of ${f.rule} did not remove its finding`);
      }
    }
  }
  // Fix all, repeated until nothing is left to fix.
  let current = text;
  for (let round = 0; ; round++) {
    const edits = fixAllEdits(analyzeChecked(current, fileName, policy, `fix-all round ${round}`), current);
    if (edits.length === 0) break;
    if (round === 6) S.fail(`fix-all does not converge: after 6 rounds it still offers ${JSON.stringify(edits).slice(0, 200)}`, 'fix-all does not converge');
    S.checkEdits(edits, current.length, `fix-all round ${round}`);
    const out = applyEdits(current, edits);
    S.checkOnlyEditsChanged(current, out, edits, `fix-all round ${round}`);
    const extra = S.newParseErrors(before, S.parseErrorCodes(out, fileName));
    if (extra.length) S.fail(`fix-all round ${round}: the fixed text has new syntax errors TS${extra.join(', TS')}`, 'fix-all introduces syntax errors');
    current = out;
  }
}

function fixBounds(fix: FixData): { start: number; end: number } | undefined {
  if (fix.kind === 'replace') return fix.span;
  if (fix.kind === 'setParam') return fix.tagSpan;
  return undefined;
}

// ---- valid tags ----------------------------------------------------------------------------------------------------

const SAFE_CATEGORIES = BUILTIN_CATEGORIES.map((c) => c.id);
const COUNTRIES = ['SG', 'US', 'HK', 'JP', 'DE', 'GB'];

const validPersonalData = fc
  .record({
    categories: fc.uniqueArray(fc.constantFrom(...SAFE_CATEGORIES, 'contact', 'identity'), { minLength: 1, maxLength: 3 }),
    sep: fc.constantFrom(', ', ','),
    purpose: A.maybeOf(fc.constantFrom('account', 'p-1', 'a.b_c', '1st')),
    basis: A.maybeOf(fc.constantFrom('consent', 'separate-consent', 'guardian-consent', 'contract', 'hr', 'legal-duty', 'emergency', 'news', 'public-info', 'other-law')),
    retention: A.maybeOf(fc.constantFrom('3y', '12m', '90d', '8w', '1d', '99999y')),
    subject: A.maybeOf(fc.constantFrom('minor', 'adult')),
    pia: A.maybeOf(fc.constantFrom('PIA-2026-001', '"PIA 2026 / 3"', '"评估 1"')),
    order: fc.nat(),
  })
  .map((r) => {
    const params = (['purpose', 'basis', 'retention', 'subject', 'pia'] as const).filter((k) => r[k] !== undefined).map((k) => `${k}=${r[k]}`);
    rotate(params, r.order);
    return ['@personalData', r.categories.join(r.sep), ...params].join(' ');
  });

const validCrossBorder = fc
  .record({
    destination: fc.constantFrom(...COUNTRIES),
    recipient: A.maybeOf(fc.constantFrom('acme', 'merlion-logistics-sg')),
    mechanism: A.maybeOf(fc.constantFrom('security-assessment', 'standard-contract', 'certification', 'exempt')),
    exemption: A.maybeOf(fc.constantFrom('contract-necessity', 'hr', 'emergency', 'below-threshold')),
    categories: A.maybeOf(fc.uniqueArray(fc.constantFrom(...SAFE_CATEGORIES), { minLength: 1, maxLength: 3 }).map((c) => c.join(','))),
    purpose: A.maybeOf(fc.constantFrom('account', 'delivery')),
    consent: A.maybeOf(fc.constant('separate')),
    pia: A.maybeOf(fc.constantFrom('PIA-7')),
    order: fc.nat(),
  })
  .map((r) => {
    const mechanism = r.exemption !== undefined ? 'exempt' : r.mechanism;
    const params = Object.entries({ ...r, mechanism, destination: undefined, order: undefined })
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${v}`);
    rotate(params, r.order);
    return ['@crossBorder', r.destination, ...params].join(' ');
  });

function rotate<T>(a: T[], n: number): void {
  if (a.length) a.push(...a.splice(0, n % a.length));
}

/** Declarations that are real, documentable declarations in .ts, .tsx and .js alike. */
const REAL_DECLARATIONS = [0, 1, 5, 7, 8, 10];

/** Hand-written policy layouts the edits must cope with (comments, flow maps, anchors, markers, CRLF, JSON). */
const EDIT_BASES = [
  '',
  '# only a comment\n',
  'version: 1\n',
  'version: 1\npurposes:\n',
  'purposes:\n  account: {}\n  # more to come\n',
  'purposes:\n  account:\n    basis: contract   # why\n    # trailing comment about account\nrules: {}\n',
  'purposes: { account: {} }  # flow\n',
  'purposes: {\n  account: {},\n}\n',
  'purposes: {\n  account: {} # the account\n}\n',
  'purposes: { account: {}, }\n',
  '---\npurposes:\n  account: {}\n...\n',
  'purposes:\n  account:\n    description: |\n      line one\n      line two\n\nrules: {}\n',
  'base: &b { basis: contract }\npurposes:\n  account: *b\n',
  '"purposes":\n  "account": {}\n',
  'purposes:\n    account:\n        basis: contract\ncrossBorder:\n    destinations:\n        SG: {}\n',
  'version: 1\r\npurposes:\r\n  account:\r\n    basis: contract\r\n',
  '{\n  "version": 1,\n  "purposes": {\n    "account": { "basis": "contract" }\n  }\n}\n',
  '{ "version": 1, "crossBorder": { "destinations": {} } }',
  'crossBorder:\n  destinations: {}\n',
  'categories:\n  custom:\n',
  'categories:\n  custom: ~\n',
  DEMO_POLICY_TEXT,
];

// ---- the groups ----------------------------------------------------------------------------------------------------

const eolArb = fc.constantFrom<A.Eol>('\n', '\r\n', '\r', 'mixed');

export const GROUPS: Record<string, Group<any>> = {
  /** Random and mutated tag lines in JSDoc on random declarations, with and without a policy; and the grammar directly. */
  'tag grammar': {
    runs: 3000,
    arb: fc.record({ chunk: A.taggedChunkArb, fileName: fc.constantFrom(...A.FILE_NAMES), policy: fc.nat({ max: 2 }), eol: eolArb, eolChoices: fc.array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 4 }) }),
    show: (i) => JSON.stringify({ fileName: i.fileName, policy: policyName(i.policy), text: A.withEol(A.renderChunk(i.chunk), i.eol, i.eolChoices) }),
    check(i) {
      const text = A.withEol(A.renderChunk(i.chunk), i.eol, i.eolChoices);
      analyzeChecked(text, i.fileName, undefined, 'no policy');
      if (i.policy) analyzeChecked(text, i.fileName, POLICIES[i.policy], policyName(i.policy));
      for (const line of i.chunk.lines) checkTagBody(line);
    },
  },

  /** Well-formed tags must read without a single malformed-tag finding, whatever the layout. */
  'valid tags read cleanly': {
    runs: 1000,
    arb: fc.record({
      lines: fc.array(fc.oneof(validPersonalData, validCrossBorder), { minLength: 1, maxLength: 3 }),
      style: fc.constantFrom<A.DocStyle>('single', 'multi', 'nostar', 'tabs', 'described'),
      decl: fc.constantFrom(...REAL_DECLARATIONS),
      eol: fc.constantFrom<A.Eol>('\n', '\r\n', '\r'),
      bom: fc.boolean(),
      fileName: fc.constantFrom('sample.ts', 'sample.js', 'sample.tsx'),
    }),
    show: (i) => JSON.stringify({ fileName: i.fileName, text: renderValid(i) }),
    check(i) {
      const text = renderValid(i);
      const findings = analyzeChecked(text, i.fileName, undefined, 'valid tags');
      const bad = findings.filter((f) => f.rule === 'malformed-tag');
      if (bad.length) S.fail(`a well-formed tag gave malformed-tag: ${bad[0].message.en} at ${JSON.stringify(text.slice(bad[0].span.start, bad[0].span.end))}`, `a well-formed tag gave malformed-tag: ${bad[0].message.en.replace(/"[^"]*"/g, '"…"')}`);
    },
  },

  /** Whole files: tagged declarations among hostile filler, line-ending mixes, BOMs, mutations; three policies. */
  'whole files': {
    runs: 2000,
    arb: fc.record({ spec: A.documentSpecArb, policy: fc.nat({ max: 2 }) }),
    show: (i) => JSON.stringify({ fileName: i.spec.fileName, policy: policyName(i.policy), text: A.renderDocument(i.spec) }),
    check(i) {
      const text = A.renderDocument(i.spec);
      analyzeChecked(text, i.spec.fileName, undefined, 'no policy');
      if (i.policy) analyzeChecked(text, i.spec.fileName, POLICIES[i.policy], policyName(i.policy));
    },
  },

  /** Arbitrary text (any code points, lone surrogates, NULs) with tag-looking bits spliced in. */
  'random text': {
    runs: 800,
    arb: fc.record({
      text: fc.string({ unit: 'binary', maxLength: 300 }),
      inserts: fc.array(fc.tuple(fc.nat(), fc.constantFrom('/**', '*/', '@personalData ', '@crossBorder SG ', '\n * ', 'interface A {', '}', 'purpose=', '"')), { maxLength: 8 }),
      fileName: fc.constantFrom(...A.FILE_NAMES),
    }),
    show: (i) => JSON.stringify({ fileName: i.fileName, text: spliceAll(i.text, i.inserts) }),
    check(i) {
      const text = spliceAll(i.text, i.inserts);
      analyzeChecked(text, i.fileName, undefined, 'no policy');
      analyzeChecked(text, i.fileName, POLICIES[1], 'demo policy');
    },
  },

  /** Generated policies: mostly schema-shaped objects with wrong types and prototype names, as YAML or JSON, sometimes mutated. */
  'policies: generated': {
    runs: 1200,
    arb: fc.record({
      obj: A.policyObjectArb,
      format: fc.constantFrom<A.PolicyFormat>('yaml-block', 'yaml-block', 'yaml-flow', 'json', 'json-compact'),
      indent: fc.constantFrom(2, 4),
      mutations: fc.oneof({ weight: 2, arbitrary: fc.constant<A.Mutation[]>([]) }, { weight: 1, arbitrary: fc.array(A.policyMutationArb, { minLength: 1, maxLength: 3 }) }),
      eol: fc.constantFrom<A.Eol>('\n', '\n', '\r\n'),
      bom: fc.boolean(),
    }),
    show: (i) => JSON.stringify({ file: policyFile(i.format), text: generatedPolicyText(i) }),
    check(i) {
      checkPolicyText(generatedPolicyText(i), policyFile(i.format));
    },
  },

  /** The demo policy with 1-6 YAML-aware mutations. */
  'policies: demo mutated': {
    runs: 1000,
    arb: fc.record({ mutations: fc.array(A.policyMutationArb, { minLength: 1, maxLength: 6 }), eol: fc.constantFrom<A.Eol>('\n', '\n', '\r\n'), json: fc.boolean() }),
    show: (i) => JSON.stringify({ file: i.json ? 'privacy-policy.json' : 'privacy-policy.yaml', text: mutatedDemo(i) }),
    check(i) {
      checkPolicyText(mutatedDemo(i), i.json ? '/ws/privacy-policy.json' : '/ws/privacy-policy.yaml');
    },
  },

  /** Raw text as a policy. */
  'policies: raw text': {
    runs: 300,
    arb: fc.record({ parts: fc.array(fc.oneof(fc.constantFrom(...A.YAML_PIECES), fc.string({ unit: 'binary', maxLength: 10 }), fc.constantFrom('version', 'purposes', 'a', '1', 'crossBorder', 'destinations')), { maxLength: 30 }), json: fc.boolean() }),
    show: (i) => JSON.stringify({ text: i.parts.join('') }),
    check(i) {
      checkPolicyText(i.parts.join(''), i.json ? '/ws/privacy-policy.json' : '/ws/privacy-policy.yaml');
    },
  },

  /** Quick fixes that add to the policy: refused with a reason, or the file parses and means what it meant plus the entry. */
  'policy edits': {
    runs: 1200,
    arb: fc.record({
      base: fc.oneof(
        { weight: 3, arbitrary: fc.record({ obj: A.policyObjectArb, format: fc.constantFrom<A.PolicyFormat>('yaml-block', 'yaml-flow', 'json', 'json-compact'), indent: fc.constantFrom(2, 4), mutations: fc.constant<A.Mutation[]>([]), eol: fc.constant<A.Eol>('\n'), bom: fc.constant(false) }).map(generatedPolicyTextOf) },
        { weight: 2, arbitrary: fc.array(A.policyMutationArb, { minLength: 0, maxLength: 2 }).map((ms) => A.mutate(DEMO_POLICY_TEXT, ms)) },
        { weight: 2, arbitrary: fc.constantFrom(...EDIT_BASES) },
      ),
      section: fc.constantFrom<PolicySection>('categories.custom', 'purposes', 'crossBorder.destinations'),
      id: fc.constantFrom('marketing', 'loyalty.points', 'JP', 'acme-eu', 'account', 'SG', 'x.y_z', 'p-1', 'null', 'true', '1e3', '0x1F', 'NO', '~', 'a.b.c'),
      json: fc.boolean(),
    }),
    show: (i) => JSON.stringify({ section: i.section, id: i.id, file: i.json ? 'privacy-policy.json' : 'privacy-policy.yaml', text: i.base }),
    check(i) {
      checkPolicyEdit(i.base, i.json ? '/ws/privacy-policy.json' : '/ws/privacy-policy.yaml', i.section, i.id);
    },
  },

  /**
   * Completion anywhere in a policy file being typed (the demo's, mutated, or raw pieces): never throws, and every
   * item replaces text on the cursor's line that holds the cursor.
   */
  'policy completion': {
    runs: 600,
    arb: fc.record({
      text: fc.oneof(
        { weight: 3, arbitrary: fc.record({ mutations: fc.array(A.policyMutationArb, { minLength: 0, maxLength: 4 }), eol: fc.constantFrom<A.Eol>('\n', '\r\n'), json: fc.boolean() }).map(mutatedDemo) },
        { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...A.YAML_PIECES), fc.constantFrom('crossBorder:\n  hosts:\n    - host: a.b\n      destination: ', 'categories: [a, ', 'rules:\n  x', '"', ': '), fc.string({ maxLength: 8 })), { maxLength: 20 }).map((ps) => ps.join('')) },
      ),
      at: fc.nat(),
      policy: fc.nat({ max: 2 }),
      zh: fc.boolean(),
    }),
    show: (i) => JSON.stringify({ offset: i.text.length ? i.at % (i.text.length + 1) : 0, policy: policyName(i.policy), text: i.text }),
    check(i) {
      checkPolicyCompletion(i.text, i.text.length ? i.at % (i.text.length + 1) : 0, POLICIES[i.policy], i.zh ? 'zh' : 'en');
    },
  },

  /** Every offered fix applied to generated documents: still parses, only the edit changed, the finding is gone; fix-all converges. */
  fixes: {
    runs: 1000,
    arb: fc.record({ spec: A.cleanDocumentSpecArb, policy: fc.nat({ max: 2 }) }),
    show: (i) => JSON.stringify({ fileName: i.spec.fileName, policy: policyName(i.policy), text: A.renderDocument(i.spec) }),
    check(i) {
      checkFixes(A.renderDocument(i.spec), i.spec.fileName, POLICIES[i.policy], i.policy === 1 ? DEMO_POLICY_TEXT : i.policy === 2 ? STRICT_POLICY_TEXT : undefined);
    },
  },
};

function checkPolicyCompletion(text: string, offset: number, policy: Policy | undefined, lang: 'en' | 'zh'): void {
  const index = new LineIndex(text);
  const items = S.timed('policy completion', () => completionsAt({ text, offset, policy, policyFile: true, lang, today: '2026-12-01' }));
  const cursor = index.positionAt(offset);
  for (const item of items) {
    const edit = item.textEdit;
    if (!edit || !('range' in edit)) S.fail(`item ${item.label} has no textEdit range`, 'completion item without a range');
    const { start, end } = edit.range;
    if (start.line !== cursor.line || end.line !== cursor.line) S.fail(`item ${item.label} replaces text off the cursor's line`, 'completion range off the cursor line');
    if (start.character > cursor.character || end.character < cursor.character) S.fail(`item ${item.label} replaces ${JSON.stringify(edit.range)} not holding the cursor ${JSON.stringify(cursor)}`, 'completion range without the cursor');
  }
}

function renderValid(i: { lines: string[]; style: A.DocStyle; decl: number; eol: A.Eol; bom: boolean }): string {
  // A tag runs to the end of its line, so several tags need several lines.
  const style = i.lines.length > 1 && i.style === 'single' ? 'multi' : i.style;
  return (i.bom ? '\uFEFF' : '') + A.withEol(A.DECLARATIONS[i.decl](A.jsdoc(i.lines, style)), i.eol);
}

function spliceAll(text: string, inserts: [number, string][]): string {
  let s = text;
  for (const [at, piece] of inserts) {
    const p = s.length ? at % (s.length + 1) : 0;
    s = s.slice(0, p) + piece + s.slice(p);
  }
  return s;
}

function policyFile(format: A.PolicyFormat): string {
  return format.startsWith('json') ? '/ws/privacy-policy.json' : '/ws/privacy-policy.yaml';
}

interface GeneratedPolicy {
  obj: Record<string, unknown>;
  format: A.PolicyFormat;
  indent: number;
  mutations: A.Mutation[];
  eol: A.Eol;
  bom: boolean;
}

function generatedPolicyTextOf(i: GeneratedPolicy): string {
  return generatedPolicyText(i);
}

function generatedPolicyText(i: GeneratedPolicy): string {
  return (i.bom ? '\uFEFF' : '') + A.withEol(A.mutate(A.renderPolicy(i.obj, i.format, i.indent), i.mutations), i.eol);
}

function mutatedDemo(i: { mutations: A.Mutation[]; eol: A.Eol; json: boolean }): string {
  const base = i.json ? JSON.stringify(parseDocument(DEMO_POLICY_TEXT).toJS(), null, 2) : DEMO_POLICY_TEXT;
  return A.withEol(A.mutate(base, i.mutations), i.eol);
}

export const GROUP_NAMES = Object.keys(GROUPS);

export type { OffsetEdit };
