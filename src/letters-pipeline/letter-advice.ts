import type { Certainty } from '../core/breaches/vocabulary.ts';
import type { Knowledge } from '../core/knowledge/index.ts';
import type { Lang } from '../core/i18n/lang.ts';
import type { Letter } from '../core/letters/index.ts';
import { buildPlan, type Plan } from '../core/plan/index.ts';

/**
 * Plans per combination of certainty, kinds of data and language, built once and reused: in a
 * large mailing most people share a handful of combinations. The cache is bounded so that a
 * file where everyone differs cannot make memory grow.
 */
export function planCache(
  knowledge: Knowledge,
  exposure: { published?: boolean; encrypted?: boolean } | undefined,
  limit = 2000,
) {
  const cache = new Map<string, Plan>();
  return (certainty: Certainty, categories: readonly string[], lang: Lang): Plan => {
    const key = `${certainty}|${lang}|${categories.join(',')}`;
    let plan = cache.get(key);
    if (!plan) {
      plan = buildPlan(knowledge, { categories, certainty, lang, ...(exposure ? { exposure } : {}) });
      if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
      cache.set(key, plan);
    }
    return plan;
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
