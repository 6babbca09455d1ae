/**
 * Which errors mean "the database is not reachable or not answering right now" (as opposed to
 * a bug or a refused statement). Those become 503 with Retry-After for people and API clients,
 * and make letter jobs wait and try again instead of failing.
 */

/** Network errors of the socket to the database. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs for a server that is going away, starting, overloaded or cancelled a
 * statement at its timeout (class 08 is every connection exception).
 */
const postgresStates = new Set(['57P01', '57P02', '57P03', '57014', '53300', '53400', '25P03']);

/** SQLite: the file is locked past busy_timeout, or the disk failed. */
const sqliteCodes = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL)/;

/** Messages of node-postgres for a connection that died, never came, or stopped answering. */
const driverMessages = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
  'Connection terminated due to connection timeout',
  'connection timeout',
];

/**
 * True when `error` (or one of its causes) says the database is unavailable for now.
 * @example isStorageUnavailable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })) // true
 */
export function isStorageUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return false;
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string') {
      if (networkCodes.has(code) || postgresStates.has(code) || code.startsWith('08')) return true;
      if (sqliteCodes.test(code)) return true;
    }
    if (typeof message === 'string' && driverMessages.some((text) => message.includes(text))) return true;
    if (current instanceof StorageTimeoutError) return true;
    current = cause;
  }
  return false;
}

/** A database call that did not settle within its limit (see `withTimeout`). */
export class StorageTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`The database did not answer within ${limitMs} ms.`);
  }
}

/** Settles like `work`, or rejects with `StorageTimeoutError` after `limitMs`. */
export async function withTimeout<T>(work: Promise<T>, limitMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new StorageTimeoutError(limitMs)), limitMs);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

export interface RetryOptions {
  /** First wait after a failure; doubles up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Give up (rethrow) once the database has been unavailable this long; default 30 minutes. */
  giveUpAfterMs?: number;
  /** Told once per failed attempt, e.g. to log that the job is paused. */
  onWait?: (error: unknown, delayMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work`; while it fails because the database is unavailable, waits and runs it again
 * (the caller makes `work` safe to repeat). Any other error is thrown at once. Letter jobs use
 * this so a round pauses while the database is away and carries on when it is back.
 * @example await retryWhileUnavailable(() => recordShard(deps, job, outcome, worker));
 */
export async function retryWhileUnavailable<T>(
  work: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const sleep = options.sleep ?? defaultSleep;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const giveUpAfter = options.giveUpAfterMs ?? 30 * 60_000;
  let delay = options.firstDelayMs ?? 250;
  let waited = 0;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!isStorageUnavailable(error) || waited >= giveUpAfter) throw error;
      options.onWait?.(error, delay);
      await sleep(delay);
      waited += delay;
      delay = Math.min(maxDelay, delay * 2);
    }
  }
}
