import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { levelOf, scoreRisks } from '../../../src/core/plan/index.ts';
import { knowledge, planFor, risk } from './fixtures.ts';

const combination = ['name', 'address', 'date_of_birth', 'bsn', 'medical_test_result'];
const confirmed = { certainty: 'confirmed', published: false, encrypted: false } as const;

function scoreOf(categories: string[], riskId: string): number {
  return scoreRisks(knowledge, new Set(categories), confirmed).find((s) => s.risk.id === riskId)?.score ?? 0;
}

describe('scoreRisks: combinations matter', () => {
  for (const riskId of ['identity_fraud', 'targeted_phishing']) {
    test(`ranks ${riskId} higher for the combination than for each of its parts alone`, () => {
      const together = scoreOf(combination, riskId);
      for (const part of combination) assert.ok(scoreOf([part], riskId) < together, `${part} alone`);
    });
  }

  test('scores name + address + date of birth + BSN higher for identity fraud than BSN alone', () => {
    assert.ok(
      scoreOf(['name', 'address', 'date_of_birth', 'bsn'], 'identity_fraud') >
        scoreOf(['bsn'], 'identity_fraud'),
    );
  });

  test('gives nothing for data that raises no risk', () => {
    assert.deepEqual(scoreRisks(knowledge, new Set(['gender']), confirmed), []);
  });

  test('names the data of the strongest rule first in the why-line', () => {
    const plan = planFor(['iban', 'name', 'phone'], { lang: 'en' });
    assert.match(
      risk(plan, 'financial_fraud')!.why,
      /^This comes from these details of yours: name, IBAN \(bank account number\) and phone number\./,
    );
  });
});

describe('levelOf', () => {
  test('uses the thresholds from scoring.yaml', () => {
    const { medium, high, very_high } = knowledge.scoring.levels;
    assert.equal(levelOf(medium - 0.1, knowledge.scoring), 'low');
    assert.equal(levelOf(medium, knowledge.scoring), 'medium');
    assert.equal(levelOf(high, knowledge.scoring), 'high');
    assert.equal(levelOf(very_high, knowledge.scoring), 'very_high');
  });
});
