/**
 * The TextMate injection grammar (syntaxes/privacy-annotations.injection.tmLanguage.json), run through
 * vscode-textmate + vscode-oniguruma the way VS Code runs it. VS Code's TypeScript grammar is not available
 * offline, so a minimal host (test/fixtures/syntaxes/host.tmLanguage.json, scopeName source.ts) stands in:
 * it knows only comments, with the scope names the real grammar gives them.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { BUILTIN_CATEGORIES } from '../../server/src/engine/index';
import type { TagName, TagToken } from '../../server/src/engine/types';
import { scanTagLine } from '../../server/src/engine/grammar/scanner';
import { classifyTagName } from '../../server/src/engine/grammar/tagNames';
import { CATEGORY_ID, SIMPLE_ID, keysFor } from '../../server/src/engine/grammar/vocabulary';

// Compiled to out/test/syntaxes/.
const ROOT = path.resolve(__dirname, '..', '..', '..');
const INJECTION_FILE = path.join(ROOT, 'syntaxes', 'privacy-annotations.injection.tmLanguage.json');
const HOST_FILE = path.join(ROOT, 'test', 'fixtures', 'syntaxes', 'host.tmLanguage.json');
const ONIG_WASM = path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm');
const INJECTION_SCOPE = 'privacy-annotations.jsdoc.injection';

const DOC = 'comment.block.documentation.ts';
const TAG = 'storage.type.class.jsdoc.privacy-annotations';
const AT = 'punctuation.definition.block.tag.jsdoc.privacy-annotations';
const CATEGORY = 'entity.name.type.instance.jsdoc.privacy-annotations';
const SENSITIVE = 'keyword.control.sensitive.jsdoc.privacy-annotations';
const DESTINATION = 'constant.language.destination.jsdoc.privacy-annotations';
const KEY = 'variable.parameter.key.jsdoc.privacy-annotations';
const UNKNOWN_KEY = 'meta.key.unknown.jsdoc.privacy-annotations';
const EQ = 'keyword.operator.assignment.jsdoc.privacy-annotations';
const UNQUOTED = 'string.unquoted.jsdoc.privacy-annotations';
const QUOTED = 'string.quoted.double.jsdoc.privacy-annotations';
const QUOTE_BEGIN = 'punctuation.definition.string.begin.jsdoc.privacy-annotations';
const QUOTE_END = 'punctuation.definition.string.end.jsdoc.privacy-annotations';
const COMMA = 'punctuation.separator.comma.jsdoc.privacy-annotations';
const COMMENT_PUNCT = 'punctuation.definition.comment.ts';

let onigLib: Promise<vsctm.IOnigLib> | undefined;
function loadOnig(): Promise<vsctm.IOnigLib> {
  onigLib ??= oniguruma.loadWASM(fs.readFileSync(ONIG_WASM)).then(() => ({
    createOnigScanner: (sources: string[]) => oniguruma.createOnigScanner(sources),
    createOnigString: (s: string) => oniguruma.createOnigString(s),
  }));
  return onigLib;
}

async function loadGrammar(theme?: vsctm.IRawTheme): Promise<{ registry: vsctm.Registry; grammar: vsctm.IGrammar }> {
  const files: Record<string, string> = { 'source.ts': HOST_FILE, [INJECTION_SCOPE]: INJECTION_FILE };
  const registry = new vsctm.Registry({
    onigLib: loadOnig(),
    theme,
    loadGrammar: async (scopeName) => {
      const file = files[scopeName];
      return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => (scopeName === 'source.ts' ? [INJECTION_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar('source.ts');
  assert.ok(grammar, 'the host grammar loads');
  return { registry, grammar };
}

interface Tok {
  text: string;
  /** Offset in the whole document. */
  start: number;
  end: number;
  scopes: string[];
}

