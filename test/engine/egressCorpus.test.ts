/**
 * The labelled egress corpus (test/fixtures/egress/) is sound before anything is measured on it: every file
 * parses, every label follows the grammar and sits on a line where a call starts, the counts are what the
 * issue asks for, the policies load, the tags read cleanly, and the README's table tells the truth.
 * Needs no egress implementation.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { analyzeText, extractTags } from '../../server/src/engine/index';
import { parseErrorCodes, scriptKindOf } from '../robustness/support';
import {
  CORPUS_ROOT,
  EGRESS_LABELS,
  corpusProjects,
  corpusSourceFiles,
  loadCorpusPolicy,
  parseLabelLine,
  readCorpusLabels,
  relativeToCorpus,
  scanCorpus,
  type CorpusLabel,
} from './egressCorpus';

/** 1-based lines where the callee of a call, a `new` or a tagged template starts. */
function callLines(text: string, fileName: string): Set<number> {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKindOf(fileName));
  const lines = new Set<number>();
  const visit = (node: ts.Node): void => {
    const callee = ts.isCallExpression(node) || ts.isNewExpression(node) ? node.expression : ts.isTaggedTemplateExpression(node) ? node.tag : undefined;
    if (callee) lines.add(sf.getLineAndCharacterOfPosition(callee.getStart(sf)).line + 1);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return lines;
}

