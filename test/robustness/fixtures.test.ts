/**
 * Every quick fix offered anywhere in the fixtures (examples/demo and test/fixtures/**), applied through the
 * engine and fixes.ts exactly as the code actions do: the result still parses, the targeted finding is gone,
 * and nothing outside the edit changed. The "add to the policy" fixes (policyEdits.addPolicyEntry) keep the
 * policy's comments, order, quoting, indentation and line endings, and are refused with a reason when the
 * policy does not parse.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, isMap, isPair, isScalar, type YAMLMap } from 'yaml';
import { analyzeText, findNearestPolicy, readPolicyFile, walk, type Finding, type FixData, type Policy } from '../../server/src/engine/index';
import { nodeHost } from '../../server/src/runtime/nodeHost';
import { addPolicyEntry, policyEntryId, type PolicySection } from '../../server/src/engine/policy/policyEdits';
import { applyEdits, fixAllEdits, fixChoices } from '../../server/src/lsp/fixes';
import * as S from './support';

const ROOTS = [S.DEMO, path.join(S.REPO, 'test', 'fixtures')];
const SECTION_OF_RULE: Record<string, PolicySection> = {
  'unknown-category': 'categories.custom',
  'unknown-purpose': 'purposes',
  'cross-border-unknown-destination': 'crossBorder.destinations',
};
const SECTIONS: PolicySection[] = ['categories.custom', 'purposes', 'crossBorder.destinations'];

function policyFor(file: string): { file: string; text: string; policy?: Policy } | undefined {
  const found = findNearestPolicy(nodeHost, path.dirname(file), S.REPO);
  if (!found) return undefined;
  const read = readPolicyFile(nodeHost, found);
  return { file: found, text: read.text, policy: read.policy };
}

function rel(file: string): string {
  return path.relative(S.REPO, file).split(path.sep).join('/');
}

/** Problems found in one check, all reported together so one bug does not hide the next. */
class Problems {
  readonly list: string[] = [];
  check(what: string, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.list.push(`${what}: ${(e as Error).message}`);
    }
  }
  assertNone(): void {
    assert.deepEqual(this.list, [], `${this.list.length} problem(s):\n${this.list.join('\n\n')}`);
  }
}

/** The policy edit checks: an insertion that keeps everything and is placed, indented and terminated like its siblings. */
function checkPolicyInsertion(text: string, section: PolicySection, id: string, file: string, edit: { offset: number; text: string }): string {
  S.checkSpan({ start: edit.offset, end: edit.offset }, text.length, 'insertion offset');
  const out = text.slice(0, edit.offset) + edit.text + text.slice(edit.offset);
  const doc = parseDocument(out, { uniqueKeys: true });
  if (doc.errors.length) S.fail(`the edited policy does not parse: ${doc.errors[0].message.split('\n')[0]}\n${out}`);
  // Line endings: a file written with CRLF gets CRLF.
  if (text.includes('\r\n') && /(^|[^\r])\n/.test(edit.text)) S.fail(`the file uses CRLF but the inserted text uses LF: ${JSON.stringify(edit.text)}`);
  // Order and content: the old keys keep their order, the new one is in its section.
  let before: unknown;
  try {
    before = parseDocument(text, { uniqueKeys: true }).toJS({ maxAliasCount: 100 }) ?? {};
  } catch {
    return out; // an alias bomb: its meaning cannot be expanded to compare (the loader refuses it anyway)
  }
  const after = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  let node: unknown = after;
  for (const k of [...section.split('.'), id]) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, k)) S.fail(`"${id}" is not in ${section} after the edit (got ${JSON.stringify(after).slice(0, 300)})`);
    node = (node as Record<string, unknown>)[k];
  }
  // The expected meaning: the old policy with the entry appended to its section (created at the end when missing).
  const expected = structuredClone(before) as Record<string, unknown>;
  let at = expected;
  for (const k of section.split('.')) {
    if (at[k] === null || at[k] === undefined) at[k] = {};
    at = at[k] as Record<string, unknown>;
  }
  at[id] = {};
  if (JSON.stringify(after) !== JSON.stringify(expected)) S.fail(`the rest of the policy changed (content or key order):\nexpected ${JSON.stringify(expected).slice(0, 400)}\ngot      ${JSON.stringify(after).slice(0, 400)}`);
  // Indentation: in block style the new key starts at the column of its siblings.
  const sectionMap = section.split('.').reduce<unknown>((m, k) => (isMap(m) ? (m as YAMLMap).get(k, true) : undefined), doc.contents) as YAMLMap | undefined;
  if (isMap(sectionMap) && !sectionMap.flow && sectionMap.items.length > 1) {
    const col = (offset: number) => offset - (out.lastIndexOf('\n', offset - 1) + 1);
    const columns = sectionMap.items.filter(isPair).map((p) => (isScalar(p.key) && p.key.range ? col(p.key.range[0]) : -1));
    if (new Set(columns).size !== 1) S.fail(`the new key is not indented like its siblings (columns ${columns.join(', ')})`);
  }
  return out;
}

