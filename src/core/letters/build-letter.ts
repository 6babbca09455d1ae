import { codeEntryUrl, codeUrl } from '../codes/code-url.ts';
import { returnAddressOf } from './return-address.ts';
import { formatCode } from '../codes/normalize-code.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Timing } from '../knowledge/schema.ts';
import type { Plan } from '../plan/types.ts';
import { checkCompleteness } from './completeness.ts';
import { compileTemplate, type PlaceholderValues, type Template } from './placeholders.ts';
import type {
  Letter,
  LetterBlock,
  LetterContext,
  LetterRecipient,
  LetterSection,
  LetterVariant,
  VariantTexts,
} from './types.ts';
import * as w from './wording.ts';

type CompiledTexts = { [K in Exclude<keyof VariantTexts, 'moreInformation'>]: Template } & {
  moreInformation: Template | undefined;
};

/**
 * Risks named in a letter: the plan ranks them, and a letter that names the main ones is read;
 * the personal page shows every risk.
 */
export const lettersRiskLimit = 3;

function letterSteps(when: Timing, steps: readonly string[]): string[] {
  if (when === 'now') return [...steps];
  return when === 'this_week' ? steps.slice(0, 1) : [];
}

/** A variant parsed once for a whole mailing: build many letters from it with `buildLetter`. */
export interface CompiledVariant {
  variant: LetterVariant;
  context: LetterContext;
  langs: readonly Lang[];
  texts: Partial<Record<Lang, CompiledTexts>>;
  dates: Record<Lang, string>;
}

