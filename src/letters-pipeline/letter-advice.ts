import type { Certainty } from '../core/breaches/vocabulary.ts';
import type { Knowledge } from '../core/knowledge/index.ts';
import type { Letter, LetterAdvice } from '../core/letters/index.ts';
import { buildPlan, type Plan } from '../core/plan/index.ts';

/** Maps a person's plan in both languages onto the narrow advice type a letter carries. */
export function adviceFromPlans(nl: Plan, en: Plan): LetterAdvice {
  const enRisks = new Map(en.risks.map((r) => [r.id, r]));
  const enActions = new Map(en.actionGroups.flatMap((g) => g.actions).map((a) => [a.id, a]));
  const enContacts = new Map(en.contacts.map((c) => [c.id, c]));
  return {
    risks: nl.risks.map((r) => ({
      id: r.id,
      name: { nl: r.name, en: enRisks.get(r.id)?.name ?? r.name },
      why: { nl: r.why, en: enRisks.get(r.id)?.why ?? r.why },
    })),
    actions: nl.actionGroups.flatMap((g) =>
      g.actions.map((a) => {
        const other = enActions.get(a.id);
        return {
          id: a.id,
          timing: a.when,
          title: { nl: a.title, en: other?.title ?? a.title },
          steps: a.steps.map((step, i) => ({ nl: step, en: other?.steps[i] ?? step })),
        };
      }),
    ),
    contacts: nl.contacts.map((c) => {
      const other = enContacts.get(c.id);
      return {
        id: c.id,
        name: { nl: c.name, en: other?.name ?? c.name },
        purpose: { nl: c.purpose, en: other?.purpose ?? c.purpose },
        ...(c.phone ? { phone: c.phone } : {}),
        ...(c.website ? { website: c.website } : {}),
        ...(c.hours ? { hours: { nl: c.hours, en: other?.hours ?? c.hours } } : {}),
      };
    }),
  };
}

/**
 * Advice per combination of certainty and kinds of data, built once and reused: in a large
 * mailing most people share a handful of combinations. The cache is bounded so that a file
 * where everyone differs cannot make memory grow.
 */
export function adviceCache(
  knowledge: Knowledge,
  exposure: { published?: boolean; encrypted?: boolean } | undefined,
  limit = 2000,
) {
  const cache = new Map<string, LetterAdvice>();
  return (certainty: Certainty, categories: readonly string[]): LetterAdvice => {
    const key = `${certainty}|${categories.join(',')}`;
    let advice = cache.get(key);
    if (!advice) {
      const input = { categories, certainty, ...(exposure ? { exposure } : {}) };
      advice = adviceFromPlans(
        buildPlan(knowledge, { ...input, lang: 'nl' }),
        buildPlan(knowledge, { ...input, lang: 'en' }),
      );
      if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
      cache.set(key, advice);
    }
    return advice;
  };
}

const whatChangedHeading = {
  nl: 'Wat is er veranderd sinds onze vorige brief?',
  en: 'What has changed since our last letter?',
};

/**
 * A follow-up round opens with what changed since the last message: a subheading and the
 * round's text at the top of the "what happened" section.
 */
export function withWhatChanged(letter: Letter, whatChanged: { nl: string; en: string } | undefined): Letter {
  if (!whatChanged) return letter;
  const text = whatChanged[letter.lang];
  const paragraphs = text.split(/\n\s*\n/).map((p) => ({ kind: 'paragraph' as const, text: p.trim() }));
  const [first, ...rest] = letter.sections;
  if (!first) return letter;
  const opening = [{ kind: 'subheading' as const, text: whatChangedHeading[letter.lang] }, ...paragraphs];
  return { ...letter, sections: [{ ...first, blocks: [...opening, ...first.blocks] }, ...rest] };
}
