import type { RegisterBreachOptions } from '../../use-cases/register-breach.ts';
import type { demoOrganisations } from './organisations.ts';

// What one demo case holds: the record as registered, then its counts and updates in order.

type CaseContent = Omit<
  RegisterBreachOptions,
  'actor' | 'organisationId' | 'otherParties' | 'peopleAffected'
>;

export interface DemoCase {
  organisation: keyof typeof demoOrganisations;
  otherParties: { organisation: keyof typeof demoOrganisations; role: 'controller' | 'processor' }[];
  content: CaseContent & { slug: string };
  counts: { count: number; effectiveOn: string; reason: { nl: string; en: string } }[];
  updates: { publishedOn: string; text: { nl: string; en: string } }[];
  publish: boolean;
}
