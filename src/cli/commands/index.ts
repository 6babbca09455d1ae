import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
import { categoriesCommand } from './categories.ts';
import { planCommand } from './plan.ts';
import { assessCommand } from './assess.ts';
import { authorityNotificationCommand } from './authority-notification.ts';
import { checkTextCommand } from './check-text.ts';
import { contentCommand } from './content.ts';
import { importCommand } from './import.ts';
import { lettersCommand } from './letters.ts';
import { serveCommand } from './serve.ts';
import { dbCommand } from './db.ts';
import { usersCommand } from './users.ts';
import { tokensCommand } from './tokens.ts';

/**
 * A CLI command: a file in this folder registers itself on the program. Actions set
 * `state.exitCode` instead of calling process.exit, so that `main` stays testable.
 */
export interface CliCommand {
  register(program: Command, io: CliIo, state: { exitCode: number }): void;
}

/** Every command of the `datalekwijzer` CLI, in the order `--help` lists them. */
export const commands: CliCommand[] = [
  serveCommand,
  planCommand,
  categoriesCommand,
  checkTextCommand,
  contentCommand,
  assessCommand,
  authorityNotificationCommand,
  importCommand,
  lettersCommand,
  dbCommand,
  usersCommand,
  tokensCommand,
];
