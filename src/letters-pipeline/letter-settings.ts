import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { certainties } from '../core/breaches/vocabulary.ts';
import { AppError } from '../errors/catalogue.ts';
import { zodFieldErrors } from '../errors/field-messages.ts';
import type { RecipientEncoding, recipientMappingSchema } from '../importers/recipients-csv/index.ts';

const localized = z.object({ nl: z.string().min(1), en: z.string().min(1) });

const variantTexts = z.object({
  subject: z.string(),
  whatHappened: z.string(),
  consequences: z.string(),
  measures: z.string(),
  whatYouCanDo: z.string(),
  moreInformation: z.string().optional(),
});

/**
 * The letter setup file an organisation gives with `--letters`: who sends, the variants per
 * recipient group with their own texts, and what is known about the breach. Checked with the
 * core's completeness gate before a single letter is rendered.
 */
export const letterSetupSchema = z.object({
  breachTitle: localized,
  referencePrefix: z.string().min(1).max(40),
  organisation: z.object({
    name: z.string().min(1),
    addressLines: z.array(z.string()).min(1),
    contact: z.object({
      name: z.string().min(1),
      phone: z.string().optional(),
      email: z.string().optional(),
      website: z.string().optional(),
    }),
    helpline: z.object({ phone: z.string().min(1), hours: localized.optional() }).optional(),
    website: z.string().optional(),
    channels: localized.optional(),
    neverAsks: z.array(localized).optional(),
    signatory: z.object({ name: z.string().min(1), role: localized.optional() }),
  }),
  exposure: z.object({ published: z.boolean().optional(), encrypted: z.boolean().optional() }).optional(),
  /** Sender of e-mail letters (formats eml and smtp). */
  email: z
    .object({
      from: z.string().min(3),
      replyTo: z.string().optional(),
      bounceAddress: z.string().optional(),
      /** SMTP throttle: messages started per second, over the whole job. */
      messagesPerSecond: z.number().positive().default(10),
      /**
       * Tries per message within one run while the server answers with a temporary error (4xx),
       * with backoff between them (default 4); what is still refused after that stays `retrying`
       * for `letters resend`.
       */
      maxAttempts: z.number().int().min(1).max(10).optional(),
    })
    .optional(),
  variants: z
    .array(
      z.object({
        id: z.string().min(1),
        group: z.string().min(1),
        certainty: z.enum(certainties),
        categories: z.array(z.string()),
        texts: z.object({ nl: variantTexts.optional(), en: variantTexts.optional() }),
      }),
    )
    .min(1),
});
export type LetterSetup = z.infer<typeof letterSetupSchema>;

export type LetterFormat = 'pdf' | 'eml' | 'smtp';

/** Everything a worker (thread or process) needs to render any shard of a job, stored with the job. */
export interface JobSettings {
  setup: LetterSetup;
  mapping: z.infer<typeof recipientMappingSchema>;
  delimiter: ';' | ',';
  /** Encoding of the rows; absent in jobs from before encodings were detected (UTF-8). */
  encoding?: RecipientEncoding;
  /** What was read and how its encoding was decided, for the summary and the CLI. */
  source?: { kind: 'csv' | 'xlsx'; sheet?: string; encodingReason: string };
  headers: string[];
  baseUrl: string;
  /** Letter date, fixed when the job is created so that a rerun prints the same date. */
  date: string;
  whatChanged?: { nl: string; en: string };
  /**
   * Follow-up rounds take each person's code from the file's code column (the manifest of the
   * earlier round); a row without a code there is someone new and gets a new code.
   */
  reuseCodes: boolean;
}

/** Reads and checks a letter setup file (JSON or YAML). */
export async function readLetterSetup(path: string): Promise<LetterSetup> {
  const text = await readFile(path, 'utf8');
  const raw: unknown = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  const parsed = letterSetupSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('validation_failed', {
      detail: `The letter setup ${path} is not valid.`,
      fieldErrors: zodFieldErrors(parsed.error),
    });
  }
  return parsed.data;
}

/** Reads a "what changed" file: Dutch and English parts separated by a line `---`, or JSON {nl, en}. */
export async function readWhatChanged(path: string): Promise<{ nl: string; en: string }> {
  const text = await readFile(path, 'utf8');
  if (text.trimStart().startsWith('{')) return localized.parse(JSON.parse(text));
  const [nl, en] = text.split(/^---\s*$/m).map((part) => part.trim());
  if (!nl || !en) {
    throw new AppError('validation_failed', {
      detail: `${path} needs a Dutch and an English text, separated by a line with ---.`,
    });
  }
  return { nl, en };
}
