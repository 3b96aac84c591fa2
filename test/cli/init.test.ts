/** `privacy-annotations init`: a starter policy proposed from the code, valid as written, never over an existing file. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';
import { readPolicyFile } from '../../server/src/engine/index';
import { nodeHost } from '../../server/src/runtime/nodeHost';

async function run(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(['init', ...argv], { cwd, env: {}, stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-init-'));
  fs.mkdirSync(path.join(dir, 'src'));
  fs.writeFileSync(path.join(dir, 'src', 'shipping.ts'), 'export interface Parcel {\n  /** 收件人手机号 */\n  sjh: string;\n  recipientName: string;\n  deliveryAddress: string;\n  weightGrams: number;\n}\n');
  fs.writeFileSync(path.join(dir, 'src', 'faceLogin.ts'), '/** @personalData biometric.face purpose=faceLogin */\nexport type FaceTemplate = Uint8Array;\n');
  fs.writeFileSync(path.join(dir, 'src', 'shipping.test.ts'), 'const idCard = "110101199003071234";\n');
  return dir;
}

describe('init', () => {
  test('proposes categories and purposes from tags and names, with comments, and the result loads cleanly', async () => {
    const dir = project();
    const r = await run(dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /wrote privacy-policy\.yaml: 3 categories/);
    const text = fs.readFileSync(path.join(dir, 'privacy-policy.yaml'), 'utf8');
    const loaded = readPolicyFile(nodeHost, path.join(dir, 'privacy-policy.yaml'));
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.policy!.categories.allow, ['biometric.face', 'contact.phone', 'identity.name']);
    // 收件人手机号 is the recipient's phone; a bare deliveryAddress is too ambiguous for a precision-first detector.
    assert.deepEqual(loaded.policy!.purposes.get('shipping')?.categories, ['contact.phone', 'identity.name']);
    assert.deepEqual(loaded.policy!.purposes.get('faceLogin')?.categories, ['biometric.face'], 'a purpose= a tag names is kept');
    assert.match(text, /1 sensitive \(PIPL Art\. 28\): biometric\.face/);
    assert.match(text, /some by name only: check them/);
    assert.doesNotMatch(text, /identity\.idNumber/, 'test files hold made-up data');
  });

  test('never overwrites an existing policy', async () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'privacy-policy.yaml'), '# mine\n');
    const r = await run(dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /already exists; init never overwrites a policy/);
    assert.equal(fs.readFileSync(path.join(dir, 'privacy-policy.yaml'), 'utf8'), '# mine\n');
  });

  test('in Chinese, and with nothing found it still writes a valid starter', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-init-empty-'));
    fs.writeFileSync(path.join(dir, 'math.ts'), 'export const add = (a: number, b: number) => a + b;\n');
    const r = await run(dir, '--lang', 'zh');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /已写入 privacy-policy\.yaml/);
    const text = fs.readFileSync(path.join(dir, 'privacy-policy.yaml'), 'utf8');
    assert.match(text, /代码中未发现个人信息/);
    assert.deepEqual(readPolicyFile(nodeHost, path.join(dir, 'privacy-policy.yaml')).problems, []);
  });
});