// ---- every fix in the fixtures -------------------------------------------------------------------------------------

describe('every offered fix across the fixtures', () => {
  const files = walk(nodeHost, ROOTS).files.filter((f) => !f.includes(`${path.sep}hostile${path.sep}`) || !f.endsWith('binary.ts'));
  test('the fixtures hold source files with fixes', () => {
    assert.ok(files.length >= 15, `only ${files.length} source files found`);
  });
  let offered = 0;
  for (const file of files) {
    test(rel(file), () => {
      const text = fs.readFileSync(file, 'utf8');
      const governing = policyFor(file);
      const policy = governing?.policy;
      const findings = analyzeText(text, file, policy, S.onDisk());
      const before = S.parseErrorCodes(text, file);
      const problems = new Problems();
      for (const f of findings) {
        if (!f.fix) continue;
        const where = `${f.rule} at ${S.lineColumn(text, f.span.start).line}:${S.lineColumn(text, f.span.start).column}`;
        for (const choice of fixChoices(f.fix, text, 'en')) {
          offered++;
          problems.check(`${where} "${choice.title}"`, () => {
            const edits = S.checkEdits(choice.edits, text.length, 'edits');
            const out = applyEdits(text, edits);
            S.checkOnlyEditsChanged(text, out, edits, 'diff');
            const extra = S.newParseErrors(before, S.parseErrorCodes(out, file));
            if (extra.length) S.fail(`new syntax errors TS${extra.join(', TS')}`);
            const left = S.stillThere(f, edits, analyzeText(out, file, policy, S.onDisk()));
            if (left) S.fail(`the finding is still there: ${left.message.en}`);
          });
        }
        const section = SECTION_OF_RULE[f.rule];
        if (section && governing) {
          const id = policyEntryId(section, text.slice(f.span.start, f.span.end));
          if (!id) continue;
          offered++;
          problems.check(`${where} "Add '${id}' to ${section}"`, () => {
            const r = addPolicyEntry(governing.text, section, id, governing.file);
            if (!r.ok) {
              if (!r.reason) S.fail('refused without a reason');
              return;
            }
            const out = checkPolicyInsertion(governing.text, section, id, governing.file, r.edit);
            const reloaded = readPolicyFromText(out, governing.file);
            if (!reloaded) S.fail('the edited policy no longer loads');
            const after = analyzeText(text, file, reloaded, S.onDisk());
            if (after.some((x) => x.rule === f.rule && x.span.start === f.span.start && x.span.end === f.span.end)) S.fail('the finding is still there');
          });
        }
      }
      problems.check('fix all', () => fixAllToFixpoint(text, file, policy, before));
      problems.assertNone();
    });
  }
  test('fixes were offered and applied', () => {
    assert.ok(offered >= 20, `only ${offered} fixes offered across the fixtures`);
  });
});

function readPolicyFromText(text: string, file: string): Policy | undefined {
  const tmp = S.tempWorkspace({ [path.basename(file)]: text }, 'pa-policy-');
  return readPolicyFile(nodeHost, path.join(tmp, path.basename(file))).policy;
}

function fixAllToFixpoint(text: string, file: string, policy: Policy | undefined, before: number[]): void {
  let current = text;
  for (let round = 0; round < 7; round++) {
    const edits = fixAllEdits(analyzeText(current, file, policy, S.onDisk()), current);
    if (edits.length === 0) return;
    S.checkEdits(edits, current.length, `round ${round}`);
    const out = applyEdits(current, edits);
    S.checkOnlyEditsChanged(current, out, edits, `round ${round}`);
    const extra = S.newParseErrors(before, S.parseErrorCodes(out, file));
    if (extra.length) S.fail(`round ${round}: new syntax errors TS${extra.join(', TS')}`);
    current = out;
  }
  S.fail('fix all does not converge in 7 rounds');
}

