/** engine/navigation: which id the cursor is on, what a policy defines, the workspace index and the rename plan. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  builtinCategoryArticle,
  canRename,
  extractTags,
  occurrenceAt,
  planRename,
  policyOccurrences,
  policyOutline,
  tagOccurrences,
  Taxonomy,
  WorkspaceIndex,
  type Occurrence,
} from '../../server/src/engine/index';

const taxonomy = new Taxonomy({ 'loyalty.tier': { label: 'Tier' } });

function tagsOf(code: string): Occurrence[] {
  return tagOccurrences(extractTags(code, 'a.ts').tags);
}

const show = (text: string, o: Occurrence) => `${o.kind}:${text.slice(o.span.start, o.span.end)}${o.definition ? '!' : ''}`;

describe('ids in tags', () => {
  const code = '/** @crossBorder SG recipient="merlion sg" categories=contact.phone, "identity.name" purpose=sync pia=PIA-1 mechanism=exempt */\nfunction f() {}\n';

  test('subjects, list items and id values, quotes left out; other values are not ids', () => {
    assert.deepEqual(tagsOf(code).map((o) => show(code, o)), ['destination:SG', 'recipient:merlion sg', 'category:contact.phone', 'category:identity.name', 'purpose:sync', 'pia:PIA-1']);
  });

  test('the cursor on a key finds its value; between two ids, neither', () => {
    const occurrences = tagsOf(code);
    assert.equal(occurrenceAt(occurrences, code.indexOf('purpose=') + 2)?.id, 'sync');
    assert.equal(occurrenceAt(occurrences, code.indexOf('mechanism') + 2), undefined);
    assert.equal(occurrenceAt(occurrences, code.indexOf('@crossBorder') + 3), undefined);
  });

  test('@personalData subjects are categories, with the declaration they document', () => {
    const ts = 'interface C {\n  /** @personalData contact.phone,contact.email purpose=account */\n  phone: string;\n}\n';
    assert.deepEqual(tagsOf(ts).map((o) => `${show(ts, o)}@${o.container}`), ['category:contact.phone@C.phone', 'category:contact.email@C.phone', 'purpose:account@C.phone']);
  });
});

const POLICY = `purposes:
  account: { basis: contract, categories: [contact.*, 'loyalty.tier'], impactAssessment: PIA-1 }
categories:
  sensitive: [identity.idNumber]
  custom:
    "loyalty.tier": {}
crossBorder:
  destinations:
    SG:
      recipients:
        - merlion   # a comment
      categories: [contact.phone]
exceptions:
  - { rule: missing-retention, path: src/**, reason: old }
`;

describe('ids in a policy file', () => {
  test('keys define purposes, custom categories and destinations; lists define recipients and mention categories', () => {
    assert.deepEqual(policyOccurrences(POLICY).map((o) => show(POLICY, o)), [
      'purpose:account!',
      'category:contact.*',
      'category:loyalty.tier',
      'pia:PIA-1!',
      'category:identity.idNumber',
      'category:loyalty.tier!',
      'destination:SG!',
      'recipient:merlion!',
      'category:contact.phone',
    ]);
    assert.deepEqual(policyOccurrences('purposes: [unclosed').length, 0, 'a file that does not parse has none');
  });

  test('the outline, with details in the reader language', () => {
    const policy = 'purposes:\n  a: { description: Ads, descriptionZh: 广告 }\ncrossBorder:\n  destinations:\n    x: { country: US, mechanism: exempt, recipients: [r] }\n';
    const outline = policyOutline(policy, 'zh');
    assert.deepEqual(outline.map((e) => [e.name, e.children.map((c) => [c.name, c.detail, c.children.map((r) => r.name)])]), [
      ['purposes', [['a', '广告', []]]],
      ['crossBorder', [['x', 'US · exempt', ['r']]]],
    ]);
  });
});

