/**
 * The policy schema's validator is compiled ahead of time (schemas/validator.mjs): the committed module must be what
 * the schema compiles to today, and it must judge policies as a run-time compile of the schema does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import { validate } from '../../server/src/engine/policy/policySchemaValidator.generated';

const REPO = path.resolve(__dirname, '..', '..', '..');

test('the generated validator is what the schema compiles to (run `node schemas/validator.mjs` after editing the schema)', async () => {
  const { validatorSource, GENERATED } = (await import(pathToFileURL(path.join(REPO, 'schemas', 'validator.mjs')).href)) as { validatorSource(): string; GENERATED: string };
  assert.equal(fs.readFileSync(GENERATED, 'utf8'), validatorSource());
});

test('it reports what a run-time compile of the schema reports, error for error', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', 'privacy-policy.schema.json'), 'utf8'));
  const runtime = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const generated = validate as unknown as ValidateFunction;
  const cases: unknown[] = [
    {},
    { version: 1, purposes: { account: { description: 'Accounts' } } },
    { version: 2, purposes: { account: { retain: '3y' } } },
    { version: 1, crossBorder: { destinations: { US: { mechanism: 'handshake' } }, hosts: [{ host: 3 }] } },
    { version: 1, categories: 'all', rules: { 'no-such-rule': 'loud' } },
    [],
    'version: 1',
  ];
  for (const data of cases) {
    const a = runtime(data) ? [] : runtime.errors;
    const b = generated(data) ? [] : generated.errors;
    assert.deepEqual(b, a, JSON.stringify(data));
  }
  assert.ok(!generated(cases[2]), 'a wrong version is refused');
});
