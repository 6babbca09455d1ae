import { readFileSync } from 'node:fs';
import { parseKamervragen } from '../importers/kamervragen/parse-kamervragen.ts';
import { suggestBreachLinks, type BreachCandidate } from '../importers/kamervragen/suggest-breach-links.ts';
import { findBreachIdBySlug } from '../storage/repositories/breaches.ts';
import { linkKamervragenSet, storeKamervragenSets } from '../storage/repositories/kamervragen-repository.ts';
import type { Deps } from '../use-cases/deps.ts';
import { labCase, odidoCase, omCase } from './demo-cases.ts';

/**
 * The export of written parliamentary questions and the government's answers (public
 * parliamentary material) that the demo imports, kept in the repository so the demo needs
 * nothing outside it.
 */
export const demoKamervragenFile = new URL('../../content/sources/kamervragen-2025.txt', import.meta.url);

/** Who confirmed a link the demo made: not a person, so not an account id. */
export const demoLinkedBy = 'demo seed';

/** The names and words by which the suggester recognises the demo's real cases. */
export const demoBreachCandidates: (Omit<BreachCandidate, 'id'> & { slug: string })[] = [
  {
    slug: labCase.content.slug,
    title: labCase.content.title.nl,
    organisations: ['Clinical Diagnostics', 'Bevolkingsonderzoek Nederland', 'BVO NL'],
    keywords: ['laboratorium', 'baarmoederhalskanker', 'datalek', 'hack'],
  },
  {
    slug: omCase.content.slug,
    title: omCase.content.title.nl,
    organisations: ['Openbaar Ministerie', 'OM'],
    keywords: ['Citrix', 'NetScaler', 'hack'],
  },
  {
    slug: odidoCase.content.slug,
    title: odidoCase.content.title.nl,
    organisations: ['Odido'],
    keywords: ['klantgegevens'],
  },
];

/**
 * Imports the demo's Kamervragen and links each set to the breach the suggester names first,
 * only when it is confident (the suggester's own threshold); other sets stay unlinked, as an
 * editor would leave them. Running it again changes nothing.
 * @returns how many sets were newly stored and how many links were made or already there.
 */
export async function seedDemoKamervragen(deps: Deps): Promise<{ inserted: number; linked: number }> {
  const { sets } = parseKamervragen(readFileSync(demoKamervragenFile, 'utf8'));
  const now = deps.clock().toISOString();
  const stored = await storeKamervragenSets(deps.db, sets, { now });
  const candidates: BreachCandidate[] = [];
  for (const { slug, ...candidate } of demoBreachCandidates) {
    const id = await findBreachIdBySlug(deps.db, slug);
    if (id) candidates.push({ id, ...candidate });
  }
  const suggestions = suggestBreachLinks(sets, candidates);
  let linked = 0;
  for (const [index, list] of suggestions.entries()) {
    const best = list[0];
    const setId = stored.ids[index];
    if (!best || !setId) continue;
    await linkKamervragenSet(deps.db, { setId, breachId: best.breachId, now, linkedBy: demoLinkedBy });
    linked += 1;
  }
  return { inserted: stored.inserted, linked };
}
