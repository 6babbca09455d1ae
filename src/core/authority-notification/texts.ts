import type { Localized } from '../i18n/lang.ts';
import { messages } from './messages.ts';
import type { AuthorityNotificationInput } from './input-schema.ts';

/** Headings of the notification's parts, with the article each answers. */
export const itemLabels = messages.itemLabels;

export type MissingId =
  | 'nature_description'
  | 'categories'
  | 'people_count'
  | 'record_count'
  | 'contact_name'
  | 'contact_details'
  | 'consequences'
  | 'measures'
  | 'mitigation'
  | 'delay_reasons';

/** What a missing item is called in the completeness list. */
export const missingLabels: Record<MissingId, Localized> = messages.missingLabels;

/** "Eerste melding" or "Aanvulling 2". */
export function phaseLabel(phase: AuthorityNotificationInput['phase']): Localized {
  if (phase.kind === 'first') return { nl: 'Eerste melding', en: 'First notification' };
  if (phase.kind === 'withdrawal')
    return { nl: 'Intrekking van de melding', en: 'Withdrawal of the notification' };
  return { nl: `Aanvulling ${phase.number}`, en: `Follow-up ${phase.number}` };
}
