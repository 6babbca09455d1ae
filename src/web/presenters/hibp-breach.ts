import type { z } from 'zod';
import { earliestDay } from '../../core/breaches/partial-date.ts';
import { toHibpDataClasses } from '../../importers/hibp/data-classes.ts';
import type { BreachDetail } from '../../use-cases/get-breach.ts';
import { escapeHtml } from '../html.ts';
import type { hibpBreachSchema } from '../openapi/schemas.ts';

/** HIBP writes instants to the second: `2025-07-06T00:00:00Z`. */
function hibpInstant(iso: string): string {
  return `${iso.slice(0, 19)}Z`;
}

/** The host name of the organisation's website without `www.`, or '' when unknown. */
function domainOf(website: string | null): string {
  if (!website) return '';
  try {
    return new URL(website).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * A breach in Have I Been Pwned's breach format. Name is the register's slug (stable); the
 * English title and description are used (HIBP has one language); the description is HTML-
 * escaped because HIBP descriptions are HTML. Published records count as verified: the
 * organisation itself published them.
 */
export function presentHibpBreach(
  b: BreachDetail,
  organisationWebsite: string | null,
): z.output<typeof hibpBreachSchema> {
  const day = b.dates.occurredOn ?? b.dates.discoveredOn ?? b.dates.announcedOn;
  return {
    Name: b.slug,
    Title: b.title.en,
    Domain: domainOf(organisationWebsite),
    BreachDate: day ? earliestDay(day) : b.createdAt.slice(0, 10),
    AddedDate: hibpInstant(b.firstPublishedAt ?? b.createdAt),
    ModifiedDate: hibpInstant(b.updatedAt),
    PwnCount: b.peopleAffected ?? 0,
    Description: escapeHtml(b.description.en),
    DataClasses: toHibpDataClasses(b.dataCategories),
    IsVerified: b.status !== 'draft',
    IsFabricated: false,
    IsSensitive: false,
    IsRetired: false,
    IsSpamList: false,
    IsMalware: false,
  };
}
