/**
 * Large and deep inputs, generated (never committed), and the engine run over them. hostile.test.ts writes the
 * same texts to temp workspaces for the CLI and the server, and runs `analyzeGenerated` in a worker
 * (isolate.ts) so a hang or a stack overflow is reported instead of taking the test run down.
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeText, NotCheckedError, readPolicyFile } from '../../server/src/engine/index';
import { nodeHost } from '../../server/src/runtime/nodeHost';
import { HOSTILE, TODAY, lineColumn, prng } from './support';

/** The tag every generated file carries: one unknown-category finding on "nope.x". */
export const TAG = '/** @personalData nope.x purpose=account */';

export const GENERATORS: Record<string, () => string> = {
  'ten-thousand-tags': () =>
    `export interface Big {\n${Array.from({ length: 10_000 }, (_, i) => `  /** @personalData contact.phone purpose=p${i} */\n  f${i}: string;\n`).join('')}}\n`,
  'ten-thousand-orphan-tags': () => `${TAG}\nexport const a = 1;\n` + '/** @personalData contact.phone purpose=account */\n'.repeat(10_000),
  'long-tag-line': () => `/** @personalData ${'contact.phone,'.repeat(70_000)}nope.x purpose=account */\nexport interface A { x: string }\n`,
  'deep-concatenation': () => `${TAG}\nexport const big = ${Array.from({ length: 10_000 }, (_, i) => `"s${i}"`).join(' + ')};\n`,
  'deep-nesting': () => `${TAG}\nexport const deep = ${'('.repeat(5000)}1${')'.repeat(5000)};\n`,
  'many-unclosed-openers': () => `${TAG}\nexport const a = 1;\n` + 'export const s = "/**";\n'.repeat(80_000),
  'typescript-parser-hang': () => `${TAG}\nexport const a = 1;\n/** x-*/\nexport const b = 2;\n`,
  'five-mb-bundle': () => fiveMbBundle(),
};

/** A 5 MB one-line minified bundle: functions, objects, strings, a licence comment, and one preserved tag. */
export function fiveMbBundle(): string {
  const rand = prng(5);
  const parts: string[] = ['/*! bundle (c) example, MIT */"use strict";var __defProp=Object.defineProperty;'];
  let size = parts[0].length;
  let i = 0;
  while (size < 5 * 1024 * 1024) {
    const n = Math.floor(rand() * 1e6).toString(36);
    const chunk =
      i === 5000
        ? `${TAG}function keep${i}(t){return t}`
        : `function f${n}${i}(a,b){var c=a+b*${i};return c>${n.length}?{k:"${n}",v:[a,b,c],g:"**/*.js"}:f${n}${i}(b,c-1)}var v${i}=(x=>x&&x.y?.z)(${i});`;
    parts.push(chunk);
    size += chunk.length;
    i++;
  }
  return parts.join('');
}

export interface EngineOutcome {
  ms: number;
  count: number;
  rules: Record<string, number>;
  /** The first findings, placed. */
  sample: { rule: string; line: number; column: number; text: string }[];
  error?: string;
  /** The engine's designed answer for a file it cannot check (the CLI and server name it). */
  notChecked?: string;
}

/** analyzeText over a generated input, under the hostile sources' policy. */
export function analyzeGenerated(id: string): EngineOutcome {
  const text = GENERATORS[id]();
  const policy = readPolicyFile(nodeHost, path.join(HOSTILE, 'sources', 'privacy-policy.yaml')).policy;
  const t0 = performance.now();
  try {
    const findings = analyzeText(text, id === 'five-mb-bundle' ? 'bundle.min.js' : `${id}.ts`, policy, { today: TODAY });
    const rules: Record<string, number> = {};
    for (const f of findings) rules[f.rule] = (rules[f.rule] ?? 0) + 1;
    return {
      ms: performance.now() - t0,
      count: findings.length,
      rules,
      sample: findings.slice(0, 20).map((f) => ({ rule: f.rule, ...lineColumn(text, f.span.start), text: text.slice(f.span.start, Math.min(f.span.end, f.span.start + 40)) })),
    };
  } catch (e) {
    if (e instanceof NotCheckedError) return { ms: performance.now() - t0, count: 0, rules: {}, sample: [], notChecked: e.message };
    return { ms: performance.now() - t0, count: 0, rules: {}, sample: [], error: String((e as Error)?.stack ?? e).split('\n').slice(0, 8).join('\n') };
  }
}