/** Tokenizes a document line by line, carrying the rule stack like the editor does. */
function tokenize(grammar: vsctm.IGrammar, code: string): Tok[] {
  const out: Tok[] = [];
  let state = vsctm.INITIAL;
  let offset = 0;
  for (const line of code.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    assert.equal(r.stoppedEarly, false);
    for (const t of r.tokens) {
      const end = Math.min(t.endIndex, line.length);
      if (end > t.startIndex) out.push({ text: line.slice(t.startIndex, end), start: offset + t.startIndex, end: offset + end, scopes: t.scopes });
    }
    state = r.ruleStack;
    offset += line.length + 1;
  }
  return out;
}

const isOurs = (scope: string) => scope.endsWith('.privacy-annotations');
/** Our meta.* scopes only mark regions; themes do not colour them. */
const isColouring = (scope: string) => isOurs(scope) && !scope.startsWith('meta.');

/** A tokenized document with lookups by text. */
class Doc {
  readonly tokens: Tok[];
  constructor(
    grammar: vsctm.IGrammar,
    readonly code: string,
  ) {
    this.tokens = tokenize(grammar, code);
  }

  /** The tokens that make up the nth occurrence of `needle`; token boundaries must fall on its ends. */
  tokensOf(needle: string, nth = 0): Tok[] {
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = this.code.indexOf(needle, at + 1);
      assert.ok(at >= 0, `"${needle}" (#${nth}) is not in the document`);
    }
    const end = at + needle.length;
    const toks = this.tokens.filter((t) => t.end > at && t.start < end);
    assert.ok(toks.length > 0, `no tokens for "${needle}"`);
    assert.ok(toks[0].start === at && toks[toks.length - 1].end === end, `"${needle}" is not token-aligned: ${this.dump(toks)}`);
    return toks;
  }

  /** Every token of `needle` has all of `scopes`. */
  has(needle: string, scopes: string[], nth = 0): void {
    for (const t of this.tokensOf(needle, nth)) {
      for (const s of scopes) assert.ok(t.scopes.includes(s), `"${t.text}" in "${needle}" lacks ${s}: ${this.dump([t])}`);
    }
  }

  /** The scopes of `needle`, which must be a single token. */
  scopesOf(needle: string, nth = 0): string[] {
    const toks = this.tokensOf(needle, nth);
    assert.equal(toks.length, 1, `"${needle}" should be one token: ${this.dump(toks)}`);
    return toks[0].scopes;
  }

  /** The tokens that overlap the nth occurrence of `needle`, wherever their boundaries fall. */
  overlapping(needle: string, nth = 0): Tok[] {
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = this.code.indexOf(needle, at + 1);
      assert.ok(at >= 0, `"${needle}" (#${nth}) is not in the document`);
    }
    return this.tokens.filter((t) => t.end > at && t.start < at + needle.length);
  }

  /** No token of `needle` carries any scope of the injection grammar. */
  plain(needle: string, nth = 0): void {
    for (const t of this.overlapping(needle, nth)) assert.ok(!t.scopes.some(isOurs), `"${t.text}" in "${needle}" got an injected scope: ${this.dump([t])}`);
  }

  /** No token of `needle` carries a scope of the injection grammar that themes colour (meta.* regions are fine). */
  uncoloured(needle: string, nth = 0): void {
    for (const t of this.overlapping(needle, nth)) assert.ok(!t.scopes.some(isColouring), `"${t.text}" in "${needle}" was coloured: ${this.dump([t])}`);
  }

  /** The text of every token that carries `scope`, in order. */
  textsWith(scope: string): string[] {
    return this.tokens.filter((t) => t.scopes.includes(scope)).map((t) => t.text);
  }

  dump(toks = this.tokens): string {
    return '\n' + toks.map((t) => `  ${JSON.stringify(t.text)}: ${t.scopes.join(' ')}`).join('\n');
  }
}

let grammar: vsctm.IGrammar;
before(async () => {
  grammar = (await loadGrammar()).grammar;
});
const doc = (code: string) => new Doc(grammar, code);

describe('injection grammar file', () => {
  test('is an injection into JSDoc blocks with the expected scope name', () => {
    const raw = JSON.parse(fs.readFileSync(INJECTION_FILE, 'utf8'));
    assert.equal(raw.scopeName, INJECTION_SCOPE);
    assert.equal(raw.injectionSelector, 'L:comment.block.documentation');
  });

  test('is injected into the host', () => {
    const d = doc('/** @personalData contact.phone */');
    assert.ok(d.tokens.some((t) => t.scopes.some(isOurs)), d.dump());
  });
});

