import type { DemoCase } from './cases/demo-case.ts';
import { demoDraftCase } from './cases/draft-case.ts';
import { labCase } from './cases/lab-case.ts';
import { odidoCase } from './cases/odido-case.ts';
import { omCase } from './cases/om-case.ts';

/**
 * The real cases of the demo register, from the source documents (docs: shared facts). Only
 * what the sources say: an unknown date is null, a date known only to the month is `YYYY-MM`.
 * Each case has its own file under cases/; this module lists them in seeding order.
 */

export type { DemoCase } from './cases/demo-case.ts';
export { demoOrganisations, type DemoOrganisation } from './cases/organisations.ts';
export { demoDraftCase, labCase, odidoCase, omCase };

export const demoCases: DemoCase[] = [labCase, omCase, odidoCase, demoDraftCase];

/** The demo login's e-mail address; its password is random and printed at first seed only. */
export const demoLoginEmail = 'demo@datalekwijzer.test';
