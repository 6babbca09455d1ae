import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ValidationContext } from '../../../src/importers/recipients-csv/index.ts';

/** The agreed category ids plus two HIBP names, enough to check the kinds column. */
const knownKinds = new Set([
  'bsn',
  'name',
  'address',
  'date_of_birth',
  'email',
  'iban',
  'medical_test_result',
]);
const hibpNames: Record<string, string> = { 'email addresses': 'email', 'bank account numbers': 'iban' };

export function buildContext(overrides: Partial<ValidationContext> = {}): ValidationContext {
  return {
    groups: ['confirmed', 'possibly'],
    requirement: 'postal',
    resolveKind: (token) => (knownKinds.has(token) ? token : hibpNames[token.toLowerCase()]),
    ...overrides,
  };
}

export const dutchHeader = [
  'naam',
  'aanhef',
  'straat',
  'huisnummer',
  'postcode',
  'woonplaats',
  'e-mail',
  'taal',
  'groep',
  'gegevens',
];

/** One good data row in header order; override single columns by header name. */
export function buildRow(overrides: Partial<Record<string, string>> = {}): string[] {
  const row: Record<string, string> = {
    naam: 'Sam de Vries',
    aanhef: '',
    straat: 'Dorpsstraat',
    huisnummer: '12',
    postcode: '1234 AB',
    woonplaats: 'Utrecht',
    'e-mail': 'sam@example.org',
    taal: 'nl',
    groep: 'confirmed',
    gegevens: 'bsn|name',
    ...overrides,
  };
  return dutchHeader.map((h) => row[h] ?? '');
}

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes a CSV file (header plus rows) to a fresh temp folder and returns its path. */
export function writeCsv(
  rows: string[][],
  options: { delimiter?: string; eol?: string; bom?: boolean; header?: string[] } = {},
): string {
  const delimiter = options.delimiter ?? ';';
  const eol = options.eol ?? '\r\n';
  const lines = [options.header ?? dutchHeader, ...rows].map((r) =>
    r.map((v) => quote(v, delimiter)).join(delimiter),
  );
  const path = join(mkdtempSync(join(tmpdir(), 'dlw-csv-')), 'ontvangers.csv');
  writeFileSync(path, `${options.bom ? '\ufeff' : ''}${lines.join(eol)}${eol}`);
  return path;
}