function countBy(labels: CorpusLabel[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
  return counts;
}

describe('egress corpus', () => {
  const files = corpusSourceFiles();
  const labels = readCorpusLabels();

  test('every fixture parses without a syntax error', () => {
    assert.ok(files.length >= 30, `only ${files.length} source files`);
    const broken = files
      .map((f) => ({ file: relativeToCorpus(f), codes: parseErrorCodes(fs.readFileSync(f, 'utf8'), f) }))
      .filter((r) => r.codes.length > 0);
    assert.deepEqual(broken, []);
  });

  test('the label grammar: a malformed label is reported, a good one is read', () => {
    assert.deepEqual(scanCorpus().problems, []);
    assert.deepEqual(parseLabelLine("  await sgMail.send(msg); // egress: untagged-transfer US contact.email,identity.name -- welcome mail"), {
      label: { label: 'untagged-transfer', country: 'US', categories: ['contact.email', 'identity.name'], why: 'welcome mail' },
    });
    assert.deepEqual(parseLabelLine('  s3.send(cmd); // egress: none domestic -- cn-north-1'), { label: { label: 'none', country: 'domestic', categories: [], why: 'cn-north-1' } });
    assert.equal(parseLabelLine('  fetch(url);'), undefined);
    const problem = (line: string) => parseLabelLine(line)?.problem;
    assert.match(problem('  fetch(url); // egress: untagged-transfer contact.email -- no country') ?? '', /country abroad/);
    assert.match(problem('  fetch(url); // egress: mismatch US -- no categories') ?? '', /categories/);
    assert.match(problem('  fetch(url); // egress: untagged-transfer domestic contact.email -- domestic is not abroad') ?? '', /country abroad/);
    assert.match(problem('  fetch(url); // egress: face internal identity.photo -- face needs biometric.face') ?? '', /biometric\.face/);
    assert.match(problem('  fetch(url); // egress: unresolved US contact.email -- unresolved has no country') ?? '', /no destination/);
    assert.match(problem('  fetch(url); // egress: none contact.email -- none sends nothing') ?? '', /no categories/);
    assert.match(problem('  fetch(url); // egress: leak US contact.email -- unknown label') ?? '', /unknown label/);
    assert.match(problem('  fetch(url); // egress: untagged-transfer US contact.mail -- typo') ?? '', /contact\.mail/);
    assert.match(problem('  fetch(url); // egress: untagged-transfer US contact.email') ?? '', /-- <why>/);
    assert.match(problem('  // egress: none -- a label on a line of its own') ?? '', /end of the line/);
  });

  test('every label sits on a line where a call starts', () => {
    const misplaced: string[] = [];
    for (const abs of files) {
      const file = relativeToCorpus(abs);
      const lines = callLines(fs.readFileSync(abs, 'utf8'), abs);
      const text = fs.readFileSync(abs, 'utf8').split(/\r?\n/);
      // A line opening with "." continues a callee that started above: the label belongs up there.
      for (const l of labels.filter((x) => x.file === file)) if (!lines.has(l.line) || /^\s*\./.test(text[l.line - 1])) misplaced.push(`${file}:${l.line}`);
    }
    assert.deepEqual(misplaced, []);
  });

  test('at least 150 labelled calls, about half of them sending personal data to another party, every label present', () => {
    const counts = countBy(labels);
    assert.ok(labels.length >= 150, `${labels.length} labels`);
    // Untagged transfers, and transfers to a vendor whose country no page documents (unresolved), or a wrong tag.
    const sending = ['untagged-transfer', 'unresolved', 'mismatch'].reduce((n, l) => n + (counts.get(l) ?? 0), 0);
    const share = sending / labels.length;
    assert.ok(share >= 0.45 && share <= 0.6, `personal data sent in ${(share * 100).toFixed(1)}% of the labels`);
    for (const label of EGRESS_LABELS) assert.ok((counts.get(label) ?? 0) >= 5, `${label}: ${counts.get(label) ?? 0}`);
    // The negatives cover each reason for silence: nothing personal, domestic, internal, covered by a tag.
    const none = labels.filter((l) => l.label === 'none');
    assert.ok(none.filter((l) => l.country === 'domestic').length >= 10, 'domestic negatives');
    assert.ok(none.filter((l) => l.country === 'internal').length >= 5, 'internal negatives');
    assert.ok(none.filter((l) => /covered by/.test(l.why)).length >= 8, 'negatives covered by a @crossBorder');
    assert.ok(labels.some((l) => l.label === 'face' && l.country === 'internal') && labels.some((l) => l.label === 'face' && l.country === 'domestic'));
  });

  test('every project has a policy that loads; its crossBorder.hosts entries are well formed', () => {
    const projects = corpusProjects();
    assert.ok(projects.length >= 5, projects.join(', '));
    for (const project of projects) {
      const loaded = loadCorpusPolicy(project);
      assert.deepEqual(loaded.problems.map((p) => p.message.en), [], project);
      assert.ok(loaded.policy, project);
      const destinations = loaded.policy.crossBorder.destinations;
      for (const entry of loaded.hosts) {
        const keys = ['host', 'package', 'env'].filter((k) => typeof entry[k as keyof typeof entry] === 'string');
        assert.equal(keys.length, 1, `${project}: ${JSON.stringify(entry)} names one of host, package, env`);
        assert.ok(/^[A-Z]{2}$/.test(entry.destination) || entry.destination === 'domestic' || destinations.has(entry.destination), `${project}: ${JSON.stringify(entry)}`);
      }
    }
    assert.ok(projects.some((p) => loadCorpusPolicy(p).hosts.length > 0), 'some policy uses crossBorder.hosts');
  });

  test('the tags of every fixture read cleanly against its project policy', () => {
    // A @crossBorder or @personalData the engine cannot read would make "covered" or "tagged" meaningless.
    const unreadable = new Set(['malformed-tag', 'unknown-category', 'unknown-purpose', 'category-not-allowed', 'cross-border-unknown-destination']);
    const policies = new Map(corpusProjects().map((p) => [p, loadCorpusPolicy(p).policy]));
    const problemsOf = (text: string, abs: string) =>
      analyzeText(text, abs, policies.get(relativeToCorpus(abs).split('/')[0]), { today: '2026-11-28', hints: 'off' }).filter((f) => unreadable.has(f.rule));
    const bad: string[] = [];
    const tagged = { personalData: 0, crossBorder: 0 };
    for (const abs of files) {
      const text = fs.readFileSync(abs, 'utf8');
      for (const f of problemsOf(text, abs)) bad.push(`${relativeToCorpus(abs)}: ${f.rule}: ${f.message.en}`);
      for (const t of extractTags(text, abs).tags) {
        tagged[t.tag]++;
        // A @crossBorder covers the calls of the function or method it documents.
        if (t.tag === 'crossBorder') assert.ok(['function', 'method', 'variable'].includes(t.declaration.kind), `${relativeToCorpus(abs)}: @crossBorder on a ${t.declaration.kind}`);
      }
    }
    assert.deepEqual(bad, []);
    assert.ok(tagged.personalData >= 15 && tagged.crossBorder >= 15, JSON.stringify(tagged));
    // The check is not vacuous: a misspelt category in one of these tags is caught.
    const mailer = path.join(CORPUS_ROOT, 'shop/src/services/mailer.ts');
    const broken = fs.readFileSync(mailer, 'utf8').replace('categories=contact.email\n', 'categories=contact.mail\n');
    assert.ok(problemsOf(broken, mailer).length > 0);
  });

  test("the README's count per label matches the corpus", () => {
    const readme = fs.readFileSync(path.join(CORPUS_ROOT, 'README.md'), 'utf8');
    const table = new Map<string, number>();
    for (const m of readme.matchAll(/^\| `([a-z-]+)` \| (\d+) \|/gm)) table.set(m[1], Number(m[2]));
    const counts = countBy(labels);
    assert.deepEqual(Object.fromEntries([...table].filter(([k]) => k !== 'total')), Object.fromEntries(EGRESS_LABELS.map((l) => [l, counts.get(l) ?? 0])));
    assert.equal(table.get('total'), labels.length);
  });
});
