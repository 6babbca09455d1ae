import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { DuplicateIndex } from '../../src/importers/recipients-csv/index.ts';
import { CompactDuplicateIndex } from '../../src/letters-pipeline/duplicate-digests.ts';

const digest = (text: string) => createHash('sha256').update(text).digest('base64').slice(0, 22);

describe('CompactDuplicateIndex', () => {
  it('answers as the Map-based index over 200,000 rows with repeats, through several resizes', () => {
    const compact = new CompactDuplicateIndex();
    const plain = new DuplicateIndex();
    for (let line = 2; line < 200_002; line++) {
      // Every seventh row repeats a person from earlier in the file.
      const person = line % 7 === 0 ? Math.floor(line / 3) : line;
      const key = digest(`person ${person}`);
      assert.equal(compact.seen(key, line), plain.seen(key, line), `line ${line}`);
    }
  });

  it('tells apart digests whose first words agree (the slot they probe from)', () => {
    const index = new CompactDuplicateIndex();
    const a = 'AAAAAAAAAAAAAAAAAAAAAA';
    const b = 'AAAAAAAAAAAAAAAAAAAABA'; // differs after the 20 characters kept: the same person
    const c = 'AAAAAAAAAAAAAAABAAAAAA'; // differs in the fourth word
    const d = 'AAAAABAAAAAAAAAAAAAAAA'; // differs in the second word
    assert.equal(index.seen(a, 2), undefined);
    assert.equal(index.seen(c, 3), undefined);
    assert.equal(index.seen(d, 4), undefined);
    assert.equal(index.seen(b, 5), 2);
    assert.equal(index.seen(c, 6), 3);
    assert.equal(index.seen(d, 7), 4);
  });

  it('refuses a key that is not a base64 digest', () => {
    const index = new CompactDuplicateIndex();
    assert.throws(() => index.seen('too short', 2), /too short/);
    assert.throws(() => index.seen('ééééééééééééééééééééééé', 2), /not base64/);
  });
});
