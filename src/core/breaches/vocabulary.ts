/** A breach's life: a draft is seen only by its organisation; published and closed are public. */
export const breachStatuses = ['draft', 'published', 'closed'] as const;
export type BreachStatus = (typeof breachStatuses)[number];

/** The part an organisation played in a breach (GDPR terms). */
export const partyRoles = ['controller', 'processor'] as const;
export type PartyRole = (typeof partyRoles)[number];

/** A breach's dates, in the order the forms ask them. */
export const breachDateFields = [
  'discoveredOn',
  'occurredOn',
  'processorNotifiedControllerOn',
  'authorityNotifiedOn',
  'victimsNotifiedOn',
  'announcedOn',
] as const;

/** Certainty that a group of people (or a person) is affected. */
export const certainties = ['confirmed', 'possibly', 'not_affected'] as const;
export type Certainty = (typeof certainties)[number];

/** Sectors for filtering the public register. */
export const sectors = [
  'healthcare',
  'government',
  'justice',
  'telecom',
  'finance',
  'education',
  'retail',
  'technology',
  'energy',
  'transport',
  'nonprofit',
  'other',
] as const;
export type Sector = (typeof sectors)[number];

/** What kind of organisation it is. */
export const organisationKinds = ['company', 'government', 'healthcare', 'nonprofit', 'other'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** Where a linked source comes from. */
export const sourceKinds = [
  'organisation',
  'government',
  'parliament',
  'regulator',
  'news',
  'other',
] as const;
export type SourceKind = (typeof sourceKinds)[number];

/**
 * The agreed kinds of personal data (docs: categories). The knowledge base may add more; use
 * cases accept an extended set through their dependencies.
 */
export { agreedCategoryIds } from '../categories/agreed-ids.ts';
