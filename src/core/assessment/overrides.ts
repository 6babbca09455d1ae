import { z } from 'zod';
import { zodMessage } from '../../errors/field-messages.ts';
import type { Localized } from '../i18n/lang.ts';
import type { CbElement, Severity } from './output-schema.ts';

const reason = z
  .string()
  .trim()
  .min(10, {
    error: zodMessage({
      nl: 'Schrijf op waarom u afwijkt, in minstens 10 tekens.',
      en: 'Write down why you deviate, in at least 10 characters',
    }),
  })
  .describe('Why the expert deviates from the derived value; shown in the output.');

const cbValue = z.union([z.literal(0), z.literal(0.25), z.literal(0.5)]);

/**
 * An expert may set a criterion to another value than the one derived, but only with a written
 * reason. The reason is shown in the output next to the value it replaced.
 */
export const overridesSchema = z
  .strictObject({
    dpc: z.strictObject({ value: z.int().min(1).max(4), reason }).optional(),
    ei: z
      .strictObject({
        value: z.union([z.literal(0.25), z.literal(0.5), z.literal(0.75), z.literal(1)]),
        reason,
      })
      .optional(),
    confidentiality: z.strictObject({ value: cbValue, reason }).optional(),
    integrity: z.strictObject({ value: cbValue, reason }).optional(),
    availability: z.strictObject({ value: cbValue, reason }).optional(),
    maliciousIntent: z.strictObject({ value: z.union([z.literal(0), z.literal(0.5)]), reason }).optional(),
  })
  .describe('Expert overrides of single ENISA criteria, each with a written reason.');

export type Overrides = z.output<typeof overridesSchema>;
export const criteria = [
  'dpc',
  'ei',
  'confidentiality',
  'integrity',
  'availability',
  'maliciousIntent',
] as const;
export type Criterion = (typeof criteria)[number];

export interface AppliedOverride {
  criterion: Criterion;
  derivedValue: number;
  value: number;
  reason: string;
}

const overrideText = (derived: number, value: number, why: string): Localized => ({
  nl: `Aangepast door een deskundige: ${derived} werd ${value}. Reden: ${why}`,
  en: `Set by an expert: ${derived} became ${value}. Reason: ${why}`,
});

/** Replaces the overridden criteria in a derived severity, keeping the derived value on record. */
export function applyOverrides(
  parts: Pick<Severity, 'dpc' | 'ei' | 'cb'>,
  overrides: Overrides | undefined,
): { parts: Pick<Severity, 'dpc' | 'ei' | 'cb'>; applied: AppliedOverride[] } {
  if (!overrides) return { parts, applied: [] };
  const applied: AppliedOverride[] = [];
  let { dpc, ei } = parts;
  const cb = { ...parts.cb };
  if (overrides.dpc) {
    applied.push({ criterion: 'dpc', derivedValue: dpc.value, ...overrides.dpc });
    dpc = {
      ...dpc,
      value: overrides.dpc.value,
      adjustments: [
        ...dpc.adjustments,
        {
          delta: overrides.dpc.value - dpc.value,
          reason: overrideText(dpc.value, overrides.dpc.value, overrides.dpc.reason),
        },
      ],
    };
  }
  if (overrides.ei) {
    applied.push({ criterion: 'ei', derivedValue: ei.value, ...overrides.ei });
    ei = {
      value: overrides.ei.value,
      reason: overrideText(ei.value, overrides.ei.value, overrides.ei.reason),
    };
  }
  for (const key of ['confidentiality', 'integrity', 'availability', 'maliciousIntent'] as const) {
    const o = overrides[key];
    if (!o) continue;
    const derived: CbElement = cb[key];
    applied.push({ criterion: key, derivedValue: derived.value, ...o });
    cb[key] = { value: o.value, reason: overrideText(derived.value, o.value, o.reason) };
  }
  cb.total = cb.confidentiality.value + cb.integrity.value + cb.availability.value + cb.maliciousIntent.value;
  return { parts: { dpc, ei, cb }, applied };
}
