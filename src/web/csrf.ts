import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/catalogue.ts';
import { html, type Html } from './html.ts';

/**
 * CSRF protection for forms: a signed token tied to the session (synchroniser pattern without
 * server state). The token is `issuedAt.nonce.mac`, where mac = HMAC(secret, binding, issuedAt,
 * nonce); `binding` is the session id, so a token from another session or an attacker's page
 * does not verify. Tokens expire after `maxAgeSeconds` (default 12 hours).
 *
 * @example
 *   const csrf = { secret: config.sessionSecret, clock };
 *   // rendering:  html`<form method="post">${csrfField(createCsrfToken(csrf, session.id))}…`
 *   // handling:   assertCsrf(csrf, session.id, request);
 */
export interface CsrfOptions {
  secret: string;
  clock: () => Date;
  maxAgeSeconds?: number;
}

/** The form field and header names a token travels in. */
export const csrfFieldName = '_csrf';
export const csrfHeaderName = 'x-csrf-token';
/** The cookie that binds tokens for visitors without a session (see `anonymousCsrfBinding`). */
export const csrfCookieName = 'dlw_csrf';

function mac(secret: string, binding: string, issuedAt: string, nonce: string): string {
  return createHmac('sha256', secret)
    .update(`csrf\u0000${binding}\u0000${issuedAt}\u0000${nonce}`)
    .digest('base64url');
}

/** A fresh token for `binding` (the session id). */
export function createCsrfToken(options: CsrfOptions, binding: string): string {
  const issuedAt = String(Math.floor(options.clock().getTime() / 1000));
  const nonce = randomBytes(16).toString('base64url');
  return `${issuedAt}.${nonce}.${mac(options.secret, binding, issuedAt, nonce)}`;
}

/** True when `token` was made by `createCsrfToken` for this binding and has not expired. */
export function verifyCsrfToken(options: CsrfOptions, binding: string, token: unknown): boolean {
  if (typeof token !== 'string' || token.length > 200 || binding === '') return false;
  const [issuedAt, nonce, given, extra] = token.split('.');
  if (!issuedAt || !nonce || !given || extra !== undefined || !/^\d{1,12}$/.test(issuedAt)) return false;
  const expected = Buffer.from(mac(options.secret, binding, issuedAt, nonce));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return false;
  const age = options.clock().getTime() / 1000 - Number(issuedAt);
  return age >= -60 && age <= (options.maxAgeSeconds ?? 12 * 60 * 60);
}

/** The hidden form field carrying a token. */
export function csrfField(token: string): Html {
  return html`<input type="hidden" name="${csrfFieldName}" value="${token}" />`;
}

/**
 * Checks the token sent with a state-changing request (form field `_csrf` or header
 * `x-csrf-token`) and throws `AppError('csrf_invalid')` when it does not verify.
 */
export function assertCsrf(options: CsrfOptions, binding: string, request: FastifyRequest): void {
  const body = request.body;
  const fromBody =
    body !== null && typeof body === 'object' && csrfFieldName in body
      ? (body as Record<string, unknown>)[csrfFieldName]
      : undefined;
  const token = fromBody ?? request.headers[csrfHeaderName];
  if (!verifyCsrfToken(options, binding, token)) throw new AppError('csrf_invalid');
}

/**
 * A binding for forms shown to visitors without a session (login, contact): a random value in
 * an httpOnly, SameSite=Strict cookie, set on first use. Needs @fastify/cookie (registered by
 * `buildApp`).
 */
export function anonymousCsrfBinding(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { secure: boolean },
): string {
  const existing = request.cookies[csrfCookieName];
  if (existing && /^[A-Za-z0-9_-]{22,64}$/.test(existing)) return existing;
  const value = randomBytes(24).toString('base64url');
  reply.setCookie(csrfCookieName, value, {
    httpOnly: true,
    sameSite: 'strict',
    secure: options.secure,
    path: '/',
  });
  return value;
}
