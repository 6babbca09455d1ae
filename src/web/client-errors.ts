import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { AppError } from '../errors/catalogue.ts';
import { layout } from './layout.ts';
import { pageContext, type SiteContext } from './page.ts';
import { errorPage } from './pages/error-page.ts';
import { contentSecurityPolicy, permissionsPolicy } from './security-headers.ts';

/** What Node's HTTP parser reports, mapped to the catalogue. */
function errorFor(code: string | undefined): AppError {
  if (code === 'HPE_HEADER_OVERFLOW') return new AppError('headers_too_large');
  if (code === 'HPE_URI_TOO_LONG') return new AppError('uri_too_long');
  return new AppError('validation_failed');
}

const reasons: Record<number, string> = {
  400: 'Bad Request',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
};

/**
 * Fastify's `clientErrorHandler`: a request Node could not even parse (headers too large,
 * malformed HTTP) never reaches a route, so the socket gets the app's error page, written by
 * hand with the same security headers. The path is unknown here, so the page is the Dutch one
 * (with its link to the English site), not Fastify's bare JSON.
 */
export function clientErrorHandler(site: SiteContext) {
  return function handle(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      socket.destroy(error);
      return;
    }
    const appError = errorFor(error.code);
    const page = pageContext({ url: '/' } as FastifyRequest, site);
    const body = layout(page, errorPage(page, appError)).value;
    const headers = [
      `HTTP/1.1 ${appError.status} ${reasons[appError.status] ?? 'Bad Request'}`,
      'Content-Type: text/html; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      `Content-Security-Policy: ${contentSecurityPolicy}`,
      `Permissions-Policy: ${permissionsPolicy}`,
      'Referrer-Policy: no-referrer',
      'X-Content-Type-Options: nosniff',
      'X-Frame-Options: DENY',
      'Cache-Control: no-store',
      'Connection: close',
    ];
    this.log.info({ code: appError.code, parser: error.code }, 'request refused before parsing');
    if (socket.writable) socket.write(`${headers.join('\r\n')}\r\n\r\n${body}`);
    socket.destroy();
  };
}
