import { z } from 'zod';

// Victims' guide: how hard the public look-ups and searches may be used.

export const guideSchema = {
  /** Code look-ups (personal page, genuineness check, helpline) per client per minute; 0 turns the limit off. */
  CODE_LOOKUP_LIMIT: z.coerce
    .number({ error: 'expected a whole number of look-ups per minute (0 turns the limit off)' })
    .int('expected a whole number of look-ups per minute (0 turns the limit off)')
    .min(0, 'expected a whole number of look-ups per minute (0 turns the limit off)')
    .default(30),
  /** Register and kamervragen searches running at once; more get 503 with Retry-After. */
  SEARCH_CONCURRENCY: z.coerce
    .number({ error: 'expected a whole number of searches at once, at least 1' })
    .int('expected a whole number of searches at once, at least 1')
    .min(1, 'expected a whole number of searches at once, at least 1')
    .default(8),
};
