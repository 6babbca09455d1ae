import type { CreateOrganisationOptions } from '../../use-cases/create-organisation.ts';

/** An organisation of the demo register, created before the cases that name it. */
export type DemoOrganisation = Omit<CreateOrganisationOptions, 'actor'> & { slug: string };

export const demoOrganisations = {
  bvo: {
    slug: 'bevolkingsonderzoek-nederland',
    name: 'Bevolkingsonderzoek Nederland',
    kind: 'healthcare',
    sector: 'healthcare',
    website: 'https://www.bevolkingsonderzoeknederland.nl',
  },
  lab: {
    slug: 'clinical-diagnostics',
    name: 'Clinical Diagnostics (laboratorium)',
    kind: 'healthcare',
    sector: 'healthcare',
    website: null,
  },
  om: {
    slug: 'openbaar-ministerie',
    name: 'Openbaar Ministerie',
    kind: 'government',
    sector: 'justice',
    website: 'https://www.om.nl',
  },
  odido: {
    slug: 'odido',
    name: 'Odido',
    kind: 'company',
    sector: 'telecom',
    website: 'https://www.odido.nl',
  },
  demo: {
    slug: 'voorbeeld-webwinkel-demo',
    name: 'Voorbeeld Webwinkel B.V. (demo)',
    kind: 'company',
    sector: 'retail',
    website: null,
  },
} satisfies Record<string, DemoOrganisation>;
