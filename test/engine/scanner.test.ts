/** The scanner: the one reading of a tag line, as parsing, completion, hover and the highlighting tests use it. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSpace, scanTagLine } from '../../server/src/engine/grammar/scanner';
import { parseTagBody } from '../../server/src/engine/grammar/tagGrammar';
import { classifyTagName, findTagNames, mentionsTag, mightContainTags } from '../../server/src/engine/grammar/tagNames';
import { mutatedTagLineArb, tagLineArb } from '../robustness/arbitraries';

/** The tokens of a line, one string each: "role:text", a value or list item with its key, '…' when unterminated. */
function roles(line: string): string[] {
  return scanTagLine(line, 0, line.length).map((t) => {
    const key = t.key !== undefined && t.role !== 'punctuation' ? `(${t.key})` : '';
    return `${t.role === 'punctuation' ? '' : `${t.role}${key}:`}${t.text}${t.unterminated ? '…' : ''}`;
  });
}

describe('scanner: roles', () => {
  test('tag name, subjects, keys and values; each comma-separated subject its own token', () => {
    assert.deepEqual(roles('@personalData contact.phone, contact.email purpose=account basis=consent'), [
      'tagName:@personalData',
      'subject:contact.phone',
      ',',
      'subject:contact.email',
      'key:purpose',
      '=',
      'value(purpose):account',
      'key:basis',
      '=',
      'value(basis):consent',
    ]);
    assert.deepEqual(roles('@personalData contact,identity.name'), ['tagName:@personalData', 'subject:contact', ',', 'subject:identity.name']);
  });

  test('offsets are absolute and the text is the text at them', () => {
    const doc = '/**\n * @crossBorder SG categories=identity.name, contact.phone\n */';
    const start = doc.indexOf('@');
    const end = doc.indexOf('\n', start);
    const tokens = scanTagLine(doc, start, end);
    for (const t of tokens) assert.equal(doc.slice(t.start, t.end), t.text);
    assert.deepEqual(
      tokens.map((t) => [t.role, t.start]),
      [
        ['tagName', 7],
        ['subject', 20],
        ['key', 23],
        ['punctuation', 33],
        ['listItem', 34],
        ['punctuation', 47],
        ['listItem', 49],
      ],
    );
  });

  test('the destination of @crossBorder is a subject, and so are the extra ones the grammar rejects', () => {
    assert.deepEqual(roles('@crossBorder SG US mechanism=exempt'), ['tagName:@crossBorder', 'subject:SG', 'subject:US', 'key:mechanism', '=', 'value(mechanism):exempt']);
  });

  test('categories= lists: each item a token, with or without a space after the comma; a key ends the list', () => {
    const items = ['tagName:@crossBorder', 'subject:SG', 'key:categories', '=', 'listItem(categories):identity.name', ',', 'listItem(categories):contact.phone'];
    assert.deepEqual(roles('@crossBorder SG categories=identity.name,contact.phone'), items);
    assert.deepEqual(roles('@crossBorder SG categories=identity.name, contact.phone'), items);
    assert.deepEqual(roles('@crossBorder SG categories=identity.name,  contact.phone mechanism=exempt').slice(-4), ['listItem(categories):contact.phone', 'key:mechanism', '=', 'value(mechanism):exempt']);
    // The list goes on after a comma and a space, not after a space alone.
    assert.deepEqual(roles('@crossBorder SG categories=identity.name ,contact.phone').slice(-2), ['listItem(categories):identity.name', 'stray:,contact.phone']);
  });

  test('a comma at the end of any value takes the next word (the grammar then judges the value)', () => {
    assert.deepEqual(roles('@personalData a purpose=x, y basis=consent').slice(2), ['key:purpose', '=', 'value(purpose):x, y', 'key:basis', '=', 'value(basis):consent']);
    // categories= is a list of @crossBorder only: on @personalData it is an unknown key, its value read whole.
    assert.deepEqual(roles('@personalData a categories=b, c').slice(2), ['key:categories', '=', 'value(categories):b, c']);
  });

  test('quoted values hold spaces; a quoted list has its items inside the quotes', () => {
    assert.deepEqual(roles('@personalData identity.name pia="PIA 2026/4" purpose=a').slice(2), ['key:pia', '=', 'value(pia):"PIA 2026/4"', 'key:purpose', '=', 'value(purpose):a']);
    assert.deepEqual(roles('@crossBorder us-analytics categories="identity.name, health.medical" consent=separate').slice(2), [
      'key:categories',
      '=',
      '"',
      'listItem(categories):identity.name',
      ',',
      'listItem(categories):health.medical',
      '"',
      'key:consent',
      '=',
      'value(consent):separate',
    ]);
  });

  test('an unterminated quote runs to the end of the line, wherever it stands', () => {
    assert.deepEqual(roles('@personalData contact.phone pia="PIA-1 purpose=a').slice(2), ['key:pia', '=', 'value(pia):"PIA-1 purpose=a…']);
    assert.deepEqual(roles('@personalData "contact phone, x'), ['tagName:@personalData', 'stray:"contact phone, x…']);
    assert.deepEqual(roles('@personalData a purpose=b "tail words'), ['tagName:@personalData', 'subject:a', 'key:purpose', '=', 'value(purpose):b', 'stray:"tail words…']);
    assert.deepEqual(roles('@crossBorder SG categories=a, "b c').slice(2), ['key:categories', '=', 'listItem(categories):a', ',', '"…', 'listItem(categories):b', 'listItem(categories):c']);
    // Only up to the end it is given.
    const doc = '@personalData a pia="x\n * purpose="y"';
    const tokens = scanTagLine(doc, 0, doc.indexOf('\n'));
    assert.deepEqual(tokens.at(-1), { role: 'value', start: 20, end: 22, text: '"x', key: 'pia', unterminated: true });
  });

  test('pairs the grammar rejects keep their roles: unknown keys, bad values, duplicates, bad key text', () => {
    assert.deepEqual(roles('@personalData a retension=3y basis=consnet purpose=x purpose=y 1key=v').slice(2), [
      'key:retension',
      '=',
      'value(retension):3y',
      'key:basis',
      '=',
      'value(basis):consnet',
      'key:purpose',
      '=',
      'value(purpose):x',
      'key:purpose',
      '=',
      'value(purpose):y',
      'key:1key',
      '=',
      'value(1key):v',
    ]);
  });

  test('stray: a word after the first key=value, a quoted subject, a pair with no key', () => {
    assert.deepEqual(roles('@personalData contact.phone purpose=a stray'), ['tagName:@personalData', 'subject:contact.phone', 'key:purpose', '=', 'value(purpose):a', 'stray:stray']);
    assert.deepEqual(roles('@personalData "quoted" contact.phone'), ['tagName:@personalData', 'stray:"quoted"', 'subject:contact.phone']);
    assert.deepEqual(roles('@personalData a =b c'), ['tagName:@personalData', 'subject:a', 'stray:=b', 'stray:c']);
  });

  test('incomplete lines, as they are typed', () => {
    assert.deepEqual(roles('@'), ['tagName:@']);
    assert.deepEqual(roles('@cross'), ['tagName:@cross']);
    assert.deepEqual(roles('@personalData'), ['tagName:@personalData']);
    assert.deepEqual(roles('@personalData '), ['tagName:@personalData']);
    assert.deepEqual(roles('@personalData contact.phone, '), ['tagName:@personalData', 'subject:contact.phone', ',']);
    assert.deepEqual(roles('@personalData contact.phone purpose='), ['tagName:@personalData', 'subject:contact.phone', 'key:purpose', '=']);
    assert.deepEqual(roles('@crossBorder SG categories=a,'), ['tagName:@crossBorder', 'subject:SG', 'key:categories', '=', 'listItem(categories):a', ',']);
    assert.deepEqual(roles('@personalData contact.phone pia="'), ['tagName:@personalData', 'subject:contact.phone', 'key:pia', '=', 'value(pia):"…']);
    // A near miss names no tag, so no key takes a list.
    assert.deepEqual(roles('@crossborder SG categories=a,b').slice(-1), ['value(categories):a,b']);
  });

  test('the ideographic and no-break spaces separate words', () => {
    const ascii = '@personalData contact.phone, contact.email purpose=account basis=consent';
    const wide = '@personalData\u3000contact.phone,\u00a0contact.email\u3000purpose=account\u00a0basis=consent';
    const at = (line: string) => scanTagLine(line, 0, line.length).map((t) => [t.role, t.start, t.end]);
    assert.deepEqual(roles(wide), roles(ascii));
    assert.deepEqual(at(wide), at(ascii));
  });
});

