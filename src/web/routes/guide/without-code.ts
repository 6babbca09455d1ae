import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../../errors/catalogue.ts';
import { renderSimplePdf } from '../../../pdf/guide/simple-pdf.ts';
import { listPublicBreaches } from '../../../use-cases/list-public-breaches.ts';
import type { BreachGuideContext } from '../../../use-cases/get-personal-guide.ts';
import { guideDocument } from '../../guide/guide-documents.ts';
import type { PageContext } from '../../page.ts';
import { chooseBreachPage, chooseDataPage, unsureValue } from '../../pages/guide/choose-pages.ts';
import { guidePage } from '../../pages/guide/personal-page.ts';
import { field, fieldList, guideRoute, type GuideRouteDeps } from './context.ts';
import { planExtraLinks, planExtraRoutes } from './plan-extras.ts';

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
  async function readChoice(request: FastifyRequest): Promise<Choice | undefined> {
    const context = await publicContext(deps, field(request.query, 'datalek') ?? '');
    const data = fieldList(request.query, 'data');
    return context && validData(context, data) ? { context, data } : undefined;
  }

  const viewOf = (choice: Choice, page: PageContext) =>
    deps.guide.forChoice(
      choice.context,
      { dataIds: choice.data.filter((id) => id !== unsureValue), unsure: choice.data.includes(unsureValue) },
      page.lang,
    );

  guideRoute(app, deps, 'GET', '/zonder-code', async (request, page) => {
    const query = request.query;
    const slug = field(query, 'datalek');
    if (slug === undefined) {
      const search = (field(query, 'zoek') ?? '').slice(0, 200);
      const result = await listPublicBreaches(deps.useCases, { query: search || undefined, pageSize: 50 });
      return chooseBreachPage(page, {
        query: search,
        breaches: result.items,
        total: result.total,
        error: field(query, 'stap') === '1',
      });
    }
    const context = await publicContext(deps, slug);
    if (!context) {
      const result = await listPublicBreaches(deps.useCases, { pageSize: 50 });
      return {
        ...chooseBreachPage(page, { query: '', breaches: result.items, total: result.total, error: true }),
      };
    }
    const data = fieldList(query, 'data');
    if (!validData(context, data)) {
      const submitted = field(query, 'stap') === '2' || data.length > 0;
      return chooseDataPage(page, deps.knowledge, context.breach, { data, error: submitted });
    }
    const choice = { context, data };
    const hidden = choiceQuery(choice);
    const params = new URLSearchParams(hidden).toString();
    const view = viewOf(choice, page);
    return guidePage(page, view, deps.knowledge, {
      full: field(query, 'alles') === '1',
      links: {
        ...planExtraLinks(page, view, '/zonder-code', hidden),
        pdf: `${page.href('/zonder-code/pdf')}?${params}`,
        letters: `${page.href('/brieven')}?${params}`,
        change: `${page.href('/zonder-code')}?datalek=${encodeURIComponent(context.breach.slug)}`,
      },
      query: field(query, 'vraag'),
      search: { action: page.href('/zonder-code'), hidden },
      checklistScript: deps.assets.checklistScript,
    });
  });

  planExtraRoutes(app, deps, '/zonder-code', async (request, page) => {
    const choice = await readChoice(request);
    return choice ? { view: viewOf(choice, page), base: choiceQuery(choice) } : undefined;
  });

  guideRoute(app, deps, 'GET', '/zonder-code/pdf', async (request, page) => {
    const choice = await readChoice(request);
    if (!choice) throw new AppError('not_found');
    const now = deps.clock();
    return {
      kind: 'download',
      contentType: 'application/pdf',
      fileName: `${page.lang === 'nl' ? 'plan' : 'plan'}-${choice.context.breach.slug}.pdf`,
      body: await renderSimplePdf(guideDocument(page, viewOf(choice, page), deps.knowledge, now)),
    };
  });
}
