/** Edit distance behind every "did you mean": exact on small cases, transpositions count once, bounds respected. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closest, editDistance } from '../../server/src/engine/text/similarity';

test('edit distance: insertions, deletions, substitutions and adjacent transpositions', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('contcat.phone', 'contact.phone'), 1);
  assert.equal(editDistance('personaldata', 'persnoaldata'), 1);
  assert.equal(editDistance('abc', 'abc'), 0);
  assert.equal(editDistance('', 'abc'), 3);
  // With a bound, an empty side is still its length away, not "beyond the bound".
  assert.equal(editDistance('aa', '', 3), 2);
  assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3, 'past the bound: bound + 1');
});

test('closest suggests the near ids, best first', () => {
  assert.deepEqual(closest('contcat.phone', ['contact.phone', 'contact.email', 'identity.name']), ['contact.phone']);
  assert.deepEqual(closest('phone', ['contact.phone', 'contact.email']), ['contact.phone']);
  assert.deepEqual(closest('zzzzzz', ['contact.phone']), []);
});
