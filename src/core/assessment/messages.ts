import { localizedTables } from '../i18n/catalogue.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };

/** The assessment's names of levels, exceptions, incidents and kinds of data, in both languages. */
export const messages = localizedTables(nl, en);
