import type { Lang } from '../core/i18n/lang.ts';
import type { Knowledge } from '../core/knowledge/index.ts';
import {
  buildLetter,
  compileVariant,
  type CompiledVariant,
  type Letter,
  type LetterContext,
  type LetterVariant,
} from '../core/letters/index.ts';
import type { ValidRecipient } from '../importers/recipients-csv/index.ts';
import { codeForRow, jobSeed } from './job-codes.ts';
import { planCache, withWhatChanged } from './letter-advice.ts';
import type { JobSettings } from './letter-settings.ts';

/** A letter for one accepted row, with what the manifest and the code record need. */
export interface BuiltLetter {
  letter: Letter;
  code: string;
  variant: LetterVariant;
  lang: Lang;
  categories: string[];
}

/**
 * Builds letters for one job: variants compiled once, plans cached per combination of data,
 * codes derived from the job's seed. The pipeline and the benchmark's bare engine both use it,
 * so they render exactly the same letters.
 */
export function createLetterFactory(
  job: { breachId: string; round: number; settings: JobSettings },
  env: { codeSecret: string; knowledge: Knowledge },
): (recipient: ValidRecipient) => BuiltLetter {
  const { setup } = job.settings;
  const context: LetterContext = {
    breachId: job.breachId,
    breachTitle: setup.breachTitle,
    organisation: setup.organisation,
    baseUrl: job.settings.baseUrl,
    date: job.settings.date,
    round: job.round,
    referencePrefix: setup.referencePrefix,
  };
  const byGroup = new Map<string, { compiled: CompiledVariant; variant: LetterVariant }>();
  for (const variant of setup.variants) {
    const langs = (['nl', 'en'] as const).filter((l) => variant.texts[l]);
    byGroup.set(variant.group.toLowerCase(), { compiled: compileVariant(variant, context, langs), variant });
  }
  const plans = planCache(env.knowledge, setup.exposure);
  const seed = jobSeed(env.codeSecret, job.breachId, job.round);
  return (recipient) => {
    const found = byGroup.get(recipient.group.toLowerCase());
    if (!found) throw new Error(`Row ${recipient.row}: no variant for group ${recipient.group}`);
    const { compiled, variant } = found;
    const code = recipient.code ?? codeForRow(seed, recipient.row);
    const categories = recipient.kinds.length ? recipient.kinds : [...variant.categories];
    const lang = compiled.langs.includes(recipient.language)
      ? recipient.language
      : (compiled.langs[0] as Lang);
    const letter = withWhatChanged(
      buildLetter(
        compiled,
        {
          row: recipient.row,
          name: recipient.name,
          ...(recipient.salutation ? { salutation: recipient.salutation } : {}),
          addressLines: addressLines(recipient),
          ...(recipient.email ? { email: recipient.email } : {}),
          lang,
          certainty: variant.certainty,
          categories,
          code,
        },
        plans(variant.certainty, categories, lang),
      ),
      job.settings.whatChanged,
    );
    return { letter, code, variant, lang, categories };
  };
}

/** The address block: name, street, postcode and town; the country for addresses abroad. */
export function addressLines(recipient: ValidRecipient): string[] {
  const a = recipient.address;
  if (!a) return [recipient.name];
  const lines = [recipient.name, a.street, `${a.postcode}  ${a.city}`.trim()];
  if (a.country !== 'NL') lines.push(a.country.toUpperCase());
  return lines;
}
