import { z } from 'zod';

// Letters from the workspace: where uploads and outputs live, how big and for how long.

export const lettersSchema = {
  /** Private folder for uploaded recipients files and letter outputs. */
  LETTERS_DIR: z.string().min(1, 'expected a folder path').default('data/letters'),
  LETTERS_UPLOAD_LIMIT_MB: z.coerce
    .number({ error: 'expected a whole number of megabytes, at least 1' })
    .int('expected a whole number of megabytes, at least 1')
    .min(1, 'expected a whole number of megabytes, at least 1')
    .default(1024),
  LETTERS_OUTPUT_DAYS: z.coerce
    .number({ error: 'expected a whole number of days from 1 to 90' })
    .int('expected a whole number of days from 1 to 90')
    .min(1, 'expected a whole number of days from 1 to 90')
    .max(90, 'expected a whole number of days from 1 to 90')
    .default(7),
  LETTERS_UPLOAD_HOURS: z.coerce
    .number({ error: 'expected a whole number of hours from 1 to 72' })
    .int('expected a whole number of hours from 1 to 72')
    .min(1, 'expected a whole number of hours from 1 to 72')
    .max(72, 'expected a whole number of hours from 1 to 72')
    .default(4),
};
