import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTags } from '../../server/src/engine/index';
import { field } from '../helpers';

function parse(code: string) {
  const r = extractTags(code, 'a.ts');
  return { ...r, errorTexts: r.errors.map((e) => code.slice(e.span.start, e.span.end)), messages: r.errors.map((e) => e.message.en) };
}

describe('tag grammar', () => {
  test('reads categories, keys and values with exact spans', () => {
    const code = field('@personalData contact.phone, contact.email purpose=account basis=contract retention=3y');
    const { tags, errors } = parse(code);
    assert.equal(errors.length, 0);
    assert.equal(tags.length, 1);
    const t = tags[0];
    assert.equal(t.tag, 'personalData');
    assert.deepEqual(t.subjects.map((s) => s.text), ['contact.phone', 'contact.email']);
    assert.deepEqual(t.subjects.map((s) => code.slice(s.span.start, s.span.end)), ['contact.phone', 'contact.email']);
    assert.deepEqual(t.params.map((p) => [p.key, p.value]), [['purpose', 'account'], ['basis', 'contract'], ['retention', '3y']]);
    assert.equal(code.slice(t.params[2].valueSpan.start, t.params[2].valueSpan.end), '3y');
    assert.equal(code.slice(t.span.start, t.span.end), '@personalData contact.phone, contact.email purpose=account basis=contract retention=3y');
    assert.equal(t.declaration.kind, 'property');
    assert.equal(t.declaration.name, 'value');
    assert.deepEqual(t.declaration.container, ['Sample']);
  });

  test('a quoted value may hold spaces; the quotes are not part of the value', () => {
    const { tags, errors } = parse(field('@personalData identity.name pia="PIA 2026/4"'));
    assert.equal(errors.length, 0);
    assert.equal(tags[0].params[0].value, 'PIA 2026/4');
  });

  test('categories= may be written with spaces after the commas', () => {
    const { tags, errors } = parse(`/**\n * @crossBorder SG categories=identity.name, contact.phone mechanism=standard-contract\n */\nfunction f() {}`);
    assert.equal(errors.length, 0);
    assert.deepEqual(tags[0].params.map((p) => [p.key, p.value]), [['categories', 'identity.name,contact.phone'], ['mechanism', 'standard-contract']]);
  });

  test('several tags in one block, each to the end of its line', () => {
    const code = `/**\n * Sync.\n * @personalData identity.name\n * @crossBorder SG mechanism=standard-contract\n */\nexport function sync() {}\n`;
    const { tags, errors } = parse(code);
    assert.equal(errors.length, 0);
    assert.deepEqual(tags.map((t) => t.tag), ['personalData', 'crossBorder']);
    assert.equal(tags[1].subjects[0].text, 'SG');
    assert.equal(tags[1].declaration.kind, 'function');
  });

  test('a one-line block stops before the closing */', () => {
    const code = `/** @personalData contact.phone */ let phone = '';`;
    const { tags, errors } = parse(code);
    assert.equal(errors.length, 0);
    assert.deepEqual(tags[0].subjects.map((s) => s.text), ['contact.phone']);
    assert.equal(tags[0].declaration.kind, 'variable');
  });

  const malformed: [string, string, RegExp][] = [
    ['@personalData purpose=account', '@personalData purpose=account', /at least one category/],
    ['@personalData contact.phone retension=3y', 'retension', /Unknown key "retension".*"retention"/],
    ['@personalData contact.phone retention=forever', 'forever', /not a retention period/],
    ['@personalData contact.phone basis=consnet', 'consnet', /not a valid basis/],
    ['@personalData contact.phone pia="PIA-1', '"PIA-1', /Unterminated quoted value/],
    ['@personalData contact.phone purpose=a purpose=b', 'purpose=b', /given twice/],
    ['@personalData contact.phone purpose=a stray', 'stray', /Expected key=value/],
    ['@personalData contact-phone', 'contact-phone', /not a category id/],
    ['@personaldata contact.phone', '@personaldata', /did you mean @personalData/],
    ['@PersonalData contact.phone', '@PersonalData', /did you mean @personalData/],
    ['@personalDatas contact.phone', '@personalDatas', /did you mean @personalData/],
    ['@cross-border SG', '@cross-border', /did you mean @crossBorder/],
    ['@crossborder SG', '@crossborder', /did you mean @crossBorder/],
    ['@crossBorder', '@crossBorder', /needs a destination/],
    ['@crossBorder SG US', 'US', /one destination/],
    ['@crossBorder SG mechanism=contract', 'contract', /not a valid mechanism/],
    ['@crossBorder SG mechanism=standard-contract exemption=hr', 'exemption=hr', /only goes with mechanism=exempt/],
    ['@crossBorder SG consent=yes', 'yes', /not a valid consent/],
  ];
  for (const [tag, span, message] of malformed) {
    test(`malformed: ${tag}`, () => {
      const r = parse(field(tag));
      assert.ok(r.errors.length >= 1, 'expected an error');
      const i = r.errorTexts.indexOf(span);
      assert.ok(i >= 0, `expected an error on "${span}", got ${JSON.stringify(r.errorTexts)}`);
      assert.match(r.messages[i], message);
    });
  }

  test('"stray" words before the first key are read as categories (and checked as such)', () => {
    const r = parse(field('@personalData contact.phone stray purpose=a'));
    assert.equal(r.errors.length, 0);
    assert.deepEqual(r.tags[0].subjects.map((s) => s.text), ['contact.phone', 'stray']);
  });

  test('near misses and unknown keys carry their replacement', () => {
    const r = parse(field('@PersonalData contact.phone'));
    assert.deepEqual(r.errors[0].candidates, ['@personalData']);
    const k = parse(field('@personalData contact.phone retension=3y'));
    assert.deepEqual(k.errors[0].candidates, ['retention']);
  });

  test('other JSDoc tags and e-mail addresses are not tags', () => {
    const code = `/**\n * Contact support@personaldata.example.com for help.\n * @param x the value\n * @returns nothing\n */\nfunction f(x: string) {}\n`;
    const r = parse(code);
    assert.equal(r.tags.length, 0);
    assert.equal(r.errors.length, 0);
  });

  test('a bad tag does not stop the rest of the file from being read', () => {
    const code = `interface A {\n  /** @personalData */\n  a: string;\n  /** @personalData contact.email */\n  b: string;\n}\n`;
    const r = parse(code);
    assert.equal(r.errors.length, 1);
    assert.deepEqual(r.tags.map((t) => t.subjects.map((s) => s.text)), [['contact.email']]);
  });

  test('every tag carries the tokens of its line, at offsets in the file, also when its body comes from the cache', () => {
    const line = '@crossBorder SG categories=identity.name, contact.phone purpose=x retension=3y';
    // The same tag text twice in one file and once more in another: the second and third bodies are cached ones, shifted.
    const code = `/**\n * ${line}\n */\nexport function a() {}\n\n/**\n * Other.\n * ${line}\n */\nexport function b() {}\n`;
    const other = `// moved\n${code}`;
    // An edit between the two: the first stays where it was (and gets its last copy again), the second moves.
    const edited = code.replace('export function a() {}', 'export function a() { return; }');
    for (const text of [code, other, edited, code]) {
      const tags = extractTags(text, 'a.ts').tags;
      assert.equal(tags.length, 2);
      for (const tag of tags) {
        assert.deepEqual(
          tag.tokens.map((t) => [t.role, text.slice(t.start, t.end)]),
          [
            ['tagName', '@crossBorder'],
            ['subject', 'SG'],
            ['key', 'categories'],
            ['punctuation', '='],
            ['listItem', 'identity.name'],
            ['punctuation', ','],
            ['listItem', 'contact.phone'],
            ['key', 'purpose'],
            ['punctuation', '='],
            ['value', 'x'],
            ['key', 'retension'],
            ['punctuation', '='],
            ['value', '3y'],
          ],
        );
        assert.ok(tag.tokens.every((t) => text.slice(t.start, t.end) === t.text));
        assert.deepEqual(tag.params.map((p) => text.slice(p.keySpan.start, p.valueSpan.end)), ['categories=identity.name, contact.phone', 'purpose=x']);
        assert.equal(text.slice(tag.subjects[0].span.start, tag.subjects[0].span.end), 'SG');
        assert.deepEqual(tag.tokens[0], { role: 'tagName', start: tag.nameSpan.start, end: tag.nameSpan.end, text: '@crossBorder' });
      }
    }
  });

  test('a tag in a block that documents nothing is reported, not silently dropped', () => {
    const code = `function f() {\n  /** @personalData contact.phone */\n}\n`;
    const r = parse(code);
    assert.equal(r.tags.length, 0);
    assert.equal(r.errorTexts[0], '@personalData');
    assert.match(r.messages[0], /not in the documentation comment of a declaration/);
  });
});

