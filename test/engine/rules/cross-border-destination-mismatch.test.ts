import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../helpers';
import { applyEdits, fixAllEdits } from '../../../server/src/lsp/fixes';

const code = (tag: string) => `import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({ region: 'ap-northeast-1' });

/** @crossBorder ${tag} categories=contact.email */
export async function exportContacts(customer: { email: string }) {
  await s3.send(new PutObjectCommand({ Bucket: 'contacts', Key: 'c.json', Body: JSON.stringify({ email: customer.email }) }));
}
`;

describe('cross-border-destination-mismatch', () => {
  test('fires when the covering @crossBorder names another country than the call resolves to, and fix-all names the real one', () => {
    const text = code('SG');
    const [f] = check(text).only('cross-border-destination-mismatch');
    assert.equal(text.slice(f.span.start, f.span.end), 's3.send');
    assert.equal(f.severity, 'warning');
    assert.match(f.message.en, /^contact\.email -> Amazon S3 goes to Japan \(JP\), but the @crossBorder SG covering it says Singapore \(SG\)\. The client's region option is ap-northeast-1/);
    assert.match(f.message.zh, /发往日本（JP），但覆盖它的 @crossBorder SG 声明的是新加坡（SG）/);
    assert.equal(f.fix?.kind, 'replace');
    const fixed = applyEdits(text, fixAllEdits(check(text).findings, text));
    assert.match(fixed, /@crossBorder JP categories=contact\.email/);
    assert.deepEqual(check(fixed).only('cross-border-destination-mismatch'), []);
  });

  test('does not fire when the tag names the country the call goes to, or when the call\'s destination is unresolved', () => {
    assert.deepEqual(check(code('JP')).only('cross-border-destination-mismatch'), []);
    const unresolved = code('SG').replace("region: 'ap-northeast-1'", 'region: process.env.AWS_REGION');
    assert.deepEqual(check(unresolved).only('cross-border-destination-mismatch'), []);
  });
});
