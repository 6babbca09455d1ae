import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import type { Lang } from '../core/i18n/lang.ts';
import { AppError, errorCatalogue, type ErrorCode } from '../errors/catalogue.ts';
import { isStorageUnavailable } from '../storage/storage-faults.ts';
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
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  431: 'headers_too_large',
  503: 'service_unavailable',
};

/** Seconds a client is asked to wait when the service is unavailable for a moment (503). */
export const unavailableRetryAfterSeconds = 30;

const malformedMultipart =
  /^(Multipart: |Malformed part header|Unexpected end of (form|multipart)|Unsupported content type)/;

/** Maps anything thrown to a catalogue error; unknown errors become `internal`. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // The database is away or not answering: a moment's outage, not a bug (503 + Retry-After).
  if (isStorageUnavailable(error)) return new AppError('service_unavailable', { cause: error });
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
  // busboy (multipart) reports a body it cannot read with a plain Error: the client's fault.
  if (typeof fastifyError?.message === 'string' && malformedMultipart.test(fastifyError.message)) {
    return new AppError('validation_failed', {
      fieldErrors: [
        {
          path: '(body)',
          message: {
            nl: 'Het formulier is niet goed verstuurd (multipart zonder geldige grens). Kies het bestand opnieuw en verstuur het nog een keer.',
            en: 'The form was not sent correctly (multipart without a valid boundary). Choose the file again and send it once more.',
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
  if (error.status === 503 && !reply.hasHeader('retry-after'))
    reply.header('retry-after', String(unavailableRetryAfterSeconds));
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

/** Logs anything thrown by its kind and renders it as an error page or problem+json. */
export function renderProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  site: SiteContext,
  thrown: unknown,
): FastifyReply {
  const error = toAppError(thrown);
  if (error.code === 'service_unavailable')
    request.log.warn({ code: error.code, reason: reasonOf(thrown) }, 'database unavailable');
  else if (error.status >= 500) request.log.error({ err: thrown }, 'request failed');
  else request.log.info({ code: error.code }, 'request refused');
  return sendError(request, reply, site, error);
}

/** Installs the error and not-found handlers: one path for every error the app can meet. */
export function registerErrorHandling(app: FastifyInstance, site: SiteContext): void {
  app.setErrorHandler((thrown, request, reply) => renderProblem(request, reply, site, thrown));
  app.setNotFoundHandler((request, reply) => sendError(request, reply, site, new AppError('not_found')));
}

/** A short reason for the log, without a stack: the outage is expected, its cause is what matters. */
function reasonOf(thrown: unknown): string {
  const { code, message } = (thrown ?? {}) as { code?: unknown; message?: unknown };
  return [code, message].filter((part) => typeof part === 'string').join(' ');
}