describe('@personalData on one line', () => {
  const code = '/** @personalData contact.phone, biometric.face purpose=account basis="separate consent" */ let phone = "";';

  test('tag name', () => {
    const d = doc(code);
    d.has('@personalData', [DOC, TAG]);
    assert.ok(d.scopesOf('@').includes(AT));
    assert.deepEqual(d.scopesOf('personalData'), ['source.ts', DOC, TAG]);
  });

  test('categories, with the sensitive one marked by an inner scope', () => {
    const d = doc(code);
    const phone = d.scopesOf('contact.phone');
    assert.ok(phone.includes(CATEGORY) && phone.includes(DOC));
    assert.ok(!phone.includes(SENSITIVE));
    const face = d.scopesOf('biometric.face');
    assert.ok(face.includes(CATEGORY));
    // Themes colour a token by its innermost matching scope: the sensitive scope must come last.
    assert.equal(face[face.length - 1], SENSITIVE);
    assert.ok(face.indexOf(CATEGORY) < face.indexOf(SENSITIVE));
    assert.ok(d.scopesOf(',').includes(COMMA));
  });

  test('keys, = and values', () => {
    const d = doc(code);
    assert.ok(d.scopesOf('purpose').includes(KEY));
    assert.ok(d.scopesOf('basis').includes(KEY));
    assert.ok(d.scopesOf('=').includes(EQ));
    assert.ok(d.scopesOf('=', 1).includes(EQ));
    assert.ok(d.scopesOf('account').includes(UNQUOTED));
    d.has('"separate consent"', [QUOTED, DOC]);
    assert.ok(d.scopesOf('"').includes(QUOTE_BEGIN));
    assert.ok(d.scopesOf('"', 1).includes(QUOTE_END));
    assert.ok(!d.scopesOf('separate consent').includes(UNQUOTED));
  });

  test('*/ still ends the comment, and the code after it is not touched', () => {
    const d = doc(code);
    assert.deepEqual(d.scopesOf('*/'), ['source.ts', DOC, COMMENT_PUNCT]);
    d.plain('/**');
    d.plain(' let phone = "";');
    for (const t of d.tokensOf(' let phone = "";')) assert.deepEqual(t.scopes, ['source.ts']);
  });

  test('every coloured token is inside the documentation comment', () => {
    const d = doc(code);
    for (const t of d.tokens) if (t.scopes.some(isOurs)) assert.ok(t.scopes.includes(DOC), d.dump([t]));
  });
});

