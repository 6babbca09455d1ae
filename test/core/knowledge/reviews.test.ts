import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  fingerprintOf,
  reviewStatus,
  validateKnowledge,
  type Knowledge,
} from '../../../src/core/knowledge/index.ts';
import { buildRawContent, list, realKnowledge } from './fixtures.ts';

const knowledge = realKnowledge();

function knowledgeWith(edit: (raw: ReturnType<typeof buildRawContent>) => void): Knowledge {
  const raw = buildRawContent();
  edit(raw);
  const result = validateKnowledge(raw);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.knowledge;
}

describe('reviews of the advice in content/', () => {
  test('lists no risk, action, answer or contact whose review is missing or older than its text', () => {
    const open = reviewStatus(knowledge)
      .filter((s) => s.state !== 'current')
      .map((s) => `${s.ref}: ${s.state} (fingerprint now ${s.fingerprint})`);
    assert.deepEqual(
      open,
      [],
      `review these items and record them in content/reviews.yaml:\n${open.join('\n')}`,
    );
  });

  test('covers every risk, action, question and contact', () => {
    const refs = new Set(reviewStatus(knowledge).map((s) => s.ref));
    const expected =
      knowledge.risks.length +
      knowledge.actions.length +
      knowledge.questions.length +
      knowledge.contacts.length;
    assert.equal(refs.size, expected);
  });

  test('records no expert review that did not happen: a team check says it is not an expert review', (t) => {
    for (const review of knowledge.reviews) {
      if (review.kind === 'team_check') assert.match(review.role, /not an expert review/, review.item);
      else
        assert.doesNotMatch(review.by, /development team/i, `${review.item}: an expert review by the team`);
    }
    const outstanding = reviewStatus(knowledge).filter((s) => !s.expertReviewed).length;
    t.diagnostic(`expert review outstanding for ${outstanding} of ${reviewStatus(knowledge).length} items`);
  });

  test('checks every item against the sources it cites', () => {
    for (const status of reviewStatus(knowledge)) {
      const cited = new Set(status.sources);
      for (const s of status.last?.sources ?? [])
        assert.ok(cited.has(s), `${status.ref} was checked against ${s}, which it does not cite`);
      for (const s of cited)
        assert.ok(status.last?.sources.includes(s), `${status.ref}: ${s} was not checked`);
    }
  });
});

describe('reviewStatus', () => {
  test('marks an item whose text changed after its review as changed since review', () => {
    const k = knowledgeWith((raw) => {
      const action = list(raw, 'actions').find((a) => a.id === 'check_bank_regularly')!;
      (action.steps as { nl: string }[])[0]!.nl = 'Kijk elke week in uw bankrekening.';
    });
    const status = reviewStatus(k).find((s) => s.ref === 'action.check_bank_regularly')!;
    assert.equal(status.state, 'changed_since_review');
    assert.equal(status.last?.date, '2026-12-06');
    assert.ok(reviewStatus(k).filter((s) => s.state !== 'current').length === 1);
  });

  test('marks an item without any review as missing, and a new review of its text makes it current', () => {
    const k = knowledgeWith((raw) => {
      raw.reviews.reviews = list(raw, 'reviews').filter((r) => r.item !== 'contact.bkr');
    });
    const bkr = reviewStatus(k).find((s) => s.ref === 'contact.bkr')!;
    assert.equal(bkr.state, 'missing');
    const reviewed = knowledgeWith((raw) => {
      list(raw, 'reviews').push({
        item: 'contact.bkr',
        kind: 'expert',
        by: 'A. Reviewer',
        role: 'identity-fraud adviser (example in a test)',
        date: '2027-01-15',
        sources: [],
        fingerprint: bkr.fingerprint,
      });
    });
    const after = reviewStatus(reviewed).find((s) => s.ref === 'contact.bkr')!;
    assert.equal(after.state, 'current');
    assert.equal(after.expertReviewed, true);
    assert.equal(after.last?.kind, 'expert');
  });

  test('does not count an expert review of an older text', () => {
    const k = knowledgeWith((raw) => {
      list(raw, 'reviews').push({
        item: 'contact.bkr',
        kind: 'expert',
        by: 'A. Reviewer',
        role: 'identity-fraud adviser (example in a test)',
        date: '2027-01-15',
        sources: [],
        fingerprint: '00000000',
      });
    });
    const bkr = reviewStatus(k).find((s) => s.ref === 'contact.bkr')!;
    assert.equal(bkr.expertReviewed, false);
    assert.equal(bkr.state, 'changed_since_review');
  });
});

describe('fingerprintOf', () => {
  test('is eight hex characters, stable, and changes with one character', () => {
    assert.match(fingerprintOf('Binnen 8 weken'), /^[0-9a-f]{8}$/);
    assert.equal(fingerprintOf('Binnen 8 weken'), fingerprintOf('Binnen 8 weken'));
    assert.notEqual(fingerprintOf('Binnen 8 weken'), fingerprintOf('Binnen 9 weken'));
  });
});
