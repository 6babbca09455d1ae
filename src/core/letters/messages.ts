import { localizedTables } from '../i18n/catalogue.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };

/** The fixed words of a victim letter and the names of its placeholders, in both languages. */
export const messages = localizedTables(nl, en);
