import type { z } from 'zod';
import type { CountRevision, BreachUpdate } from '../../core/breaches/breach.ts';
import type { BreachDetail } from '../../use-cases/get-breach.ts';
import type {
  breachDetailSchema,
  breachSummarySchema,
  breachUpdateSchema,
  countRevisionSchema,
} from '../openapi/schemas.ts';
import type { BreachSummary } from '../../core/breaches/breach-summary.ts';

/** A text in both languages, copied field by field so nothing else slips out. */
export const localized = (text: { nl: string; en: string }) => ({ nl: text.nl, en: text.en });

/** The API address of a breach. */
export function breachHref(apiUrl: string, breachId: string): string {
  return `${apiUrl}/breaches/${encodeURIComponent(breachId)}`;
}

/** One line of a breach list; fields are named one by one so nothing else slips out. */
export function presentBreachSummary(b: BreachSummary, apiUrl: string): z.output<typeof breachSummarySchema> {
  return {
    id: b.id,
    slug: b.slug,
    status: b.status,
    title: localized(b.title),
    sector: b.sector,
    organisation: { id: b.organisationId, name: b.organisationName },
    occurredOn: b.occurredOn,
    discoveredOn: b.discoveredOn,
    peopleAffected: b.peopleAffected,
    dataCategories: [...b.dataCategories],
    version: b.version,
    updatedAt: b.updatedAt,
    firstPublishedAt: b.firstPublishedAt,
    _links: { self: { href: breachHref(apiUrl, b.id) } },
  };
}

export function presentCountRevision(r: CountRevision): z.output<typeof countRevisionSchema> {
  return {
    id: r.id,
    peopleAffected: r.peopleAffected,
    effectiveOn: r.effectiveOn,
    reason: localized(r.reason),
    recordedAt: r.recordedAt,
  };
}

export function presentBreachUpdate(u: BreachUpdate): z.output<typeof breachUpdateSchema> {
  return {
    id: u.id,
    publishedOn: u.publishedOn,
    text: localized(u.text),
    createdAt: u.createdAt,
  };
}

/** A whole breach with its timeline, counts, data, helpline, updates, sources and speed. */
export function presentBreachDetail(b: BreachDetail, apiUrl: string): z.output<typeof breachDetailSchema> {
  const self = breachHref(apiUrl, b.id);
  return {
    id: b.id,
    slug: b.slug,
    status: b.status,
    version: b.version,
    title: localized(b.title),
    sector: b.sector,
    description: localized(b.description),
    organisation: { id: b.organisationId, name: b.organisationName },
    parties: b.parties.map((p) => ({
      organisationId: p.organisationId,
      name: b.partyNames[p.organisationId] ?? '',
      role: p.role,
    })),
    dates: {
      occurredOn: b.dates.occurredOn,
      discoveredOn: b.dates.discoveredOn,
      processorNotifiedControllerOn: b.dates.processorNotifiedControllerOn,
      authorityNotifiedOn: b.dates.authorityNotifiedOn,
      victimsNotifiedOn: b.dates.victimsNotifiedOn,
      announcedOn: b.dates.announcedOn,
    },
    speed: {
      daysDiscoveryToAuthority: b.speed.daysDiscoveryToAuthority,
      daysDiscoveryToVictims: b.speed.daysDiscoveryToVictims,
      daysDiscoveryToController: b.speed.daysDiscoveryToController,
    },
    peopleAffected: b.peopleAffected,
    countRevisions: b.countRevisions.map(presentCountRevision),
    dataCategories: [...b.dataCategories],
    recipientGroups: b.recipientGroups.map((g) => ({
      name: localized(g.name),
      certainty: g.certainty,
      count: g.count,
    })),
    measures: b.measures.map(localized),
    helpline: b.helpline && {
      phone: b.helpline.phone,
      hours: b.helpline.hours && localized(b.helpline.hours),
      url: b.helpline.url,
    },
    questions: b.questions.map((q) => ({ question: localized(q.question), answer: localized(q.answer) })),
    sources: b.sources.map((s) => ({ title: s.title, url: s.url, kind: s.kind })),
    updates: b.updates.map(presentBreachUpdate),
    createdAt: b.createdAt,
    updatedAt: b.updatedAt,
    firstPublishedAt: b.firstPublishedAt,
    _links: { self: { href: self }, hibp: { href: `${self}/hibp` } },
  };
}
