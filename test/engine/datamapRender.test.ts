/** The data map drawn: Mermaid (safe ids and labels whatever the names) and SVG (well-formed, self-contained, the same bytes every time). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { buildDataMap, dataMapMermaid, dataMapSvg, type DataMap } from '../../server/src/engine/datamap/index';
import type { Inventory, TransferRow } from '../../server/src/engine/inventory/inventory';
import { loadPolicy } from '../../server/src/engine/index';
import { FIXTURES, REPO_ROOT } from '../helpers';

const DEMO_POLICY_FILE = path.join(REPO_ROOT, 'examples', 'demo', 'privacy-policy.yaml');
const demoPolicy = loadPolicy(fs.readFileSync(DEMO_POLICY_FILE, 'utf8'), DEMO_POLICY_FILE).policy!;
/** The demo's inventory as the CLI writes it (a golden copy kept by test/cli/golden.test.ts). */
const demoInventory: Inventory = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'golden', 'demo-inventory.json'), 'utf8'));
const demoMap = (today = '2026-11-28') => buildDataMap(demoInventory, { policy: demoPolicy, today });

const HOSTILE = [
  'x"]):::sensitive\nclick c0 "javascript:alert(1)"',
  '%%{init: {"securityLevel": "loose"}}%%',
  '<img src=x onerror=alert(1)>',
  '`**md**` & ]]> </text><script>alert(1)</script>',
  'r --> c0; end',
  '\u0000\u0008\ud800 lone',
  "it's #35; ; #quot;",
];

function hostileInventory(): Inventory {
  const where = { file: 'src/<evil>.ts', line: 1, character: 1 };
  const row = (over: Partial<TransferRow>): TransferRow => ({ destination: HOSTILE[2], categories: [HOSTILE[0]], sensitive: [], minors: [], function: HOSTILE[3], ...where, ...over });
  return {
    annotations: HOSTILE.map((h, i) => ({ category: h, label: { en: HOSTILE[(i + 1) % HOSTILE.length], zh: h }, sensitive: i % 2 === 0, purpose: HOSTILE[(i + 2) % HOSTILE.length], declaration: h, ...where })),
    transfers: [row({ recipient: `${HOSTILE[4]}, ${HOSTILE[5]}`, purpose: HOSTILE[6] }), row({ destination: HOSTILE[1], tagged: false, country: 'US' })],
  };
}

function parseSvg(svg: string): XmlElement {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  return doc.documentElement as XmlElement;
}

function all(el: XmlElement, name: string): XmlElement[] {
  return Array.from(el.getElementsByTagName(name)) as XmlElement[];
}

