import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_CATEGORIES, Taxonomy, matchesCategory } from '../../server/src/engine/index';
import { GBT_45574_FACTS } from '../../server/src/engine/law/nationalStandards';

describe('taxonomy', () => {
  const SENSITIVE = ['biometric.face', 'biometric.fingerprint', 'biometric.voiceprint', 'biometric.iris', 'biometric.other', 'religion.belief', 'specificIdentity.status', 'health.medical', 'health.physiological', 'financial.account', 'financial.transaction', 'financial.credit', 'location.track'];
  const PLAIN = ['identity.name', 'identity.idNumber', 'identity.birthDate', 'identity.gender', 'identity.photo', 'contact.phone', 'contact.email', 'contact.address', 'account.id', 'account.credential', 'device.id', 'device.ip', 'online.activity', 'location.coarse', 'communication.content', 'communication.contacts', 'employment.record', 'education.record'];

  test('the built-in categories and their PIPL Art. 28 sensitivity', () => {
    const t = new Taxonomy();
    assert.deepEqual(BUILTIN_CATEGORIES.map((c) => c.id).sort(), [...SENSITIVE, ...PLAIN].sort());
    for (const id of SENSITIVE) assert.equal(t.isSensitive(id), true, id);
    for (const id of PLAIN) assert.equal(t.isSensitive(id), false, id);
  });

  test('Art. 28 names financial accounts only: transactions and credit are sensitive through its "etc.", not as financial accounts', () => {
    const t = new Taxonomy();
    for (const id of ['financial.transaction', 'financial.credit']) {
      assert.equal(t.sensitivity(id), 'art28Etc', id);
      const def = t.get(id)!;
      assert.equal(def.art28Kind, undefined, `${id} is not presented as a kind Art. 28 names`);
      assert.match(def.art28Etc!.en, /not a kind the article names \(it names financial accounts\)/);
      assert.match(def.art28Etc!.zh, /该条列明的是金融账户/);
    }
    assert.equal(t.sensitivity('financial.account'), 'art28');
    assert.deepEqual(t.get('financial.account')!.art28Kind, { en: 'financial accounts', zh: '金融账户' });
    for (const id of SENSITIVE.filter((x) => !x.startsWith('financial.') || x === 'financial.account')) assert.equal(t.sensitivity(id), 'art28', id);
  });

  test('every category has an English and a Chinese label', () => {
    for (const c of BUILTIN_CATEGORIES) {
      assert.ok(c.label.en && c.label.zh, c.id);
      assert.match(c.label.zh, /[\u4e00-\u9fff]/, c.id);
    }
  });

  test('national-standard guidance only where the reference verifies it: none for credentials or communication content', () => {
    const byId = new Map(BUILTIN_CATEGORIES.map((c) => [c.id, c]));
    assert.deepEqual(byId.get('identity.idNumber')!.guidance, ['ID-2', 'OTH-2']);
    assert.equal(byId.get('account.credential')!.guidance, undefined);
    assert.equal(byId.get('communication.content')!.guidance, undefined);
    for (const c of BUILTIN_CATEGORIES) for (const id of c.guidance ?? []) assert.ok(GBT_45574_FACTS[id], `${c.id}: ${id}`);
  });

  test('the policy can add categories and mark any category sensitive', () => {
    const t = new Taxonomy({ 'loyalty.tier': { label: 'Loyalty tier', labelZh: '会员等级' }, 'genetic.sample': { sensitive: true } }, ['identity.idNumber', 'contact.*']);
    assert.equal(t.knows('loyalty.tier'), true);
    assert.equal(t.label('loyalty.tier').zh, '会员等级');
    assert.equal(t.sensitivity('identity.idNumber'), 'policy');
    assert.equal(t.sensitivity('contact.email'), 'policy');
    assert.equal(t.sensitivity('genetic.sample'), 'custom');
    assert.equal(t.isSensitive('loyalty.tier'), false);
  });

  test('a group id stands for its members', () => {
    const t = new Taxonomy();
    assert.deepEqual(t.expand('contact').sort(), ['contact.address', 'contact.email', 'contact.phone']);
    assert.equal(t.isGroup('contact'), true);
    assert.deepEqual(t.expand('contact.phone'), ['contact.phone']);
    assert.deepEqual(t.expand('nothing'), []);
  });

  test('patterns: exact, group.*, group and *', () => {
    assert.equal(matchesCategory('contact.*', 'contact.phone'), true);
    assert.equal(matchesCategory('contact', 'contact.phone'), true);
    assert.equal(matchesCategory('*', 'health.medical'), true);
    assert.equal(matchesCategory('contact.phone', 'contact.phone'), true);
    assert.equal(matchesCategory('contact.*', 'contactless.x'), false);
    assert.equal(matchesCategory('contact.phone', 'contact.email'), false);
  });
});
