import { roleIn, type Actor } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import { findLatestAssessment } from '../storage/repositories/assessments.ts';
import type { Deps } from './deps.ts';
import { breachFor } from './support/breach-access.ts';
import type { StoredAssessment } from '../core/breaches/assessment-records.ts';

/**
 * The newest assessment stored with a breach, or undefined when none was made. With `actor`
 * the breach must be readable by that actor (`not_found` otherwise); without it, the caller is
 * trusted to have checked access already (the letters' completeness check, the register).
 * @example const latest = await getLatestAssessment(deps, breach.id);
 */
export async function getLatestAssessment(
  deps: Pick<Deps, 'db'>,
  breachId: string,
  actor?: Actor,
): Promise<StoredAssessment | undefined> {
  if (actor) {
    const breach = await breachFor(deps.db, actor, breachId, 'breach.read');
    if (actor.kind !== 'system' && roleIn(actor, breach.organisationId) === undefined)
      throw new AppError('not_found');
  }
  return findLatestAssessment(deps.db, breachId);
}
