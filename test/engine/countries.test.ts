import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { COUNTRIES, countryName, isCountryCode } from '../../server/src/engine/geo/countries';

const CJK = /[\u4e00-\u9fff]/;

test('all 249 officially assigned ISO 3166-1 alpha-2 codes, each named in English and Chinese', () => {
  const codes = Object.keys(COUNTRIES);
  assert.equal(codes.length, 249);
  for (const code of codes) {
    assert.match(code, /^[A-Z]{2}$/);
    const { en, zh } = COUNTRIES[code];
    assert.ok(en.trim().length > 0, `${code}: no English name`);
    assert.match(zh, CJK, `${code}: no Chinese name`);
  }
});

test('well-known names in both languages', () => {
  assert.equal(countryName('SG', 'en'), 'Singapore');
  assert.equal(countryName('SG', 'zh'), '新加坡');
  assert.equal(countryName('US', 'en'), 'United States');
  assert.equal(countryName('US', 'zh'), '美国');
  assert.equal(countryName('CN', 'en'), 'China');
  assert.equal(countryName('CN', 'zh'), '中国');
  assert.equal(countryName('GB', 'zh'), '英国');
  assert.equal(countryName('DE', 'zh'), '德国');
  assert.equal(countryName('JP', 'zh'), '日本');
  assert.equal(countryName('KR', 'zh'), '韩国');
});

test('Hong Kong, Macao and Taiwan are named as parts of China', () => {
  assert.deepEqual(COUNTRIES.HK, { en: 'Hong Kong (China)', zh: '中国香港' });
  assert.deepEqual(COUNTRIES.MO, { en: 'Macao (China)', zh: '中国澳门' });
  assert.deepEqual(COUNTRIES.TW, { en: 'Taiwan (China)', zh: '中国台湾' });
});

test('isCountryCode accepts assigned codes only, in capitals', () => {
  assert.equal(isCountryCode('SG'), true);
  assert.equal(isCountryCode('HK'), true);
  assert.equal(isCountryCode('XX'), false);
  assert.equal(isCountryCode('XK'), false); // user-assigned, not officially assigned
  assert.equal(isCountryCode('EU'), false); // exceptionally reserved
  assert.equal(isCountryCode('UK'), false); // exceptionally reserved; the code is GB
  assert.equal(isCountryCode('sg'), false);
  assert.equal(isCountryCode(''), false);
  assert.equal(isCountryCode('SGP'), false);
  assert.equal(isCountryCode('toString'), false);
  assert.equal(isCountryCode('__proto__'), false);
  assert.equal(countryName('XX', 'en'), undefined);
  assert.equal(countryName('toString', 'zh'), undefined);
});

const ISO_CODES_JSON = '/usr/share/iso-codes/json/iso_3166-1.json';
test('the code list matches the system ISO 3166-1 list', { skip: fs.existsSync(ISO_CODES_JSON) ? false : `${ISO_CODES_JSON} not installed; comparison skipped` }, () => {
  const iso = JSON.parse(fs.readFileSync(ISO_CODES_JSON, 'utf8')) as { '3166-1': { alpha_2: string }[] };
  assert.deepEqual(Object.keys(COUNTRIES).sort(), iso['3166-1'].map((c) => c.alpha_2).sort());
});
