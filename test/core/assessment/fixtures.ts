import { assessBreach } from '../../../src/core/assessment/assess-breach.ts';
import {
  parseAssessmentInput,
  type AssessmentInput,
  type AssessmentInputData,
} from '../../../src/core/assessment/input-schema.ts';
import type { Assessment } from '../../../src/core/assessment/output-schema.ts';

/** A plain, low-key incident: one misplaced list of names and e-mail addresses. Override what a test needs. */
export function buildIncident(overrides: Partial<AssessmentInputData> = {}): AssessmentInputData {
  return {
    incidentKind: 'lost_device',
    categories: ['name', 'email'],
    childrenOrVulnerable: false,
    peopleCount: 40,
    encrypted: false,
    copiedOut: false,
    publishedOrOffered: false,
    maliciousIntent: false,
    awareAt: '2026-07-06T09:00:00Z',
    ...overrides,
  };
}

/** Validates a built incident; fails the test if the fixture itself is invalid. */
export function parseIncident(overrides: Partial<AssessmentInputData> = {}): AssessmentInput {
  const result = parseAssessmentInput(buildIncident(overrides));
  if (!result.ok) throw new Error(`fixture is invalid: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** The moment most tests assess at: one day after awareness. */
export const oneDayLater = new Date('2026-07-07T09:00:00Z');

/** Builds, validates and assesses an incident. */
export function assessIncident(overrides: Partial<AssessmentInputData> = {}, now = oneDayLater): Assessment {
  return assessBreach(parseIncident(overrides), { now });
}

/** The realistic cases of the issue, as facts. */
export const cases = {
  ransomwareWithBackup: buildIncident({
    incidentKind: 'ransomware',
    categories: ['name', 'address', 'iban', 'customer_number'],
    peopleCount: 12_000,
    maliciousIntent: true,
    availability: { lost: true, restoredFromBackup: true, hoursUnavailable: 6 },
  }),
  lostEncryptedLaptop: buildIncident({
    incidentKind: 'lost_device',
    categories: ['name', 'address', 'health_data', 'bsn'],
    peopleCount: 300,
    encrypted: true,
    keySafe: true,
  }),
  labCase: buildIncident({
    incidentKind: 'hacking',
    categories: ['name', 'address', 'gender', 'date_of_birth', 'bsn', 'medical_test_result', 'gp_name'],
    peopleCount: 941_000,
    recordCount: 941_000,
    copiedOut: true,
    publishedOrOffered: true,
    maliciousIntent: true,
    awareAt: '2025-07-06T10:00:00+02:00',
  }),
  misdirectedToTrusted: buildIncident({
    incidentKind: 'misdirected_mail',
    categories: ['name', 'date_of_birth', 'health_data'],
    peopleCount: 1,
    recipientTrusted: true,
  }),
} satisfies Record<string, AssessmentInputData>;
