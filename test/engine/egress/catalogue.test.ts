/**
 * The egress catalogue: every entry of every catalogue file (the built-in ones and the test fixture) loads under
 * the schema, names its source, and resolves its own sample call to what it expects. Also the schema's and the
 * loader's refusals, regions.json, and the text prefilter.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSource } from '../../../server/src/engine/extract/extractTags';
import { isCountryCode } from '../../../server/src/engine/geo/countries';
import {
  builtinCatalogue,
  builtinCatalogueFiles,
  CHANNEL_KINDS,
  findEgress,
  loadCatalogue,
  mightHaveEgress,
  REGION_FAMILIES,
  type Catalogue,
  type CatalogueEntry,
  type CatalogueFile,
  type EgressCall,
} from '../../../server/src/engine/egress/index';
import { REPO_ROOT } from '../../helpers';
import { CATALOGUE, FIXTURE_CATALOGUE } from './helpers';

const DIR = path.join(REPO_ROOT, 'server', 'src', 'engine', 'egress', 'catalogue');
const onDisk: CatalogueFile[] = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()
  .map((name) => ({ name, data: JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')) as unknown }));
const fixture: CatalogueFile = { name: 'fixture.json', data: JSON.parse(fs.readFileSync(FIXTURE_CATALOGUE, 'utf8')) as unknown };

function entriesOf(f: CatalogueFile): CatalogueEntry[] {
  return (f.data as { entries: CatalogueEntry[] }).entries;
}

/** What a call resolved to, in the words of a sample's `expect.destination`. */
function outcome(c: EgressCall): string {
  const d = c.destination;
  return d.status === 'resolved' ? d.destination! : d.by === 'in-process' ? 'none' : d.status === 'internal' ? 'internal' : 'unresolved';
}

function checkSample(e: CatalogueEntry, catalogue: Catalogue): void {
  const file = `/sample/${e.id}.ts`;
  assert.ok(mightHaveEgress(e.sample.code, catalogue), 'the prefilter lets the sample through');
  // The entry's own calls, or (a host entry) the calls whose host it names.
  const calls = findEgress(parseSource(e.sample.code, file), e.sample.code, file, { catalogue })
    .filter((c) => c.entry.id === e.id || c.destination.vendor?.id === e.id);
  const want = { destination: e.sample.expect.destination ?? 'unresolved', categories: [...e.sample.expect.categories].sort() };
  const got = calls.map((c) => ({ destination: outcome(c), categories: [...c.categories].sort() }));
  // A sample may spread its data over several calls (identify, then people.set): their categories together.
  const there = [...new Set(got.filter((g) => g.destination === want.destination).flatMap((g) => g.categories))].sort();
  assert.ok(got.some((g) => g.destination === want.destination) && JSON.stringify(there) === JSON.stringify(want.categories),
    `sample of ${e.id}: expected ${JSON.stringify(want)}, calls found: ${JSON.stringify(got)}`);
}

function checkSource(e: CatalogueEntry): void {
  assert.ok(e.source.title.trim().length >= 3, `${e.id}: a source title`);
  assert.match(e.source.url, /^https:\/\/[^\s/]+\.[^\s/]+/, `${e.id}: an https URL`);
}

describe('built-in catalogue files', () => {
  test('every file on disk validates under the schema, with no loader problem', () => {
    assert.ok(onDisk.some((f) => f.name === 'http.json'));
    const { problems } = loadCatalogue(onDisk);
    assert.deepEqual(problems, []);
  });

  test('the engine loads exactly the files on disk, each named after its kind', () => {
    assert.deepEqual(builtinCatalogueFiles().map((f) => f.name).sort(), onDisk.map((f) => f.name));
    for (const f of onDisk) assert.ok((CHANNEL_KINDS as string[]).includes(f.name.replace(/\.json$/, '')), f.name);
    assert.equal(builtinCatalogue().entries.length, onDisk.flatMap(entriesOf).length);
  });

  for (const f of onDisk) {
    for (const e of entriesOf(f)) {
      test(`${f.name} ${e.id}: names its source and resolves its sample`, () => {
        checkSource(e);
        checkSample(e, builtinCatalogue());
      });
    }
  }
});

describe('the test fixture catalogue', () => {
  for (const e of entriesOf(fixture)) {
    test(`${e.id}: names its source and resolves its sample`, () => {
      checkSource(e);
      checkSample(e, CATALOGUE);
    });
  }
});

