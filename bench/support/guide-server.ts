// The two servers of the guide benchmark, one per process so each can be pinned to a core:
//   --mode app   the real Fastify app (buildApp) on the benchmark's SQLite file, or on
//                PostgreSQL with --database-url
//   --mode bare  a bare node:http server that answers the same look-ups with the same SQLite
//                queries (better-sqlite3 prepared statements) and a minimal page
// It prints "ready <port>" on stdout when it listens.
import Database from 'better-sqlite3';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.ts';
import { loadKnowledge } from '../../src/content-files/load-knowledge.ts';
import { hashCode, validateCode } from '../../src/core/codes/index.ts';
import { openStorage } from '../../src/storage/open-storage.ts';
import { buildApp } from '../../src/web/app.ts';
import { readCodeCookieValue } from '../../src/web/guide/code-cookie.ts';

const { values } = parseArgs({
  options: {
    mode: { type: 'string' },
    db: { type: 'string' },
    'database-url': { type: 'string' },
    secret: { type: 'string' },
  },
});
const secret = values.secret ?? '';
const dbPath = values.db ?? '';

if (values.mode === 'app') {
  const config = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: secret,
    CODE_SECRET: secret,
    DATABASE_URL: values['database-url'] ?? `sqlite:${dbPath}`,
    BASE_URL: 'http://127.0.0.1',
    LOG_LEVEL: 'silent',
    CODE_LOOKUP_LIMIT: '0',
  });
  const storage = await openStorage({ url: config.databaseUrl });
  const app = await buildApp({ config, storage, knowledge: loadKnowledge(), clock: () => new Date() });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  console.log(`ready ${typeof address === 'object' && address ? address.port : 0}`);
} else {
  const db = new Database(dbPath, { readonly: true });
  const codeRow = db.prepare(
    'select code_hash, breach_id, variant_id, recipient_group, lang, certainty, categories_json, last_round from personal_codes where code_hash = ?',
  );
  const roundRows = db.prepare(
    'select round, sent_on, channel, certainty, categories_json, what_changed_nl, what_changed_en from personal_code_rounds where code_hash = ? order by round',
  );
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/mijn-plan') {
      const cookie = /(?:^|;\s*)dlw_code=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
      const hash = readCodeCookieValue(secret, cookie, new Date());
      const row = hash
        ? (codeRow.get(hash) as { certainty: string; categories_json: string } | undefined)
        : undefined;
      const rounds = hash ? (roundRows.all(hash) as { sent_on: string }[]) : [];
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        page(
          'Plan',
          row
            ? `<p>${row.certainty}</p><p>${row.categories_json}</p><p>${rounds.map((r) => r.sent_on).join(', ')}</p>`
            : '<p>?</p>',
        ),
      );
      return;
    }
    if (request.method === 'POST' && request.url === '/echt') {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        const checked = validateCode(new URLSearchParams(body).get('code') ?? '');
        const hash = checked.ok ? hashCode(checked.code, secret) : undefined;
        const row = hash ? codeRow.get(hash) : undefined;
        const rounds = hash && row ? (roundRows.all(hash) as { sent_on: string }[]) : [];
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          page('Echt?', row ? `<p>Echt: ${rounds.map((r) => r.sent_on).join(', ')}</p>` : '<p>Onbekend</p>'),
        );
      });
      return;
    }
    response.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    console.log(`ready ${typeof address === 'object' && address ? address.port : 0}`);
  });
}
