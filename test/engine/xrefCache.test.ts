/**
 * The cross-file check keeps a bounded index of other files, not their syntax trees: findings must not depend on
 * what happens to be cached (evicted files are read again, edited files are re-read once forgotten, the checked
 * file is found by the files that reach it).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText, readPolicyFile, type Finding } from '../../server/src/engine/index';
import { Project } from '../../server/src/engine/xref/reaching';
import { nodeHost } from '../../server/src/runtime/nodeHost';
import { FIXTURES } from '../helpers';
import { MemoryHost } from '../memoryHost';

const RULE = 'cross-border-undeclared-data';

interface Seen {
  param: string;
  missing: string;
  related: string[];
}

function crossFile(text: string, file: string, project: Project, policy?: Parameters<typeof analyzeText>[2]): Seen[] {
  return analyzeText(text, file, policy, { today: '2026-11-28', project })
    .filter((f: Finding) => f.rule === RULE)
    .map((f) => ({
      param: text.slice(f.span.start, f.span.end),
      missing: /: (.*) \(not in/.exec(f.message.en)![1],
      related: (f.related ?? []).map((r) => `${path.basename(r.file)}:${r.range.start.line + 1}:${r.range.start.character + 1} ${r.message.en}`),
    }));
}

const CUSTOMER = `export interface Customer {
  /** @personalData identity.name */
  name: string;
  /** @personalData contact.phone */
  mobile: string;
}
`;

const EXPORT = `import type { Customer } from '../models/customer';

/** @crossBorder SG categories=identity.name */
export function send(c: Customer): void {}
`;

const ORDERS = `export interface Order {
  /** @personalData contact.address */
  shipTo: string;
}

/** @crossBorder SG categories=identity.name */
export function ship(o: Order): void {}
`;

const BILLING = `import type { Order } from './orders';

/** @crossBorder SG categories=identity.name */
export function bill(order: Order): void {}
`;

/** A workspace in memory whose files can be edited between checks. */
function workspace(): MemoryHost {
  return new MemoryHost({
    '/ws/src/models/customer.ts': CUSTOMER,
    '/ws/src/api/export.ts': EXPORT,
    '/ws/src/api/orders.ts': ORDERS,
    '/ws/src/api/billing.ts': BILLING,
  });
}

describe('cross-file index', () => {
  test('the fixture finds the same under-declared data with a cache of one file as with the default cache', () => {
    const root = path.join(FIXTURES, 'xref');
    const sync = path.join(root, 'src', 'api', 'sync.ts');
    const text = fs.readFileSync(sync, 'utf8');
    const policy = readPolicyFile(nodeHost, path.join(root, 'privacy-policy.yaml')).policy!;
    const expected = crossFile(text, sync, new Project(nodeHost), policy);
    assert.ok(expected.length >= 6, `expected findings on the fixture, got ${expected.length}`);
    const tiny = new Project(nodeHost, { maxIndexed: 1 });
    // Twice: the second check finds the reached files evicted and reads them again.
    assert.deepEqual(crossFile(text, sync, tiny, policy), expected);
    assert.deepEqual(crossFile(text, sync, tiny, policy), expected);
    assert.ok(tiny.size <= 2, `at most the cache bound plus the checked file, got ${tiny.size}`);
  });

  test('a finding into an evicted file still appears, pointing at the right line', () => {
    const mem = workspace();
    const project = new Project(mem, { maxIndexed: 1 });
    const first = crossFile(EXPORT, '/ws/src/api/export.ts', project);
    assert.deepEqual(first, [{ param: 'c', missing: 'contact.phone', related: ['customer.ts:5:3 contact.phone declared on Customer.mobile (reaches as c.mobile)'] }]);
    // Billing reaches orders.ts, which pushes customer.ts out of a one-file cache.
    crossFile(BILLING, '/ws/src/api/billing.ts', project);
    assert.deepEqual(crossFile(EXPORT, '/ws/src/api/export.ts', project), first);
  });

  test('an edited type file is read again once forgotten: the new field is reported', () => {
    const mem = workspace();
    const project = new Project(mem);
    assert.equal(crossFile(EXPORT, '/ws/src/api/export.ts', project)[0].missing, 'contact.phone');
    mem.write('/ws/src/models/customer.ts', CUSTOMER.replace('}\n', '  /** @personalData identity.idNumber */\n  idCard: string;\n}\n'));
    assert.equal(project.forget('/ws/src/models/customer.ts'), true, 'export.ts depends on customer.ts');
    const after = crossFile(EXPORT, '/ws/src/api/export.ts', project);
    assert.equal(after[0].missing, 'contact.phone and identity.idNumber');
    assert.ok(after[0].related.includes('customer.ts:7:3 identity.idNumber declared on Customer.idCard (reaches as c.idCard)'), after[0].related.join('\n'));
  });

  test('a checked file reached by another: both see its types, and an edit to it moves the related place', () => {
    const mem = workspace();
    const project = new Project(mem);
    assert.deepEqual(crossFile(ORDERS, '/ws/src/api/orders.ts', project), [
      { param: 'o', missing: 'contact.address', related: ['orders.ts:3:3 contact.address declared on Order.shipTo (reaches as o.shipTo)'] },
    ]);
    assert.equal(project.forget('/ws/src/api/orders.ts'), false, 'nothing reached orders.ts yet');
    assert.deepEqual(crossFile(BILLING, '/ws/src/api/billing.ts', project), [
      { param: 'order', missing: 'contact.address', related: ['orders.ts:3:3 contact.address declared on Order.shipTo (reaches as order.shipTo)'] },
    ]);
    // The editor inserts two lines above the interface, and the file is checked with its new text.
    const edited = `// shipping\n// orders\n${ORDERS}`;
    mem.write('/ws/src/api/orders.ts', edited);
    assert.deepEqual(crossFile(edited, '/ws/src/api/orders.ts', project)[0].related, ['orders.ts:5:3 contact.address declared on Order.shipTo (reaches as o.shipTo)']);
    // Checking the edited file refreshed what billing.ts reaches, even before the change was reported.
    assert.deepEqual(crossFile(BILLING, '/ws/src/api/billing.ts', project)[0].related, ['orders.ts:5:3 contact.address declared on Order.shipTo (reaches as order.shipTo)']);
    assert.equal(project.forget('/ws/src/api/orders.ts'), true, 'billing.ts depends on orders.ts');
  });

  test('checking many @crossBorder files that nothing reaches keeps only the files they reach', () => {
    const mem = workspace();
    const project = new Project(mem);
    for (let i = 0; i < 40; i++) {
      const file = `/ws/src/api/export${i}.ts`;
      const text = EXPORT.replace('send', `send${i}`);
      mem.write(file, text);
      assert.equal(crossFile(text, file, project)[0].missing, 'contact.phone');
    }
    // customer.ts, and the last checked file.
    assert.equal(project.size, 2);
    const reads = mem.reads;
    crossFile(EXPORT, '/ws/src/api/export.ts', project);
    assert.equal(mem.reads, reads, 'customer.ts is still indexed: not read again');
  });
});
