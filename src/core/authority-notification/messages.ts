import { localizedTables } from '../i18n/catalogue.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };

/** The notification's headings, names and likely consequences, in both languages. */
export const messages = localizedTables(nl, en);
