import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import type { Lang } from '../core/i18n/lang.ts';
import { AppError, errorCatalogue, type ErrorCode } from '../errors/catalogue.ts';
import { errorPage } from './pages/error-page.ts';
import { pageContext, sendPage, type SiteContext } from './page.ts';
import { fieldErrorsOf } from './validate.ts';

/** API paths answer with problem+json; every other path with an HTML page. */
export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

const statusCodes: Partial<Record<number, ErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Maps anything thrown to a catalogue error; unknown errors become `internal`. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return new AppError('validation_failed', { fieldErrors: fieldErrorsOf(error), cause: error });
  }
  const fastifyError = error as Partial<FastifyError> | null;
  // A client that sent broken JSON must learn that, not only that "some fields" were wrong.
  if (
    fastifyError?.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    fastifyError?.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
  ) {
    return new AppError('validation_failed', {
      fieldErrors: [
        {
          path: '(root)',
          message: {
            nl: 'De inhoud van het verzoek is geen geldige JSON.',
            en: 'The body is not valid JSON.',
          },
        },
      ],
      cause: error,
    });
  }
  const status = fastifyError?.statusCode;
  const code = typeof status === 'number' ? statusCodes[status] : undefined;
  return new AppError(code ?? 'internal', { cause: error });
}

/**
 * The language an API client asked for: the `Accept-Language` entry with the highest weight that
 * is Dutch or English; Dutch when there is none (NLGov API Design Rules: Dutch by default).
 * @example apiLang('de, en;q=0.8, nl;q=0.5') // 'en'
 */
export function apiLang(header: string | undefined): Lang {
  const ranges = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { primary: range.trim().split('-')[0] ?? '', weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.weight > 0 && (r.primary === 'nl' || r.primary === 'en'))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranges[0]?.primary === 'en' ? 'en' : 'nl';
}

/** RFC 9457 problem details with the NLGov `invalidParams` extension. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  invalidParams?: { name: string; reason: string }[];
}

export function problemDetails(error: AppError, request: FastifyRequest, lang: Lang): ProblemDetails {
  const title = errorCatalogue[error.code].title[lang];
  const problem: ProblemDetails = {
    type: `urn:datalekwijzer:problem:${error.code}`,
    title,
    status: error.status,
    detail: error.detail ?? title,
    instance: request.url.split('?')[0] ?? '/',
    code: error.code,
  };
  if (error.fieldErrors.length > 0) {
    problem.invalidParams = error.fieldErrors.map((field) => ({
      name: field.path,
      reason: field.message[lang],
    }));
  }
  return problem;
}

/** Sends an error as problem+json (API) or as an error page; never with a stack trace. */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  site: SiteContext,
  error: AppError,
): FastifyReply {
  if (isApiPath(request.url)) {
    const lang = apiLang(request.headers['accept-language']);
    return reply
      .status(error.status)
      .type('application/problem+json; charset=utf-8')
      .header('Content-Language', lang)
      .header('Vary', 'Accept-Language')
      .send(JSON.stringify(problemDetails(error, request, lang)));
  }
  const page = pageContext(request, site);
  return sendPage(reply, page, errorPage(page, error));
}

/** Installs the error and not-found handlers: one path for every error the app can meet. */
export function registerErrorHandling(app: FastifyInstance, site: SiteContext): void {
  app.setErrorHandler((thrown, request, reply) => {
    const error = toAppError(thrown);
    if (error.status >= 500) request.log.error({ err: thrown }, 'request failed');
    else request.log.info({ code: error.code }, 'request refused');
    return sendError(request, reply, site, error);
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, site, new AppError('not_found')));
}