describe('data map as Mermaid', () => {
  test('the demo: a flowchart LR with one line per box and per edge, classes for what is marked', () => {
    const map = demoMap();
    const out = dataMapMermaid(map, 'en');
    const lines = out.trimEnd().split('\n');
    assert.equal(lines[0], 'flowchart LR');
    assert.equal(lines.filter((l) => /^ {2}[cpdr]\d+[([{]/.test(l)).length, map.nodes.length);
    assert.equal(lines.filter((l) => /^ {2}[cpdr]\d+ (-->|==>|-\.->) [cpdr]\d+$/.test(l)).length, map.edges.length);
    assert.ok(lines.includes('  c2(["Face data<br>biometric.face · sensitive"])'), out);
    assert.ok(lines.some((l) => /^ {2}d\d+\{\{"JP<br>Japan · abroad<br>⚠ no transfer mechanism<br>⚠ not approved in the policy"\}\}$/.test(l)), out);
    assert.match(out, /^ {2}class [cpdr0-9,]+ sensitive$/m);
    assert.match(out, /^ {2}class [cpdr0-9,]+ abroad$/m);
    assert.match(out, /^ {2}class [cpdr0-9,]+ unmet$/m);
    assert.match(out, /^ {2}linkStyle [0-9,]+ stroke:#d1242f,stroke-width:2px$/m);
    // The demo's untagged calls (Twilio, Sentry to the US; a fetch whose URL comes from the environment) are dashed.
    assert.match(out, /^ {2}class d\d+,d\d+,r\d+,r\d+,r\d+ untagged$/m);
    assert.ok(lines.some((l) => /^ {2}d\d+\{\{"unresolved<br>where: not in the code<br>no @crossBorder tag"\}\}$/.test(l)), 'an unresolved destination is neither abroad nor missing a mechanism');
  });

  test('labels in the language asked for', () => {
    const out = dataMapMermaid(demoMap(), 'zh');
    assert.ok(out.includes('(["人脸信息<br>biometric.face · 敏感"])'), out);
    assert.match(out, /JP<br>日本 · 境外<br>⚠ 无出境机制<br>⚠ 政策文件未批准该目的地/);
  });

  test('hostile names cannot break out of their label, inject markup or directives, or end a fenced block', () => {
    const map = buildDataMap(hostileInventory());
    const out = dataMapMermaid(map, 'en');
    const lines = out.trimEnd().split('\n');
    const label = /^"(?:[\p{L}\p{N} .,:()/+\-·…⚠@_]|#\d+;|<br>)*"$/u;
    const node = /^ {2}([cpdr]\d+)(\(\[|\[|\{\{|\()(.*?)(\]\)|\]|\}\}|\))$/;
    let nodes = 0;
    for (const l of lines.slice(1)) {
      const m = node.exec(l);
      if (m) {
        nodes++;
        assert.match(m[3], label, `label of ${m[1]}: ${l}`);
        continue;
      }
      assert.match(l, /^ {2}([cpdr]\d+ (-->|==>|-\.->) [cpdr]\d+|classDef \w+ [\w:#,. -]+|class [cpdr0-9,]+ \w+|linkStyle [0-9,]+ [\w:#,.-]+)$/, `an unexpected line: ${JSON.stringify(l)}`);
    }
    assert.equal(nodes, map.nodes.length);
    for (const bad of ['`', '%%', '<img', '<script', '\u0000', '#0;']) assert.ok(!out.includes(bad), `${JSON.stringify(bad)} in\n${out}`);
    assert.match(out, /-\.->/, 'the untagged transfer is a dashed edge');
    assert.match(out, /^ {2}class [cpdr0-9,]+ untagged$/m);
  });

  test('an empty map says so', () => {
    assert.equal(dataMapMermaid(buildDataMap({ annotations: [], transfers: [] }), 'en'), 'flowchart LR\n  none["No personal data is annotated yet."]\n');
  });
});

describe('data map as SVG', () => {
  test('the demo: well-formed XML with a title, a legend and one clickable box per node', () => {
    const map = demoMap();
    const svg = dataMapSvg(map, 'en');
    const root = parseSvg(svg);
    assert.equal(root.nodeName, 'svg');
    assert.equal(root.getAttribute('xmlns'), 'http://www.w3.org/2000/svg');
    assert.match(root.getAttribute('viewBox') ?? '', /^0 0 \d+ \d+$/);
    assert.equal(all(root, 'title')[0].textContent, 'Data map · Lotus Mall E-Commerce (Shanghai) Co., Ltd.');
    const boxes = all(root, 'g').filter((g) => g.hasAttribute('data-node'));
    assert.deepEqual(boxes.map((g) => g.getAttribute('data-node')), map.nodes.map((n) => n.ref));
    const face = boxes.find((g) => g.textContent?.includes('biometric.face'))!;
    assert.match(face.getAttribute('class') ?? '', /\bpa-sensitive\b/);
    const jp = boxes.find((g) => (g.getElementsByTagName('tspan')[0]?.textContent ?? '') === 'JP')!;
    assert.match(jp.getAttribute('class') ?? '', /\bpa-abroad\b.*\bpa-unmet\b/);
    assert.ok(jp.textContent?.includes('⚠ no transfer mechanism'), 'the mark is said in words too');
    assert.equal(all(root, 'path').filter((p) => /\bpa-edge\b/.test(p.getAttribute('class') ?? '')).length, map.edges.length);
    const legend = all(root, 'g').find((g) => g.getAttribute('class') === 'pa-legend')!;
    assert.match(legend.textContent ?? '', /Sensitive personal information \(PIPL Art\. 28\).*abroad.*not tagged.*not met/);
    const heads = all(root, 'text').filter((t) => t.getAttribute('class') === 'pa-head').map((t) => t.textContent);
    assert.deepEqual(heads, ['Categories', 'Purposes', 'Destinations', 'Recipients']);
  });

  test('self-contained: no script, no external reference, colours a host page can set', () => {
    const svg = dataMapSvg(demoMap(), 'en');
    assert.doesNotMatch(svg, /<script/i);
    assert.doesNotMatch(svg, /\bhref\s*=/i);
    assert.doesNotMatch(svg, /url\(\s*['"]?(https?:|\/\/|data:)/i);
    assert.doesNotMatch(svg, /@import|@font-face|<image|<foreignObject/i);
    assert.deepEqual([...svg.matchAll(/https?:\/\/[^"\s)]*/g)].map((m) => m[0]), ['http://www.w3.org/2000/svg'], 'the namespace is the only address');
    for (const m of svg.matchAll(/url\(([^)]*)\)/g)) assert.match(m[1], /^#pa-arrow(-\w+)?$/, 'only its own markers');
    // Theming: every colour reads a custom property a host may set, with its own default after it.
    assert.match(svg, /fill: var\(--pa-fg,var\(--pa-auto-fg\)\)/);
    assert.match(svg, /@media \(prefers-color-scheme: dark\)/);
    assert.doesNotMatch(svg.replace(/<style>[\s\S]*<\/style>/, ''), /#[0-9a-f]{6}\b|\bstyle=/i, 'no colour outside the style sheet');
  });

  test('deterministic: the same inventory, in any row order, gives the same bytes', () => {
    const a = dataMapSvg(demoMap(), 'en');
    const shuffled: Inventory = { annotations: [...demoInventory.annotations].reverse(), transfers: [...demoInventory.transfers].reverse() };
    assert.equal(dataMapSvg(buildDataMap(shuffled, { policy: demoPolicy, today: '2026-11-28' }), 'en'), a);
    assert.equal(dataMapSvg(demoMap(), 'en'), a);
    const coordinates = [...a.matchAll(/ (?:x|y|width|height|d)="([^"]*)"/g)].map((m) => m[1]).join(' ');
    assert.match(coordinates, /\d\.\d/);
    assert.doesNotMatch(coordinates, /\d\.\d{2,}/, 'coordinates are rounded to tenths');
  });

  test('in Chinese', () => {
    const root = parseSvg(dataMapSvg(demoMap(), 'zh'));
    assert.match(all(root, 'title')[0].textContent ?? '', /^数据流向图 · /);
    assert.deepEqual(all(root, 'text').filter((t) => t.getAttribute('class') === 'pa-head').map((t) => t.textContent), ['个人信息类别', '处理目的', '目的地', '接收方']);
  });

  test('hostile names stay text: the SVG still parses, has no element they name, and shows them literally', () => {
    const map: DataMap = { ...buildDataMap(hostileInventory()), handler: '</title><script>alert(1)</script>' };
    const svg = dataMapSvg(map, 'en');
    const root = parseSvg(svg);
    assert.equal(all(root, 'script').length, 0);
    assert.equal(all(root, 'img').length, 0);
    assert.doesNotMatch(svg, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])/, 'no character XML forbids');
    assert.equal(all(root, 'title')[0].textContent, 'Data map · </title><script>alert(1)</script>');
    assert.ok(all(root, 'tspan').some((t) => t.textContent?.startsWith('<img src=x')), 'the destination is drawn as written');
    const dashed = all(root, 'path').filter((p) => /\bpa-untagged\b/.test(p.getAttribute('class') ?? ''));
    assert.ok(dashed.length > 0, 'the untagged transfer is drawn dashed');
  });

  test('an empty map is still a picture, with its legend', () => {
    const root = parseSvg(dataMapSvg(buildDataMap({ annotations: [], transfers: [] }), 'en'));
    assert.match(root.textContent ?? '', /No personal data is annotated yet\./);
  });
});
