import nodemailer from 'nodemailer';
import type { OutgoingEmail } from './compose-letter-email.ts';

/** What happened to one message. `retrying`: still a temporary error after every attempt. */
export type DeliveryStatus =
  | { row: number; messageId: string; status: 'sent'; attempts: number; response: string }
  | {
      row: number;
      messageId: string;
      status: 'failed';
      attempts: number;
      reason: string;
      responseCode?: number;
    }
  | {
      row: number;
      messageId: string;
      status: 'retrying';
      attempts: number;
      reason: string;
      responseCode?: number;
    };

export interface SmtpSenderOptions {
  /** e.g. `smtp://user:pass@mail.example:587` or `smtps://…`; options may follow as a query. */
  url: string;
  /** At most this many messages start per second (the mail provider's limit). */
  messagesPerSecond: number;
  /** Tries per message within one run before giving back `retrying`; default 4. */
  maxAttempts?: number;
  /** Wait before attempt n + 1 after a temporary error; default 1 s, 2 s, 4 s … up to 60 s. */
  backoffMs?: (attempt: number) => number;
  /** Clock and sleep, passed in so tests can observe the throttle without waiting. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Connections the sender keeps open to one SMTP server; callers keep this many messages going. */
export const smtpConnections = 2;

export interface SmtpSender {
  send(email: OutgoingEmail): Promise<DeliveryStatus>;
  close(): void;
}

interface SmtpError {
  message: string;
  responseCode?: number;
  response?: string;
}

function asSmtpError(error: unknown): SmtpError {
  if (error && typeof error === 'object') {
    const e = error as { message?: unknown; responseCode?: unknown; response?: unknown };
    return {
      message: typeof e.message === 'string' ? e.message : String(error),
      responseCode: typeof e.responseCode === 'number' ? e.responseCode : undefined,
      response: typeof e.response === 'string' ? e.response : undefined,
    };
  }
  return { message: String(error) };
}

const defaultBackoff = (attempt: number): number => Math.min(60_000, 1000 * 2 ** (attempt - 1));
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends composed messages through one SMTP server: throttled to `messagesPerSecond`, retrying
 * temporary errors (4xx, lost connections) with backoff, failing at once on permanent ones (5xx).
 * Every call gives a per-recipient status; errors never escape as exceptions.
 */
export function createSmtpSender(options: SmtpSenderOptions): SmtpSender {
  if (!(options.messagesPerSecond > 0)) throw new RangeError('messagesPerSecond must be above 0');
  // A pool keeps connections open between messages; the URL's own settings still apply.
  const transport = nodemailer.createTransport({
    url: options.url,
    pool: true,
    maxConnections: smtpConnections,
  });
  const interval = 1000 / options.messagesPerSecond;
  const maxAttempts = options.maxAttempts ?? 4;
  const backoff = options.backoffMs ?? defaultBackoff;
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? defaultSleep;
  let nextSlot = -Infinity;
  let queue: Promise<void> = Promise.resolve();

  // Slots are handed out in call order, one every `interval` ms, even with concurrent callers.
  function slot(): Promise<void> {
    const turn = queue.then(async () => {
      const at = Math.max(now(), nextSlot);
      nextSlot = at + interval;
      const wait = at - now();
      if (wait > 0) await sleep(wait);
    });
    queue = turn;
    return turn;
  }

  async function send(email: OutgoingEmail): Promise<DeliveryStatus> {
    const base = { row: email.row, messageId: email.messageId };
    let last: SmtpError = { message: 'not attempted' };
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      await slot();
      try {
        const info = await transport.sendMail({ envelope: email.envelope, raw: email.raw });
        return { ...base, status: 'sent', attempts: attempt, response: info.response };
      } catch (error) {
        last = asSmtpError(error);
        const code = last.responseCode;
        if (code !== undefined && code >= 500) {
          return {
            ...base,
            status: 'failed',
            attempts: attempt,
            reason: last.response ?? last.message,
            responseCode: code,
          };
        }
        if (attempt < maxAttempts) await sleep(backoff(attempt));
      }
    }
    return {
      ...base,
      status: 'retrying',
      attempts: maxAttempts,
      reason: last.response ?? last.message,
      responseCode: last.responseCode,
    };
  }

  return { send, close: () => transport.close() };
}
