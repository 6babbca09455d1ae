/** Failed sign-in attempts recorded for one key (an account or a client). */
export interface FailureRecord {
  failures: number;
  lastFailedAt: string;
}

export interface ThrottlePolicy {
  /** Failures allowed before any wait is imposed. */
  freeAttempts: number;
  /** Wait after the first failure beyond the free ones; doubles with each further failure. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** After this long without a failure, the count starts again. */
  resetAfterSeconds: number;
}

/**
 * Per account *and* client together: five tries, then 30 s, 60 s, … up to 15 minutes. This is
 * the only count that refuses an attempt before the password is checked: whoever guesses slows
 * down only their own attempts on that account, never the account's owner elsewhere.
 */
export const pairThrottle: ThrottlePolicy = {
  freeAttempts: 5,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  resetAfterSeconds: 60 * 60,
};

/**
 * Per account, from every client (a guesser with many addresses). Past it, a wrong password is
 * answered "wait" (429) instead of "wrong" and audited as throttling; a correct one still signs in.
 */
export const accountThrottle: ThrottlePolicy = {
  freeAttempts: 10,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  resetAfterSeconds: 60 * 60,
};

/**
 * Per client, over every account (trying one password on many accounts). More room: offices and
 * proxies share an address. Like the account count it never refuses a correct password: with
 * TRUST_PROXY unset every visitor behind a proxy is one client, and a stranger's failures must
 * not lock the workspace out.
 */
export const clientThrottle: ThrottlePolicy = {
  freeAttempts: 20,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  resetAfterSeconds: 60 * 60,
};

/** The failure count that still counts at `now` (0 when the window has passed). */
export function activeFailures(record: FailureRecord | undefined, policy: ThrottlePolicy, now: Date): number {
  if (!record) return 0;
  const elapsed = (now.getTime() - Date.parse(record.lastFailedAt)) / 1000;
  return elapsed >= policy.resetAfterSeconds ? 0 : record.failures;
}

/**
 * Exponential back-off: how many seconds to wait before the next attempt may be tried, 0 when
 * it may be tried now.
 * @example retryAfterSeconds({ failures: 6, lastFailedAt }, accountThrottle, now) // ≤ 60
 */
export function retryAfterSeconds(
  record: FailureRecord | undefined,
  policy: ThrottlePolicy,
  now: Date,
): number {
  const failures = activeFailures(record, policy, now);
  if (!record || failures < policy.freeAttempts) return 0;
  const step = failures - policy.freeAttempts;
  const delay = Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** Math.min(step, 30));
  const waited = (now.getTime() - Date.parse(record.lastFailedAt)) / 1000;
  return Math.max(0, Math.ceil(delay - waited));
}
