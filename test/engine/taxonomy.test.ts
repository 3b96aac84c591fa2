import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_CATEGORIES, Taxonomy, matchesCategory } from '../../server/src/engine/index';

describe('taxonomy', () => {
  const SENSITIVE = ['biometric.face', 'biometric.fingerprint', 'biometric.voiceprint', 'biometric.iris', 'biometric.other', 'religion.belief', 'specificIdentity.status', 'health.medical', 'health.physiological', 'financial.account', 'financial.transaction', 'financial.credit', 'location.track'];
  const PLAIN = ['identity.name', 'identity.idNumber', 'identity.birthDate', 'identity.gender', 'identity.photo', 'contact.phone', 'contact.email', 'contact.address', 'account.id', 'account.credential', 'device.id', 'device.ip', 'online.activity', 'location.coarse', 'communication.content', 'communication.contacts', 'employment.record', 'education.record'];

  test('the built-in categories and their PIPL Art. 28 sensitivity', () => {
    const t = new Taxonomy();
    assert.deepEqual(BUILTIN_CATEGORIES.map((c) => c.id).sort(), [...SENSITIVE, ...PLAIN].sort());
    for (const id of SENSITIVE) assert.equal(t.sensitivity(id), 'art28', id);
    for (const id of PLAIN) assert.equal(t.isSensitive(id), false, id);
  });

  test('every category has an English and a Chinese label', () => {
    for (const c of BUILTIN_CATEGORIES) {
      assert.ok(c.label.en && c.label.zh, c.id);
      assert.match(c.label.zh, /[\u4e00-\u9fff]/, c.id);
    }
  });

  test('ID numbers, credentials and communication content carry the national-practice note', () => {
    const noted = BUILTIN_CATEGORIES.filter((c) => c.note).map((c) => c.id).sort();
    assert.deepEqual(noted, ['account.credential', 'communication.content', 'identity.idNumber']);
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