// ---- policy edits on every fixture policy ----------------------------------------------------------------------------

describe('quick fixes that edit the policy', () => {
  const policies = [
    path.join(S.DEMO, 'privacy-policy.yaml'),
    ...fs.readdirSync(path.join(S.REPO, 'test', 'fixtures'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /(^|[\\/])privacy-policy\.(ya?ml|json)$/.test(f))
      .map((f) => path.join(S.REPO, 'test', 'fixtures', f)),
  ].filter((f) => fs.statSync(f).isFile());

  for (const file of policies) {
    test(`${rel(file)}: added entries keep comments, order, quoting, indentation and line endings, or are refused with a reason`, () => {
      const read = readPolicyFile(nodeHost, file);
      const text = read.text;
      const parses = parseDocument(text, { uniqueKeys: true }).errors.length === 0;
      const problems = new Problems();
      for (const section of SECTIONS) {
        for (const id of ['zz-new', 'zz.new_2']) {
          if (section !== 'categories.custom' && id.includes('.')) continue;
          problems.check(`${section} += ${id}`, () => {
            const r = addPolicyEntry(text, section, id, file);
            if (!parses) {
              if (r.ok) S.fail('a policy that does not parse was edited');
              if (!/does not parse/.test(r.reason)) S.fail(`the refusal does not say why: ${r.reason}`);
              return;
            }
            if (!r.ok) {
              if (!r.reason) S.fail('refused without a reason');
              return;
            }
            const out = checkPolicyInsertion(text, section, id, file, r.edit);
            const comments = (s: string) => s.split(/\r?\n|\r/).filter((l) => /(^|\s)#/.test(l)).map((l) => l.slice(l.search(/(^|\s)#/)).trim());
            if (JSON.stringify(comments(out)) !== JSON.stringify(comments(text))) S.fail('comments changed');
          });
        }
      }
      problems.assertNone();
    });
  }

  /** Layouts that users write and the edit must cope with; each must end in a correct insertion or a refusal with a reason. */
  const layouts: [string, string, PolicySection, string][] = [
    ['CRLF line endings', 'version: 1\r\npurposes:\r\n  account:\r\n    basis: contract\r\n', 'purposes', 'marketing'],
    ['a flow map with a trailing comma', 'purposes: {\n  account: {},\n}\n', 'purposes', 'marketing'],
    ['a flow map whose last entry has a comment', 'purposes: {\n  account: {} # the account\n}\n', 'purposes', 'marketing'],
    ['an id YAML reads as null', 'purposes:\n  account: {}\n', 'purposes', 'null'],
    ['an id YAML reads as a number', 'purposes:\n  account: {}\n', 'purposes', '1e3'],
    ['an id YAML reads as a boolean', 'crossBorder:\n  destinations:\n    SG: {}\n', 'crossBorder.destinations', 'true'],
    ['a comment line after the last entry', 'purposes:\n  account:\n    basis: contract\n    # retention is set per record\nrules: {}\n', 'purposes', 'marketing'],
    ['JSON with a trailing comma', '{\n  "purposes": {\n    "account": {},\n  },\n}\n', 'purposes', 'marketing'],
  ];
  for (const [name, text, section, id] of layouts) {
    test(`${name}: a correct insertion or a refusal with a reason`, () => {
      const r = addPolicyEntry(text, section, id, name.startsWith('JSON') ? 'privacy-policy.json' : 'privacy-policy.yaml');
      if (!r.ok) {
        assert.ok(r.reason, 'refused without a reason');
        return;
      }
      const out = checkPolicyInsertion(text, section, id, 'privacy-policy.yaml', r.edit);
      if (name.startsWith('a comment line')) {
        assert.ok(out.indexOf('# retention is set per record') < out.indexOf('marketing'), `the comment about account now sits under the new entry:\n${out}`);
      }
    });
  }

  test('a policy that does not parse is refused with a message saying so', () => {
    for (const broken of ['version: 1\npurposes:\n  a: {}\n  a: {}\n', 'purposes: {\n', 'version: 1\n---\nversion: 1\n']) {
      const r = addPolicyEntry(broken, 'purposes', 'marketing');
      assert.equal(r.ok, false, `edited: ${JSON.stringify(broken)}`);
      assert.match((r as { reason: string }).reason, /does not parse/);
    }
  });
});
