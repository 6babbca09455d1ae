import type { Command } from 'commander';
import { isLang, languages, type Lang } from '../../core/i18n/lang.ts';
import {
  certainties,
  resolveCategoryIds,
  resolveHibpClasses,
  type Certainty,
} from '../../core/knowledge/index.ts';
import { buildPlan } from '../../core/plan/index.ts';
import { loadKnowledgeOrExit } from '../load-knowledge-or-exit.ts';
import { CliUsageError } from '../io.ts';
import { formatPlanText } from '../plan-text.ts';
import { outputWidth } from '../text-wrap.ts';
import type { CliCommand } from './index.ts';

interface PlanOptions {
  hibpClasses?: string;
  categories?: string;
  certainty: string;
  published?: boolean;
  encrypted?: boolean;
  measure: string[];
  lang: string;
  json?: boolean;
  content?: string;
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** `datalekwijzer plan`: a personal plan for the given leaked data, as text or JSON. */
export const planCommand: CliCommand = {
  register(program: Command, io) {
    program
      .command('plan')
      .description('Print a personal plan: risks, actions in order, questions and answers.')
      .option(
        '--hibp-classes <names>',
        'Have I Been Pwned data classes, comma separated, e.g. "Email addresses,Passwords"',
      )
      .option(
        '--categories <ids>',
        'category ids, comma separated, e.g. "bsn,name,address" (see: categories)',
      )
      .option('--certainty <status>', `one of ${certainties.join(', ')}`, 'confirmed')
      .option('--published', 'the data was published or offered for sale, e.g. on the dark web')
      .option('--encrypted', 'the data was encrypted and the key is safe')
      .option(
        '--measure <text>',
        'a measure the organisation took (repeatable)',
        (v: string, all: string[]) => [...all, v],
        [],
      )
      .option('--lang <lang>', `language: ${languages.join(' or ')}`, 'nl')
      .option('--json', 'print the plan as JSON (see docs/plan-json.md)')
      .option('--content <dir>', 'folder with the knowledge base (default: the bundled content/)')
      .action((options: PlanOptions) => {
        const lang = parseLang(options.lang);
        const certainty = parseCertainty(options.certainty);
        const knowledge = loadKnowledgeOrExit(options.content);
        const hibpClasses = list(options.hibpClasses);
        const categories = list(options.categories);
        if (!hibpClasses.length && !categories.length && certainty !== 'not_affected')
          throw new CliUsageError('Give the leaked data with --hibp-classes or --categories.');
        const unknownHibp = resolveHibpClasses(knowledge, hibpClasses).unknown;
        if (unknownHibp.length)
          throw new CliUsageError(
            `Unknown HIBP data class: ${unknownHibp.join(', ')}.\nValid names: ${Object.keys(knowledge.hibpDataClasses).join(', ')}`,
          );
        const unknownIds = resolveCategoryIds(knowledge, categories).unknown;
        if (unknownIds.length)
          throw new CliUsageError(
            `Unknown category id: ${unknownIds.join(', ')}.\nValid ids: ${knowledge.categories.map((c) => c.id).join(', ')}`,
          );
        const plan = buildPlan(knowledge, {
          hibpClasses,
          categories,
          certainty,
          lang,
          exposure: {
            published: options.published ?? false,
            encrypted: options.encrypted ?? false,
            measures: options.measure.map((m) => ({ nl: m, en: m })),
          },
        });
        io.stdout.write(
          options.json
            ? `${JSON.stringify(plan, null, 2)}\n`
            : formatPlanText(plan, outputWidth(io.stdout, io.env)),
        );
      });
  },
};

function parseLang(value: string): Lang {
  if (!isLang(value)) throw new CliUsageError(`Unknown language "${value}". Valid: ${languages.join(', ')}.`);
  return value;
}

function parseCertainty(value: string): Certainty {
  const found = certainties.find((c) => c === value);
  if (!found) throw new CliUsageError(`Unknown certainty "${value}". Valid: ${certainties.join(', ')}.`);
  return found;
}
