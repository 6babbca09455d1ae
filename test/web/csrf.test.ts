import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeHtml } from '../support/web.ts';
import { createCsrfToken, csrfField, verifyCsrfToken, type CsrfOptions } from '../../src/web/csrf.ts';

function buildCsrf(
  at = '2026-11-25T12:00:00Z',
  secret = 'a-csrf-secret-of-at-least-32-bytes!!',
): CsrfOptions {
  return { secret, clock: () => new Date(at) };
}

describe('CSRF tokens', () => {
  test('a token verifies for the session it was made for', () => {
    const csrf = buildCsrf();
    assert.equal(verifyCsrfToken(csrf, 'session-a', createCsrfToken(csrf, 'session-a')), true);
  });

  test('a token from another session does not verify', () => {
    const csrf = buildCsrf();
    assert.equal(verifyCsrfToken(csrf, 'session-b', createCsrfToken(csrf, 'session-a')), false);
  });

  test('a token signed with another secret does not verify', () => {
    const token = createCsrfToken(buildCsrf(undefined, 'another-secret-of-at-least-32-bytes!'), 's');
    assert.equal(verifyCsrfToken(buildCsrf(), 's', token), false);
  });

  test('a tampered, missing or malformed token does not verify', () => {
    const csrf = buildCsrf();
    const token = createCsrfToken(csrf, 's');
    const [issuedAt, nonce, mac] = token.split('.');
    assert.equal(verifyCsrfToken(csrf, 's', `${Number(issuedAt) + 1}.${nonce}.${mac}`), false);
    assert.equal(verifyCsrfToken(csrf, 's', undefined), false);
    assert.equal(verifyCsrfToken(csrf, 's', ''), false);
    assert.equal(verifyCsrfToken(csrf, 's', `${token}.x`), false);
    assert.equal(verifyCsrfToken(csrf, '', token), false);
  });

  test('a token expires after twelve hours', () => {
    const token = createCsrfToken(buildCsrf('2026-11-25T00:00:00Z'), 's');
    assert.equal(verifyCsrfToken(buildCsrf('2026-11-25T11:59:00Z'), 's', token), true);
    assert.equal(verifyCsrfToken(buildCsrf('2026-11-25T12:01:00Z'), 's', token), false);
  });

  test('renders as a hidden form field', () => {
    assert.equal(normalizeHtml(csrfField('1.a.b').value), '<input type="hidden" name="_csrf" value="1.a.b">');
  });
});
