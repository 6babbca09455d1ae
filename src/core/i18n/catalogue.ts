import type { Localized } from './lang.ts';

/**
 * The core's fixed labels live in per-language JSON catalogues next to the code that uses them
 * (`messages.nl.json`, `messages.en.json`), imported as data so the core stays free of I/O. The
 * values are read as they are, not formatted: a label with a `{name}` keeps its own filling.
 */
type Texts = { readonly [key: string]: string };

/**
 * Pairs one table of the Dutch catalogue with the same table of the English one. A key the
 * English table lacks fails the type check; a key only one language has throws when the module
 * loads, so any test that imports it fails.
 * @example localizedTable({ informed: 'geïnformeerd' }, { informed: 'informed' }).informed.en // 'informed'
 */
export function localizedTable<T extends Texts>(
  nl: T,
  en: { readonly [K in keyof T]: string },
): { [K in keyof T]: Localized } {
  const extra = Object.keys(en).filter((key) => !Object.hasOwn(nl, key));
  if (extra.length > 0) throw new Error(`Only in the English catalogue: ${extra.join(', ')}`);
  const table: Record<string, Localized> = {};
  for (const key of Object.keys(nl)) {
    const english = (en as Texts)[key];
    if (typeof english !== 'string') throw new Error(`Missing in the English catalogue: ${key}`);
    table[key] = { nl: nl[key] as string, en: english };
  }
  return table as { [K in keyof T]: Localized };
}

type Catalogue = { readonly [table: string]: Texts };

/**
 * Pairs every table of a Dutch catalogue with the English one; an area's `messages.ts` does this
 * once, and its modules take their tables from the result.
 * @example export const messages = localizedTables(nl, en); // messages.statusNames.informed.en
 */
export function localizedTables<C extends Catalogue>(
  nl: C,
  en: { readonly [T in keyof C]: { readonly [K in keyof C[T]]: string } },
): { [T in keyof C]: { [K in keyof C[T]]: Localized } } {
  const extra = Object.keys(en).filter((table) => !Object.hasOwn(nl, table));
  if (extra.length > 0) throw new Error(`Tables only in the English catalogue: ${extra.join(', ')}`);
  const tables: Record<string, Record<string, Localized>> = {};
  for (const table of Object.keys(nl)) tables[table] = localizedTable(nl[table] as Texts, en[table] as Texts);
  return tables as { [T in keyof C]: { [K in keyof C[T]]: Localized } };
}
