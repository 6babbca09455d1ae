import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateKnowledge } from '../../../src/core/knowledge/index.ts';
import { typicalCases } from '../../../src/core/plan/index.ts';
import { buildReviewSheet, type ReviewSheet } from '../../../src/core/review/index.ts';
import { buildRawContent, list, realKnowledge } from '../knowledge/fixtures.ts';

const knowledge = realKnowledge();
const text = (sheet: ReviewSheet): string =>
  sheet.blocks.map((b) => ('text' in b ? b.text : b.items.join('\n'))).join('\n');

describe('buildReviewSheet', () => {
  const nl = buildReviewSheet(knowledge, { lang: 'nl', date: '2026-12-06' });
  const en = buildReviewSheet(knowledge, { lang: 'en', date: '2026-12-06' });

  test('says plainly that an expert review is still outstanding for every item', () => {
    const total =
      knowledge.risks.length +
      knowledge.actions.length +
      knowledge.questions.length +
      knowledge.contacts.length;
    assert.match(text(nl), new RegExp(`staat nog open voor ${total} van de ${total} items`));
    assert.match(text(en), new RegExp(`still outstanding for ${total} of the ${total} items`));
    assert.match(text(en), /not an expert review/);
  });

  test('shows every item with its fingerprint, its sources and their quotes, and boxes to tick', () => {
    const all = text(nl);
    for (const ref of [
      ...knowledge.risks.map((r) => `risk.${r.id}`),
      ...knowledge.actions.map((a) => `action.${a.id}`),
      ...knowledge.questions.map((q) => `question.${q.id}`),
      ...knowledge.contacts.map((c) => `contact.${c.id}`),
    ])
      assert.ok(all.includes(`${ref} — `), ref);
    assert.match(
      all,
      /De grootste risico’s van de hack bij het laboratorium voor burgers zijn phishing en identiteitsfraude/,
    );
    assert.match(
      all,
      /\[consumentenbond_incasso\] Incassomaatregelen — Consumentenbond — https:\/\/www\.consumentenbond\.nl\/betaalrekening\/incassomaatregelen/,
    );
    assert.match(all, /geen letterlijk citaat vastgelegd/);
    const boxes = nl.blocks.filter((b) => b.type === 'checklist');
    assert.ok(boxes.length >= knowledge.actions.length);
  });

  test('shows the plans of the six typical cases, with levels in words only', () => {
    for (const c of typicalCases) assert.ok(text(nl).includes(c.name.nl), c.id);
    assert.match(text(nl), /1\. Let op nepberichten die echte gegevens over u noemen \(Doe dit nu\)/);
    const cases = text(nl).slice(text(nl).indexOf('Het plan voor zes gewone gevallen'));
    assert.doesNotMatch(cases, /\/10|gewicht/);
  });

  test('lists what changed since the last review: new and edited items', () => {
    const raw = buildRawContent();
    raw.reviews.reviews = list(raw, 'reviews').filter((r) => r.item !== 'contact.bkr');
    const action = list(raw, 'actions').find((a) => a.id === 'check_bank_regularly')!;
    (action.title as { nl: string }).nl = 'Kijk vaak in uw rekening';
    const result = validateKnowledge(raw);
    assert.ok(result.ok);
    const sheet = text(buildReviewSheet(result.knowledge, { lang: 'nl', date: '2026-12-07' }));
    assert.match(sheet, /contact\.bkr: Nieuw: nog nooit gecontroleerd/);
    assert.match(sheet, /action\.check_bank_regularly: Tekst veranderd na de controle van 2026-12-06/);
    assert.match(sheet, /2 veranderd|1 veranderd na de laatste controle, 1 nooit gecontroleerd/);
  });
});
