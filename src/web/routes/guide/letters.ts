import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../errors/catalogue.ts';
import {
  buildVictimLetter,
  victimLetterKinds,
  victimLetterText,
} from '../../../core/victim-letters/index.ts';
import { renderSimplePdf } from '../../../pdf/guide/simple-pdf.ts';
import type { BreachGuideContext } from '../../../use-cases/get-personal-guide.ts';
import { codeHashOf } from '../../guide/code-cookie.ts';
import { letterDocument } from '../../guide/guide-documents.ts';
import { assertSameSiteForm } from '../../guide/same-site.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import { unsureValue } from '../../pages/guide/choose-pages.ts';
import {
  lettersPage,
  letterFields,
  type LetterField,
  type LetterFormState,
} from '../../pages/guide/letters-page.ts';
import { firstText, textList } from '../../route-kernel/input.ts';
import { publicPage, route } from '../../route-kernel/route.ts';
import type { GuideRouteDeps } from './context.ts';

const optionalText = (max: number, message: MessageKey) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => (value ? value : undefined));

/** The letter form. Messages are message ids, translated when the form is shown again. */
export const letterFormSchema = z.object({
  soort: z.enum(victimLetterKinds, { error: 'guide.letters.error.kind' }),
  taal: z.enum(['nl', 'en'], { error: 'guide.letters.error.lang' }),
  naam: z
    .string({ error: 'guide.letters.error.name' })
    .trim()
    .min(1, 'guide.letters.error.name')
    .max(200, 'guide.letters.error.tooLong'),
  straat: z
    .string({ error: 'guide.letters.error.street' })
    .trim()
    .min(1, 'guide.letters.error.street')
    .max(200, 'guide.letters.error.tooLong'),
  postcode: z
    .string({ error: 'guide.letters.error.postcode' })
    .trim()
    .min(1, 'guide.letters.error.postcode')
    .max(20, 'guide.letters.error.tooLong'),
  plaats: z
    .string({ error: 'guide.letters.error.city' })
    .trim()
    .min(1, 'guide.letters.error.city')
    .max(100, 'guide.letters.error.tooLong'),
  email: optionalText(200, 'guide.letters.error.tooLong').pipe(
    z.email('guide.letters.error.email').optional(),
  ),
  kenmerk: optionalText(100, 'guide.letters.error.tooLong'),
  toelichting: optionalText(4000, 'guide.letters.error.tooLong'),
  bedrag: optionalText(12, 'guide.letters.error.amount').pipe(
    z
      .string()
      .regex(/^\d{1,9}$/, 'guide.letters.error.amount')
      .transform(Number)
      .optional(),
  ),
  klachtdatum: optionalText(10, 'guide.letters.error.date').pipe(
    z.iso.date('guide.letters.error.date').optional(),
  ),
  formaat: z.enum(['pdf', 'txt'], { error: 'guide.letters.error.format' }),
});

/** Which breach a letter is about, and the data ticked on the way here (hidden fields). */
const letterTarget = z.object({ datalek: firstText(), data: textList() });
type LetterTarget = z.output<typeof letterTarget>;

/** The posted form: the target, every field's first value as sent, and the button pressed. */
const letterPost = letterTarget.extend({
  ...(Object.fromEntries(letterFields.map((name) => [name, firstText()])) as Record<
    LetterField,
    ReturnType<typeof firstText>
  >),
  actie: firstText(),
});
type LetterPost = z.output<typeof letterPost>;

/** The fields as sent, shown again in the form (cut to a length any field allows). */
function formValues(body: LetterPost): LetterFormState['values'] {
  const values: LetterFormState['values'] = {};
  for (const name of letterFields) {
    const value = body[name];
    if (value !== undefined) values[name] = value.slice(0, 4000);
  }
  return values;
}

const pageBreach = (breach: BreachGuideContext['breach'], lang: 'nl' | 'en') => ({
  slug: breach.slug,
  title: breach.title[lang],
  organisationName: breach.organisationName,
  privacyContact: breach.privacyContact,
});

/**
 * Letters a victim can send (`/brieven`): GET shows the form for a breach, POST renders the
 * letter as PDF or text and sends it as a download. The body is used for that one answer:
 * it is not stored and not logged (the logger records method and path only).
 */