describe('declarations', () => {
  const cases: [string, string, string][] = [
    ['/** @personalData identity.name */\nexport interface Customer { name: string }', 'interface', 'Customer'],
    ['/** @personalData identity.name */\ntype Customer = { name: string }', 'typeAlias', 'Customer'],
    ['/** @personalData identity.name */\nclass Customer {}', 'class', 'Customer'],
    ['/** @personalData identity.name */\nenum Kind { A }', 'enum', 'Kind'],
    ['class C {\n  /** @personalData identity.name */\n  name = "";\n}', 'property', 'name'],
    ['class C {\n  /** @personalData identity.name */\n  load(): void {}\n}', 'method', 'load'],
    ['const o = {\n  /** @personalData identity.name */\n  name: "x",\n};', 'property', 'name'],
    ['/** @personalData identity.name */\nexport const load = async () => {};', 'function', 'load'],
    ['/** @personalData identity.name */\nexport const NAME = "x";', 'variable', 'NAME'],
    ['function f(/** @personalData contact.phone */ phone: string) {}', 'parameter', 'phone'],
    ['/** @personalData identity.name */\nexport default function () {}', 'function', 'default'],
  ];
  for (const [code, kind, name] of cases) {
    test(`${kind} ${name}`, () => {
      const r = extractTags(code, 'a.ts');
      assert.equal(r.errors.length, 0, JSON.stringify(r.errors));
      assert.equal(r.tags[0].declaration.kind, kind);
      assert.equal(r.tags[0].declaration.name, name);
    });
  }

  test('JSX, JS and module flavours parse', () => {
    const tsx = `/** @personalData identity.name */\nexport function Name(props: { name: string }) { return <span>{props.name}</span>; }`;
    assert.equal(extractTags(tsx, 'a.tsx').tags.length, 1);
    const js = `/**\n * @personalData contact.email\n * @param {string} email\n */\nexport function mail(email) {}`;
    for (const f of ['a.js', 'a.mjs', 'a.cjs', 'a.jsx', 'a.mts', 'a.cts']) assert.equal(extractTags(js, f).tags.length, 1, f);
  });

  test('a word ending in "-" right before the closing star-slash does not hang the parser (TypeScript scanner bug)', () => {
    const r = extractTags('/** @personalData contact.phone-*/\nexport const a = 1;\n/** x-*/ const b = 2;', 'a.ts');
    assert.deepEqual(r.errors.map((e) => e.message.en.slice(0, 20)), ['"contact.phone-" is ']);
  });

  test('a file without tags is not parsed at all and yields nothing', () => {
    const r = extractTags('const x = 1;'.repeat(1000), 'a.ts');
    assert.deepEqual(r, { tags: [], errors: [] });
  });
});
