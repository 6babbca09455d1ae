import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../errors/catalogue.ts';
import { lineAccounting, parseKamervragen } from '../../importers/kamervragen/parse-kamervragen.ts';
import type { KamervragenParseResult, KamervragenSet } from '../../importers/kamervragen/types.ts';
import { openStorage } from '../../storage/open-storage.ts';
import { storeKamervragenSets } from '../../storage/repositories/kamervragen-repository.ts';
import { CliUsageError, type CliIo } from '../io.ts';
import type { CliCommand } from './index.ts';

/**
 * `datalekwijzer import <kind> <file>`: one sub-command per kind of source. To add a kind,
 * write an `ImportKind` and add it to `importKinds`.
 */
export interface ImportKind {
  name: string;
  description: string;
  /** Adds the kind's own options to its sub-command. */
  options?(command: Command): void;
  run(file: string, flags: Record<string, unknown>, io: CliIo, state: { exitCode: number }): Promise<void>;
}

const DEFAULT_DATABASE_URL = 'sqlite:data/datalekwijzer.sqlite';
/** Larger than any export seen; protects the parser from a wrong file. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

async function readSource(file: string): Promise<string> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    throw new CliUsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`);
  }
  if (buffer.length > MAX_FILE_BYTES)
    throw new CliUsageError(`${file} is larger than 50 MB; is it the right file?`);
  return buffer.toString('utf8');
}

/** The JSON shape of one set, as documented in docs/kamervragen.md. */
function presentSet(set: KamervragenSet): object {
  return {
    title: set.title,
    submitters: set.submitters.map((s) => ({ name: s.name, party: s.party })),
    respondents: set.respondents.map((r) => ({ name: r.name, role: r.role, party: r.party })),
    questions: set.questions.map((q) => ({
      number: q.number,
      text: q.text,
      answer: q.answer,
      refersTo: q.refersTo,
      footnotes: q.footnotes,
      answerFootnotes: q.answerFootnotes,
    })),
  };
}

function reportProblems(io: CliIo, file: string, result: KamervragenParseResult): void {
  for (const u of result.unplaced) io.stderr.write(`${file}:${u.line}: not placed (${u.reason})\n`);
  for (const w of result.warnings) io.stderr.write(`${file}:${w.line}: warning: ${w.message}\n`);
  const places = lineAccounting(result);
  if (places.size !== result.lineCount) {
    // A parser fault, not a user mistake: say so loudly rather than lose lines.
    throw new Error(`Line accounting failed: ${places.size} of ${result.lineCount} lines placed.`);
  }
}

function parseOrExplain(text: string, file: string): KamervragenParseResult {
  try {
    return parseKamervragen(text);
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed') {
      const lines = error.fieldErrors.map((f) => `${file}:${f.path.replace(/^line /u, '')}: ${f.message.en}`);
      throw new CliUsageError(`${file} is not a valid Kamervragen export:\n${lines.join('\n')}`, 1);
    }
    throw error;
  }
}

const kamervragen: ImportKind = {
  name: 'kamervragen',
  description: 'Import an export of written parliamentary questions and answers (Kamervragen).',
  options(command) {
    command.option('--json', 'print the parsed sets as JSON instead of storing them');
  },
  async run(file, flags, io) {
    const result = parseOrExplain(await readSource(file), file);
    // A wrong file parses to nothing; saying "0 sets" with exit 0 lets a script carry on as if it worked.
    if (result.sets.length === 0)
      throw new CliUsageError(
        `${file} holds no Kamervragen: no set starts with a title line that ends in " |". Is it the right file?`,
        1,
      );
    reportProblems(io, file, result);
    if (flags.json) {
      io.stdout.write(`${JSON.stringify({ sets: result.sets.map(presentSet) }, null, 2)}\n`);
      return;
    }
    const url = io.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
    const storage = await openStorage({ url });
    try {
      const stored = await storeKamervragenSets(storage.db, result.sets, { now: new Date().toISOString() });
      const questions = result.sets.reduce((n, s) => n + s.questions.length, 0);
      const answered = result.sets.reduce(
        (n, s) => n + s.questions.filter((q) => q.answer !== null).length,
        0,
      );
      io.stdout.write(
        `Read ${result.sets.length} sets with ${questions} questions (${answered} answered) from ${file}.\n` +
          `Stored: ${stored.inserted} new, ${stored.updated} updated, ${stored.unchanged} unchanged.\n` +
          (result.unplaced.length || result.warnings.length
            ? `${result.unplaced.length} lines not placed and ${result.warnings.length} warnings (see above).\n`
            : ''),
      );
    } finally {
      await storage.close();
    }
  },
};

/** Every kind `import` knows, in the order `--help` lists them. */
export const importKinds: ImportKind[] = [kamervragen];

export const importCommand: CliCommand = {
  register(program, io, state) {
    const command = program.command('import').description('Import data from a file.');
    for (const kind of importKinds) {
      const sub = command
        .command(kind.name)
        .description(kind.description)
        .argument('<file>', 'the file to import');
      kind.options?.(sub);
      sub.action(async (file: string, flags: Record<string, unknown>) => {
        await kind.run(file, flags, io, state);
      });
    }
  },
};
