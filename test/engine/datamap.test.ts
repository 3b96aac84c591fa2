/** The data map's model: what flows where, and what is marked, from tagged code and a policy. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeInventories, type Inventory, type TransferRow } from '../../server/src/engine/inventory/inventory';
import { buildDataMap, type DataMap, type MapNode } from '../../server/src/engine/datamap/index';
import { analyzeDocument, loadPolicy } from '../../server/src/engine/index';

const POLICY_TEXT = `version: 1
require:
  purpose: true
categories:
  custom:
    loyalty.tier: { label: Loyalty tier, labelZh: 会员等级 }
purposes:
  account:
    basis: contract
  faceLogin:
    description: Face login
    descriptionZh: 刷脸登录
    basis: separate-consent
  kidsClub:
    basis: guardian-consent
crossBorder:
  destinations:
    SG:
      recipients: [merlion]
      mechanism: standard-contract
      validUntil: "2027-03-01"
    us-analytics:
      country: US
      recipients: [bluepeak]
      mechanism: standard-contract
      validUntil: "2026-01-31"
`;
const policy = loadPolicy(POLICY_TEXT, '/shop/privacy-policy.yaml').policy!;

const CODE = `export interface Customer {
  /** @personalData biometric.face purpose=faceLogin */
  face: string;
  /** @personalData contact.phone purpose=account */
  phone: string;
  /** @personalData loyalty.tier purpose=account */
  tier: string;
  /** @personalData identity.name purpose=account */
  name: string;
  /** @personalData identity.name purpose=kidsClub subject=minor basis=guardian-consent */
  childName: string;
  /** @personalData identity.gender */
  gender: string;
  /** @personalData contact.phon purpose=acount */
  typo: string;
}

/** @crossBorder SG categories=identity.name,contact.phone purpose=account */
export function shipToWarehouse(): void {}

/** @crossBorder SG categories=contact.phone */
export function smsReminder(): void {}

/** @crossBorder us-analytics categories=device.id */
export function track(): void {}

/** @crossBorder JP recipient=sakura categories=contact.phone purpose=account */
export function escalate(): void {}

