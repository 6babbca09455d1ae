import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../errors/catalogue.ts';
import { renderSimplePdf } from '../../../pdf/guide/simple-pdf.ts';
import { listPublicBreaches } from '../../../use-cases/list-public-breaches.ts';
import type { BreachGuideContext } from '../../../use-cases/get-personal-guide.ts';
import { guideDocument } from '../../guide/guide-documents.ts';
import type { PageContext } from '../../page.ts';
import { chooseBreachPage, chooseDataPage, unsureValue } from '../../pages/guide/choose-pages.ts';
import { guidePage } from '../../pages/guide/personal-page.ts';
import { firstText, textList } from '../../route-kernel/input.ts';
import { route } from '../../route-kernel/route.ts';
import type { GuideRouteDeps } from './context.ts';
import { planExtraLinks, planExtraRoutes } from './plan-extras.ts';

/** The query that names a choice: the breach's address and the data ticked. */
const choiceFields = z.object({ datalek: firstText(), data: textList() });
type ChoiceFields = z.output<typeof choiceFields>;

/** The query of the page: the choice, the search of step 1, the step sent, and the plan's options. */
const pageQuery = choiceFields.extend({
  zoek: firstText(),
  stap: firstText(),
  alles: firstText(),
  vraag: firstText(),
});

/** The answers of the two steps, checked against the breach's own list of data. */
interface Choice {
  context: BreachGuideContext;
  data: string[];
}

async function publicContext(deps: GuideRouteDeps, slug: string): Promise<BreachGuideContext | undefined> {
  if (slug.length === 0 || slug.length > 100) return undefined;
  try {
    return await deps.guide.breachContext({ slug }, 'public');
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return undefined;
    throw error;
  }
}

/** The data ticked for the breach: its own kinds of data or "I don't know"; anything else is refused. */
function validData(context: BreachGuideContext, data: string[]): boolean {
  const allowed = new Set([...context.breach.dataCategories, unsureValue]);
  return data.length > 0 && data.every((id) => allowed.has(id));
}

function choiceQuery(choice: Choice): [string, string][] {
  return [
    ['datalek', choice.context.breach.slug],
    ...choice.data.map((id): [string, string] => ['data', id]),
  ];
}

/**
 * Way in without a code, in two steps on GET (works without JavaScript, can be bookmarked):
 * pick the breach in the public register, tick the data you know were involved (or "I don't
 * know", which gives the breach's whole list as possibly affected), then the same guide.
 */
export function withoutCodeRoutes(app: FastifyInstance, deps: GuideRouteDeps): void {
  async function readChoice(fields: ChoiceFields): Promise<Choice | undefined> {
    const context = await publicContext(deps, fields.datalek ?? '');
    const data = fields.data;
    return context && validData(context, data) ? { context, data } : undefined;
  }

  const viewOf = (choice: Choice, page: PageContext) =>
    deps.guide.forChoice(
      choice.context,
      { dataIds: choice.data.filter((id) => id !== unsureValue), unsure: choice.data.includes(unsureValue) },
      page.lang,
    );

  const get = { method: 'GET', auth: 'public' } as const;
  route(app, deps, {
    ...get,
    path: '/zonder-code',
    input: { query: pageQuery },
    handler: async ({ input: { query }, page }) => {
      const slug = query.datalek;
      if (slug === undefined) {
        const search = (query.zoek ?? '').slice(0, 200);
        const result = await listPublicBreaches(deps.useCases, { query: search || undefined, pageSize: 50 });
        return chooseBreachPage(page, {
          query: search,
          breaches: result.items,
          total: result.total,
          error: query.stap === '1',
        });
      }
      const context = await publicContext(deps, slug);
      if (!context) {
        const result = await listPublicBreaches(deps.useCases, { pageSize: 50 });
        return {
          ...chooseBreachPage(page, { query: '', breaches: result.items, total: result.total, error: true }),
        };
      }
      const data = query.data;
      if (!validData(context, data)) {
        const submitted = query.stap === '2' || data.length > 0;
        return chooseDataPage(page, deps.knowledge, context.breach, { data, error: submitted });
      }
      const choice = { context, data };
      const hidden = choiceQuery(choice);
      const params = new URLSearchParams(hidden).toString();
      const view = viewOf(choice, page);
      return guidePage(page, view, deps.knowledge, {
        full: query.alles === '1',
        links: {
          ...planExtraLinks(page, view, '/zonder-code', hidden),
          pdf: `${page.href('/zonder-code/pdf')}?${params}`,
          letters: `${page.href('/brieven')}?${params}`,
          change: `${page.href('/zonder-code')}?datalek=${encodeURIComponent(context.breach.slug)}`,
        },
        query: query.vraag,
        search: { action: page.href('/zonder-code'), hidden },
        checklistScript: deps.assets.checklistScript,
      });
    },
  });

  planExtraRoutes(app, deps, '/zonder-code', async (request, page) => {
    const choice = await readChoice(choiceFields.parse(request.query));
    return choice ? { view: viewOf(choice, page), base: choiceQuery(choice) } : undefined;
  });

  route(app, deps, {
    ...get,
    path: '/zonder-code/pdf',
    input: { query: choiceFields },
    handler: async ({ input, page }) => {
      const choice = await readChoice(input.query);
      if (!choice) throw new AppError('not_found');
      const now = deps.clock();
      return {
        kind: 'download',
        contentType: 'application/pdf',
        fileName: `${page.lang === 'nl' ? 'plan' : 'plan'}-${choice.context.breach.slug}.pdf`,
        body: await renderSimplePdf(guideDocument(page, viewOf(choice, page), deps.knowledge, now)),
      };
    },
  });
}
