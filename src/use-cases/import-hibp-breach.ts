import type { Actor } from '../core/access/actor.ts';
import { slugify, type BreachRecord } from '../core/breaches/breach.ts';
import { planHibpImport, type HibpBreachInput, type HibpImportPlan } from '../importers/hibp/hibp-breach.ts';
import { slugTaken } from '../storage/repositories/breaches.ts';
import type { BreachDeps } from './deps.ts';
import { registerBreach } from './register-breach.ts';

export interface ImportHibpBreachOptions {
  actor: Actor;
  organisationId: string;
  /** A validated HIBP record (`hibpBreachInputSchema`). */
  record: HibpBreachInput;
  /** The knowledge base's HIBP data class → category table. */
  dataClassTable: Readonly<Record<string, string>>;
}

/**
 * Creates a draft breach from a Have I Been Pwned record (owner or editor of the organisation)
 * and says how each data class was mapped, which were unknown and which fields were not kept.
 */
export async function importHibpBreach(
  deps: BreachDeps,
  options: ImportHibpBreachOptions,
): Promise<{ breach: BreachRecord } & Omit<HibpImportPlan, 'breach'>> {
  const { breach: draft, ...report } = planHibpImport(options.record, options.dataClassTable);
  // HIBP's Name is its stable id: keep it as the address when free, else derive one from the title.
  const slug = slugify(options.record.Name);
  const breach = await registerBreach(deps, {
    actor: options.actor,
    organisationId: options.organisationId,
    ...draft,
    ...((await slugTaken(deps.db, slug)) ? {} : { slug }),
  });
  return { breach, ...report };
}
