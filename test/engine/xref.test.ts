/** What reaches a @crossBorder function across files: every resolution case, on a fixture workspace. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText, readPolicyFile, type Finding } from '../../server/src/engine/index';
import { nodeHost } from '../../server/src/runtime/nodeHost';
import { Project } from '../../server/src/engine/xref/reaching';
import { FIXTURES } from '../helpers';

const ROOT = path.join(FIXTURES, 'xref');
const SYNC = path.join(ROOT, 'src', 'api', 'sync.ts');
const text = fs.readFileSync(SYNC, 'utf8');
const policy = readPolicyFile(nodeHost, path.join(ROOT, 'privacy-policy.yaml')).policy!;

function undeclared(): Map<string, Finding> {
  const findings = analyzeText(text, SYNC, policy, { today: '2026-11-28', project: new Project(nodeHost) });
  const byParam = new Map<string, Finding>();
  for (const f of findings.filter((x) => x.rule === 'cross-border-undeclared-data')) byParam.set(text.slice(f.span.start, f.span.end), f);
  return byParam;
}

function missing(f: Finding | undefined): string {
  return f ? /: (.*) \(not in/.exec(f.message.en)![1] : '';
}

describe('cross-border-undeclared-data', () => {
  const found = undeclared();

  test('Pick narrows to the picked fields: nothing undeclared', () => {
    assert.equal(found.get('c'), undefined, missing(found.get('c')));
  });

  test('Omit, Promise, arrays, nested properties and cycles: sensitive first, every category named', () => {
    assert.equal(missing(found.get('list')), 'location.track, contact.address and identity.idNumber');
  });

  test('sensitive ordering puts Art. 28 categories first', () => {
    const f = found.get('list')!;
    assert.ok(f.message.en.indexOf('location.track') < f.message.en.indexOf('contact.address'));
  });

  test('namespace imports through a path alias, a type-level tag, a default export re-exported by name, Partial', () => {
    assert.equal(missing(found.get('note')), 'health.medical');
    assert.equal(missing(found.get('p')), 'health.physiological');
    assert.equal(missing(found.get('nc')), 'location.track and identity.idNumber', 'contact is declared as a group');
  });

  test('without categories= the destination decides; implements, renamed re-exports, recursive type aliases; a missing import is skipped', () => {
    assert.equal(missing(found.get('a')), 'location.track');
    assert.equal(missing(found.get('w')), 'financial.account, financial.credit, location.track and identity.idNumber');
    assert.equal(missing(found.get('t')), 'biometric.face');
    assert.equal(found.get('b'), undefined);
    assert.equal(found.get('s'), undefined);
  });

  test('tags on the parameter and on inline type members count', () => {
    assert.equal(missing(found.get('email')), 'contact.email');
    assert.equal(missing(found.get('n')), 'identity.gender');
  });

  test('related places point at the declarations in other files', () => {
    const f = found.get('note')!;
    assert.equal(f.related?.length, 1);
    assert.equal(f.related![0].file, path.join(ROOT, 'src', 'models', 'customer.ts'));
    assert.equal(f.related![0].range.start.line, 21);
    assert.match(f.related![0].message.en, /health\.medical declared on MedicalNote/);
  });

  test('the fix adds the missing categories to categories=, or declares what reaches', () => {
    const list = found.get('list')!;
    assert.deepEqual([list.fix?.kind, (list.fix as { value: string }).value], ['setParam', 'identity.name,contact.phone,location.track,contact.address,identity.idNumber']);
    const a = found.get('a')!;
    assert.equal((a.fix as { value: string; existing?: unknown }).existing, undefined);
    assert.equal((a.fix as { value: string }).value, 'contact.address,location.track');
  });

  test('terminates on deep and cyclic types, and each file is parsed once per text', () => {
    const project = new Project(nodeHost);
    const started = Date.now();
    for (let i = 0; i < 20; i++) analyzeText(text, SYNC, policy, { project });
    assert.ok(Date.now() - started < 5000);
  });
});

describe('JavaScript: parameters typed by a JSDoc @param', () => {
  const LEGACY = path.join(ROOT, 'src', 'api', 'legacy.js');
  const js = fs.readFileSync(LEGACY, 'utf8');
  const findings = analyzeText(js, LEGACY, policy, { today: '2026-11-28', project: new Project(nodeHost) });
  const at = (rule: string, word: string) => findings.filter((f) => f.rule === rule && js.slice(f.span.start, f.span.end) === word);

  test('@param {import(\'...\').Type} and {Array.<import(\'...\').Type>} are followed like TypeScript types', () => {
    assert.equal(missing(at('cross-border-undeclared-data', 'customer')[0]), 'location.track, contact.address, contact.phone and identity.idNumber');
    assert.equal(missing(at('cross-border-undeclared-data', 'batch')[0]), 'location.track, contact.address and identity.idNumber');
    assert.deepEqual(at('cross-border-undeclared-data', 'id'), [], '{string} carries nothing');
    assert.deepEqual(at('cross-border-undeclared-data', 'child'), [], 'everything reaching printCard is declared');
  });

  test('a type tagged subject=minor reaching the function makes its categories a minor\'s, so sensitive PI is sent', () => {
    const [f] = at('cross-border-insufficient-mechanism', 'exempt');
    assert.ok(f, JSON.stringify(findings.map((x) => x.rule)));
    // The child's name and birth date are a minor's; the guardian's phone, tagged without subject=minor, is not.
    assert.match(f.message.en, /personal information of minors under 14 is sent \(identity\.name, identity\.birthDate\): all of it is sensitive \(PIPL Art\. 28\)/);
    assert.ok(f.citations.some((c) => c.law === 'PIPL' && c.article === 28));
  });
});