const dateLocales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Letter date must be YYYY-MM-DD, got ${iso}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(dateLocales[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * Checks and compiles a variant for the given languages. Throws when the completeness check
 * does not pass: a letter that misses a required item can never be built.
 */
export function compileVariant(
  variant: LetterVariant,
  context: LetterContext,
  langs: readonly Lang[],
): CompiledVariant {
  const report = checkCompleteness(variant, context.organisation, langs);
  if (!report.ready) {
    const items = [...report.missing.map((m) => m.item), ...report.placeholders.map((p) => `{${p.detail}}`)];
    throw new Error(`Variant ${variant.id} is not complete: ${items.join(', ')}`);
  }
  const texts: Partial<Record<Lang, CompiledTexts>> = {};
  for (const lang of langs) {
    const t = variant.texts[lang] as VariantTexts;
    texts[lang] = {
      subject: compileTemplate(t.subject, lang),
      whatHappened: compileTemplate(t.whatHappened, lang),
      consequences: compileTemplate(t.consequences, lang),
      measures: compileTemplate(t.measures, lang),
      whatYouCanDo: compileTemplate(t.whatYouCanDo, lang),
      moreInformation: t.moreInformation?.trim() ? compileTemplate(t.moreInformation, lang) : undefined,
    };
  }
  return {
    variant,
    context,
    langs,
    texts,
    dates: { nl: formatDate(context.date, 'nl'), en: formatDate(context.date, 'en') },
  };
}

/** Paragraphs of an organisation's text: blank lines separate them. */
function paragraphs(text: string): LetterBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .map((p) => ({ kind: 'paragraph', text: p }));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
}

/**
 * One person's letter as data: the variant's texts filled in, the person's own data worded by
 * certainty, the advice of their plan (`buildPlan` for the same data, certainty and language),
 * the helpline, how to recognise a genuine message, and the personal code with its address.
 * Pure and deterministic: same input, same letter. Throws when the plan is for other data, another
 * certainty or another language than the letter, so advice can never go to the wrong person.
 */
export function buildLetter(compiled: CompiledVariant, recipient: LetterRecipient, plan: Plan): Letter {
  const { variant, context } = compiled;
  const lang = recipient.lang;
  const texts = compiled.texts[lang];
  if (!texts) throw new Error(`Variant ${variant.id} was not compiled for language ${lang}`);
  const org = context.organisation;
  const certainty = recipient.certainty ?? variant.certainty;
  const categories =
    recipient.categories && recipient.categories.length > 0 ? recipient.categories : variant.categories;
  if (
    plan.lang !== lang ||
    plan.certainty !== certainty ||
    !sameSet(
      plan.categories.map((c) => c.id),
      categories,
    )
  ) {
    throw new Error(
      `The plan does not match row ${recipient.row}: build it for the same data, certainty and language`,
    );
  }
  const contact = org.contact;
  const values: PlaceholderValues = {
    name: recipient.name,
    organisationName: org.name,
    breachTitle: context.breachTitle[lang],
    helplinePhone: org.helpline?.phone ?? contact.phone ?? '',
    helplineHours: org.helpline?.hours?.[lang] ?? '',
    contactName: contact.name,
    contactPhone: contact.phone ?? '',
    contactEmail: contact.email ?? '',
    website: org.website ?? '',
    letterDate: compiled.dates[lang],
  };

  const dataItems = plan.categories.map((c) => ({ text: c.name }));

  const meaning: LetterBlock[] = paragraphs(texts.consequences(values));
  if (plan.risks.length > 0) {
    meaning.push({ kind: 'paragraph', text: w.risksIntro[lang] });
    meaning.push({
      kind: 'list',
      items: plan.risks.slice(0, lettersRiskLimit).map((r) => ({ text: r.name, details: [r.why] })),
    });
    if (plan.risks.length > lettersRiskLimit)
      meaning.push({ kind: 'paragraph', text: w.moreRisksLine[lang] });
  }

  // A letter stays short enough for one sheet printed on both sides: every step of what to do
  // now, the first step of what to do this week, and only the titles of what to stay alert
  // for in the months ahead. The personal page explains every step.
  const selfHelp: LetterBlock[] = paragraphs(texts.whatYouCanDo(values));
  for (const group of plan.actionGroups) {
    selfHelp.push({ kind: 'subheading', text: group.heading });
    selfHelp.push({
      kind: 'list',
      items: group.actions.map((a) => ({
        text: a.title,
        details: letterSteps(group.when, a.steps),
      })),
    });
  }
  selfHelp.push({ kind: 'paragraph', text: w.allStepsLine[lang] });
  selfHelp.push({ kind: 'subheading', text: w.genuineHeading[lang] });
  selfHelp.push({ kind: 'paragraph', text: w.genuineIntro(lang, org.name, org.channels?.[lang]) });
  selfHelp.push({
    kind: 'list',
    items: [...w.neverAsks, ...(org.neverAsks ?? [])].map((n) => ({ text: n[lang] })),
  });
  selfHelp.push({
    kind: 'paragraph',
    text: w.doubtLine(lang, org.helpline?.phone ?? contact.phone, org.website),
  });

  const more: LetterBlock[] = [];
  if (org.helpline)
    more.push({
      kind: 'paragraph',
      text: w.helplineLine(lang, org.helpline.phone, org.helpline.hours?.[lang]),
    });
  const ways = [contact.phone, contact.email, contact.website]
    .filter((x): x is string => !!x?.trim())
    .join(', ');
  more.push({ kind: 'paragraph', text: w.contactPointLine(lang, contact.name, ways) });
  if (texts.moreInformation) more.push(...paragraphs(texts.moreInformation(values)));
  // On paper, the organisations someone can phone; the rest need a website anyway, and the
  // personal page lists them all.
  const phoneable = plan.contacts.filter((c) => c.phone);
  if (phoneable.length > 0) {
    more.push({ kind: 'paragraph', text: w.contactsIntro[lang] });
    more.push({
      kind: 'list',
      items: phoneable.map((c) => ({
        text: [c.name, c.phone, c.website].filter(Boolean).join(', '),
        details: [c.purpose],
      })),
    });
  }
  if (phoneable.length < plan.contacts.length)
    more.push({ kind: 'paragraph', text: w.moreContactsLine[lang] });

  const sections: LetterSection[] = [
    {
      id: 'what_happened',
      heading: w.sectionHeadings.what_happened[lang],
      blocks: paragraphs(texts.whatHappened(values)),
    },
    {
      id: 'your_data',
      heading: w.sectionHeadings.your_data[lang],
      blocks: [
        { kind: 'paragraph', text: w.dataIntro[certainty][lang] },
        { kind: 'list', items: dataItems },
      ],
    },
    { id: 'what_it_means', heading: w.sectionHeadings.what_it_means[lang], blocks: meaning },
    {
      id: 'what_we_do',
      heading: w.sectionHeadings.what_we_do[lang],
      blocks: paragraphs(texts.measures(values)),
    },
    { id: 'what_you_can_do', heading: w.sectionHeadings.what_you_can_do[lang], blocks: selfHelp },
    { id: 'more_information', heading: w.sectionHeadings.more_information[lang], blocks: more },
  ];

  const entryUrl = codeEntryUrl(context.baseUrl);
  const preferred = recipient.salutation?.trim();
  const salutation = preferred
    ? /[,:!]$/.test(preferred)
      ? preferred
      : `${preferred},`
    : recipient.name.trim()
      ? w.namedSalutation(lang, recipient.name.trim())
      : w.neutralSalutation[lang];

  return {
    lang,
    breachId: context.breachId,
    variantId: variant.id,
    row: recipient.row,
    round: context.round,
    certainty,
    categories: [...categories],
    title: texts.subject(values),
    sender: {
      name: org.name,
      returnAddress: returnAddressOf(org.name, org.addressLines),
      addressLines: org.addressLines,
    },
    recipient: { name: recipient.name, addressLines: recipient.addressLines },
    meta: [
      { label: w.metaLabels.date[lang], value: compiled.dates[lang] },
      {
        label: w.metaLabels.reference[lang],
        value: `${context.referencePrefix}-${context.round}-${recipient.row}`,
      },
    ],
    salutation,
    sections,
    closing: w.closing[lang],
    signature: { name: org.signatory.name, role: org.signatory.role?.[lang], organisation: org.name },
    code: {
      value: recipient.code,
      display: formatCode(recipient.code),
      url: codeUrl(context.baseUrl, recipient.code),
      entryUrl,
      label: w.codeLabel[lang],
      instructions: w.codeInstructions(lang, entryUrl.replace(/^https?:\/\//, '')),
      emailInstructions: w.codeEmailInstructions(lang, entryUrl.replace(/^https?:\/\//, '')),
    },
    footer: w.pageLabels[lang],
  };
}
