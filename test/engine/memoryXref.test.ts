/**
 * Memory of a long run or session: the cross-file index must not grow with the number of files checked or
 * reached (it used to keep a syntax tree for each of up to 1,000 files, about 300 MB on a 50,000-file workspace).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyzeText } from '../../server/src/engine/index';
import { Project } from '../../server/src/engine/xref/reaching';
import { MemoryHost } from '../memoryHost';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A model file of about 120 lines: interfaces with tagged members, and code around them. */
function model(i: number): string {
  const lines = [`// Models of package ${i}.`, `import type { Audit${i} } from './audit${i}';`, ''];
  for (let k = 0; k < 6; k++) {
    lines.push(`/** A record of kind ${k}. */`, `export interface Record${i}x${k} {`, `  id: string;`);
    lines.push(`  /** @personalData contact.phone */`, `  mobile${k}: string;`, `  /** @personalData identity.name */`, `  name${k}: string;`);
    lines.push(`  audit?: Audit${i};`, `  items: Array<{ sku: string; qty: number }>;`, `}`, '');
    lines.push(`export function describe${i}x${k}(r: Record${i}x${k}): string {`, `  const parts = [r.id, String(r.items.length)];`);
    lines.push(`  for (const it of r.items) parts.push(\`\${it.sku}:\${it.qty}\`);`, `  return parts.join(', ');`, `}`, '');
  }
  return lines.join('\n');
}

function service(i: number): string {
  return [
    `import type { Record${i}x3 } from '../models/m${i}';`,
    '',
    '/** @crossBorder SG categories=identity.name */',
    `export function send${i}(record: Record${i}x3): void {}`,
    '',
  ].join('\n');
}

test('checking 1,200 @crossBorder files that reach 1,200 model files keeps the heap growth bounded, and each finding appears', () => {
  const N = 1200;
  const host = new MemoryHost();
  for (let i = 0; i < N; i++) host.write(`/ws/src/models/m${i}.ts`, model(i));
  const project = new Project(host);
  const services = Array.from({ length: N }, (_, i) => service(i));
  // Warm up: the engine's own lazily built tables are not what is measured.
  analyzeText(services[0], '/ws/src/api/s0.ts', undefined, { today: '2026-11-28', project: new Project(host) });
  const before = heapUsed();
  let found = 0;
  for (let i = 0; i < N; i++) {
    const findings = analyzeText(services[i], `/ws/src/api/s${i}.ts`, undefined, { today: '2026-11-28', project });
    if (findings.some((f) => f.rule === 'cross-border-undeclared-data' && /contact\.phone/.test(f.message.en))) found++;
  }
  const grown = (heapUsed() - before) / 2 ** 20;
  assert.equal(found, N, 'every service sends an undeclared phone number');
  // About 9 MB here; keeping a syntax tree per indexed file (up to 1,000) it was 55 MB.
  assert.ok(grown < 25, `the heap grew by ${grown.toFixed(1)} MB`);
  assert.ok(project.size <= 501, `indexed files: ${project.size}`);
});
