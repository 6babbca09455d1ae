import { localizedTables } from '../core/i18n/catalogue.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };

/** Field error texts that several schemas share, in both languages. */
export const messages = localizedTables(nl, en);