describe('@crossBorder in a multi-line block', () => {
  const code = [
    '/**',
    ' * Sends the profile to the analytics vendor.',
    ' * @crossBorder SG mechanism=standard-contract categories=identity.name,contact.phone',
    ' * @personalData identity.name, health.medical purpose=analytics retention=3y',
    ' * @param x the value',
    ' */',
    'export function sync(x: string) {}',
  ].join('\n');

  test('destination, keys, values and the categories= list', () => {
    const d = doc(code);
    d.has('@crossBorder', [DOC, TAG]);
    assert.ok(d.scopesOf('SG').includes(DESTINATION));
    assert.ok(d.scopesOf('mechanism').includes(KEY));
    assert.ok(d.scopesOf('standard-contract').includes(UNQUOTED));
    assert.ok(d.scopesOf('categories').includes(KEY));
    assert.ok(d.scopesOf('identity.name').includes(CATEGORY));
    assert.ok(d.scopesOf(',').includes(COMMA));
    assert.ok(d.scopesOf('contact.phone').includes(CATEGORY));
    assert.ok(!d.scopesOf('contact.phone').includes(SENSITIVE));
  });

  test('subject= is a key of @crossBorder too (a minor\'s data sent abroad)', () => {
    const d = doc(['/**', ' * @crossBorder SG subject=minor categories=identity.name', ' */', 'export function send(x: string) {}'].join('\n'));
    assert.ok(d.scopesOf('subject').includes(KEY), JSON.stringify(d.scopesOf('subject')));
    assert.ok(d.scopesOf('minor').includes(UNQUOTED));
  });

  test('the leading " * " and prose lines get no injected scope', () => {
    const d = doc(code);
    d.plain(' * Sends the profile to the analytics vendor.');
    assert.deepEqual(d.tokensOf(' * ', 1)[0].scopes, ['source.ts', DOC]);
  });

  test('a second tag on the next line', () => {
    const d = doc(code);
    d.has('@personalData', [TAG]);
    assert.ok(d.scopesOf('identity.name', 1).includes(CATEGORY));
    assert.equal(d.scopesOf('health.medical').at(-1), SENSITIVE);
    assert.ok(d.scopesOf('retention').includes(KEY));
    assert.ok(d.scopesOf('3y').includes(UNQUOTED));
  });

  test('@param is not coloured as our tag', () => {
    const d = doc(code);
    d.plain(' * @param x the value');
    assert.deepEqual(d.overlapping('@param').map((t) => t.scopes), [['source.ts', DOC]]);
  });

  test('*/ ends the comment; the code after it is plain', () => {
    const d = doc(code);
    assert.deepEqual(d.scopesOf('*/'), ['source.ts', DOC, COMMENT_PUNCT]);
    for (const t of d.tokensOf('export function sync(x: string) {}')) assert.deepEqual(t.scopes, ['source.ts']);
  });
});

describe('what is not coloured', () => {
  test('code and // comments', () => {
    const d = doc('const a = 1; // @personalData contact.phone purpose=account\n// @crossBorder SG mechanism=exempt\nlet b = "@personalData contact.phone";');
    d.plain('// @personalData contact.phone purpose=account');
    d.plain('// @crossBorder SG mechanism=exempt');
    d.plain('let b = "@personalData contact.phone";');
    assert.ok(d.tokensOf('// @crossBorder SG mechanism=exempt')[0].scopes.includes('comment.line.double-slash.ts'));
  });

  test('plain /* */ block comments', () => {
    const d = doc('/* @personalData contact.phone */\n/*\n * @crossBorder SG\n */');
    d.plain('@personalData contact.phone');
    d.plain('@crossBorder SG');
  });

  test('other JSDoc tags, near misses, and tags that are not at the start of a comment line', () => {
    const d = doc(
      [
        '/**',
        ' * @param x the value',
        ' * @returns nothing',
        ' * @personaldata contact.phone',
        ' * @personalDatas contact.phone',
        ' * @crossBorderX SG',
        ' * Contact support@personalData.example.com or see @personalData contact.email for help.',
        ' */',
      ].join('\n'),
    );
    for (const text of ['@param x the value', '@returns nothing', '@personaldata contact.phone', '@personalDatas contact.phone', '@crossBorderX SG', 'support@personalData.example.com', '@personalData contact.email']) {
      d.plain(text);
    }
  });

  test("a tag's text runs to the end of its line only", () => {
    const d = doc('/**\n * @personalData contact.phone\n * purpose=account\n */');
    assert.ok(d.scopesOf('contact.phone').includes(CATEGORY));
    d.plain(' * purpose=account');
  });
});

