import type { z } from 'zod';
import {
  parseAuthorityNotificationRequest,
  type authorityNotificationRequestSchema,
} from '../../../src/core/authority-notification/input-schema.ts';
import { toAuthorityNotificationInput } from '../../../src/core/authority-notification/to-input.ts';
import type { AuthorityNotificationInput } from '../../../src/core/authority-notification/input-schema.ts';
import { cases } from '../assessment/fixtures.ts';

export type RequestData = z.input<typeof authorityNotificationRequestSchema>;

/** A complete first notification about the lab case, one day after awareness. */
export function buildNotificationRequest(overrides: Partial<RequestData> = {}): RequestData {
  return {
    phase: { kind: 'first' },
    organisation: { name: 'Laboratorium Zuid B.V.' },
    reference: 'DL-2025-007',
    preparedAt: '2025-07-07T10:00:00+02:00',
    title: 'Hack van de laboratoriumsystemen',
    nature: 'Criminelen kwamen binnen via een lek in de VPN-server en kopieerden uitslagen van onderzoeken.',
    startedAt: '2025-07-03T22:00:00+02:00',
    contact: {
      role: 'dpo',
      name: 'Anouk de Vries-Çelik',
      email: 'fg@lab-zuid.example',
      phone: '+31 10 123 45 67',
    },
    likelyConsequences: ['Gerichte phishing met kennis van de uitslag.'],
    measures: {
      taken: ['VPN-server afgesloten en bijgewerkt.'],
      proposed: ['Tweestapsverificatie voor alle toegang op afstand.'],
      mitigation: ['Telefoonlijn voor vragen en een waarschuwing voor phishing op de website.'],
    },
    form: {
      law: 'gdpr',
      reporter: { name: 'Pieter Jansen', jobTitle: 'Security officer', phone: '+31 10 123 45 00' },
      processor: { involved: false },
      informingPeople: { status: 'will_inform', at: '2025-07-08', means: ['letter', 'email'] },
      crossBorder: { otherEuCountries: [], otherAuthoritiesNotified: [], crossBorderProcessing: false },
    },
    incident: cases.labCase,
    ...overrides,
  };
}

/** Validates and maps a built request into the builder's input. */
export function buildNotificationInput(overrides: Partial<RequestData> = {}): AuthorityNotificationInput {
  const parsed = parseAuthorityNotificationRequest(buildNotificationRequest(overrides));
  if (!parsed.ok) throw new Error(`fixture is invalid: ${JSON.stringify(parsed.errors)}`);
  return toAuthorityNotificationInput(parsed.value);
}