describe('scanner: properties', () => {
  const lines = fc.oneof(tagLineArb, mutatedTagLineArb);

  test('tokens are in order, never overlap, lie inside the line and cover every character but white space', () => {
    fc.assert(
      fc.property(lines, fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (line, before, after) => {
        // The line stands inside a longer text: offsets are absolute and nothing outside it is read.
        const text = before + line + after;
        const start = before.length;
        const end = start + line.length;
        const tokens = scanTagLine(text, start, end);
        const covered = new Uint8Array(text.length);
        let last = start;
        for (const t of tokens) {
          assert.ok(t.start >= last && t.end > t.start && t.end <= end, `token ${JSON.stringify(t)} out of place in ${JSON.stringify(line)}`);
          assert.equal(t.text, text.slice(t.start, t.end));
          covered.fill(1, t.start, t.end);
          last = t.end;
        }
        for (let i = start; i < end; i++) {
          if (!covered[i] && !isSpace(text.charCodeAt(i))) assert.fail(`${JSON.stringify(text[i])} at ${i - start} of ${JSON.stringify(line)} is in no token`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test("the grammar's subjects and pairs are the scanner's tokens", () => {
    fc.assert(
      fc.property(lines, (line) => {
        for (const tag of ['personalData', 'crossBorder'] as const) {
          const text = `@${tag} ${line.replace(/^@\S*\s?/, '')}`;
          const body = parseTagBody(tag, text, 1 + tag.length, text.length, { start: 0, end: text.length });
          assert.deepEqual(body.tokens, scanTagLine(text, 0, text.length), 'parseTagBody keeps the tokens of scanTagLine');
          const at = (role: string, s: { start: number; end: number }) => body.tokens.some((t) => t.role === role && t.start === s.start && t.end === s.end);
          for (const s of body.subjects) assert.ok(at('subject', s.span), `subject ${s.text} in ${text}`);
          for (const p of body.params) {
            assert.ok(at('key', p.keySpan), `key ${p.key} in ${text}`);
            const inside = body.tokens.filter((t) => t.start >= p.valueSpan.start && t.end <= p.valueSpan.end);
            assert.ok(inside.length > 0 && inside.every((t) => t.key === p.key), `value of ${p.key} in ${text}`);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('linear: long lines of quotes, commas and pairs', () => {
    for (const unit of ['"', 'a,', 'k=v, ', '"a b" ', 'x="', '\u3000']) {
      const line = '@crossBorder SG categories=' + unit.repeat(200_000 / unit.length);
      const tokens = scanTagLine(line, 0, line.length);
      assert.ok(tokens.length > 0 && tokens.at(-1)!.end <= line.length);
    }
  });
});

describe('tag names', () => {
  test('exact names, near misses within two edits (case, "-" and "_" aside), and other tags', () => {
    assert.deepEqual(classifyTagName('personalData'), { tag: 'personalData', exact: true });
    assert.deepEqual(classifyTagName('crossBorder'), { tag: 'crossBorder', exact: true });
    for (const near of ['personaldata', 'PersonalData', 'personal-data', 'personal_data', 'personalDatas', 'presonalData']) assert.deepEqual(classifyTagName(near), { tag: 'personalData', exact: false }, near);
    for (const near of ['cross-border', 'crossborder', 'Cross_Border', 'crossBorde']) assert.deepEqual(classifyTagName(near), { tag: 'crossBorder', exact: false }, near);
    for (const other of ['param', 'personal', 'cross', 'returns', 'personalDataXYZ']) assert.equal(classifyTagName(other), undefined, other);
  });

  test('a tag stands at the start of a comment line; a trailing "-" or "_" is not part of its name', () => {
    const doc = '/**\n * Mail support@personalData.example.com\n * see @crossBorder\n * @personalData- a\n *   @cross-border SG\n */';
    assert.deepEqual(
      findTagNames(doc, 0, doc.length).map((f) => [doc.slice(f.nameSpan.start, f.nameSpan.end), f.tag, f.nearMiss]),
      [
        ['@personalData', 'personalData', false],
        ['@cross-border', 'crossBorder', true],
      ],
    );
  });

  test('a comment names a tag anywhere, near misses included; the prefilter is cheap and loose', () => {
    assert.ok(mentionsTag('// @personalData contact.phone', 'personalData'));
    assert.ok(mentionsTag('/** see @personal-data */', 'personalData'));
    assert.ok(mentionsTag('/** @personalDatas x */', 'personalData'));
    assert.ok(!mentionsTag('/** @crossBorder SG */', 'personalData'));
    assert.ok(!mentionsTag('/** @param personalData */', 'personalData'));
    assert.ok(mightContainTags('x @Cross y') && mightContainTags('@personalData') && !mightContainTags('@param x'));
  });
});
