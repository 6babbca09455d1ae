import type { FastifyBaseLogger } from 'fastify';
import { pino, type DestinationStream } from 'pino';
import type { LogLevel } from '../config.ts';
import { redactPath } from './log-redaction.ts';

/**
 * The structured logger of the server. Requests are logged by method and path only: query
 * strings, cookies and authorisation headers never reach a log line (they can hold codes,
 * tokens or what leaked about someone), and anything shaped like a personal code in the path is
 * replaced by `[code]`.
 */
export function createLogger(options: {
  level: LogLevel;
  destination?: DestinationStream;
}): FastifyBaseLogger {
  return pino(
    {
      level: options.level,
      serializers: {
        req: (request: { method?: string; url?: string }) => ({
          method: request.method,
          path: redactPath(request.url ?? ''),
        }),
        res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
      },
      redact: { paths: ['req.headers', 'headers.cookie', 'headers.authorization'], remove: true },
    },
    // Tests pass a stream to read what would be logged; the server logs to standard output.
    options.destination ?? pino.destination(1),
  );
}
