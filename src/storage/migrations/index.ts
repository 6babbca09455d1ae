import type { Migration } from 'kysely';
import * as m0001 from './0001-accounts.ts';
import * as m0002 from './0002-breaches.ts';
import * as m0003 from './0003-breach-announced.ts';
import * as m0004 from './0004-assessments.ts';
import * as m0010 from './0010-letter-variants.ts';
import * as m0100 from './0100-kamervragen.ts';
import * as m0200 from './0200-letter-jobs.ts';
import * as m0210 from './0210-kamervragen-rejections.ts';
import * as m0220 from './0220-letter-delivery-index.ts';
import * as m0230 from './0230-letter-job-claims.ts';
import * as m0300 from './0300-letter-shard-duplicates.ts';
import * as m0310 from './0310-breach-privacy-contact.ts';
import * as m0330 from './0330-kamervragen-search-words.ts';
import * as m0331 from './0331-breach-hibp-sources.ts';
import * as m0340 from './0340-audit-no-truncate.ts';
import * as m0350 from './0350-letter-round-claims.ts';

/**
 * Every migration, in order. Names sort by their number prefix; add new ones at the end
 * and never edit one that has shipped. One set serves SQLite and PostgreSQL.
 */
export const migrations: Record<string, Migration> = {
  '0001-accounts': m0001,
  '0002-breaches': m0002,
  '0003-breach-announced': m0003,
  '0004-assessments': m0004,
  '0010-letter-variants': m0010,
  '0100-kamervragen': m0100,
  '0200-letter-jobs': m0200,
  '0210-kamervragen-rejections': m0210,
  '0220-letter-delivery-index': m0220,
  '0230-letter-job-claims': m0230,
  '0300-letter-shard-duplicates': m0300,
  '0310-breach-privacy-contact': m0310,
  '0330-kamervragen-search-words': m0330,
  '0331-breach-hibp-sources': m0331,
  '0340-audit-no-truncate': m0340,
  '0350-letter-round-claims': m0350,
};
