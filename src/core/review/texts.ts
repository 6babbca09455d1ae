import { localizedTables } from '../i18n/catalogue.ts';
import type { Lang, Localized } from '../i18n/lang.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };

const { sheet, sections, boxes, caseBoxes } = localizedTables(nl, en);

/** The texts of a list of tick boxes, per language, in the catalogue's order. */
function boxTexts(table: Record<string, Localized>): Record<Lang, readonly string[]> {
  const items = Object.values(table);
  return { nl: items.map((item) => item.nl), en: items.map((item) => item.en) };
}

/** The fixed words of the review sheet, in Dutch and English. */
export const sheetTexts = { ...sheet, sections, boxes: boxTexts(boxes), caseBoxes: boxTexts(caseBoxes) };

/** Fills `{name}` placeholders; unknown placeholders stay as they are. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