describe('*/ always ends the comment', () => {
  const cases = [
    '/** @personalData contact.phone*/ let a = 1;',
    '/** @personalData contact.phone, */ let a = 1;',
    '/** @personalData contact.phone purpose=x*/ let a = 1;',
    '/** @personalData contact.phone pia="PIA 2026/4*/ let a = 1;',
    '/** @personalData contact.phone pia="PIA 2026/4 */ let a = 1;',
    '/** @personalData */ let a = 1;',
    '/** @personalData*/ let a = 1;',
    '/** @crossBorder SG*/ let a = 1;',
    '/** @crossBorder SG categories=a,b*/ let a = 1;',
    '/** @crossBorder SG categories=a, */ let a = 1;',
    '/** @crossBorder SG categories="a, b*/ let a = 1;',
    '/** @crossBorder SG retension=3y*/ let a = 1;',
    '/** @crossBorder */ let a = 1;',
    '/**@personalData contact.phone*/ let a = 1;',
  ];
  for (const code of cases) {
    test(code, () => {
      const d = doc(code);
      assert.deepEqual(d.scopesOf('*/'), ['source.ts', DOC, COMMENT_PUNCT], d.dump());
      for (const t of d.tokensOf(' let a = 1;')) assert.deepEqual(t.scopes, ['source.ts'], d.dump());
      assert.ok(d.textsWith(TAG).length > 0, d.dump());
    });
  }

  test('an unterminated quoted value stops before */', () => {
    const d = doc('/** @personalData contact.phone pia="PIA 2026/4 */ let a = 1;');
    d.has('"PIA 2026/4 ', [QUOTED]);
    assert.deepEqual(d.scopesOf('*/'), ['source.ts', DOC, COMMENT_PUNCT]);
  });

  test('the comment goes on after a tag line that ends without */', () => {
    const d = doc('/** @personalData contact.phone\n * more text\n * @crossBorder US\n */ let a = 1;');
    assert.ok(d.scopesOf('US').includes(DESTINATION));
    d.plain(' * more text');
    assert.ok(d.tokensOf(' * more text')[0].scopes.includes(DOC));
  });
});

describe('details of the tag grammar', () => {
  test('categories without a space after the comma, and a group id', () => {
    const d = doc('/** @personalData contact,identity.name purpose=a */');
    assert.deepEqual(d.textsWith(CATEGORY), ['contact', 'identity.name']);
  });

  test('categories= with spaces after the commas goes on; a key after a space ends it', () => {
    const d = doc('/** @crossBorder SG categories=identity.name, biometric.face mechanism=standard-contract */');
    assert.deepEqual(d.textsWith(CATEGORY), ['identity.name', 'biometric.face']);
    assert.deepEqual(d.textsWith(SENSITIVE), ['biometric.face']);
    assert.ok(d.scopesOf('mechanism').includes(KEY));
    assert.ok(d.scopesOf('standard-contract').includes(UNQUOTED));
  });

  test('a quoted categories= list', () => {
    const d = doc('/** @crossBorder us-analytics categories="identity.name, health.medical" consent=separate */');
    assert.ok(d.scopesOf('us-analytics').includes(DESTINATION));
    assert.deepEqual(d.textsWith(CATEGORY), ['identity.name', 'health.medical']);
    assert.ok(d.scopesOf('identity.name').includes(QUOTED));
    assert.ok(d.scopesOf('consent').includes(KEY));
    assert.ok(d.scopesOf('separate').includes(UNQUOTED));
  });

  test('all @crossBorder keys', () => {
    const d = doc('/** @crossBorder HK recipient=acme mechanism=exempt exemption=hr purpose=payroll consent=separate pia=PIA-7 */');
    assert.deepEqual(d.textsWith(KEY), ['recipient', 'mechanism', 'exemption', 'purpose', 'consent', 'pia']);
    assert.deepEqual(d.textsWith(UNQUOTED), ['acme', 'exempt', 'hr', 'payroll', 'separate', 'PIA-7']);
  });

  test('all @personalData keys', () => {
    const d = doc('/** @personalData contact.email purpose=newsletter basis=consent retention=30d subject=minor pia="PIA 1" */');
    assert.deepEqual(d.textsWith(KEY), ['purpose', 'basis', 'retention', 'subject', 'pia']);
    assert.deepEqual(d.textsWith(UNQUOTED), ['newsletter', 'consent', '30d', 'minor']);
  });

  test('what the checker reports as an error stays uncoloured', () => {
    const d = doc(
      [
        '/**',
        ' * @personalData contact.phone retension=3y purpose=a stray',
        ' * @personalData contact-phone',
        ' * @crossBorder SG US mechanism=standard-contract',
        ' * @crossBorder SG mechanism=standard-contract retention=3y',
        ' */',
      ].join('\n'),
    );
    // An unknown key: = and value coloured, the key not.
    assert.ok(d.scopesOf('retension').includes(UNKNOWN_KEY));
    assert.ok(!d.scopesOf('retension').includes(KEY));
    assert.ok(d.scopesOf('3y').includes(UNQUOTED));
    // A word after the first key=value is not a category.
    d.uncoloured('stray');
    // Not a category id.
    d.uncoloured('contact-phone');
    // @crossBorder takes one destination.
    assert.ok(d.scopesOf('SG').includes(DESTINATION));
    d.uncoloured('US');
    // retention= is a @personalData key.
    assert.ok(d.scopesOf('retention').includes(UNKNOWN_KEY));
  });

  test('sensitive categories: exactly the built-in sensitive ones and their groups', () => {
    const builtin = BUILTIN_CATEGORIES.map((c) => c.id);
    const groups = [...new Set(builtin.map((id) => id.split('.')[0]))];
    const d = doc(`/** @personalData ${[...builtin, ...groups].join(', ')} */`);
    assert.deepEqual(d.textsWith(CATEGORY), [...builtin, ...groups]);
    const expected = [
      ...BUILTIN_CATEGORIES.filter((c) => c.sensitive).map((c) => c.id),
      // A group is sensitive when all of its members are.
      ...groups.filter((g) => BUILTIN_CATEGORIES.filter((c) => c.id.startsWith(g + '.')).every((c) => c.sensitive)),
    ];
    assert.deepEqual(d.textsWith(SENSITIVE), expected);
    assert.ok(expected.includes('location.track') && !expected.includes('location') && expected.includes('biometric'));
  });

  test('ids that only look sensitive are not marked', () => {
    const d = doc('/** @personalData biometrics.face, healthy, financial_x, location.tracker, my.health purpose=x */');
    assert.deepEqual(d.textsWith(CATEGORY), ['biometrics.face', 'healthy', 'financial_x', 'location.tracker', 'my.health']);
    assert.deepEqual(d.textsWith(SENSITIVE), []);
  });
});

