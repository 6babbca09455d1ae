import { localizedTables } from '../../core/i18n/catalogue.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };

/** Why a recipient row is refused, and the names of our fields, in both languages. */
export const messages = localizedTables(nl, en);
