import { actorUserId, type Actor } from '../core/access/actor.ts';
import { assessBreach as runAssessment, parseAssessmentInput } from '../core/assessment/index.ts';
import { AppError } from '../errors/catalogue.ts';
import { insertAssessment } from '../storage/repositories/assessments.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { breachFor } from './support/breach-access.ts';
import { newId, nowIso } from './support/ids.ts';
import type { StoredAssessment } from '../core/breaches/assessment-records.ts';

export interface AssessBreachOptions {
  actor: Actor;
  breachId: string;
  /** The facts as `parseAssessmentInput` takes them (docs/assessment.md). */
  facts: unknown;
}

/**
 * Assesses a breach from its facts (owner or editor) and stores facts and outcome with the
 * breach, audit-logged in the same transaction. Earlier assessments stay: the newest counts.
 * Invalid facts give `validation_failed` naming every wrong field (dot paths as the core's).
 */
export async function assessBreach(deps: Deps, options: AssessBreachOptions): Promise<StoredAssessment> {
  const parsed = parseAssessmentInput(options.facts);
  if (!parsed.ok) {
    // Check access first, so that a stranger learns nothing from the validation messages.
    await breachFor(deps.db, options.actor, String(options.breachId), 'breach.update');
    throw new AppError('validation_failed', { fieldErrors: parsed.errors });
  }
  return deps.db.transaction().execute(async (trx) => {
    const breach = await breachFor(trx, options.actor, String(options.breachId), 'breach.update');
    const stored: StoredAssessment = {
      id: newId(deps),
      breachId: breach.id,
      organisationId: breach.organisationId,
      facts: parsed.value,
      assessment: runAssessment(parsed.value, { now: deps.clock() }),
      assessedAt: nowIso(deps),
      assessedBy: actorUserId(options.actor),
    };
    await insertAssessment(trx, stored);
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: breach.organisationId,
      entityType: 'breach',
      entityId: breach.id,
      action: 'breach.assessed',
      after: {
        assessmentId: stored.id,
        facts: stored.facts,
        riskLevel: stored.assessment.risk.level,
        severity: stored.assessment.severity.formula,
        notifyAuthority: stored.assessment.notifyAuthority.required,
        informPeople: stored.assessment.informPeople.required,
      },
    });
    return stored;
  });
}
