import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { FieldError } from '../errors/catalogue.ts';
import { CliUsageError, type CliIo } from './io.ts';

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads JSON from `file`, or from standard input when `file` is missing or "-". Bad JSON is a usage error. */
export async function readJsonInput(file: string | undefined, io: CliIo): Promise<unknown> {
  let text: string;
  const name = !file || file === '-' ? 'standard input' : file;
  if (!file || file === '-') text = await readAll(io.stdin);
  else {
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new CliUsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`);
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliUsageError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
}

/** A usage error that lists every wrong field with its path and what is expected. */
export function invalidInputError(what: string, errors: readonly FieldError[]): CliUsageError {
  const lines = errors.map((e) => `  - ${e.path}: ${e.message.en}`);
  return new CliUsageError(`The ${what} is not valid (${errors.length} field(s)):\n${lines.join('\n')}`);
}
