import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderProblem } from '../errors.ts';
import { sendPage, type PageContext, type PageView, type SiteContext } from '../page.ts';
import { isKindOutcome, type Outcome } from './outcome.ts';

/** What rendering needs besides the outcome. */
export interface RenderTarget {
  request: FastifyRequest;
  reply: FastifyReply;
  site: SiteContext;
  page: PageContext;
  /** Wraps a page view before the layout (the workspace shell); identity when absent. */
  shell?: ((view: PageView) => PageView) | undefined;
}

/**
 * The one place where a route's outcome becomes an HTTP answer: a page in the layout, a 303
 * redirect, a download, a page rendered earlier, an API body, or a problem (error page or
 * problem+json, chosen by the path in `renderProblem`).
 */
export function render(target: RenderTarget, outcome: Outcome): FastifyReply {
  const { request, reply, site, page } = target;
  if (!isKindOutcome(outcome)) return sendPage(reply, page, target.shell ? target.shell(outcome) : outcome);
  switch (outcome.kind) {
    case 'redirect':
      return reply.redirect(outcome.to, 303);
    case 'html':
      return reply.type('text/html; charset=utf-8').send(outcome.body);
    case 'download':
      return reply
        .type(outcome.contentType)
        .header('content-disposition', `attachment; filename="${outcome.fileName}"`)
        .send(outcome.body);
    case 'data':
      return reply.send(outcome.body);
    case 'problem':
      return renderProblem(request, reply, site, outcome.error);
  }
}
