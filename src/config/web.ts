import { z } from 'zod';

// Web server: where it listens, how it presents itself and whom it trusts in front of it.

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/** TRUST_PROXY: `false` (default), `true`, a hop count, or a comma-separated list of addresses. */
export type TrustProxy = boolean | number | string[];

export const webSchema = {
  PORT: z.coerce
    .number({ error: 'expected a whole number from 0 to 65535' })
    .int('expected a whole number from 0 to 65535')
    .min(0, 'expected a whole number from 0 to 65535')
    .max(65535, 'expected a whole number from 0 to 65535')
    .default(3000),
  HOST: z
    .string()
    .min(1, 'expected a host name or IP address, such as 127.0.0.1 or 0.0.0.0')
    .default('127.0.0.1'),
  BASE_URL: z
    .url({
      protocol: /^https?$/,
      error: 'expected an absolute http(s) URL, such as https://datalekwijzer.nl',
    })
    .optional(),
  THEME: z.string().min(1, 'expected the path of a tokens CSS file').optional(),
  SOURCE_URL: z
    .url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL of the source code repository' })
    .optional(),
  API_CONTACT_EMAIL: z
    .email({ error: 'expected the e-mail address of the team that answers questions about the API' })
    .optional(),
  LOG_LEVEL: z.enum(logLevels, { error: `expected one of ${logLevels.join(', ')}` }).default('info'),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, context): TrustProxy => {
      const text = (value ?? '').trim();
      if (text === '' || text === 'false') return false;
      if (text === 'true') return true;
      if (/^\d+$/.test(text)) return Number(text);
      const list = text.split(',').map((part) => part.trim());
      if (list.every((part) => /^[0-9a-fA-F.:/]+$/.test(part))) return list;
      context.addIssue({
        code: 'custom',
        message: 'expected true, false, a number of proxy hops, or a comma-separated list of IP addresses',
      });
      return z.NEVER;
    }),
};