describe('the workspace index', () => {
  function indexed(): WorkspaceIndex {
    const index = new WorkspaceIndex();
    index.set('/p/privacy-policy.yaml', POLICY, policyOccurrences(POLICY), '/p/privacy-policy.yaml');
    const a = '/** @personalData contact.phone purpose=account */\nlet phone;\n';
    index.set('/p/a.ts', a, tagsOf(a), '/p/privacy-policy.yaml');
    const other = '/** @personalData contact.phone purpose=account */\nlet x;\n';
    index.set('/q/b.ts', other, tagsOf(other), '/q/privacy-policy.yaml');
    return index;
  }

  test('a category is referenced by the patterns covering it, and positions are kept', () => {
    const refs = indexed().references('category', 'contact.phone', '/p/privacy-policy.yaml');
    assert.deepEqual(refs.map((p) => `${p.file}:${p.range.start.line}:${p.id}`), ['/p/a.ts:0:contact.phone', '/p/privacy-policy.yaml:1:contact.*', '/p/privacy-policy.yaml:11:contact.phone']);
  });

  test('another policy governs another namespace; with no scope, all of them', () => {
    const index = indexed();
    assert.equal(index.references('purpose', 'account', '/p/privacy-policy.yaml').length, 2);
    assert.equal(index.references('purpose', 'account').length, 3);
    assert.deepEqual(index.definitions('purpose', 'account').map((p) => p.range.start), [{ line: 1, character: 2 }]);
  });

  test('a file indexed again replaces its places; a removed file leaves none', () => {
    const index = indexed();
    const a = '/** @personalData contact.email purpose=account */\nlet email;\n';
    index.set('/p/a.ts', a, tagsOf(a), '/p/privacy-policy.yaml');
    assert.equal(index.references('category', 'contact.phone', '/p/privacy-policy.yaml').length, 2);
    assert.equal(index.references('category', 'contact.email', '/p/privacy-policy.yaml').length, 2, 'its own tag and contact.*');
    index.remove('/p/a.ts');
    assert.deepEqual(index.placesIn('/p/a.ts'), []);
    assert.equal(index.references('category', 'contact.email').length, 1);
  });

  test('search finds ids by part of their text, definitions first, up to a limit', () => {
    const found = indexed().search('ACC', 10);
    assert.deepEqual(found.map((p) => `${p.file}${p.definition ? '!' : ''}`), ['/p/privacy-policy.yaml!', '/p/a.ts', '/q/b.ts']);
    assert.equal(indexed().search('', 2).length, 2);
  });
});

describe('rename', () => {
  const policyFile = '/p/privacy-policy.yaml';
  function setup(): { index: WorkspaceIndex; at: (kind: string, id: string) => Occurrence } {
    const index = new WorkspaceIndex();
    index.set(policyFile, POLICY, policyOccurrences(POLICY), policyFile);
    const at = (kind: string, id: string) => index.placesIn(policyFile).find((p) => p.kind === kind && p.id === id)!;
    return { index, at };
  }

  test('a quoted key keeps its quotes; a plain one is quoted only when YAML would misread the new name', () => {
    const { index, at } = setup();
    const plan = planRename(index, at('category', 'loyalty.tier'), 'loyalty.level', taxonomy, policyFile);
    assert.ok(plan.ok);
    assert.deepEqual(plan.changes.map((c) => [c.range.start.line, c.newText]), [[1, 'loyalty.level'], [5, 'loyalty.level']]);
    const yes = planRename(index, at('recipient', 'merlion'), 'null', taxonomy, policyFile);
    assert.ok(yes.ok);
    assert.deepEqual(yes.changes.map((c) => c.newText), ['"null"']);
  });

  test('refusals: built-in categories, groups and patterns, country codes, assessments, taken and invalid names', () => {
    const { index, at } = setup();
    const refused = (o: Occurrence, name = 'x') => {
      const r = planRename(index, o, name, taxonomy, policyFile);
      return r.ok ? 'ok' : r.message.en;
    };
    assert.match(refused(at('category', 'contact.phone')), /built-in category/);
    assert.match(refused(at('category', 'contact.*')), /group of categories/);
    assert.match(refused(at('destination', 'SG')), /ISO 3166-1/);
    assert.match(refused(at('pia', 'PIA-1')), /impact assessment/);
    assert.match(refused(at('category', 'loyalty.tier'), 'contact.phone'), /built-in category or group/);
    assert.match(refused(at('category', 'loyalty.tier'), 'contact'), /built-in category or group/);
    assert.match(refused(at('purpose', 'account'), 'a b'), /not a valid purpose id/);
    assert.equal(refused(at('purpose', 'account'), 'profile'), 'ok');
    const zh = canRename(at('destination', 'SG'), taxonomy);
    assert.ok(!zh.ok && /国家或地区代码/.test(zh.message.zh));
  });

  test('a destination that is not a country code can be renamed', () => {
    const { at } = setup();
    assert.ok(canRename({ ...at('destination', 'SG'), id: 'sg-warehouse' }, taxonomy).ok);
    assert.ok(!canRename({ ...at('destination', 'SG'), id: 'DE' }, taxonomy).ok);
  });
});

test('a built-in category is defined by Art. 28 when sensitive, Art. 4 otherwise; a custom one by none', () => {
  assert.equal(builtinCategoryArticle('biometric.face'), 28);
  assert.equal(builtinCategoryArticle('biometric.*'), 28);
  assert.equal(builtinCategoryArticle('contact.phone'), 4);
  assert.equal(builtinCategoryArticle('contact'), 4);
  assert.equal(builtinCategoryArticle('loyalty.tier'), undefined);
});
