import { fieldTexts, zodMessage } from '../../../errors/field-messages.ts';
import { z } from 'zod';
import type { Knowledge } from '../../../core/knowledge/index.ts';
import { entityId } from '../../../use-cases/breach-fields.ts';

/** `{breachId}` in a path. */
export const breachIdParams = z.strictObject({
  breachId: entityId.meta({ description: 'The id of a breach.' }),
});

/** `{organisationId}` in a path. */
export const organisationIdParams = z.strictObject({
  organisationId: entityId.meta({
    description: 'The id of an organisation (shown when a token is created).',
  }),
});

/** The optimistic-concurrency field of write bodies; `If-Match` may carry it instead. */
export const versionField = z
  .number()
  .int()
  .min(1)
  .optional()
  .meta({ description: 'The version you edited (from the breach or its ETag). Or send If-Match.' });

/**
 * The kinds of data as an enum of the knowledge base's category ids, so the OpenAPI document
 * lists every allowed value.
 */
export function dataCategoriesField(knowledge: Knowledge) {
  const ids = knowledge.categories.map((c) => c.id);
  const [first = 'other', ...rest] = ids;
  return z
    .array(z.enum([first, ...rest], { error: zodMessage(fieldTexts.unknownKind) }))
    .max(60)
    .refine((list) => new Set(list).size === list.length, zodMessage(fieldTexts.kindOnce));
}
