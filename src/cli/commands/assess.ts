import type { Command } from 'commander';
import { assessBreach } from '../../core/assessment/assess-breach.ts';
import { parseAssessmentInput } from '../../core/assessment/input-schema.ts';
import { formatAssessmentReport } from '../assessment-report.ts';
import { CliUsageError, type CliIo } from '../io.ts';
import { langFlag, langOption } from '../lang-option.ts';
import { invalidInputError, readJsonInput } from '../read-json-input.ts';
import type { CliCommand } from './index.ts';

interface AssessFlags {
  json?: boolean;
  lang: string;
  now?: string;
}

/** `datalekwijzer assess [file] [--json] [--lang nl|en] [--now <iso>]`: assess a breach from its facts. */
export const assessCommand: CliCommand = {
  register(program: Command, io: CliIo) {
    program
      .command('assess')
      .description(
        'Assess a breach from its facts (JSON, see docs/assessment.md): ENISA severity, risk, whether to notify the authority and inform people, the 72-hour deadline.',
      )
      .argument('[file]', 'JSON file with the facts, or - for standard input', '-')
      .option('--json', 'print the assessment as JSON')
      .addOption(langOption('the report'))
      .option('--now <datetime>', 'assess as if it were this moment (ISO 8601); default: the current time')
      .action(async (file: string, flags: AssessFlags) => {
        const lang = langFlag(flags.lang);
        const now = flags.now === undefined ? new Date() : new Date(flags.now);
        if (Number.isNaN(now.getTime()))
          throw new CliUsageError(
            `--now expects a date and time in ISO 8601, like 2026-07-06T09:30:00Z, not "${flags.now}".`,
          );
        const parsed = parseAssessmentInput(await readJsonInput(file, io));
        if (!parsed.ok) throw invalidInputError('incident', parsed.errors);
        const assessment = assessBreach(parsed.value, { now });
        io.stdout.write(
          flags.json ? `${JSON.stringify(assessment, null, 2)}\n` : formatAssessmentReport(assessment, lang),
        );
      });
  },
};