describe('agrees with the scanner', () => {
  // Tag lines, well-formed and not. The scanner labels every token; the TextMate grammar must colour each as its
  // role says: what the checker rejects (an unreadable subject, a second destination, a stray word, an unknown
  // key) stays uncoloured or is marked as unknown, so a typo stands out.
  const lines = [
    '@personalData contact.phone, biometric.face purpose=account basis=separate-consent pia="PIA 2026/4"',
    '@personalData contact,identity.name purpose=a',
    '@personalData identity.name, health.medical purpose=analytics retention=3y pia="PIA 2026/4"',
    '@personalData contact.email purpose=newsletter basis=consent retention=30d subject=minor pia="PIA 1"',
    '@crossBorder SG mechanism=standard-contract categories=identity.name,contact.phone',
    '@crossBorder us-analytics categories=identity.name, contact.phone mechanism=standard-contract consent=separate',
    '@crossBorder us-analytics categories="identity.name, health.medical" consent=separate',
    '@crossBorder HK recipient=acme mechanism=exempt exemption=hr purpose=payroll consent=separate pia=PIA-7',
    '@personalData contact.phone retension=3y purpose=a stray',
    '@personalData contact-phone, contact.email basis=consnet',
    '@crossBorder SG US mechanism=standard-contract',
    '@crossBorder SG mechanism=standard-contract retention=3y categories=a',
    '@personalData contact.phone categories=a',
  ];
  const documents = lines.flatMap((line) => [`/** ${line} */\nexport const a = 1;`, `/**\n * Sync.\n * ${line}\n */\nexport function sync() {}`]);

  /** What the TextMate grammar must give the text of a scanner token. */
  function expected(tag: TagName, t: TagToken, firstSubject: boolean): { every?: string[]; oneOf?: string[]; uncoloured?: true } {
    switch (t.role) {
      case 'tagName':
        return { every: [TAG] };
      case 'subject':
        if (tag === 'personalData') return CATEGORY_ID.test(t.text) ? { every: [CATEGORY] } : { uncoloured: true };
        return firstSubject && SIMPLE_ID.test(t.text) ? { every: [DESTINATION] } : { uncoloured: true };
      case 'key':
        return { every: [keysFor(tag).some((k) => k.key === t.text) ? KEY : UNKNOWN_KEY] };
      case 'punctuation':
        return t.text === '=' ? { every: [EQ] } : t.text === ',' ? { every: [COMMA] } : { oneOf: [QUOTE_BEGIN, QUOTE_END] };
      case 'value':
        return { oneOf: [UNQUOTED, QUOTED] };
      case 'listItem':
        return { every: [CATEGORY] };
      case 'stray':
        return { uncoloured: true };
    }
  }

  for (const code of documents) {
    test(code.split('\n').find((l) => l.includes('@'))!.trim(), () => {
      const d = doc(code);
      const at = code.indexOf('@');
      let end = code.indexOf('\n', at);
      if (end < 0) end = code.length;
      if (code.lastIndexOf('*/', end) > at) end = code.lastIndexOf('*/', end);
      const tokens = scanTagLine(code, at, end);
      const tag = classifyTagName(tokens[0].text.slice(1))!.tag;
      const firstSubject = tokens.find((t) => t.role === 'subject');
      for (const t of tokens) {
        const under = d.tokens.filter((x) => x.end > t.start && x.start < t.end);
        // TextMate's tokens fall inside the scanner's, give or take white space: none straddles two of them.
        const outside = (x: { start: number; end: number }) => code.slice(x.start, Math.max(x.start, t.start)) + code.slice(Math.min(x.end, t.end), x.end);
        assert.ok(under.length > 0 && under.every((x) => outside(x).trim() === ''), `${t.role} ${JSON.stringify(t.text)}: ${d.dump(under)}`);
        const want = expected(tag, t, t === firstSubject);
        const what = `${t.role} ${JSON.stringify(t.text)} should be ${JSON.stringify(want)}: ${d.dump(under)}`;
        if (want.uncoloured) assert.ok(under.every((x) => !x.scopes.some(isColouring)), what);
        for (const scope of want.every ?? []) assert.ok(under.every((x) => x.scopes.includes(scope)), what);
        if (want.oneOf) assert.ok(under.every((x) => want.oneOf!.some((s) => x.scopes.includes(s))), what);
      }
    });
  }
});

