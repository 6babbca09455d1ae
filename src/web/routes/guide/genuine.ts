import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { checkMessageGenuine } from '../../../use-cases/check-message-genuine.ts';
import { assertSameSiteForm } from '../../guide/same-site.ts';
import { layout } from '../../layout.ts';
import { genuinePage } from '../../pages/guide/genuine-page.ts';
import { firstText } from '../../route-kernel/input.ts';
import { route } from '../../route-kernel/route.ts';
import type { GuideRouteDeps } from './context.ts';

/**
 * "Is this message genuine?" at `/echt` (and `/en/echt`; `/en/genuine` leads there). The code
 * is posted; the answer names only the breach, the organisation and the message dates. No
 * cookie is set: checking a code does not open anyone's plan.
 */
export function genuineRoutes(app: FastifyInstance, deps: GuideRouteDeps): void {
  const answers = new Map<string, Buffer>();
  const fraudContact = deps.knowledge.contacts.find((contact) => contact.id === 'fraudehelpdesk');
  const fraud = (lang: 'nl' | 'en') => ({ phone: fraudContact?.phone, hours: fraudContact?.hours?.[lang] });
  route(app, deps, {
    method: 'GET',
    path: '/echt',
    auth: 'public',
    handler: ({ page }) => genuinePage(page, fraud(page.lang)),
  });
  app.get('/en/genuine', (_request, reply) => reply.redirect('/en/echt', 301));
  route(app, deps, {
    method: 'POST',
    path: '/echt',
    auth: 'public',
    input: { body: z.object({ code: firstText() }) },
    options: deps.lookupLimit,
    handler: async ({ input: { body }, request, page }) => {
      assertSameSiteForm(request, deps.config.baseUrl);
      const input = body.code ?? '';
      if (input.trim() === '') return genuinePage(page, fraud(page.lang), undefined, true);
      const breachContext = (breachId: string) => deps.guide.breachContext({ breachId }, 'code_holder');
      const check = await checkMessageGenuine({ ...deps.useCases, breachContext }, { input });
      // Typing errors and input without a code may echo hosts from the pasted text: not shared.
      if (check.outcome === 'typo' || check.outcome === 'no_code')
        return genuinePage(page, fraud(page.lang), check);
      // The answer holds nothing personal, so it is the same for every code of the same
      // messages (or for every unknown code): render it once and send the bytes.
      const key =
        check.outcome === 'genuine'
          ? [
              page.lang,
              check.breachTitle.nl,
              check.breachTitle.en,
              check.organisationName,
              check.helplinePhone ?? '',
              String(check.inText),
              ...check.sent.map((m) => `${m.sentOn}/${m.channel}`),
            ].join('\u0000')
          : `${page.lang}\u0000unknown\u0000${String(check.inText)}`;
      let answer = answers.get(key);
      if (!answer) {
        answer = Buffer.from(layout(page, genuinePage(page, fraud(page.lang), check)).value, 'utf8');
        if (answers.size >= 1000) answers.clear();
        answers.set(key, answer);
      }
      return { kind: 'html', body: answer };
    },
  });
}
