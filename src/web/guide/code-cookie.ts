import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * After a code look-up the browser keeps the resolved code *hash* — never the code — in a
 * short-lived cookie, so the personal page lives at an address without the code
 * (docs/flows/code-lookup.md). The value is `hash.expires.mac`, MACed with the session secret,
 * so it cannot be forged or extended.
 *
 * SameSite=Lax rather than Strict, on purpose: a QR code or an e-mail link opens `/c/<CODE>`
 * from outside the site, and browsers do not send Strict cookies on the redirect that follows
 * such a navigation, so the person would land on an empty page. Lax still keeps the cookie off
 * every cross-site sub-request and POST; the pages behind it only read.
 */
export const codeCookieName = 'dlw_code';

/** Thirty minutes: long enough to read and print the plan, short on a shared computer. */
export const codeCookieSeconds = 30 * 60;

function mac(secret: string, hash: string, expires: string): string {
  return createHmac('sha256', secret).update(`code-cookie\u0000${hash}\u0000${expires}`).digest('base64url');
}

/** The cookie value for a code hash, valid for `codeCookieSeconds` from `now`. */
export function codeCookieValue(secret: string, codeHash: string, now: Date): string {
  const expires = String(Math.floor(now.getTime() / 1000) + codeCookieSeconds);
  return `${codeHash}.${expires}.${mac(secret, codeHash, expires)}`;
}

/** The code hash in a cookie value, or undefined when it is missing, forged or expired. */
export function readCodeCookieValue(
  secret: string,
  value: string | undefined,
  now: Date,
): string | undefined {
  if (!value || value.length > 200) return undefined;
  const [hash, expires, given, extra] = value.split('.');
  if (!hash || !expires || !given || extra !== undefined) return undefined;
  if (!/^[0-9a-f]{64}$/.test(hash) || !/^\d{1,12}$/.test(expires)) return undefined;
  const expected = Buffer.from(mac(secret, hash, expires));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  return Number(expires) * 1000 > now.getTime() ? hash : undefined;
}

/** Sets the cookie on a reply. */
export function setCodeCookie(
  reply: FastifyReply,
  options: { secret: string; codeHash: string; now: Date; secure: boolean },
): void {
  reply.setCookie(codeCookieName, codeCookieValue(options.secret, options.codeHash, options.now), {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: '/',
    maxAge: codeCookieSeconds,
  });
}

/** Removes the cookie ("close my page" on a shared computer). */
export function clearCodeCookie(reply: FastifyReply, options: { secure: boolean }): void {
  reply.clearCookie(codeCookieName, { httpOnly: true, sameSite: 'lax', secure: options.secure, path: '/' });
}

/** The code hash of this request's cookie, if it is valid. */
export function codeHashOf(request: FastifyRequest, secret: string, now: Date): string | undefined {
  return readCodeCookieValue(secret, request.cookies[codeCookieName], now);
}
