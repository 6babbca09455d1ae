import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import type { Lang } from '../../core/i18n/lang.ts';
import { checkText, type Finding, type ReadabilityReport } from '../../core/readability/index.ts';
import { JargonFileError, loadJargon } from '../../content-files/load-jargon.ts';
import { CliUsageError, type CliIo } from '../io.ts';
import { langFlag, langOption } from '../lang-option.ts';
import type { CliCommand } from './index.ts';

interface CheckTextFlags {
  lang: string;
  json?: boolean;
  maxWarnings: string;
  strict?: boolean;
  maxSentenceWords?: string;
  jargon?: string;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function readInput(file: string, io: CliIo): Promise<string> {
  if (file === '-') return readAll(io.stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new CliUsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`);
  }
}

function wholeNumber(value: string, flag: string, min: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new CliUsageError(`${flag} expects a whole number of at least ${min}, not "${value}".`);
  return Number(value);
}

/** 1-based line and column of `offset`, as editors show them. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function excerpt(finding: Finding): string {
  const flat = finding.excerpt.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** `1 sentence`, `2 sentences`: the summary line is read by people, not only by scripts. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function printText(io: CliIo, name: string, text: string, report: ReadabilityReport, lang: Lang): void {
  for (const finding of report.findings) {
    const { line, column } = position(text, finding.start);
    io.stdout.write(
      `${name}:${line}:${column}  ${finding.severity}  ${finding.rule}  "${excerpt(finding)}"\n`,
    );
    io.stdout.write(`    ${finding.message[lang]}\n`);
  }
  const m = report.metrics;
  const score = m.readingEase.score === null ? '–' : String(m.readingEase.score);
  io.stdout.write(
    `${count(report.findings.length, 'finding')}. ${count(m.sentences, 'sentence')}, ${count(m.words, 'word')}, ` +
      `${m.averageSentenceLength} words per sentence, ${Math.round(m.longWordShare * 100)}% long words, ` +
      `${m.readingEase.formula} ${score}.\n`,
  );
}

export const checkTextCommand: CliCommand = {
  register(program: Command, io: CliIo, state: { exitCode: number }) {
    program
      .command('check-text')
      .description(
        'Check a text against the plain-language (B1) rules: sentence length, long words, jargon, passive voice.',
      )
      .argument('[file]', 'text file to check, or - for standard input', '-')
      .addOption(langOption('the text'))
      .option('--json', 'print the report as JSON')
      .option('--max-warnings <n>', 'exit with status 1 when there are more warnings than this', '0')
      .option('--strict', 'count hints (such as passive voice) as warnings')
      .option('--max-sentence-words <n>', 'longest sentence allowed, in words (default 20)')
      .option('--jargon <file>', 'jargon list to use instead of content/plain-language/jargon.yaml')
      .action(async (file: string, flags: CheckTextFlags) => {
        const lang = langFlag(flags.lang);
        const maxWarnings = wholeNumber(flags.maxWarnings, '--max-warnings', 0);
        const maxSentenceWords =
          flags.maxSentenceWords === undefined
            ? undefined
            : wholeNumber(flags.maxSentenceWords, '--max-sentence-words', 1);
        let jargon;
        try {
          jargon = await loadJargon(flags.jargon);
        } catch (error) {
          if (error instanceof JargonFileError) throw new CliUsageError(error.message);
          throw new CliUsageError(
            `Cannot read jargon list ${flags.jargon ?? ''}: ${(error as Error).message}`,
          );
        }
        const text = await readInput(file, io);
        const limits = maxSentenceWords === undefined ? {} : { maxSentenceWords };
        const report = checkText(text, { lang, jargon, limits });
        const counted = report.findings.filter((f) => flags.strict || f.severity === 'warning').length;
        const passed = counted <= maxWarnings;
        const name = file === '-' ? '<stdin>' : file;
        if (flags.json) {
          const findings = report.findings.map((f) => ({ ...f, ...position(text, f.start) }));
          io.stdout.write(`${JSON.stringify({ file: name, passed, ...report, findings }, null, 2)}\n`);
        } else {
          printText(io, name, text, report, lang);
        }
        if (!passed) state.exitCode = 1;
      });
  },
};
