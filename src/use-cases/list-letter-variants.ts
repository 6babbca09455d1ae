import type { Actor } from '../core/access/actor.ts';
import { listLetterVariantRows } from '../storage/repositories/letter-variants.ts';
import type { Deps } from './deps.ts';
import { letterBreach } from './support/letter-access.ts';
import type { StoredLetterVariant } from '../core/letters/records.ts';

/**
 * The letter variants of a breach, by group, for any member of its organisation (viewers may
 * read them); `not_found` for everyone else.
 * @example const variants = await listLetterVariants(deps, { actor, breachId });
 */
export async function listLetterVariants(
  deps: Pick<Deps, 'db'>,
  options: { actor: Actor; breachId: string },
): Promise<StoredLetterVariant[]> {
  const breach = await letterBreach(deps.db, options.actor, options.breachId, 'viewer');
  return listLetterVariantRows(deps.db, breach.id);
}