/** @crossBorder CN recipient=oss-hangzhou */
export function backup(): void {}
`;

function shop(today?: string, withPolicy = true): { inv: Inventory; map: DataMap } {
  const analysis = analyzeDocument({ text: CODE, fileName: '/shop/src/customer.ts' }, withPolicy ? policy : undefined, { today: '2026-11-28', hints: 'off' });
  const inv = mergeInventories([analysis.inventory('src/customer.ts')]);
  return { inv, map: buildDataMap(inv, { policy: withPolicy ? policy : undefined, today }) };
}

const find = (map: DataMap, kind: MapNode['kind'], key: string): MapNode => {
  const n = map.nodes.find((x) => x.kind === kind && x.key === key);
  assert.ok(n, `no ${kind} ${key}; nodes: ${map.nodes.map((x) => `${x.kind}:${x.key}`).join(' ')}`);
  return n;
};
/** Edges written kind:key -> kind:key. */
const edgesOf = (map: DataMap): string[] => {
  const name = new Map(map.nodes.map((n) => [n.ref, `${n.kind}:${n.key}`]));
  return map.edges.map((e) => `${name.get(e.from)} -> ${name.get(e.to)}`);
};

const transferRow = (over: Partial<TransferRow>): TransferRow => ({ destination: 'US', country: 'US', categories: ['device.id'], sensitive: [], minors: [], function: 'sdk.send', file: 'src/sdk.ts', line: 3, character: 1, ...over });

describe('data map model', () => {
  test('categories -> purposes -> destinations -> recipients, in four columns', () => {
    const { map } = shop('2026-11-28');
    const keys = (kind: MapNode['kind']) => map.nodes.filter((n) => n.kind === kind).map((n) => n.key);
    assert.deepEqual(keys('category'), ['biometric.face', 'contact.phon', 'contact.phone', 'device.id', 'identity.gender', 'identity.name', 'loyalty.tier']);
    assert.deepEqual(keys('purpose'), ['account', 'acount', 'faceLogin', 'kidsClub']);
    assert.deepEqual(keys('destination'), ['CN', 'JP', 'SG', 'us-analytics']);
    assert.deepEqual(keys('recipient'), ['bluepeak', 'merlion', 'oss-hangzhou', 'sakura']);
    const edges = edgesOf(map);
    for (const e of [
      'category:biometric.face -> purpose:faceLogin',
      'category:contact.phone -> purpose:account',
      'category:identity.name -> purpose:kidsClub',
      'purpose:account -> destination:SG',
      'purpose:account -> destination:JP',
      'destination:SG -> recipient:merlion',
      'destination:JP -> recipient:sakura',
      'destination:us-analytics -> recipient:bluepeak',
      'destination:CN -> recipient:oss-hangzhou',
    ]) {
      assert.ok(edges.includes(e), `${e} in\n${edges.join('\n')}`);
    }
    // One edge per pair, whatever the number of declarations behind it.
    assert.equal(new Set(edges).size, edges.length);
    const sg = map.edges.find((e) => e.from === find(map, 'purpose', 'account').ref && e.to === find(map, 'destination', 'SG').ref)!;
    assert.deepEqual(sg.categories, ['contact.phone', 'identity.name']);
    assert.ok(find(map, 'destination', 'SG').abroad && find(map, 'recipient', 'merlion').abroad);
    assert.ok(!find(map, 'destination', 'CN').abroad && !find(map, 'recipient', 'oss-hangzhou').abroad);
    assert.deepEqual(find(map, 'destination', 'us-analytics').country, 'US');
    assert.deepEqual(find(map, 'destination', 'us-analytics').name, { en: 'United States', zh: '美国' });
    assert.deepEqual(find(map, 'purpose', 'faceLogin').description, { en: 'Face login', zh: '刷脸登录' });
  });

  test('a transfer without a purpose links its categories straight to its destination', () => {
    const { map } = shop();
    const edges = edgesOf(map);
    assert.ok(edges.includes('category:contact.phone -> destination:SG'), 'smsReminder has no purpose');
    assert.ok(edges.includes('category:device.id -> destination:us-analytics'));
    assert.ok(!edges.some((e) => e.startsWith('category:device.id -> purpose:')), 'device.id is only sent, never processed for a purpose');
    // The destination's categories sent with a purpose go through the purpose instead.
    assert.ok(!edges.includes('category:identity.name -> destination:SG'));
  });

  test('sensitive categories are marked, and so are the edges of a minor\'s data', () => {
    const { map } = shop();
    assert.equal(find(map, 'category', 'biometric.face').sensitive, true);
    assert.equal(find(map, 'category', 'contact.phone').sensitive, false);
    // identity.name is sensitive only where it is a minor's: the category stays plain, its kidsClub edge is marked.
    const name = find(map, 'category', 'identity.name');
    assert.equal(name.sensitive, false);
    const sensitiveEdges = edgesOf(map).filter((_, i) => map.edges[i].sensitive);
    assert.deepEqual(sensitiveEdges, ['category:biometric.face -> purpose:faceLogin', 'category:identity.name -> purpose:kidsClub']);
  });

  test('unmet requirements: no mechanism, an expired record, a destination or purpose the policy lacks, an unknown category, no purpose', () => {
    const { map } = shop('2026-11-28');
    const unmet = (kind: MapNode['kind'], key: string) => find(map, kind, key).unmet.map((u) => u.kind);
    assert.deepEqual(unmet('destination', 'JP'), ['no-mechanism', 'destination-not-in-policy']);
    assert.deepEqual(find(map, 'destination', 'us-analytics').unmet, [{ kind: 'expired', validUntil: '2026-01-31' }]);
    assert.deepEqual(unmet('destination', 'SG'), []);
    assert.deepEqual(unmet('destination', 'CN'), [], 'a domestic destination needs no mechanism');
    assert.deepEqual(unmet('purpose', 'acount'), ['purpose-not-in-policy']);
    assert.deepEqual(unmet('category', 'contact.phon'), ['category-not-in-taxonomy']);
    assert.deepEqual(find(map, 'category', 'identity.gender').unmet, [{ kind: 'no-purpose', count: 1 }]);
    // The edges into a destination with an unmet requirement are marked; the processing before it is not.
    const marked = edgesOf(map).filter((_, i) => map.edges[i].unmet);
    assert.deepEqual(marked.sort(), ['category:device.id -> destination:us-analytics', 'destination:JP -> recipient:sakura', 'destination:us-analytics -> recipient:bluepeak', 'purpose:account -> destination:JP']);
  });

  test('without a date nothing is expired; without a policy only what the code shows is marked', () => {
    assert.deepEqual(find(shop(undefined).map, 'destination', 'us-analytics').unmet, []);
    const { map } = shop('2026-11-28', false);
    assert.deepEqual(find(map, 'destination', 'JP').unmet.map((u) => u.kind), ['no-mechanism']);
    assert.deepEqual(find(map, 'purpose', 'acount').unmet, []);
    assert.deepEqual(find(map, 'category', 'identity.gender').unmet, [], 'no policy requires a purpose');
    assert.deepEqual(find(map, 'category', 'contact.phon').unmet.map((u) => u.kind), ['category-not-in-taxonomy']);
  });

  test('transfers found in code that nobody tagged are drawn apart, and stop being so once a tag says the same', () => {
    const inv: Inventory = { annotations: [], transfers: [transferRow({ tagged: false }), transferRow({ destination: 'DE', country: 'DE', categories: ['online.activity'], tagged: false, mechanism: 'standard-contract' })] };
    let map = buildDataMap(inv);
    assert.ok(map.nodes.every((n) => n.untagged), 'every node comes from untagged transfers only');
    assert.ok(map.edges.every((e) => e.untagged));
    inv.transfers.push(transferRow({ mechanism: 'standard-contract', function: 'tagged.send', line: 9 }));
    map = buildDataMap(inv);
    assert.equal(find(map, 'destination', 'US').untagged, false);
    assert.equal(find(map, 'category', 'device.id').untagged, false);
    assert.equal(find(map, 'destination', 'DE').untagged, true);
    assert.deepEqual(edgesOf(map).filter((_, i) => map.edges[i].untagged), ['category:online.activity -> destination:DE']);
    assert.deepEqual(find(map, 'destination', 'US').unmet, [{ kind: 'no-mechanism' }], 'one tagged transfer with a mechanism does not hide that another has none');
  });

  test('every node keeps its places: the policy entry first (its key in the policy file), then the code', () => {
    const { map } = shop();
    const account = find(map, 'purpose', 'account');
    const [first, ...code] = account.places;
    assert.equal(first.kind, 'policy');
    assert.ok(first.kind === 'policy');
    assert.equal(first.file, '/shop/privacy-policy.yaml');
    assert.deepEqual(first.path, ['purposes', 'account']);
    assert.equal(POLICY_TEXT.slice(first.start, first.end), 'account');
    assert.deepEqual(
      code.map((p) => (p.kind === 'code' ? `${p.file}:${p.line}:${p.character} ${p.declaration}` : '')),
      ['src/customer.ts:5:3 Customer.phone', 'src/customer.ts:7:3 Customer.tier', 'src/customer.ts:9:3 Customer.name', 'src/customer.ts:19:17 shipToWarehouse', 'src/customer.ts:28:17 escalate'],
    );
    const merlion = find(map, 'recipient', 'merlion').places[0];
    assert.ok(merlion.kind === 'policy' && POLICY_TEXT.slice(merlion.start, merlion.end) === 'merlion');
    const sg = find(map, 'destination', 'SG').places;
    assert.ok(sg[0].kind === 'policy' && POLICY_TEXT.slice(sg[0].start, sg[0].end) === 'SG');
    assert.equal(sg.length, 3, 'the policy entry and the two @crossBorder functions');
    const tier = find(map, 'category', 'loyalty.tier').places[0];
    assert.ok(tier.kind === 'policy' && POLICY_TEXT.slice(tier.start, tier.end) === 'loyalty.tier', 'a custom category opens at its definition');
    assert.ok(find(map, 'category', 'biometric.face').places.every((p) => p.kind === 'code'), 'a built-in category is not in the policy');
    assert.deepEqual(find(map, 'destination', 'JP').places.map((p) => p.kind), ['code'], 'JP has no policy entry');
  });

  test('refs are short and safe, one letter per column; the same inventory in any row order gives the same map', () => {
    const { inv, map } = shop('2026-11-28');
    for (const n of map.nodes) assert.match(n.ref, /^[cpdr]\d+$/);
    const reversed: Inventory = { annotations: [...inv.annotations].reverse(), transfers: [...inv.transfers].reverse() };
    assert.deepEqual(buildDataMap(reversed, { policy, today: '2026-11-28' }), map);
  });

  test('an empty inventory is an empty map', () => {
    assert.deepEqual(buildDataMap({ annotations: [], transfers: [] }, { policy }), { handler: undefined, nodes: [], edges: [] });
  });
});
