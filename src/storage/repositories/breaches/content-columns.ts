import type { BreachContent } from '../../../core/breaches/breach.ts';
import { earliestDay } from '../../../core/breaches/partial-date.ts';
import type { BreachesTable } from '../../tables/breaches.ts';

/** The columns of `breaches` that hold content (not status, version or timestamps). */
export function contentColumns(
  content: BreachContent,
): Omit<
  BreachesTable,
  | 'id'
  | 'organisation_id'
  | 'slug'
  | 'status'
  | 'people_affected'
  | 'version'
  | 'created_at'
  | 'updated_at'
  | 'first_published_at'
> {
  const d = content.dates;
  const reference = d.discoveredOn ?? d.occurredOn ?? d.announcedOn;
  return {
    title_nl: content.title.nl,
    title_en: content.title.en,
    sector: content.sector,
    description_nl: content.description.nl,
    description_en: content.description.en,
    occurred_on: d.occurredOn,
    discovered_on: d.discoveredOn,
    processor_notified_controller_on: d.processorNotifiedControllerOn,
    authority_notified_on: d.authorityNotifiedOn,
    victims_notified_on: d.victimsNotifiedOn,
    announced_on: d.announcedOn,
    reference_day: reference === null ? null : earliestDay(reference),
    measures_json: JSON.stringify(content.measures),
    questions_json: JSON.stringify(content.questions),
    helpline_phone: content.helpline?.phone ?? null,
    helpline_hours_nl: content.helpline?.hours?.nl ?? null,
    helpline_hours_en: content.helpline?.hours?.en ?? null,
    helpline_url: content.helpline?.url ?? null,
    privacy_email: content.privacyContact?.email ?? null,
    privacy_postal_address: content.privacyContact?.postalAddress ?? null,
  };
}
