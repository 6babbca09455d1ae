import { assessBreach } from '../assessment/assess-breach.ts';
import { breachFactsForForm } from './facts-for-form.ts';
import type { AuthorityNotificationInput, AuthorityNotificationRequest } from './input-schema.ts';

/**
 * Turns a CLI/API request (incident facts plus notification details) into the builder's input,
 * assessing the facts as of the moment the notification is prepared.
 */
export function toAuthorityNotificationInput(
  request: AuthorityNotificationRequest,
): AuthorityNotificationInput {
  const { incident, title, nature, startedAt, endedAt, ...rest } = request;
  return {
    ...rest,
    breach: {
      title,
      nature,
      incidentKind: incident.incidentKind,
      categories: incident.categories,
      approxPeople: incident.peopleCount,
      approxRecords: incident.recordCount,
      startedAt,
      endedAt,
      awareAt: incident.awareAt,
      ...breachFactsForForm(incident),
    },
    assessment: assessBreach(incident, { now: new Date(request.preparedAt) }),
  };
}
