/** privacyAnnotations/dataMap over stdio: the SVG the editor shows, and where each box opens. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { REPO_ROOT } from '../helpers';
import { TestClient } from './lspClient';
import { DataMapRequest, type DataMapPicture } from '../../server/src/protocol';

const DEMO = path.join(REPO_ROOT, 'examples', 'demo');
const POLICY = path.join(DEMO, 'privacy-policy.yaml');

/** The boxes of the picture: data-node ref -> the texts of its lines. */
function boxes(svg: string): Map<string, string[]> {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(svg, 'image/svg+xml');
  const out = new Map<string, string[]>();
  for (const g of Array.from(doc.getElementsByTagName('g')) as XmlElement[]) {
    const ref = g.getAttribute('data-node');
    if (ref) out.set(ref, (Array.from(g.getElementsByTagName('tspan')) as XmlElement[]).map((t) => t.textContent ?? ''));
  }
  return out;
}

const refOf = (b: Map<string, string[]>, title: string): string => {
  const hit = [...b].find(([, lines]) => lines[0] === title);
  assert.ok(hit, `a box titled ${title}: ${[...b.values()].map((l) => l[0]).join(', ')}`);
  return hit[0];
};

describe('the data map over the protocol', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ root: DEMO });
    await client.until(() => client.notifications.some((n) => n.method === 'privacyAnnotations/scanned'), 'the scan');
  });
  after(async () => client.stop());

  const dataMap = async (): Promise<DataMapPicture> => {
    const picture = await client.connection.sendRequest(DataMapRequest, {});
    assert.ok(picture);
    return picture;
  };

  test('the whole workspace as SVG, each box with the places a click opens', async () => {
    const picture = await dataMap();
    const b = boxes(picture.svg);
    assert.deepEqual([...b.keys()].sort(), Object.keys(picture.places).sort(), 'one entry per box');
    assert.ok(b.size > 30, `${b.size} boxes`);
    const faceLogin = picture.places[refOf(b, 'faceLogin')];
    const [entry, ...code] = faceLogin;
    assert.ok(entry.kind === 'policy', JSON.stringify(entry));
    assert.equal(entry.file, POLICY);
    assert.equal(fs.readFileSync(POLICY, 'utf8').slice(entry.start, entry.end), 'faceLogin');
    assert.ok(code.length >= 3);
    for (const p of code) {
      assert.ok(p.kind === 'code' && path.isAbsolute(p.file) && p.line >= 1 && p.character >= 1, JSON.stringify(p));
    }
    assert.ok(code.some((p) => p.kind === 'code' && p.file === path.join(DEMO, 'src', 'auth', 'faceLogin.ts') && p.declaration === 'FaceEnrolment'));
    const jp = b.get(refOf(b, 'JP'))!;
    assert.ok(jp.includes('⚠ no transfer mechanism'), jp.join(' | '));
  });

  test('a transfer typed in an open document is on the map asked for once its diagnostics arrive', async () => {
    const file = path.join(DEMO, 'src', 'dataMapTyping.ts');
    const uri = client.open(file, 'export function upload(): void {}\n');
    await client.diagnosticsFor(uri, () => true, 1);
    assert.ok(![...boxes((await dataMap()).svg).values()].some((l) => l[0] === 'DE'));
    const version = client.change(uri, '/** @crossBorder DE recipient=berlin-crm categories=contact.email */\nexport function upload(): void {}\n');
    await client.diagnosticsFor(uri, () => true, version);
    const picture = await dataMap();
    const b = boxes(picture.svg);
    const de = b.get(refOf(b, 'DE'))!;
    assert.deepEqual(de.slice(1), ['Germany · abroad', '⚠ no transfer mechanism', '⚠ not approved in the policy']);
    const recipient = picture.places[refOf(b, 'berlin-crm')];
    assert.deepEqual(recipient, [{ kind: 'code', file, line: 2, character: 17, declaration: 'upload' }]);
    client.close(uri);
  });
});

describe('the data map in Chinese', () => {
  test('the server draws it in the language of the editor', async () => {
    const client = await TestClient.start({ root: DEMO, locale: 'zh-cn' });
    try {
      await client.until(() => client.notifications.some((n) => n.method === 'privacyAnnotations/scanned'), 'the scan');
      const picture = await client.connection.sendRequest(DataMapRequest, {});
      assert.match(picture?.svg ?? '', /<title id="pa-map-title">数据流向图 · /);
      assert.ok([...boxes(picture!.svg).values()].some((l) => l[0] === '人脸信息' && l[1] === 'biometric.face · 敏感'));
    } finally {
      await client.stop();
    }
  });
});
