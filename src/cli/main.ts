import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.ts';
import { CliUsageError, processIo, type CliIo } from './io.ts';

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
    throw error;
  }
  return state.exitCode;
}