describe('in a theme', () => {
  // The token colours of Dark+ (VS Code's default dark theme) that matter here.
  const darkPlus: vsctm.IRawTheme = {
    settings: [
      { settings: { foreground: '#D4D4D4' } },
      { scope: 'comment', settings: { foreground: '#6A9955' } },
      { scope: 'storage.type', settings: { foreground: '#569CD6' } },
      { scope: 'constant.language', settings: { foreground: '#569CD6' } },
      { scope: 'entity.name.type', settings: { foreground: '#4EC9B0' } },
      { scope: 'keyword.control', settings: { foreground: '#C586C0' } },
      { scope: 'keyword.operator', settings: { foreground: '#D4D4D4' } },
      { scope: 'variable', settings: { foreground: '#9CDCFE' } },
      { scope: 'string', settings: { foreground: '#CE9178' } },
    ],
  };

  test('sensitive categories are coloured differently from the others', async () => {
    const { registry, grammar: themed } = await loadGrammar(darkPlus);
    const colors = registry.getColorMap();
    const line = '/** @personalData contact.phone, biometric.face purpose=account */';
    const r = themed.tokenizeLine2(line, vsctm.INITIAL);
    const colorAt = (needle: string): string => {
      const at = line.indexOf(needle);
      let meta = 0;
      for (let i = 0; i < r.tokens.length; i += 2) if (r.tokens[i] <= at) meta = r.tokens[i + 1];
      return colors[(meta & 0x00ff8000) >>> 15];
    };
    assert.equal(colorAt('/**'), '#6A9955');
    assert.equal(colorAt('@personalData'), '#569CD6');
    assert.equal(colorAt('contact.phone'), '#4EC9B0');
    assert.equal(colorAt('biometric.face'), '#C586C0');
    assert.equal(colorAt('purpose'), '#9CDCFE');
    assert.equal(colorAt('account'), '#CE9178');
    assert.equal(colorAt('*/'), '#6A9955');
  });
});
