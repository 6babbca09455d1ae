import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.ts';
import { CliUsageError, processIo, type CliIo } from './io.ts';

/** Error codes (Node and PostgreSQL) that mean the database in DATABASE_URL cannot be used. */
const databaseUnreachable = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '28P01', // wrong password
  '28000', // no such user or not allowed
  '3D000', // no such database
]);

/** The message of the first error in the cause chain that says the database cannot be reached. */
function databaseProblem(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code = (current as NodeJS.ErrnoException).code;
    if (code !== undefined && databaseUnreachable.has(code)) return current.message;
    current = current.cause;
  }
  return undefined;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const state = { exitCode: 0 };
  const program = new Command('datalekwijzer')
    .description(
      'Datalekwijzer: help for victims of large data breaches, and tools for the organisations that inform them.',
    )
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  for (const command of commands) command.register(program, io, state);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      // Help and version are not failures; a usage mistake is exit status 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    // An operator's mistake in DATABASE_URL deserves one clear line, not a stack trace. The
    // message names host, port or user at most, never the password in the URL.
    const problem = databaseProblem(error);
    if (problem !== undefined) {
      io.stderr.write(
        `Cannot use the database in DATABASE_URL: ${problem}. Check that it runs and that the address, user and password are right.\n`,
      );
      return 1;
    }
    throw error;
  }
  return state.exitCode;
}
