import type { AssessmentInput } from '../assessment/input-schema.ts';
import type { AuthorityNotificationInput } from './input-schema.ts';

type BreachType = AuthorityNotificationInput['breach']['breachTypes'][number];

/**
 * Which security the breach broke, as the AP form asks it (confidentiality, integrity,
 * availability), read from the facts the assessment weighed.
 */
export function breachTypesFromFacts(facts: AssessmentInput): BreachType[] {
  const types: BreachType[] = [];
  const seen =
    facts.copiedOut ||
    facts.publishedOrOffered ||
    (facts.disclosedTo !== undefined && facts.disclosedTo !== 'no_one_known') ||
    [
      'hacking',
      'misdirected_mail',
      'staff_unauthorised_access',
      'published_by_mistake',
      'lost_device',
    ].includes(facts.incidentKind);
  if (seen) types.push('confidentiality');
  if (facts.integrity !== 'not_affected') types.push('integrity');
  if (facts.availability.lost) types.push('availability');
  return types;
}

/** The facts the notification carries over beside the assessment. */
export function breachFactsForForm(
  facts: AssessmentInput,
): Pick<AuthorityNotificationInput['breach'], 'breachTypes' | 'encrypted' | 'childrenOrVulnerable'> {
  return {
    breachTypes: breachTypesFromFacts(facts),
    encrypted: facts.encrypted,
    childrenOrVulnerable: facts.childrenOrVulnerable,
  };
}