export function letterRoutes(app: FastifyInstance, deps: GuideRouteDeps): void {
  /** The breach, and the data the person's letter named when their code cookie is for this breach. */
  async function letterContext(
    request: FastifyRequest,
    source: LetterTarget,
  ): Promise<{ context: BreachGuideContext; dataIds: string[] }> {
    const slug = source.datalek ?? '';
    if (slug.length === 0 || slug.length > 100) throw new AppError('not_found');
    const hash = codeHashOf(request, deps.config.sessionSecret, deps.clock());
    const record = hash ? await deps.useCases.codes.findCodeRecord(hash) : undefined;
    if (record) {
      const mine = await deps.guide.breachContext({ breachId: record.breachId }, 'code_holder');
      if (mine.breach.slug === slug)
        return { context: mine, dataIds: record.certainty === 'not_affected' ? [] : record.categories };
    }
    const context = await deps.guide.breachContext({ slug }, 'public');
    const allowed = new Set(context.breach.dataCategories);
    const ticked = source.data.filter((id) => id !== unsureValue && allowed.has(id));
    return { context, dataIds: ticked };
  }

  const hiddenData = (source: LetterTarget): [string, string][] =>
    source.data.map((id): [string, string] => ['data', id]);

  publicPage(
    app,
    deps,
    '/brieven',
    { query: letterTarget.extend({ soort: firstText() }) },
    async ({ input: { query }, request, page }) => {
      const { context } = await letterContext(request, query);
      const breach = context.breach;
      return lettersPage(
        page,
        pageBreach(breach, page.lang),
        { values: { soort: query.soort }, errors: [] },
        hiddenData(query),
      );
    },
  );

  route(app, deps, {
    method: 'POST',
    path: '/brieven',
    auth: 'public',
    input: { body: letterPost },
    handler: async ({ input: { body }, request, page }) => {
      assertSameSiteForm(request, deps.config.baseUrl);
      const { context, dataIds } = await letterContext(request, body);
      const breach = context.breach;
      const parsed = letterFormSchema.safeParse(formValues(body));
      if (!parsed.success) {
        const errors: LetterFormState['errors'] = [];
        for (const issue of parsed.error.issues) {
          const name = String(issue.path[0]) as LetterField;
          if (errors.some((error) => error.field === name)) continue;
          errors.push({ field: name, message: issue.message as MessageKey });
        }
        return lettersPage(
          page,
          pageBreach(breach, page.lang),
          { values: formValues(body), errors },
          hiddenData(body),
        );
      }
      const form = parsed.data;
      const names = new Map(deps.knowledge.categories.map((c) => [c.id, c.name[form.taal]]));
      const now = deps.clock();
      const letter = buildVictimLetter({
        kind: form.soort,
        lang: form.taal,
        sender: {
          name: form.naam,
          street: form.straat,
          postcode: form.postcode,
          city: form.plaats,
          email: form.email,
          reference: form.kenmerk,
        },
        breach: {
          title: breach.title[form.taal],
          organisationName: breach.organisationName,
          knownSince: breach.dates.victimsNotifiedOn ?? breach.dates.announcedOn ?? undefined,
          dataNames: dataIds.map((id) => names.get(id) ?? id),
          privacyContact: breach.privacyContact,
        },
        date: now.toISOString().slice(0, 10),
        details: form.toelichting,
        amount: form.bedrag,
        complainedOn: form.klachtdatum,
      });
      // "Preview first": the same page with the letter shown above the filled-in form.
      if (body.actie === 'bekijken')
        return lettersPage(
          page,
          pageBreach(breach, page.lang),
          { values: formValues(body), errors: [] },
          hiddenData(body),
          letter,
        );
      const fileName = `${letter.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}.${form.formaat}`;
      if (form.formaat === 'txt')
        return {
          kind: 'download',
          contentType: 'text/plain; charset=utf-8',
          fileName,
          body: victimLetterText(letter),
        };
      return {
        kind: 'download',
        contentType: 'application/pdf',
        fileName,
        body: await renderSimplePdf(letterDocument(letter, now)),
      };
    },
  });
}