describe('what the schema and the loader refuse', () => {
  const good = entriesOf(fixture).find((e) => e.id === 'twilio')!;
  const problems = (entries: unknown[], name = 'sms.json') => loadCatalogue([{ name, data: { entries } }]).problems.map((p) => p.message).join('\n');

  test('schema: a missing source, a non-https URL, an unknown kind or key, a default that is no ISO code', () => {
    const { source: _source, ...noSource } = good;
    assert.match(problems([noSource]), /source/);
    assert.match(problems([{ ...good, source: { title: 'Docs', url: 'http://www.twilio.com/docs' } }]), /pattern/);
    assert.match(problems([{ ...good, kind: 'fax' }]), /allowed values/);
    assert.match(problems([{ ...good, extra: true }]), /additional properties/);
    assert.match(problems([{ ...good, destination: { default: 'USA' } }]), /destination/);
    assert.match(problems([{ ...good, packages: [], globals: [] }]), /must NOT have fewer than 1 items|anyOf/);
  });

  test('loader: a duplicate id, an unknown category, an unknown region family, an entry in another kind\'s file', () => {
    assert.match(problems([good, good]), /duplicate id/);
    const badRole = { ...good, operations: [{ call: 'messages.create', payload: [{ arg: 0, personalData: { to: 'contact.fax' } }] }] };
    assert.match(problems([badRole]), /unknown category "contact\.fax"/);
    assert.match(problems([{ ...good, destination: { default: null, region: { family: 'oracle' } } }]), /region family "oracle"/);
    assert.match(problems([good], 'email.json'), /does not belong in email\.json/);
    // An entry with problems is left out; the others load.
    const { catalogue } = loadCatalogue([{ name: 'sms.json', data: { entries: [badRole, { ...good, id: 'twilio-2' }] } }]);
    assert.deepEqual(catalogue.entries.map((e) => e.id), ['twilio-2']);
  });
});

describe('regions.json', () => {
  test('every family names its source; every region is an ISO code or domestic', () => {
    for (const [name, f] of Object.entries(REGION_FAMILIES)) {
      assert.match(f.source.url, /^https:\/\//, name);
      assert.ok(f.source.title.length > 3, name);
      for (const [region, code] of Object.entries(f.regions)) assert.ok(code === 'domestic' || isCountryCode(code), `${name} ${region}: ${code}`);
    }
    for (const cloud of ['aliyun', 'aws', 'azure', 'gcp', 'huawei', 'tencent']) assert.ok(REGION_FAMILIES[cloud], cloud);
  });

  test('Hong Kong, Macao and Taiwan regions are their own codes, never domestic', () => {
    assert.equal(REGION_FAMILIES.aws.regions['ap-east-1'], 'HK');
    assert.equal(REGION_FAMILIES.aliyun.regions['cn-hongkong'], 'HK');
    assert.equal(REGION_FAMILIES.tencent.regions['ap-hongkong'], 'HK');
    assert.equal(REGION_FAMILIES.gcp.regions['asia-east2'], 'HK');
    assert.equal(REGION_FAMILIES.gcp.regions['asia-east1'], 'TW');
    assert.equal(REGION_FAMILIES.azure.regions.eastasia, 'HK');
  });
});

describe('the text prefilter', () => {
  test('files importing no catalogued module and calling no catalogued global skip the walk', () => {
    const plain = `import React from 'react';\nimport { logger } from '@lotus/runtime/log';\nexport function fetchCustomer(id: string) { return this.http.get(id); }\n// fetch the customer first\n`;
    assert.equal(mightHaveEgress(plain, CATALOGUE), false);
    assert.deepEqual(findEgress(parseSource(plain, '/p/a.ts'), plain, '/p/a.ts', { catalogue: CATALOGUE }), []);
  });

  test('an import, a require or a dynamic import of a catalogued module (node:, subpaths and scopes too), or a global call', () => {
    for (const text of [`import twilio from 'twilio';`, `const s = require("@sendgrid/mail");`, `await import('axios');`, `import https from 'node:https';`,
      `import * as Sentry from '@sentry/nextjs';`, `import { x } from 'axios/dist/node/axios.cjs';`, `await fetch(url)`, `navigator.sendBeacon(u, d)`,
      `const ws = new WebSocket(u)`, `gtag('event', 'x')`, `wx.request({ url })`]) {
      assert.equal(mightHaveEgress(text, CATALOGUE), true, text);
    }
  });
});
