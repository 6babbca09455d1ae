import { systemActor } from '../core/access/actor.ts';
import { listKamervragenSetsForBreach } from '../storage/repositories/kamervragen-repository.ts';
import type { Deps } from './deps.ts';
import { getBreach, type BreachDetail } from './get-breach.ts';
import type { StoredKamervragenSet } from '../core/kamervragen/records.ts';
import type { CodeLookupStore, CodeRecord, CodeRound } from '../core/codes/code-records.ts';

/** Everything about a breach that the guide shows next to a person's plan; the same for everyone. */
export interface BreachGuideContext {
  breach: BreachDetail;
  /** Linked sets of parliamentary questions with the government's answers. */
  kamervragen: StoredKamervragenSet[];
}

/**
 * The public context of a breach for the guide. A person holding a code may see the breach the
 * letter was about even before the register shows it: the code is their proof of being told.
 * Other callers pass `visibility: 'public'` and get `not_found` for drafts.
 */
export async function getBreachGuideContext(
  deps: Deps,
  options: { breachId?: string; slug?: string; visibility: 'code_holder' | 'public' },
): Promise<BreachGuideContext> {
  const actor = options.visibility === 'code_holder' ? systemActor : { kind: 'public' as const };
  const breach = await getBreach(deps, {
    actor,
    ...(options.breachId !== undefined ? { breachId: options.breachId } : { slug: options.slug ?? '' }),
  });
  const kamervragen = await listKamervragenSetsForBreach(deps.db, breach.id);
  return { breach, kamervragen };
}

/** A person's part: what the letters under their code said, round by round. */
export interface PersonalPart {
  record: CodeRecord;
  rounds: CodeRound[];
}

/** The stored record and message history of a code hash, or undefined when it is not known. */
export async function getPersonalPart(
  deps: { codes: CodeLookupStore },
  options: { codeHash: string },
): Promise<PersonalPart | undefined> {
  const record = await deps.codes.findCodeRecord(options.codeHash);
  if (!record) return undefined;
  return { record, rounds: await deps.codes.listCodeRounds(options.codeHash) };
}
