/**
 * The JSON Schema validators the engine runs are compiled ahead of time (schemas/validator.mjs): each committed
 * module must be what its schema compiles to today, and it must judge documents as a run-time compile of the
 * schema does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import { validate as policyValidator } from '../../server/src/engine/policy/policySchemaValidator.generated';
import { validate as catalogueValidator } from '../../server/src/engine/egress/catalogueSchemaValidator.generated';
import { loadCatalogue } from '../../server/src/engine/egress/catalogue';

const REPO = path.resolve(__dirname, '..', '..', '..');

interface Generator {
  VALIDATORS: { schema: string; generated: string }[];
  validatorSource(schema: string): string;
}

test('each generated validator is what its schema compiles to (run `node schemas/validator.mjs` after editing a schema)', async () => {
  const { VALIDATORS, validatorSource } = (await import(pathToFileURL(path.join(REPO, 'schemas', 'validator.mjs')).href)) as Generator;
  assert.deepEqual(VALIDATORS.map((v) => v.schema), ['privacy-policy.schema.json', 'egress-catalogue.schema.json']);
  for (const { schema, generated } of VALIDATORS) assert.equal(fs.readFileSync(generated, 'utf8'), validatorSource(schema), schema);
});

function sameErrors(schemaFile: string, generated: unknown, cases: unknown[]): void {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', schemaFile), 'utf8'));
  const runtime = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const compiled = generated as ValidateFunction;
  for (const data of cases) {
    const a = runtime(data) ? [] : runtime.errors;
    const b = compiled(data) ? [] : compiled.errors;
    assert.deepEqual(b, a, JSON.stringify(data));
  }
}

test('the policy validator reports what a run-time compile of the schema reports, error for error', () => {
  const cases: unknown[] = [
    {},
    { version: 1, purposes: { account: { description: 'Accounts' } } },
    { version: 2, purposes: { account: { retain: '3y' } } },
    { version: 1, crossBorder: { destinations: { US: { mechanism: 'handshake' } }, hosts: [{ host: 3 }] } },
    { version: 1, categories: 'all', rules: { 'no-such-rule': 'loud' } },
    [],
    'version: 1',
  ];
  sameErrors('privacy-policy.schema.json', policyValidator, cases);
  assert.ok(!(policyValidator as ValidateFunction)(cases[2]), 'a wrong version is refused');
});

test('the catalogue validator reports what a run-time compile of the schema reports, on every built-in file and broken ones', () => {
  const dir = path.join(REPO, 'server', 'src', 'engine', 'egress', 'catalogue');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
  assert.ok(files.length >= 10);
  const entry = files[0].entries[0];
  const cases: unknown[] = [
    ...files,
    {},
    { entries: 'none' },
    { entries: [{ ...entry, id: 'Not An Id', kind: 'carrier-pigeon' }] },
    { entries: [{ ...entry, source: { title: 'x', url: 'http://insecure' }, creates: ['face', 'face'] }] },
    { entries: [{ id: 'bare', vendor: 'Bare' }], extra: true },
  ];
  sameErrors('egress-catalogue.schema.json', catalogueValidator, cases);
  for (const f of files) assert.ok((catalogueValidator as ValidateFunction)(f), 'the built-in files are valid');
});

test('a catalogue file of your own that breaks the schema is reported by file, entry path and message', () => {
  const { problems } = loadCatalogue([{ name: 'mine.json', data: { entries: [{ id: 'mine', vendor: 'Mine', kind: 'carrier-pigeon' }] } }]);
  const messages = problems.filter((p) => p.file === 'mine.json').map((p) => p.message);
  assert.ok(messages.some((m) => m.startsWith('/entries/0/kind ') && /allowed values/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /required property 'operations'/.test(m)), messages.join('\n'));
});
