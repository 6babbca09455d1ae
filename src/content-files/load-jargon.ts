import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { languages } from '../core/i18n/lang.ts';
import type { JargonEntry } from '../core/readability/types.ts';

/** Where the project's own jargon list lives. */
export const defaultJargonPath = fileURLToPath(
  new URL('../../content/plain-language/jargon.yaml', import.meta.url),
);

const text = z.string().trim().min(1, 'a non-empty text');

const entrySchema = z
  .object({
    term: text,
    lang: z.enum(languages),
    plain: z.union([text, z.array(text).min(1, 'at least one plain alternative')]),
    forms: z.array(text).optional(),
    exact: z.boolean().optional(),
    note: text.optional(),
    severity: z.enum(['warning', 'hint']).optional(),
  })
  .strict();

const fileSchema = z.object({ entries: z.array(entrySchema) }).strict();

/** A jargon file that does not match its schema; the message names file, path and expectation. */
export class JargonFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(`${file}: ${problems.map((p) => `${p.path || '(root)'}: ${p.message}`).join('; ')}`);
    this.name = 'JargonFileError';
  }
}

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * Parses and validates the text of a jargon file. `file` is only used in error messages.
 * @example parseJargon(await readFile(p, 'utf8'), p)
 */
export function parseJargon(source: string, file: string): JargonEntry[] {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    throw new JargonFileError(file, [
      { path: '', message: `valid YAML expected (${(error as Error).message})` },
    ]);
  }
  const result = fileSchema.safeParse(data);
  if (!result.success) {
    throw new JargonFileError(
      file,
      result.error.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message })),
    );
  }
  const seen = new Map<string, number>();
  const problems: { path: string; message: string }[] = [];
  const entries = result.data.entries.map((entry, index) => {
    const key = `${entry.lang}:${entry.term.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({
        path: `entries[${index}].term`,
        message: `a term not already listed (see entries[${first}])`,
      });
    else seen.set(key, index);
    const { plain, ...rest } = entry;
    return { ...rest, plain: typeof plain === 'string' ? [plain] : plain };
  });
  if (problems.length) throw new JargonFileError(file, problems);
  return entries;
}

/** Reads and validates a jargon file (the project's own list by default). */
export async function loadJargon(file: string = defaultJargonPath): Promise<JargonEntry[]> {
  return parseJargon(await readFile(file, 'utf8'), file);
}
