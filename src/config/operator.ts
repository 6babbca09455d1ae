import { z } from 'zod';
import { ConfigError } from './config-error.ts';
import type { Config } from './config-shape.ts';

// Operator: whose service this is (GDPR Art. 13). Read from OPERATOR_*, made up for demo and
// development runs, required in production.

const operatorText = (what: string) =>
  z.string().trim().min(2, `expected ${what}`).max(300, `expected ${what} (at most 300 characters)`);
export const operatorSchema = {
  /** The organisation that runs this installation and is controller for its visitors' data. */
  OPERATOR_NAME: operatorText('the name of the organisation that runs this site').optional(),
  OPERATOR_ADDRESS: operatorText(
    'its postal address on one line, such as "Postbus 1, 1000 AA Amsterdam"',
  ).optional(),
  /** Where visitors reach the operator: an e-mail address or a web address. */
  OPERATOR_CONTACT: operatorText('an e-mail address or web address for questions about the site').optional(),
  /** The privacy contact or data protection officer (e-mail address). */
  OPERATOR_PRIVACY_CONTACT: z
    .email({ error: 'expected the e-mail address of the privacy contact or data protection officer' })
    .optional(),
};

/** The operator named in the header, footer and privacy statement. */
export interface Operator {
  name: string;
  address: string;
  contact: string;
  privacyContact: string;
  /** True for the made-up operator of demo and development runs: pages say it is not a real service. */
  demo: boolean;
}

/** Demo and development runs name a made-up operator, clearly marked, so no page is anonymous. */
export const demoOperator: Operator = {
  name: 'Datalekwijzer demo',
  address: 'Demo installation, no postal address',
  contact: 'demo@datalekwijzer.test',
  privacyContact: 'privacy@datalekwijzer.test',
  demo: true,
};

const operatorVariables = [
  'OPERATOR_NAME',
  'OPERATOR_ADDRESS',
  'OPERATOR_CONTACT',
  'OPERATOR_PRIVACY_CONTACT',
] as const;

/**
 * A production service must say whose it is (GDPR Art. 13: identity and contact details of the
 * controller and of the privacy contact). `serve` calls this before it listens.
 * @throws ConfigError naming each missing variable
 */
export function assertOperatorConfigured(config: Config): void {
  if (config.mode !== 'production' || config.operator) return;
  throw new ConfigError(
    operatorVariables.map(
      (name) =>
        `${name}: required in production, so the site says who runs it and whom to ask about privacy (GDPR Art. 13); see docs/configuration.md`,
    ),
  );
}

/** All four OPERATOR_* variables or none: half an operator is a mistake worth stopping for. */
export function operatorOf(
  values: Partial<Record<(typeof operatorVariables)[number], string>>,
  mode: Config['mode'],
): Operator | undefined {
  const given = operatorVariables.filter((name) => values[name] !== undefined);
  if (given.length === 0) return mode === 'production' ? undefined : demoOperator;
  const missing = operatorVariables.filter((name) => values[name] === undefined);
  if (missing.length > 0)
    throw new ConfigError(missing.map((name) => `${name}: required when ${given.join(', ')} is set`));
  return {
    name: values.OPERATOR_NAME ?? '',
    address: values.OPERATOR_ADDRESS ?? '',
    contact: values.OPERATOR_CONTACT ?? '',
    privacyContact: values.OPERATOR_PRIVACY_CONTACT ?? '',
    demo: false,
  };
}
