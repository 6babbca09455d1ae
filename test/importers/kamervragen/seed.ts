import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The seed export of 18 sets of Kamervragen, kept in the repository (public parliamentary
 * material, also imported by the demo seed) so tests run from any clone.
 * DLW_SEED_DIR points at another copy when needed.
 */
export const seedPath =
  process.env.DLW_SEED_DIR !== undefined
    ? `${process.env.DLW_SEED_DIR}/004_70dd3faf4e26015f.txt`
    : fileURLToPath(new URL('../../../content/sources/kamervragen-2025.txt', import.meta.url));

/** The seed export's text. */
export function readSeed(): string {
  return readFileSync(seedPath, 'utf8');
}

/**
 * A small export in the same format, for tests that shape their own input.
 * @example buildExport([{ title: 'Palantir', questions: [['Wat is dat?', 'Een bedrijf.']] }])
 */
export function buildExport(
  sets: Array<{
    title?: string;
    submitters?: string;
    respondents?: string;
    questions?: Array<[string, ...string[]]>;
  }>,
): string {
  const lines: string[] = [];
  for (const [k, set] of sets.entries()) {
    lines.push(
      `${set.title ?? `Onderwerp ${k + 1}`} |`,
      '|',
      `${set.submitters ?? 'Barbara Kathmann (PvdA)'} |`,
      '|',
    );
    lines.push(`${set.respondents ?? 'van Marum'} |`, '|', '|', '|', '|');
    for (const [question, ...answer] of set.questions ?? [['Kunt u dit toelichten?', 'Ja.']])
      lines.push(question, ...answer);
  }
  return lines.join('\n');
}
